"""Incremental maintenance of the inferred graph (delete-and-rederive, then semi-naive).

After article graphs are added, replaced or removed, the inferred graph must equal a
from-scratch closure. Removed input goes through DRed: every inferred triple that some
derivation from a removed triple reaches is deleted (over-deletion), then each deleted
triple that still has a one-step derivation from what is left is put back, and its
consequences with it. Added input then runs through the same forward rules as the full
closure, joined against the store by pattern lookups instead of in-memory indexes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from . import temporal
from .backward import derivations
from .engine import joins
from .rules import Rules, single
from .storeview import StoreView
from . import terms as T
from .terms import Triple

if TYPE_CHECKING:
    from ..store import Store


BUDGET = 300_000
"""How many conclusions one update may look at, plus quads it may read, before it gives up and
the whole closure is recomputed: each costs about 10 us on disk, and removing the
events of a very popular artist can reach millions of them (every order around each of their
milestones), where a full closure is faster."""


class Recompute(Exception):
    """The change reaches too much of the closure to maintain it step by step."""


class _Budget:
    """Conclusions looked at plus quads read by the views of one update, against a limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.spent = 0
        self.views: list[StoreView] = []

    def watch(self, view: StoreView) -> StoreView:
        self.views.append(view)
        return view

    def spend(self, n: int) -> None:
        self.spent += n
        if self.spent + sum(v.reads for v in self.views) > self.limit:
            raise Recompute


def _reach(r: Rules, view: StoreView, seeds: Iterable[Triple], accept: Callable[[Triple], bool],
           budget: _Budget | None = None) -> None:
    """Follow every rule (single-premise, joins, then the temporal order of the events the
    joins touched) from ``seeds`` to a fixed point; ``accept`` says whether a conclusion is new
    (and records it), and only new conclusions are followed further. Each conclusion looked
    at is spent from ``budget``."""
    budget = budget or _Budget(BUDGET)
    queue = list(seeds)
    dirty: set[str] = set()
    while True:
        while queue:
            t = queue.pop()
            found = (*single(r, t), *joins(r, t, view, dirty))
            budget.spend(len(found) + 1)
            for x in found:
                if accept(x):
                    queue.append(x)
        if not dirty:
            break
        events, dirty = dirty, set()
        for e in events:
            for x, _ in temporal.order(view, e):
                budget.spend(1)
                if accept(x):
                    queue.append(x)
        if not queue:
            break


def _forward(r: Rules, view: StoreView, todo: list[Triple], budget: _Budget) -> None:
    """Add to ``view`` every consequence of ``todo`` not already there."""
    _reach(r, view, todo, lambda x: x[0][0] != '"' and view.add(x), budget)


def _overdelete(r: Rules, view: StoreView, removed: Iterable[Triple], store: "Store", budget: _Budget
                ) -> set[Triple]:
    """Every inferred triple that a derivation from ``removed`` reaches, except event orders
    that the dates still imply.

    Event order is a stratum of its own: ``kg:before`` and the properties it implies derive
    only more orders (and the class kg:Event), never the dates, anchors and kinds the date
    order is computed from. So the other triples are over-deleted first; then each order
    reached is checked against the dates as they are without those triples and without
    ``removed``: an order the dates still give stays, and is not followed. Without that
    check, removing one event of a popular artist reaches, through transitivity, every
    order around each of their milestones, and all of them are deleted and derived again.
    """
    gone: set[Triple] = set()
    orders: list[Triple] = []
    as_before = _order_forms(r)

    def lower(x: Triple) -> bool:
        if x[1] in as_before:
            orders.append(x)
            return False
        if x not in gone and view.in_inferred(x):
            gone.add(x)
            return True
        return False

    _reach(r, view, removed, lower, budget)     # (``removed`` orders are followed here, as seeds)
    if not orders:
        return gone
    after = budget.watch(StoreView(store))  # the input without ``removed`` (already dropped)
    for t in gone:
        after.hide(t)
    stable = set(gone)
    fallback = False

    def upper(x: Triple) -> bool:
        nonlocal fallback
        budget.spend(1)
        if x in gone or not view.in_inferred(x):
            return False
        if x[1] in as_before:
            if any(temporal.date_order(after, *pair) is not None for pair in as_before[x[1]](x)):
                return False
        elif x[1] != T.TYPE:
            fallback = True             # an order derived something the dates depend on
        gone.add(x)
        return True

    _reach(r, view, [x for x in dict.fromkeys(orders) if upper(x)], upper, budget)
    if fallback:                        # not with this ontology; stay correct if it changes
        gone = stable

        def every(x: Triple) -> bool:
            if x not in gone and view.in_inferred(x):
                gone.add(x)
                return True
            return False

        _reach(r, view, removed, every, budget)
    return gone


def _order_forms(r: Rules) -> dict[str, Callable[[Triple], list[tuple[str, str]]]]:
    """For ``kg:before`` and each property it implies (``kg:after``, ``time:before``...): how
    a triple of it reads as ``kg:before`` pairs (earlier, later)."""
    if not r.temporal:
        return {}
    flips: dict[str, set[bool]] = {T.KG_BEFORE: {False}}
    for q, flip in r.prop_states.get(T.KG_BEFORE, ()):
        flips.setdefault(q, set()).add(flip)
    return {q: (lambda t, fs=frozenset(fs): [(t[2], t[0]) if f else (t[0], t[2]) for f in fs])
            for q, fs in flips.items()}


def apply(r: Rules, store: "Store", added: set[Triple], removed: set[Triple]) -> tuple[set[Triple], set[Triple]]:
    """Bring the inferred graph up to date with input that gained ``added`` and lost
    ``removed`` (the store already holds the new input). Returns (inferred triples added,
    inferred triples removed). Raises :class:`Recompute`, having written nothing, when the
    change reaches more of the closure than :data:`BUDGET` allows."""
    from .io import remove_inferred, write_inferred

    budget = _Budget(BUDGET)
    view = budget.watch(StoreView(store))
    removed = {t for t in removed if not view.asserted(t)}
    # over-delete, seeing the old input: the removed triples count as present
    for t in removed:
        view.add(t)
    gone = _overdelete(r, view, removed, store, budget)
    view = budget.watch(StoreView(store))
    for t in gone:
        view.hide(t)
    # rederive: what still has a derivation from what is left
    back: list[Triple] = []
    for t in sorted(gone | removed):
        budget.spend(1)
        if view.asserted(t):
            continue
        for _rule, _premises in derivations(r, t, view):
            back.append(t)
            break
    for t in back:
        view.add(t)
    _forward(r, view, back + sorted(added), budget)
    now_asserted = {t for t in added if view.in_inferred(t)}
    to_remove = gone | now_asserted
    to_add = view.added - added
    remove_inferred(store, to_remove)
    write_inferred(store, to_add, replace=False)
    return to_add - gone, to_remove - to_add
