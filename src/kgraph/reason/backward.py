"""One-step derivations: the ways a triple follows from others by one rule.

Used twice: by explanations (which rule, which premises) and by incremental deletion (a
triple whose premises were removed survives if another derivation is left). The rules are
those of :mod:`engine`, read backwards, one rule application at a time, so an explanation
shows each step (an inverse, then a subproperty) rather than a precompiled jump.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from . import temporal
from . import terms as T
from .engine import View
from .rules import Rules
from .terms import Triple

Derivation = tuple[str, tuple[Triple, ...]]


def _by_class(r: Rules) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    cached = getattr(r, "_by_class", None)
    if cached is None:
        dom: dict[str, list[str]] = defaultdict(list)
        rng: dict[str, list[str]] = defaultdict(list)
        for p, cs in r.domains.items():
            for c in cs:
                dom[c].append(p)
        for p, cs in r.ranges.items():
            for c in cs:
                rng[c].append(p)
        cached = (dict(dom), dict(rng))
        r._by_class = cached  # type: ignore[attr-defined]
    return cached


def derivations(r: Rules, t: Triple, view: View) -> Iterator[Derivation]:
    """Each (rule, premises) that derives ``t`` from triples present in ``view``."""
    s, p, o = t
    if t in r.schema:
        yield "schema", ()
    if p == T.TYPE:
        for d, rule in r.class_direct.get(o, ()):
            if (s, T.TYPE, d) in view:
                yield rule, ((s, T.TYPE, d),)
        dom, rng = _by_class(r)
        for q in dom.get(o, ()):
            for y in view.objects(s, q):
                yield "prp-dom", ((s, q, y),)
                break
        for q in rng.get(o, ()):
            for x in view.subjects(q, s):
                yield "prp-rng", ((x, q, s),)
                break
    elif p == T.SAMEAS:
        if (o, T.SAMEAS, s) in view:
            yield "eq-sym", ((o, T.SAMEAS, s),)
        for m in view.objects(s, T.SAMEAS):
            if m != s and m != o and (m, T.SAMEAS, o) in view:
                yield "eq-trans", ((s, T.SAMEAS, m), (m, T.SAMEAS, o))
        for q in r.functional:
            for x in view.subjects(q, s):
                if (x, q, o) in view:
                    yield "prp-fp", ((x, q, s), (x, q, o))
        for q in r.invfunctional:
            for y in view.objects(s, q):
                if (o, q, y) in view:
                    yield "prp-ifp", ((s, q, y), (o, q, y))
        return
    else:
        for q, flip, rule in r.prop_direct.get(p, ()):
            premise = (o, q, s) if flip else (s, q, o)
            if premise in view:
                yield rule, (premise,)
        if p in r.transitive:
            scoped = p in r.scoped
            if not scoped or temporal.share(view.anchors(s), view.anchors(o)):
                for m in view.objects(s, p):
                    if scoped and not temporal.chains_through(view, s, m, o):
                        continue
                    if m != s and m != o and (m, p, o) in view:
                        yield "prp-trp", ((s, p, m), (m, p, o))
        for p1, p2 in r.chains.get(p, ()):
            for m in view.objects(s, p1):
                if (m, p2, o) in view:
                    yield "prp-spo2", ((s, p1, m), (m, p2, o))
        if p == T.KG_BEFORE and r.temporal:
            found = temporal.date_order(view, s, o, premises=True)
            if found is not None:
                yield "date-order", found
    if r.temporal and s.startswith(T.RES_PREFIX + "event/release-"):
        for w in view.objects(s, T.KG_ABOUT):
            if T.release_event(w) != s:
                continue
            for d in view.objects(w, T.KG_RELEASE_DATE):
                if t in ((s, T.TYPE, T.KG_RELEASE), (s, T.KG_ABOUT, w), (s, T.KG_EVENT_DATE, d)):
                    yield "release-event", ((w, T.KG_RELEASE_DATE, d),)
    for x in view.objects(s, T.SAMEAS):
        if x != s and (x, p, o) in view:
            yield "eq-rep-s", ((x, T.SAMEAS, s), (x, p, o))
    if o[0] != '"':
        for y in view.objects(o, T.SAMEAS):
            if y != o and (s, p, y) in view:
                yield "eq-rep-o", ((y, T.SAMEAS, o), (s, p, y))
