"""OWL 2 RL rules compiled from the ontology's axioms.

The schema (T-box) is small and fixed while the data is large, so the schema is saturated
once and every rule that has a single data premise becomes a lookup table: for each
predicate, every predicate it implies (through ``rdfs:subPropertyOf``,
``owl:equivalentProperty``, ``owl:inverseOf`` and ``owl:SymmetricProperty``, with the
direction flipped by each inverse) and every class its subject and object get (through
``rdfs:domain``, ``rdfs:range``, ``rdfs:subClassOf`` and ``owl:equivalentClass``). One data
triple then yields all its single-premise consequences in one step. Only the rules that
join two data triples (transitive properties, property chains, functional properties,
``owl:sameAs``) and the temporal rules need indexes.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import terms as T
from .temporal import TEMPORAL_TRIGGERS
from .terms import Triple

AUX_PREFIX = "<urn:kgraph:reason:aux:"


@dataclass
class Rules:
    """The compiled schema: tables for single-premise rules, sets for join rules."""

    class_supers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    class_direct: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    prop_states: dict[str, tuple[tuple[str, bool], ...]] = field(default_factory=dict)
    prop_direct: dict[str, list[tuple[str, bool, str]]] = field(default_factory=dict)
    s_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    o_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    domains: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ranges: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    transitive: set[str] = field(default_factory=set)
    functional: set[str] = field(default_factory=set)
    invfunctional: set[str] = field(default_factory=set)
    chain_first: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    chain_second: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    chains: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    join_preds: frozenset[str] = frozenset()
    schema: set[Triple] = field(default_factory=set)
    temporal: bool = True
    scoped: frozenset[str] = frozenset()
    mirrored: frozenset[str] = frozenset()
    light_preds: frozenset[str] = frozenset()




def _rdf_list(head: str, first: dict[str, str], rest: dict[str, str]) -> list[str]:
    items: list[str] = []
    seen: set[str] = set()
    while head != T.NIL and head in first and head not in seen:
        seen.add(head)
        items.append(first[head])
        head = rest.get(head, T.NIL)
    return items


def _reach(start: str, edges: dict[str, set[str]]) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def compile_rules(tbox: Iterable[Triple], temporal: bool = True) -> Rules:
    """Saturate the schema axioms of ``tbox`` and build the rule tables; ``temporal=False``
    leaves out the temporal rules (plain OWL 2 RL, as owlrl computes it)."""
    r = Rules(temporal=temporal)
    sub_c: dict[str, set[str]] = defaultdict(set)
    sub_p: dict[str, set[str]] = defaultdict(set)
    inverse: dict[str, set[str]] = defaultdict(set)
    direct_c: dict[str, list[tuple[str, str]]] = defaultdict(list)
    direct_p: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    first: dict[str, str] = {}
    rest: dict[str, str] = {}
    chain_heads: list[tuple[str, str]] = []
    props: set[str] = set()
    for s, p, o in tbox:
        if p == T.SUBCLASS:
            sub_c[s].add(o)
            direct_c[o].append((s, "cax-sco"))
        elif p == T.EQCLASS:
            sub_c[s].add(o)
            sub_c[o].add(s)
            direct_c[o].append((s, "cax-eqc"))
            direct_c[s].append((o, "cax-eqc"))
        elif p == T.SUBPROP:
            sub_p[s].add(o)
            direct_p[o].append((s, False, "prp-spo1"))
            props.update((s, o))
        elif p == T.EQPROP:
            sub_p[s].add(o)
            sub_p[o].add(s)
            direct_p[o].append((s, False, "prp-eqp"))
            direct_p[s].append((o, False, "prp-eqp"))
            props.update((s, o))
        elif p == T.INVERSE:
            inverse[s].add(o)
            inverse[o].add(s)
            direct_p[o].append((s, True, "prp-inv"))
            if o != s:
                direct_p[s].append((o, True, "prp-inv"))
            props.update((s, o))
        elif p == T.DOMAIN:
            r.domains[s].add(o)
            props.add(s)
        elif p == T.RANGE:
            r.ranges[s].add(o)
            props.add(s)
        elif p == T.TYPE:
            if o == T.TRANSITIVE:
                r.transitive.add(s)
            elif o == T.SYMMETRIC:
                inverse[s].add(s)
                direct_p[s].append((s, True, "prp-symp"))
            elif o == T.FUNCTIONAL:
                r.functional.add(s)
            elif o == T.INVFUNCTIONAL:
                r.invfunctional.add(s)
        elif p == T.FIRST:
            first[s] = o
        elif p == T.REST:
            rest[s] = o
        elif p == T.CHAIN:
            chain_heads.append((s, o))
    r.class_direct = dict(direct_c)
    r.prop_direct = dict(direct_p)

    # classes: every strict superclass (equivalents included)
    classes = set(sub_c) | {c for cs in sub_c.values() for c in cs}
    supers_of: dict[str, set[str]] = {}
    for c in classes:
        sup = _reach(c, sub_c)
        supers_of[c] = sup
        sup_strict = sup - {c}
        if sup_strict:
            r.class_supers[c] = tuple(sorted(sup_strict))

    # property chains; longer chains are split into two-link chains over auxiliary properties
    n_aux = 0
    for prop, head in chain_heads:
        links = _rdf_list(head, first, rest)
        if len(links) < 2:
            continue
        left = links[0]
        for i, link in enumerate(links[1:], start=1):
            if i == len(links) - 1:
                target = prop
            else:
                n_aux += 1
                target = f"{AUX_PREFIX}{n_aux}>"
            r.chain_first[left].append((link, target))
            r.chain_second[link].append((left, target))
            r.chains[target].append((left, link))
            left = target
        props.add(prop)
        props.update(links)

    # properties: every (property, flipped) state a triple implies
    props |= set(r.transitive) | r.functional | r.invfunctional
    for p in props:
        seen = {(p, False)}
        todo = [(p, False)]
        while todo:
            q, flip = todo.pop()
            for nxt in [(sup, flip) for sup in sub_p.get(q, ())] + [(inv, not flip) for inv in inverse.get(q, ())]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        states = tuple(sorted(seen - {(p, False)}))
        s_cls: set[str] = set()
        o_cls: set[str] = set()
        for q, flip in seen:
            (o_cls if flip else s_cls).update(r.domains.get(q, ()))
            (s_cls if flip else o_cls).update(r.ranges.get(q, ()))
        s_all = set().union(*(supers_of.get(c, {c}) for c in s_cls)) if s_cls else set()
        o_all = set().union(*(supers_of.get(c, {c}) for c in o_cls)) if o_cls else set()
        if states:
            r.prop_states[p] = states
        if s_all:
            r.s_types[p] = tuple(sorted(s_all))
        if o_all:
            r.o_types[p] = tuple(sorted(o_all))

    # a transitive property whose inverse is transitive too: its transitive consequences
    # are the mirror images of the inverse's, so only one of the two is joined
    r.mirrored = frozenset(p for p in r.transitive
                           if any(q in r.transitive and q < p for q in inverse.get(p, ()) if q != p))
    if temporal:
        r.scoped = frozenset(p for p in r.transitive if p == T.KG_BEFORE or T.KG_BEFORE in inverse.get(p, ()))
    r.join_preds = frozenset(r.transitive | r.functional | r.invfunctional | set(r.chain_first)
                             | set(r.chain_second) | (TEMPORAL_TRIGGERS if temporal else set()) | {T.SAMEAS})
    # predicates whose table consequences still need a join rule
    r.light_preds = frozenset(p for p in r.join_preds if p not in r.mirrored or p in r.functional
                              or p in r.invfunctional or p in r.chain_first or p in r.chain_second
                              or (temporal and p in TEMPORAL_TRIGGERS))
    r.schema = _schema_entailments(r, supers_of, sub_p, props)
    return r


def _schema_entailments(r: Rules, supers_of: dict[str, set[str]], sub_p: dict[str, set[str]],
                        props: set[str]) -> set[Triple]:
    """The schema triples OWL 2 RL entails (scm-sco, scm-eqc1/2, scm-spo, scm-eqp1/2,
    scm-dom1/2, scm-rng1/2), without the reflexive ones (``C rdfs:subClassOf C``)."""
    out: set[Triple] = set()
    for c, sup in supers_of.items():
        for d in sup:
            if d == c:
                continue
            out.add((c, T.SUBCLASS, d))
            if c in supers_of.get(d, ()):
                out.add((c, T.EQCLASS, d))
    super_p = {p: _reach(p, sub_p) for p in props | set(sub_p)}
    for p, sup in super_p.items():
        for q in sup:
            if q == p:
                continue
            out.add((p, T.SUBPROP, q))
            if p in super_p.get(q, ()):
                out.add((p, T.EQPROP, q))
        for q in sup:
            for d in r.domains.get(q, ()):
                for e in supers_of.get(d, {d}):
                    out.add((p, T.DOMAIN, e))
            for d in r.ranges.get(q, ()):
                for e in supers_of.get(d, {d}):
                    out.add((p, T.RANGE, e))
    return out


def single(r: Rules, t: Triple) -> Iterator[Triple]:
    """Every consequence of ``t`` by the rules with one data premise."""
    s, p, o = t
    if p == T.TYPE:
        for c in r.class_supers.get(o, ()):
            yield (s, T.TYPE, c)
        return
    lit = o[0] == '"'
    for q, flip in r.prop_states.get(p, ()):
        if flip:
            if not lit:
                yield (o, q, s)
        else:
            yield (s, q, o)
    for c in r.s_types.get(p, ()):
        yield (s, T.TYPE, c)
    if not lit:
        for c in r.o_types.get(p, ()):
            yield (o, T.TYPE, c)
