"""The annotated document that flows through the extraction pipeline.

Each component reads some layers and adds others:

========== ==========================================================
layer      what it holds
========== ==========================================================
sentences  :class:`Sentence` spans of the text
mentions   :class:`Mention` spans naming an entity (with a label)
entities   :class:`Entity` per real-world thing, keyed by a local key
dates      :class:`DateExpr` spans with resolved values
facts      :class:`Fact` (subject, predicate, object) with evidence
========== ==========================================================
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..load.article import Article

Certainty = Literal["asserted", "reported", "denied"]

ENTITY_TYPES = ("Artist", "Group", "Song", "MusicVideo", "Director", "Event", "Album", "Agency")
EVENT_TYPES = ("MilitaryEnlistment", "MilitaryDischarge", "MilitaryTraining", "ChartAchievement",
               "AwardWin", "Concert", "FanMeeting", "Comeback", "Debut", "Release", "Filming")
PREDICATES = ("performer", "featuredArtist", "memberOf", "musicVideoOf", "directedBy", "releaseDate",
              "album", "agency", "eventType", "participant", "eventDate", "achievement", "award",
              "before", "after", "about", "appearsIn")
LITERAL_PREDICATES = frozenset({"releaseDate", "eventDate", "achievement", "award", "eventType"})


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A span that names something: ``label`` is an entity type, ``entity`` the key of the
    Entity it was linked to (None until linking, or when left unlinked)."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    pattern: str = ""
    entity: str | None = None
    candidates: list[str] = field(default_factory=list)
    """Reference-KB IRIs this mention could denote, best first."""


@dataclass
class Entity:
    """One real-world thing in this article. ``key`` is local to the document; ``iri`` is
    the reference-KB IRI when linked, or a minted stable IRI."""

    key: str
    types: set[str]
    name: str
    aliases: set[str] = field(default_factory=set)
    iri: str | None = None
    kb: bool = False
    """True when the entity was linked to the reference knowledge base."""


@dataclass
class DateExpr:
    """A date expression: ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` when it could
    be resolved safely against the article date, else None."""

    start: int
    end: int
    text: str
    sentence: int
    value: str | None
    relative: bool = False


@dataclass
class Fact:
    """``s`` is an entity key; ``o`` an entity key, or a literal for literal predicates."""

    s: str
    p: str
    o: str
    sentence: int | None = None
    pattern: str = ""
    certainty: Certainty = "asserted"
    confidence: float = 1.0

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.s, self.p, self.o)


@dataclass
class Doc:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    dates: list[DateExpr] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_of(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return self.sentences[-1].index if self.sentences else 0

    def add_fact(self, fact: Fact) -> Fact:
        """Add a fact unless the same triple is there already; a more certain one wins."""
        for existing in self.facts:
            if existing.key == fact.key:
                if existing.certainty != "asserted" and fact.certainty == "asserted":
                    existing.certainty = "asserted"
                    existing.sentence, existing.pattern = fact.sentence, fact.pattern
                return existing
        self.facts.append(fact)
        return fact

    def facts_about(self, s: str, p: str | None = None) -> list[Fact]:
        return [f for f in self.facts if f.s == s and (p is None or f.p == p)]
