"""``certainty``: asserted, reported or denied, from cue words in the fact's sentence.

Facts stated in a clause that attributes them to reports or sources, hedges them
(``reportedly``, ``rumored``, ``is expected to``) or concerns a nomination become
``reported``; facts in a clause that denies them become ``denied``. An official source
(``according to BigHit Music``) is not a hedge. Membership and agency facts are background
identity, not news claims, and keep their certainty.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import component
from ..doc import Doc

UNHEDGED = frozenset({"memberOf", "agency", "musicVideoOf"})
DATED = frozenset({"releaseDate", "eventDate"})


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from ._common import patterns

    c = patterns("certainty")
    reported = re.compile(r"(?i:\b(?:" + "|".join(c["reported"]) + r")\b)")
    denied = re.compile(r"(?i:\b(?:" + "|".join(c["denied"]) + r")\b)")
    return reported, denied


@lru_cache(maxsize=1)
def _sentence_wide() -> re.Pattern[str]:
    from ._common import patterns

    return re.compile(r"(?i:\b(?:" + "|".join(patterns("certainty").get("sentence_wide", ["(?!)"])) + r")\b)")


@lru_cache(maxsize=1)
def _event_hedges() -> re.Pattern[str]:
    from ._common import patterns

    return re.compile(r"(?i:\b(?:" + "|".join(patterns("certainty").get("event_hedges", ["(?!)"])) + r")\b)")


def classify(sentence: str, event: bool = False) -> str:
    """'denied', 'reported' or 'asserted' for the text of one sentence (``event``: the fact is
    about an event or a date, which vague schedules also hedge)."""
    reported, denied = _cues()
    if denied.search(sentence):
        return "denied"
    if reported.search(sentence) or (event and _event_hedges().search(sentence)):
        return "reported"
    return "asserted"


CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|although|though|with|as)\s+|\s+but\s+|\s+while\s+")


RELATIVE = re.compile(r",\s+(?:whose|which|who)\s+[^,;]*,\s*")


def clauses(text: str, relative: bool = False) -> list[tuple[int, int]]:
    """Clause spans of a sentence (cut at ';', ', and', ', but', ', while', ', with' ...). With
    ``relative``, a relative clause between commas (', whose studio shot X,', ', who debuted in
    2023,') is a clause of its own: the background it states is not hedged by the main clause's
    'according to insiders' or 'are reportedly preparing'."""
    cuts = {0, len(text)} | {m.end() for m in CLAUSE_BREAK.finditer(text)}
    for m in RELATIVE.finditer(text) if relative else ():
        cuts |= {m.start() + 1, m.end()}
    ordered = sorted(cuts)
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if b > a]


def _verdicts(doc: Doc, index: int, event: bool = False) -> list[tuple[int, int, str]]:
    """Per clause of sentence ``index``: (start, end, verdict), offsets in the document."""
    sent = doc.sentences[index]
    text = sent.text
    pieces = clauses(text, True)
    rels = {(m.start() + 1, m.end()) for m in RELATIVE.finditer(text)}
    out = []
    for a, b in pieces:
        own = text[a:b]
        if (a, b) not in rels:
            # the main clause around a relative clause is one clause: "X, who debuted in 2020, are
            # reportedly preparing ...": the hedge after the relative covers the subject before it
            own += "".join(text[c:d] for c, d in pieces if (b, c) in rels or (d, a) in rels
                           or any(r0 == b and r1 == c for r0, r1 in rels) or any(r0 == d and r1 == a for r0, r1 in rels))
        out.append((sent.start + a, sent.start + b, classify(own, event)))
    return out


def _anchors(doc: Doc, f, participants: dict[str, set[str]]) -> list[int]:  # type: ignore[no-untyped-def]
    """Where the fact's entities are named in its sentence (an event: its participants)."""
    if f.p in DATED:
        # a date fact is stated where its date is: "denied that X will release it in December,
        # but said 'Y' comes out on December 6"
        at = [d.start for d in doc.dates if d.sentence == f.sentence and d.value == f.o]
        if at:
            return at
    keys = {f.s, f.o}
    at = []
    if f.s in participants:
        keys |= participants[f.s]
        # an event is also where its date is: "aespa, who debuted in 2020, are reportedly ..."
        days = {g.o for g in doc.facts if g.s == f.s and g.p == "eventDate"}
        at = [d.start for d in doc.dates if d.sentence == f.sentence and d.value in days]
    return at + [m.start for m in doc.mentions if m.sentence == f.sentence and m.entity in keys]


@component("certainty", requires=("facts",), provides=("certainty",))
def make_certainty() -> Callable[[Doc], Doc]:
    def certainty(doc: Doc) -> Doc:
        whole: dict[tuple[int, bool], str] = {}
        parts: dict[tuple[int, bool], list[tuple[int, int, str]]] = {}
        participants: dict[str, set[str]] = {}
        for f in doc.facts:
            if f.p == "participant":
                participants.setdefault(f.s, set()).add(f.o)
        for f in doc.facts:
            if f.p in UNHEDGED or f.sentence is None or f.sentence < 0 or f.sentence >= len(doc.sentences):
                continue
            event = f.p in DATED or f.s in participants or f.p == "eventType"
            wkey, pkey = (f.sentence, event), (f.sentence, event)
            if wkey not in whole:
                whole[wkey] = classify(doc.sentences[f.sentence].text, event)
            if whole[wkey] == "asserted":
                continue
            if pkey not in parts:
                parts[pkey] = _verdicts(doc, f.sentence, event)
            anchors = _anchors(doc, f, participants)
            wide = _sentence_wide().search(doc.sentences[f.sentence].text)
            if anchors and len(parts[pkey]) > 1 and not wide:
                found = [next((v for a, b, v in parts[pkey] if a <= pos < b), "asserted") for pos in anchors]
                # named in a plain clause too: stated there
                verdict = "asserted" if "asserted" in found else ("denied" if "denied" in found else "reported")
            else:
                verdict = whole[wkey]
            if verdict != "asserted":
                f.certainty = verdict  # type: ignore[assignment]
        return doc
    return certainty
