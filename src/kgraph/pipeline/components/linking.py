"""``linking``: mentions -> one :class:`Entity` per real-world thing in the article.

Reference-KB candidates are scored by context (a group named right before or after the
mention, or anywhere in the article, that the candidate belongs to; a role cue). One
candidate with no competitor is linked unless its name is weak (a common English word, a
single letter, digits) and nothing in the article supports it; several candidates with no
deciding context leave the mention unlinked (a minted entity of that name), never merged into
the wrong person. Titles, directors and unknown artists get minted entities
(:func:`kgraph.kb.mint_iri`). Short forms (``Drew`` after ``Drew Kirsch``, a given name after
a birth name) and name appositions (``Suga (Min Yoon-gi)``, ``real name ...``) are folded
into the entity they denote.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ...kb import Candidate, ReferenceKB, mint_iri, normalize, squash
from .. import component
from ..doc import Doc, Entity, Mention
from ._common import get_kb, is_capitalised, month_words, patterns, tokenize
from .mentions import NAME

PERSON_LABELS = ("Artist", "Director")
EVENT_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&'’-]*){0,4}[ \t]+(?:Awards|Music[ \t]+Awards|Festival|Gayo[ \t]+Daejeon)\b")
POSSESSIVE_WORK = re.compile(r"(?:'s|’s)\s+(?:(?:new|latest|upcoming|hit|debut|first|second|third|solo)\s+)*"
                             r"(?:single|song|album|EP|track|music\s+video|MV|comeback|[\"'‘“](?=[A-Z0-9]))")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(w.lower() for w in patterns("people")["common_words"]) | month_words()


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    p = patterns("people")
    return frozenset(normalize(w) for w in p["artist_roles"] + p["nationalities"] + p["director_roles"])


@lru_cache(maxsize=1)
def _agency_suffix_re() -> re.Pattern[str]:
    suffixes = sorted(patterns("people")["agency_suffixes"], key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(s) for s in suffixes) + r")$")


ALIAS_RE = re.compile(
    rf"(?:\(\s*(?P<paren>{NAME})\s*\)|(?:real|birth|original|legal|given|full)\s+(?:Korean\s+)?name(?:\s+is|\s*:)?\s*,?\s+(?P<real>{NAME})"
    rf"|\bborn\s+(?P<born>{NAME}))")


def _title_case(doc: Doc, index: int) -> bool:
    """A headline-style sentence: most words capitalised (names cannot be told apart there)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", doc.sentences[index].text) if index < len(doc.sentences) else []
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


def is_weak(surface: str) -> bool:
    """A name that must not be linked on its own: a common word, one letter, digits only."""
    n = normalize(surface)
    if n != surface.lower() and n in _common_words() and surface.lower() not in _common_words():
        return False  # 'Rosé' is a name even though 'rose' is a word
    return n in _common_words() or len(n.replace(" ", "")) <= 1 or n.replace(" ", "").isdigit()


def _roles(m: Mention) -> set[str]:
    parts = m.pattern.split("+")
    roles = {p for p in parts[1:] if p in ("Artist", "Director", "Agency")}
    if m.pattern.startswith(("directed-by", "director-role", "who-directed")):
        roles.add("Director")
    if parts[0] in ("featuring", "collab-with", "role", "title-with", "possessive-work"):
        roles.add("Artist")
    if parts[0] == "group-cue":
        roles.add("Group")
    return roles


AGENCY_WORDS = re.compile(r"\b(?:Entertainment|Music|Records|Label|Company|Corporation|Agency|Media|Labels)\b")


class Linker:
    def __init__(self, kb: ReferenceKB) -> None:
        self.kb = kb

    # -- context --------------------------------------------------------------------------
    def _group_context(self, doc: Doc) -> tuple[dict[int, set[str]], set[str]]:
        """Groups named per sentence and in the article; also the groups of artists named
        unambiguously (so 'Saturday' the group is supported by its member 'Yuki')."""
        by_sentence: dict[int, set[str]] = {}
        everywhere: set[str] = set()
        self.member_groups: set[str] = set()
        for m in doc.mentions:
            for iri in m.candidates:
                e = self.kb.get(iri)
                if e and "Group" in e.types:
                    by_sentence.setdefault(m.sentence, set()).add(iri)
                    everywhere.add(iri)
            if len(m.candidates) == 1 and not is_weak(m.text):
                e = self.kb.get(m.candidates[0])
                if e and "Artist" in e.types:
                    self.member_groups |= e.groups
        return by_sentence, everywhere

    def _adjacent_group(self, doc: Doc, i: int) -> set[str]:
        """Groups named as 'G's X', "G' X", 'G member X' or 'X of G' around mention i."""
        text = doc.text
        out: set[str] = set()
        m = doc.mentions[i]
        if i > 0:
            prev = doc.mentions[i - 1]
            between = text[prev.end:m.start]
            if re.fullmatch(r"\s*(?:'s|'|’s|’)?\s*(?:(?:member|leader|maknae|vocalist|rapper|singer|dancer)\s+)?", between):
                out |= {c for c in prev.candidates if (e := self.kb.get(c)) and "Group" in e.types}
        if i + 1 < len(doc.mentions):
            nxt = doc.mentions[i + 1]
            between = text[m.end:nxt.start]
            if re.fullmatch(r"\s*(?:,\s*)?(?:of|from)\s+(?:(?:the\s+)?(?:K-pop\s+)?(?:\w+\s+){0,2}(?:group|band|sensation)\s+)?|\s*\(\s*", between):
                out |= {c for c in nxt.candidates if (e := self.kb.get(c)) and "Group" in e.types}
        return out

    def choose(self, doc: Doc, i: int, by_sentence: dict[int, set[str]], everywhere: set[str]) -> Candidate | None | str:
        """The KB entry for mention i; None to leave it unlinked; "drop" when it is no name."""
        m = doc.mentions[i]
        cands = [c for iri in m.candidates if (c := self.kb.get(iri))]
        if not cands:
            return None
        roles = _roles(m)
        if EVENT_NAME_AFTER.match(doc.text, m.end):
            return "drop"  # 'Mnet' in 'Mnet Asian Music Awards' names a ceremony
        adjacent = self._adjacent_group(doc, i)
        if not roles and not adjacent and " " not in m.text and not _title_case(doc, m.sentence) \
                and self._inside_longer_name(doc, m):
            return "drop"
        scored = []
        for c in cands:
            score = 0.0
            if c.groups & adjacent:
                score += 5
            if c.groups & by_sentence.get(m.sentence, set()):
                score += 3
            elif c.groups & everywhere:
                score += 2
            if "Group" in c.types and m.label == "Group":
                score += 0.5
            if c.iri in everywhere and "Group" in c.types:
                score += 0.1
            if "Group" in c.types and c.iri in self.member_groups:
                score += 2
            if POSSESSIVE_WORK.match(doc.text, m.end):
                score += 2
            scored.append((score, c))
        scored.sort(key=lambda x: -x[0])
        weak = is_weak(m.text)
        supported = bool(roles) or scored[0][0] >= 2
        if len(scored) == 1:
            if weak and not supported:
                return "drop"
            return scored[0][1]
        best, second = scored[0], scored[1]
        if best[0] > second[0] and (best[0] >= 2 or (best[0] > 0 and not weak)):
            return best[1]
        if weak and not roles:
            return "drop"
        return None

    def _inside_longer_name(self, doc: Doc, m: Mention) -> bool:
        """'Martin' in 'Steve Martin': a one-word KB name next to another capitalised word."""
        text = doc.text
        before = re.search(r"([A-Z][\w'’-]*) $", text[max(0, m.start - 30):m.start])
        after = re.match(r" ([A-Z][\w'’-]*)", text[m.end:m.end + 30])
        taken = [(x.start, x.end) for x in doc.mentions if x is not m]
        for word, pos in ((before, m.start - 1 - len(before.group(1)) if before else 0),
                          (after, m.end + 1 if after else 0)):
            if not word:
                continue
            w = word.group(1)
            if normalize(w) in _common_words() or normalize(w) in _role_words():
                continue
            if any(s <= pos < e for s, e in taken):
                continue
            if before is word and doc.sentences and any(s.start == pos for s in doc.sentences):
                continue  # a capitalised first word of the sentence
            return True
        return False

    # -- linking --------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        by_sentence, everywhere = self._group_context(doc)
        keep: list[Mention] = []
        for i, m in enumerate(doc.mentions):
            label = m.label
            if label in ("Song", "Album"):
                self._attach(doc, m, label, m.text, mint_iri(label, m.text), kb=False)
                keep.append(m)
                continue
            roles = _roles(m)
            choice = self.choose(doc, i, by_sentence, everywhere) if m.candidates else None
            if choice == "drop":
                continue
            if choice is None and label == "Agency":
                choice = self._agency_lookup(m.text)
            if isinstance(choice, Candidate):
                types = set(choice.types)
                if "Director" in roles and types <= {"Artist"}:
                    types.add("Director")
                self._attach(doc, m, None, choice.name, choice.iri, kb=True, types=types)
                m.label = "Group" if "Group" in types else ("Agency" if "Agency" in types else m.label)
            else:
                if m.candidates and is_weak(m.text) and not roles:
                    continue
                types = ({"Director"} if roles == {"Director"} else roles & {"Artist", "Director", "Agency", "Group"}) or {label}
                kind = "Agency" if "Agency" in types else ("Group" if "Group" in types or label == "Group" else "Artist")
                self._attach(doc, m, None, m.text, mint_iri(kind, m.text), kb=False, types=types)
            keep.append(m)
        doc.mentions = keep
        self._merge_short_persons(doc)
        self._aliases(doc)
        self._short_forms(doc)
        return doc

    def _agency_lookup(self, name: str) -> Candidate | None:
        for variant in (name, _agency_suffix_re().sub("", name)):
            hits = [c for c in self.kb.lookup(variant) if "Agency" in c.types]
            if len(hits) == 1:
                return hits[0]
        return None

    def _attach(self, doc: Doc, m: Mention, label: str | None, name: str, iri: str, kb: bool,
                types: set[str] | None = None) -> Entity:
        ent = doc.entities.get(iri)
        if ent is None:
            ent = Entity(key=iri, types=set(types or {label or m.label}), name=name, iri=iri, kb=kb)
            doc.entities[iri] = ent
        else:
            ent.types |= set(types or {label or m.label})
        if m.text != ent.name:
            ent.aliases.add(m.text)
        m.entity = iri
        return ent

    def _merge_short_persons(self, doc: Doc) -> None:
        """A minted one-word person ('Meyers') who is the first or last word of exactly one
        multi-word person of the article ('Dave Meyers') is that person."""
        full: dict[str, set[str]] = {}
        for ent in doc.entities.values():
            if ent.types & {"Artist", "Director"} and len(ent.name.split()) >= 2:
                words = ent.name.split()
                for w in (words[0], words[-1]):
                    full.setdefault(squash(w), set()).add(ent.key)
        for key, ent in list(doc.entities.items()):
            if ent.kb or not ent.types & {"Artist", "Director"} or " " in ent.name:
                continue
            targets = full.get(squash(ent.name), set()) - {key}
            if len(targets) != 1:
                continue
            target = doc.entities[next(iter(targets))]
            target.aliases.add(ent.name)
            target.types |= ent.types if not target.kb else (ent.types & {"Director"}) | target.types
            for m in doc.mentions:
                if m.entity == key:
                    m.entity = target.key
            del doc.entities[key]

    def _aliases(self, doc: Doc) -> None:
        """'Suga (Min Yoon-gi)', 'real name Min Yoon-gi', 'born ...': one more name of a person."""
        text = doc.text
        for sent in doc.sentences:
            for am in ALIAS_RE.finditer(text, sent.start, sent.end):
                group = "paren" if am.group("paren") else ("real" if am.group("real") else "born")
                s, e = am.start(group), am.end(group)
                alias = text[s:e]
                if alias.lower() in month_words() or not is_capitalised(alias):
                    continue
                # the person named right before (or the sentence's first person)
                owner = None
                for m in doc.mentions:
                    if m.start >= am.start() or m.sentence != sent.index and group == "paren":
                        continue
                    if m.entity and doc.entities[m.entity].types & {"Artist"} and m.start < am.start():
                        if group == "paren" and text[m.end:am.start()].strip():
                            continue
                        owner = m
                if owner is None and group != "paren":
                    prev = [m for m in doc.mentions if m.entity and m.end <= am.start()
                            and "Artist" in doc.entities[m.entity].types]
                    owner = prev[-1] if prev else None
                if owner is None:
                    continue
                ent = doc.entities[owner.entity]
                inside = [m for m in doc.mentions if m.start >= s and m.end <= e]
                if inside and all(m.entity == ent.key for m in inside):
                    continue
                known = {m.entity for m in inside if m.entity}
                if group != "paren" and len(known) == 1:
                    other = doc.entities[next(iter(known))]
                    entry = self.kb.get(other.iri) if other.kb else None
                    if "Artist" in other.types and entry and squash(alias) in {squash(n) for n in entry.names}:
                        # "The singer-songwriter, born Lee Ji-eun": the reference knows whose name it is
                        continue
                if group == "paren" and not self._plausible_alias(alias, ent):
                    continue
                ent.aliases.add(alias)
                doc.mentions = [m for m in doc.mentions if not (m.start >= s and m.end <= e)]
                doc.mentions.append(Mention(s, e, alias, "Artist", sent.index, pattern="alias", entity=ent.key))
        doc.mentions.sort(key=lambda m: m.start)

    def _plausible_alias(self, alias: str, ent: Entity) -> bool:
        """A parenthesised name is an alias when the KB lists it, or it looks like a personal name."""
        entry = self.kb.get(ent.iri) if ent.kb else None
        if entry and squash(alias) in {squash(n) for n in entry.names}:
            return True
        words = alias.split()
        if any(c.types & {"Agency", "Group"} for c in self.kb.lookup(alias)) \
                or AGENCY_WORDS.search(alias):
            return False  # "IU (EDAM Entertainment)": the agency, not another name of hers
        return 2 <= len(words) <= 4 and all(is_capitalised(w) for w in words)

    def _short_forms(self, doc: Doc) -> None:
        """Single-word references to a person named in full elsewhere in the article."""
        shorts: dict[str, set[str]] = {}
        for ent in doc.entities.values():
            if not ent.types & {"Artist", "Director"}:
                continue
            names = {ent.name, *ent.aliases}
            entry = self.kb.get(ent.iri) if ent.kb else None
            forms: set[str] = set()
            for n in names:
                words = n.split()
                if len(words) >= 2:
                    forms.update({words[0], words[-1]})
            if entry:
                for birth in entry.birth_names:
                    words = birth.split()
                    if len(words) >= 2:
                        forms.add(" ".join(words[1:]))
            for f in forms:
                key = squash(f)
                if len(key) >= 3 and is_capitalised(f) and normalize(f) not in _common_words():
                    shorts.setdefault(key, set()).add(ent.key)
        if not shorts:
            return
        covered = [(m.start, m.end) for m in doc.mentions]
        added = []
        for tok in tokenize(doc.text):
            if not tok.is_word or not is_capitalised(tok.text):
                continue
            keys = shorts.get(squash(tok.text))
            if not keys or len(keys) != 1:
                continue
            if any(tok.start < e and s < tok.end for s, e in covered):
                continue
            # "Drew Kirsch"-style full names are already mentions; skip a word followed by another name word
            key = next(iter(keys))
            ent = doc.entities[key]
            label = "Director" if ent.types == {"Director"} else "Artist"
            if tok.text != ent.name:
                ent.aliases.add(tok.text)
            added.append(Mention(tok.start, tok.end, tok.text, label, doc.sentence_of(tok.start),
                                 pattern="short", entity=key))
        if added:
            doc.mentions = sorted(doc.mentions + added, key=lambda m: m.start)


@component("linking", requires=("mentions",), provides=("entities",))
def make_linking(kb: Any = None, kb_path: str | None = None) -> Callable[[Doc], Doc]:
    """Link mentions to reference-KB entities or minted ones."""
    return Linker(get_kb(kb, kb_path))
