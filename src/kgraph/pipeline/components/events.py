"""Events of an article (run by the ``relations`` component).

Trigger words per event kind come from ``data/patterns/events.json``. A trigger makes an event
only when it has a participant: a possessive or pronoun right before it (``V's military
enlistment``, ``his discharge``), else the first artist of its sentence. Events of one kind
and participant are one event per article (an article mentions an enlistment many times).
The event's date is the nearest date whose nearest trigger is this one, so the date of a
video release in the same sentence is not taken for an enlistment. Chart achievements
carry their text (``Perfect All-Kill``, ``No. 4 on UK Official Singles Chart``) and the
song. ``before`` comes from order words between two events (``ahead of``, ``after``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ...kb import mint_iri, slugify
from ...vocab import RES
from ..doc import Entity
from ._common import alternation, patterns
from .relations import MEMBER_APPOSITION

if TYPE_CHECKING:
    from .relations import Extractor, Item, View

LETTERS = {"Artist": "A", "Group": "G"}


@dataclass
class Ev:
    kind: str
    participants: list[str]
    sentence: int
    pos: int
    end: int
    date: str | None = None
    about: str | None = None
    label: str | None = None
    label_pred: str | None = None
    key: str | None = None
    songs: list[str] = field(default_factory=list)
    own_date: bool = False  # one of several dated events of one kind ("two concerts on May 1 and 2")


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    e = patterns("events")
    out = {}
    for kind, items in e["triggers"].items():
        alts = [f"(?:{i})" if "[A-Z]" in i else f"(?i:{i})" for i in items]
        out[kind] = re.compile(r"\b(?:" + "|".join(alts) + r")")
    return out


@lru_cache(maxsize=1)
def _any_trigger() -> re.Pattern[str]:
    """All event and chart triggers as one pattern: most sentences have none."""
    parts = [rx.pattern for rx in _compiled().values()]
    pak, rank, _ = _chart()
    parts += [pak.pattern] + [r.pattern for r in rank] + [_milestone_rx().pattern, _music_show_rx().pattern]
    return re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p)})" for p in parts))


@lru_cache(maxsize=1)
def _order() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    e = patterns("events")
    before = re.compile(rf"(?i:\b{alternation(e['before_words'])}\b)")
    after = re.compile(rf"(?i:\b{alternation(e['after_words'])}\b)")
    generic = re.compile(rf"(?i:^\W*(?:{alternation(e['generic_subjects'])})\b)")
    return before, after, generic


@lru_cache(maxsize=1)
def _chart() -> tuple[re.Pattern[str], list[re.Pattern[str]], str]:
    c = patterns("events")["charts"]
    pak_words = [w for w in c["pak_aliases"] if w != "PAK"]
    pak = re.compile(r"(?:\bPAK\b|(?i:\b" + alternation(pak_words) + r"))")
    cap = r"[A-Z0-9][\w.&'’-]*\s+"
    qual = alternation(c.get("chart_qualifiers", []))
    chart = (rf"(?P<chart>(?:(?:{cap}){{0,5}}?(?:Chart|Charts|Hot\s+100|Billboard\s+200|Global\s+200|Global\s+Excl\.\s+US|Top\s+\d+|Singles|Albums)"
             rf"|(?:{cap}){{1,5}}?(?:{qual}\s+){{0,2}}[Cc]harts?"
             rf"|(?:{alternation(c.get('chart_services', []))})(?:(?:'s|’s)?\s+(?:{qual}\s+){{0,2}}[Cc]harts?)?(?:\s+and\s+(?:{alternation(c.get('chart_services', []))}))*\b(?!\s+[A-Z]))(?:\s+[Cc]harts?)?)")
    rank = [
        re.compile(rf"(?:No\.|[Nn]umber|#)\s*(?P<n>\d+)\s+(?:spot\s+)?on\s+(?:the\s+)?{chart}"),
        re.compile(rf"(?:the\s+)?{chart}\s+at\s+(?:No\.|[Nn]umber|#)\s*(?P<n>\d+)"),
        # "scored their sixth Hot 100 No. 1 with 'X'"
        re.compile(rf"\b(?:their|his|her|its|a|an|the)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|[\w-]+)\s+)?{chart}\s+(?:No\.|#)\s*(?P<n>\d+)\b(?!\s+(?:on|in|at)\b)"),
        re.compile(rf"(?i:\b(?:topped|tops|topping|top\s+of|atop))\s+(?:the\s+)?{chart}"),
        re.compile(rf"\b(?i:claim(?:ed|s)?|t[oa]ok|grabbed|secured|reach(?:ed|es)?|hit|hits|earned|rank(?:ed|s)?|top(?:ped|s)|land(?:ed|s)?)\s+"
                   rf"(?i:(?:the\s+)?(?:top\s+spot|No\.\s*1\s+spot|number\s+one\s+spot|number\s+one|first\s+place|first|top))\s+(?:on|of|in)\s+(?:the\s+)?{chart}"),
        re.compile(rf"\b(?i:reach(?:ed|es)?|hit|hits|claim(?:ed|s)?|t[oa]ok|tak(?:es|ing)|climb(?:ed|s)?\s+to|rose\s+to|land(?:ed|s)?\s+(?:at|on))\s+"
                   rf"(?i:the\s+{alternation(c.get('summit_words', ['summit']))})\s+of\s+(?:the\s+)?{chart}"),
    ]
    return pak, rank, c["pak_name"]


@lru_cache(maxsize=4096)
def has_trigger(text: str) -> bool:
    return _any_trigger().search(text) is not None


def trigger_positions(text: str) -> list[int]:
    if not has_trigger(text) and not BARE_RANK.search(text):
        return []
    out = []
    for rx in _compiled().values():
        out += [m.start() for m in rx.finditer(text)]
    pak, rank, _ = _chart()
    out += [m.start() for m in pak.finditer(text)]
    for rx in rank:
        out += [m.start() for m in rx.finditer(text)]
    out += [m.start() for m in BARE_RANK.finditer(text)]
    out += [m.start() for m in _milestone_rx().finditer(text)]
    out += [m.start() for m in _music_show_rx().finditer(text)]
    return out


def _participant(x: "Extractor", v: "View", start: int, end: int, letters: str) -> str | None:
    t = v.text
    left = t[max(0, start - 60):start]
    # "Jin thanked fans since the group's debut", "... since the group debuted": the group's event
    g = re.search(rf"\b(?P<a>{x.c['group_ana']}|{x.c['artist_ana']})(?:(?:'s|’s|')\s+(?:[\w-]+\s+){{0,2}}|\s+(?:(?:first|officially|had|has|have|originally)\s+)?)$", left)
    if g:
        key = x.res.pronoun(g.group("a"), v.index, start - len(left) + g.start())
        if key and _letter(x, key) in letters:
            return key
    m = re.search(rf"(?:«(?P<k>[{letters}])(?P<n>\d+)»(?:'s|’s|'|’)|\b(?P<p>(?i:his|her|their|its)))\s+(?:[\w-]+\s+){{0,3}}$", left)
    if m:
        if m.group("n"):
            return v.item(m.group("n")).key
        key = x.res.pronoun(m.group("p"), v.index, start)
        if key and _letter(x, key) in letters:
            return key
    clause_start = clause_start_of(t, start)
    near = [it for it in v.items if it.kind in letters and clause_start <= it.pos and it.end <= start
            and start - it.end <= 45 and not re.search(r"[,;:(]", t[it.end:start])
            and not re.search(r"«", t[it.end:start])
            and not _object_of_preposition(v, it)
            and not re.match(r"(?:'s|’s|'|’)", t[it.end:it.end + 2])]
    if near:
        return near[-1].key
    ana = list(re.finditer(rf"\b(?:{x.c['artist_ana']}|{x.c['group_ana']})\b(?!\s*(?:'s|’s))", t[clause_start:start]))
    listed = ana and re.match(rf"{MEMBER_APPOSITION}(?:«A\d+»\s*(?:,|and|,\s*and)\s*)*«A\d+»\s*,", t[clause_start + ana[-1].end():start])
    if ana and (listed or not any(it.kind in letters and clause_start + ana[-1].end() <= it.pos < start for it in v.items)):
        key = x.res.pronoun(ana[-1].group(), v.index, clause_start + ana[-1].start())
        if key and _letter(x, key) in letters:
            return key
    sp = re.search(r"\b(?P<p>he|she|they)\s+(?:[\w-]+\s+){0,4}$", t[clause_start:start])
    if sp and "«" not in t[clause_start + sp.end():start]:
        # "the agency behind BTS said he will hold a fan meeting": the pronoun is the subject
        at = clause_start + sp.start()
        first = re.search(rf"\b{sp.group('p')}\b", t[:at])
        if first and not re.search(r"«A\d+»(?!'s|’s)", t[:first.start()]):
            at = first.start()  # "That night he joined X's band ..., weeks before he reported": the same he
        key = x.res.pronoun(sp.group("p"), v.index, at)
        if key and _letter(x, key) in letters:
            return key
    lead = re.match(r"\W*(?:[\w,]+\s+){0,3}?(?P<p>he|she|they)\s+", t[clause_start:start])
    if lead and "«" not in t[clause_start:clause_start + lead.start("p")]:
        # "That night he joined Chris Martin's band on stage": the pronoun subject, not the owner
        key = x.res.pronoun(lead.group("p"), v.index, clause_start + lead.start("p"))
        if key and _letter(x, key) in letters:
            return key
    for it in v.items:
        if it.kind == "G" and re.match(r"(?:'s|’s|'|’)\s+«A", t[it.end:it.end + 6]):
            continue  # "BTS' V": V is the subject
        if it.kind in letters and clause_start <= it.pos < start:
            if (it.pos > clause_start and _object_of_preposition(v, it, "AG")) or re.search(r",\s+(?:who|which)\b[^,]*$", t[clause_start:it.pos]):
                continue  # "The singer, who enlisted alongside Jungkook, is ...": not the subject
            return it.key
    m = re.match(rf"\W*(?P<p>He|She|They|{x.c['artist_ana']}|{x.c['group_ana']})\b", t, re.I)
    if m and m.start("p") < start:
        key = x.res.pronoun(m.group("p"), v.index, start)
        if key and _letter(x, key) in letters:
            return key
    m = re.match(rf"\s+(?:of|by|for)\s+(?:(?:the\s+)?[\w-]+\s+){{0,2}}?«(?P<k>[{letters}])(?P<n>\d+)»", t[end:end + 50])
    if m:
        return v.item(m.group("n")).key
    if clause_start > 0 and re.match(r"\s*(?:(?:he|she|they|it)\s+)?(?:(?:was|were|is|are|has|have|had|will|then|later|also)\s+)*\w+", t[clause_start:start]):
        # "X enlisted in 2022, and was discharged in 2024": the sentence's subject
        return x.res.subject(v.index, clause_start, letters)
    own = re.search(r"\b(?P<p>his|her|their)\b", t[start:end])
    if own and re.search(r"(?i:\b(?:since|after|before|while|upon|on)\s+)$", t[max(0, start - 8):start]):
        # "his first comeback since wrapping up his military service": the gerund's own possessive
        key = x.res.pronoun(own.group("p"), v.index, start)
        if key and _letter(x, key) in letters:
            return key
    return None


COMPARED_OWNER = re.compile(r"(?i:\b(?:than|like|unlike|after|before|following|behind|surpassing|overtaking|beating|as\s+with|compared\s+(?:to|with))\s+(?:the\s+)?)«[AG](?P<n>\d+)»(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}$")


def _compared_act(x: "Extractor", v: "View", who: str, start: int) -> bool:
    """'a month after BTS' fan meeting', 'more than BTS' debut': another act's event named only as
    a yardstick is not reported by the article (the act in focus keeps its own)."""
    m = COMPARED_OWNER.search(v.text[max(0, start - 80):start])
    if not m or v.item(m.group("n")).key != who:
        return False
    return who != x.res.salient(len(x.views) - 1, "AG")


DISTANCE_BEFORE = re.compile(r"(?i:\b(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|since|following|ahead\s+of)\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w'’-]+\s+){0,2}$)")


def clause_start_of(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after ';', ', while', ', but', ', and', ', whereas')."""
    best = 0
    for sep in (";", ", while ", ", but ", ", and ", ", whereas ", " while ", " whereas ", ", with ", " -- ", " — ", ": "):
        i = text.rfind(sep, 0, pos)
        if i >= 0:
            best = max(best, i + len(sep))
    return best


PREPOSITION_BEFORE = re.compile(r"\b(?:with|by|featuring|feat\.|alongside|to|for|of|at|from|than|like|including|into|about)\s+$")


def _object_of_preposition(v: "View", item: "Item", kinds: str = "") -> bool:
    """'with IU', 'with IU and V': the head of the conjunct chain follows a preposition (with
    ``kinds``, the chain only runs through items of those kinds)."""
    t = v.text
    items = v.items
    k = items.index(item)
    while k > 0 and (not kinds or items[k - 1].kind in kinds) and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", t[items[k - 1].end:items[k].pos]):
        k -= 1
    i = items.index(item)
    gaps = [t[items[j].end:items[j + 1].pos] for j in range(k, i)]
    if i + 1 < len(items):
        gaps.append(t[item.end:items[i + 1].pos])
    if k < i and not any(re.search(r"\band\b|&", g) for g in gaps):
        k = i  # "Led by Hongjoong, ATEEZ debuted": a bare comma after a fronted phrase is no list
    head = items[k]
    return bool(PREPOSITION_BEFORE.search(t[max(0, head.pos - 14):head.pos]))


def _conjuncts(x: "Extractor", v: "View", who: str, start: int, letters: str) -> list[str]:
    """Others named with the participant: 'Jimin and Jungkook of BTS enlisted' -> Jungkook."""
    t = v.text
    items = [it for it in v.items if it.pos < start]
    idx = [i for i, it in enumerate(items) if it.key == who]
    if not idx:
        return []
    out = []
    i = idx[-1]  # the mention nearest the trigger
    j = i
    while j > 0 and items[j - 1].kind in letters and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", t[items[j - 1].end:items[j].pos]):
        out.append(items[j - 1].key)
        j -= 1
    while i + 1 < len(items):
        gap = t[items[i].end:items[i + 1].pos]
        if not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", gap) or items[i + 1].kind not in letters:
            break
        out.append(items[i + 1].key)
        i += 1
    chain = t[items[j].end:start]
    if out and not re.search(r"\band\b|&", chain):
        return []  # "Led by Hongjoong, ATEEZ debuted": a bare comma is no list
    return out


LIST_GAP = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)"


def _relative_antecedents(v: "View", start: int, letters: str) -> list[str]:
    """'..., after Taeyang and T.O.P, who enlisted in March': the trigger of a 'who' clause is
    about the people the clause hangs on, not the sentence's subject."""
    m = re.search(rf"«[{letters}]\d+»(?:{LIST_GAP}«[{letters}]\d+»)*\s*,?\s+who\s+(?:(?!«)[\w'’-]+\s+){{0,4}}$", v.text[:start])
    if not m:
        return []
    return [k for k in dict.fromkeys(v.item(n).key for n in re.findall(r"«[A-Z](\d+)»", m.group())) if k]


def respective(v: "View", end: int, count: int, kinds: str) -> list[str]:
    """'... in March and February respectively': the ``count`` items of ``kinds`` listed just
    before 'respectively' in the clause after ``end``, in order (else none)."""
    q = r"[\"'‘’“”]?"
    m = re.compile(rf"(?:(?:on|in)\s+)?{q}«[{kinds}](\d+)»{q}(?:{LIST_GAP}(?:(?:on|in)\s+)?{q}«[{kinds}]\d+»{q})+,?\s+respectively\b"
                   ).search(v.text, end, end + 160)
    if not m or re.search(r"[;]", v.text[end:m.start()]):
        return []
    keys = [v.item(n).key for n in re.findall(r"«[A-Z](\d+)»", m.group())]
    return keys if len(keys) == count and all(keys) else []


AS_DID = re.compile(r"\s*,?\s+(?:as\s+did|and\s+so\s+did|as\s+have|as\s+has|and\s+so\s+have|and\s+so\s+has)\s+(?:(?:his|her|their|fellow)\s+)?(?:(?:members?|bandmates?)\s+)?"
                    r"(?P<who>«[AG]\d+»(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)«[AG]\d+»)*)(?!\s*(?:'s|’s))")


def _clause_end(text: str, pos: int) -> int:
    """Where the phrase after a trigger ends: before ', as did' (or the end of the sentence)."""
    m = re.compile(r"[^,;.]*").match(text, pos)
    return m.end() if m else pos


def _yardstick_order(x: "Extractor", between: str, b: Ev) -> bool:
    """An order word whose object is another named act ('after Jin's') relates to that act's event,
    not to the next event of the sentence, unless that act takes part in it."""
    orders = list(re.finditer(rf"(?i:\b(?:after|before|following|ahead\s+of|prior\s+to)\s+(?:(?:fellow|bandmates?|members?)\s+)*)«[AG]\d+»(?:{LIST_GAP}«[AG]\d+»)*", between))
    if not orders:
        return False
    last = orders[-1]
    if re.search(r"(?i:\b(?:after|before|following|ahead\s+of|prior\s+to)\b)", between[last.end():]):
        return False  # another order word later decides
    items = x.views[b.sentence].items
    keys = {items[int(n)].key for n in re.findall(r"«[AG](\d+)»", last.group()) if int(n) < len(items)}
    return bool(keys) and not keys & set(b.participants)


def _letter(x: "Extractor", key: str) -> str:
    e = x.doc.entities.get(key)
    if not e:
        return "?"
    return "G" if "Group" in e.types else ("A" if e.types & {"Artist", "Director"} else "?")


def extract(x: "Extractor") -> None:
    e_types = patterns("events")["participant_types"]
    before_rx, after_rx, generic_rx = _order()
    pak, rank, pak_name = _chart()
    events: list[Ev] = []
    per_sentence: dict[int, list[Ev]] = {}
    for v in x.views:
        anchors = x.anchors(v)
        found: list[Ev] = []
        for cm in CHART_NAME.finditer(v.text):  # remembered for later bare ranks ("at No. 2")
            x.__dict__.setdefault("_chart_mentions", []).append(
                (v.index, cm.start(), re.sub(r"^(?:the|The|US|U\.S\.)\s+", "", cm.group().strip())))
        if not has_trigger(v.text) and not BARE_RANK.search(v.text) and "launched" not in v.text:
            per_sentence[v.index] = found
            continue
        for kind, rx in _compiled().items():
            letters = "".join(LETTERS[t] for t in e_types.get(kind, ["Artist", "Group"]))
            for m in rx.finditer(v.text):
                if any(f.pos <= m.start() < f.end for f in found):
                    continue
                if EXPECTED_TO.search(v.text[max(0, m.start() - 40):m.start()]):
                    continue  # "are expected to complete their service by June": a forecast, no event
                pair = _plural_anaphor(x, v, m.start()) if "A" in letters else []
                if pair:  # "The two enlisted together on ...": the pair named in the sentence before
                    when = x.date_for(v, m.start(), m.end(), anchors)
                    if kind.startswith("Military"):
                        found.extend(Ev(kind, [a], v.index, m.start(), m.end(), when) for a in pair)
                    else:
                        found.append(Ev(kind, list(pair), v.index, m.start(), m.end(), when))
                    continue
                antecedents = _relative_antecedents(v, m.start(), letters)
                if antecedents:  # "after Taeyang and T.O.P, who enlisted in March and February respectively"
                    when = x.date_for(v, m.start(), m.end(), anchors)
                    dates = respective(v, m.end(), len(antecedents), "T")
                    if kind.startswith("Military") or dates:
                        found.extend(Ev(kind, [a], v.index, m.start(), m.end(), dates[i] if dates else when,
                                        own_date=bool(dates) and not kind.startswith("Military"))
                                     for i, a in enumerate(antecedents))
                    else:
                        found.append(Ev(kind, antecedents, v.index, m.start(), m.end(), when))
                    continue
                who = _participant(x, v, m.start(), m.end(), letters)
                if who is None:
                    continue
                if generic_rx.search(v.text) and not re.search(r"«[AG]\d+»", v.text[:m.start()]):
                    continue
                if _compared_act(x, v, who, m.start()):
                    continue
                if kind == "MilitaryTraining" and any(
                        f.kind == "MilitaryEnlistment" and who in f.participants and 0 <= m.start() - f.end <= 60
                        and not re.search(r"[;]|\b(?:and|then|before|after|later)\b", v.text[f.end:m.start()])
                        for f in found):
                    continue  # "enlisted on «T» at the boot camp", "enlisted, entering the boot camp": where
                when = x.date_for(v, m.start(), m.end(), anchors)
                if DISTANCE_BEFORE.search(v.text[max(0, m.start() - 60):m.start()]):
                    # "eight days after (their) debut": only a date right after the trigger is its own
                    own = re.match(r"\s+(?:(?:on|in)\s+)?«T(\d+)»", v.text[m.end():])
                    when = v.item(own.group(1)).key if own else None
                if kind in ("Debut", "Comeback") and re.search(
                        r"(?i:\b(?:anniversary\s+of|since|before|after|ahead\s+of)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?$)",
                        v.text[max(0, m.start() - 40):m.start()]) \
                        and not re.match(r"\s+(?:(?:on|in)\s+)?«T\d+»", v.text[m.end():]):
                    continue  # "one day before the first anniversary of their debut": a reference, not the event
                ev = Ev(kind, [who], v.index, m.start(), m.end(), when)
                if kind in ("Debut", "Comeback") and ev.date is None \
                        and re.search(r"(?i:\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?$)", v.text[max(0, m.start() - 25):m.start()]):
                    continue  # "since its debut": a reference, not the event
                split: list[Ev] = []
                for other in _conjuncts(x, v, who, m.start(), letters):
                    if kind.startswith("Military") and _letter(x, other) == "A" and _letter(x, who) == "A":
                        # "Taeyang and Daesung enlisted on ...": each serves their own service
                        split.append(Ev(kind, [other], v.index, m.start(), m.end(), when))
                    else:
                        ev.participants.append(other)
                found.extend(split)
                if split:  # "Jimin and V enlisted in March and June respectively": each their own date
                    people = sorted([ev, *split], key=lambda e: min((it.pos for it in v.items if it.key == e.participants[0]
                                                                    and it.pos < m.start()), default=m.start()))
                    for e, d in zip(people, respective(v, m.end(), len(people), "T")):
                        e.date = d
                found.extend(_gapped(x, v, kind, m.end(), letters))
                did = AS_DID.match(v.text, m.end()) or AS_DID.match(v.text, _clause_end(v.text, m.end()))
                for n in re.findall(r"«[AG](\d+)»", did.group("who")) if did else []:
                    other = v.item(n).key  # "Jimin enlisted in December, as did Jungkook"
                    if other and _letter(x, other) in letters and other not in ev.participants:
                        if kind.startswith("Military"):
                            found.append(Ev(kind, [other], v.index, m.start(), m.end(), when))
                        else:
                            ev.participants.append(other)
                if kind in ("Concert", "FanMeeting") and when:
                    # "two concerts on September 16 and 17": one event per day
                    days = re.compile(r"«T(\d+)»\s+(?:and|&)\s+«T(\d+)»").search(v.text, m.end(), m.end() + 120)
                    if days and v.item(days.group(1)).key == when and v.item(days.group(2)).key:
                        ev.own_date = True
                        found.append(Ev(kind, list(ev.participants), v.index, m.start(), m.end(),
                                        v.item(days.group(2)).key, own_date=True))
                for tw in re.finditer(r"\b(?:(?:together|along)\s+with|alongside)\s+(?:(?:his|her|their|fellow)\s+)?(?:(?:bandmates?|members?|fellow\s+members?)\s+)?«A(\d+)»", v.text[m.end():m.end() + 90]):
                    if kind.startswith("Military"):
                        ev.participants.append(v.item(tw.group(1)).key)
                if kind == "Comeback" and ev.date:
                    # "make a comeback on October 23 with their mini album 'X'": X comes out that day
                    work = re.search(r"\bwith\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,4}?[\"'‘“]?«[SL](\d+)»", v.text[m.end():m.end() + 120])
                    if work:
                        x.fact(v.item(work.group(1)).key, "releaseDate", ev.date, v.index, "release-date:comeback")
                if kind == "Concert" and re.search(r"(?i:join)", m.group()):
                    # "A joined B on stage", "A was joined on stage ... by B": both perform
                    guest = re.search(r"«[AG](\d+)»", m.group())
                    pron = re.search(r"\b(him|her|them)\s+on\s+stage", m.group())
                    if pron:
                        # an object pronoun is not the clause's subject: the previous sentence's
                        back = x.res.salient_recent(v.index, "G" if pron.group(1) == "them" else "A")
                        if back and back not in ev.participants and _letter(x, back) in letters:
                            ev.participants.append(back)
                    stop = re.search(r"[;.]", v.text[m.end():])
                    by = re.search(r"\bby\s+(?:(?:[\w-]+\s+){0,2}?)«[AG](\d+)»", v.text[m.end():m.end() + (stop.start() if stop else 200)])
                    for g in (guest, by):
                        key = v.item(g.group(1)).key if g else None
                        if key and key not in ev.participants:
                            ev.participants.append(key)
                    # the guest: the subject of "A joined (B) on stage", the agent of "was joined by B"
                    joiner = v.item(by.group(1)).key if by and re.search(r"(?i:\b(?:was|were)\s+joined)", m.group()) \
                        else (who if not re.search(r"(?i:\b(?:was|were)\s+joined)", m.group()) else None)
                    host = next((p for p in ev.participants if p != joiner), None)
                    if joiner:
                        x.__dict__.setdefault("_stage_guests", {}).setdefault(v.index, []).append((joiner, host))
                if kind == "Filming":
                    tail = v.text[m.end():]
                    stop = re.search(r"[;.]|\b(?:ahead|before|after)\b", tail)
                    tail = tail[:stop.start()] if stop else tail
                    for mm in re.finditer(r"\bwith\s+«A(\d+)»", tail):
                        ev.participants.append(v.item(mm.group(1)).key)
                    after_mv = [it for it in v.mvs if it.pos >= m.start()]
                    before_mv = [it for it in v.mvs if it.end <= m.start()]
                    mv = after_mv[0] if after_mv else (before_mv[-1] if before_mv else None)
                    ev.about = mv.key if mv else _recent_mv(x, v.index)
                found.append(ev)
        # "Chris Martin joined Jin on stage, his first show since his discharge": a stage guest
        # serves no military service of the host's sentence; the host does
        for at, guest, host in [(at, *g) for at, sent in x.__dict__.get("_stage_guests", {}).items() if v.index - 1 <= at <= v.index
                                for g in sent]:  # (this sentence or the one before: not the whole article)
            if at < v.index and any(it.key == guest for it in v.items):
                continue  # named again in the next sentence: "Later, Suga enlisted" is Suga's
            for ev in list(found):
                if ev.kind.startswith("Military") and ev.participants == [guest]:
                    if host and _letter(x, host) == "A":
                        ev.participants = [host]
                    else:
                        found.remove(ev)
        for ev in found:
            if ev.date is None and re.search(r"\bto\s+$", v.text[max(0, ev.pos - 4):ev.pos]):
                # "entered a training camp on Thursday to begin his service": the purpose shares its day
                prior = [f for f in found if f.date and set(ev.participants) <= set(f.participants)
                         and f.end <= ev.pos and not re.search(r"[;.]|,\s+(?:and|but)\b", v.text[f.end:ev.pos])]
                ev.date = prior[-1].date if prior else None
        dated = [e for e in found if e.own_date]
        if dated:  # "its world tour ... with two concerts on May 1 and 2": the undated mention is those
            found = [e for e in found if e.own_date or e.date or not any(
                d.kind == e.kind and set(d.participants) & set(e.participants) for d in dated)]
        found += _charts(x, v, anchors, pak, rank, pak_name)
        found += _milestones(x, v, anchors, found)
        found += _music_show_wins(x, v, anchors)
        found += _followed_by(x, v, found)
        found += _launched(x, v)
        found.sort(key=lambda e: e.pos)
        per_sentence[v.index] = found
        events += found
    merged = _merge(x, events)
    # order between events in one sentence
    for sent, evs in per_sentence.items():
        t = x.views[sent].text
        for i, a in enumerate(evs):
            for b in evs[i + 1:]:
                if a.key == b.key or a.key is None or b.key is None:
                    continue
                between = re.sub(r"\b\w+\s+«T\d+»", "«T»", t[a.end:b.pos])  # "since «T»" dates, not orders
                if _yardstick_order(x, between, b):
                    continue  # "J-Hope, whose enlistment came after Jin's, was discharged": Jin's enlistment
                if before_rx.search(between):
                    x.fact(a.key, "before", b.key, sent, "order:between")
                    _offset_date(x, a, b, between, -1)
                elif after_rx.search(between):
                    x.fact(b.key, "before", a.key, sent, "order:between")
                    _offset_date(x, a, b, between, 1)
            lead = t[max(0, a.pos - 25):a.pos]
            if re.search(r"(?i:\b(?:after|following|upon)\s+(?:[\w-]+\s+){0,3}$)", lead):
                for b in evs:
                    if b.pos > a.pos and b.key != a.key and b.key:
                        x.fact(a.key, "before", b.key, sent, "order:after-clause")
    _first_since(x, per_sentence)
    _release_around(x, events)
    del merged


AROUND = re.compile(r"^\W*(?P<w>Before|Ahead\s+of|Prior\s+to|After|Following)\s+(?:(?:his|her|their)\s+)?(?P<k>[\w-]+)\s*,\s*")


def _release_around(x: "Extractor", events: list[Ev]) -> None:
    """'Before enlisting, J-Hope released the single X': a Release event, ordered against the
    artist's enlistment (or discharge, debut) that the opening phrase names."""
    kinds = patterns("events").get("around_nouns", {})
    for v in x.views:
        m = AROUND.match(v.text)
        if not m or m.group("k").lower() not in kinds:
            continue
        rel = re.compile(rf"«(?P<k>[AG])(?P<a>\d+)»\s+(?:(?:also|had|has|first|quietly|then)\s+)*(?:{x.c['release']})\s+(?:[\w-]+\s+){{0,3}}?[\"'‘“]?«[SL](?P<s>\d+)»").match(v.text, m.end())
        if not rel:
            continue
        artist, work = v.item(rel.group("a")).key, v.item(rel.group("s")).key
        kind = kinds[m.group("k").lower()]
        target = next((e for e in events if e.kind == kind and e.key and artist in e.participants), None)
        if not artist or not work or not target:
            continue
        when = next((f.o for f in x.doc.facts if f.s == work and f.p == "releaseDate"), None)
        ev = Ev("Release", [artist, work], v.index, rel.start(), rel.end(), when)
        _merge(x, [ev])
        if ev.key:
            before = m.group("w").lower() in ("before", "ahead of", "prior to")
            x.fact(ev.key if before else target.key, "before", target.key if before else ev.key, v.index, "order:release-around")


OFFSET = re.compile(r"(?i:\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<u>days?|weeks?)\s+(?:after|before|ahead\s+of|following)\s+(?:[\w'’«»-]+\s+){0,6}$)")


def _offset_date(x: "Extractor", a: Ev, b: Ev, between: str, sign: int) -> None:
    """'A was discharged on Wednesday, a day after B completed their service': B's day is counted
    back (or forward, for 'before') from A's full date; only when B has no date of its own."""
    m = OFFSET.search(between)
    if not m or not a.date or len(a.date) != 10 or not b.key or any(f.s == b.key and f.p == "eventDate" for f in x.doc.facts):
        return
    from datetime import date, timedelta
    n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}.get(m.group("n").lower())
    n = n if n is not None else int(m.group("n"))
    days = n * (7 if m.group("u").lower().startswith("week") else 1)
    value = (date.fromisoformat(a.date) - timedelta(days=sign * days)).isoformat()
    x.fact(b.key, "eventDate", value, b.sentence, "event:offset-date")


FIRST_SINCE = re.compile(r"^\W*(?:It|This|That|The\s+(?:event|show|concert|appearance|meeting|gathering))\s+(?:"
                         r"(?:will\s+be|would\s+be|is|was|marks?|marked|becomes?|became)\s+(?P<p>his|her|their|its)\s+first\s+(?:[\w-]+\s+){0,2}?(?:event|appearance|performance|concert|show|stage|outing|activity)\s+(?P<w>since)"
                         r"|(?:takes|took|will\s+take)\s+place\s+(?:(?:just|only|exactly)\s+)?(?:(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+|shortly\s+)?(?P<w2>after|following|before|ahead\s+of))\s+"
                         r"(?:his|her|their|its)\s+(?P<k>[\w-]+)")


def _first_since(x: "Extractor", per_sentence: dict[int, list[Ev]]) -> None:
    """'He will meet fans tomorrow. It will be his first public event since his discharge.': the
    named earlier event comes before the event of the sentence before."""
    kinds = patterns("events").get("since_nouns", {})
    for v in x.views:
        m = FIRST_SINCE.match(v.text)
        if not m or not v.index or not per_sentence.get(v.index - 1) or m.group("k").lower() not in kinds:
            continue
        this = per_sentence[v.index - 1][-1]
        kind = kinds[m.group("k").lower()]
        if not this.key or this.kind == kind:
            continue
        later = (m.group("w2") or "").lower() in ("before", "ahead of")
        for evs in per_sentence.values():
            other = next((e for e in evs if e.kind == kind and e.key and set(e.participants) & set(this.participants)), None)
            if other:
                a, b = (this, other) if later else (other, this)
                x.fact(a.key, "before", b.key, v.index, "order:first-since")
                break


@lru_cache(maxsize=1)
def _plural_rx() -> re.Pattern[str]:
    return re.compile(rf"\W*(?i:{alternation(patterns('people')['plural_anaphors'])})\b")


def _plural_anaphor(x: "Extractor", v: "View", start: int) -> list[str]:
    """'The two' / 'Both' / 'The pair' opening the clause of a trigger: the artists named together
    ('A and B') first in the sentence before."""
    cs = clause_start_of(v.text, start)
    head = v.text[cs:start]
    if v.index == 0 or "«" in head or not _plural_rx().match(head):
        return []
    prev = x.views[v.index - 1]
    for m in re.finditer(r"«A(\d+)»((?:\s*(?:,|and|&|,\s*and)\s*«A\d+»)+)", prev.text):
        keys = [prev.item(m.group(1)).key] + [prev.item(n).key for n in re.findall(r"«A(\d+)»", m.group(2))]
        keys = [k for k in dict.fromkeys(keys) if k]
        return keys if len(keys) >= 2 else []
    return []


EXPECTED_TO = re.compile(r"(?i:\b(?:is|are|was|were)\s+(?:now\s+|also\s+|widely\s+)?expected\s+to\s+(?:be\s+)?$)")
GAPPED = re.compile(r"(?:,\s*|\s+)and\s+«([AG])(\d+)»\s+(?:(?:in|on|by)\s+)?«T(\d+)»\s*(?=[.;,]|$)")


def _gapped(x: "Extractor", v: "View", kind: str, end: int, letters: str) -> list[Ev]:
    """'A was discharged in June and B in October': the verb left out of the second conjunct
    still gives B the same kind of event, on B's own date."""
    m = GAPPED.search(v.text, end)
    if not m or m.group(1) not in letters or has_trigger(v.text[end:m.start()]) or re.search(r"[;]", v.text[end:m.start()]):
        return []
    who, when = v.item(m.group(2)).key, v.item(m.group(3)).key
    return [Ev(kind, [who], v.index, m.start(), m.end(), when)] if who and when else []


@lru_cache(maxsize=1)
def _milestone_rx() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns("events")["milestones"]["patterns"]))


def _milestones(x: "Extractor", v: "View", anchors: list[int], found: list[Ev]) -> list[Ev]:
    """'sold more than five million copies in its first week', 'passed one billion Spotify
    streams': a ChartAchievement whose text is the milestone, for the work named before it
    (or the one 'it' refers to) and its performer."""
    out: list[Ev] = []
    t = v.text
    for m in _milestone_rx().finditer(t):
        if any(f.pos <= m.start() < f.end for f in found):
            continue
        clause_start = clause_start_of(t, m.start())
        works = [it for it in v.items if it.kind in "SL" and clause_start <= it.end <= m.start()]
        song = works[-1].key if works else None
        ref = re.search(rf"(?i:\b(?:(?P<it>it|its)|(?P<song>{x.c['song_ana']})|(?P<album>the\s+(?:[\w-]+\s+)?(?:album|record|EP|mini\s+album|LP))))\b", t[:m.start()])
        if song is None and ref:
            song = x.res.recent(v.index, m.start(), "L" if ref.group("album") else ("S" if ref.group("song") else "SL"))
        who = [it.key for it in v.items if it.kind in "AG" and clause_start <= it.pos < m.start()
               and not _object_of_preposition(v, it)][:1]
        if song is None and not who:
            continue
        label = _unmask(x, v, m.group())
        ev = Ev("ChartAchievement", who, v.index, m.start(), m.end(), x.date_for(v, m.start(), m.end(), anchors),
                label=label, label_pred="achievement")
        ev.songs = [song] if song else []
        if not ev.participants and not ev.songs:
            continue
        out.append(ev)
    return out


def _unmask(x: "Extractor", v: "View", text: str) -> str:
    """Masked text back to words (each placeholder becomes its entity's name)."""
    def name(mm: re.Match[str]) -> str:
        key = v.item(mm.group(1)).key
        ent = x.doc.entities.get(key) if key else None
        return ent.name if ent else (key or "")
    return " ".join(re.sub(r"«[A-Z](\d+)»", name, text).split())


@lru_cache(maxsize=1)
def _music_show_rx() -> re.Pattern[str]:
    ms = patterns("events")["music_shows"]
    obj = r"(?P<obj>«[AG]\d+»|(?i:them|him|her)|(?i:the\s+(?:[\w-]+\s+)?(?:group|band|act|singer|soloist|rookies?|quintet|quartet|sextet|septet|trio|duo)))\s+"
    return re.compile(rf"\b(?i:{ms['verbs']})\s+(?:{obj})?(?P<prize>(?i:{ms['prize']}))\s+(?:on|at)\s+"
                      rf"(?:(?:the\s+)?(?:[A-Z][A-Za-z]*\s+){{0,2}}?[A-Z][A-Za-z]*(?:'s|’s)\s+)?(?P<show>{alternation(ms['shows'])})")


def _music_show_wins(x: "Extractor", v: "View", anchors: list[int]) -> list[Ev]:
    """'won first place on M Countdown': a music-show trophy (AwardWin '<prize>, <show>')."""
    out: list[Ev] = []
    for m in _music_show_rx().finditer(v.text):
        letters = "AG"
        obj = m.group("obj")
        if obj:  # "earned the group its first music show trophy": the object wins it
            named = re.fullmatch(r"«[AG](\d+)»", obj)
            who = v.item(named.group(1)).key if named else x.res.pronoun(obj, v.index, m.start("obj"))
        else:
            who = _participant(x, v, m.start(), m.end(), letters)
        if who is None:
            continue
        prize = re.sub(r"^(?i:(?:its|their|his|her|the|a|an)\s+)", "", m.group("prize"))
        label = f"{prize}, {' '.join(m.group('show').split())}"
        ev = Ev("AwardWin", [who], v.index, m.start(), m.end(), x.date_for(v, m.start(), m.end(), anchors),
                label=label, label_pred="award")
        for other in _conjuncts(x, v, who, m.start(), letters):
            ev.participants.append(other)
        song = re.match(r"(?:\s+(?:on\s+|in\s+)?«T\d+»)?\s+(?:(?:with|for)\s+)(?:(?:the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?[\"'‘“]?«S(\d+)»", v.text[m.end():m.end() + 60])
        if song:
            ev.songs = [v.item(song.group(1)).key]
        out.append(ev)
    return out


def _followed_by(x: "Extractor", v: "View", found: list[Ev]) -> list[Ev]:
    """'X enlisted in May 2019, followed by Y that July': the same kind of event for Y, with
    its own date (none when the clause gives none)."""
    out: list[Ev] = []
    for ev in found:
        if not ev.kind.startswith("Military") and ev.kind not in ("Debut", "Comeback"):
            continue
        stop = re.search(r"[;]|\.\s", v.text[ev.end:])
        tail_end = ev.end + (stop.start() if stop else len(v.text) - ev.end)
        for m in re.finditer(r",?\s+(?:and\s+)?(?:then\s+)?followed\s+by\s+(?P<list>«A\d+»(?:\s*(?:,|and|,\s*and)\s*«A\d+»)*)(?P<rest>[^«;]{0,20}?«T(?P<d>\d+)»)?", v.text[ev.end:tail_end]):
            when = v.item(m.group("d")).key if m.group("d") else None
            for n in re.findall(r"«A(\d+)»", m.group("list")):
                who = v.item(n).key
                if who and who not in ev.participants:
                    out.append(Ev(ev.kind, [who], v.index, ev.end + m.start(), ev.end + m.end(), when))
            break
    return out


def _recent_mv(x: "Extractor", sent: int) -> str | None:
    for v in reversed(x.views[:sent + 1]):
        if v.mvs:
            return v.mvs[-1].key
    return None


def _charts(x: "Extractor", v: "View", anchors: list[int], pak: re.Pattern[str], rank: list[re.Pattern[str]],
            pak_name: str) -> list[Ev]:
    t = v.text
    out: list[Ev] = []
    hits: list[tuple[int, int, str]] = []
    for m in pak.finditer(t):
        hits.append((m.start(), m.end(), pak_name))
    listed = len(re.findall(r"\bon\s+(?:the\s+)?(?:both\s+)?[^,;.]{0,40}?\b(?:charts?|iChart)\b", t)) >= 3
    charted: list[tuple[int, int, str]] = []
    for rx in rank:
        for m in rx.finditer(t):
            if listed and _service_rx().match(m.group("chart")):
                continue  # "No. 1 on Melon's ..., on FLO's ... and on VIBE's charts": a tally, not one result
            chart = re.sub(r"(?:'s|’s)\b", "", m.group("chart")).strip()
            chart = re.sub(r"^(?:the|The)\s+", "", chart)
            chart = re.sub(r"\s+charts?$", "", chart)  # "Billboard 200 chart" = "Billboard 200"
            n = m.groupdict().get("n") or "1"
            hits.append((m.start(), m.end(), f"No. {n} on {chart}"))
            charted.append((m.start(), len(chart), chart))
    if charted:
        # the chart a later bare "took the top spot" means: the last one named, in its longest
        # reading ("Melon's Top 100 chart" is "Melon Top 100", not just "Melon")
        last = max(c[0] for c in charted)
        x.__dict__["_last_chart"] = max((c for c in charted if c[0] >= last - 12), key=lambda c: c[1])[2]
    # "peaked at No. 2", "debuted at the top of the chart": the chart named last
    last_chart = x.__dict__.get("_last_chart")
    mentions = x.__dict__.get("_chart_mentions", [])
    if mentions:
        last_chart = mentions[-1][2] if not last_chart else last_chart
    if last_chart:
        for m in BARE_RANK.finditer(t):
            if any(a <= m.start() < b for a, b, _ in hits):
                continue
            n = m.group("n") or "1"
            before = [c for c in mentions if (c[0], c[1]) < (v.index, m.start())]
            chart = before[-1][2] if before else last_chart
            hits.append((m.start(), m.end(), f"No. {n} on {chart}"))
    # "topped the Billboard Hot 100 ..., the first No. 1 on US singles charts": a country-and-format
    # paraphrase of a chart the sentence names is the same result, not a second one
    generic = re.compile(r"No\. (?P<n>\d+) on (?:(?:the|US|U\.S\.|UK|British|American|Japanese|Korean|global)\s+)*(?:singles|albums?|songs?)(?:\s+charts?)?$", re.I)
    specific = {h[2].split(" on ")[0] for h in hits if not generic.match(h[2])}
    hits = [h for h in hits if not (generic.match(h[2]) and h[2].split(" on ")[0] in specific)]
    # "debuted atop the US singles chart" after "the first to reach No. 1 on the Billboard Hot 100":
    # the chart the article named before, of the same format
    named_before = [c[2] for c in mentions if c[0] < v.index]
    for i, h in enumerate(hits):
        g = generic.match(h[2])
        if g and named_before:
            fmt = "Billboard 200" if re.search(r"(?i)album", h[2]) else "Hot 100"
            same = [c for c in named_before if fmt in c]
            if same:
                hits[i] = (h[0], h[1], f"No. {g.group('n')} on {same[-1]}")
    comparison = _comparison_rx()
    taken: list[tuple[int, int]] = []
    for s, e, label in sorted(hits, key=lambda h: (not re.search(r"No\. (?!1 on)", h[2]) and "No." in h[2], h[0])):
        if any(a < e and s < b for a, b in taken):
            continue
        taken.append((s, e))
        cs = clause_start_of(t, s)
        ce = re.search(r"[;]|,\s+(?:and|but|while)\s+|\.\s", t[e:])
        if comparison.search(t[cs:e + (ce.start() if ce else len(t) - e)]):
            continue  # "X and Y, among them, had topped the chart before": other acts' past
        # "topped the Billboard 200 with 'A' and 'B' in 2022, and with 'C' in 2023": one event per title
        clause_end = len(t)
        nxt = re.search(r"[;.]\s|\bwhile\b|\bbut\b", t[e:])
        if nxt:
            clause_end = e + nxt.start()
        # "reached the summit in 2021 and went on to top the chart with A and B": A and B are the second's
        clause_end = min([clause_end] + [h[0] for h in hits if e <= h[0] < clause_end])
        chunks = list(re.finditer(r"\bwith\s+(?P<titles>[\"'‘“]?«[SL]\d+»[\"'’”]?(?:\s*(?:,|and|&)\s*[\"'‘“]?«[SL]\d+»[\"'’”]?)*)(?:\s+(?:(?:in|on)\s+)?«T(?P<d>\d+)»)?", t[e:clause_end]))
        if chunks:
            clause_start = clause_start_of(t, s)
            who = [it.key for it in v.items if it.kind in "AG" and clause_start <= it.pos < s
                   and not re.match(r"(?:'s|’s|'|’)\s+«A", t[it.end:it.end + 6])
                   and not _object_of_preposition(v, it)][:1]
            if not who:
                mm = re.search(rf"(?P<p>{x.c['artist_ana']}|{x.c['group_ana']}|\b(?:He|She|They|he|she|they))\b[^«]*$", t[clause_start:s])
                ref = x.res.pronoun(mm.group("p"), v.index, clause_start + mm.start()) if mm else None
                who = [ref] if ref else []
            earlier = [h[1] for h in hits if h[1] <= s]
            for ch in chunks:
                when = v.item(ch.group("d")).key if ch.group("d") else x.date_for(v, s, e, anchors)
                if not ch.group("d") and earlier and not re.search(r"«T\d+»", t[max(earlier):e + ch.start()]):
                    when = None  # "reached the summit in 2022 with A and went on to top it with B": not B's date
                for n in re.findall(r"«[SL](\d+)»", ch.group("titles")):
                    work = v.item(n).key
                    ev = Ev("ChartAchievement", [*who], v.index, s, e, when, label=label, label_pred="achievement")
                    ev.songs = [work]
                    _album_if_album_chart(x, work, label)
                    out.append(ev)
            continue
        songs_before = v.before(s, "SL")
        next_hit = min([h[0] for h in hits if h[0] >= e], default=len(t))
        songs_after = [it for it in v.after(e, "SL") if it.pos - e < 40 and it.pos < next_hit]
        song = songs_before[-1].key if songs_before else (songs_after[0].key if songs_after else None)
        albums_before = [it for it in songs_before if it.kind == "L" and it.key]
        if _is_album_chart(label) and albums_before and songs_before[-1].kind == "S":
            # "The mini album X, released alongside the lead single Y, opens at No. 1 on the
            # Billboard 200": an albums chart ranks the album, not the single named in passing
            song = albums_before[-1].key
        opening = re.match(r"\W*[\"'‘“]?«[SL](\d+)»[\"'’”]?\s*,\s+(?:the|a|an|his|her|their|its)\b[^;]*?,\s", t)
        if opening and opening.end() <= s and v.item(opening.group(1)).key:
            song = v.item(opening.group(1)).key  # "'X', the lead single from his album Y, debuted atop ...": X
        lead = re.match(rf"\W*(?:{x.c['song_ana']}|It)\s*,", t)
        if lead and songs_before and songs_before[0].pos > lead.end() and v.index:
            # "The track, the lead single from ... FACE, arrives at the summit": the track
            song = x.nearby_song(v.index, 0, "S")
        if song is None and re.search(rf"(?i:\b(?:it|{x.c['song_ana']})\b)", t[:s]):
            song = x.res.recent(v.index, s, "S", forward=True)
        if song is None and re.match(r"\W*(?i:that|this|the)\s+(?:[\w-]+\s+)?(?i:record|album|EP|mini[- ]album|LP)\b", t):
            song = x.res.recent(v.index, s, "L")  # "That record, released in June, debuted atop the Billboard 200"
        clause_start = clause_start_of(t, s)
        who = [it.key for it in v.items if it.kind in "AG" and clause_start <= it.pos < s
               and not re.match(r"(?:'s|’s|'|’)\s+«A|\s+(?:member|leader|maknae|members)\b", t[it.end:it.end + 12])
               and not _object_of_preposition(v, it)][:1]
        if song is None and not who:
            m = re.match(rf"\W*(?P<p>{x.c['artist_ana']}|{x.c['group_ana']}|He|She|They)\b", t)
            ref = x.res.pronoun(m.group("p"), v.index, m.start()) if m else None
            who = [ref] if ref else []
        if song and not who and not x.performers(song):
            # "Their first Hot 100 entry came in 2021, when the single The Feels reached No. 83":
            # the sentence's possessive owner charted with its own song
            m = re.match(rf"\W*(?P<p>(?i:their|his|her|its)|{x.c['group_ana']}(?:'s|’s)?|{x.c['artist_ana']}(?:'s|’s)?|He|She|They)\s", t)
            ref = x.res.pronoun(re.sub(r"(?:'s|’s)$", "", m.group("p")), v.index, m.start("p")) if m else None
            if ref and _letter(x, ref) in "AG":
                who = [ref]
                x.fact(song, "performer", ref, v.index, "performer:chart-owner")
        if song is None and not who:
            continue
        when = x.date_for(v, s, e, anchors)
        if when is None and re.match(r"\s+(?:[\w-]+\s+){0,4}?(?:in\s+)?(?:the|that)\s+same\s+(?:month|day|year)\b", t[e:e + 60]):
            # "That record, released in June, debuted atop the Billboard 200 the same month"
            earlier = [it.key for it in v.items if it.kind == "T" and it.key and it.end <= s]
            when = earlier[-1] if earlier else None
        ev = Ev("ChartAchievement", [*who], v.index, s, e, when, label=label,
                label_pred="achievement")
        ev.songs = [song] if song else []
        if song:
            _album_if_album_chart(x, song, label)
        out.append(ev)
    return out


def _launched(x: "Extractor", v: "View") -> list[Ev]:
    """'RBW, which launched the quartet in 2014': an agency launching a group on a date is the
    group's debut."""
    out: list[Ev] = []
    for m in re.finditer(rf"«Y\d+»(?:\s*,\s*(?:which|that|who)\s+(?:first\s+|originally\s+)?|\s+(?:first\s+|originally\s+)?)launched\s+(?:«G(?P<g>\d+)»|(?P<ana>{x.c['group_ana']}))\s+(?:(?:in|on)\s+)?«T(?P<d>\d+)»", v.text):
        who = v.item(m.group("g")).key if m.group("g") else x.res.pronoun(m.group("ana"), v.index, m.start("ana"))
        when = v.item(m.group("d")).key
        if who and when and _letter(x, who) == "G":
            out.append(Ev("Debut", [who], v.index, m.start(), m.end(), when))
    return out


@lru_cache(maxsize=1)
def _service_rx() -> re.Pattern[str]:
    return re.compile(r"(?:the\s+)?" + alternation(patterns("events")["charts"].get("chart_services", ["(?!)"])))


@lru_cache(maxsize=1)
def _comparison_rx() -> re.Pattern[str]:
    return re.compile("|".join(f"(?i:\\b{c})" for c in patterns("events")["charts"].get("comparison_cues", ["(?!)"])))


CHART_NAME = re.compile(r"(?:the\s+)?(?:(?:Billboard|US|UK|U\.S\.|Official|Oricon|Circle|Gaon|Melon|MelOn|Spotify|Apple\s+Music|iTunes)\s+){0,3}(?:Hot\s+100|Billboard\s+200|Global\s+200|Global\s+Excl\.\s+US|Official\s+Singles\s+Chart|Singles\s+Chart|Albums\s+Chart|Artist\s+100)")
BARE_RANK = re.compile(r"(?:(?:peaked|debuted|landed|entered|reached|ranked|charted|stalled|was|at)\s+(?:at\s+)?(?:No\.|[Nn]umber|#)\s*(?P<n>\d+)\b(?!\s+(?:spot\s+)?on\b)"
                       r"|(?:[Dd]ebut(?:ed|s)?|[Ll]and(?:ed|s)?|sits|sat|open(?:ed|s)?|arriv(?:ed|es)|launch(?:ed|es)|enter(?:ed|s))\s+(?:at|atop)\s+(?:the\s+)?(?:top|summit|peak|No\.\s*1)(?:\s+of\s+the\s+(?:chart|list|ranking))?"
                       r"|top(?:ped|s|ping)?\s+the\s+(?:chart|list|ranking)s?\b"
                       r"|(?:reach(?:ed|es)?|hit|claim(?:ed|s)?|t[oa]ok|climb(?:ed|s)?\s+to|rose\s+to)\s+the\s+(?:summit|top|peak|pinnacle|No\.\s*1\s+spot)\s+of\s+the\s+(?:chart|list|ranking)s?\b"
                       r"|(?:reach(?:ed|es)?|claim(?:ed|s)?|t[oa]ok|taking|climb(?:ed|s)?\s+to|rose\s+to)\s+the\s+(?:summit|top\s+spot|No\.\s*1\s+spot|pinnacle)\b(?!\s+of\b))")


def _album_if_album_chart(x: "Extractor", work: str, label: str) -> None:
    """A title on an albums chart (Billboard 200) is an album."""
    ent = x.doc.entities[work]
    if _is_album_chart(label) and ent.types == {"Song"}:
        ent.types = {"Album"}
        ent.iri = mint_iri("Album", ent.name)


@lru_cache(maxsize=1)
def _album_chart_rx() -> re.Pattern[str]:
    words = patterns("events")["charts"]["album_charts"]
    return re.compile(r"(?i:\b(?:" + "|".join(re.escape(w) for w in words) + r")\b)")


def _is_album_chart(label: str) -> bool:
    return bool(_album_chart_rx().search(label))


def _merge(x: "Extractor", events: list[Ev]) -> dict[tuple, str]:
    keys: dict[tuple, str] = x.__dict__.setdefault("_event_keys", {})
    counter: dict[str, int] = x.__dict__.setdefault("_event_counter", {})
    for ev in events:
        if ev.kind == "ChartAchievement":
            mk: tuple = (ev.kind, normalize_label(ev.label), ev.songs[0] if ev.songs else ev.participants[0])
        elif ev.kind == "AwardWin":
            mk = (ev.kind, ev.participants[0], normalize_label(ev.label))
        elif ev.own_date:
            mk = (ev.kind, ev.participants[0], "on:" + str(ev.date))
        else:
            mk = (ev.kind, ev.participants[0])
            for p in ev.participants:  # same kind, a shared participant: the same event
                if (ev.kind, p) in keys:
                    mk = (ev.kind, p)
                    break
        key = keys.get(mk)
        if key is None and ev.kind == "ChartAchievement" and ev.songs:
            # "tops Melon" (headline) and "No. 1 on Melon's Top 100 chart": one chart named more fully
            label = normalize_label(ev.label)
            for other, k in keys.items():
                if k and len(other) == 3 and other[0] == ev.kind and other[2] == mk[2] and other[1] and label \
                        and re.match(r"no \d+ on ", label) and label.split(" on ")[0] == other[1].split(" on ")[0] \
                        and (label.startswith(other[1] + " ") or other[1].startswith(label + " ")):
                    key = k
                    break
        if key is None and ev.kind == "ChartAchievement":
            # "IU scores a Perfect All-Kill" (headline) and "IU's 'eight' scored a Perfect All-Kill":
            # the same achievement, with or without its song named
            songs_of: dict[str, set[str]] = x.__dict__.setdefault("_chart_songs", {})
            # the act may be named only as the song's performer ("the group's album 'X' debuted ...")
            acts = ev.participants + [perf for song in ev.songs for perf in x.performers(song) if perf not in ev.participants]
            for p in acts:
                found = keys.get((ev.kind, normalize_label(ev.label), "by:" + p))
                # only a result without a song joins one with a song (never two different songs)
                seen = x.__dict__.setdefault("_chart_seen", {}).get(found) if found else None
                songless_date = seen[1] if seen and ev.songs else ev.date
                other_date = ev.date if ev.songs else (seen[1] if seen else None)
                if found and (not ev.songs or not songs_of.get(found)) and seen and seen[0] != ev.sentence \
                        and (songless_date is None or songless_date == other_date):
                    key = found  # (another sentence; a dated songless result is its own: "first ... in 2022")
                    break
        if key is None:
            parts = "-".join(slugify(x.doc.entities[p].name) for p in (ev.songs or ev.participants)[:2]
                             if p in x.doc.entities)
            if ev.kind == "AwardWin":
                parts += "-" + slugify((ev.label or "").split(",")[0])[:40]
            base = f"{ev.kind.lower()}-{parts}-{ev.date or x.doc.article.id}"
            counter[base] = counter.get(base, 0) + 1
            key = str(RES[f"event/{base}-{counter[base]}"])
            keys[mk] = key
            names = [x.doc.entities[p].name for p in (ev.participants + ev.songs) if p in x.doc.entities]
            x.doc.entities[key] = Entity(key=key, types={"Event"}, name=_event_name(ev, names), iri=key)
            x.fact(key, "eventType", ev.kind, ev.sentence, "event:" + ev.kind)
        ev.key = key
        if ev.kind == "ChartAchievement":
            songs_of = x.__dict__.setdefault("_chart_songs", {})
            songs_of.setdefault(key, set()).update(ev.songs)
            x.__dict__.setdefault("_chart_seen", {}).setdefault(key, (ev.sentence, ev.date))
            for p in ev.participants:
                by = (ev.kind, normalize_label(ev.label), "by:" + p)
                if by in keys and keys[by] != key:
                    keys[by] = ""  # two results by one artist: a songless mention is ambiguous
                else:
                    keys[by] = key
            keys.setdefault(mk, key)
        if ev.kind not in ("ChartAchievement", "AwardWin"):
            for p in ev.participants:
                keys.setdefault((ev.kind, p), key)
        for p in ev.participants + ev.songs:
            x.fact(key, "participant", p, ev.sentence, "event:participant")
        if ev.date and not x.doc.facts_about(key, "eventDate"):
            x.fact(key, "eventDate", ev.date, ev.sentence, "event:date")
        if ev.about:
            x.fact(key, "about", ev.about, ev.sentence, "event:about")
            if ev.kind == "Filming":
                for p in ev.participants:
                    x.fact(p, "appearsIn", ev.about, ev.sentence, "event:filming-appears")
        if ev.label and ev.label_pred:
            x.fact(key, ev.label_pred, ev.label, ev.sentence, "event:label")
        for song in ev.songs:
            for perf in x.performers(song):
                x.fact(key, "participant", perf, ev.sentence, "event:song-performer")
    return keys


def normalize_label(label: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (label or "").lower()).split())


def _event_name(ev: Ev, names: list[str]) -> str:
    who = " and ".join(dict.fromkeys(names)) or "unknown"
    words = re.sub(r"(?<!^)([A-Z])", r" \1", ev.kind).lower()
    if ev.label:
        return f"{who}: {ev.label}"
    return f"{who} {words}" + (f" ({ev.date})" if ev.date else "")


__all__ = ["extract", "trigger_positions", "Ev"]
