"""ReferenceKB: name lookup over the reference graph (``data/reference/*.ttl``).

The extractor asks one question of the reference graph, many times per article: *which
known artists, groups or agencies could this name denote?* :class:`ReferenceKB` answers it
from an in-memory index keyed on a squashed form of every name (case, accents, spaces,
hyphens and punctuation ignored, Hangul kept), so ``Min Yoon-gi``, ``min yoongi`` and
``MIN YOONGI`` all find the same entry. Parsing Turtle is slow, so the index is cached
(pickle under ``~/.cache/kgraph``) and rebuilt only when a source file changes.

>>> kb = ReferenceKB.load()
>>> [c.name for c in kb.lookup("Taehyung")]
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .vocab import RES

__all__ = ["ReferenceKB", "Candidate", "normalize", "squash", "slugify", "mint_iri", "default_path",
           "DATA_DIR"]

DATA_DIR = Path(os.environ.get("KGRAPH_DATA", Path(__file__).resolve().parents[2] / "data"))
"""The repository's ``data`` folder (override with the ``KGRAPH_DATA`` environment variable)."""

_CACHE_VERSION = 3

KG_NS = "https://w3id.org/kgraph/ontology#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
_TYPES = {KG_NS + "Artist": "Artist", KG_NS + "Group": "Group", KG_NS + "Agency": "Agency",
          KG_NS + "Person": "Artist", KG_NS + "Director": "Director"}
_NAME_PREDICATES = {SKOS_NS + "prefLabel": "pref", SKOS_NS + "altLabel": "alt", RDFS_LABEL: "alt",
                    KG_NS + "hangulName": "hangul", KG_NS + "birthName": "birth"}


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form with single spaces ('Rosé' -> 'rose')."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("&", " and ").replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


@lru_cache(maxsize=200_000)
def squash(name: str) -> str:
    """:func:`normalize` without spaces: 'Min Yoon-gi' and 'Min Yoongi' -> 'minyoongi'."""
    return normalize(name).replace(" ", "").replace("_", "")


def slugify(name: str) -> str:
    """Lowercase ASCII words joined by '-' (the IRI slug of docs/architecture.md)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", s.encode("ascii", "ignore").decode())
    if words:
        return "-".join(words)
    # non-Latin names (Hangul...): a short stable hash keeps the IRI ASCII and unique
    return "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


_MINT_PATHS = {"Song": "song", "Album": "album", "MusicVideo": "mv", "Director": "person",
               "Artist": "person", "Person": "person", "Group": "group", "Agency": "agency",
               "Event": "event"}


def mint_iri(type_: str, name: str) -> str:
    """A stable IRI for an entity not in the reference KB: same type + normalised name -> same IRI.

    Music videos are named after their song (``kgr:mv/<song-slug>``); pass the song's name.
    """
    try:
        path = _MINT_PATHS[type_]
    except KeyError:
        raise ValueError(f"cannot mint an IRI for type {type_!r}; known: {', '.join(sorted(_MINT_PATHS))}") from None
    return str(RES[f"{path}/{slugify(name)}"])


@dataclass
class Candidate:
    """One reference-KB entity a name may denote."""

    iri: str
    types: set[str] = field(default_factory=set)
    name: str = ""
    aliases: set[str] = field(default_factory=set)
    birth_names: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    """IRIs of the groups the artist is (or was) a member of."""
    agencies: set[str] = field(default_factory=set)
    same_as: set[str] = field(default_factory=set)

    @property
    def names(self) -> set[str]:
        return {self.name, *self.aliases, *self.birth_names} - {""}


class ReferenceKB:
    """In-memory name index over reference entities."""

    def __init__(self, entries: Iterable[Candidate] = ()) -> None:
        self.entries: dict[str, Candidate] = {}
        self.index: dict[str, list[str]] = {}
        self.surfaces: dict[str, set[str]] = {}
        """squashed key -> the exact spellings the KB gives (for case-sensitive checks)."""
        for entry in entries:
            self.add(entry)

    # -- building ---------------------------------------------------------------------------
    def add(self, entry: Candidate) -> None:
        """Add (or merge into) an entry and index all its names."""
        if entry.iri in self.entries:
            old = self.entries[entry.iri]
            old.types |= entry.types
            old.aliases |= entry.aliases
            old.birth_names |= entry.birth_names
            old.groups |= entry.groups
            old.agencies |= entry.agencies
            old.same_as |= entry.same_as
            old.name = old.name or entry.name
            entry = old
        else:
            self.entries[entry.iri] = entry
        for name in entry.names:
            key = squash(name)
            if not key:
                continue
            iris = self.index.setdefault(key, [])
            if entry.iri not in iris:
                iris.append(entry.iri)
            self.surfaces.setdefault(key, set()).add(name)

    @classmethod
    def from_dicts(cls, rows: Iterable[dict]) -> "ReferenceKB":
        """Build from plain dicts (tests, fixtures): keys as in :class:`Candidate`."""
        out = []
        for row in rows:
            row = dict(row)
            t = row.pop("types", row.pop("type", ()))
            types = {t} if isinstance(t, str) else set(t)
            out.append(Candidate(types=types, **{k: set(v) if isinstance(v, (list, tuple, set)) else v
                                                for k, v in row.items()}))
        return cls(out)

    @classmethod
    def load(cls, path: str | Path | None = None, cache: bool = True) -> "ReferenceKB":
        """Load every ``*.ttl`` under ``path`` (default: the repository's data/reference).

        A missing or empty folder gives an empty KB (extraction then mints every entity).
        """
        folder = Path(path) if path is not None else default_path()
        files = sorted(folder.glob("*.ttl")) if folder.is_dir() else ([folder] if folder.is_file() else [])
        if not files:
            return cls()
        stamp = [(str(f.resolve()), f.stat().st_mtime_ns, f.stat().st_size) for f in files]
        key = hashlib.sha1(repr((_CACHE_VERSION, stamp)).encode()).hexdigest()[:16]
        cache_file = _cache_dir() / f"kb-{key}.pickle"
        if cache and key in _MEMO:
            return _MEMO[key]
        if cache and cache_file.is_file():
            try:
                with cache_file.open("rb") as fh:
                    kb = pickle.load(fh)
                _MEMO[key] = kb
                return kb
            except Exception:  # a stale or truncated cache is rebuilt
                pass
        kb = cls(_parse_turtle(files))
        if cache:
            _MEMO[key] = kb
            try:
                cache_file.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache_file.with_suffix(".tmp%d" % os.getpid())
                with tmp.open("wb") as fh:
                    pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(cache_file)
            except OSError:
                pass
        return kb

    # -- lookup ----------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Candidate]:
        """Entries any of whose names equals ``name`` (case, accents, punctuation ignored)."""
        return [self.entries[i] for i in self.index.get(squash(name), ())]

    def get(self, iri: str) -> Candidate | None:
        return self.entries.get(iri)

    def __contains__(self, iri: object) -> bool:
        return iri in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self.entries.values())

    def group_names(self, entry: Candidate) -> list[str]:
        return [self.entries[g].name for g in sorted(entry.groups) if g in self.entries]

    def describe(self, iri: str) -> dict:
        """A plain-dict view of one entry (for debugging and the CLI)."""
        e = self.entries[iri]
        return {"iri": e.iri, "types": sorted(e.types), "name": e.name, "aliases": sorted(e.aliases),
                "groups": self.group_names(e),
                "agencies": [self.entries[a].name for a in sorted(e.agencies) if a in self.entries]}


_MEMO: dict[str, ReferenceKB] = {}


def default_path() -> Path:
    return DATA_DIR / "reference"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kgraph"


def _parse_turtle(files: list[Path]) -> list[Candidate]:
    """Read entities (with a kg type) and their names, groups and agencies from Turtle."""
    import rdflib
    from rdflib import URIRef

    from .errors import KGraphError

    g = rdflib.Graph()
    for f in files:
        try:
            g.parse(f, format="turtle")
        except Exception as exc:  # rdflib raises many kinds
            raise KGraphError(f"{f}: cannot read the reference graph ({exc})") from None
    entries: dict[str, Candidate] = {}
    for s, t in g.subject_objects(URIRef(RDF_TYPE)):
        kind = _TYPES.get(str(t))
        if kind and isinstance(s, URIRef):
            entries.setdefault(str(s), Candidate(iri=str(s))).types.add(kind)
    for s, p, o in g:
        e = entries.get(str(s))
        if e is None:
            continue
        p = str(p)
        role = _NAME_PREDICATES.get(p)
        if role == "pref":
            if not e.name or getattr(o, "language", None) in (None, "en"):
                if e.name:
                    e.aliases.add(e.name)
                e.name = str(o)
            else:
                e.aliases.add(str(o))
        elif role == "birth":
            e.birth_names.add(str(o))
        elif role:
            e.aliases.add(str(o))
        elif p in (KG_NS + "memberOf", KG_NS + "formerMemberOf", KG_NS + "subunitOf"):
            e.groups.add(str(o))
        elif p == KG_NS + "agency":
            e.agencies.add(str(o))
        elif p == OWL_SAMEAS:
            e.same_as.add(str(o))
    for e in entries.values():
        e.aliases.discard(e.name)
        if not e.name and e.aliases:
            e.name = sorted(e.aliases)[0]
    return [e for e in entries.values() if e.name]
