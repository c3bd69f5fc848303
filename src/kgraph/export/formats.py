"""Graph export formats, registered by name and file extension.

Each writer takes a :class:`~kgraph.export.selection.Subgraph` and returns bytes; adding a
format is registering one function with :func:`register`.
"""
from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import KGraphError
from ..store import Store
from .graph import subgraph, subgraph_to_networkx
from .selection import Selection, Subgraph
from .style import ASSERTED_COLOUR, INFERRED_COLOUR, style

Writer = Callable[..., bytes]


@dataclass(frozen=True)
class GraphFormat:
    name: str
    extensions: tuple[str, ...]
    write: Writer
    binary: bool = False
    description: str = ""


GRAPH_FORMATS: dict[str, GraphFormat] = {}


def register(name: str, extensions: tuple[str, ...], binary: bool = False, description: str = ""
             ) -> Callable[[Writer], Writer]:
    """Register ``fn(subgraph, **options) -> bytes`` as the writer of format ``name``."""
    def deco(fn: Writer) -> Writer:
        GRAPH_FORMATS[name] = GraphFormat(name, extensions, fn, binary, description or (fn.__doc__ or "").strip())
        return fn
    return deco


def format_for(fmt: str | None, path: str | Path | None = None) -> GraphFormat:
    """The format named ``fmt``, or the one whose extension ``path`` has."""
    if fmt:
        try:
            return GRAPH_FORMATS[fmt.lower()]
        except KeyError:
            raise KGraphError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}") from None
    if path is not None:
        name = Path(path).name.lower()
        for f in GRAPH_FORMATS.values():
            if any(name.endswith("." + ext) for ext in f.extensions):
                return f
    raise KGraphError(f"cannot tell the format of {path}; pass one of {', '.join(GRAPH_FORMATS)}")


def export_graph(store: Store, fmt: str | None, path: str | Path | None = None,
                 selection: Selection | None = None, **options: Any) -> bytes | None:
    """Write the selected subgraph in ``fmt`` to ``path`` (or return the bytes)."""
    f = format_for(fmt, path)
    if f.name == "mermaid" and path is not None and str(path).lower().endswith(".md"):
        options.setdefault("fenced", True)
    data = f.write(subgraph(store, selection), **options)
    if path is None:
        return data
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(data)
    return None


# -- networkx writers ----------------------------------------------------------------------
@register("graphml", ("graphml",), description="GraphML (Gephi, Cytoscape, yEd) with labels, classes, dates")
def write_graphml(sub: Subgraph, **_: Any) -> bytes:
    import networkx as nx
    buf = io.BytesIO()
    nx.write_graphml_xml(subgraph_to_networkx(sub), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


@register("gexf", ("gexf",), description="GEXF 1.2 (Gephi) with labels, classes, dates")
def write_gexf(sub: Subgraph, **_: Any) -> bytes:
    import networkx as nx
    g = subgraph_to_networkx(sub)
    for iri, data in g.nodes(data=True):
        c = style(data["class"]).colour
        data["viz"] = {"color": {"r": int(c[1:3], 16), "g": int(c[3:5], 16), "b": int(c[5:7], 16), "a": 1.0}}
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return buf.getvalue()


# -- Cytoscape.js -------------------------------------------------------------------------------
@register("cytoscape", ("cyjs", "cytoscape.json"), description="Cytoscape.js elements JSON")
def write_cytoscape(sub: Subgraph, **_: Any) -> bytes:
    g = subgraph_to_networkx(sub)
    nodes = [{"data": {"id": iri, **data}, "classes": data["class"]} for iri, data in g.nodes(data=True)]
    edges = []
    for i, (s, o, key, data) in enumerate(g.edges(keys=True, data=True)):
        edges.append({"data": {"id": f"e{i}", "source": s, "target": o, "key": key, **data},
                      "classes": "inferred" if data["inferred"] else "asserted"})
    doc = {"format_version": "1.0", "generated_by": "kgraph", "target_cytoscapejs_version": "~3",
           "data": {"name": g.graph.get("name", "kgraph")},
           "elements": {"nodes": nodes, "edges": edges}}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


# -- Graphviz ---------------------------------------------------------------------------------
def dot_string(value: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped (so ``\\N``, ``\\G`` and
    the like stay literal text), line breaks made spaces."""
    value = " ".join(value.split())
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


LARGE_GRAPH = 200
"""Above this many nodes, Graphviz output draws straight links without labels: curved,
labelled links make sfdp take minutes on a few thousand nodes (seconds without)."""


@register("dot", ("dot", "gv"), description="Graphviz DOT source")
def write_dot(sub: Subgraph, **_: Any) -> bytes:
    ids = {iri: f"n{i}" for i, iri in enumerate(sub.nodes)}
    large = len(sub.nodes) > LARGE_GRAPH
    out = ["digraph kgraph {",
           f"  graph [label={dot_string(sub.selection.describe())}, labelloc=t, fontname=\"DejaVu Sans\", "
           f"rankdir=LR, overlap=false, splines={'false' if large else 'true'}, outputorder=edgesfirst, "
           "bgcolor=white];",
           "  node [style=filled, fontname=\"DejaVu Sans\", fontsize=10, penwidth=1.2, color=white];",
           "  edge [fontname=\"DejaVu Sans\", fontsize=8, arrowsize=0.6];"]
    for iri in sub.nodes:
        n = sub.model.nodes[iri]
        st = style(n.cls)
        extra = ", penwidth=3, color=\"#222222\"" if iri == sub.centre else ""
        out.append(f"  {ids[iri]} [label={dot_string(n.label)}, shape={st.dot_shape}, "
                   f"fillcolor=\"{st.colour}\", fontcolor=\"{st.text}\""
                   f"{extra}];")
    for e in sub.edges:
        colour = INFERRED_COLOUR if e.inferred else ASSERTED_COLOUR
        dash = ", style=dashed" if e.inferred else ""
        label = "" if large else f"label={dot_string(sub.model.predicate_label(e.p))}, "
        out.append(f"  {ids[e.s]} -> {ids[e.o]} [{label}color=\"{colour}\", fontcolor=\"{colour}\"{dash}];")
    out.append("}")
    return ("\n".join(out) + "\n").encode("utf-8")


LAYOUTS = ("dot", "neato", "fdp", "sfdp", "circo", "twopi")


def run_graphviz(dot_source: bytes, fmt: str, layout: str = "dot", timeout: float = 300) -> bytes:
    """Render DOT with the Graphviz ``dot`` program (an argument list, never a shell)."""
    if layout not in LAYOUTS:
        raise KGraphError(f"unknown Graphviz layout {layout!r}; use one of {', '.join(LAYOUTS)}")
    exe = shutil.which("dot")
    if exe is None:
        raise KGraphError(f"exporting {fmt} needs the Graphviz 'dot' program, which is not installed: "
                          "run 'make system-deps' (Debian: apt-get install graphviz), or export "
                          "--format dot and render it elsewhere")
    try:
        proc = subprocess.run([exe, f"-K{layout}", f"-T{fmt}"], input=dot_source, capture_output=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise KGraphError(f"Graphviz took more than {timeout:.0f} s; select a smaller subgraph "
                          "(--around, --classes, --since/--until)") from None
    if proc.returncode != 0 or not proc.stdout:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise KGraphError(f"Graphviz failed ({proc.returncode}): {msg[-1] if msg else 'no output'}")
    return proc.stdout


def _layout(sub: Subgraph, layout: str | None) -> str:
    return layout or ("dot" if len(sub.nodes) <= LARGE_GRAPH else "sfdp")


@register("svg", ("svg",), description="SVG drawn by Graphviz")
def write_svg(sub: Subgraph, layout: str | None = None, **_: Any) -> bytes:
    return run_graphviz(write_dot(sub), "svg", _layout(sub, layout))


@register("png", ("png",), binary=True, description="PNG drawn by Graphviz")
def write_png(sub: Subgraph, layout: str | None = None, **_: Any) -> bytes:
    return run_graphviz(write_dot(sub), "png", _layout(sub, layout))


# -- Mermaid ---------------------------------------------------------------------------------
_MERMAID_SAFE = set(" .,:!?'()/_+-*=@%~")
MERMAID_MAX_EDGES = 500


def mermaid_text(value: str) -> str:
    """Text for inside a quoted Mermaid label: anything that Mermaid or the HTML it renders
    could read as syntax becomes a ``#NNN;`` entity code."""
    return "".join(c if (c.isalnum() or c in _MERMAID_SAFE) else
                   (" " if c.isspace() else f"#{ord(c)};") for c in value)


@register("mermaid", ("mmd", "mermaid"), description="Mermaid flowchart (fenced when written to .md)")
def write_mermaid(sub: Subgraph, direction: str = "LR", fenced: bool = False, **_: Any) -> bytes:
    ids = {iri: f"n{i}" for i, iri in enumerate(sub.nodes)}
    out = [f"flowchart {direction}"]
    if len(sub.edges) > MERMAID_MAX_EDGES:
        out.append(f"  %% {len(sub.edges)} links: Mermaid renders at most {MERMAID_MAX_EDGES} by default; "
                   "pick a smaller part with --around, --classes or --since/--until")
    used = set()
    for iri in sub.nodes:
        n = sub.model.nodes[iri]
        a, b = style(n.cls).mermaid
        out.append(f"  {ids[iri]}{a}\"{mermaid_text(n.label)}\"{b}:::{n.cls}")
        used.add(n.cls)
    for i, e in enumerate(sub.edges):
        arrow = "-.->" if e.inferred else "-->"
        out.append(f"  {ids[e.s]} {arrow}|\"{mermaid_text(sub.model.predicate_label(e.p))}\"| {ids[e.o]}")
    for cls in sorted(used):
        st = style(cls)
        out.append(f"  classDef {cls} fill:{st.colour},color:{st.text},stroke:#ffffff")
    text = "\n".join(out) + "\n"
    if fenced:
        text = "```mermaid\n" + text + "```\n"
    return text.encode("utf-8")


@register("html", ("html", "htm"), description="Interactive offline HTML page")
def write_html(sub: Subgraph, title: str | None = None, **_: Any) -> bytes:
    from .html import render_page
    return render_page(sub, title=title).encode("utf-8")


__all__ = ["GRAPH_FORMATS", "GraphFormat", "register", "format_for", "export_graph", "dot_string", "mermaid_text"]
