"""Temporal rules: order events by their dates, where the order is not ambiguous.

A date is a day interval: ``2023-12-11`` is one day, ``2023-12`` the whole month, ``2023``
the whole year. Event A is before event B when some date of A ends before some date of B
starts, so ``2023-09`` is before ``2023-12-11`` while ``2023-12`` and ``2023-12-11`` are not
ordered. Dates come from ``kg:eventDate`` or from OWL-Time: ``kg:hasTime`` to an instant
(``time:inXSDDate``, ``time:inXSDgYearMonth``, ``time:inXSDgYear``,
``time:inXSDDateTimeStamp``) or to an interval (``time:hasBeginning`` / ``time:hasEnd``).

Only events that share an anchor are ordered: a participant, the work the event is about, or
a performer who appears on that work (so a song's release is ordered against the enlistment
of an artist featured on it), and of those only pairs where at least one event is a
*milestone* (an enlistment, a discharge, a debut: the kinds listed in ``data/reasoning.json``).
Ordering every pair of dated events would be quadratic in the number of events of a popular
artist and would answer no question their dates do not answer already.
"""
from __future__ import annotations

import calendar
import functools
import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Protocol

from ..errors import KGraphError
from ..kb import DATA_DIR
from . import terms as T
from .terms import Triple

Interval = tuple[int, int]

TEMPORAL_TRIGGERS = frozenset({T.KG_PARTICIPANT, T.KG_ABOUT, T.KG_APPEARS_ON, T.KG_EVENT_DATE, T.KG_HAS_TIME,
                               T.TIME_HAS_BEGINNING, T.TIME_HAS_END, *T.TIME_POSITIONS})
"""The predicates whose triples can change the date order of some event."""

_DATE = re.compile(r"^\s*(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CACHE: dict[str, Interval | None] = {}


REASONING_FILE = DATA_DIR / "reasoning.json"


@functools.lru_cache(maxsize=None)
def milestone_kinds() -> frozenset[str]:
    """The event classes (N-Triples IRIs) that dates order against every comparable event,
    read from ``data/reasoning.json``."""
    from ..vocab import KG_URI
    try:
        data = json.loads(REASONING_FILE.read_text(encoding="utf-8"))
        kinds = data["milestone_kinds"]
        if not isinstance(kinds, list) or not all(isinstance(k, str) and k.startswith("kg:") for k in kinds):
            raise ValueError("'milestone_kinds' must be a list of kg:ClassName strings")
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise KGraphError(f"{REASONING_FILE}: cannot read the milestone event kinds: {e}") from None
    return frozenset(T.iri(KG_URI + k[3:]) for k in kinds)


def is_milestone(view: "View", event: str) -> bool:
    """Whether ``event`` has one of the milestone kinds as a type."""
    method = getattr(view, "is_milestone", None)
    if method is not None:
        return bool(method(event))
    return any((event, T.TYPE, k) in view for k in milestone_kinds())  # type: ignore[operator]


class View(Protocol):
    def objects(self, s: str, p: str) -> Iterator[str] | list[str] | set[str]: ...
    def subjects(self, p: str, o: str) -> Iterator[str] | list[str] | set[str]: ...


TIME_PREDS = frozenset({T.TIME_HAS_BEGINNING, T.TIME_HAS_END, *T.TIME_POSITIONS})


def interval(literal: str) -> Interval | None:
    """The days (first, last as ordinals) a date literal covers; None if it is no date."""
    hit = _CACHE.get(literal)
    if hit is not None or literal in _CACHE:
        return hit
    result: Interval | None = None
    if literal[:1] == '"':
        m = _DATE.match(T.lexical(literal))
        if m:
            try:
                y = int(m.group(1))
                if m.group(3):
                    d = date(y, int(m.group(2)), int(m.group(3))).toordinal()
                    result = (d, d)
                elif m.group(2):
                    mo = int(m.group(2))
                    result = (date(y, mo, 1).toordinal(), date(y, mo, calendar.monthrange(y, mo)[1]).toordinal())
                else:
                    result = (date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())
            except ValueError:
                result = None
    if len(_CACHE) > 100_000:
        _CACHE.clear()
    _CACHE[literal] = result
    return result


def _positions(view: View, node: str) -> list[tuple[str, Interval]]:
    out = []
    for pos in T.TIME_POSITIONS:
        for lit in view.objects(node, pos):
            iv = interval(lit)
            if iv:
                out.append((lit, iv))
    return out


def dates(view: View, event: str) -> list[tuple[Triple, Interval]]:
    """Each date of ``event`` with the triple it comes from."""
    out: list[tuple[Triple, Interval]] = []
    for lit in view.objects(event, T.KG_EVENT_DATE):
        iv = interval(lit)
        if iv:
            out.append(((event, T.KG_EVENT_DATE, lit), iv))
    for t in view.objects(event, T.KG_HAS_TIME):
        for _, iv in _positions(view, t):
            out.append(((event, T.KG_HAS_TIME, t), iv))
        begins = [iv for b in view.objects(t, T.TIME_HAS_BEGINNING) for _, iv in _positions(view, b)]
        ends = [iv for e in view.objects(t, T.TIME_HAS_END) for _, iv in _positions(view, e)]
        for b in begins:
            for e in ends:
                out.append(((event, T.KG_HAS_TIME, t), (b[0], e[1])))
    return out


def anchors(view: View, event: str) -> dict[str, tuple[Triple, bool]]:
    """What ``event`` is anchored to, each with the triple that anchors it and whether the
    anchor is direct (a participant or the work the event is about) or indirect (a performer
    who appears on that work)."""
    out: dict[str, tuple[Triple, bool]] = {}
    works = sorted(view.objects(event, T.KG_ABOUT), key=_own_first)
    for x in sorted(view.objects(event, T.KG_PARTICIPANT), key=_own_first):
        out[x] = ((event, T.KG_PARTICIPANT, x), True)
    for w in works:
        out[w] = ((event, T.KG_ABOUT, w), True)
    for w in works:
        for x in sorted(view.subjects(T.KG_APPEARS_ON, w), key=_own_first):
            out.setdefault(x, ((x, T.KG_APPEARS_ON, w), False))
    return out


def _own_first(term: str) -> tuple[bool, str]:
    """kgraph's own entities before their owl:sameAs copies (explanations show those)."""
    return (not term.startswith(T.RES_PREFIX), term)


Anchors = tuple[frozenset[str], frozenset[str]]


def anchor_sets(view: View, event: str) -> Anchors:
    """(direct anchors, all anchors) of ``event``."""
    direct = set(view.objects(event, T.KG_PARTICIPANT))
    works = list(view.objects(event, T.KG_ABOUT))
    direct.update(works)
    every = set(direct)
    for w in works:
        every.update(view.subjects(T.KG_APPEARS_ON, w))
    return frozenset(direct), frozenset(every)


def share(a: Anchors, b: Anchors) -> bool:
    """Two events are comparable when an anchor is direct for one and any anchor of the
    other: an artist's enlistment and a song they feature on, two events about one song;
    not the releases of two songs of one group (their dates order them for any query)."""
    return not (a[0].isdisjoint(b[1]) and a[1].isdisjoint(b[0]))


def anchored_events(view: View, anchor: str, direct_only: bool) -> set[str]:
    events = set(view.subjects(T.KG_PARTICIPANT, anchor))
    events.update(view.subjects(T.KG_ABOUT, anchor))
    if not direct_only:
        for w in view.objects(anchor, T.KG_APPEARS_ON):
            events.update(view.subjects(T.KG_ABOUT, w))
    return events


def events_touched(view: View, t: Triple) -> Iterator[str]:
    """The events whose date order a new (or removed) triple ``t`` may change."""
    s, p, o = t
    if p in (T.KG_PARTICIPANT, T.KG_ABOUT, T.KG_EVENT_DATE, T.KG_HAS_TIME):
        yield s
    elif p == T.KG_APPEARS_ON:
        yield from view.subjects(T.KG_ABOUT, o)
    elif p in T.TIME_POSITIONS:
        for node in [s, *view.subjects(T.TIME_HAS_BEGINNING, s), *view.subjects(T.TIME_HAS_END, s)]:
            yield from view.subjects(T.KG_HAS_TIME, node)
    elif p in (T.TIME_HAS_BEGINNING, T.TIME_HAS_END):
        yield from view.subjects(T.KG_HAS_TIME, s)


def order(view: View, event: str, premises: bool = False, skip: set[str] | frozenset[str] = frozenset()
          ) -> Iterator[tuple[Triple, tuple[Triple, ...]]]:
    """Every ``kg:before`` between ``event`` and a comparable event (see :func:`share`) that
    the dates imply, with (if ``premises``) the two dates and the two anchoring triples.
    Only pairs with a milestone on at least one side (see :func:`milestone_kinds`).
    Events in ``skip`` were already compared with this one (comparability is symmetric)."""
    get_dates = getattr(view, "dates", None) or (lambda e: dates(view, e))
    mine = get_dates(event)
    if not mine:
        return
    milestone = is_milestone(view, event)
    partners = None if milestone else getattr(view, "milestone_partners", None)
    done: set[str] = {event}
    for anchor, (why, direct) in anchors(view, event).items():
        if partners is not None:
            candidates = partners(anchor, direct)
        else:
            candidates = anchored_events(view, anchor, direct_only=not direct)
        for other in candidates:
            if other in done or other in skip:
                continue
            done.add(other)
            if not milestone and not is_milestone(view, other):
                continue
            theirs = get_dates(other)
            if not theirs:
                continue
            for t1, (s1, e1) in mine:
                for t2, (s2, e2) in theirs:
                    if e1 < s2:
                        yield (event, T.KG_BEFORE, other), (
                            (t1, t2, why, _anchor_triple(view, other, anchor)) if premises else ())
                    elif e2 < s1:
                        yield (other, T.KG_BEFORE, event), (
                            (t2, t1, _anchor_triple(view, other, anchor), why) if premises else ())


def date_order(view: View, a: str, b: str, premises: bool = False) -> tuple[Triple, ...] | None:
    """Whether the dates put ``a`` before ``b`` by the rule of :func:`order` (comparable
    through the first anchor of ``a`` that ``b`` shares, a milestone on one side): the
    premises :func:`order` gives that ``kg:before`` (empty unless ``premises``), or None.
    One pair, without enumerating every event comparable with ``a``."""
    if a == b or not (is_milestone(view, a) or is_milestone(view, b)):
        return None
    get_dates = getattr(view, "dates", None) or (lambda e: dates(view, e))
    mine = get_dates(a)
    if not mine:
        return None
    get_anchors = getattr(view, "anchors", None) or (lambda e: anchor_sets(view, e))
    b_direct, b_every = get_anchors(b)
    for anchor, (why, direct) in anchors(view, a).items():
        # b is a candidate of order(view, a) under this anchor (see anchored_events)
        if anchor in b_direct or (direct and anchor in b_every):
            theirs = get_dates(b)
            for t1, (_, e1) in mine:
                for t2, (s2, _) in theirs:
                    if e1 < s2:
                        return (t1, t2, why, _anchor_triple(view, b, anchor)) if premises else ()
            return None             # order() compares a pair under its first shared anchor only
    return None


def chains_through(view: View, first: str, middle: str, last: str) -> bool:
    """Whether ``kg:before`` chains from ``first`` through ``middle`` to ``last``: not through
    a milestone to two other events (the date order puts every event of an artist on one side
    of their enlistment; chaining both sides would order all pairs of them again)."""
    return not is_milestone(view, middle) or is_milestone(view, first) or is_milestone(view, last)


def _anchor_triple(view: View, event: str, anchor: str) -> Triple:
    got = anchors(view, event).get(anchor)
    return got[0] if got is not None else (event, T.KG_PARTICIPANT, anchor)
