"""``mentions``: spans that name an artist, group, agency, song, album or director.

Sources, strongest first: quoted titles (``'Ice Cream'``); names after a role or credit cue
(``rapper Jack Harlow``, ``directed by Um Tae Hwa``, ``featuring ...``); unquoted titles after
a cue word (``pre-single Love wins all``, ``music videos for Lover and ...``); names of the
reference KB (longest match over tokens, squashed so ``Min Yoon-gi`` = ``Min Yoongi``); titles in
apposition (``APT, her solo comeback release``). Overlaps are resolved by strength, then
every title and minted name found is also marked where it recurs in the text.
Linking (next component) decides which KB candidate, if any, a mention denotes.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ...kb import ReferenceKB, squash
from .. import component
from ..doc import Doc, Mention
from ._common import Token, alternation, get_kb, is_capitalised, month_words, patterns, tokenize

MAX_NAME_TOKENS = 6


@dataclass
class _Span:
    start: int
    end: int
    label: str
    pattern: str
    priority: float
    candidates: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Rx:
    quoted: re.Pattern[str]
    song_cue: re.Pattern[str]
    hit_with_cue: re.Pattern[str]
    album_cue: re.Pattern[str]
    album_left: re.Pattern[str]
    song_left: re.Pattern[str]
    mv_cue: re.Pattern[str]
    not_music: re.Pattern[str]
    not_music_after: re.Pattern[str]
    speech_after: re.Pattern[str]
    featuring: re.Pattern[str]
    collab_with: re.Pattern[str]
    guest_cue: re.Pattern[str]
    role: re.Pattern[str]
    directed_by: re.Pattern[str]
    director_role: re.Pattern[str]
    who_directed: re.Pattern[str]
    possessive_work: re.Pattern[str]
    title_with: re.Pattern[str]
    group_cue: re.Pattern[str]
    agency_suffix: re.Pattern[str]
    agency_cue: re.Pattern[str]
    apposition: re.Pattern[str]
    achievement: re.Pattern[str]
    feat_inside: re.Pattern[str]
    stop_words: frozenset[str]
    max_words: int


_W = r"[A-Z](?:[\w\-]|['’](?!s\b)(?=\w))*"
NAME = rf"(?:(?:Mr|Ms|Mrs|Dr|St)\.\s?{_W}|{_W}|\d+[A-Z]\w*)(?:[ \t]+(?:{_W}|(?:de|van|von|del|da|la|bin)\b)){{0,3}}"


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    t = patterns("titles")
    p = patterns("people")
    song = alternation(t["song_cues"])
    album = alternation(t["album_cues"])
    mv = alternation(t["mv_cues"])
    hw = t["hit_with"]
    hw_verbs, hw_dets, hw_mods, hw_nouns = (alternation(hw[k]) for k in ("verbs", "determiners", "modifiers", "nouns"))
    qual = alternation(p["nationalities"] + p["artist_roles"])
    roles = alternation(p["artist_roles"])
    feat = alternation(t["featuring"])
    collab = alternation(t["collab_nouns"])
    name = f"(?P<name>{NAME})"
    lst = rf"(?P<more>(?:\s*,\s*{NAME})*(?:,?\s+(?:and|&)\s+{NAME})?)"
    return _Rx(
        quoted=re.compile(r"(?<![\w'’])(?P<q>[\"“])(?P<t>[^\s\"“”](?:[^\n\"“”]{0,78}?[^\s\"“])?)(?P<c>[\"”])(?![\w])"
                          r"|(?<![\w'’])(?P<q2>['‘])(?P<t2>[^\s'‘’\"“”](?:[^\n\"“”]{0,78}?[^\s‘“\"])?)(?P<c2>['’])(?![\w])"),
        # a title follows its cue on the same line ("self-titled EP" ending a headline is no cue)
        song_cue=re.compile(rf"\b{song}(?:[ \t]+for)?[ \t]*,?[ \t]+[\"'‘“]?(?=\S)"),
        hit_with_cue=re.compile(rf"\b{hw_verbs}\s+{hw_dets}\s+(?:{hw_mods}\s+){{0,2}}{hw_nouns}\s+with\s+[\"'‘“]?(?=[A-Z0-9])"),
        album_cue=re.compile(rf"\b{album}(?:[ \t]+for)?[ \t]*,?[ \t]+[\"'‘“]?(?=\S)"),
        album_left=re.compile(rf"\b{album}(?:\s+(?:is|was|will\s+be))?\s*,?\s*$"),
        song_left=re.compile(rf"\b{song}(?:\s+(?:is|was|will\s+be))?\s*,?\s*$"),
        mv_cue=re.compile(rf"\b{mv}\s+(?:for|of)\s+[\"'‘“]?(?=\S)"),
        not_music=re.compile(rf"(?i:\b{alternation(t['not_music_cues'])}\b)"),
        not_music_after=re.compile(rf"\W{{0,2}}\s*(?i:{alternation(t['not_music_after'])})\b"),
        speech_after=re.compile(r"^\s*,?\s*(?:(?:he|she|they|it|the\s+\w+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+)?(?:said|says|added|adds|wrote|writes|told|explained|commented|shared|continued|stated|noted|asked|replied|posted)\b"),
        featuring=re.compile(rf"(?<![\w]){feat}\s+(?:(?:{qual})\s+){{0,3}}{name}{lst}"),
        collab_with=re.compile(rf"(?i:\b{collab})\s+with\s+(?:(?:{qual})\s+){{0,3}}{name}{lst}"),
        # "the singer is joined by A and B", "A lends guest vocals to 'X'"
        guest_cue=re.compile(rf"\b(?:is|are|was|were)\s+joined\s+by\s+(?:(?:{qual})\s+){{0,3}}{name}{lst}"
                             rf"|{name.replace('<name>', '<name2>')}\s+(?:{alternation(t['guest_verbs'])})\s+(?:(?:his|her|their|a|some)\s+)?(?:guest\s+|featured\s+|additional\s+)?(?:{alternation(t['guest_parts'])})\s+(?:to|on|for)\b"),
        role=re.compile(rf"\b(?:(?:{alternation(p['nationalities'])})\s+)*(?:{roles})\s+{name}"),
        directed_by=re.compile(rf"(?i:\b(?:co-)?(?:directed|helmed)\s+by)\s+(?:(?:the|a|an)\s+)?(?:(?:{qual}|{alternation(p['director_roles'])})\s+){{0,3}}"
                               rf"(?P<name>{NAME}(?:[ \t]+&[ \t]+{_W})?)"),
        group_cue=re.compile(rf"\b(?:(?:rookie|new|project|co-ed|K-pop|Korean|five-member|four-member|six-member|seven-member|boy|girl)\s+)*(?:group|band|boyband|sub-unit|subunit|unit|duo|trio)\s+(?P<name>(?:[A-Z0-9][\w&!.*+'’-]*)(?:\s+(?:OF|of|THE|the)?\s*[A-Z0-9][\w&!.*+'’-]*){{0,3}})"),
        title_with=re.compile(rf"[\"”’']\s*,?\s+with\s+(?:(?:{qual})\s+){{0,3}}{name}{lst}"),
        director_role=re.compile(rf"\b(?:{alternation(p['director_roles'])})\s+{name}"),
        who_directed=re.compile(rf"{name}(?:\s*,\s*(?:[^,.;]{{0,60}}?\s)?|\s+)(?:who\s+)?(?:has\s+)?(?:also\s+|previously\s+|once\s+)?directed\b(?!\s+by)"),
        possessive_work=re.compile(rf"{name}(?:'s|’s|')\s+(?:(?:new|latest|hit|upcoming|recent|debut|first|second|third)\s+)*(?:(?:{mv}|{song}|{album})\b|[\"'‘“](?=[A-Z0-9]))"),
        agency_suffix=re.compile(rf"(?P<name>{NAME}\s+{alternation(p['agency_suffixes'])})(?!\w)"),
        agency_cue=re.compile(rf"\b(?:agency|label)\s*,?\s+(?P<name>(?:[A-Z][\w&\-]*|[A-Z]{{2,}})(?:\s+[A-Z][\w&\-]*){{0,3}})"),
        apposition=re.compile(rf",\s+(?:her|his|their|its|a|an|the(?:\s+[\w-]+(?:'s|’s))?)\s+(?:(?!(?:the|a|an|his|her|their|its)\b)[\w-]+(?<!ed)\s+){{0,3}}?(?:{song}|{album})\b", re.I),
        achievement=re.compile(r"(?i:" + alternation(patterns("events")["charts"]["pak_aliases"]) + ")"),
        feat_inside=re.compile(rf"(?P<title>.+?)\s*[(\[]\s*(?:prod\.?\s*(?:&|and|/|,)\s*)?{feat}\s*(?P<name>[^)\]]+?)\s*[)\]]$"),
        stop_words=frozenset(t["title_stop_words"]) | frozenset(t.get("title_stop_verbs", ())),
        max_words=int(t["title_max_words"]),
    )


# -- reference KB names -------------------------------------------------------------------

@lru_cache(maxsize=100_000)
def _token_key(word: str) -> str:
    if word.isascii():
        return word.lower().replace("-", "").replace("_", "")
    return squash(word)


_PREFIXES: dict[int, frozenset[str]] = {}


def _prefixes(kb: ReferenceKB) -> frozenset[str]:
    """Every prefix of every squashed KB name (lets the scan stop early)."""
    got = _PREFIXES.get(id(kb))
    if got is None:
        got = frozenset(k[:i] for k in kb.index for i in range(1, len(k) + 1))
        _PREFIXES.clear()
        _PREFIXES[id(kb)] = got
    return got


def kb_spans(text: str, tokens: list[Token], kb: ReferenceKB) -> list[_Span]:
    """Longest KB-name matches over token sequences joined by spaces only."""
    out: list[_Span] = []
    n = len(tokens)
    i = 0
    prefixes = _prefixes(kb)
    while i < n:
        tok = tokens[i]
        if not tok.is_word or _token_key(tok.text) not in prefixes:
            i += 1
            continue
        key = ""
        best: tuple[int, str] | None = None
        for j in range(i, min(i + MAX_NAME_TOKENS + 3, n)):
            tj = tokens[j]
            gap = text[tokens[j - 1].end:tj.start] if j > i else ""
            if not tj.is_word:
                # "UNI.T", "Girls' Generation", "(G)I-DLE": punctuation glued to the name
                if j > i and gap == "" and tj.text in ".&!+*$@#'’" and j + 1 < n \
                        and text[tj.end:tokens[j + 1].start] in ("", " ") and tokens[j + 1].is_word:
                    continue
                break
            if j > i and gap not in (" ", "-", ""):
                break
            key += _token_key(tj.text)
            if key in kb.index:
                best = (j, key)
            elif key not in prefixes:
                break
        if best is None:
            i += 1
            continue
        j, key = best
        start, end = tok.start, tokens[j].end
        surface = text[start:end]
        spellings = kb.surfaces.get(key, ())
        if not (is_capitalised(surface) or surface in spellings or _lower_stylised(surface, spellings)):
            i += 1
            continue
        if surface not in spellings and text[end:end + 1] == "." and surface + "." in spellings:
            end += 1  # "D.O.": the final dot is part of the name
            surface += "."
        if len(key) <= 3 and surface not in spellings:
            i += 1  # short names must be spelt exactly: 'Top' is not 'T.O.P', 'Hot' is not 'HOT'
            continue
        if j == i and surface.lower() in month_words() and (
                re.match(r"\s*\d", text[end:end + 3])
                or re.search(r"(?i:\b(?:in|on|since|last|next|this|early|late|mid|until|by|of|from)\s+)$", text[max(0, start - 8):start])):
            i += 1  # "in May", "May 5": a date, not the idol named May
            continue
        iris = kb.index[key]
        types = [t for iri in iris for t in sorted(kb.entries[iri].types)]
        label = "Group" if "Group" in types else ("Agency" if types and all(t == "Agency" for t in types) else "Artist")
        out.append(_Span(start, end, label, "kb", 2.5 if j > i else 1.0, list(iris)))
        i = j + 1
    return out


PROD_INSIDE = re.compile(r"(?P<title>.+?)\s*[(\[]\s*(?i:prod(?:uced)?\.?(?:\s+by)?|written\s+by|composed\s+by)\s*[^)\]]+?\s*[)\]]$")


@lru_cache(maxsize=1)
def _show_verb_left() -> re.Pattern[str]:
    """'appeared on ', 'starred in the ': a show verb right before a quoted title."""
    return re.compile(rf"(?i:\b(?:{alternation(patterns('titles')['show_verbs'])})\s+(?:the\s+)?[\"'‘“]?)$")


@lru_cache(maxsize=1)
def _released_left() -> re.Pattern[str]:
    """'he released ', 'dropped ': a release verb right before a quoted title."""
    verbs = [v for v in patterns("titles")["release_verbs"] if v.endswith(("ed", "d")) and " " not in v]
    return re.compile(rf"\b(?:{alternation(verbs)})\s+$")


_WITH_PARTNER = re.compile(r"[ \t]+(?:with|featuring|feat\.?|ft\.?)[ \t]+")


@lru_cache(maxsize=1)
def _released_unquoted() -> re.Pattern[str]:
    """'released ', 'dropped ' (past tense, case-sensitive lower case): a release verb before an
    unquoted title."""
    verbs = [v for v in patterns("titles")["release_verbs"] if v.endswith(("ed", "d")) and " " not in v]
    return re.compile(rf"\b(?:{alternation(verbs)})[ \t]+(?=[A-Z0-9])")


_WHOSE = re.compile(r"\bwhose[ \t]+(?=[A-Z0-9])")


@lru_cache(maxsize=1)
def _whose_verb_after() -> re.Pattern[str]:
    """' topped', ' became': a chart or success verb right after a title that follows 'whose'."""
    return re.compile(rf"[ \t]+{alternation(patterns('titles')['whose_title_verbs'])}\b")


@lru_cache(maxsize=4)
def _plural_cue(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """'the songs ', 'the albums ': a plural work noun before a list of titles on the same line."""
    return re.compile(rf"\b{alternation(list(nouns))}[ \t]+(?=[A-Z0-9])")


def _lower_stylised(surface: str, spellings: tuple[str, ...] | list[str] | set[str]) -> bool:
    """'j-hope', 'g-dragon': an initial-and-hyphen name written all lower case (as fans and the
    artists themselves do) is still the name; plain lower-case words never are."""
    return bool(re.fullmatch(r"[a-z]-[a-z]{3,}", surface)) and any(s.lower() == surface for s in spellings)


ALBUM_IN_TITLE = re.compile(r"\b(?:EP|Album|LP)\b|\bEP\s*\.?\s*\d")
LIST_LINE = re.compile(r"(?m)^(?:\d+[.)]\s*)?(?P<artist>[^\n]{1,60}?)\s+[-–—]\s+(?P<title>[^\n()\[\]]{1,80}?)"
                       r"\s*(?:[(\[]\s*(?:feat\.?|ft\.?|featuring|with)\s+(?P<feat>[^)\]\n]+)[)\]])?\s*$")


def is_weak_name(surface: str) -> bool:
    from .linking import is_weak
    return is_weak(surface)


# -- titles -------------------------------------------------------------------------------

def scan_title(text: str, tokens: list[Token], i: int, stops: dict[int, int], rx: _Rx,
               cued: bool = False) -> tuple[int, int] | None:
    """The span of an unquoted title starting at token ``i``, or None. ``cued``: right after a
    work noun ('the single The Feels', 'her EP, The Winning'), where a leading 'The' belongs to
    the title when a capitalised word that is no known name follows it."""
    if i >= len(tokens) or not tokens[i].is_word or not is_capitalised(tokens[i].text):
        return None
    if cued and tokens[i].text == "The" and i + 1 < len(tokens) and tokens[i + 1].is_word \
            and is_capitalised(tokens[i + 1].text) and text[tokens[i].end:tokens[i + 1].start] == " " \
            and tokens[i + 1].start not in stops and tokens[i + 1].text.lower() not in month_words():
        span = scan_title(text, tokens, i + 1, stops, rx)
        return (tokens[i].start, span[1]) if span else None
    if tokens[i].text.lower() in month_words() or tokens[i].text in {"No", "The", "A", "An", "This", "That", "It"}:
        return None
    words = 0
    end_idx = i
    j = i
    subtitle = False
    while j < len(tokens) and words < rx.max_words:
        tok = tokens[j]
        if j > i:
            gap = text[tokens[j - 1].end:tok.start]
            if gap not in ("", " "):
                break
            if tok.start in stops and not (tok.text.isupper() and all(t.text.isupper() or not t.is_word for t in tokens[i:j])) \
                    and not (is_weak_name(tok.text) and stops[tok.start] == tok.end):
                break  # a KB name ends the title, but not inside an all-caps one ("HOME SWEET HOME")
        if tok.is_word:
            if j > i and tok.text.islower() and tok.text in rx.stop_words:
                inner = _inner_words(text, tokens, j, stops)
                if inner:  # "Map of the Soul": a linking word between capitalised words
                    j += inner
                    continue
                break
            if subtitle and tok.text.islower():
                break
            if j > i and tok.text.islower() and all(t.text.isupper() or not t.is_word for t in tokens[i:j]):
                break  # "READY TO BE peaked": an all-caps title ends at the first lower-case word
            words += 1
            end_idx = j
        elif tok.text in "'’":
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if not (nxt and nxt.start == tok.end and nxt.is_word and nxt.text != "s" and j > i
                    and tokens[j - 1].end == tok.start):
                break
        elif tok.text == "." and j > i and tokens[j - 1].text.lower() in ("pt", "vol", "part", "no", "ep") \
                and j + 1 < len(tokens) and tokens[j + 1].start == tok.end and tokens[j + 1].text[:1].isdigit():
            pass  # "Set Me Free Pt.2", "Vol.1": an abbreviated part number stays in the title
        elif tok.text == ":" and j > i and j + 1 < len(tokens) and text[tok.end:tokens[j + 1].start] == " " \
                and tokens[j - 1].end == tok.start and tokens[j + 1].start not in stops \
                and (tokens[j + 1].text[:1].isdigit() or (is_capitalised(tokens[j + 1].text) and tokens[j + 1].text not in rx.stop_words
                                                          and tokens[j + 1].text.lower() not in month_words())):
            subtitle = True  # "Map of the Soul: 7", "Love Yourself: Answer": a subtitle after a colon
        elif tok.text in "&+!?-":
            if tok.text in "!?":
                end_idx = j
                break
        else:
            break
        j += 1
    not_last = patterns("titles")["title_not_last"]
    while end_idx > i and tokens[end_idx].is_word and tokens[end_idx].text.lower() in not_last:
        end_idx -= 1  # "ARMAGEDDON And (Lisa ...)": a title does not end with a linking word
    s, e = tokens[i].start, tokens[end_idx].end
    return (s, e) if e > s else None


def _inner_words(text: str, tokens: list[Token], j: int, stops: dict[int, int]) -> int:
    """How many lower-case linking words ('of', 'of the') at token ``j`` sit inside a title: only
    when a capitalised word that is not a month, a weekday or a known name follows them."""
    inner = patterns("titles")["title_inner_words"]
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].is_word and tokens[k].text in inner \
            and text[tokens[k].end:tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end] == " ":
        k += 1
    if k == j or k >= len(tokens) or tokens[j].text != inner[0]:
        return 0
    nxt = tokens[k]
    if not nxt.is_word or not is_capitalised(nxt.text) or nxt.start in stops or nxt.text.lower() in month_words() \
            or nxt.text in {"The", "A", "An"}:
        return 0
    return k - j


@lru_cache(maxsize=1)
def _show_names_rx() -> re.Pattern[str]:
    return re.compile(alternation(patterns("events").get("music_shows", {}).get("shows", ["(?!)"])))


def _no_show_names(text: str) -> str:
    """The text with music-show names blanked ("won on Show! Music Core with 'X'": X is a song)."""
    return _show_names_rx().sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(patterns("titles").get("not_title_openers", []))


# an album named by what follows: an apposition ending in an album noun, or "is led by its title track"
ALBUM_RIGHT = re.compile(r"\s*,\s+(?:the|a|an|her|his|their|its|[\w-]+(?:'s|’s|'))\s+(?:[\w-]+\s+){0,3}?(?i:album|EP|mini[\s-]album|LP|full-length|record)\b"
                         r"|\s+(?:is|was)\s+(?:led|fronted|headlined)\s+by\s+(?:the\s+|its\s+)?(?i:title\s+track|lead\s+single)")


# after a cued name: the end of a noun phrase (punctuation, a preposition, a relative), not a verb
CLOSED_AFTER = re.compile(r"[\"'’”]?\s*(?:[,.;:)!?]|$|(?:on|in|with|which|that|and|from|at|for|to|as|via|led)\b)")
LED_BY = re.compile(r"[\"'’”]?\s*,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:led|fronted|headlined|spearheaded)\s+by\s+"
                    r"(?:(?:the|its|their|his|her)\s+)?(?:(?:title\s+track|lead\s+single|single|song|track)\s*,?\s+)?[\"'‘“]?"
                    # "..., which included the title track of the same name and Money"
                    r"|[\"'’”]?\s*,?\s+(?:(?:which|that)\s+)?(?i:includ(?:es|ed|ing)|contain(?:s|ed|ing)|featur(?:es|ed|ing))\s+"
                    r"(?:the|its)\s+title\s+track\s+of\s+the\s+same\s+name\s*,?\s+(?:and|as\s+well\s+as)\s+"
                    r"(?:(?:the\s+)?(?:B-side|song|track|single)\s+)?[\"'‘“]?")


@lru_cache(maxsize=1)
def _credit_before() -> re.Pattern[str]:
    """'written with ', 'co-produced by ': what comes next is a credited person, not a work."""
    return re.compile(rf"(?i:\b{alternation(patterns('titles')['credit_verbs'])}\s+(?:(?:together|along)\s+)?(?:with|by|alongside)\s+(?:the\s+)?)$")


RELEASED_AFTER = re.compile(r",\s+(?:which\s+(?:was\s+|were\s+)?)?(?:released|dropped|issued|came\s+out|arrived|out)\s+(?:on|in|last|earlier|this|back|since)\b")
OWNER_OR_SEQUENCE_BEFORE = re.compile(r"(?:(?:'s|’s|\btheir|\bhis|\bher|\bits)\s+|\b(?:follows|followed|following|after|succeeds|with)\s+(?:the\s+)?)$")


WITH_TITLES = re.compile(r"\b(?i:topped|tops|top|topping|reached|reaches|hit|hits|debuted|debuts|returned|returns|came\s+back|"
                         r"scored|landed|summit|No\.\s*1)\b[^.;\n«]{0,80}?\bwith\s+(?=[A-Z0-9])")


def _caps_title(title: str) -> bool:
    """'ODDINARY', '5-STAR', 'I Am NOT': capitalised words, one of them in capitals (3+ letters)."""
    words = re.findall(r"[\w'’-]+", title)
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
        and any(sum(ch.isupper() for ch in w) >= 3 and w.upper() == w for w in words)


def _hit_with_title(title: str) -> bool:
    """Whether the words after 'scored a hit with' read as a title: every word capitalised (bar
    linking words) and the first no nationality ('Korean audiences', 'American fans')."""
    words = title.split()
    inner = set(patterns("titles")["title_inner_words"])
    nations = {w.lower() for w in patterns("people")["nationalities"]}
    return bool(words) and words[0].lower() not in nations \
        and all(not w[:1].islower() or w in inner for w in words)


def title_spans(text: str, tokens: list[Token], kb_ends: dict[int, int], rx: _Rx) -> list[_Span]:
    out: list[_Span] = []
    kb_starts = kb_ends  # start -> end of each reference name
    by_start = {t.start: k for k, t in enumerate(tokens)}

    def first_token_at(pos: int) -> int | None:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return by_start.get(pos)

    # quoted titles
    for m in rx.quoted.finditer(text):
        tg = "t" if m.group("t") is not None else "t2"
        title = m.group(tg).rstrip(",.;:")
        if not title or len(title.split()) > 10:
            continue
        feat_part = rx.feat_inside.match(title)
        words = (feat_part.group("title") if feat_part else title).split()
        if len(words) > 5 and sum(1 for w in words if is_capitalised(w)) < len(words) / 2:
            continue
        left = text[max(0, m.start() - 40):m.start()]
        right = text[m.end():m.end() + 30]
        cue_before = bool(rx.song_left.search(left) or rx.album_left.search(left))
        if not cue_before and (rx.not_music.search(right[:18]) or rx.not_music.search(_no_show_names(left)[-22:])):
            continue  # 'Only Murders in the Building' series (but: the OST 'X' for the drama Y)
        if not cue_before and _show_verb_left().search(left):
            continue  # 'Jin appeared on "Running Man"': a show (but 'appeared on Suga's "X"')
        raw = m.group(tg)
        if rx.speech_after.search(right) and not (raw.endswith(".") or re.match(r"[ \t]*\n", right)):
            continue  # '"...," he said' (but '... and "Boombayah." YG said ...' ends a sentence first)
        if raw[-1:] in ",.!?" and len(re.findall(r"\b[a-z][a-z']+\b", raw)) >= 2:
            continue  # "We are not disbanding," - a quotation, not a title
        cued = bool(rx.album_left.search(left) or rx.song_left.search(left))
        label = "Album" if rx.album_left.search(left) or ALBUM_IN_TITLE.search(m.group(tg)) else "Song"
        if label == "Song" and not rx.song_left.search(left) and ALBUM_RIGHT.match(text, m.end()):
            label, cued = "Album", True  # "'Armageddon', aespa's first full-length album"
        if rx.not_music_after.match(right):
            continue
        if re.search(r"(?i:\b(?:award|prize|daesang|bonsang|category)\s*$)", left) or re.match(r"\W*\s*(?i:award|prize)\b", right):
            continue
        if not is_capitalised(title) and not (rx.song_left.search(left) or rx.album_left.search(left)
                                              or _released_left().search(left)):
            continue  # 'golden maknae': a quoted phrase, not a title (but 'he released "on the street"')
        if rx.achievement.fullmatch(title):
            continue  # a 'Perfect All-Kill' is an achievement, not a song
        s = m.start(tg)
        prod = PROD_INSIDE.match(title)
        if prod and not rx.feat_inside.match(title):
            # 'Eight (prod. by Suga)': the title without its producer credit (no featured artist)
            out.append(_Span(s, s + prod.end("title"), label, "quoted" + (":cued" if cued else ""), 5.0))
            continue
        feat = rx.feat_inside.match(title)
        if feat:  # 'Seven (feat. Latto)': the title, and credited artists ('Jimin of BTS', 'A & B')
            out.append(_Span(s, s + feat.end("title"), label, "quoted" + (":cued" if cued else ""), 5.0))
            base = s + feat.start("name")
            for part in re.finditer(r"[^,&]+?(?=\s*(?:,|&|\band\b|$))", feat.group("name")):
                name_text = re.split(r"\s+(?:of|from)\s+", part.group().strip())[0]
                if not name_text or name_text.lower() == "and":
                    continue
                ns = base + part.start() + (len(part.group()) - len(part.group().lstrip()))
                if name_text.startswith("and "):
                    ns += 4
                    name_text = name_text[4:]
                out.append(_Span(ns, ns + len(name_text), "Artist", "featuring", 4.0, roles={"Artist"}))
            continue
        out.append(_Span(s, s + len(title), label, "quoted" + (":cued" if cued else ""), 5.0))
    # listicle lines: "2. Jungkook - Seven (feat. Latto)", "The Weeknd - One of the Girls (with Jennie)"
    for m in LIST_LINE.finditer(text):
        title = m.group("title").strip().strip("'\"‘’“”")
        if not title or len(title.split()) > 8 or not any(is_capitalised(w) for w in m.group("artist").split()):
            continue
        ts = m.start("title") + m.group("title").index(title)
        out.append(_Span(ts, ts + len(title), "Song", "list-line", 4.5))
        if m.group("feat"):
            base = m.start("feat")
            for part in re.finditer(r"[^,&]+", m.group("feat")):
                name_text = re.sub(r"^\s*(?:and\s+)?", "", part.group()).rstrip()
                name_text = re.split(r"\s+(?:of|from)\s+", name_text)[0]
                for piece in re.split(r"\s+and\s+", name_text):
                    if piece and is_capitalised(piece):
                        ps = base + part.start() + part.group().index(piece)
                        out.append(_Span(ps, ps + len(piece), "Artist", "featuring", 4.0, roles={"Artist"}))
    # titles after cue words
    plural = patterns("titles")["plural_cues"]
    for regex, label, pattern in ((rx.mv_cue, "Song", "cue:mv"), (rx.song_cue, "Song", "cue:song"),
                                  (rx.hit_with_cue, "Song", "cue:song"),
                                  (_plural_cue(tuple(plural["Song"])), "Song", "cue:songs"),
                                  (rx.album_cue, "Album", "cue:album"),
                                  (_plural_cue(tuple(plural["Album"])), "Album", "cue:albums")):
        for m in regex.finditer(text):
            if m.start() > 0 and text[m.start() - 1] in "'‘\"“":
                continue
            k = first_token_at(m.end())
            if k is None:
                continue
            span = scan_title(text, tokens, k, kb_starts, rx, cued=True)
            if span is None or re.match(r"(?:'s|'|’s|’)(?!\w)", text[span[1]:span[1] + 3]):
                continue  # "music video for Jungkook's single": an owner, not a title
            if pattern in ("cue:songs", "cue:albums") and (span[0] in kb_ends or not _hit_with_title(text[span[0]:span[1]])):
                continue  # "songs Jimin wrote": a known name opens a clause, not a list of titles
            if regex is rx.hit_with_cue and not _hit_with_title(text[span[0]:span[1]]):
                continue  # "scored a hit with Korean audiences": listeners, not a title
            if kb_ends.get(span[0]) == span[1] and not is_weak_name(text[span[0]:span[1]]) \
                    and not CLOSED_AFTER.match(text, span[1]):
                continue  # "the album BTS released": a subject, but "single album OMG on Monday" a title
            if pattern == "cue:album" and SONG_FROM_ALBUM.search(text[max(0, m.start() - 60):m.start()]) \
                    and re.search(r",\s*[\"'‘“]?$", m.group()):
                # "A pre-release single from the EP, Super Shy, drops ...": the apposition names the single
                out.append(_Span(span[0], span[1], "Song", "cue:song", 3.0))
                continue
            out.append(_Span(span[0], span[1], label, pattern, 3.0))
            # "the album 'RUBY', led by Mantra": the leading song is a title too
            lead = LED_BY.match(text, span[1]) if label == "Album" else None
            k2 = first_token_at(lead.end()) if lead else None
            span2 = scan_title(text, tokens, k2, kb_starts, rx) if k2 is not None else None
            if span2 and not (kb_ends.get(span2[0]) == span2[1] and not CLOSED_AFTER.match(text, span2[1])):
                out.append(_Span(span2[0], span2[1], "Song", "cue:song", 3.0))
            # a list: "for Lover and You Need To Calm Down"
            rest = text[span[1]:span[1] + 6]
            mm = re.match(r"\s*(?:,|and|&)\s+", rest)
            if mm and pattern == "cue:mv":
                k2 = first_token_at(span[1] + mm.end())
                if k2 is not None:
                    span2 = scan_title(text, tokens, k2, kb_starts, rx)
                    if span2:
                        out.append(_Span(span2[0], span2[1], label, pattern, 3.0))
            while mm and pattern in ("cue:songs", "cue:albums"):  # "the songs A, B and C"
                k2 = first_token_at(span[1] + mm.end())
                span = scan_title(text, tokens, k2, kb_starts, rx) if k2 is not None else None
                if not span or span[0] in kb_ends or not _hit_with_title(text[span[0]:span[1]]):
                    break
                out.append(_Span(span[0], span[1], label, pattern, 3.0))
                mm = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", text[span[1]:span[1] + 8])
    # unquoted capitalised titles after a chart or debut verb's "with": "topped the chart with
    # MAXIDENT, 5-STAR and ROCK-STAR", "debuted in 2018 with I Am NOT" (an all-caps word required)
    for m in WITH_TITLES.finditer(text):
        pos = m.end()
        for _ in range(8):
            k = first_token_at(pos)
            span = scan_title(text, tokens, k, kb_starts, rx) if k is not None else None
            if not span or span[0] in kb_ends or not _caps_title(text[span[0]:span[1]]):
                break
            out.append(_Span(span[0], span[1], "Song", "with-title", 2.5))
            more = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", text[span[1]:span[1] + 8])
            if not more:
                break
            pos = span[1] + more.end()
    # "released Golden Hour with Bruno Mars": an unquoted title between a release verb and a
    # credited partner that is a known name (the partner is what makes the capitalised run a title)
    for m in _released_unquoted().finditer(text):
        k = first_token_at(m.end())
        span = scan_title(text, tokens, k, kb_starts, rx) if k is not None else None
        if not span or span[0] in kb_ends or text[span[0]:span[1]].split()[0] in _openers() \
                or text[span[0]:span[1]].split()[0].lower() in month_words():
            continue
        partner = _WITH_PARTNER.match(text, span[1])
        if partner and first_token_at(partner.end()) is not None and partner.end() in kb_ends:
            out.append(_Span(span[0], span[1], "Song", "released-with", 2.5))
    # "aespa, whose Supernova topped Melon": an unquoted title between 'whose' and a chart verb
    for m in _WHOSE.finditer(text):
        k = first_token_at(m.end())
        span = scan_title(text, tokens, k, kb_starts, rx) if k is not None else None
        if span and span[0] not in kb_ends and _hit_with_title(text[span[0]:span[1]]) \
                and text[span[0]:span[1]].split()[0] not in patterns("titles")["whose_not_titles"] \
                and _whose_verb_after().match(text, span[1]):
            out.append(_Span(span[0], span[1], "Song", "whose-title", 2.5))
    # titles in apposition: "APT, her solo comeback release"; "the group's Drama, released last
    # November", "It follows In Bloom, which dropped on June 28" (an owner or a sequence word before)
    dated = [m for m in RELEASED_AFTER.finditer(text)]
    for m in [*rx.apposition.finditer(text), *dated]:
        # walk back over the words before the comma
        k = None
        for idx in range(len(tokens) - 1, -1, -1):
            if tokens[idx].end <= m.start():
                k = idx
                break
        if k is None:
            continue
        last = k
        if tokens[k].text in ("!", "?") and k > 0 and tokens[k - 1].is_word and tokens[k - 1].end == tokens[k].start:
            k -= 1  # "SPOT!, the rapper's new single": the exclamation mark ends the title
        first = k
        while first - 1 >= 0 and tokens[first - 1].is_word and is_capitalised(tokens[first - 1].text) \
                and text[tokens[first - 1].end:tokens[first].start] == " " and k - first < 4:
            first -= 1
        span = scan_title(text, tokens, first, kb_starts, rx)
        if span and text[span[0]:span[1]].split()[0] in _openers():
            continue
        if span and re.fullmatch(r"\d{4}", text[span[0]:span[1]]) \
                and re.search(r"(?:\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|\b[A-Z][a-z]{2,8}),?\s+$",
                              text[max(0, span[0] - 20):span[0]]):
            continue  # "on March 1, 2024, his first release": the year of a date, not a title
        opens = bool(span) and m in dated and re.search(r"(?:^|[.!?]\s+)$", text[max(0, span[0] - 3):span[0]]) is not None \
            and _caps_title(text[span[0]:span[1]]) and kb_ends.get(span[0]) != span[1] \
            and re.match(r",[^,;.]{0,40},\s+(?:is|was)\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:single|song|track|hit)\b",
                         text[span[1]:span[1] + 100]) is not None
        if span and m in dated and not opens and (not OWNER_OR_SEQUENCE_BEFORE.search(text[max(0, span[0] - 40):span[0]])
                                    or _credit_before().search(text[max(0, span[0] - 40):span[0]])):
            continue  # "'X', written with Coldplay, came out on ...": a credited writer, not a title
        if span and span[1] in (tokens[k].end, tokens[last].end):
            label = "Album" if re.search(rf"\b{alternation(patterns('titles')['album_cues'])}\b", m.group()) else "Song"
            out.append(_Span(span[0], span[1], label, "apposition", 2.0))
    return out


# -- people and agencies ------------------------------------------------------------------

def _names_in(m: re.Match[str]) -> list[tuple[int, int]]:
    spans = [(m.start("name"), m.end("name"))]
    if "more" in m.re.groupindex and m.group("more"):
        base = m.start("more")
        for mm in re.finditer(NAME, m.group("more")):
            spans.append((base + mm.start(), base + mm.end()))
    return spans


LEADING_NOT_NAME = frozenset({"about", "the", "a", "an", "in", "on", "at", "for", "with", "from", "after", "before",
                              "when", "while", "as", "and", "but", "meanwhile", "despite", "throughout", "also",
                              "congratulations", "why", "how", "what", "who", "watch", "see", "read", "breaking"})


def _clean_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim words that are not part of a name (leading 'About', trailing months, possessive 's)."""
    words = list(re.finditer(r"\S+", text[s:e]))
    while words and words[0].group().lower() in LEADING_NOT_NAME:
        words.pop(0)
    if not words:
        return None
    s, words = s + words[0].start(), [re.match(r"\S+", text[s + w.start():]) for w in words]
    words = list(re.finditer(r"\S+", text[s:e]))
    while words and ((len(words) > 1 and words[-1].group().lower().strip(".,") in month_words())
                     or words[-1].group() in {"On", "In", "At", "The", "And"}):
        words.pop()
    if not words:
        return None
    e = s + words[-1].end()
    while e > s and text[e - 1] in ".'’,":
        if text[e - 1] == "." and re.search(r"\b(?:Mr|Ms|Mrs|Dr|Jr|Sr)\.$", text[s:e]):
            break
        e -= 1
    if text[s:e].endswith("'s") or text[s:e].endswith("’s"):
        e -= 2
    if e <= s or (text[s:e].lower() in month_words() and re.match(r"\s*\d", text[e:e + 3])):
        return None  # "May 5" is a date
    return s, e


def person_spans(text: str, rx: _Rx, has_work_cue: bool) -> list[_Span]:
    out: list[_Span] = []

    def add(m: re.Match[str], label: str, pattern: str, pri: float = 4.0, all_names: bool = True) -> None:
        for s, e in (_names_in(m) if all_names else [(m.start("name"), m.end("name"))]):
            cleaned = _clean_name(text, s, e)
            if cleaned:
                out.append(_Span(cleaned[0], cleaned[1], label, pattern, pri, roles={label}))

    lower = text.lower()
    if "feat" in lower or "ft" in lower:
        for m in rx.featuring.finditer(text):
            add(m, "Artist", "featuring")
    if " with " in lower:
        for m in rx.collab_with.finditer(text):
            add(m, "Artist", "collab-with")
    if "joined by" in lower or "vocals" in lower or "verse" in lower:
        for m in rx.guest_cue.finditer(text):
            if m.group("name"):
                add(m, "Artist", "guest-cue")
            else:
                cleaned = _clean_name(text, m.start("name2"), m.end("name2"))
                if cleaned:
                    out.append(_Span(cleaned[0], cleaned[1], "Artist", "guest-cue", 4.0, roles={"Artist"}))
    for m in rx.group_cue.finditer(text):
        cleaned = _clean_name(text, m.start("name"), m.end("name"))
        if cleaned and not any(w.lower() in LEADING_NOT_NAME for w in text[cleaned[0]:cleaned[1]].split()[:1]):
            out.append(_Span(cleaned[0], cleaned[1], "Group", "group-cue", 2.0, roles={"Group"}))
    for m in rx.title_with.finditer(text):
        add(m, "Artist", "title-with", 3.0)
    for m in rx.role.finditer(text):
        add(m, "Artist", "role", all_names=False)
    if "direct" in lower or "filmmaker" in lower or "helm" in lower:
        for m in rx.directed_by.finditer(text):
            add(m, "Director", "directed-by", all_names=False)
        for m in rx.director_role.finditer(text):
            add(m, "Director", "director-role", all_names=False)
        for m in rx.who_directed.finditer(text):
            add(m, "Director", "who-directed", 3.5, all_names=False)
    for m in rx.possessive_work.finditer(text):
        if len(m.group("name").split()) >= 2:
            add(m, "Artist", "possessive-work", 1.5, all_names=False)
    for m in rx.agency_suffix.finditer(text):
        s0 = m.start("name")
        lead = re.match(r"(?:(?:The|A|An|At|In|On|For|With|From|By|About|And|But|Meanwhile|According\s+to)\s+)+", m.group("name"))
        if lead:
            s0 += lead.end()
        out.append(_Span(s0, m.end("name"), "Agency", "agency-suffix", 3.0, roles={"Agency"}))
    for m in (rx.agency_cue.finditer(text) if ("agency" in lower or "label" in lower) else ()):
        cleaned = _clean_name(text, m.start("name"), m.end("name"))
        if cleaned:
            out.append(_Span(cleaned[0], cleaned[1], "Agency", "agency-cue", 2.0, roles={"Agency"}))
    return out


# -- putting it together ------------------------------------------------------------------

def _resolve(spans: list[_Span]) -> list[_Span]:
    """Non-overlapping spans, strongest (then longest) first; identical spans merge roles."""
    kb_found = [k for k in spans if k.pattern == "kb"]
    # a name cut short by a pattern ("featuring S" of "S.Coups") yields to the longer KB name
    spans = [sp for sp in spans if sp.pattern == "kb" or sp.label != "Artist" or not any(
        k.start <= sp.start and sp.end <= k.end and k.end - k.start > sp.end - sp.start for k in kb_found)]
    chosen: list[_Span] = []
    for sp in sorted(spans, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
        clash = False
        for c in chosen:
            if sp.start < c.end and c.start < sp.end:
                clash = True
                if (sp.start, sp.end) == (c.start, c.end):
                    if sp.pattern == "kb" and c.label in ("Artist", "Director", "Agency"):
                        c.candidates = c.candidates or sp.candidates
                        if sp.label in ("Group", "Agency"):
                            c.label, c.roles = sp.label, {sp.label}
                            break
                    c.roles |= sp.roles
                break
        if not clash:
            chosen.append(sp)
    return sorted(chosen, key=lambda s: s.start)


# ("THE WORLD EP.FIN : WILL": a spaced colon between all-caps words joins a subtitle)
CAPS_RUN = re.compile(r"(?<![\w'’.-])[A-Z][A-Z0-9!?&'’.-]*[A-Z0-9!?](?:(?: +: +| +)[A-Z][A-Z0-9!?&'’.-]*[A-Z0-9!?]){1,7}(?= |$)", re.M)
@lru_cache(maxsize=1)
def _album_chart_after() -> re.Pattern[str]:
    """'X has debuted at No. 1 on the Billboard 200': a title charting on an albums chart is an album."""
    charts = alternation(patterns("events")["charts"]["album_charts"])
    return re.compile(rf"\s+(?:has\s+|have\s+|had\s+)?(?:debuted|opened|topped|landed|entered|peaked|charted)\s+(?:at\s+|atop\s+)?(?:No\.\s*\d+\s+on\s+)?(?:the\s+)?{charts}\b")


# "when READY TO BE peaked at No. 2": all-caps words right before a chart result are a title
CHART_VERB_AFTER = re.compile(r"\s*(?:peaked|debuted|opened|topped|landed|entered|charted|reached|climbed|rose|hit)\s+(?:at\s+|atop\s+|the\s+|No\.|number\b|#)")
ALBUM_COPULA = re.compile(r"\s+(?:is|was|will\s+be)\s+(?:the|a|an|their|his|her|its|(?:[\w'’-]+(?:'s|’s)))\s+(?:[\w'’-]+\s+){0,3}?(?i:album|EP|mini\s+album|mini-album|LP|full-length)")


def caps_runs(text: str, kb_found: list[_Span]) -> list[_Span]:
    """All-caps word runs that hold a KB name but do not start with one ("SUPER REAL ME" holds
    "REAL ME"), or follow an act's possessive ("G-Dragon's HOME SWEET HOME"): titles, not people."""
    out: list[_Span] = []
    kb_at = {k.start for k in kb_found}
    kb_end = {k.end for k in kb_found}
    for m in CAPS_RUN.finditer(text):
        s, e = m.start(), m.start() + len(m.group().rstrip())
        owned = re.search(r"(?:'s|’s|'|’)\s+$", text[max(0, s - 4):s])
        owned = owned and (s - len(owned.group())) in kb_end and not any(k.start == s and k.end == e for k in kb_found)
        charting = CHART_VERB_AFTER.match(text, e) and not any(k.start == s and k.end == e for k in kb_found)
        if not owned and not charting and (s in kb_at or not any(s < k.start < e for k in kb_found)):
            continue  # ("G-Dragon's HOME SWEET HOME": an act's all-caps words are a title)
        left = text[max(0, s - 40):s]
        album = re.search(r"(?i:\b(?:album|EP|LP|mini-album|record)\s*$)", left) or ALBUM_COPULA.match(text, e) \
            or _album_chart_after().match(text, e)
        label = "Album" if album else "Song"
        out.append(_Span(s, e, label, "caps-title" + (":cued" if album else ""), 3.0))
    return out


SONG_FROM_ALBUM = re.compile(r"(?i:\b(?:single|track|song|B-side|title\s+track)\s+(?:from|off|on)\s+(?:the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}$)")
SONG_NOUN_LEFT = re.compile(r"(?i:\b(?:title\s+track|lead\s+single|single|song|track|B-side)\s*,?\s*[\"'‘“]?$)")
ALBUM_AND_TRACK = re.compile(r"(?i:\b(?:album|EP|single|record)\s+of\s+the\s+same\s+name|title\s+track\s+of\s+the\s+same\s+name|album\s+and\s+(?:its\s+|the\s+)?title\s+track|title\s+track\s+and\s+album)")


def find_mentions(doc: Doc, kb: ReferenceKB) -> list[Mention]:
    text = doc.text
    rx = _rx()
    tokens = tokenize(text)
    kb_found = kb_spans(text, tokens, kb) if len(kb) else []
    caps_titles = caps_runs(text, kb_found)
    if caps_titles:  # "SUPER REAL ME": a name inside a longer all-caps title is no name
        kb_found = [k for k in kb_found if not any(c.start < k.start and k.end <= c.end or
                                                   c.start <= k.start and k.end < c.end for c in caps_titles)]
    kb_ends = {s.start: s.end for s in kb_found}
    spans = kb_found + caps_titles + title_spans(text, tokens, kb_ends, rx) + person_spans(text, rx, True)
    # a KB name inside a person-cue span of the same extent gives that span its candidates
    kb_by_extent = {(s.start, s.end): s for s in kb_found}
    for sp in spans:
        if sp.pattern != "kb" and (sp.start, sp.end) in kb_by_extent and sp.label in ("Artist", "Director", "Agency"):
            sp.candidates = list(kb_by_extent[(sp.start, sp.end)].candidates)
    chosen = _resolve(spans)
    # "Rolling Stone's "100 Best Songs" list": a possessive before a quote that is no title names no artist
    title_starts = {sp.start for sp in chosen if sp.label in ("Song", "Album")}
    chosen = [sp for sp in chosen if not (
        sp.pattern == "possessive-work" and re.match(r"(?:'s|’s|')\s+[\"'‘“]", text[sp.end:sp.end + 5])
        and not any(sp.end < ts <= sp.end + 6 for ts in title_starts))]
    # one surface, one kind of work: a title cued as an album ("EP 'ATE'") is an album everywhere
    cued_label: dict[str, set[str]] = {}
    votes: dict[str, Counter[str]] = {}
    for sp in chosen:
        if sp.label in ("Song", "Album") and (sp.pattern.startswith("cue:") or sp.pattern.endswith(":cued")):
            cued_label.setdefault(text[sp.start:sp.end], set()).add(sp.label)
            votes.setdefault(text[sp.start:sp.end], Counter())[sp.label] += 1
            if sp.label == "Song" and SONG_NOUN_LEFT.search(text[max(0, sp.start - 30):sp.start]):
                votes[text[sp.start:sp.end]]["noun"] += 100  # a title track named like its album: both stand
    for sp in chosen:
        labels = cued_label.get(text[sp.start:sp.end])
        if sp.label in ("Song", "Album") and labels and len(labels) == 1 and not (
                sp.pattern.startswith("cue:") or sp.pattern.endswith(":cued")):
            sp.label = next(iter(labels))
        elif sp.label in ("Song", "Album") and labels and len(labels) == 2:
            # cued both ways ("to release 'Muse'", "his album 'Muse'" twice): the majority, if any
            (top, n1), (_, n2) = votes[text[sp.start:sp.end]].most_common(2)
            if top != "noun" and n1 > n2 and not ALBUM_AND_TRACK.search(text):
                sp.label = top
    # recurrences of titles and minted names (stronger than a one-word KB name)
    extra: list[_Span] = []
    seen: set[tuple[str, str]] = set()
    for sp in chosen:
        if sp.pattern == "kb" or sp.candidates:
            continue
        surface = text[sp.start:sp.end]
        if (sp.label, surface) in seen or len(surface) < 2:
            continue
        seen.add((sp.label, surface))
        for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text):
            if (m.start(), m.end()) != (sp.start, sp.end):
                extra.append(_Span(m.start(), m.end(), sp.label, "repeat", 1.2, roles=set(sp.roles)))
    if extra:
        chosen = _resolve(spans + extra)
    out = []
    for sp in chosen:
        pattern = sp.pattern + ("" if not sp.roles or sp.roles == {sp.label} else "+" + "+".join(sorted(sp.roles)))
        out.append(Mention(sp.start, sp.end, text[sp.start:sp.end], sp.label, doc.sentence_of(sp.start),
                           pattern=pattern, candidates=list(sp.candidates)))
    return out


@component("mentions", requires=("sentences",), provides=("mentions",))
def make_mentions(kb: Any = None, kb_path: str | None = None) -> Callable[[Doc], Doc]:
    """Find mentions; ``kb`` (a ReferenceKB) or ``kb_path`` choose the reference names."""
    reference = get_kb(kb, kb_path)

    def mentions(doc: Doc) -> Doc:
        doc.mentions = find_mentions(doc, reference)
        return doc
    return mentions
