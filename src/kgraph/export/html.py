"""The interactive page: one self-contained HTML file that works offline.

The graph travels as JSON in a ``<script type="application/json">`` block whose ``<``, ``>``
and ``&`` are ``\\u`` escapes, so no name in the data can close the block or open a tag; the
page script (``assets/viz.js``) reads it with ``JSON.parse`` and puts every text into the DOM
with ``textContent``. A Content-Security-Policy allows only the page's own script and style
(by hash) and no network access, so even a bug elsewhere cannot run injected code or fetch.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from typing import Any

from .model import REFERENCE, Evidence, local
from .selection import Subgraph
from .style import ASSERTED_COLOUR, INFERRED_COLOUR, STYLES

ASSETS = "kgraph.export.assets"
LABELLED_PREDICATES_SKIP = {"articleId", "contentHash", "text", "position", "charStart", "charEnd",
                            "pattern", "confidence"}


def _asset(name: str) -> str:
    return resources.files(ASSETS).joinpath(name).read_text(encoding="utf-8")


def json_for_script(data: Any) -> str:
    """JSON safe inside an HTML ``<script>`` element: ``<``, ``>``, ``&`` and the two
    JavaScript line separators become ``\\u`` escapes (still the same JSON value)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for c, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                   ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(c, esc)
    return text


def page_data(sub: Subgraph, title: str) -> dict[str, Any]:
    """Everything the page shows: nodes with properties and aliases, links, and the
    articles and sentences that support each fact."""
    model = sub.model
    index = {iri: i for i, iri in enumerate(sub.nodes)}
    articles: list[dict[str, str]] = []
    article_index: dict[str, int] = {}
    sentences: list[str] = []
    sentence_index: dict[str, int] = {}

    def art(aid: str) -> int:
        if aid not in article_index:
            a = model.articles.get(aid)
            article_index[aid] = len(articles)
            if aid == REFERENCE:
                articles.append({"id": aid, "title": "reference data", "url": "", "date": ""})
            else:
                articles.append({"id": aid, "title": a.headline if a else "", "url": a.url if a else "",
                                 "date": a.published if a else ""})
        return article_index[aid]

    def ev(e: Evidence) -> list[Any]:
        s = -1
        if e.sentence:
            if e.sentence not in sentence_index:
                sentence_index[e.sentence] = len(sentences)
                sentences.append(e.sentence)
            s = sentence_index[e.sentence]
        return [art(e.source), s, e.certainty]

    nodes = []
    for iri in sub.nodes:
        n = model.nodes[iri]
        props = []
        for p, values in sorted(n.props.items()):
            if p in LABELLED_PREDICATES_SKIP:
                continue
            for v in values:
                evs = model.evidence.get((iri, _kg(p), v), [])
                props.append([model.predicate_label(_kg(p)), v, [ev(e) for e in evs]])
        claims = [[_name(model, s), model.predicate_label(p), _name(model, o), ev(e)]
                  for s, p, o, e in model.claims.get(iri, [])]
        nodes.append({
            "iri": iri, "label": n.label, "cls": n.cls,
            "types": sorted(n.types), "aliases": sorted(n.aliases),
            "props": props, "sameAs": sorted(n.same_as),
            "articles": sorted(art(a) for a in n.articles),
            "claims": claims, "when": n.when or "",
        })
    edges = []
    for e in sub.edges:
        edges.append([index[e.s], index[e.o], model.predicate_label(e.p), 1 if e.inferred else 0,
                      [ev(x) for x in model.evidence.get(e.key, [])]])
    classes = [{"name": c, "colour": st.colour, "shape": st.shape, "text": st.text,
                "count": sum(1 for iri in sub.nodes if model.nodes[iri].cls == c)}
               for c, st in STYLES.items()]
    return {
        "title": title,
        "selection": sub.selection.describe(),
        "centre": index.get(sub.centre, -1) if sub.centre else -1,
        "classes": [c for c in classes if c["count"]],
        "colours": {"asserted": ASSERTED_COLOUR, "inferred": INFERRED_COLOUR},
        "nodes": nodes, "edges": edges, "articles": articles, "sentences": sentences,
    }


def _kg(p: str) -> str:
    from ..vocab import KG_URI
    return KG_URI + p


def _name(model: Any, value: str) -> str:
    n = model.nodes.get(value)
    return n.label if n else (local(value) if value.startswith("http") else value)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_page(sub: Subgraph, title: str | None = None) -> str:
    """The whole page as one string."""
    title = title or f"kgraph: {sub.selection.describe()}"
    css, js = _asset("viz.css"), _asset("viz.js")
    if re.search(r"</(script|style)", js + css, re.I):
        raise AssertionError("assets must not contain a closing script or style tag")
    csp = (f"default-src 'none'; script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; "
           "img-src data:; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'")
    values = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title),
        "CSS": css,
        "JS": js,
        "DATA": json_for_script(page_data(sub, title)),
    }
    template = _asset("page.html")
    return re.sub(r"\{\{(CSP|TITLE|CSS|JS|DATA)\}\}", lambda m: values[m.group(1)], template)
