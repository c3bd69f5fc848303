"""``relations``: facts between the entities of an article, and the events it reports.

Each sentence is rewritten as a *masked* string where every mention is a placeholder
(``«A3»`` an artist, ``«G1»`` a group, ``«Y0»`` an agency, ``«S2»`` a song, ``«L4»`` an album,
``«T5»`` a date), so patterns read like the grammar they encode:
``«G»'s «A»`` (member), ``«A»'s pre-single «S»`` (performer), ``«S», featuring «A»``
(featured artist), ``directed by «A»`` (director of the nearest music video). Cue words come
from ``data/patterns``. Pronouns and definite descriptions (``his``, ``the group``, ``the
song``) resolve to the most recent entity of the right type. Events live in
:mod:`.events` and awards in :mod:`.awards`; both run from here.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ...kb import ReferenceKB, mint_iri
from .. import component
from ..doc import Doc, Entity, Fact
from ._common import alternation, get_kb, patterns

LETTER = {"Artist": "A", "Director": "D", "Group": "G", "Agency": "Y", "Song": "S", "Album": "L"}
POSS = r"(?:'s|’s|'|’)"
Q = r"[\"'‘“]?"
QC = r"(?:,?[\"'’”])?"  # a closing quote, with the comma American style puts inside it
APPOSED_ITEM = re.compile(rf"{QC},?\s+(?:a|an|the|which|that|its|her|his|their)\b(?:[^«;.]|«[AGT]\d+»){{0,70}}?,\s*(?:and\s+)?{Q}«S(?P<s>\d+)»")
GROUP_NOUN = r"(?:group|band|boy\s+group|girl\s+group|boy\s*band|sensation|supergroup|act|septet|sextet|quintet|quartet|trio|duo|octet|unit|sub-unit|subunit)"
NOUN_BEFORE = re.compile(r"(?i:\b(?:a|an|the|first|new|latest|major|next|second|third|last|debut|comeback|digital|physical|surprise|solo|group|upcoming|previous)\s+$)")
MEMBER_APPOSITION = r"\s*,\s*(?:also\s+)?(?:featuring|including|comprising|with\s+members?|made\s+up\s+of|consisting\s+of|composed\s+of)\s+"
AGENT_BEFORE = re.compile(r"(?:\b(?:by|featuring|feat\.|alongside)|\()\s*$")


YARDSTICK = re.compile(r"\b(?:after|following|behind|than|like|unlike|joining)\s+(?:(?:his|her|fellow)\s+)?(?:(?:members?|bandmates?)\s+)?"
                       r"«A\d+»(?!'s|’s)(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)«A\d+»(?!'s|’s))*")


@dataclass
class Item:
    kind: str           # A G Y S L T V(music video)
    key: str | None     # entity key, date value, or (for V) the song key
    pos: int            # start in the masked string
    end: int
    n: int


@dataclass
class View:
    """One sentence with its mentions and dates masked."""

    index: int
    text: str
    items: list[Item]
    mvs: list[Item] = field(default_factory=list)

    def kinds(self, kinds: str) -> bool:
        """Whether the sentence has an item of one of these kinds."""
        return any(it.kind in kinds for it in self.items)

    def item(self, n: int | str) -> Item:
        return self.items[int(n)]

    def before(self, pos: int, kinds: str) -> list[Item]:
        return [it for it in self.items if it.end <= pos and it.kind in kinds]

    def after(self, pos: int, kinds: str) -> list[Item]:
        return [it for it in self.items if it.pos >= pos and it.kind in kinds]


def build_view(doc: Doc, sent_index: int) -> View:
    sent = doc.sentences[sent_index]
    spans: list[tuple[int, int, str, str | None]] = []
    for m in doc.mentions:
        if m.sentence == sent_index and m.entity and m.start >= sent.start and m.end <= sent.end:
            ent = doc.entities[m.entity]
            kind = _kind(ent)
            spans.append((m.start, m.end, kind, m.entity))
    for d in doc.dates:
        if d.sentence == sent_index:
            if not any(s < d.end and d.start < e for s, e, _, _ in spans):
                spans.append((d.start, d.end, "T", d.value))
    spans.sort()
    out, items, cursor = [], [], sent.start
    for s, e, kind, key in spans:
        if s < cursor:
            continue
        out.append(_plain(doc.text[cursor:s]))
        pos = sum(len(x) for x in out)
        token = f"«{kind}{len(items)}»"
        out.append(token)
        items.append(Item(kind, key, pos, pos + len(token), len(items)))
        cursor = e
    out.append(_plain(doc.text[cursor:sent.end]))
    return View(sent_index, "".join(out), items)


def _plain(text: str) -> str:
    """Article text with the placeholder brackets replaced (same length), so no input can forge one."""
    return text.replace("«", "‹").replace("»", "›") if "«" in text or "»" in text else text


def _kind(ent: Entity) -> str:
    for t in ("Group", "Agency", "Song", "Album", "MusicVideo", "Artist", "Director"):
        if t == "MusicVideo" and t in ent.types:
            return "V"
        if t in ent.types:
            return LETTER[t]
    return "A"


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    t = patterns("titles")
    p = patterns("people")
    return {
        "song": alternation(t["song_cues"]),
        "album": alternation(t["album_cues"]),
        "mv": alternation(t["mv_cues"]),
        "work": alternation(t["song_cues"] + t["album_cues"] + t["mv_cues"]),
        "release": alternation([v for v in t["release_verbs"] if v != "debuted"]),
        "perform": alternation(t["perform_verbs"]),
        "with_verbs": alternation(t["with_verbs"]),
        "award_verbs": alternation(t["award_verbs"]),
        "feat": alternation(t["featuring"]),
        "guest_verbs": alternation(t["guest_verbs"]),
        "guest_parts": alternation(t["guest_parts"]),
        "credit_verbs": alternation(t["feature_credit_verbs"]),
        "guest_nouns": alternation(t["guest_nouns"]),
        "collab": alternation(t["collab_nouns"]),
        "qual": alternation(p["nationalities"] + p["artist_roles"]),
        "group_ana": "(?i:" + alternation(p["group_anaphors"]) + "|the\\s+(?:[\\w-]+\\s+){1,2}?" + GROUP_NOUN
                     + "|the\\s+«Y\\d+»\\s+(?:[\\w-]+\\s+)?" + GROUP_NOUN + ")",
        "artist_ana": "(?i:" + alternation(p["artist_anaphors"]) + "|the\\s+\\d{1,2}-year-old|the\\s+(?:[\\w-]+\\s+){1,2}?(?:singer|rapper|soloist|star|idol|vocalist|rapper-producer|singer-songwriter|leader|maknae)"
                      "|the\\s+(?:[\\w-]+\\s+){0,2}?«G\\d+»\\s+(?:member|leader|maknae|singer|rapper|vocalist))",
        "song_ana": "(?i:" + alternation(p["song_anaphors"]) + "|the\\s+(?:[\\w-]+\\s+){1,2}?(?:song|track|single|anthem|tune|ballad|hit|number|collab|collaboration))",
    }


def _artist_list(prefix: str = "a") -> str:
    """One or more artists, each optionally after its group's possessive: «G»'s «A», «A» and «A»."""
    one = rf"(?:(?:{_cues()['qual']})\s+){{0,3}}(?:«G\d+»{POSS}\s+)?«[AG](?P<{prefix}>\d+)»"
    more = rf"(?P<{prefix}_more>(?:\s*(?:,|and|&|,\s*and)\s*(?:(?:{_cues()['qual']})\s+)*(?:«G\d+»{POSS}\s+)?«[AG]\d+»)*)"
    return one + more


def _list_items(view: View, m: re.Match[str], prefix: str) -> list[Item]:
    out = [view.item(m.group(prefix))]
    tail = m.group(prefix + "_more") or ""
    for mm in re.finditer(r"(?:«G\d+»(?:'s|’s|'|’)\s+)?«([AG])(\d+)»", tail):
        out.append(view.item(mm.group(2)))
    return out


class Resolver:
    """Recency-based resolution of pronouns and definite descriptions."""

    def __init__(self, doc: Doc, views: list[View], kb: ReferenceKB) -> None:
        self.doc, self.views, self.kb = doc, views, kb

    def recent(self, sent: int, pos: int, kinds: str, exclude: set[str] = frozenset(), forward: bool = False,
               skip_agents: bool = False) -> str | None:
        for v in reversed(self.views[:sent + 1]):
            cands = v.items if v.index != sent else [it for it in v.items if it.end <= pos]
            for it in reversed(cands):
                if it.kind in kinds and it.key and it.key not in exclude:
                    if skip_agents and AGENT_BEFORE.search(v.text[max(0, it.pos - 14):it.pos]):
                        continue
                    return it.key
        if forward:
            for v in self.views[sent:]:
                for it in v.items:
                    if (v.index != sent or it.pos >= pos) and it.kind in kinds and it.key and it.key not in exclude:
                        return it.key
        return None

    def salient(self, sent: int, kinds: str, pos: int | None = None) -> str | None:
        """The entity of that kind mentioned most often up to this sentence (ties: the first named);
        with ``pos``, only what comes before that point of the sentence."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        order = 0
        for v in self.views[:sent + 1]:
            for it in v.items:
                if pos is not None and v.index == sent and it.pos >= pos:
                    break
                if it.kind in kinds and it.key:
                    counts[it.key] = counts.get(it.key, 0) + 1
                    order += 1
                    last.setdefault(it.key, -order)
        if not counts:
            return None
        return max(counts, key=lambda k: (counts[k], last[k]))

    def subject(self, sent: int, pos: int, kinds: str) -> str | None:
        """The first entity of the sentence (a group's possessive before an artist skipped)."""
        v = self.views[sent]
        for it in v.items:
            if it.pos >= pos:
                break
            if it.kind == "G" and re.match(r"(?:'s|’s|'|’)\s+«A", v.text[it.end:it.end + 6]):
                continue
            if AGENT_BEFORE.search(v.text[max(0, it.pos - 14):it.pos]):
                continue
            if re.match(r"(?:'s|’s)\s+(?!«)", v.text[it.end:it.end + 4]) and re.search(r"\b(?:he|she|they)\b", v.text[:it.pos]):
                continue  # "That night he joined Chris Martin's band": the owner after a subject pronoun
            if it.kind in "AGSLY":
                return it.key if it.kind in kinds else None
        return None

    def pronoun(self, word: str, sent: int, pos: int) -> str | None:
        w = " ".join(word.lower().split())
        w = re.sub(r"(?:'s|’s|')$", "", w)
        if w.startswith("the ") and not w.endswith("itself"):
            kinds = "A" if re.search(r"\b(?:member|leader|maknae|singer|rapper|soloist|star|idol|vocalist|rapper-producer|singer-songwriter|artist|musician|dancer|producer|hitmaker|entertainer|performer|crooner|\d+-year-old)$", w) else (
                "G" if re.search(rf"\b{GROUP_NOUN}$|\b(?:boyband|eight-piece|seven-piece|nine-member group|five-member act)$", w) else "")
            if kinds:  # "the singer": the article's main artist, not just the last one named
                found = self.in_sentence(sent, pos, kinds) if kinds == "G" and self.in_sentence(sent, pos, kinds) else self.salient(sent, kinds, pos)
                # "The SM Entertainment girl group's new album ... aespa is back": named later
                return found or self.recent(sent, pos, kinds, forward=True)
        if w.startswith("the "):
            if re.search(r"\b(?:member|leader|maknae|singer|rapper|soloist|star|idol|vocalist|rapper-producer|singer-songwriter|dancer|producer|hitmaker|entertainer|performer|crooner|\d+-year-old)$", w):
                w = "he"
            elif re.search(rf"\b{GROUP_NOUN}$|\b(?:boyband|eight-piece|seven-piece|nine-member group|five-member act)$", w):
                w = "its"
        if w in ("his", "her", "he", "she", "him") or re.fullmatch(_cues()["artist_ana"] + r"(?:'s|’s)?", w, re.I):
            return (self.subject(sent, pos, "A") or self.in_sentence(sent, pos, "A")
                    or self.salient_recent(sent, "A", exclude=self.yardsticks(sent, pos)))
        if w in ("their", "they", "its", "them") or re.fullmatch(_cues()["group_ana"] + r"(?:'s|’s)?", w, re.I):
            return self.subject(sent, pos, "G") or self.in_sentence(sent, pos, "G") or self.salient_recent(sent, "G") or (
                self.recent(sent, pos, "A") if w in ("their", "they", "them") else None)
        return None

    def _kind_of(self, key: str) -> str:
        ent = self.doc.entities.get(key)
        return _kind(ent) if ent else "?"

    def in_sentence(self, sent: int, pos: int, kinds: str) -> str | None:
        """The latest entity of that kind earlier in the same sentence (not a 'by ...' agent)."""
        v = self.views[sent]
        for it in reversed([it for it in v.items if it.end <= pos]):
            if it.kind in kinds and it.key and not AGENT_BEFORE.search(v.text[max(0, it.pos - 14):it.pos]):
                return it.key
        return None

    def salient_recent(self, sent: int, kinds: str, window: int = 3, exclude: set[str] = frozenset()) -> str | None:
        """Across sentences: the subject of the previous sentence when it is of that kind, else
        the most mentioned entity of the last few sentences (ties: the latest); never one of
        ``exclude``."""
        if sent > 0:
            lead = re.match(rf"\W*(?P<p>{_cues()['artist_ana']}|{_cues()['group_ana']}|He|She|They)\b(?!\s*(?:'s|’s))", self.views[sent - 1].text)
            if lead:  # "The singer, who enlisted with Jungkook, ...": the previous sentence's subject is the anaphor's
                back = self.pronoun(lead.group("p"), sent - 1, lead.start("p"))
                if back and self._kind_of(back) in kinds and back not in exclude:
                    return back
            prev = self.subject(sent - 1, 10**9, kinds)
            if prev and prev not in exclude:
                return prev
            owner = re.match(r"\W*(?P<p>His|Her)\s+(?:[\w-]+\s+){1,3}?«A\d+»", self.views[sent - 1].text)
            if prev and owner:  # "His bandmate Jin saw him off. He enlisted ... after Jin": the owner
                back = self.pronoun(owner.group("p"), sent - 1, 0)
                if back and self._kind_of(back) in kinds and back not in exclude:
                    return back
        counts: dict[str, float] = {}
        for v in self.views[max(0, sent - window):sent]:
            for it in v.items:
                if it.kind in kinds and it.key and it.key not in exclude:
                    counts[it.key] = counts.get(it.key, 0) + 1 + v.index * 0.01
        if counts:
            return max(counts, key=counts.__getitem__)
        return self.recent(sent, 0, kinds, exclude=exclude)

    def yardsticks(self, sent: int, pos: int) -> set[str]:
        """People a sentence measures its subject against after ``pos`` ('becoming the second
        member to enlist after Jin', 'following RM and V'): not who its pronoun subject is."""
        v = self.views[sent]
        out: set[str] = set()
        for m in YARDSTICK.finditer(v.text, pos):
            out |= {v.item(n).key for n in re.findall(r"«A(\d+)»", m.group()) if v.item(n).key}
        return out


class Extractor:
    def __init__(self, doc: Doc, kb: ReferenceKB) -> None:
        self.doc, self.kb = doc, kb
        self.views = [build_view(doc, s.index) for s in doc.sentences]
        self.res = Resolver(doc, self.views, kb)
        self.c = _cues()
        self._anchors: dict[int, list[int]] = {}

    # -- fact helpers ---------------------------------------------------------------------
    def fact(self, s: str | None, p: str, o: str | None, sent: int, pattern: str, confidence: float = 0.9) -> None:
        if not s or not o or s == o:
            return
        self.doc.add_fact(Fact(s, p, o, sentence=sent, pattern=pattern, confidence=confidence))

    def has(self, s: str, p: str, o: str) -> bool:
        return any(f.key == (s, p, o) for f in self.doc.facts)

    def ent(self, key: str | None) -> Entity | None:
        return self.doc.entities.get(key) if key else None

    def is_artist(self, key: str | None) -> bool:
        e = self.ent(key)
        return bool(e and "Artist" in e.types and "Group" not in e.types)

    def is_group(self, key: str | None) -> bool:
        e = self.ent(key)
        return bool(e and "Group" in e.types)

    def common_group(self, artists: list[str | None]) -> str | None:
        """The one group (named in the article) every artist of the list belongs to, per the KB."""
        named = {k for k, e in self.doc.entities.items() if "Group" in e.types}
        common: set[str] | None = None
        for a in artists:
            entry = self.kb.get(a) if a else None
            if not entry or not entry.groups:
                return None
            common = set(entry.groups) if common is None else common & set(entry.groups)
        found = (common or set()) & named if common else set()
        if not found and common and len(common) == 1:
            found = common
        return next(iter(found)) if len(found) == 1 else None

    def mv_of(self, song: str) -> str:
        """The music-video entity of a song (created on first use)."""
        se = self.doc.entities[song]
        iri = mint_iri("MusicVideo", se.name)
        if iri not in self.doc.entities:
            self.doc.entities[iri] = Entity(key=iri, types={"MusicVideo"}, name=f"{se.name} music video", iri=iri)
        self.doc.add_fact(Fact(iri, "musicVideoOf", song, sentence=None, pattern="mv"))
        return iri

    def performers(self, work: str) -> list[str]:
        return [f.o for f in self.doc.facts if f.s == work and f.p == "performer"]

    # -- passes ---------------------------------------------------------------------------
    def run(self) -> None:
        for v in self.views:
            self.music_videos(v)
        for v in self.views:
            self.membership(v)
            self.agency(v)
            self.performer(v)
        for v in self.views:
            self.featured(v)
            self.album(v)
            self.album_anaphora(v)
            self.album_contents(v)
            self.title_track_of_recent_album(v)
            self.album_membership(v)
            self.release_dates(v)
            self.release_dates_extra(v)
            self.directors(v)
            self.appearances(v)
        self.agency_anaphora()
        self.agency_speakers()
        self.propagate_album_performers()
        for v in self.views:
            self.performer_same_sentence(v)
        self.propagate_album_performers()
        self.title_track_dates()
        for v in self.views:
            self.respectively(v)
        for v in self.views:
            self.agency_release(v)
        from . import awards, events
        events.extract(self)
        awards.extract(self)

    def music_videos(self, v: View) -> None:
        """Find music-video references; each becomes a V item tied to a song."""
        c = self.c
        t = v.text
        found: list[tuple[int, int, str]] = []
        for m in re.finditer(rf"(?i:\b{c['mv']})\s+(?:for|of)\s+(?:(?:«[AG]\d+»{POSS}|the|his|her|their|its|[a-z][\w-]*)\s+){{0,4}}?(?:{c['work']}\s*,?\s+)?{Q}«[SL](?P<s>\d+)»(?P<more>(?:{QC}\s*(?:,\s*and|,|and|&)\s*{Q}«S\d+»)*)", t):
            found.append((m.start(), m.end(), v.item(m.group("s")).key))
            for mm in re.finditer(r"«S(\d+)»", m.group("more")):
                found.append((m.start("more") + mm.start(), m.start("more") + mm.end(), v.item(mm.group(1)).key))
        for m in re.finditer(rf"«S(?P<s>\d+)»{QC}(?:{POSS})?\s+(?:official\s+)?(?i:{c['mv']})\b", t):
            found.append((m.start(), m.end(), v.item(m.group("s")).key))
        # "the video for 'Smart'" (not a performance, dance or lyric video)
        for m in re.finditer(rf"(?i:\b(?:the|its|a|their|his|her|new)\s+(?:(?!(?:behind-the-scenes|performance|dance|lyric|teaser|reaction|practice|live|fan-made|vertical|short)\b)[\w-]+\s+)?video)\s+(?:for|of)\s+{Q}«S(?P<s>\d+)»", t):
            found.append((m.start(), m.end(), v.item(m.group("s")).key))
        for m in re.finditer(rf"«S(?P<s>\d+)»{QC},?\s+(?:whose|with\s+its|and\s+its)\s+(?:[\w-]+\s+)?(?i:{c['mv']})\b", t):
            found.append((m.start(), m.end(), v.item(m.group("s")).key))
        taken = [(a, b) for a, b, _ in found]
        for m in re.finditer(rf"(?i:\b(?:the\s+(?:song|track|single|tune)(?:'s|’s)|the|this|that|its|his|her|their|a|new)\s+(?:(?!(?:behind-the-scenes|performance|dance|teaser|reaction|lyric|concept|practice|live|fan-made|making|vertical|short|promotional|official\s+teaser|highlight)\b)[\w-]+\s+){{0,3}}?(?:music video|MV|M/V|clip|video)\b)(?P<rest>\s+for\s+(?:«(?P<o>[AG])(?P<on>\d+)»{POSS}|his|her|their|its)?)?", t):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            owner = v.item(m.group("on")).key if m.group("on") else None
            if not owner and not m.group("rest"):
                existing = self.latest_mv(v.index)
                if existing:
                    found.append((m.start(), m.end(), "mv:" + existing))
                    continue
            song = self.recent_song(v.index, m.start(), owner) if owner else self.nearby_song(v.index, m.start())
            if song:
                found.append((m.start(), m.end(), song))
        for s, e, song in sorted(found):
            if song and song.startswith("mv:"):
                v.mvs.append(Item("V", song[3:], s, e, -1))
            elif song and song in self.doc.entities and "Song" in self.doc.entities[song].types:
                v.mvs.append(Item("V", self.mv_of(song), s, e, -1))

    def nearby_song(self, sent: int, pos: int, kind: str = "S") -> str | None:
        """The work a bare 'the music video' / 'the album' refers to: one named in this or the
        previous sentence (the latest), else the article's main one."""
        for v in (self.views[sent], self.views[sent - 1] if sent else None):
            if v is None:
                continue
            songs = [it for it in v.items if it.kind in kind and (v.index != sent or it.end <= pos)]
            if songs:
                return songs[-1].key
        return self.res.salient(sent, kind)

    def latest_mv(self, sent: int) -> str | None:
        for v in reversed(self.views[:sent + 1]):
            if v.mvs:
                return v.mvs[-1].key
        return None

    def recent_song(self, sent: int, pos: int, owner: str | None = None) -> str | None:
        if owner:
            for f in reversed(self.doc.facts):
                if f.p == "performer" and f.o == owner and "Song" in self.doc.entities[f.s].types:
                    return f.s
        # the most recent music video's song, then the most recent song
        return self.res.recent(sent, pos, "S", forward=False)

    def membership(self, v: View) -> None:
        if not (v.kinds("AG")):
            return  # every pattern below needs one
        t = v.text
        for m in re.finditer(rf"«G(?P<g>\d+)»{POSS}\s+(?:(?:member|members|leader|maknae|vocalist|rapper|singer|dancer|youngest)\s+)?«A(?P<a>\d+)»(?P<more>(?:\s*(?:,|and|&|,\s*and)\s*«A\d+»)*)", t):
            self.fact(v.item(m.group("a")).key, "memberOf", v.item(m.group("g")).key, v.index, "member:possessive")
            for n in re.findall(r"«A(\d+)»", m.group("more")):
                # "NewJeans' Hanni, Minji and Haerin" but "BTS' V and IU": only members the KB knows
                entry = self.kb.get(v.item(n).key)
                if entry and v.item(m.group("g")).key in entry.groups:
                    self.fact(v.item(n).key, "memberOf", v.item(m.group("g")).key, v.index, "member:possessive")
        for m in re.finditer(rf"(?P<others>(?:«A\d+»\s*(?:,|and|&|,\s*and)\s*)*)«A(?P<a>\d+)»(?:\s*\([^()«]*(?:«A\d+»[^()«]*)?\))?,?\s+(?:(?:a|the|fellow|one)\s+)?(?:(?:[\w-]+\s+){{0,2}}?(?:member|members|leader|maknae|rapper|vocalist|youngest|eldest|oldest|dancer|singer)\s+)?of\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{GROUP_NOUN}\s+)?«G(?P<g>\d+)»", t):
            self.fact(v.item(m.group("a")).key, "memberOf", v.item(m.group("g")).key, v.index, "member:of")
            for n in re.findall(r"«A(\d+)»", m.group("others")):
                self.fact(v.item(n).key, "memberOf", v.item(m.group("g")).key, v.index, "member:of")
        for m in re.finditer(rf"«G(?P<g>\d+)»\s+(?:members?|leader|maknae)\s+{_artist_list()}", t):
            for it in _list_items(v, m, "a"):
                if it.kind == "A":
                    self.fact(it.key, "memberOf", v.item(m.group("g")).key, v.index, "member:group-member")
        for m in re.finditer(rf"(?i:members\s+of\s+)(?:«G(?P<g>\d+)»|(?P<ana>{self.c['group_ana']}))\s*,?\s*(?:(?:namely|including)\s+)?{_artist_list()}", t):
            group = v.item(m.group("g")).key if m.group("g") else self.res.pronoun(m.group("ana"), v.index, m.start())
            if self.is_group(group):
                for it in _list_items(v, m, "a"):
                    if it.kind == "A":
                        self.fact(it.key, "memberOf", group, v.index, "member:members-of")
        for m in re.finditer(r"(?<![»'’s]\s)\b(?i:(?:fellow\s+)?(?:member|leader|maknae|bandmate))\s+«A(?P<a>\d+)»", t):
            artist = v.item(m.group("a")).key
            group = self.res.recent(v.index, m.start(), "G")
            entry = self.kb.get(artist) if artist else None
            if group and entry and group in entry.groups:
                self.fact(artist, "memberOf", group, v.index, "member:member-anaphor")
        # "The group consists of A, B and C", "BSS, made up of A, B and C", "members -- A, B, C --"
        for m in re.finditer(rf"(?:«G(?P<g>\d+)»[^«.;]{{0,40}}?|\b)(?i:consists?\s+of|consisting\s+of|(?:is\s+)?made\s+up\s+of|comprises|comprising|composed\s+of|(?:the\s+)?(?:remaining\s+|other\s+|current\s+|fellow\s+)?members?\s*(?:--|—|–|:|,|are|were|include|including)|(?:along\s+with|with|and|fellow)\s+members?(?=\s+«A)|(?:^\W*|[,;:]\s+)[Mm]embers(?=\s+«A\d+»\s*(?:,|and|&))|bandmates?(?:\s*,\s*(?:including|such\s+as|namely))?|lineup\s+(?:of|includes))\s*(?:(?:namely|fellow)\s+)?{_artist_list()}", t):
            group = v.item(m.group("g")).key if m.group("g") else self.res.recent(v.index, m.start(), "G")
            if not m.group("g"):
                # "(G)I-DLE took a bonsang. Members Jang Won-young and An Yu-jin ...": the group the
                # reference gives the list, when the article names it
                listed = [it.key for it in _list_items(v, m, "a") if it.kind == "A"]
                known = self.common_group(listed) if listed else None
                if known and known in self.doc.entities:
                    group = known
            if not self.is_group(group):
                continue
            for it in _list_items(v, m, "a"):
                entry = self.kb.get(it.key)
                if it.kind == "A" and (m.group("g") or not entry or not entry.groups or group in entry.groups):
                    self.fact(it.key, "memberOf", group, v.index, "member:consists-of")
            # "Rosé thanked her fellow members ...", "Jin's bandmates": the owner is a member too
            own = re.search(rf"(?:«A(?P<a>\d+)»{POSS}|\b(?P<p>(?i:his|her)))\s+(?:(?:fellow|other)\s+)?(?:«G\d+»\s+)?$",
                            t[max(0, m.start() - 30):m.start() + len(re.match(r"(?i:fellow\s+)?", t[m.start():]).group())])
            if own and re.match(r"(?i:(?:fellow\s+)?(?:«G\d+»\s+)?(?:members?|bandmates?))", t[m.start():]):
                owner = v.item(own.group("a")).key if own.group("a") else self.res.pronoun(own.group("p"), v.index, m.start())
                entry = self.kb.get(owner) if owner else None
                if self.is_artist(owner) and (not entry or not entry.groups or group in entry.groups):
                    self.fact(owner, "memberOf", group, v.index, "member:fellow-owner")
        # "A, recruiting fellow BIGBANG members B and C": the subject is a member too
        for m in re.finditer(r"\b(?i:fellow)\s+«G(?P<g>\d+)»\s+(?:members?|bandmates?)\b", t):
            owner = self.res.subject(v.index, m.start(), "A")
            entry = self.kb.get(owner) if owner else None
            group = v.item(m.group("g")).key
            if owner and self.is_group(group) and (not entry or not entry.groups or group in entry.groups):
                self.fact(owner, "memberOf", group, v.index, "member:fellow-group-members")
        # "fellow members B and C, who together form the trio 3RACHA": the list (and, with
        # 'together' after 'with', the subject) make up that group
        for m in re.finditer(rf"{_artist_list()}\s*,?\s+(?:who\s+)?(?P<tog>together\s+)?(?:form|formed|make\s+up|made\s+up|comprise|comprised)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?:{GROUP_NOUN}\s+)?«G(?P<g>\d+)»", t):
            group = v.item(m.group("g")).key
            items = [it for it in _list_items(v, m, "a") if it.kind == "A"]
            for it in items:
                self.fact(it.key, "memberOf", group, v.index, "member:form")
            if m.group("tog") and re.search(r"\bwith\s+(?:(?:his|her|fellow|their)\s+)*(?:members?\s+|bandmates?\s+)?$", t[:m.start()]):
                owner = self.res.subject(v.index, m.start(), "A")
                if owner:
                    self.fact(owner, "memberOf", group, v.index, "member:form")
        # "Zico, born Woo Ji-ho and best known as the leader of Block B, ...": the sentence's subject
        for m in re.finditer(rf"^\W*«A(?P<a>\d+)»(?:[^.;«]|«A\d+»){{0,60}}?\b(?:known|remembered|famous)\s+as\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:leader|member|maknae|rapper|vocalist|frontman|frontwoman)\s+of\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{GROUP_NOUN}\s+)?«G(?P<g>\d+)»", t):
            self.fact(v.item(m.group("a")).key, "memberOf", v.item(m.group("g")).key, v.index, "member:known-as")
        # "Led by Hongjoong, ATEEZ debuted ...", "ATEEZ, led by Hongjoong, ...": the group's leader
        for m in re.finditer(r"(?:^\W*(?i:led)\s+by\s+(?:(?:leader|frontman|frontwoman)\s+)?«A(?P<a>\d+)»\s*,\s+«G(?P<g>\d+)»"
                             r"|«G(?P<g2>\d+)»\s*,\s+(?:(?:which|who)\s+(?:is|are|was|were)\s+)?led\s+by\s+(?:(?:leader|frontman|frontwoman)\s+)?«A(?P<a2>\d+)»\s*,)", t):
            artist = v.item(m.group("a") or m.group("a2")).key
            group = v.item(m.group("g") or m.group("g2")).key
            entry = self.kb.get(artist) if artist else None
            if not entry or not entry.groups or group in entry.groups:
                self.fact(artist, "memberOf", group, v.index, "member:led-by")
        # "Wonwoo is likely to be the next member to enlist": a member of the group in focus
        for m in re.finditer(r"«A(?P<a>\d+)»\s+(?:is|was|became|becomes|will\s+be|(?:is|was)\s+(?:likely|expected|set|tipped)\s+to\s+be)\s+(?:the|a)\s+(?:next|first|last|second|third|youngest|oldest|only|final)\s+member\s+(?:to|who)\b", t):
            artist = v.item(m.group("a")).key
            group = self.res.salient(v.index, "G")
            entry = self.kb.get(artist) if artist else None
            if group and entry and group in entry.groups:
                self.fact(artist, "memberOf", group, v.index, "member:next-member")
        # "As a member of BTS, the singer ..."
        for m in re.finditer(rf"(?i:\bas\s+(?:a|the|one)\s+(?:[\w-]+\s+)?(?:member|leader|maknae))\s+of\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{GROUP_NOUN}\s+)?«G(?P<g>\d+)»\s*,\s+(?:«A(?P<a>\d+)»|(?P<p>{self.c['artist_ana']}|he|she|He|She))", t):
            artist = v.item(m.group("a")).key if m.group("a") else self.res.pronoun(m.group("p"), v.index, m.start())
            if self.is_artist(artist):
                self.fact(artist, "memberOf", v.item(m.group("g")).key, v.index, "member:as-a-member")
        # "Nayeon, Jihyo, Tzuyu and the rest of the members"
        for m in re.finditer(r"(?P<list>«A\d+»(?:\s*,\s*«A\d+»)*),?\s+and\s+the\s+(?:rest\s+of\s+the|other)\s+(?:\w+\s+)?members", t):
            group = self.res.salient_recent(v.index + 1, "G")
            if group:
                for n in re.findall(r"«A(\d+)»", m.group("list")):
                    entry = self.kb.get(v.item(n).key)
                    if not entry or not entry.groups or group in entry.groups:
                        self.fact(v.item(n).key, "memberOf", group, v.index, "member:rest-of")
        # "He debuted as the leader of the boy group Block B"
        for m in re.finditer(rf"\b(?P<p>[Hh]e|[Ss]he)\b(?:[^«.;]|«T\d+»){{0,60}}?\b(?:member|leader|maknae|vocalist|rapper)\s+of\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{GROUP_NOUN}\s+)?«G(?P<g>\d+)»", t):
            artist = self.res.pronoun(m.group("p"), v.index, m.start())
            if self.is_artist(artist):
                self.fact(artist, "memberOf", v.item(m.group("g")).key, v.index, "member:pronoun-of")
        # "G-Dragon, the BIGBANG leader", "Jungkook, BTS' youngest member"
        for m in re.finditer(rf"«A(?P<a>\d+)»\s*,\s+(?:the\s+|a\s+|one\s+)?«G(?P<g>\d+)»(?:{POSS})?\s+(?:[\w-]+\s+){{0,2}}?(?:member|leader|maknae|rapper|vocalist|dancer|frontman|frontwoman)\b", t):
            self.fact(v.item(m.group("a")).key, "memberOf", v.item(m.group("g")).key, v.index, "member:apposition")
        # "The four-member act, also featuring A, B and C, debuted ...": the act's members
        for m in re.finditer(rf"(?P<ana>{self.c['group_ana']}){MEMBER_APPOSITION}{_artist_list()}\s*,", t):
            group = self.res.pronoun(m.group("ana"), v.index, m.start())
            if self.is_group(group):
                for it in _list_items(v, m, "a"):
                    if it.kind == "A":
                        self.fact(it.key, "memberOf", group, v.index, "member:act-featuring")
        # "Karina, the group's leader", "Jun, one of its Chinese members"
        for m in re.finditer(rf"«A(?P<a>\d+)»\s*,\s+(?:the\s+|one\s+of\s+)?(?P<p>{self.c['group_ana']}{POSS}|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:members?|leader|maknae|rapper|vocalist|dancer|frontman|frontwoman)\b", t):
            group = self.res.pronoun(re.sub(r"(?:'s|’s|')$", "", m.group("p")), v.index, m.start())
            if self.is_group(group):
                self.fact(v.item(m.group("a")).key, "memberOf", group, v.index, "member:apposition-anaphor")
        # "The group's leader, Bang Chan, ...", "The 13-member group's leader S.Coups"
        for m in [] if not re.search(r"leader|maknae|frontm|frontw|youngest|oldest|eldest|main\s", t) else re.finditer(rf"(?P<p>{self.c['group_ana']}{POSS}|\b(?:[Ii]ts|[Tt]heir))\s+(?:[\w-]+\s+){{0,2}}?(?:leader|maknae|frontman|frontwoman|youngest\s+member|oldest\s+member|eldest\s+member|main\s+vocalist|main\s+rapper)\s*,?\s*«A(?P<a>\d+)»", t):
            artist = v.item(m.group("a")).key
            entry = self.kb.get(artist) if artist else None
            options = [self.res.recent(v.index, m.start(), "G"), self.res.pronoun(re.sub(r"(?:'s|’s|')$", "", m.group("p")), v.index, m.start())]
            # the group last named, unless the reference KB places the artist in the other one
            group = next((g for g in options if g and entry and g in entry.groups), None) \
                or (options[0] if not (entry and entry.groups) else None)
            if self.is_group(group):
                self.fact(artist, "memberOf", group, v.index, "member:anaphor-role-name")
        # "RM is the group's leader; V and Jimin are its youngest members"
        for m in re.finditer(rf"{_artist_list()}\s+(?:is|are|was|were|serves\s+as|served\s+as|became|remains?)\s+(?:(?:the|a|one\s+of)\s+)?(?P<p>{self.c['group_ana']}{POSS}|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:members?|leader|maknae|rapper|vocalist|dancer|frontman|frontwoman)\b", t):
            group = self.res.pronoun(re.sub(r"(?:'s|’s|')$", "", m.group("p")), v.index, m.start())
            if self.is_group(group):
                for it in _list_items(v, m, "a"):
                    if it.kind == "A":
                        self.fact(it.key, "memberOf", group, v.index, "member:copula-anaphor")
        for m in re.finditer(r"«A(?P<a>\d+)»\s*\(\s*«G(?P<g>\d+)»\s*\)", t):
            self.fact(v.item(m.group("a")).key, "memberOf", v.item(m.group("g")).key, v.index, "member:paren")
        # "Yunah, Minju, Moka, Wonhee and Iroha were put together through ...": a line-up opening the
        # sentence, when the reference KB puts every one of them in one group the article names
        lineup = re.match(r"\W*(?P<list>«A\d+»(?:\s*,\s*«A\d+»)+,?\s+and\s+«A\d+»)\s+(?:were|are|have|had|all|each|both)\b", t)
        if lineup:
            keys = [v.item(n).key for n in re.findall(r"«A(\d+)»", lineup.group("list"))]
            group = self.common_group(keys) if all(keys) and len(keys) >= 3 else None
            if group and group in self.doc.entities:
                for k in keys:
                    self.fact(k, "memberOf", group, v.index, "member:lineup")
        # "A and B, who both promoted with IZ*ONE, are joined by C, D and E": three or more people
        # of one sentence whom the reference KB puts in one group the article names are its members
        people = list(dict.fromkeys(it.key for it in v.items if it.kind == "A" and it.key))
        if len(people) >= 3 and not lineup:
            group = self.common_group(people)
            if group and group in self.doc.entities and any(it.key == group for w in self.views for it in w.items):
                for k in people:
                    self.fact(k, "memberOf", group, v.index, "member:kb-roster")
        # "A, B, C and D will continue to work together as BLACKPINK", "A and B reunited as G"
        for m in [] if not re.search(r"\bas\s+«G", t) else re.finditer(rf"{_artist_list()}\s+(?:[^«;.]{{0,50}}?\b)?(?:together|reunit(?:e|ed|es|ing)|as\s+a\s+(?:group|team|unit))\s+as\s+«G(?P<g>\d+)»", t):
            items = [it for it in _list_items(v, m, "a") if it.kind == "A"]
            if len(items) >= 2:
                for it in items:
                    self.fact(it.key, "memberOf", v.item(m.group("g")).key, v.index, "member:together-as")

    def agency(self, v: View) -> None:
        if not (v.kinds("Y")):
            return  # every pattern below needs one
        t = v.text
        for m in re.finditer(r"«Y(?P<y>\d+)»(?P<ys>(?:\s*/\s*«Y\d+»)*)\s+(?:(?:artists?|acts?|groups?|boy\s+group|girl\s+group|band|singer|rapper|soloist)\s+)(?:«[AG](?P<x>\d+)»)", t):
            agencies = [v.item(m.group("y"))] + [v.item(n) for n in re.findall(r"«Y(\d+)»", m.group("ys"))]
            for a in agencies:
                self.fact(v.item(m.group("x")).key, "agency", a.key, v.index, "agency:artists")
        for m in re.finditer(rf"(?:«[AG](?P<x>\d+)»{POSS}|\b(?P<p>(?i:his|her|their|its)|{self.c['group_ana']}{POSS}|{self.c['artist_ana']}{POSS}))\s+(?:(?:own|new|current|longtime|former|then|solo|personal|independent|one-person|first)\s+){{0,2}}(?:(?:agency|label|management(?:\s+company)?|company)\s*,?\s*)«Y(?P<y>\d+)»", t):
            owner = v.item(m.group("x")).key if m.group("x") else self.res.pronoun(re.sub(r"(?:'s|’s|')$", "", m.group("p")), v.index, m.start())
            if self.is_artist(owner) or self.is_group(owner):
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:possessive")
        # "The SM Entertainment girl group", "The JYP Entertainment boyband's": the group meant
        for m in re.finditer(rf"(?i:\bthe)\s+«Y(?P<y>\d+)»\s+(?:[\w-]+\s+)?(?:{GROUP_NOUN}|boyband|soloist|singer|rapper)\b", t):
            owner = (self.res.salient_recent(v.index + 1, "G") or self.res.recent(v.index, m.start(), "G", forward=True)) \
                if not re.search(r"soloist|singer|rapper", m.group()) else None
            if owner:
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:described")
        # "X debuted in 2018 under KQ Entertainment"
        for m in re.finditer(r"\b(?:debut(?:ed|s)?|signed|active|launched|formed|(?:is|are|was|were))\b(?:[^«;]|«T\d+»){0,40}?\bunder\s+«Y(?P<y>\d+)»", t):
            owner = self.res.subject(v.index, m.start(), "AG")
            if not owner:
                mm = re.match(rf"\W*(?P<p>{self.c['group_ana']}|{self.c['artist_ana']}|He|She|They)\b", t)
                owner = self.res.pronoun(mm.group("p"), v.index, 0) if mm else None
            if owner:
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:debuted-under")
        for m in re.finditer(rf"«Y(?P<y>\d+)»{POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:group|band|soloist|singer|rapper|artist|act|trainee|boy\s+group|girl\s+group)s?\s+«[AG](?P<x>\d+)»", t):
            self.fact(v.item(m.group("x")).key, "agency", v.item(m.group("y")).key, v.index, "agency:label-possessive")
        for m in re.finditer(r"«Y(?P<y>\d+)»,?\s+(?:(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:still\s+)?)?(?:the\s+|their\s+|his\s+|her\s+)?(?:agency|label|management)\s+(?:of|for|behind|representing|home\s+to)\s+«[AG](?P<x>\d+)»", t):
            self.fact(v.item(m.group("x")).key, "agency", v.item(m.group("y")).key, v.index, "agency:of")
        # "JYP Entertainment, the agency behind the group": the group meant
        for m in re.finditer(rf"«Y(?P<y>\d+)»\s*,\s+(?:the|their|his|her)\s+(?:agency|label|company|management)\s+(?:behind|of|for|representing|that\s+manages)\s+(?P<ana>{self.c['group_ana']}|{self.c['artist_ana']}|him|her|them)\b", t):
            owner = self.res.pronoun(m.group("ana"), v.index, m.start())
            if self.is_artist(owner) or self.is_group(owner):
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:behind-anaphor")
        # "YG Entertainment's BIGBANG", "YG Entertainment, BIGBANG's home"
        for m in re.finditer(rf"«Y(?P<y>\d+)»{POSS}\s+«[AG](?P<x>\d+)»", t):
            self.fact(v.item(m.group("x")).key, "agency", v.item(m.group("y")).key, v.index, "agency:label-possessive")
        for m in re.finditer(rf"«Y(?P<y>\d+)»\s*,\s+«[AG](?P<x>\d+)»{POSS}\s+(?:(?:longtime|current|former|new|agency|record)\s+)?(?:home|agency|label|management)\b", t):
            self.fact(v.item(m.group("x")).key, "agency", v.item(m.group("y")).key, v.index, "agency:apposition")
        # "IVE, who are signed to Starship", "Starship-managed IVE", "Starship, home to IVE",
        # "Starship, which manages IVE", "IVE (Starship Entertainment)", "under the label Starship"
        for m in re.finditer(r"«[AG](?P<x>\d+)»\s*,\s+(?:who|which)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:(?:now|currently|still)\s+)?(?:signed\s+(?:to|with)|managed\s+by|under|with)\s+«Y(?P<y>\d+)»"
                             r"|«Y(?P<y2>\d+)»-(?:managed|backed|signed)\s+«[AG](?P<x2>\d+)»"
                             r"|«Y(?P<y3>\d+)»\s*,\s+(?:(?:the\s+)?(?:«Y\d+»\s+)?(?:agency|label|company|subsidiary|imprint)\s+)?(?:home\s+to|(?:which|that)\s+(?:(?:also|now)\s+)?(?:manages|represents|(?:is\s+)?(?:also\s+)?home\s+to))\s+«[AG](?P<x3>\d+)»"
                             r"|«[AG](?P<x4>\d+)»\s*\(\s*«Y(?P<y4>\d+)»\s*\)"
                             r"|«[AG](?P<x5>\d+)»[^«;.]{0,40}?\bunder\s+(?:the\s+)?(?:label|agency|management)\s+«Y(?P<y5>\d+)»", t):
            x = next(g for g in (m.group("x"), m.group("x2"), m.group("x3"), m.group("x4"), m.group("x5")) if g)
            y = next(g for g in (m.group("y"), m.group("y2"), m.group("y3"), m.group("y4"), m.group("y5")) if g)
            self.fact(v.item(x).key, "agency", v.item(y).key, v.index, "agency:clause")
        # "Galaxy Corporation, the agency he signed with (in 2023)"
        for m in re.finditer(r"«Y(?P<y>\d+)»\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:agency|label|company|management)\s+(?:that\s+)?(?P<p>he|she|they)\s+(?:(?:had|has|have|recently|later|first)\s+)*(?:signed\s+(?:with|to)|joined|moved\s+to|founded|launched)", t):
            owner = self.res.pronoun(m.group("p"), v.index, m.start())
            if self.is_artist(owner) or self.is_group(owner):
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:apposition-clause")
        # "The TWICE leader has been with JYP Entertainment since 2011", "X remains with Y"
        for m in re.finditer(rf"(?:(?P<others>(?:«[AG]\d+»\s*(?:,|and|&|,\s*and)\s*)*)«[AG](?P<x>\d+)»|(?P<p>\b(?:{self.c['artist_ana']}|{self.c['group_ana']}|[Hh]e|[Ss]he|[Tt]hey|(?i:the)\s+«G\d+»\s+(?:[\w-]+\s+)?(?:leader|member|maknae|singer|rapper|vocalist))))\s+(?:(?:has|have|had)\s+been|is|are|was|were|remains?|remained|stay(?:s|ed)?)\s+(?:(?:still|only|exclusively)\s+)?with\s+«Y(?P<y>\d+)»", t):
            owner = v.item(m.group("x")).key if m.group("x") else self.res.pronoun(m.group("p"), v.index, m.start())
            if self.is_artist(owner) or self.is_group(owner):
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:with")
            # "A and B remain with RBW": every name of the subject list
            for n in re.findall(r"«[AG](\d+)»", m.group("others") or ""):
                if self.is_artist(v.item(n).key) or self.is_group(v.item(n).key):
                    self.fact(v.item(n).key, "agency", v.item(m.group("y")).key, v.index, "agency:with")
        for m in re.finditer(r"«[AG](?P<x>\d+)»(?:\s*,\s+(?:who|whose)\s[^,;«]{0,40}(?:«A\d+»[^,;«]{0,20})?,)?(?:,)?\s+(?:(?:is|are|was|were|(?:has|have|had)(?:\s+been)?|officially|recently|formally|just)\s+)*(?:(?:signed|inked)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal)\s+)?(?:to|with)|under|managed\s+by|from|belongs?\s+to|belonged\s+to)\s+(?:the\s+)?(?:«Y\d+»\s+(?:label|agency|imprint|subsidiary)\s+|«[AG]\d+»(?:'s|’s|')\s+(?:own\s+)?(?:label|agency|company)\s*,?\s*)?«Y(?P<y>\d+)»", t):
            self.fact(v.item(m.group("x")).key, "agency", v.item(m.group("y")).key, v.index, "agency:under")
        # "NewJeans are the first girl group from ADOR", "the newest act of Starship"
        for m in re.finditer(rf"«[AG](?P<x>\d+)»\s+(?:is|are|was|were|became|become)\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{GROUP_NOUN}|act|artist|soloist|singer|rapper)s?\s+(?:from|of|under|signed\s+(?:to|with))\s+«Y(?P<y>\d+)»", t):
            self.fact(v.item(m.group("x")).key, "agency", v.item(m.group("y")).key, v.index, "agency:act-from")
        # "Launched by Source Music, a HYBE label, the group debuted ...": the fronted phrase's agent
        m = re.match(rf"\W*(?i:launched|formed|created|put\s+together|managed|founded|assembled)\s+by\s+«Y(?P<y>\d+)»(?:\s*,\s*(?:[^,;«]|«Y\d+»){{1,40}}?)?\s*,\s+(?:«(?P<k>[AG])(?P<x>\d+)»|(?P<p>{self.c['group_ana']}|{self.c['artist_ana']}))", t)
        if m:
            owner = v.item(m.group("x")).key if m.group("x") else self.res.pronoun(m.group("p"), v.index, m.start("p"))
            if self.is_artist(owner) or self.is_group(owner):
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:fronted-by")
        # "since he signed with THEBLACKLABEL", "after they moved to Starship"
        for m in re.finditer(r"\b(?P<p>[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:has|have|had|recently|officially|first)\s+)*(?:signed\s+(?:with|to)|moved\s+to|joined)\s+«Y(?P<y>\d+)»", t):
            owner = self.res.pronoun(m.group("p").lower(), v.index, m.start())
            if self.is_artist(owner) or self.is_group(owner):
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:signed-pronoun")

    def agency_anaphora(self) -> None:
        """'the group's agency said ... According to BigHit Music': the named agency, when the KB
        agrees or it is the only agency the article names."""
        agencies = {it.key for v in self.views for it in v.items if it.kind == "Y"}
        if not agencies:
            return
        for v in self.views:
            for m in re.finditer(rf"(?:«(?P<k>[AG])(?P<x>\d+)»{POSS}|(?P<ana>{self.c['group_ana']}(?:'s|’s)|their|his|her))\s+(?i:agency|label|management)\b", v.text):
                owner = v.item(m.group("x")).key if m.group("x") else self.res.pronoun(m.group("ana").replace("’s", "").replace("'s", ""), v.index, m.start())
                if not owner:
                    continue
                entry = self.kb.get(owner)
                known = (entry.agencies if entry else set()) & agencies
                if known:
                    for a in known:
                        self.fact(owner, "agency", a, v.index, "agency:anaphor")
                elif len(agencies) == 1 and self.is_group(owner):
                    self.fact(owner, "agency", next(iter(agencies)), v.index, "agency:anaphor", 0.6)

    def agency_release(self, v: View) -> None:
        """'The track was released on Friday through BigHit Music', 'His album came out via YG':
        the label of the work's main artist."""
        if not v.kinds("Y"):
            return
        t = v.text
        for m in re.finditer(r"\b(?:released|came\s+out|comes\s+out|dropped|put\s+out|issued|out)\b(?:[^«;.]|«T\d+»){0,40}?\b(?:through|via|by)\s+«Y(?P<y>\d+)»", t):
            works = [it for it in v.items if it.kind in "SL" and it.end <= m.start()]
            work = works[-1].key if works else None
            if not work:
                ana = re.match(rf"\W*(?:{self.c['song_ana']}|(?i:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:album|EP|record))\b", t)
                work = self.nearby_song(v.index, 0, "SL") if ana else None
            owners = self.performers(work) if work else []
            for owner in owners[:1]:
                self.fact(owner, "agency", v.item(m.group("y")).key, v.index, "agency:released-through")

    def agency_speakers(self) -> None:
        """'JYP Entertainment announced that TWICE ...': the agency speaks for a group it manages
        (per the reference KB) named in the same or the previous sentence."""
        for v in self.views:
            for m in re.finditer(r"«Y(?P<y>\d+)»\s+(?:(?:has|had|also|officially|then)\s+)*(?:said|says|announced|announces|confirmed|confirms|revealed|stated|explained|added|shared|told)\b|(?i:according\s+to)\s+«Y(?P<y2>\d+)»", v.text):
                agency = v.item(m.group("y") or m.group("y2")).key
                if re.search(r"(?i:(?:'s|’s|\bhis|\bher|\btheir|\bits)\s+(?:[\w-]+\s+)?(?:agency|label)\s*,?\s*)$", v.text[:m.start()]):
                    continue  # "his agency BIGHIT MUSIC said": the owner is named
                near = [it for it in v.items if it.kind in "AG"]
                if v.index and not any(it.kind == "G" for it in near):
                    # "Jeonghan of SEVENTEEN enlisted ... The singer will serve ..., Pledis said"
                    near += [it for it in self.views[v.index - 1].items if it.kind == "G"]
                for it in near:
                    entry = self.kb.get(it.key)
                    if entry and agency in entry.agencies and ("Group" in entry.types or not entry.groups):
                        self.fact(it.key, "agency", agency, v.index, "agency:speaker")

    def performer(self, v: View) -> None:
        c, t = self.c, v.text
        if not v.kinds("SL"):
            self.performer_collab(v)  # the only pattern that needs no title in the sentence
            return
        works = "SL"
        noun = rf"(?:{c['work']}|release|comeback|offering|effort|single|record)"
        lst = rf"(?P<more>(?:{QC}(?:\s*\([^()«]{{0,12}}«T\d+»\s*\))?\s*(?:,\s*and|,|and|&)\s*{Q}«[SL]\d+»)*)"

        def credit(owner: str | None, m: re.Match[str], pattern: str) -> None:
            if not owner or self.ent(owner) is None or not (self.is_artist(owner) or self.is_group(owner)):
                return
            self.fact(v.item(m.group("t")).key, "performer", owner, v.index, pattern)
            for n in re.findall(r"«[SL](\d+)»", m.group("more") or ""):
                self.fact(v.item(n).key, "performer", owner, v.index, pattern)

        for m in re.finditer(rf"«[AG](?P<o>\d+)»{POSS}\s+(?:[\w-]+\s+){{0,4}}?(?:{c['work']})s?\s*(?:for\s+)?,?\s*{Q}«[{works}](?P<t>\d+)»{lst}", t):
            credit(v.item(m.group("o")).key, m, "performer:owner-cue")
        for m in re.finditer(rf"\b(?P<p>(?i:his|her|their|its|{c['group_ana']}{POSS}|{c['artist_ana']}{POSS}|the\s+(?:«[GY]\d+»|[\w-]+)\s+(?:member|leader|maknae|singer|rapper|boyband|boy\s*band|girl\s+group|group|act){POSS}))\s+(?:[\w-]+\s+){{0,4}}?(?:{c['work']})s?\s*(?:for\s+)?,?\s*{Q}«[{works}](?P<t>\d+)»{lst}", t):
            if re.search(r"(?i:\bits\s+(?:[\w-]+\s+)?release)\s*,", m.group()):
                continue  # "Within hours of its release, 'VIBE' ...": 'its' is the song itself
            if m.group("p").lower() == "its":
                albums = [it for it in v.before(m.start(), "L") if it.key]
                groups = v.before(m.start(), "G")
                if albums and (not groups or groups[-1].pos < albums[-1].pos):
                    # "his album 'FACE'; its single 'Like Crazy'": the album's track, by the album's artist
                    for perf in self.performers(albums[-1].key):
                        credit(perf, m, "performer:album-its")
                    continue
            named = re.search(r"«([AG])(\d+)»\s+(?:(?:has|have|had|also|then|just|finally|recently)\s+)*[a-z]+\s+$", t[:m.start()])
            if named and not re.search(r"(?:^|[:;]\s*|,\s+(?:and|but|while)\s+|^\W*\w+,\s+)$", t[:named.start()]):
                named = None  # only a clause's own subject ("..., and Jisoo released her album")
            if named and (m.group("p").lower() in ("his", "her") and named.group(1) == "A" or m.group("p").lower() == "their"):
                # "..., and Jisoo released her first single album ME": the named subject's own work
                credit(v.item(named.group(2)).key, m, "performer:pronoun-cue")
                continue
            credit(self.res.pronoun(re.sub(r"(?:'s|’s)$", "", m.group("p")), v.index, m.start()), m, "performer:pronoun-cue")
        for m in re.finditer(rf"(?P<others>(?:«[AG]\d+»\s*(?:,|and|&|,\s*and)\s*)*)«[AG](?P<o>\d+)»(?P<app>\s*,\s+(?:[^,;«]|«[AGYT]\d+»){{1,60}}?,)?\s+(?:(?:(?:on|in|this|last|earlier\s+this)\s+)?«T\d+»\s+)?(?:(?:has|have|had|will|just|also|finally|officially|recently|is|are|was|were|set\s+to|to|soon|then|already|\w+ly)\s+){{0,3}}(?:{c['release']}|return(?:ed|s)?\s+with|(?:is|are)\s+back\s+with|c[oa]me(?:s)?\s+back\s+with|(?:made|make|makes|making)\s+(?:a|an|their|his|her|its)\s+(?:[\w-]+\s+)?(?:comeback|return)\s+with)\s+(?:(?:[\w-]+)\s+){{0,4}}?(?:(?:{c['work']})\s*,?\s*)?{Q}«[{works}](?P<t>\d+)»{lst}", t):
            if re.search(r"\b(?:of|by|with|featuring)\s+$|(?<![,;])\s+and\s+$", t[:m.start()]):
                if re.fullmatch(r"«G\d+»\s*,\s*", m.group("others") or "") and not m.group("app"):
                    # "As a member of BTS, Jungkook released 'Seven'": the name after the comma is the subject
                    credit(v.item(m.group("o")).key, m, "performer:release-verb")
                member = re.search(r"«A(\d+)»\s+of\s+$", t[:m.start()])
                if member and not m.group("others") and self.is_group(v.item(m.group("o")).key):
                    credit(v.item(member.group(1)).key, m, "performer:release-verb")  # Lisa's, not BLACKPINK's
                continue  # "Lisa of BLACKPINK released ...": the group is not the subject
            if m.group("app") and any(v.item(n).key != v.item(m.group("o")).key
                                      for n in re.findall(r"«A(\d+)»", m.group("app"))):
                continue  # "IU, with Suga, released ...": only an apposition naming the subject again
            credit(v.item(m.group("o")).key, m, "performer:release-verb")
            for n in re.findall(r"«[AG](\d+)»", m.group("others")):
                credit(v.item(n).key, m, "performer:release-verb")
        # "She follows Jennie, who released 'SOLO' in 2018, and Rosé, whose single album 'R' came
        # out in March": a relative clause credits the person it hangs on
        for m in re.finditer(rf"«[AG](?P<o>\d+)»\s*,\s+(?:who\s+(?:(?:has|have|had|also|first|just|recently|previously|once|then)\s+){{0,2}}(?:{c['release']})\s+(?:(?:[\w-]+)\s+){{0,4}}?(?:(?:{c['work']})s?\s*,?\s*)?"
                             rf"|whose\s+(?:[\w-]+\s+){{0,4}}?(?:{c['work']})s?\s*,?\s*){Q}«[{works}](?P<t>\d+)»{lst}", t):
            credit(v.item(m.group("o")).key, m, "performer:relative-clause")
        # "aespa, whose Supernova topped Melon": the title right after 'whose' and before a chart verb
        whose_verbs = alternation(patterns("titles")["whose_title_verbs"])
        for m in re.finditer(rf"«[AG](?P<o>\d+)»\s*,\s+whose\s+{Q}«[{works}](?P<t>\d+)»{QC}\s+(?:{whose_verbs})\b(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:whose-title")
        # "'Love Dive', written by A and B, was released on April 5 by IVE": the passive's agent
        for m in re.finditer(rf"«[{works}](?P<t>\d+)»{QC}(?:,(?:[^;«]|«[ADT]\d+»){{0,80}}?,)?\s+(?:has\s+been|had\s+been|was|were|is|are|will\s+be)\s+(?:(?:officially|finally|first|digitally|jointly)\s+)?"
                             rf"(?:released|dropped|unveiled|issued|put\s+out)\s+(?:(?:(?:on|in)\s+)?«T\d+»\s+)?by\s+«[AG](?P<o>\d+)»(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:passive-by")
        # "Their breakthrough came in 2016 with 'Cheer Up'": the owner's song
        for m in re.finditer(rf"\b(?P<p>(?i:his|her|their|its))\s+(?:[\w-]+\s+)?(?:breakthrough|big\s+break|debut|comeback|return|first\s+hit|first\s+No\.\s*1)\s+(?:came|arrived|was|followed)\b(?:[^«;.]|«T\d+»){{0,30}}?\bwith\s+(?:(?:the|a)\s+(?:[\w-]+\s+)?(?:{c['work']})\s*,?\s*)?{Q}«[{works}](?P<t>\d+)»{lst}", t):
            credit(self.res.pronoun(m.group("p"), v.index, m.start()), m, "performer:breakthrough-with")
        subj = rf"(?P<p>\b(?:[Hh]e|[Ss]he|[Tt]hey|{c['group_ana']}|{c['artist_ana']}|(?i:the\s+(?:[\w-]+\s+){{0,2}}(?:group|band|boyband|act|singer|rapper|rapper-producer|soloist|star|idol|septet|sextet|quintet|quartet|trio|duo|eight-piece|seven-piece|nine-member\s+group))))"
        for m in re.finditer(rf"{subj}\s+(?:(?:has|have|had|will|just|also|finally|officially|recently|is|are|was|were|set\s+to|to|soon|then|already|previously|\w+ly)\s+){{0,3}}(?:{c['release']}|{c['perform']}|return(?:ed|s)?\s+with|(?:is|are)\s+back\s+with|c[oa]me(?:s)?\s+back\s+with)\s+(?:(?:[\w-]+)\s+){{0,4}}?(?:(?:{c['work']})s?\s*,?\s*)?{Q}«[{works}](?P<t>\d+)»{lst}", t):
            if re.search(r"«[AG]\d+»[^«]{0,20}$", t[:m.start()]):
                continue  # a named subject right before: handled above
            credit(self.res.pronoun(m.group("p"), v.index, m.start()), m, "performer:pronoun-release")
        for m in re.finditer(rf"(?P<others>(?:(?:«[AG]\d+»|[A-Z][\w-]{{0,12}})\s*(?:,|and|&|,\s*and)\s*)*)«[AG](?P<o>\d+)»\s+(?:(?:has|have|had|will|just|also|then|previously|recently|once|later)\s+){{0,2}}(?:{c['perform']})\s+{Q}«[{works}](?P<t>\d+)»{lst}(?P<along>{QC}\s+(?:alongside|with|together\s+with)\s+{_artist_list('w')})?", t):
            group = re.search(rf"«G(\d+)»{POSS}\s*$", t[:m.start()])
            if group:  # "NewJeans' Hanni, Minji and Haerin performed 'Super Shy'": the group's song
                credit(v.item(group.group(1)).key, m, "performer:performed")
                continue
            performers = [v.item(m.group("o")).key] + [v.item(n).key for n in re.findall(r"«[AG](\d+)»", m.group("others"))]
            common = self.common_group(performers) if len(performers) > 1 else None
            if common:  # "RM, Jin, ... and Jungkook performed 'X'": the members perform as their group
                credit(common, m, "performer:performed-members")
            else:
                for who in performers:
                    credit(who, m, "performer:performed")
            if m.group("along"):  # "... alongside Coldplay": both acts
                for it in _list_items(v, m, "w"):
                    credit(it.key, m, "performer:performed-alongside")
        for m in re.finditer(rf"«[AG](?P<o>\d+)»[^«;]{{0,60}}?\b(?:known|remembered|famous|celebrated|beloved)\s+for\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{c['work']})s?\s*,?\s*(?:(?:such\s+as|including|like)\s+)?{Q}«[{works}](?P<t>\d+)»{lst}", t):
            credit(v.item(m.group("o")).key, m, "performer:known-for")
        # C. "X topped the chart / debuted / returned ... with 'S'": the subject's work
        for m in re.finditer(rf"(?:«[AG](?P<o>\d+)»|{subj}(?:{MEMBER_APPOSITION}{_artist_list('m')}\s*,)?)(?P<rel>\s*,\s+(?:which|who)\s[^,;«]{{0,80}},)?(?P<mid>(?:[^«;]|«[TY]\d+»){{0,130}}?)\b(?P<conn>with|for)\s+(?:(?:the|a|an|her|his|their|its|new|latest)\s+)*(?:(?:[\w-]+\s+)?(?:{c['work']})s?\s*,?\s*(?:(?:such\s+as|including|like)\s+)?)?{Q}«[{works}](?P<t>\d+)»{lst}", t):
            mid = m.group("mid")
            # "X won Best Dance Performance for 'S'": an award for the subject's work
            verbs = c["with_verbs"] if m.group("conn") == "with" else c["award_verbs"]
            if m.group("conn") == "with" and len(mid) > 80:
                continue  # (an award list may be long: "swept ...: A, B, and Favorite Pop Song for 'X'")
            if not re.search(rf"(?i:\b(?:{verbs})\b)", mid) or (
                    m.group("conn") == "with" and re.search(rf"(?i:{c['collab']})\s*$", mid.strip())):
                continue
            as_member = re.match(r"\W*(?i:as\s+(?:a|the|one)\s+(?:[\w-]+\s+)?(?:member|leader|maknae)\s+of)\s+«G(\d+)»\s*,", t)
            if as_member and m.start() < as_member.end():
                # "As a member of BTS, the singer led the ranking with 'Butter'": the group's songs
                credit(v.item(as_member.group(1)).key, m, "performer:as-member-with")
                continue
            if re.search(r"\b(?:of|by|with|featuring)\s+$", t[:m.start()]):
                continue
            if m.group("o") and re.search(rf"{MEMBER_APPOSITION}(?:«A\d+»\s*(?:,|and|,\s*and)\s*)*$", t[:m.start()]):
                continue  # "The act, also featuring A and B, debuted with X": the act is the subject
            owner = v.item(m.group("o")).key if m.group("o") else self.res.pronoun(m.group("p"), v.index, m.start())
            credit(owner, m, "performer:subject-with")
            more_rx = re.compile(rf"{QC}[^«;]{{0,3}}(?:\s+(?:(?:in|on)\s+)?«T\d+»)?\s*,?\s+and\s+with\s+{Q}«[{works}](?P<t>\d+)»{lst}")
            pos = m.end()
            while (more := more_rx.match(t, pos)) is not None:
                credit(owner, more, "performer:subject-with")
                pos = more.end()
        # "The new single from IVE, 'Accendio'", "'Accendio', the latest release from IVE"
        for m in re.finditer(rf"(?i:{noun})\s+(?:from|by)\s+«[AG](?P<o>\d+)»\s*,?\s*{Q}«[{works}](?P<t>\d+)»(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:noun-from")
        for m in re.finditer(rf"«[{works}](?P<t>\d+)»{QC},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})\s+(?:from|by)\s+«[AG](?P<o>\d+)»(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:apposition-from")
        # "'Accendio' marks IVE's first release of the year"
        for m in re.finditer(rf"«[{works}](?P<t>\d+)»{QC}\s+(?:marks|marked|is|was|becomes|became)\s+«[AG](?P<o>\d+)»{POSS}\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})\b(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:marks")
        # "Jungkook teamed up with Jack Harlow on '3D'": the subject's song
        for m in re.finditer(rf"«[AG](?P<o>\d+)»\s+(?:(?:has|have|had|also|once)\s+)?(?:teamed\s+up|collaborated|joined\s+forces|partnered)\s+with\s+{_artist_list('w')}\s+(?:on|for)\s+(?:(?:the|a|an|new|his|her|their)\s+)*(?:(?:[\w-]+\s+)?(?:{c['work']})\s*,?\s*)?{Q}«[{works}](?P<t>\d+)»(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:teamed-up")
        for m in re.finditer(rf"«[{works}](?P<t>\d+)»{QC},?\s+(?:(?:is|was)\s+)?(?:(?:performed|sung|recorded|released)\s+)?by\s+«[AG](?P<o>\d+)»(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:by")
        for m in re.finditer(rf"«[{works}](?P<t>\d+)»{QC}(?:,\s+|,(?:[^,;«]|«T\d+»){{1,50}},\s+(?:is|was)\s+|\s+(?:is|was)\s+)(?P<p>her|his|their|its|{c['group_ana']}{POSS}|{c['artist_ana']}{POSS})\s+(?:[\w-]+\s+){{0,4}}?(?:{c['work']})\b(?P<more>)", t):
            credit(self.res.pronoun(re.sub(r"(?:'s|’s|')$", "", m.group("p")), v.index, m.start()), m, "performer:apposition")
        for m in re.finditer(rf"^\W*(?:\d+[.)]\s*)?«[AG](?P<o>\d+)»\s*[-–—]\s*{Q}«[{works}](?P<t>\d+)»(?P<more>)", t):
            credit(v.item(m.group("o")).key, m, "performer:list-line")
        for m in re.finditer(rf"(?P<others>(?:«[AG]\d+»\s*(?:,|and|&|,\s*and)\s*)*)«[AG](?P<o>\d+)»{POSS}\s+{Q}«[{works}](?P<t>\d+)»{lst}", t):
            credit(v.item(m.group("o")).key, m, "performer:possessive")
            for n in re.findall(r"«[AG](\d+)»", m.group("others")):
                credit(v.item(n).key, m, "performer:possessive")
        # "'X' is a song by IVE", "IVE's latest, 'X'", "'X', which IVE released in May", "In 'X', IVE sing"
        for m in re.finditer(rf"«[{works}](?P<t>\d+)»{QC}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})\s+(?:by|from)\s+«[AG](?P<o>\d+)»(?P<more>)"
                             rf"|«[AG](?P<o2>\d+)»{POSS}\s+(?:latest|newest|new\s+one|comeback|latest\s+offering)\s*,\s*{Q}«[{works}](?P<t2>\d+)»"
                             rf"|«[{works}](?P<t3>\d+)»{QC},\s+(?:which|that)\s+«[AG](?P<o3>\d+)»\s+(?:(?:has|have|had|also|first|just|recently)\s+)?(?:{c['release']}|{c['perform']}|recorded|wrote)"
                             rf"|\b[Ii]n\s+{Q}«[{works}](?P<t4>\d+)»{QC},\s+«[AG](?P<o4>\d+)»\s+(?:sings?|sang|raps?|rapped|croons?|crooned)\b", t):
            o = next(g for g in (m.group("o"), m.group("o2"), m.group("o3"), m.group("o4")) if g)
            w = next(g for g in (m.group("t"), m.group("t2"), m.group("t3"), m.group("t4")) if g)
            owner = v.item(o).key
            if owner and (self.is_artist(owner) or self.is_group(owner)):
                self.fact(v.item(w).key, "performer", owner, v.index, "performer:described")
        # "after the group's 'Drama'", "their Drama": an act's possessive right before a title
        for m in re.finditer(rf"(?P<p>(?i:{c['group_ana']}|{c['artist_ana']}){POSS}|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+{Q}«[{works}](?P<t>\d+)»{lst}", t):
            credit(self.res.pronoun(re.sub(r"(?:'s|’s|')$", "", m.group("p")), v.index, m.start()), m, "performer:anaphor-possessive")
        # "With 'Fighter', IVE are back": a fronted 'with' title is the subject's
        m = re.match(rf"\W*(?i:with)\s+(?:(?:the|a|an|her|his|their|its|new|latest)\s+)*(?:(?:[\w-]+\s+)?(?:{c['work']})\s*,?\s*)?{Q}«[{works}](?P<t>\d+)»{lst}{QC}\s*,\s+(?:«[AG](?P<o>\d+)»|{subj})\s+(?P<verb>[^«;,]{{0,30}})", t)
        if m and re.search(rf"(?i:\b(?:{c['with_verbs']})\b)", m.group("verb")):
            credit(v.item(m.group("o")).key if m.group("o") else self.res.pronoun(m.group("p"), v.index, m.start("p")), m, "performer:fronted-with")
        self.performer_collab(v)

    def performer_collab(self, v: View) -> None:
        """'her newest release with Bruno Mars' with no title: the song named nearby."""
        c, t = self.c, v.text
        if "with" not in t:
            return
        for m in re.finditer(rf"\b(?P<p>(?i:his|her|their|its))\s+(?:[\w-]+\s+){{0,3}}?(?i:{c['collab']})\s+with\s+{_artist_list()}", t):
            if re.search(r"«[SL]\d+»[\"'’”]?,?\s*$", t[:m.start()]):
                continue
            owner = self.res.pronoun(m.group("p"), v.index, m.start())
            song = self.res.recent(v.index, m.start(), "S", forward=True)
            if song and owner and (self.is_artist(owner) or self.is_group(owner)):
                self.fact(song, "performer", owner, v.index, "performer:anaphor-release")

    def featured(self, v: View) -> None:
        c, t = self.c, v.text
        if not v.kinds("AG"):
            return  # every pattern below credits a named artist

        def feat(song: str | None, m: re.Match[str], pattern: str, prefix: str = "a") -> None:
            if not song or "Song" not in self.doc.entities[song].types and "Album" not in self.doc.entities[song].types:
                return
            for it in _list_items(v, m, prefix):
                if it.kind == "A" and pattern == "feat:title" and self.has(song, "performer", it.key):
                    # "'X (feat. B)'" is the credit itself: a looser "A and B drop 'X'" made B a performer
                    self.doc.facts = [f for f in self.doc.facts if f.key != (song, "performer", it.key)]
                if it.kind == "A" and not self.has(song, "performer", it.key):
                    self.fact(song, "featuredArtist", it.key, v.index, pattern)

        qual = rf"(?:(?:the|an?|fellow)\s+(?=(?:{c['qual']})\s))?(?:(?:{c['qual']})\s+){{0,3}}"  # "featuring the rapper Latto"
        for m in re.finditer(rf"«[SL](?P<t>\d+)»{QC}\s*,?\s*\(?(?:prod\.?\s*(?:&|and|/|,)\s*)?(?:{c['feat']})\s+{qual}{_artist_list()}", t):
            feat(v.item(m.group("t")).key, m, "feat:title")
        for m in re.finditer(rf"«[AG]\d+»\s+(?:(?:has|have|had|also|once)\s+)?(?:teamed\s+up|collaborated|joined\s+forces|partnered)\s+with\s+{qual}{_artist_list()}\s+(?:on|for)\s+(?:(?:the|a|an|new|his|her|their)\s+)*(?:(?:[\w-]+\s+)?(?:{c['work']})\s*,?\s*)?{Q}«S(?P<t>\d+)»", t):
            feat(v.item(m.group("t")).key, m, "feat:teamed-up")
        # "The remix credits both Latto and Jack Harlow as featured artists"
        # "recruiting fellow BIGBANG members A and B as featured vocalists"
        member_of = r"(?:(?:fellow\s+)?«G\d+»\s+(?:members?|bandmates?)\s+)?"
        for m in re.finditer(rf"\b(?:{c['credit_verbs']})\s+(?:both\s+)?{member_of}{qual}{_artist_list()}\s+as\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:featured|guest)\s+(?:artists?|vocalists?|acts?|rappers?|singers?)", t):
            before = v.before(m.start(), "S")
            feat(before[-1].key if before else self.res.recent(v.index, m.start(), "S"), m, "feat:credits")
        # "... by bandmates A and B for 'X', a single that credits both of them as featured artists"
        for m in re.finditer(r"\bcredit(?:s|ed)?\s+(?:both\s+of\s+them|them\s+both|them|both)\s+as\s+(?:the\s+)?(?:featured|guest)\s+(?:artists?|vocalists?|acts?|rappers?)", t):
            pair = list(re.finditer(r"«A(\d+)»\s*(?:,|and|&|,\s*and)\s*«A(\d+)»", t[:m.start()]))
            songs = v.before(m.start(), "S")
            if pair and songs and "Song" in self.doc.entities[songs[-1].key].types:
                for n in pair[-1].groups():
                    if not self.has(songs[-1].key, "performer", v.item(n).key):
                        self.fact(songs[-1].key, "featuredArtist", v.item(n).key, v.index, "feat:credits-them")
        # "'X', a funky single with a guest turn from BTS member J-Hope"
        for m in re.finditer(rf"«S(?P<t>\d+)»{QC},?\s+(?:(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{c['work']})\s+)?(?:that\s+(?:has|had|boasts|carries)|with)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{c['guest_nouns']})\s+(?:from|by)\s+{member_of}{qual}{_artist_list()}", t):
            feat(v.item(m.group("t")).key, m, "feat:guest-turn")
        for m in re.finditer(rf"«[SL](?P<t>\d+)»{QC}\s*[(\[]\s*with\s+{qual}{_artist_list()}", t):
            feat(v.item(m.group("t")).key, m, "feat:with-paren")
        # "'X', which features rapper Y", "The track features vocals from Y"
        guest = rf"(?:features?|featuring|boasts?|includes?)\s+(?:(?:vocals|a\s+(?:guest\s+)?verse|a\s+rap|guest\s+vocals)\s+(?:from|by)\s+)?{qual}{_artist_list()}"
        for m in re.finditer(rf"«S(?P<t>\d+)»{QC},?\s+(?:(?:which|that|also)\s+)*{guest}", t):
            feat(v.item(m.group("t")).key, m, "feat:features")
        m = re.match(rf"\W*(?:{c['song_ana']}|It)\s+(?:(?:also|which)\s+)*{guest}", t)
        if m and v.index:
            feat(self.nearby_song(v.index, m.start()), m, "feat:anaphor-features")
        for m in re.finditer(rf"«[SL](?P<t>\d+)»{QC}\s+(?:is|was|will\s+be)\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{c['work']})\s+(?:{c['feat']})\s+{qual}{_artist_list()}", t):
            feat(v.item(m.group("t")).key, m, "feat:copula")
        for m in re.finditer(rf"«A(?P<a>\d+)»(?P<a_more>)\s+(?:(?:has|had|have|also|previously|once|will|is|was|to|be|recently)\s+){{0,3}}(?:featured|feature|features|featuring|appeared|appears|appear)\s+on\s+(?:«[AGD]\d+»{POSS}\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*{POSS}\s+)?(?:(?:the|a|new|latest)\s+)*(?:(?:{c['work']})\s*,?\s*)?{Q}«S(?P<t>\d+)»", t):
            feat(v.item(m.group("t")).key, m, "feat:featured-on")
        # "he had also featured on BIGBANG member Taeyang's single 'Vibe'": the pronoun's referent
        for m in re.finditer(rf"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:has|had|have|also|previously|once|recently)\s+){{0,3}}(?:featured|appeared)\s+on\s+(?:«G\d+»\s+(?:member|singer|rapper|leader|vocalist)\s+)?«[AG]\d+»{POSS}\s+(?:(?:the|a|new|latest|solo)\s+)*(?:(?:{c['work']})\s*,?\s*)?{Q}«S(?P<t>\d+)»", t):
            who = self.res.pronoun(m.group("p"), v.index, m.start())
            song = v.item(m.group("t")).key
            if who and self.is_artist(who) and song and "Song" in self.doc.entities[song].types and not self.has(song, "performer", who):
                self.fact(song, "featuredArtist", who, v.index, "feat:pronoun-featured-on")
        # "On 'X' the singer is joined by A and B": A and B are guests, the subject the main artist
        for m in [] if "joined by" not in t else re.finditer(rf"\b(?i:on)\s+{Q}«S(?P<t>\d+)»{QC},?\s+(?P<subj>«[AG](?P<x>\d+)»|{c['artist_ana']}|{c['group_ana']}|[Ss]he|[Hh]e|[Tt]hey)\s+(?:is|are|was|were)\s+joined\s+by\s+{qual}{_artist_list()}", t):
            song = v.item(m.group("t")).key
            owner = v.item(m.group("x")).key if m.group("x") else self.res.pronoun(m.group("subj"), v.index, m.start("subj"))
            if owner and (self.is_artist(owner) or self.is_group(owner)):
                self.fact(song, "performer", owner, v.index, "performer:joined-by")
            feat(song, m, "feat:joined-by")
        # "A lends guest vocals to 'X'", "A adds a verse to 'X'"
        guest_verbs, guest_parts = c["guest_verbs"], c["guest_parts"]
        for m in [] if not re.search(r"vocals|verse|rap\b|voice|harmonies", t) else re.finditer(rf"{_artist_list()}\s+(?:{guest_verbs})\s+(?:(?:his|her|their|a|some)\s+)?(?:guest\s+|featured\s+|additional\s+)?(?:{guest_parts})\s+(?:to|on|for)\s+{Q}«S(?P<t>\d+)»", t):
            feat(v.item(m.group("t")).key, m, "feat:lends-vocals")
        for m in re.finditer(rf"«[SL](?P<t>\d+)»{QC}\s+with\s+{qual}{_artist_list()}", t):
            if re.search(rf"(?i:{c['mv']})\s+(?:for|of)\s+(?:«[AG]\d+»{POSS}\s+|the\s+)?{Q}$", t[:m.start()]):
                continue  # "the music video for X with Y": Y is in the video, not on the song
            feat(v.item(m.group("t")).key, m, "feat:with")
        for m in re.finditer(rf"(?i:{c['collab']})\s+with\s+{qual}{_artist_list()}", t):
            before = t[:m.start()]
            if re.search(r"(?i:\b(?:wrote|written|co-wrote|composed|produced|co-produced|penned|recorded|made|arranged)\s+(?:[\w-]+\s+){0,2}$)", before):
                continue  # "wrote the song with Teddy": a songwriting partner, not a featured artist
            app = re.search(rf"«[SL](\d+)»(?:{QC},|,[\"'’”])\s+(?:[\w-]+\s+){{0,4}}$", before)
            if app:
                song = v.item(app.group(1)).key
            elif re.search(r"«[SL]\d+»[\"'’”]?\s+$", before):
                continue  # handled by feat:with
            else:
                song = self.res.recent(v.index, m.start(), "S", forward=True)
            feat(song, m, "feat:collab")
            # "'X,' a collaboration with British band Coldplay": a group is a co-performer
            if song and app and "Song" in self.doc.entities[song].types:
                for it in _list_items(v, m, "a"):
                    if it.kind == "G":
                        self.fact(song, "performer", it.key, v.index, "performer:collab-group")

    def album(self, v: View) -> None:
        if not (v.kinds("S")):
            return  # every pattern below needs one
        c, t = self.c, v.text
        for m in re.finditer(rf"«S(?P<s>\d+)»{QC},?\s+(?:[\w-]+\s+){{0,4}}?(?:from|off|on|of|in|track\s+(?:on|from|of)|included\s+(?:on|in))\s+(?:(?:her|his|their|its|the|«[AG]\d+»{POSS})\s+)?(?:[\w-]+\s+){{0,3}}?(?:{c['album']})\s*,?\s*{Q}«L(?P<l>\d+)»", t):
            self.fact(v.item(m.group("s")).key, "album", v.item(m.group("l")).key, v.index, "album:from")
        for m in re.finditer(rf"«L(?P<l>\d+)»{QC}{POSS}?\s+(?:title\s+track|lead\s+single|(?:[\w-]+\s+)?track|focus\s+track|single)\s*,?\s*{Q}«S(?P<s>\d+)»", t):
            self.fact(v.item(m.group("s")).key, "album", v.item(m.group("l")).key, v.index, "album:title-track")
        for m in re.finditer(rf"(?:title\s+track|lead\s+single|focus\s+track)\s*,?\s*{Q}«S(?P<s>\d+)»{QC},?\s+(?:of|from|off)\s+(?:(?:her|his|their|its|the|«[AG]\d+»{POSS})\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:{c['album']})\s*,?\s*)?{Q}«L(?P<l>\d+)»", t):
            self.fact(v.item(m.group("s")).key, "album", v.item(m.group("l")).key, v.index, "album:title-track-of")
        # "A pre-release single from the EP, 'Super Shy', drops Friday": the album named before
        for m in re.finditer(rf"(?i:\b(?:single|track|song|B-side|title\s+track)\s+(?:from|off|on)\s+(?:the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{c['album']}))\s*,\s*{Q}«S(?P<s>\d+)»", t):
            album = self.res.recent(v.index, m.start(), "L")
            if album:
                self.fact(v.item(m.group("s")).key, "album", album, v.index, "album:from-anaphor")

    def album_anaphora(self, v: View) -> None:
        if not (v.kinds("L")):
            return  # every pattern below needs one
        c, t = self.c, v.text
        for m in re.finditer(rf"«L(?P<l>\d+)»{QC}(?:\s*(?:on\s+)?«T\d+»)?,?\s+(?:with|led\s+by|including|featuring)\s+(?:the\s+|its\s+)?(?:title\s+track|lead\s+single|focus\s+track)\s*,?\s*{Q}«S(?P<s>\d+)»", t):
            self.fact(v.item(m.group("s")).key, "album", v.item(m.group("l")).key, v.index, "album:with-title-track")
        # "her single album 'RUBY', led by 'Mantra'": the leading song is its title track
        for m in re.finditer(rf"«L(?P<l>\d+)»{QC}\s*,?\s+(?:(?:which\s+(?:is|was)|and)\s+)?(?:led|fronted|headlined|spearheaded)\s+by\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:[\w-]+\s+)?(?:{c['song']})\s*,?\s*)?{Q}«S(?P<s>\d+)»", t):
            self.fact(v.item(m.group("s")).key, "album", v.item(m.group("l")).key, v.index, "album:with-title-track")
        m = re.match(rf"\W*(?:(?P<ana>{c['song_ana']}|It|it)\b)[^«]*?\b(?:title\s+track|lead\s+single|focus\s+track|track|single|song|taken)\s+(?:of|from|off|on)\s+(?:(?:her|his|their|its|the|«[AG]\d+»{POSS})\s+)?(?:(?:[\w'’-]+|«[AG]\d+»)\s+){{0,4}}?(?:{c['album']})\s*,?\s*{Q}«L(?P<l>\d+)»", t)
        m = m or re.match(rf"\W*(?:(?P<ana>{c['song_ana']}|It)\b)\s*,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:taken\s+)?(?:from|off|of)\s+(?:(?:her|his|their|its|the|«[AG]\d+»{POSS}|{c['group_ana']}{POSS})\s+)?(?:[\w-]+\s+){{0,3}}?(?:{c['album']})\s*,?\s*{Q}«L(?P<l>\d+)»", t)
        if m:
            song = self.res.salient(v.index - 1, "S") if v.index else None
            if song:
                self.fact(song, "album", v.item(m.group("l")).key, v.index, "album:anaphor")

    def album_contents(self, v: View) -> None:
        if not (v.kinds("S") or "title track" in v.text or re.search(r"\bwhich\s+(?:also\s+)?(?:include|contain|feature)", v.text)):
            return  # every pattern below needs one
        c, t = self.c, v.text
        holder = rf"(?:«L(?P<l>\d+)»{QC}|(?P<ana>(?i:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?i:set|album|record|EP|mini-album|LP|release|collection)))"
        for m in re.finditer(rf"{holder}(?:,(?:[^,«]|«T\d+»){{0,60}},)?,?\s+(?:(?:also|will|which|is|was)\s+)*(?i:contains?|includes?|included|contained|including|features?|featuring|is\s+led\s+by|is\s+fronted\s+by|led\s+by|fronted\s+by|spawned|boasts?|(?:packed|filled|loaded)\s+with\s+(?:[\w-]+\s*,?\s*)?(?:including|such\s+as)?)\s+(?:(?i:(?:the|its|a)\s+(?:title\s+track|lead\s+single)\s+of\s+the\s+same\s+name\s*,?\s*(?:and|as\s+well\s+as)\s+))?(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:{c['song']})s?\s*[,:]?\s*)?{Q}«S(?P<s>\d+)»(?P<more>(?:{QC}(?:\s+(?:with|feat\.?|featuring)\s+(?:«A\d+»|[^,«]{{1,40}}?))?\s*(?:,\s*and|,|and|&|(?<=,[\"'’”])\s)\s*(?:the\s+(?:title\s+track|lead\s+single|focus\s+track)\s+)?{Q}«S\d+»)*)", t):
            album = v.item(m.group("l")).key if m.group("l") else self.res.salient(v.index, "L")
            if not album:
                continue
            listed = [m.group("s")] + re.findall(r"«S(\d+)»", m.group("more") or "")
            pos = m.end()
            # '"A," a collaboration with X, and "B," which features Y': items with appositions
            while nxt := APPOSED_ITEM.match(t, pos):
                listed.append(nxt.group("s"))
                pos = nxt.end()
            for n in listed:
                self.fact(v.item(n).key, "album", album, v.index, "album:contains")
        # "'Supernova' will be included on the album": the album named last
        for m in re.finditer(rf"{Q}«S(?P<s>\d+)»{QC}\s+(?:will\s+be|is|was|has\s+been|is\s+also|was\s+also|will\s+also\s+be)\s+(?:included|featured|released)\s+(?:on|in)\s+(?:the|their|his|her|its)\s+(?:[\w-]+\s+){{0,2}}?(?i:album|EP|record|mini[\s-]album|LP)\b(?!\s*,?\s*[\"'‘“]?«)", t):
            album = self.nearby_song(v.index, m.start(), "L")
            if album:
                self.fact(v.item(m.group("s")).key, "album", album, v.index, "album:included-on")
        # "Coldplay's album Music of the Spheres, which includes the song, ...": the song in focus
        for m in re.finditer(rf"«L(?P<l>\d+)»{QC},?\s+which\s+(?:also\s+)?(?:includes|included|contains|contained|features|featured)\s+(?P<ana>{c['song_ana']})\b(?=\s*[,;.)]|$)", t):
            song = self.nearby_song(v.index, m.start("ana"))
            if song:
                self.fact(song, "album", v.item(m.group("l")).key, v.index, "album:which-includes-the-song")
        # "aespa's album and title track 'Armageddon'": one name, both an album and its title track
        for m in re.finditer(rf"(?i:\b(?:album|EP|mini[\s-]album|record|LP)\s+and\s+(?:its\s+|the\s+)?(?:title\s+track|lead\s+single|title\s+song)|(?:title\s+track|lead\s+single)\s+and\s+(?:the\s+)?(?:album|EP|mini[\s-]album|record))\s*,?\s*{Q}«[SL](?P<w>\d+)»", t):
            work = v.item(m.group("w")).key
            ent = self.doc.entities.get(work) if work else None
            if not ent:
                continue
            other_type = "Album" if "Song" in ent.types else "Song"
            other = mint_iri(other_type, ent.name)
            if other not in self.doc.entities:
                self.doc.entities[other] = Entity(key=other, types={other_type}, name=ent.name, iri=other)
            song, album = (work, other) if other_type == "Album" else (other, work)
            self.fact(song, "album", album, v.index, "album:and-title-track")
            for perf in self.performers(work):
                self.fact(other, "performer", perf, v.index, "performer:and-title-track")
        # "'How Sweet' ... the title track of the group's double single of the same name"
        for m in re.finditer(rf"«S(?P<s>\d+)»(?:[^«.;]|«T\d+»){{0,60}}?\b(?i:title\s+track|lead\s+single)\s+(?:of|from|off)\s+(?:(?:the|its|their|his|her)\s+|{c['group_ana']}{POSS}\s+|«[AG]\d+»{POSS}\s+)?(?:[\w-]+\s+){{0,3}}?(?i:album|single|EP|mini[\s-]album|record|LP)\s+of\s+the\s+same\s+name(?P<rest>[^.;]{{0,60}})", t):
            song = v.item(m.group("s")).key
            name = self.doc.entities[song].name
            album = mint_iri("Album", name)
            if album not in self.doc.entities:
                self.doc.entities[album] = Entity(key=album, types={"Album"}, name=name, iri=album)
            self.fact(song, "album", album, v.index, "album:title-track-same-name")
            for perf in self.performers(song):
                self.fact(album, "performer", perf, v.index, "performer:and-title-track")
            # "..., alongside the B-side 'Bubble Gum'": on the same record
            for bm in re.finditer(rf"(?i:\b(?:alongside|with|and)\s+(?:the\s+)?(?:B-side|b-side|track|song)s?)\s*,?\s*{Q}«S(\d+)»", m.group("rest")):
                self.fact(v.item(bm.group(1)).key, "album", album, v.index, "album:b-side")
        # "the music video for its title track of the same name"
        # "the album's namesake title track", "its namesake single": the song named like the album
        for m in re.finditer(r"(?i:\b(?:its|their|the|a)\s+title\s+track\s+(?:of\s+the\s+same\s+name|also\s+(?:called|titled|named)\s+the\s+same)"
                             r"|\b(?:its|their|his|her|the(?:\s+(?:album|record|EP|mini-album|set|LP)(?:'s|’s))?)\s+namesake\s+(?:title\s+|lead\s+)?(?:track|single|song))", t):
            album = self.res.recent(v.index, m.start(), "L")
            if not album:
                continue
            aname = self.doc.entities[album].name
            song = mint_iri("Song", aname)
            if song not in self.doc.entities:
                self.doc.entities[song] = Entity(key=song, types={"Song"}, name=aname, iri=song)
            self.fact(song, "album", album, v.index, "album:same-name")
            if re.search(r"(?i:music\s+video|MV)\s+(?:for|of)\s+$", t[max(0, m.start() - 25):m.start()]):
                v.mvs.append(Item("V", self.mv_of(song), m.start(), m.end(), -1))

    def album_membership(self, v: View) -> None:
        """A song and an album of one clause joined by a membership phrase: "'S' is the lead
        single for aespa's album 'A'", "'S' is a B-side on 'A'", "album 'A' houses ... 'S'", "'A'
        is led by title track 'S'". Order words ('after', 'than', 'follow-up') join no pair."""
        albums = [it for it in v.items if it.kind == "L" and it.key]
        songs = [it for it in v.items if it.kind == "S" and it.key]
        if not songs:
            return
        if not albums:
            self.pre_release_album(v)
            return
        t = v.text
        c = self.c
        song_first = re.compile(rf"(?i:\b(?:(?:title\s+(?:track|song)|lead\s+single|pre-release\s+single|focus\s+track|B-side|single|track|song|cut|number)s?\s+(?:from|off|on|of|for|in)|(?:appears?|appeared|featured|included|found|available)\s+(?:on|in)|(?:from|off)\s+(?:(?:the|their|its|his|her|«[AG]\d+»{POSS})\s+)?(?:[\w-]+\s+){{0,3}}?(?:{c['album']})|serves?\s+as\s+(?:the\s+)?(?:title\s+track|lead\s+single|focus\s+track))\b)")
        album_first = re.compile(r"(?i:\b(?:includ(?:es|ed|ing)|contain(?:s|ed|ing)|features?|featuring|hous(?:es|ed|ing)|boasts?|among\s+them|such\s+as|led\s+by|fronted\s+by|headlined\s+by|title\s+track|lead\s+single|focus\s+track|B-sides?|tracklist)\b)")
        blocked = re.compile(r"(?i:\b(?:after|before|than|following|follow-up|follows|since|successor|predecessor|unlike|like|;)\b|;)")
        self.pre_release_album(v)
        for s_it in songs:
            if any(f.s == s_it.key and f.p == "album" for f in self.doc.facts):
                continue
            for a in albums:
                lo, hi = (s_it, a) if s_it.pos < a.pos else (a, s_it)
                between = t[lo.end:hi.pos]
                if len(between) > 90 or blocked.search(between) or any(
                        it.kind == "L" and lo.end <= it.pos < hi.pos for it in v.items):
                    continue
                rx = song_first if lo is s_it else album_first
                if rx.search(between):
                    self.fact(s_it.key, "album", a.key, v.index, "album:membership")
                    break

    def pre_release_album(self, v: View) -> None:
        """A pre-release single is released ahead of an album: "Two weeks ahead of the album, the
        group pre-released 'Supernova'", "'Supernova', a pre-release single for the record". The
        album is the one this sentence names, else (when it speaks of 'the album') the article's."""
        t = v.text
        if "pre-release" not in t.lower():
            return
        for m in re.finditer(rf"(?i:\bpre-released\s+(?:(?:the|a|its|their|his|her)\s+)?(?:(?:single|track|song)\s+)?|\bpre-release\s+(?:single|track|song|number)?\s*,?\s*){Q}«S(?P<s>\d+)»|«S(?P<s2>\d+)»{QC}\s*,\s+(?:a|the|its|their|his|her)\s+pre-release\s+(?:single|track|song)", t):
            song = v.item(m.group("s") or m.group("s2")).key
            if not song or any(f.s == song and f.p == "album" for f in self.doc.facts):
                continue
            named = [it for it in v.items if it.kind == "L" and it.key]
            if named:
                album = min(named, key=lambda it: abs(it.pos - m.start())).key
            elif re.search(r"(?i:\b(?:the|its|their|his|her|upcoming|new)\s+(?:[\w-]+\s+){0,2}?(?:album|record|EP|mini-album|LP)\b)", t):
                album = self.res.salient(len(self.views) - 1, "L")
            else:
                album = None
            if album:
                self.fact(song, "album", album, v.index, "album:pre-release")

    def title_track_of_recent_album(self, v: View) -> None:
        if not (v.kinds("S")):
            return  # every pattern below needs one
        for m in re.finditer(rf"(?i:\b(?:the|its|their|his|her|the\s+(?:album|record|EP|set)(?:'s|’s))\s+(?:title\s+track|lead\s+single|focus\s+track))\s*(?:,|\s+(?:is|was|will\s+be))?\s*{Q}«S(?P<s>\d+)»", v.text):
            song = v.item(m.group("s")).key
            if any(f.s == song and f.p == "album" for f in self.doc.facts):
                continue
            album = self.res.in_sentence(v.index, m.start(), "L") or self.res.salient(v.index, "L")
            if album:
                self.fact(song, "album", album, v.index, "album:title-track-recent")

    def propagate_album_performers(self) -> None:
        """A title track without a credit is by the album's artist."""
        for f in list(self.doc.facts):
            if f.p == "album" and not self.performers(f.s):
                for perf in self.performers(f.o):
                    self.fact(f.s, "performer", perf, f.sentence or 0, "performer:album")

    def performer_same_sentence(self, v: View) -> None:
        """Titles of a sentence whose one act is credited for another of its titles are by that
        act too: "The group debuted with 'A' and followed with hits such as 'B' and 'C'",
        "X released 'A', led by 'B', after the pre-release track 'C'". "It follows 'B'": the
        title before it in the article is by the same act. Skipped when another act is named
        (unless a member or a guest) or the title is a cover, a sample or a comparison."""
        works = [it for it in v.items if it.kind in "SL" and it.key]
        if not works:
            return
        keys = {it.key for it in works}
        owners = {f.o for f in self.doc.facts if f.p == "performer" and f.s in keys and f.sentence == v.index}
        if not owners:
            m = re.match(rf"\W*(?:It|(?P<ana>{self.c['song_ana']}|(?i:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?i:album|record|EP|mini-album|LP)))\s+(?:(?:also|now|directly|closely)\s+)?(?:(?:is|was|has\s+been|had\s+been|were|been)\s+)?(?:follows|followed|comes\s+after|came\s+after|arrives\s+after|arrived\s+after|succeeds|is\s+the\s+follow-up\s+to|previewed\s+with|preceded\s+by|teased\s+with|led\s+by|fronted\s+by)\b", v.text)
            if not m or not v.index:
                return
            kind = "L" if m.group("ana") and re.search(r"(?i:album|record|EP|LP)$", m.group("ana")) else "S"
            before = self.res.salient(v.index - 1, kind) or self.res.salient(v.index - 1, "SL")
            owners = set(self.performers(before)) if before else set()
            if not owners and not before:
                # "Lisa is back. It follows 'Rockstar'": the act in focus, when no title came before
                act = self.res.salient_recent(v.index, "AG")
                owners = {act} if act else set()
        if len(owners) != 1:
            return
        owner = next(iter(owners))
        entry = self.kb.get(owner)
        for it in v.items:
            if it.kind not in "AG" or not it.key or it.key == owner:
                continue
            member = self.kb.get(it.key)
            if member and owner in member.groups or entry and it.key in entry.groups:
                continue
            if re.search(r"(?i:\b(?:by|featuring|feat\.?|ft\.?|with|alongside|and)\s*$|\(\s*$)", v.text[max(0, it.pos - 14):it.pos]) \
                    and it.key in {f.o for f in self.doc.facts if f.p == "featuredArtist"}:
                continue
            return  # another act is named: its titles may be its own
        for it in works:
            if self.performers(it.key) or "MusicVideo" in self.doc.entities[it.key].types:
                continue
            if re.search(r"(?i:\b(?:cover(?:ed|s)?|remake|version|rendition|sampl\w*|interpolat\w*|tribute|inspired|like|than|of|compared\s+(?:to|with)|similar\s+to|versus|vs\.?|beat(?:ing)?|surpass\w*|overtak\w*|dethron\w*)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?[\"'‘“]?$)", v.text[max(0, it.pos - 40):it.pos]):
                continue
            self.fact(it.key, "performer", owner, v.index, "performer:same-sentence", 0.7)

    def title_track_dates(self) -> None:
        """A title track or lead single comes out with its album: it takes the album's stated
        release date when the text gives the song none."""
        dated = {f.s: f for f in self.doc.facts if f.p == "releaseDate"}
        for f in list(self.doc.facts):
            if f.p == "album" and f.pattern in ("album:and-title-track", "album:title-track-same-name") \
                    and f.s in dated and f.o not in dated:
                # "the album and title track 'X' dropped on May 27": the same day for both
                self.fact(f.o, "releaseDate", dated[f.s].o, f.sentence or 0, "release-date:title-track")
            if f.p != "album" or f.s in dated or f.o not in dated:
                continue
            called = any(m.entity == f.s and re.search(r"(?i:\b(?:title\s+track|lead\s+single|focus\s+track|(?:led|fronted)\s+by(?:\s+(?:the|its)\s+(?:single|song|track))?)\b[^.;]{0,12}$)",
                                                    self.doc.text[max(0, m.start - 40):m.start])
                         for m in self.doc.mentions if m.sentence == f.sentence)
            if called or f.pattern.startswith(("album:title-track", "album:with-title-track", "album:same-name")):
                self.fact(f.s, "releaseDate", dated[f.o].o, f.sentence or 0, "release-date:title-track")

    def release_dates_extra(self, v: View) -> None:
        c, t = self.c, v.text
        m = re.match(rf"\W*(?i:released|out|dropped)\s+(?:on\s+|in\s+)?«T(?P<d>\d+)»(?:\s+and\s+(?:fronted|led|headlined|spearheaded)\s+by\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:single|track|song)\s*,?\s*{Q}«S(?P<lead>\d+)»{QC})?\s*,\s+(?:(?i:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?i:(?P<s>song|track|single)|album|record|EP|mini-album|LP|set)\b|{Q}«(?P<k>[SL])(?P<t>\d+)»)", t)
        if m and v.item(m.group("d")).key:
            if m.group("t"):
                work = v.item(m.group("t")).key
            else:
                work = self.res.salient(v.index - 1, "S" if m.group("s") else "L") if v.index else None
            if work:
                self.fact(work, "releaseDate", v.item(m.group("d")).key, v.index, "release-date:fronted")
            lead = v.item(m.group("lead")).key if m.group("lead") else None
            if work and lead and not m.group("s") and "Album" in self.doc.entities[work].types:
                # "Released on December 1 and fronted by the single Crazy Form, the album ...": its lead song
                self.fact(lead, "album", work, v.index, "album:fronted-by")
        # "debuted on July 22 with the surprise release of the music video for 'Attention'": the video's day
        for mv in v.mvs:
            lead = re.search(r"(?i:\b(?:release|premiere|unveiling|drop|launch)\s+of\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+){0,2}?$)", t[max(0, mv.pos - 50):mv.pos])
            dated = re.search(r"\b(?:on|in)\s+«T(?P<d>\d+)»(?:[^«;.]|«[AG]\d+»){0,40}$", t[:mv.pos]) if lead else None
            if dated and v.item(dated.group("d")).key and len(v.item(dated.group("d")).key) == 10:
                self.fact(mv.key, "releaseDate", v.item(dated.group("d")).key, v.index, "release-date:video-release")
        # "the 2017 album 'White Night'", "his 2022 EP 'Grown Ass Kid'"
        for m in re.finditer(rf"\b(?:the|his|her|their|its|a|«[AG]\d+»{POSS})\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?(?:{c['work']})\s*,?\s*{Q}«[SL](?P<t>\d+)»", t):
            self.fact(v.item(m.group("t")).key, "releaseDate", m.group("y"), v.index, "release-date:year-adjective")
        # "debuted in 2015 with 'Like Ooh-Ahh'", "followed with 'Killin' Me Good' in August last year"
        # ("made her long-awaited solo debut yesterday (September 10) with the single album 'X'",
        # "debuted in August 2016 with 'A' and 'B'": each title of the list)
        for m in re.finditer(rf"(?i:\b(?:debut(?:ed|s)?|returned|came\s+back|kicked\s+off|followed|made\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:comeback|debut)))\b(?P<mid>[^«;]{{0,60}}?(?:«T(?P<d1>\d+)»(?:[^«;]|«[YT]\d+»){{0,40}}?)?)\bwith\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:[\w-]+\s+)?(?:{c['work']})\s*,?\s*)?{Q}«[SL](?P<t>\d+)»(?P<more>(?:{QC}\s*(?:,\s*and|,|and|&)\s*{Q}«[SL]\d+»)*){QC}(?:\s*,)?(?:\s+(?:(?:in|on)\s+)?«T(?P<d2>\d+)»)?", t):
            if re.search(r",\s+(?:(?:will|would|is|are|was|were|has|have|had|then|now)\s+)+[a-z]+\s", m.group("mid")):
                continue  # "The quintet, which debuted last July, will follow the event with its EP X": another clause
            d = m.group("d2") or m.group("d1")
            value = v.item(d).key if d else None
            if value:
                for n in [m.group("t"), *re.findall(r"«[SL](\d+)»", m.group("more"))]:
                    self.fact(v.item(n).key, "releaseDate", value, v.index, "release-date:debut-with")
        # "a week after the album's release on March 24": the work the noun names
        for m in re.finditer(r"(?i:\b(?:the\s+(?P<k>album|record|EP|mini-album|single|song|track)(?:'s|’s)|its)\s+(?:[\w-]+\s+)?release)\s+(?:on|in)\s+«T(?P<d>\d+)»", t):
            kind = "S" if (m.group("k") or "").lower() in ("single", "song", "track") else "L"
            work = self.nearby_song(v.index, m.start(), kind) if m.group("k") else None
            if work and v.item(m.group("d")).key:
                self.fact(work, "releaseDate", v.item(m.group("d")).key, v.index, "release-date:possessive-release")
        # "Following the release of 'Drama' in November": the noun's own date
        for m in re.finditer(rf"(?i:\b(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?release\s+of)\s+(?:(?:the|their|his|her|its)\s+)?(?:(?:[\w-]+\s+)?(?:{c['work']})\s*,?\s*)?{Q}«[SL](?P<t>\d+)»{QC}\s*,?\s+(?:(?:on|in)\s+)?«T(?P<d>\d+)»", t):
            if v.item(m.group("d")).key:
                self.fact(v.item(m.group("t")).key, "releaseDate", v.item(m.group("d")).key, v.index, "release-date:release-of")
        # "the pre-release 'Ready to Love' on October 15", "pre-release single 'X', out since May 2":
        # the date right after a pre-release title is that title's own
        for m in re.finditer(rf"(?i:\bpre-release(?:d)?(?:\s+(?:single|track|song|number|digital\s+single))?)\s*,?\s*{Q}«S(?P<t>\d+)»{QC}\s*,?\s*(?:(?:which\s+(?:was|is|has\s+been)\s+)?(?:released|issued|dropped|unveiled|out(?:\s+since)?)\s+)?(?:(?:on|in)\s+)?«T(?P<d>\d+)»", t):
            if v.item(m.group("d")).key:
                self.fact(v.item(m.group("t")).key, "releaseDate", v.item(m.group("d")).key, v.index, "release-date:pre-release")
        # "released 'VIBE' together with its music video": the video comes out the same day
        if re.search(r"(?i:\b(?:along|together)\s+with\s+(?:its|the|their|his|her|a)\s+(?:[\w-]+\s+)?(?:music\s+video|MV))", t):
            for f in [f for f in self.doc.facts if f.p == "releaseDate" and f.sentence == v.index
                      and f.pattern in ("release-date", "release-date:anaphor", "release-date:fronted")]:
                if "Song" in self.doc.entities[f.s].types:
                    self.fact(self.mv_of(f.s), "releaseDate", f.o, v.index, "release-date:with-video")
                for mv in v.mvs:
                    self.fact(mv.key, "releaseDate", f.o, v.index, "release-date:with-video")

    def release_dates(self, v: View) -> None:
        c, t = self.c, v.text
        anchors = self.anchors(v)
        fronted = re.match(r"\W*(?i:released|out|dropped)\s+(?:on\s+|in\s+)?«T\d+»\s*,", t)
        # "'Supernatural' (June 21) and 'Right Now' (June 28)": each title its own date
        paren: dict[str, str] = {}
        if re.search(rf"\b(?i:{c['release']})\b", t):
            own_rx = rf"\s*\(\s*(?:(?:released|out|dropped)\s+)?(?:on\s+|in\s+)?«T(?P<d>\d+)»\s*\)"
            for m in re.finditer(rf"«[SL](?P<w>\d+)»{QC}(?:{own_rx}|\s*\([^()]*\))"
                                 rf"(?P<next>\s*(?:,|and|,\s*and)\s*{Q}«[SL](?P<w2>\d+)»{QC}\s+(?:(?:on|in)\s+)?«T(?P<d2>\d+)»)?", t):
                # "'A' (March 10) and 'B' in 2023": B's own date
                for w, d in ((m.group("w"), m.group("d")), (m.group("w2"), m.group("d2"))):
                    if w and d and v.item(d).key:
                        paren[v.item(d).key] = v.item(w).key
                        self.fact(v.item(w).key, "releaseDate", v.item(d).key, v.index, "release-date:paren")
        for m in re.finditer(rf"\b(?i:{c['release']})\b", t):
            if fronted and m.start() < fronted.end():
                continue  # "Released on July 19, the record ...": release_dates_extra
            if m.group().lower() == "out" and not re.match(r"\s+(?:on|in|now|since|«T)", t[m.end():]):
                continue
            if t[max(0, m.start() - 1):m.start()] == "-" or t[m.end():m.end() + 1] == "-" or (
                    m.group().lower() in ("release", "releases", "premiere", "drop") and NOUN_BEFORE.search(t[max(0, m.start() - 20):m.start()])):
                continue  # "a pre-release track", "its first major release since ...": a noun, not the verb
            if re.match(r"\s+(?:at|atop|on\s+top|in\s+the\s+top)\b", t[m.end():]) and m.group().lower().startswith(("arriv", "land", "drop")):
                continue  # "arrives at the summit of the chart": a chart entry, not a release
            date = self.date_for(v, m.start(), m.end(), anchors)
            if date is None or date in paren:
                continue
            subject = None
            mvs_before = [x for x in v.mvs if x.end <= m.start()]
            works_before = v.before(m.start(), "SL")
            if re.match(r"\s+(?:it|them)\b", t[m.end():]) and not works_before:
                continue  # "will release it in December": 'it' is no title named later
            rel = re.search(rf"«[SL](\d+)»{QC}\s*,?\s*(?:that|which)\s+(?:(?:was|were|had\s+been|has\s+been|first|also)\s+)*$", t[:m.start()])
            if rel:  # "... follows the pre-release single 'X' that arrived on February 2": X's date
                self.fact(v.item(rel.group(1)).key, "releaseDate", date, v.index, "release-date:relative-clause")
                continue
            lead = re.match(rf"\W*(?:(?i:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?i:(?P<s>song|track|single|tune|ballad|collab|collaboration)|album|record|EP|mini-album|LP|set)|It)\s*,", t)
            named = re.match(rf"\s*{Q}«[SL](\d+)»", t[lead.end():]) if lead else None
            if named:  # "Her previous solo single, 'You & Me', was released ...": the apposition names it
                self.fact(v.item(named.group(1)).key, "releaseDate", date, v.index, "release-date:apposition")
                continue
            if lead and (not works_before or works_before[-1].pos > lead.end()) and not mvs_before:
                kind = "S" if lead.group("s") or lead.group().strip().startswith("It") else "L"
                song = self.res.salient(v.index - 1, kind) if v.index else None
                if v.index and re.match(r"\W*(?i:that|this)\b", t):
                    # "That collaboration, released in September, ...": the one just named
                    song = self.nearby_song(v.index, 0, kind) or song
                if song:
                    self.fact(song, "releaseDate", date, v.index, "release-date:anaphor")
                    continue
            obj = re.match(rf"\s+(?:(?:his|her|their|its|the|a|an|new|first|second|third|latest|debut|solo|full-length|studio|mini|digital|special|lead|pre-release)\s+)*(?:(?:{c['work']})\s*,?\s*)?{Q}«[SL](\d+)»", t[m.end():])
            if obj and works_before and not mvs_before:
                # "followed with 'Seven' ... and released his album 'Golden' on November 3": the object
                self.fact(v.item(obj.group(1)).key, "releaseDate", date, v.index, "release-date:object")
                continue
            if mvs_before and (not works_before or mvs_before[-1].end >= works_before[-1].pos):
                subject = mvs_before[-1].key
            elif works_before:
                subject = works_before[-1].key
                # "'A', the follow-up to 'B', released on ...", "'A', which came after 'B', was
                # released": B is only the object of a comparison inside A's apposition
                k = len(works_before) - 1
                relative = re.search(rf"«[SL]\d+»{QC},?\s+(?:which|that)\s+(?:[\w-]+\s+){{0,3}}$", t[:m.start()])
                # "following 'B', released on ...", "'B', a pre-release single issued on ...": a bare
                # participle modifies the title right before it, not the sentence head
                relative = relative or re.search(rf"«[SL]\d+»{QC}\s*,\s+(?:(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{c['work']})\s+)?$", t[:m.start()])
                while not relative and k > 0 and re.search(rf"(?i:\b(?:to|after|than|like|following|of|from|before|with)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?){Q}$",
                                          t[max(0, works_before[k].pos - 40):works_before[k].pos]) \
                        and "," in t[works_before[k - 1].end:works_before[k].pos]:
                    k -= 1
                subject = works_before[k].key
                # "«S», their collaboration with «A», which was released in May": the nearest title
                # "The album, which includes 'X', was released", "'A', with title track 'B', arrived":
                # a title inside a closed parenthetical is not the subject of the verb after it
                par = re.search(r",\s+(?P<o>which|that|with|featuring|including|led\s+by|fronted\s+by)\b[^,;]*,\s*(?P<aux>(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|finally|officially|then)\s+)*)$", t[:m.start()])
                if par and par.start() < works_before[-1].pos and (
                        par.group("aux") or par.group("o") not in ("which", "that") or not relative):
                    # (", which arrives after 'B', released last November": a bare participle is B's)
                    heads = [w for w in works_before if w.end <= par.start()]
                    if heads:
                        subject = heads[-1].key
                    else:
                        head = re.match(rf"\W*(?i:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?i:(?P<s>song|track|single)|album|record|EP|mini-album|LP|set)\s*$", t[:par.start()])
                        subject = (self.res.salient(v.index - 1, "S" if head.group("s") else "L")
                                   or self.res.salient(v.index - 1, "SL")) if head and v.index else None
            else:
                mvs_after = [x for x in v.mvs if x.pos >= m.end()]
                works_after = v.after(m.end(), "SL")
                if mvs_after and (not works_after or mvs_after[0].pos <= works_after[0].pos):
                    subject = mvs_after[0].key
                elif works_after:
                    subject = works_after[0].key
                else:
                    ana = re.search(rf"(?i:\b(?:its|his|her|their)\s+(?:[\w-]+\s+)?(?:release|debut)|{c['song_ana']})", t[max(0, m.start() - 30):m.end()])
                    if ana:
                        subject = self.res.recent(v.index, m.start(), "S")
            if subject:
                self.fact(subject, "releaseDate", date, v.index, "release-date")

    def respectively(self, v: View) -> None:
        """'A and B released X and Y respectively', 'X and Y came out on May 1 and June 3,
        respectively': the i-th work goes with the i-th artist and the i-th date; the crossed
        pairs other patterns read off the two lists are dropped."""
        if "respectively" not in v.text:
            return
        gap = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:on|in)\s+)?"
        lists: list[tuple[str, int, int, list[str]]] = []
        for kinds in ("AG", "SL", "T"):
            for m in re.finditer(rf"{Q}«[{kinds}]\d+»{QC}(?:{gap}{Q}«[{kinds}]\d+»{QC})+", v.text):
                keys = [v.item(n).key for n in re.findall(r"«[A-Z](\d+)»", m.group())]
                if all(keys):
                    lists.append((kinds, m.start(), m.end(), keys))  # type: ignore[arg-type]
        lists.sort(key=lambda li: li[1])
        for r in re.finditer(r"\brespectively\b", v.text):
            last = [li for li in lists if li[2] <= r.start() and re.fullmatch(r"[\s,]*", v.text[li[2]:r.start()])]
            if not last:
                continue
            kinds, start, _, keys = last[-1]
            group = {kinds: keys}
            for li in reversed([li for li in lists if li[2] <= start and len(li[3]) == len(keys)
                                and ";" not in v.text[li[2]:start]]):
                group.setdefault(li[0], li[3])  # the nearest list of each other kind
            for a, b, pred in (("SL", "AG", "performer"), ("SL", "T", "releaseDate")):
                if a in group and b in group:
                    self._pairwise(v, list(zip(group[a], group[b])), pred)

    def _pairwise(self, v: View, pairs: list[tuple[str, str]], pred: str) -> None:
        """Facts ``(work, pred, o)`` for exactly these pairs from this sentence."""
        works = {w for w, _ in pairs}
        self.doc.facts = [f for f in self.doc.facts if not (f.sentence == v.index and f.p == pred and f.s in works
                                                             and (f.s, f.o) not in pairs)]
        for w, o in pairs:
            self.fact(w, pred, o, v.index, "respectively")

    def anchors(self, v: View) -> list[int]:
        """Positions of words a date can belong to (release verbs, event triggers)."""
        cached = self._anchors.get(v.index)
        if cached is None:
            cached = self._anchors[v.index] = self._find_anchors(v)
        return cached

    def _find_anchors(self, v: View) -> list[int]:
        from .events import trigger_positions
        out = [m.start() for m in re.finditer(rf"\b(?i:{self.c['release']})\b", v.text)]
        out += trigger_positions(v.text)
        return sorted(out)

    def date_for(self, v: View, start: int, end: int, anchors: list[int], max_gap: int = 90) -> str | None:
        """The date this anchor (a trigger or release verb at [start, end)) governs: the first
        date after it with no other anchor in between ("released on X"), else a date just
        before it that no earlier anchor governs ("On Friday, X dropped Y")."""
        others = [a for a in anchors if not start <= a < end]
        dates = [it for it in v.items if it.kind == "T" and it.key]
        for it in dates:
            if it.pos < end or it.pos - end > max_gap:
                continue
            between = v.text[end:it.pos]
            if ";" in between or any(end <= a < it.pos for a in others):
                break
            if re.search(r",\s+(?:and|but|while|then)\s+(?:(?:on|in)\s+)?$", between) \
                    and re.match(r",?\s+(?:he|she|they|it|«[AG]\d+»)(?:\s|$)", v.text[it.end:]):
                break  # "..., and in July he carried the torch": the date opens the next clause
            return it.key
        for it in reversed(dates):
            if it.end > start or start - it.end > max_gap:
                continue
            between = v.text[it.end:start]
            if ";" in between or any(it.end <= a < start for a in others):
                break
            earlier = [a for a in others if a < it.pos]
            if earlier and not re.search(r"[,;:]", v.text[earlier[-1]:it.pos]):
                break  # the date follows an earlier anchor in the same phrase: it is that one's
            return it.key
        return None

    def directors(self, v: View) -> None:
        if not ("irect" in v.text or "elm" in v.text):
            return  # every pattern below needs one
        t = v.text
        for m in re.finditer(r"(?i:(?:co-)?(?:directed|helmed)\s+by)\s+(?:[\w-]+\s+){0,2}?«[AD](?P<d>\d+)»", t):
            d = v.item(m.group("d")).key
            before = [x for x in v.mvs if x.end <= m.start()]
            after = [x for x in v.mvs if x.pos >= m.end()]
            target = before[-1] if before else (after[0] if after else None)
            if target is None:
                song = v.before(m.start(), "S")
                if song:
                    target = Item("V", self.mv_of(song[-1].key), 0, 0, -1)
            if target:
                self.fact(target.key, "directedBy", d, v.index, "director:by")
                self.doc.entities[d].types.add("Director")
        for m in re.finditer(r"«[AD](?P<d>\d+)»(?:\s*,\s*(?:[^,;«.]{0,60}?\s)?|\s+)(?:who\s+)?(?:has\s+)?(?:also\s+|previously\s+|once\s+)?(?:directed|helmed)\b(?!\s+by)", t):
            d = v.item(m.group("d")).key
            stop = len(t)
            nxt = re.search(r";|\.\s|«[AD]\d+»(?:,[^,;]{0,60},)?\s+(?:who\s+)?(?:also\s+)?directed", t[m.end():])
            if nxt:
                stop = m.end() + nxt.start()
            targets = [x for x in v.mvs if m.end() <= x.pos < stop]
            for x in targets:
                self.fact(x.key, "directedBy", d, v.index, "director:directed")
            if targets:
                self.doc.entities[d].types.add("Director")

    def appearances(self, v: View) -> None:
        c, t = self.c, v.text
        for m in re.finditer(rf"(?i:{c['mv']})\s+(?:featuring|starring|with)\s+{_artist_list()}", t):
            mv = [x for x in v.mvs if x.end <= m.start() + 20]
            if mv:
                for it in _list_items(v, m, "a"):
                    self.fact(it.key, "appearsIn", mv[-1].key, v.index, "appears:mv-featuring")
        for m in re.finditer(r"\b(?:appear(?:s|ed)?|star(?:s|red)?|cameo(?:s|ed)?)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:music video|MV|video)", t, re.I):
            mv = [x for x in v.mvs if x.pos >= m.start() - 5] or [x for x in v.mvs]
            if not mv:
                song = self.res.recent(v.index, m.start(), "S")
                if not song:
                    continue
                mvkey = self.mv_of(song)
            else:
                mvkey = mv[0].key
            clause_start = max(t.rfind(";", 0, m.start()), t.rfind(".", 0, m.start()), -1) + 1
            clause_end = t.find(";", m.end())
            clause_end = len(t) if clause_end < 0 else clause_end
            for it in v.items:
                if it.kind == "A" and clause_start <= it.pos < clause_end:
                    self.fact(it.key, "appearsIn", mvkey, v.index, "appears:appear-in")


@component("relations", requires=("entities", "dates"), provides=("facts",))
def make_relations(kb: Any = None, kb_path: str | None = None) -> Callable[[Doc], Doc]:
    """Extract relations and events."""
    reference = get_kb(kb, kb_path)

    def relations(doc: Doc) -> Doc:
        Extractor(doc, reference).run()
        return doc
    return relations
