"""Award wins (run by the ``relations`` component).

A sentence is cut into clauses (``;``, ``:``, ``, and``, ``, while``); a clause with a winning
verb (``won``, ``took home``, ``went to``, ``recipients``...) gives one AwardWin event per
(winner, category). Categories are capitalised phrases with an award head word (``Best ...``,
``... of the Year``, ``Daesang``, ``... Award``); ``the Daesang for Artist of the Year`` becomes
``Artist of the Year (Daesang)``, ``the male counterpart`` the previous category with the
gender swapped. The award text is ``<category>, <ceremony>`` with the ceremony the article
names. Clauses that only speak of nominations make nothing: a nominee is not a winner.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ...kb import mint_iri
from ._common import alternation, patterns
from .events import Ev, _merge

if TYPE_CHECKING:
    from .relations import Extractor, View


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    a = patterns("awards")
    return {
        "verb": re.compile(rf"(?i:\b{alternation(a['win_verbs'])}\b)"),
        "nominee": re.compile(rf"(?i:\b{alternation(a['nominee_words'])}\b)"),
        "ceremony": re.compile(rf"(?P<c>(?:(?:19|20)\d{{2}}\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}?{alternation(a['ceremony_suffixes'])})\b"),
        "seq": re.compile(r"(?:[A-Z0-9][\w&'’-]*)(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+(?=[A-Z]))?[A-Z0-9][\w&'’-]*)*(?:\s+(?i:award|prize))?"),
        "head": re.compile(rf"(?:\b{alternation(a['category_heads'])}\b|{alternation(a['category_suffixes'])}$)"),
        "counterpart": re.compile(r"(?i:\bthe\s+(?P<g>male|female|men's|women's|boy|girl)\s+(?:counterpart|equivalent|version))"),
    }


COUNTERPART = "\x00counterpart"


def _swap(category: str, swaps: list[list[str]]) -> str:
    """'Best Solo Female Artist' -> 'Best Solo Male Artist' (and back)."""
    out = []
    for word in category.split():
        for a, b in swaps:
            if word == a:
                word = b
                break
            if word == b:
                word = a
                break
        out.append(word)
    return " ".join(out)


def _ceremony(text: str) -> str | None:
    found = Counter(m.group("c").strip() for m in _rx()["ceremony"].finditer(text))
    if not found:
        return None
    with_year = [c for c in found if re.match(r"(?:19|20)\d{2}\s", c)]
    pool = with_year or list(found)
    return max(pool, key=lambda c: (found[c] + sum(found[o] for o in found if o != c and o in c), len(c)))


def _local_ceremony(sentence: str, ceremony: str | None) -> str | None:
    """The article's ceremony, unless the sentence names only another one ('had already been
    named Song of the Year at the MAMA Awards in November')."""
    here = {m.group("c").strip() for m in _rx()["ceremony"].finditer(sentence)}
    if not here or not ceremony or any(ceremony in c or c in ceremony for c in here):
        return ceremony
    return _ceremony(sentence)


def _categories(clause: str, ceremony: str | None) -> list[tuple[int, str]]:
    rx = _rx()
    daesang = alternation(patterns("awards")["daesang_words"])
    out = []
    for m in rx["seq"].finditer(clause):
        cat = m.group().strip()
        if ceremony and (cat in ceremony or ceremony in cat):
            continue
        if re.search(r"\bAwards$", cat):
            continue
        cat = re.sub(r"\s+(?:award|prize)$", "", cat)
        cat = re.sub(r"^(?:\d+|[Tt]he)\s+", "", cat)
        mm = re.match(rf"(?P<big>{daesang})\s+for\s+(?P<cat>.+)$", cat)
        if mm:
            cat = f"{mm.group('cat')} ({mm.group('big')})"
        if not rx["head"].search(cat):
            continue
        # "Best Song of the Year and Best Female Group" -> two categories; a conjunct without an
        # award head stays with the one before it ("Best R&B and Soul Album" is one category)
        parts: list[str] = []
        for part in re.split(r"\s+and\s+(?=[A-Z0-9])", cat):
            if parts and not rx["head"].search(part):
                parts[-1] = f"{parts[-1]} and {part}"
            else:
                parts.append(part)
        offset = m.start()
        for part in parts:
            if rx["head"].search(part) and len(part.split()) <= 8:
                out.append((offset, part.strip()))
            offset += len(part) + 5
    return out


def extract(x: "Extractor") -> None:
    rx = _rx()
    ceremony = _ceremony(x.doc.text)
    swaps = patterns("awards")["gender_swaps"]
    last_category: str | None = None
    events: list[Ev] = []
    work_participant: dict[int, str] = {}
    for v in x.views:
        subject: str | None = None
        for cs, ce in _clauses(v.text):
            clause = v.text[cs:ce]
            verbs = list(rx["verb"].finditer(clause))
            nominee = rx["nominee"].search(clause)
            if not verbs:
                continue
            cats = _categories(clause, ceremony)
            for m in rx["counterpart"].finditer(clause):
                cats.append((m.start(), COUNTERPART))
            cats.sort()
            if not cats:
                continue
            cat_end = {cat: clause.find(cat, pos) + len(cat) for pos, cat in cats if clause.find(cat, pos) >= 0}
            for i, vm in enumerate(verbs):
                nxt = verbs[i + 1].start() if i + 1 < len(verbs) else len(clause)
                prev = verbs[i - 1].end() if i else 0
                word = vm.group().lower()
                if nominee and nominee.start() < vm.start() and not re.search(r"(?i)\b(?:won|win|claimed|took)\b", clause[nominee.end():vm.end()]) \
                        and "," not in clause[nominee.end():vm.start()]:
                    continue
                if word in ("went to", "goes to", "awarded") or (word == "given" and re.match(r"\s+to\b", clause[vm.end():])):
                    mine = [c for c in cats if prev <= c[0] < vm.start()] or [c for c in cats if c[0] < vm.start()][-1:]
                    winners = [it.key for it in v.items if it.kind in "AG" and cs + vm.end() <= it.pos < cs + nxt][:1]
                elif word in ("winners", "winner", "recipients", "recipient", "among the winners"):
                    mine = [c for c in cats if c[0] < vm.start()][-1:] or [c for c in cats if vm.end() <= c[0] < nxt][:1]
                    winners = [it.key for it in v.items if it.kind in "AG" and cs <= it.pos < cs + ce - cs]
                    if not winners:
                        w = _subject(x, v, cs, cs + vm.start()) or subject
                        winners = [w] if w else []
                else:
                    mine = [c for c in cats if vm.end() <= c[0] < nxt]
                    work = _work_subject(x, v, cs + prev, cs + vm.start())
                    if work:  # "The album also won the Daesang": the work and its artists
                        winners = x.performers(work)[:1]
                        work_participant[id(vm)] = work
                    else:
                        w = (_subject(x, v, cs + prev, cs + vm.start()) or _subject(x, v, cs, cs + vm.start()) or subject
                             or x.res.subject(v.index, cs + vm.start(), "AG"))
                        winners = [w] if w else []
                for cpos, cat in mine:
                    if cpos > vm.end() and rx["nominee"].search(clause, vm.end(), cpos):
                        continue  # "earned them a nomination for Best ...": a nominee, not a winner
                    if cat == COUNTERPART:
                        if not last_category:
                            continue
                        cat = _swap(last_category, swaps)
                    last_category = cat
                    for w in winners:
                        if not w:
                            continue
                        subject = w
                        here = _local_ceremony(v.text, ceremony)
                        label = f"{cat}, {here}" if here else cat
                        when = x.date_for(v, cs + vm.start(), cs + vm.end(), [], max_gap=60)
                        ev = Ev("AwardWin", [w], v.index, cs + vm.start(), cs + vm.end(), when, label=label,
                                label_pred="award")
                        if id(vm) in work_participant:
                            work = work_participant[id(vm)]
                            ent = x.doc.entities[work]
                            if re.search(r"\bAlbum\b", cat) and ent.types == {"Song"}:
                                ent.types = {"Album"}
                                ent.iri = mint_iri("Album", ent.name)
                            ev.participants.append(work)
                        if re.search(r"\bAlbum\b", cat):
                            works = [it for it in v.items if it.kind in "SL" and it.pos >= cs + vm.start() and it.pos < ce]
                            for it in works[:1]:
                                ent = x.doc.entities[it.key]
                                if "Song" in ent.types:
                                    ent.types = {"Album"}
                                    ent.iri = mint_iri("Album", ent.name)
                                ev.participants.append(it.key)
                        else:
                            # "Song of the Year for 'Ditto'", "the Digital Daesang for their hit 'Ditto'"
                            after_cat = re.match(r"\s+for\s+(?:(?:their|his|her|its|the)\s+(?:[\w-]+\s+){0,2}?)?[\"'‘“]?«[SL](\d+)»", clause[cat_end.get(cat, 0):])
                            if after_cat and (re.search(r"\b(?:Song|Record|Track|Video|Performance|Collaboration|Single|Daesang|Bonsang)\b", cat)
                                              or after_cat.group().split()[1].lower() in ("their", "his", "her", "its")):
                                ev.participants.append(v.item(after_cat.group(1)).key)
                            # "..., crowning 'Love Dive' as the song of the year": the song the win honours
                            crown = re.search(r",\s+(?:crowning|honou?ring|recogni[sz]ing|rewarding)\s+[\"'‘“]?«S(\d+)»", clause[cat_end.get(cat, 0):])
                            if crown and not after_cat:
                                ev.participants.append(v.item(crown.group(1)).key)
                            # "... named Song of the Year ... for the same track": the song of the win before
                            same = re.search(r"\bfor\s+the\s+same\s+(?:track|song|single)\b", clause[cat_end.get(cat, 0):])
                            if same and not after_cat:
                                earlier = [s for e in events for s in e.participants
                                           if s in x.doc.entities and "Song" in x.doc.entities[s].types]
                                if earlier:
                                    ev.participants.append(earlier[-1])
                        events.append(ev)
    events += _winner_lines(x, ceremony)
    when = _ceremony_date(x, ceremony) if ceremony else None
    for ev in events:
        if not ceremony or (ev.label or "").endswith(ceremony):
            ev.date = ev.date or when  # another ceremony's win keeps its own date
    _merge_awards(x, events)


def _winner_lines(x: "Extractor", ceremony: str | None) -> list[Ev]:
    """Winners lists: 'Daesang (Album): SEVENTEEN', 'Rookie of the Year - ZEROBASEONE, RIIZE'."""
    rx = _rx()
    if not (ceremony or re.search(r"(?i:\bwinners?\b)", x.doc.text)):
        return []
    out = []
    for v in x.views:
        m = re.match(r"\W*(?P<cat>[A-Z][^:«\n]{1,60}?)\s*(?::|\s[-–—]\s)\s*(?P<rest>.+)$", v.text)
        if not m or rx["nominee"].search(v.text):
            continue
        cat = m.group("cat").strip()
        cat = re.sub(rf"^({alternation(patterns('awards')['daesang_words'])})\s*\((?P<k>[^)]+)\)$", r"\1 (\2)", cat)
        if not rx["head"].search(cat) or len(cat.split()) > 8:
            continue
        rest_start = m.start("rest")
        winners = [it for it in v.items if it.kind in "AG" and it.pos >= rest_start
                   and not re.match(r"(?:'s|’s|'|’)\s+«A", v.text[it.end:it.end + 6])]
        works = [it.key for it in v.items if it.kind in "SL" and it.pos >= rest_start]
        for w in winners:
            label = f"{cat}, {ceremony}" if ceremony else cat
            ev = Ev("AwardWin", [w.key] + works[:1], v.index, m.start("cat"), m.end("cat"), None, label=label,
                    label_pred="award")
            out.append(ev)
    return out


def _ceremony_date(x: "Extractor", ceremony: str) -> str | None:
    """'at the 2021 American Music Awards (AMAs) on Sunday', '... Awards in Bangkok on Saturday':
    the ceremony's day."""
    for v in x.views:
        i = v.text.find(ceremony)
        if i < 0:
            continue
        m = re.match(r"(?:\s*\([^)]{1,20}\))?(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*(?:,\s*)?(?:(?:which\s+)?(?:was\s+)?(?:held|took\s+place|kicked\s+off)\s+)?(?:on|in)?\s*«T(\d+)»", v.text[i + len(ceremony):])
        if m and v.item(m.group(1)).key:
            return v.item(m.group(1)).key
        # "Sunday night in Los Angeles, the septet was named ... at the American Music Awards"
        lead = re.match(r"\W*(?:(?:On|Last|Late|Early)\s+)?«T(\d+)»(?:\s+(?:night|evening|afternoon|morning))?\s*(?:,|\s+in\s+[A-Z][\w\s]{0,30}?,)", v.text)
        if lead and v.item(lead.group(1)).key and len(v.item(lead.group(1)).key) == 10:
            return v.item(lead.group(1)).key
    return None


def _merge_awards(x: "Extractor", events: list[Ev]) -> None:
    """One event per (winner, category)."""
    _merge(x, events)


def _work_subject(x: "Extractor", v: "View", start: int, end: int) -> str | None:
    """A song or album as the clause's subject: 'FML won ...', 'The album also won ...'."""
    t = v.text[start:end]
    m = re.match(r"\W*(?:(?:(?i:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?)?[\"'‘“]?«[SL](?P<n>\d+)»[\"'’”]?|(?i:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?i:(?P<k>album|record|EP|song|track|single))\b)", t)
    if not m or re.search(r"«[AG]\d+»", t):
        return None
    if m.group("n"):
        return v.item(m.group("n")).key
    kind = "LS" if m.group("k").lower() in ("album", "record", "ep") else "S"
    return x.nearby_song(v.index, start, kind)


def _subject(x: "Extractor", v: "View", start: int, end: int) -> str | None:
    """The winner named before a verb: the last artist/group (a group's possessive is skipped),
    or a pronoun / 'the group itself'."""
    t = v.text
    items = [it for it in v.items if it.kind in "AG" and start <= it.pos < end
             and not re.match(r"(?:'s|’s|'|’)\s+«A", t[it.end:it.end + 6])]
    if items:
        return items[-1].key
    m = re.search(rf"(?i:\b(?P<p>they|he|she|{x.c['group_ana']}|{x.c['artist_ana']})\b)", t[start:end])
    if m:
        return x.res.pronoun(m.group("p").replace(" itself", ""), v.index, start + m.start())
    return None


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0]
    in_list = False
    for m in re.finditer(r";|:\s|,[\"'’”]?\s+and\s+|,?\s+while\s+|,?\s+but\s+|,?\s+whereas\s+|\s+and\s+(?=(?:they|he|she|it)\b)", text):
        if m.group().startswith(":") and re.search(r"(?i:\b(?:all|both|each|the\s+following|\w+\s+(?:awards|trophies|prizes|categories))(?:\s+of\s+them)?\s*$)", text[cuts[-1]:m.start()]):
            in_list = True  # "swept all of them: A, B, and C" is one clause
            continue
        if in_list and "and" in m.group() and not m.group().startswith(";"):
            continue
        in_list = False
        cuts.append(m.end())
    cuts.append(len(text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


__all__ = ["extract"]
