"""Validation: SHACL shapes (``ontology/shapes.ttl``) plus conflicts between sources.

SHACL checks each graph's shape (a song has a name, a music video is of one song, an
assertion has one certainty). Conflicts are what no single graph shows: one work with two
release dates that cannot both hold, from two sources; a person enlisted twice with no
discharge between; an event the dates and texts put before itself. Each conflict names the
articles (or the reference graph) involved, so a user can tell which source to doubt.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..vocab import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, REFERENCE_GRAPH
from . import terms as T
from .explain import compact
from .temporal import interval

if TYPE_CHECKING:
    from ..store import Store

SHAPES = Path(__file__).resolve().parents[3] / "ontology" / "shapes.ttl"


@dataclass
class Violation:
    """One SHACL result."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"


@dataclass
class Conflict:
    """Two sources that cannot both be right."""

    kind: str                   # "release-date", "enlistment", "order-cycle"
    subject: str
    message: str
    sources: list[str] = field(default_factory=list)   # article ids, or "reference"


@dataclass
class ValidationReport:
    violations: list[Violation] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations and not self.conflicts


def _source(graph: str) -> str:
    if graph.startswith(ARTICLE_GRAPH_PREFIX):
        return graph[len(ARTICLE_GRAPH_PREFIX):]
    if graph == str(REFERENCE_GRAPH):
        return "reference"
    if graph == str(INFERRED_GRAPH):
        return "inferred"
    return graph


def validate(store: "Store", shapes: Path = SHAPES, shacl: bool = True) -> ValidationReport:
    """Check the graph against the SHACL shapes and look for conflicts between sources."""
    report = ValidationReport()
    if shacl:
        report.violations = _shacl(store, shapes)
    report.conflicts = release_date_conflicts(store) + enlistment_conflicts(store) + order_cycles(store)
    return report


def _shacl(store: "Store", shapes: Path) -> list[Violation]:
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    from . import ReasonError

    try:
        shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    except Exception as exc:  # rdflib raises many kinds
        raise ReasonError(f"{shapes}: cannot read the SHACL shapes ({exc})") from None
    data = rdflib.Graph()
    nt = b"".join(store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g))
                  for g in store.graphs())
    data.parse(data=nt.decode(), format="nt")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none",
                                            allow_warnings=True)
    out: list[Violation] = []
    if conforms:
        return out
    for res in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(res, SH.focusNode)
        path = results.value(res, SH.resultPath)
        msg = results.value(res, SH.resultMessage)
        sev = results.value(res, SH.resultSeverity)
        out.append(Violation(focus=compact(focus.n3()) if focus is not None else "",
                             path=compact(path.n3()) if isinstance(path, rdflib.URIRef) else str(path or ""),
                             message=str(msg or ""),
                             severity=str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation"))
    out.sort(key=lambda v: (v.focus, v.path, v.message))
    return out


def release_date_conflicts(store: "Store") -> list[Conflict]:
    """Works given release dates that cannot both hold (2023-03 and 2023-03-10 can; March
    and May cannot), with the sources of each date."""
    rows = store.query(
        "SELECT ?w ?d ?g WHERE { GRAPH ?g { ?w kg:releaseDate ?d } "
        "FILTER(?g != <" + str(INFERRED_GRAPH) + ">) }")
    dates: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        dates[str(row["w"])][str(row["d"])].add(_source(row["g"].value))
    out = []
    for work, by_date in sorted(dates.items()):
        if len(by_date) < 2:
            continue
        items = sorted(by_date.items(), key=lambda kv: ((interval(kv[0]) or (0, 0))[0], kv[0]))
        clash = [(a, b) for i, a in enumerate(items) for b in items[i + 1:] if _disjoint(a[0], b[0])]
        if not clash:
            continue
        parts = "; ".join(f"{T.lexical(d)} ({', '.join(sorted(src))})" for d, src in items)
        sources = sorted({s for _, src in items for s in src})
        out.append(Conflict("release-date", compact(work), f"{compact(work)} has release dates that disagree: {parts}",
                            sources))
    return out


def _disjoint(a: str, b: str) -> bool:
    ia, ib = interval(a), interval(b)
    return ia is not None and ib is not None and (ia[1] < ib[0] or ib[1] < ia[0])


def enlistment_conflicts(store: "Store") -> list[Conflict]:
    """People with two enlistments on different dates and no discharge between them."""
    rows = store.query(
        "SELECT ?p ?e ?kind ?d ?g WHERE { "
        "VALUES ?kind { kg:MilitaryEnlistment kg:MilitaryDischarge } "
        "GRAPH ?g { ?e a ?kind ; kg:participant ?p ; kg:eventDate ?d } "
        "FILTER(?g != <" + str(INFERRED_GRAPH) + ">) }")
    per: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        kind = "enlistment" if row["kind"].value.endswith("Enlistment") else "discharge"
        per[str(row["p"])][(kind, str(row["d"]))].add(_source(row["g"].value))
    out = []
    for person, evs in sorted(per.items()):
        enl = sorted(((interval(d), d, src) for (k, d), src in evs.items() if k == "enlistment" and interval(d)),
                     key=lambda x: x[0])
        dis = [interval(d) for (k, d), _ in evs.items() if k == "discharge" and interval(d)]
        for (i1, d1, s1), (i2, d2, s2) in zip(enl, enl[1:]):
            if not i1[1] < i2[0]:
                continue            # same or overlapping dates: one enlistment, told twice
            if any(i1[1] < x[0] and x[1] < i2[0] for x in dis):
                continue            # discharged in between: a second service is possible
            srcs = sorted(s1 | s2)
            out.append(Conflict(
                "enlistment", compact(person),
                f"{compact(person)} is enlisted on {T.lexical(d1)} ({', '.join(sorted(s1))}) and again on "
                f"{T.lexical(d2)} ({', '.join(sorted(s2))}) with no discharge between", srcs))
    return out


def order_cycles(store: "Store") -> list[Conflict]:
    """Events the inferred order puts before themselves: the dates or texts of their
    sources contradict each other."""
    rows = store.query("SELECT DISTINCT ?e WHERE { GRAPH <" + str(INFERRED_GRAPH) + "> { ?e kg:before ?e } } ORDER BY ?e")
    out = []
    for row in rows:
        e = row["e"]
        graphs = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e ?p ?o } FILTER(?g != <"
                             + str(INFERRED_GRAPH) + ">) }", bindings={"e": e})
        srcs = sorted({_source(r["g"].value) for r in graphs})
        out.append(Conflict("order-cycle", compact(str(e)),
                            f"{compact(str(e))} is both before and after another event: its sources' dates "
                            f"or words disagree", srcs))
    return out


def format_validation(report: ValidationReport) -> str:
    if report.conforms:
        return "valid: no SHACL violations, no conflicts between sources"
    lines = []
    if report.violations:
        lines.append(f"{len(report.violations)} SHACL violation(s):")
        for v in report.violations:
            lines.append(f"  {v.focus} {v.path}: {v.message}")
    if report.conflicts:
        lines.append(f"{len(report.conflicts)} conflict(s) between sources:")
        for c in report.conflicts:
            lines.append(f"  [{c.kind}] {c.message}; sources: {', '.join(c.sources)}")
    return "\n".join(lines)
