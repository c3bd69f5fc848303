"""``dates``: date expressions, resolved against the article date.

Full dates (``January 24, 2024``, ``24 January``), months (``in June``, ``June 2025``), years
(``in 2016``) and relative expressions (``on Friday``, ``yesterday``, ``last month``, ``April
last year``, ``since September``). A month or day without a year takes the year that puts it
on the side of the article date the sentence's tense points to (``since`` and past verbs: on or
before; ``will``, ``scheduled``: on or after; otherwise the nearest). What cannot be resolved
safely (``next week``, no article date) keeps ``value=None``: never a guess.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from .. import component
from ..doc import DateExpr, Doc
from ._common import alternation, patterns


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = patterns("dates")
    months = {k: int(v) for k, v in d["months"].items()}
    weekdays = {k: int(v) for k, v in d["weekdays"].items()}
    # month names must be capitalised ("May", not "may")
    month_alt = "(?:" + "|".join(sorted((k.capitalize() + (r"\.?" if len(k) <= 4 and k != "may" else "")
                                         for k in months), key=len, reverse=True)) + ")"
    wd_alt = "(?:" + "|".join(k.capitalize() for k in weekdays) + ")"
    rx = re.compile(
        r"(?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b)"
        rf"|(?P<md>\b(?P<m1>{month_alt})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b|\s+(?P<rel1>last|this|next)\s+year\b)?)"
        rf"|(?P<dm>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{month_alt})\b(?:,?\s+(?P<y2>\d{{4}})\b)?)"
        rf"|(?P<my>\b(?P<m3>{month_alt})\s+(?:of\s+)?(?P<y3>\d{{4}})\b)"
        rf"|(?P<that>\b(?:(?:[Ii]n\s+)?(?P<m7>{month_alt})\s+)?(?:of\s+)?that\s+year\b|\b(?:[Ll]ater\s+)?that\s+(?P<m8>{month_alt})\b(?!\s+\d))"
        rf"|(?P<mrel>\b(?P<m4>{month_alt})\s+(?P<rel4>last|this|next)\s+year\b)"
        rf"|(?P<mo>\b(?P<prep>[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|[Tt]his|[Ll]ast|[Nn]ext|[Tt]hrough|[Bb]efore|[Aa]fter|[Aa]round|[Ff]or|[Ii]n\s+early|[Ii]n\s+late|[Ii]n\s+mid-?)\s+(?P<m5>{month_alt})\b(?!\s+\d)(?!\s+(?:last|this|next)\s+year))"
        r"|(?P<yr>\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Oo]f|[Tt]hrough|[Bb]efore|[Aa]fter|[Aa]round)\s+(?:early\s+|late\s+|mid-?)?(?P<y5>(?:19|20)\d{2})\b(?!\s*[-–]))"
        rf"|(?P<wd>\b(?:(?P<wrel>[Tt]his|[Ll]ast|[Nn]ext)\s+|(?P<on>[Oo]n)\s+)?(?P<w>{wd_alt})\b)"
        r"|(?P<rel>\b(?P<r>(?i:today|yesterday|tomorrow|tonight|this\s+morning|this\s+afternoon|this\s+evening|later\s+today|last\s+night|earlier\s+today))\b)"
        r"|(?P<per>\b(?P<pq>(?i:last|this|next|earlier\s+this|later\s+this|past))\s+(?P<pu>week|month|year)\b)"
        r"|(?P<ago>\b(?P<n>\d+|a|one|two|three)\s+(?P<au>days?|weeks?|months?|years?)\s+ago\b)"
    )
    future = re.compile(rf"(?i:\b{alternation(d['future_markers'])}\b)")
    past = re.compile(r"(?i:\b(?:since|ago|was|were|had|did|earlier|already|last|released|dropped|ended|began|started|entered|went|reported|claimed|won|took|received|announced|passed|hit|scored)\b)")
    return months, weekdays, rx, future, past


def _month(name: str, months: dict[str, int]) -> int:
    return months[name.rstrip(".").lower()]


def _pick_year(month: int, day: int | None, ref: date, tense: str) -> int:
    """The year that puts (month, day) on the side of ``ref`` the tense asks for."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 1)
        except ValueError:
            continue
        if day is None:
            # a month: compare whole months
            diff = (y - ref.year) * 12 + (month - ref.month)
        else:
            diff = (d - ref).days
        options.append((y, diff))
    near = [o for o in options if abs(o[1]) <= (21 if day is not None else 0)]
    if near:  # within three weeks (or the same month): the close one, whatever the tense
        return min(near, key=lambda o: abs(o[1]))[0]
    if tense == "past":
        ok = [o for o in options if o[1] <= 0]
        return max(ok, key=lambda o: o[1])[0] if ok else ref.year
    if tense == "future":
        ok = [o for o in options if o[1] >= 0]
        return min(ok, key=lambda o: o[1])[0] if ok else ref.year
    return min(options, key=lambda o: (abs(o[1]), o[1] > 0))[0]


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


@lru_cache(maxsize=1)
def _local_past() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Past-tense verbs: regular -ed forms (not 'scheduled'), auxiliaries and the irregular ones
    listed in dates.json ('came out in August'); right before a date, and within the words after it."""
    verbs = rf"was|were|had|did|{alternation(patterns('dates').get('irregular_past', ['was']))}|(?!(?:scheduled|slated|expected|planned|set|due)\b)\w{{3,}}ed"
    return (re.compile(rf"(?i:\b(?:{verbs})\b)"),
            re.compile(rf"\s*(?:[\w'’-]+\s+){{0,3}}?(?:{verbs})\b", re.I))


ING_BEFORE = re.compile(r"(?i:\b(?:starting|beginning|kicking\s+off|running|launching|opening|continuing|lasting)\s+(?:(?:on|in|from|this|through)\s+)?$)")


def resolve(match: re.Match[str], ref: date | None, sentence: str, offset_in_sentence: int,
            context_year: int | None = None) -> tuple[str | None, bool]:
    """(value, relative) for one match of the date regex."""
    months, weekdays, _, future_rx, past_rx = _tables()
    g = match.groupdict()
    before = sentence[:offset_in_sentence]
    local = before[-40:]
    if len(before) > 40 and before[-41].isalnum():
        local = local.split(None, 1)[1] if " " in local.strip() else ""  # never half a word ("scheduled" -> "led")
    after = re.split(r"[,;]", sentence[offset_in_sentence + len(match.group()):][:40], maxsplit=1)[0]
    local_past, local_past_after = _local_past()
    if ING_BEFORE.search(local):
        tense = "any"  # "confirmed a world tour starting in June": the nearest verb has no tense
    elif local_past.search(local) and not future_rx.search(local):
        tense = "past"
    elif future_rx.search(local):
        tense = "future"
    elif local_past_after.match(after) and not future_rx.search(after):
        tense = "past"  # "IU on Thursday released 'X', ... her upcoming album": the clause's own verb
    elif (clause := re.split(r"[,;:]", before)[-1])[-120:] and len(clause) <= 120 and local_past.search(clause) \
            and not future_rx.search(clause):
        tense = "past"  # "Lisa released her single 'X' featuring Y on Thursday, ... her upcoming album"
    else:
        tense = "future" if future_rx.search(sentence) and not re.search(r"(?i)\bsince\b", before[-12:]) else (
            "past" if past_rx.search(sentence) else "any")
    if g.get("that"):
        if context_year is None:
            return None, True
        if g["m7"] or g["m8"]:
            return _fmt(context_year, _month(g["m7"] or g["m8"], months)), True
        return _fmt(context_year), True
    if g["iso"]:
        y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
        return (_fmt(y, m, d) if _valid(y, m, d) else None), False
    if g["md"] or g["dm"]:
        m = _month(g["m1"] or g["m2"], months)
        d = int(g["d1"] or g["d2"])
        y = g["y1"] or g["y2"]
        if y:
            return (_fmt(int(y), m, d) if _valid(int(y), m, d) else None), False
        if ref is None:
            return None, True
        if g.get("rel1"):  # "debuted on May 2 last year"
            yy = ref.year + {"last": -1, "this": 0, "next": 1}[g["rel1"].lower()]
            return (_fmt(yy, m, d) if _valid(yy, m, d) else None), True
        yy = _pick_year(m, d, ref, tense)
        return (_fmt(yy, m, d) if _valid(yy, m, d) else None), True
    if g["my"]:
        return _fmt(int(g["y3"]), _month(g["m3"], months)), False
    if g["mrel"]:
        if ref is None:
            return None, True
        shift = {"last": -1, "this": 0, "next": 1}[g["rel4"].lower()]
        return _fmt(ref.year + shift, _month(g["m4"], months)), True
    if g["mo"]:
        if ref is None:
            return None, True
        m = _month(g["m5"], months)
        prep = g["prep"].lower()
        if prep in ("since", "last", "after"):
            tense = "past" if prep != "after" else tense
        if prep == "next":
            tense = "future"
        if prep == "this":
            return _fmt(ref.year, m), True
        if prep == "last" and m == ref.month:  # "debuted last July" (written in July): a year ago
            return _fmt(ref.year - 1, m), True
        return _fmt(_pick_year(m, None, ref, tense), m), True
    if g["yr"]:
        return _fmt(int(g["y5"])), False
    if ref is None:
        return None, True
    if g["wd"]:
        w = weekdays[g["w"].lower()]
        rel = (g["wrel"] or "").lower()
        delta_back = (ref.weekday() - w) % 7
        delta_fwd = (w - ref.weekday()) % 7
        if rel == "last":
            return (ref - timedelta(days=delta_back or 7)).isoformat(), True
        if rel == "next":
            return (ref + timedelta(days=delta_fwd or 7)).isoformat(), True
        if rel == "this":  # "drops this Friday" (written on a Monday): that day of the same week
            return (ref + timedelta(days=w - ref.weekday())).isoformat(), True
        if delta_back == 0:
            return ref.isoformat(), True
        if tense == "future":
            return (ref + timedelta(days=delta_fwd)).isoformat(), True
        return (ref - timedelta(days=delta_back)).isoformat(), True
    if g["rel"]:
        r = " ".join(g["r"].lower().split())
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(r, 0)
        return (ref + timedelta(days=shift)).isoformat(), True
    if g["per"]:
        q, unit = " ".join(g["pq"].lower().split()), g["pu"].lower()
        shift = -1 if q in ("last", "past") else (1 if q == "next" else 0)
        if unit == "week":
            return None, True  # a week is not a calendar unit we can write as a date
        if unit == "month":
            y, m = ref.year, ref.month + shift
            if m == 0:
                y, m = y - 1, 12
            elif m == 13:
                y, m = y + 1, 1
            return _fmt(y, m), True
        return _fmt(ref.year + shift), True
    if g["ago"]:
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(g["n"].lower()) or int(g["n"])
        unit = g["au"].lower().rstrip("s")
        if unit == "day":
            return (ref - timedelta(days=n)).isoformat(), True
        if unit == "year":
            return _fmt(ref.year - n), True
        if unit == "month":
            total = ref.year * 12 + ref.month - 1 - n
            return _fmt(total // 12, total % 12 + 1), True
        return None, True
    return None, True


DAYS_LATER = re.compile(r"(?i:\b(?P<later>(?P<same>(?:the|that)\s+same\s+day(?!\s+as\b))|the\s+(?:next|following)\s+day|(?P<n>a|one|two|three|four|five|\d{1,2})\s+days?\s+later"
                        r"|(?P<earlier>(?:the\s+(?:day\s+before|previous\s+day|day\s+prior)|(?P<n2>a|one|two|three|four|five|\d{1,2})\s+days?\s+(?:earlier|before))"
                        r"(?!\s+(?:the|his|her|their|its|a|an|to|that|this|he|she|they|it)\b)(?!\s+[«A-Z\d]))))(?![\w-])")
SECOND_DAY = re.compile(r"\s+(?:and|&)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[.,;)]|$|\s+(?:in|at|on|to|for|with|and)\b))")
YEAR_BLOCKERS = re.compile(r"(?i:\b(?:who|which|whose|since|after|before|until|debut(?:ed)?|born|while|but|when)\b)")
MONTH_DAY = re.compile(r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+)\b")
WEEKDAY_THEN_DATE = re.compile(r",?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+\d")


@lru_cache(maxsize=1)
def _quick() -> re.Pattern[str]:
    """Words without which a sentence holds no date expression."""
    months, weekdays, _, _, _ = _tables()
    words = sorted({w.capitalize() for w in months} | {w.capitalize() for w in weekdays}, key=len, reverse=True)
    return re.compile(r"\d|\b(?:" + "|".join(words) + r")|(?i:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|week|month|year|ago|day)")


def find_dates(doc: Doc) -> list[DateExpr]:
    _, _, rx, _, _ = _tables()
    ref = doc.article.date
    out: list[DateExpr] = []
    context_year: int | None = None
    quick = _quick()
    for sent in doc.sentences:
        if not quick.search(sent.text):
            continue
        matches = list(rx.finditer(doc.text, sent.start, sent.end))
        matches += [m for m in DAYS_LATER.finditer(doc.text, sent.start, sent.end)
                    if not any(x.start() < m.end() and m.start() < x.end() for x in matches)]
        for m in sorted(matches, key=lambda x: x.start()):
            if "later" in m.re.groupindex:
                # "the next day", "two days later": counted from the latest full date before it
                prev = next((d for d in reversed(out) if d.value and len(d.value) == 10), None)
                if prev:
                    word = m.group("n") or m.group("n2") or "a"
                    n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(word.lower())
                    n = n if n is not None else int(word)
                    if m.group("same"):
                        n = 0  # "performed it live the same day"
                    if m.group("earlier"):
                        n = -n  # "the day before", "two days earlier"
                    value = (date.fromisoformat(prev.value) + timedelta(days=n)).isoformat()
                    out.append(DateExpr(m.start(), m.end(), m.group(), sent.index, value, True))
                continue
            if m.group("wd") and WEEKDAY_THEN_DATE.match(doc.text, m.end()):
                continue  # "on Friday, August 2": the explicit date says it
            if m.group("that") and out:
                # "their 2023 album ... in June of that year": a year named since the last date
                named = re.findall(r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:album|single|EP|record|song|track|tour|hit|release)", doc.text[out[-1].end:m.start()])
                if named:
                    context_year = int(named[-1])
            value, relative = resolve(m, ref, sent.text, m.start() - sent.start, context_year)
            last = out[-1] if out else None
            if value and relative and len(value) == 10 and last and last.value \
                    and DAYS_LATER.fullmatch(last.text) and re.fullmatch(r",?\s*(?:on\s+)?", doc.text[last.end:m.start()]) \
                    and last.value[5:] == value[5:]:
                value = last.value  # "the day before, on December 11": the year of the day counted from
            if value and last and last.value and last.sentence == sent.index and len(last.value) < len(value) \
                    and value.startswith(last.value) and re.fullmatch(r"\s*,\s*(?:on|in)?\s*", doc.text[last.end:m.start()]):
                # "earlier this month, on July 19": the apposed date says which day of it
                out[-1] = DateExpr(last.start, last.end, last.text, last.sentence, value, last.relative)
            if value and not relative and len(value) <= 7:
                # "'A' (March 10) and 'B' in 2023": a day or month without a year, earlier in
                # the same list, takes the year stated after it
                for k in range(len(out) - 1, -1, -1):
                    d = out[k]
                    if d.sentence != sent.index or not d.relative or not d.value or len(d.value) != 10 \
                            or not re.fullmatch(r"[^.;]*", doc.text[d.end:m.start()]) \
                            or YEAR_BLOCKERS.search(doc.text[d.end:m.start()]) or not MONTH_DAY.match(d.text):
                        continue
                    fixed = f"{value[:4]}{d.value[4:]}"
                    if _valid(int(fixed[:4]), int(fixed[5:7]), int(fixed[8:])):
                        out[k] = DateExpr(d.start, d.end, d.text, d.sentence, fixed, True)
            out.append(DateExpr(m.start(), m.end(), m.group(), sent.index, value, relative))
            second = SECOND_DAY.match(doc.text, m.end()) if value and len(value) == 10 and m.group("md") else None
            if second and _valid(int(value[:4]), int(value[5:7]), int(second.group("d"))):
                # "on September 16 and 17": the second day of the same month
                day = f"{value[:8]}{int(second.group('d')):02d}"
                out.append(DateExpr(second.start("d"), second.end("d"), second.group("d"), sent.index, day, True))
            if value and not relative:
                context_year = int(value[:4])  # what a later "that year" refers to
            if value and (m.group("mo") or m.group("yr")):
                out += _listed_after(m, ref, sent.text, sent.start, sent.index, context_year)
    return out


@lru_cache(maxsize=1)
def _list_next() -> re.Pattern[str]:
    months, _, _, _, _ = _tables()
    month_alt = "(?:" + "|".join(sorted((k.capitalize() for k in months if len(k) > 3 or k == "may"), key=len, reverse=True)) + ")"
    return re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:in|early|late|mid-?)\s+)?"
                      rf"(?:(?P<m>{month_alt})\b(?!\s+\d)(?!\s+(?:last|this|next)\s+year)|(?P<y>(?:19|20)\d{{2}})\b(?!\s*[-–]))")


def _listed_after(m: re.Match[str], ref: date | None, sentence: str, sent_start: int, index: int,
                  context_year: int | None) -> list[DateExpr]:
    """'in March and February', 'in 2019, 2021 and 2023': the bare months or years listed after
    a month or year take the first one's preposition (and so its tense)."""
    _, _, rx, _, _ = _tables()
    out: list[DateExpr] = []
    prep = (m.group("prep") if m.group("mo") else re.match(r"\w+", m.group()).group()) or "in"
    end = m.end()
    while nxt := _list_next().match(m.string, end, sent_start + len(sentence)):
        word = nxt.group("m") or nxt.group("y")
        fake = rx.fullmatch(f"{prep} {word}")
        if fake is None:
            break
        value, relative = resolve(fake, ref, sentence, m.start() - sent_start, context_year)
        if value is None:
            break
        start = nxt.start("m") if nxt.group("m") else nxt.start("y")
        out.append(DateExpr(start, nxt.end(), word, index, value, relative))
        end = nxt.end()
    return out


@component("dates", requires=("sentences",), provides=("dates",))
def make_dates() -> Callable[[Doc], Doc]:
    def dates(doc: Doc) -> Doc:
        doc.dates = find_dates(doc)
        return doc
    return dates
