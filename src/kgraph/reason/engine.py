"""The forward-chaining engine: semi-naive evaluation over term strings.

Each triple is processed once: its single-premise consequences come from the compiled
tables (:func:`rules.single`), its join consequences (:func:`joins`) from indexes of the few
predicates that join rules read. Consequences of the tables are already closed under the
tables, so they only go through the join rules. ``owl:sameAs`` copies (eq-rep-s/o) are made
in batches: a new ``owl:sameAs`` waits until the queue is empty, then one scan indexes every
triple of the newly equal terms. Temporal order is computed for the events the round
touched, also when the queue is empty; the rounds repeat until nothing is new.

The same :func:`joins` runs over a :class:`View` of the store for incremental updates.
"""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from typing import Protocol

from . import temporal
from . import terms as T
from .rules import Rules, single
from .terms import Triple


class View(Protocol):
    """Read access to the current closure (asserted plus inferred triples)."""

    def objects(self, s: str, p: str) -> Iterable[str]: ...
    def subjects(self, p: str, o: str) -> Iterable[str]: ...
    def about(self, term: str) -> Iterable[Triple]: ...
    def anchors(self, event: str) -> temporal.Anchors: ...
    def is_milestone(self, event: str) -> bool: ...
    def __contains__(self, t: object) -> bool: ...


def joins(r: Rules, t: Triple, view: View, dirty: set[str]) -> Iterator[Triple]:
    """Consequences of ``t`` by the rules that join it with other triples; events whose date
    order may change are added to ``dirty``."""
    s, p, o = t
    if p == T.SAMEAS:
        if s == o:
            return
        yield (o, T.SAMEAS, s)                                  # eq-sym
        for x in view.objects(o, T.SAMEAS):                     # eq-trans
            if x != s:
                yield (s, T.SAMEAS, x)
        for a, b, c in list(view.about(s)):                     # eq-rep-s / eq-rep-o
            if b == T.SAMEAS:
                continue
            yield (o if a == s else a, b, o if c == s else c)
        return
    if p in r.join_preds:
        if p in r.transitive and p not in r.mirrored:          # prp-trp
            if p in r.scoped:
                # event order: only between events that share an anchor (see temporal.py)
                # (temporal.share, inlined: this is the hottest loop of a large closure)
                # and not through a milestone to two other events (temporal.chains_through)
                # Two orders that both come from dates are not joined again: the dates order
                # their ends directly where that is wanted (see temporal.order), so a triple
                # from dates joins only with the orders stated in text or derived from them
                anchors = view.anchors
                is_m = view.is_milestone
                dated = getattr(view, "date_only", None)
                if dated is not None and t in dated:
                    before_s, after_o = view.text_subjects(p, s), view.text_objects(o, p)
                else:
                    before_s, after_o = view.subjects(p, s), view.objects(o, p)
                m0, m1 = anchors(o)
                free = not is_m(s) or is_m(o)
                for x in before_s:
                    if free or is_m(x):
                        a0, a1 = anchors(x)
                        if not (m0.isdisjoint(a1) and m1.isdisjoint(a0)):
                            yield (x, p, o)
                m0, m1 = anchors(s)
                free = not is_m(o) or is_m(s)
                for y in after_o:
                    if free or is_m(y):
                        a0, a1 = anchors(y)
                        if not (m0.isdisjoint(a1) and m1.isdisjoint(a0)):
                            yield (s, p, y)
            else:
                for x in view.subjects(p, s):
                    yield (x, p, o)
                for y in view.objects(o, p):
                    yield (s, p, y)
        for p2, q in r.chain_first.get(p, ()):                  # prp-spo2
            for y in view.objects(o, p2):
                yield (s, q, y)
        for p1, q in r.chain_second.get(p, ()):
            for x in view.subjects(p1, s):
                yield (x, q, o)
        if p in r.functional and o[0] != '"':                   # prp-fp
            for y in view.objects(s, p):
                if y != o and y[0] != '"':
                    yield (o, T.SAMEAS, y)
        if p in r.invfunctional:                                # prp-ifp
            for x in view.subjects(p, o):
                if x != s:
                    yield (s, T.SAMEAS, x)
        if r.temporal and p in temporal.TEMPORAL_TRIGGERS:
            dirty.update(temporal.events_touched(view, t))
    if p == T.KG_RELEASE_DATE and r.temporal and s.startswith(T.RES_PREFIX):     # release event of a dated work
        ev = T.release_event(s)
        yield (ev, T.TYPE, T.KG_RELEASE)
        yield (ev, T.KG_ABOUT, s)
        yield (ev, T.KG_EVENT_DATE, o)
    for x in view.objects(s, T.SAMEAS):                         # eq-rep-s
        yield (x, p, o)
    if o[0] != '"':
        for y in view.objects(o, T.SAMEAS):                     # eq-rep-o
            yield (s, p, y)


class MemoryView:
    """The closure in memory: a set of triples, plus subject and object indexes for the
    predicates join rules read, plus (once ``owl:sameAs`` appears) every triple of each
    term that is equal to another."""

    def __init__(self, r: Rules) -> None:
        self.facts: set[Triple] = set()
        self.sp: dict[str, dict[str, set[str]]] = {p: {} for p in r.join_preds}
        self.po: dict[str, dict[str, set[str]]] = {p: {} for p in r.join_preds}
        self.watched: dict[str, list[Triple]] = {}
        self._anchors: dict[str, temporal.Anchors] = {}
        self._dates: dict[str, list] = {}
        self.kinds = temporal.milestone_kinds() if r.temporal else frozenset()
        self.milestone_events: set[str] = set()
        self.new_milestones: set[str] = set()
        self._partners: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None
        # event orders that come from dates only (and their inverses), and indexes of the
        # other orders of the scoped predicates: see the prp-trp branch of joins()
        self.date_only: set[Triple] = set()
        self.scoped = r.scoped
        self.text_sp: dict[str, dict[str, set[str]]] = {p: {} for p in r.scoped}
        self.text_po: dict[str, dict[str, set[str]]] = {p: {} for p in r.scoped}

    def text_subjects(self, p: str, o: str) -> Iterable[str]:
        return self.text_po[p].get(o, ())

    def text_objects(self, s: str, p: str) -> Iterable[str]:
        return self.text_sp[p].get(s, ())

    def is_milestone(self, event: str) -> bool:
        return event in self.milestone_events

    def index_milestones(self) -> None:
        """Index the milestone events by anchor (direct, and any), for
        :meth:`milestone_partners`; valid until anchors or milestones change."""
        direct: dict[str, set[str]] = {}
        every: dict[str, set[str]] = {}
        for m in self.milestone_events:
            d, a = self.anchors(m)
            for x in d:
                direct.setdefault(x, set()).add(m)
            for x in a:
                every.setdefault(x, set()).add(m)
        self._partners = (direct, every)

    def milestone_partners(self, anchor: str, direct: bool) -> Iterable[str]:
        """The milestone events comparable through ``anchor`` with an event for which it is
        a direct (or indirect) anchor."""
        if self._partners is None:
            self.index_milestones()
        assert self._partners is not None
        return self._partners[1 if direct else 0].get(anchor, ())

    def dates(self, event: str) -> list:  # type: ignore[type-arg]
        got = self._dates.get(event)
        if got is None:
            got = self._dates[event] = temporal.dates(self, event)
        return got

    def anchors(self, event: str) -> temporal.Anchors:
        got = self._anchors.get(event)
        if got is None:
            got = self._anchors[event] = temporal.anchor_sets(self, event)
        return got

    def add(self, t: Triple) -> bool:
        if t in self.facts:
            return False
        self.facts.add(t)
        s, p, o = t
        if p == T.TYPE and o in self.kinds and s not in self.milestone_events:
            self.milestone_events.add(s)
            self.new_milestones.add(s)
        if self._dates:
            if p == T.KG_EVENT_DATE or p == T.KG_HAS_TIME:
                self._dates.pop(s, None)
            elif p in temporal.TIME_PREDS:
                self._dates.clear()
        if self._anchors:
            if p == T.KG_PARTICIPANT or p == T.KG_ABOUT:
                self._anchors.pop(s, None)
            elif p == T.KG_APPEARS_ON:
                for e in self.po[T.KG_ABOUT].get(o, ()) if T.KG_ABOUT in self.po else ():
                    self._anchors.pop(e, None)
        if p in self.scoped and t not in self.date_only:
            self.text_sp[p].setdefault(s, set()).add(o)
            self.text_po[p].setdefault(o, set()).add(s)
        sp = self.sp.get(p)
        if sp is not None:
            got = sp.get(s)
            if got is None:
                sp[s] = {o}
            else:
                got.add(o)
            po = self.po[p]
            got = po.get(o)
            if got is None:
                po[o] = {s}
            else:
                got.add(s)
        w = self.watched
        if w:
            if s in w:
                w[s].append(t)
            if o in w and o != s:
                w[o].append(t)
        return True

    def objects(self, s: str, p: str) -> Iterable[str]:
        return self.sp[p].get(s, ()) if p in self.sp else [o for a, b, o in self.about(s) if a == s and b == p]

    def subjects(self, p: str, o: str) -> Iterable[str]:
        return self.po[p].get(o, ()) if p in self.po else [s for s, b, c in self.about(o) if c == o and b == p]

    def about(self, term: str) -> Iterable[Triple]:
        got = self.watched.get(term)
        if got is None:
            raise KeyError(term)
        return got

    def watch(self, terms: set[str]) -> None:
        """Index every triple that mentions one of ``terms`` (one scan of the closure)."""
        new = {t for t in terms if t not in self.watched}
        if not new:
            return
        for t in new:
            self.watched[t] = []
        w = self.watched
        for t in self.facts:
            s, _, o = t
            if s in new:
                w[s].append(t)
            if o in new and o != s:
                w[o].append(t)

    def __contains__(self, t: object) -> bool:
        return t in self.facts


def saturate(r: Rules, view: MemoryView, todo: list[Triple], new: list[Triple] | None = None) -> list[Triple]:
    """Run the rules to a fixed point from the triples ``todo`` (already in ``view``);
    return the triples added to ``view``, in the order they were found."""
    if new is None:
        new = []
    facts = view.facts
    add = view.add
    supers = r.class_supers
    states = r.prop_states
    s_types = r.s_types
    o_types = r.o_types
    join_preds = r.join_preds
    light_preds = r.light_preds
    sameas_po = view.po[T.SAMEAS]
    TYPE = T.TYPE
    queue = todo
    light: list[Triple] = []          # consequences of the tables: join rules only
    dirty: set[str] = set()
    deferred: list[Triple] = []
    while True:
        while queue or light:
            while queue:
                t = queue.pop()
                s, p, o = t
                if p == T.SAMEAS:
                    deferred.append(t)
                    continue
                if p == TYPE:
                    for c in supers.get(o, ()):
                        x = (s, TYPE, c)
                        if x not in facts:
                            add(x)
                            new.append(x)
                            if sameas_po and s in sameas_po:
                                light.append(x)
                else:
                    lit = o[0] == '"'
                    for q, flip in states.get(p, ()):
                        if flip:
                            if lit:
                                continue
                            x = (o, q, s)
                        else:
                            x = (s, q, o)
                        if x not in facts:
                            add(x)
                            new.append(x)
                            if q in light_preds or (sameas_po and (x[0] in sameas_po or x[2] in sameas_po)):
                                light.append(x)
                    for c in s_types.get(p, ()):
                        x = (s, TYPE, c)
                        if x not in facts:
                            add(x)
                            new.append(x)
                            if sameas_po and s in sameas_po:
                                light.append(x)
                    if not lit:
                        for c in o_types.get(p, ()):
                            x = (o, TYPE, c)
                            if x not in facts:
                                add(x)
                                new.append(x)
                                if sameas_po and o in sameas_po:
                                    light.append(x)
                if p in join_preds or p == T.KG_RELEASE_DATE or (sameas_po and (s in sameas_po or o in sameas_po)):
                    for x in joins(r, t, view, dirty):
                        if x not in facts and x[0][0] != '"' and add(x):
                            new.append(x)
                            queue.append(x)
            while light and not queue:
                t = light.pop()
                if t[1] == T.SAMEAS:
                    deferred.append(t)
                    continue
                for x in joins(r, t, view, dirty):
                    if x not in facts and x[0][0] != '"' and add(x):
                        new.append(x)
                        queue.append(x)
        if deferred:
            batch, deferred = deferred, []
            view.watch({x for s, _, o in batch for x in (s, o)})
            for t in batch:
                for x in joins(r, t, view, dirty):
                    if x not in facts and x[0][0] != '"' and add(x):
                        new.append(x)
                        queue.append(x)
            continue
        if view.new_milestones:
            dirty |= view.new_milestones
            view.new_milestones = set()
        if dirty:
            batch_events, dirty = dirty, set()
            view.index_milestones()
            compared: set[str] = set()
            date_only = view.date_only
            for e in batch_events:
                for x, _ in temporal.order(view, e, skip=compared):
                    if x not in facts:
                        date_only.add(x)
                        for q, flip in states.get(x[1], ()):
                            if q in view.scoped:
                                m = (x[2], q, x[0]) if flip else (x[0], q, x[2])
                                if m not in facts:
                                    date_only.add(m)
                    if x not in facts and add(x):
                        new.append(x)
                        queue.append(x)
                compared.add(e)
            if queue:
                continue
        break
    return new


def closure(r: Rules, asserted: Iterable[Triple]) -> tuple[MemoryView, list[Triple]]:
    """The closure of ``asserted`` plus the schema entailments; returns the view and the
    triples that were not asserted."""
    # millions of small tuples, none in a cycle: the cyclic collector would rescan them all,
    # again and again, for nothing
    enabled = gc.isenabled()
    gc.disable()
    try:
        view = MemoryView(r)
        todo = [t for t in asserted if view.add(t)]
        new: list[Triple] = []
        for t in r.schema:
            if view.add(t):
                new.append(t)
        saturate(r, view, todo, new)
    finally:
        if enabled:
            gc.enable()
    return view, new
