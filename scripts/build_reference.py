"""Rebuild data/reference/ from the openly licensed source files and the curated CSVs.

Reads kpopdle-wikidata (groups.json, idols.json) and kpopnet (kpopnet.json) from SOURCE_DIR,
merges the two (same group or person in both -> one entity), adds the hand-curated facts in
data/reference/curated/, and writes reference.ttl, names.tsv and SOURCES.md to OUT_DIR.
Only terms of the closed kgraph vocabulary plus rdf/rdfs/owl/skos/xsd are used.

    python scripts/build_reference.py [SOURCE_DIR] [--out data/reference]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rdflib import Graph, Literal, URIRef  # noqa: E402
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD  # noqa: E402

from kgraph.vocab import KG, RES, WD  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "reference"
DEFAULT_OUT = ROOT / "data" / "reference"
CURATED = "curated"

# Romanised Korean surnames: a two-word name "<surname> <Given-name>" is a birth-name form.
SURNAMES = frozenset("""
ahn an bae baek bang boo byeon byun cha chae cheon cho choi choo chu do doh eom gil go gong ha ham han
heo hong hwang hyun im jang jee jeon jeong ji jin jo joo ju jung kang ki kim ko kwak kwon lee
gang gu goo huh kong lim ma min moon mun na nam noh ok oh park pyo ra roh ryu seo seol seong shim shin
sim son song sung tae tak um won woo yang yeo yeom yoo yoon yu yun
""".split())
KOREAN_BIRTH_NAME = re.compile(r"^([A-Z][a-z]+) ([A-Z][a-z]+-[a-z]+)$")
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
PARENTHETICAL = re.compile(r"^(?P<base>[^()]+?)\s*\([^()]*\)\s*$")
LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9.'\-]*$")


class BuildError(Exception):
    """A source or curated file is missing or malformed; the message names it."""


# --------------------------------------------------------------------------- names


def norm(name: str) -> str:
    """The lookup key of a name: accents stripped, case folded, only letters and digits kept.

    ``Rosé`` -> ``rose``, ``Park Ji-min`` -> ``parkjimin``, ``방탄소년단`` unchanged.
    kb.py must use the same function to read names.tsv.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text).casefold()
    return "".join(c for c in text if c.isalnum())


def slugify(name: str) -> str:
    """Lowercase ASCII words joined by '-': ``Girls' Generation`` -> ``girls-generation``."""
    text = unicodedata.normalize("NFKD", name)
    text = text.encode("ascii", "ignore").decode().lower().replace("'", "").replace("’", "")
    text = text.replace("&", " and ").replace("+", " plus ")
    return "-".join(re.findall(r"[a-z0-9]+", text))


def is_hangul(text: str) -> bool:
    return bool(HANGUL.search(text))


def korean_given_name(name: str) -> str | None:
    """``Kim Seok-jin`` -> ``Seokjin`` when the name is a hyphenated Korean birth name."""
    match = KOREAN_BIRTH_NAME.match(name)
    if not match or match.group(1).lower() not in SURNAMES:
        return None
    given = match.group(2).replace("-", "")
    return given[0].upper() + given[1:].lower()


class AliasFilter:
    """Drops noisy aliases, as listed in curated/alias_blocklist.txt."""

    def __init__(self, path: Path) -> None:
        self.exact: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        for lineno, line in enumerate(read_text(path).splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("re:"):
                try:
                    self.patterns.append(re.compile(line[3:], re.IGNORECASE))
                except re.error as exc:
                    raise BuildError(f"{path}:{lineno}: bad regex {line[3:]!r}: {exc}") from None
            else:
                self.exact.add(line.casefold())

    def clean(self, alias: str) -> str | None:
        """The alias to keep (a trailing disambiguator cut off), or None to drop it."""
        alias = " ".join(alias.split())
        if alias.casefold() in self.exact or any(p.search(alias) for p in self.patterns):
            return None
        match = PARENTHETICAL.match(alias)
        if match and not alias.startswith("("):
            alias = match.group("base").strip()
        if not alias or not norm(alias) or alias.casefold() in self.exact:
            return None
        if any(p.search(alias) for p in self.patterns):
            return None
        return alias


# --------------------------------------------------------------------------- model


@dataclass
class Entity:
    """One artist, group or agency being assembled from the sources."""

    kind: str  # "artist" | "group" | "agency"
    label: str
    aliases: list[str] = field(default_factory=list)
    hangul: list[str] = field(default_factory=list)
    birth_names: list[str] = field(default_factory=list)
    qids: list[str] = field(default_factory=list)
    birth_date: str | None = None
    debut_date: str | None = None
    disband_date: str | None = None
    groups: dict[int, bool] = field(default_factory=dict)  # group entity id -> current member
    agencies: list[int] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)  # subunitOf (groups) / parentCompany (agencies)
    notes: list[str] = field(default_factory=list)
    slug: str = ""

    def add(self, bucket: list[Any], value: Any) -> None:
        if value is not None and value != "" and value not in bucket:
            bucket.append(value)

    def names(self) -> list[str]:
        return [self.label, *self.aliases, *self.hangul, *self.birth_names]

    def keys(self) -> set[str]:
        return {k for k in (norm(n) for n in self.names()) if k}

    def match_keys(self) -> set[str]:
        """keys() plus the given name of every three-syllable Hangul name (정채연 -> 채연)."""
        keys = self.keys()
        return keys | {k[1:] for k in keys if len(k) == 3 and all(is_hangul(c) for c in k)}


def year_only(value: str | None) -> str | None:
    """kpopdle and kpopnet pad unknown month/day with 01: treat YYYY-01-01 as the year only."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-01-01", value):
        return value[:4]
    if re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", value):
        return value
    return None


def better_date(old: str | None, new: str | None) -> str | None:
    """Keep the more precise of two dates (a full date over a year)."""
    if not new:
        return old
    if not old or (len(new) > len(old) and new.startswith(old)):
        return new
    return old


def date_literal(value: str) -> Literal:
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


# --------------------------------------------------------------------------- reading


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BuildError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise BuildError(f"{path}: not UTF-8 ({exc})") from None


def read_json(path: Path, key: str) -> Any:
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise BuildError(f"{path}: invalid JSON: {exc}") from None
    if not isinstance(data, dict) or key not in data:
        raise BuildError(f"{path}: expected a JSON object with a {key!r} list")
    return data


def read_csv(path: Path, required: list[str]) -> list[dict[str, str]]:
    rows = list(csv.DictReader(read_text(path).splitlines()))
    missing = [c for c in required if rows and c not in rows[0]]
    if not rows or missing:
        raise BuildError(f"{path}: empty or missing columns {missing or required}")
    for lineno, row in enumerate(rows, 2):
        if None in row or any(row.get(c) is None for c in required):
            raise BuildError(f"{path}:{lineno}: wrong number of fields")
    return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def split_list(value: str, sep: str = ";") -> list[str]:
    return [v.strip() for v in value.split(sep) if v.strip()]


def origin(path: Path) -> str:
    """The ``- Repository:`` and ``- Commit:`` lines of a SOURCE.md, as Markdown bullets."""
    keep = [line.strip() for line in read_text(path).splitlines()
            if line.strip().startswith(("- Repository:", "- Commit:", "- File:", "- Files:"))]
    return "\n".join(keep)


def attribution(path: Path, marker: str) -> str:
    """The quoted attribution sentence that a SOURCE.md gives after ``marker``."""
    text = read_text(path)
    idx = text.find(marker)
    match = re.search(r'"([^"]+)"', text[idx:]) if idx >= 0 else None
    if not match:
        raise BuildError(f"{path}: no attribution found after {marker!r}")
    return match.group(1)


# --------------------------------------------------------------------------- builder


class ReferenceBuilder:
    """Collects entities from every source, merges them, then writes the outputs."""

    def __init__(self, source: Path, curated: Path) -> None:
        self.source = source
        self.curated = curated
        self.entities: list[Entity] = []
        self.group_index: dict[str, int] = {}
        self.agency_index: dict[str, int] = {}
        self.events: list[tuple[str, int, str, str]] = []  # (kind, artist id, date, note)
        self.warnings: list[str] = []
        self.aliases = AliasFilter(curated / "alias_blocklist.txt")

    # ---- entities

    def new(self, kind: str, label: str) -> int:
        self.entities.append(Entity(kind=kind, label=label))
        return len(self.entities) - 1

    def add_alias(self, ent: Entity, alias: str | None) -> None:
        cleaned = self.aliases.clean(alias) if alias else None
        if not cleaned or norm(cleaned) == norm(ent.label) and cleaned == ent.label:
            return
        if is_hangul(cleaned):
            ent.add(ent.hangul, cleaned)
        elif cleaned.islower() and LATIN_WORD.match(cleaned):
            ent.add(ent.aliases, cleaned[0].upper() + cleaned[1:])
        else:
            ent.add(ent.aliases, cleaned)

    def agency(self, name: str) -> int | None:
        """The agency entity for a company name, created on first use; None for junk names."""
        cleaned = self.aliases.clean(name)
        if not cleaned:
            return None
        name = cleaned
        key = agency_key(name)
        if key not in self.agency_index:
            self.agency_index[key] = self.new("agency", name.strip())
        return self.agency_index[key]

    def find_group(self, name: str) -> int | None:
        return self.group_index.get(norm(name))

    # ---- sources

    def load_agencies(self) -> None:
        path = self.curated / "agencies.csv"
        rows = read_csv(path, ["name", "aliases", "hangul", "parent", "note"])
        for row in rows:
            eid = self.agency(row["name"])
            if eid is None:
                raise BuildError(f"{path}: agency name {row['name']!r} is blocked as noise")
            ent = self.entities[eid]
            ent.label = row["name"]
            for alias in split_list(row["aliases"]):
                self.agency_index.setdefault(agency_key(alias), eid)
                self.add_alias(ent, alias)
            self.add_alias(ent, row["hangul"])
            ent.add(ent.notes, row["note"])
        for row in rows:
            if row["parent"]:
                child = self.entities[self.agency_index[agency_key(row["name"])]]
                child.add(child.parents, self.agency(row["parent"]))

    def load_kpopdle(self) -> None:
        base = self.source / "kpopdle-wikidata"
        groups = read_json(base / "groups.json", "groups")["groups"]
        idols = read_json(base / "idols.json", "idols")["idols"]
        qid_to_group: dict[str, int] = {}
        for g in groups:
            eid = self.new("group", g["name"])
            ent = self.entities[eid]
            ent.add(ent.qids, g.get("id"))
            for alias in g.get("aliases") or []:
                self.add_alias(ent, alias)
            ent.debut_date = year_only(g.get("debut_date"))
            for company in (g.get("company"), g.get("company_parent")):
                if company:
                    ent.add(ent.agencies, self.agency(company))
            if g.get("company") and g.get("company_parent"):
                child, parent = self.agency(g["company"]), self.agency(g["company_parent"])
                if child is not None and parent is not None and child != parent:
                    self.entities[child].add(self.entities[child].parents, parent)
                    ent.agencies.remove(parent)
            ent.add(ent.notes, f"kpopdle-wikidata group (Wikidata {g.get('id')})")
            qid_to_group[g["id"]] = eid
            self.group_index.setdefault(norm(g["name"]), eid)
        for g in groups:  # aliases only after every name is in, so names win
            for alias in self.entities[qid_to_group[g["id"]]].aliases:
                self.group_index.setdefault(norm(alias), qid_to_group[g["id"]])
        for idol in idols:
            eid = self.new("artist", idol["name"])
            ent = self.entities[eid]
            ent.add(ent.qids, idol.get("id"))
            for alias in idol.get("aliases") or []:
                self.add_alias(ent, alias)
            if idol.get("birth_year"):
                ent.birth_date = str(idol["birth_year"])
            for gid in idol.get("group_ids") or []:
                if gid in qid_to_group:
                    ent.groups[qid_to_group[gid]] = True
            self.fix_kpopdle_names(ent)
            ent.add(ent.notes, f"kpopdle-wikidata idol (Wikidata {idol.get('id')})")
        self.derive_subunits(list(qid_to_group.values()))

    def fix_kpopdle_names(self, ent: Entity) -> None:
        """kpopdle mixes birth and stage names: put a birth-name label back as birth name."""
        for name in [ent.label, *ent.aliases]:
            if korean_given_name(name):
                ent.add(ent.birth_names, name)
        given = korean_given_name(ent.label)
        if not given:
            return
        given_key = norm(given)
        stage = [a for a in ent.aliases if LATIN_WORD.match(a) and norm(a) in given_key]
        old = ent.label
        if stage:
            ent.label = stage[0]
            ent.aliases.remove(stage[0])
        ent.add(ent.aliases, old)
        if not stage and given not in ent.aliases:
            ent.add(ent.aliases, given)

    def derive_subunits(self, group_ids: list[int]) -> None:
        """A group whose 2+ members all belong to one bigger group is its sub-unit."""
        members: dict[int, set[int]] = defaultdict(set)
        for aid, ent in enumerate(self.entities):
            for gid in ent.groups:
                members[gid].add(aid)
        for gid in group_ids:
            mine = members.get(gid, set())
            if len(mine) < 2:
                continue
            for other in group_ids:
                theirs = members.get(other, set())
                if other != gid and len(theirs) > len(mine) and mine <= theirs:
                    ent = self.entities[gid]
                    ent.add(ent.parents, other)

    def load_kpopnet(self) -> None:
        path = self.source / "kpopnet" / "kpopnet.json"
        data = read_json(path, "groups")
        net_group: dict[str, int] = {}
        for g in data["groups"]:
            eid = self.match_group(g)
            ent = self.entities[eid]
            if ent.kind != "group":
                raise BuildError(f"{path}: group {g['name']!r} matched a non-group")
            self.add_alias(ent, g["name"])
            self.add_alias(ent, g.get("name_original"))
            for alias in split_list(g.get("name_alias") or "", ","):
                self.add_alias(ent, alias)
            ent.debut_date = better_date(ent.debut_date, year_only(g.get("debut_date")))
            ent.disband_date = better_date(ent.disband_date, year_only(g.get("disband_date")))
            for company in split_list(g.get("agency_name") or "", ","):
                ent.add(ent.agencies, self.agency(company))
            ent.add(ent.notes, f"kpopnet.json group {g['id']}")
            net_group[g["id"]] = eid
            self.group_index.setdefault(norm(g["name"]), eid)
        for g in data["groups"]:
            if g.get("parent_id") in net_group:
                ent = self.entities[net_group[g["id"]]]
                ent.add(ent.parents, net_group[g["parent_id"]])
        self.artist_keys: dict[str, set[int]] = defaultdict(set)
        self.matched: set[int] = set()
        for aid, ent in enumerate(self.entities):
            if ent.kind == "artist":
                for key in ent.match_keys():
                    self.artist_keys[key].add(aid)
        current: dict[str, dict[int, bool]] = defaultdict(dict)
        for g in data["groups"]:
            for m in g.get("members") or []:
                current[m["idol_id"]][net_group[g["id"]]] = bool(m.get("current", True))
        for idol in data["idols"]:
            groups = {net_group[x] for x in idol.get("groups") or [] if x in net_group}
            eid = self.match_artist(idol, groups)
            ent = self.entities[eid]
            if norm(ent.label) != norm(idol["name"]) and self.aliases.clean(idol["name"]):
                ent.add(ent.aliases, ent.label)  # kpopnet's name is the stage name
                ent.label = idol["name"]
                if idol["name"] in ent.aliases:
                    ent.aliases.remove(idol["name"])
            self.add_alias(ent, idol["name"])
            self.add_alias(ent, idol.get("name_original"))
            for alias in split_list(idol.get("name_alias") or "", ","):
                self.add_alias(ent, alias)
            for real in (idol.get("real_name"), idol.get("real_name_original")):
                if real:
                    ent.add(ent.birth_names, real.strip())
                    if is_hangul(real):
                        ent.add(ent.hangul, real.strip())
            ent.birth_date = better_date(ent.birth_date, year_only(idol.get("birth_date")))
            if not groups:
                ent.debut_date = better_date(ent.debut_date, year_only(idol.get("debut_date")))
            for gid in groups:
                ent.groups[gid] = current[idol["id"]].get(gid, True)
            ent.add(ent.notes, f"kpopnet.json idol {idol['id']}")
        for ent in self.entities:
            if ent.kind == "group":
                upper = [a for a in ent.aliases if a == ent.label.upper() and a != ent.label]
                if upper:  # the official stylisation: "Twice" -> "TWICE"
                    ent.aliases[ent.aliases.index(upper[0])] = ent.label
                    ent.label = upper[0]

    def match_group(self, g: dict[str, Any]) -> int:
        for name in (g["name"], g.get("name_original") or "", *split_list(g.get("name_alias") or "", ",")):
            hit = self.find_group(name) if name else None
            if hit is not None:
                return hit
        return self.new("group", g["name"])

    def match_artist(self, idol: dict[str, Any], groups: set[int]) -> int:
        """The kpopdle artist sharing a name and a group (or a birth name and birth year)."""
        keys = {norm(idol[k]) for k in ("name", "name_original", "real_name", "real_name_original")
                if idol.get(k)} - {""}
        keys |= {k[1:] for k in keys if len(k) == 3 and all(is_hangul(c) for c in k)}
        real = {norm(idol[k]) for k in ("real_name", "real_name_original") if idol.get(k)} - {""}
        year = (idol.get("birth_date") or "")[:4]
        tiers: list[set[int]] = [set(), set(), set()]
        for aid in set().union(*(self.artist_keys.get(k, set()) for k in keys)):
            ent = self.entities[aid]
            if aid in self.matched:
                continue
            if groups & set(ent.groups):
                tiers[0 if keys & ent.keys() else 1].add(aid)
            elif real & ent.keys() and year and ent.birth_date and ent.birth_date[:4] == year:
                tiers[2].add(aid)
        best = next((tier for tier in tiers if tier), set())
        if len(best) == 1:
            self.matched.add(next(iter(best)))
            return next(iter(best))
        if len(best) > 1:
            names = sorted(self.entities[i].label for i in best)
            self.warnings.append(f"kpopnet idol {idol['name']!r}: matches {names}, kept apart")
        return self.new("artist", idol["name"])

    def load_curated_groups(self) -> None:
        """groups.csv, before kpopnet: its aliases also merge kpopnet groups with other names."""
        path = self.curated / "groups.csv"
        for row in read_csv(path, ["name", "label", "aliases", "debut_date", "note"]):
            gid = self.find_group(row["name"])
            if gid is None:
                raise BuildError(f"{path}: unknown group {row['name']!r}")
            ent = self.entities[gid]
            if row["label"] and row["label"] != ent.label:
                ent.add(ent.aliases, ent.label)
                ent.label = row["label"]
            for alias in split_list(row["aliases"]):
                self.add_alias(ent, alias)
                self.group_index.setdefault(norm(alias), gid)
            if row["debut_date"]:
                ent.debut_date = check_date(path, row["debut_date"])
            ent.add(ent.notes, row["note"])

    def load_curated(self) -> None:
        path = self.curated / "subunits.csv"
        for row in read_csv(path, ["group", "parent", "relation", "note"]):
            gid, pid = self.find_group(row["group"]), self.find_group(row["parent"])
            if gid is None or pid is None:
                raise BuildError(f"{path}: unknown group {row['group']!r} or {row['parent']!r}")
            ent = self.entities[gid]
            if row["relation"] == "not":
                if pid in ent.parents:
                    ent.parents.remove(pid)
            elif row["relation"] == "subunit":
                ent.add(ent.parents, pid)
            else:
                raise BuildError(f"{path}: relation must be subunit or not, not {row['relation']!r}")
            ent.add(ent.notes, row["note"])
        cols = ["name", "kind", "aliases", "hangul", "birth_name", "birth_date", "debut_date",
                "groups", "agencies", "note"]
        people = self.curated / "soloists.csv", self.curated / "members.csv"
        for path, row in ((p, r) for p in people for r in read_csv(p, cols)):
            kind = {"Artist": "artist", "Group": "group"}.get(row["kind"])
            if not kind:
                raise BuildError(f"{path}: kind must be Artist or Group, not {row['kind']!r}")
            groups = []
            for name in split_list(row["groups"]):
                gid = self.find_group(name)
                if gid is None:
                    gid = self.new("group", name)
                    self.group_index[norm(name)] = gid
                groups.append(gid)
            eid = self.match_curated(kind, row["name"], groups,
                                     split_list(row["aliases"]) + split_list(row["hangul"]))
            ent = self.entities[eid]
            if kind == "group":
                self.group_index.setdefault(norm(row["name"]), eid)
            for alias in split_list(row["aliases"]) + split_list(row["hangul"]):
                self.add_alias(ent, alias)
            for name in split_list(row["birth_name"]):
                ent.add(ent.birth_names, name)
                if is_hangul(name):
                    ent.add(ent.hangul, name)
            if row["birth_date"]:
                ent.birth_date = check_date(path, row["birth_date"])
            if row["debut_date"]:
                ent.debut_date = check_date(path, row["debut_date"])
            for gid in groups:
                ent.groups.setdefault(gid, True)
            for company in split_list(row["agencies"]):
                ent.add(ent.agencies, self.agency(company))
            ent.add(ent.notes, row["note"])
        path = self.curated / "memberships.csv"
        for row in read_csv(path, ["artist", "group", "status", "note"]):
            if row["status"] not in ("current", "former"):
                raise BuildError(f"{path}: status must be current or former, not {row['status']!r}")
            gid = self.find_group(row["group"])
            aid = self.find_artist(row["artist"], gid) if gid is not None else None
            if aid is None:
                aid = self.find_artist(row["artist"], None)
            if aid is None or gid is None:
                self.warnings.append(f"{path.name}: {row['artist']} ({row['group']}) not found")
                continue
            ent = self.entities[aid]
            ent.groups[gid] = row["status"] == "current"
            ent.add(ent.notes, row["note"])
        path = self.curated / "military.csv"
        for row in read_csv(path, ["artist", "group", "event", "date", "note"]):
            gid = self.find_group(row["group"])
            aid = self.find_artist(row["artist"], gid) if gid is not None else None
            if aid is None:
                raise BuildError(f"{path}: unknown artist {row['artist']!r} of {row['group']!r}")
            if row["event"] not in ("enlistment", "discharge"):
                raise BuildError(f"{path}: event must be enlistment or discharge, not {row['event']!r}")
            day = check_date(path, row["date"])
            if len(day) != 10:
                raise BuildError(f"{path}: {row['artist']}: give the full date YYYY-MM-DD")
            self.events.append((row["event"], aid, day, row["note"]))

    def match_curated(self, kind: str, name: str, groups: list[int],
                      other_names: list[str] | None = None) -> int:
        """The entity a curated row describes: same name, or (within its group) any same name."""
        key = norm(name)
        hits = [i for i, e in enumerate(self.entities)
                if e.kind == kind and key in {norm(n) for n in (e.label, *e.aliases)}
                and (not groups or set(groups) & set(e.groups))]
        if not hits and groups and other_names:
            keys = {norm(n) for n in other_names} - {""}
            hits = [i for i, e in enumerate(self.entities)
                    if e.kind == kind and set(groups) & set(e.groups) and keys & e.keys()]
        if not groups and len(hits) > 1:
            hits = [i for i in hits if not self.entities[i].groups]
        if len(hits) == 1:
            if kind == "artist":
                self.entities[hits[0]].label = name
            return hits[0]
        return self.new(kind, name)

    def find_artist(self, name: str, group: int | None) -> int | None:
        """The one artist of that group (or, with group None, of all artists) with that name."""
        key = norm(name)
        hits = [i for i, e in enumerate(self.entities)
                if e.kind == "artist" and (group is None or group in e.groups) and key in e.keys()]
        return hits[0] if len(hits) == 1 else None

    # ---- slugs

    def assign_slugs(self) -> None:
        by_kind: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for eid, ent in enumerate(self.entities):
            base = slugify(ent.label) or next((slugify(n) for n in ent.names() if slugify(n)), "")
            by_kind[ent.kind][base or f"x{eid}"].append(eid)
        for kind in ("agency", "group", "artist"):
            taken: set[str] = set()
            for base, ids in sorted(by_kind[kind].items()):
                for eid in ids:
                    ent = self.entities[eid]
                    slug = base if len(ids) == 1 else self.disambiguated(ent, base, taken)
                    n = 2
                    while slug in taken:
                        slug = f"{base}-{n}"
                        n += 1
                    ent.slug = slug
                    taken.add(slug)

    def disambiguated(self, ent: Entity, base: str, taken: set[str]) -> str:
        if ent.kind == "artist" and ent.groups:
            main_first = sorted(ent.groups, key=lambda g: (bool(self.entities[g].parents),
                                                           not ent.groups[g],
                                                           slugify(self.entities[g].label)))
            group_slugs = [slugify(self.entities[g].label) for g in main_first]
            for gslug in group_slugs:
                if f"{base}-{gslug}" not in taken:
                    return f"{base}-{gslug}"
        year = (ent.birth_date or ent.debut_date or "")[:4]
        return f"{base}-{year}" if year else base

    # ---- output

    def iri(self, eid: int) -> URIRef:
        ent = self.entities[eid]
        return RES[f"{ent.kind}/{ent.slug}"]

    def graph(self) -> Graph:
        g = Graph()
        g.bind("kg", str(KG))
        g.bind("kgr", str(RES))
        g.bind("wd", str(WD))
        g.bind("skos", str(SKOS))
        g.bind("owl", str(OWL))
        types = {"artist": KG.Artist, "group": KG.Group, "agency": KG.Agency}
        for eid, ent in enumerate(self.entities):
            s = self.iri(eid)
            g.add((s, RDF.type, types[ent.kind]))
            g.add((s, SKOS.prefLabel, Literal(ent.label)))
            g.add((s, RDFS.label, Literal(ent.label)))
            for alias in ent.aliases + ent.hangul + ent.birth_names:
                if alias != ent.label:
                    g.add((s, SKOS.altLabel, Literal(alias)))
            for name in ent.hangul:
                g.add((s, KG.hangulName, Literal(name)))
            for name in ent.birth_names:
                g.add((s, KG.birthName, Literal(name)))
            for qid in ent.qids:
                g.add((s, OWL.sameAs, WD[qid]))
            if ent.birth_date:
                g.add((s, KG.birthDate, date_literal(ent.birth_date)))
            if ent.debut_date:
                g.add((s, KG.debutDate, date_literal(ent.debut_date)))
            if ent.disband_date:
                g.add((s, KG.disbandDate, date_literal(ent.disband_date)))
            for gid, current in ent.groups.items():
                g.add((s, KG.memberOf if current else KG.formerMemberOf, self.iri(gid)))
            for aid in ent.agencies:
                g.add((s, KG.agency, self.iri(aid)))
            for pid in ent.parents:
                prop = KG.subunitOf if ent.kind == "group" else KG.parentCompany
                g.add((s, prop, self.iri(pid)))
            for note in ent.notes:
                g.add((s, KG.sourceNote, Literal(note)))
        for kind, aid, day, note in self.events:
            cls = KG.MilitaryEnlistment if kind == "enlistment" else KG.MilitaryDischarge
            ev = RES[f"event/military{kind}-{self.entities[aid].slug}-{day}"]
            g.add((ev, RDF.type, KG.Event))
            g.add((ev, RDF.type, cls))
            g.add((ev, KG.participant, self.iri(aid)))
            g.add((ev, KG.eventDate, Literal(day, datatype=XSD.date)))
            g.add((ev, KG.sourceNote, Literal(note)))
            label = f"{self.entities[aid].label}'s military {kind}"
            g.add((ev, RDFS.label, Literal(label)))
        return g

    def names_rows(self) -> list[tuple[str, str, str, str, str]]:
        """names.tsv rows: normalised name, the name as written, IRI, type, group slugs."""
        rows = set()
        for eid, ent in enumerate(self.entities):
            kind = {"artist": "Artist", "group": "Group", "agency": "Agency"}[ent.kind]
            groups = ",".join(sorted(self.entities[g].slug for g in ent.groups))
            for name in ent.names():
                if norm(name):
                    rows.add((norm(name), name, str(self.iri(eid)), kind, groups))
        return sorted(rows)

    def build(self) -> None:
        steps = [(self.curated / "agencies.csv", self.load_agencies),
                 (self.source / "kpopdle-wikidata", self.load_kpopdle),
                 (self.curated / "groups.csv", self.load_curated_groups),
                 (self.source / "kpopnet" / "kpopnet.json", self.load_kpopnet),
                 (self.curated, self.load_curated)]
        for where, step in steps:
            try:
                step()
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                raise BuildError(f"{where}: malformed record ({type(exc).__name__}: {exc})") from None
        self.assign_slugs()


def agency_key(name: str) -> str:
    key = norm(name)
    for suffix in ("entertainment", "ent"):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            return key[: -len(suffix)]
    return key


def check_date(path: Path, value: str) -> str:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise BuildError(f"{path}: bad date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


SOURCES_MD = """# Sources of data/reference/

Generated by `scripts/build_reference.py`; do not edit by hand.

## kpopdle-wikidata (groups.json, idols.json)
{kpopdle}

{kpopdle_origin}

Licence: The Unlicense (code and compilation); facts from Wikidata (CC0) and English Wikipedia
infoboxes (CC BY-SA 4.0). Company names come from Wikipedia infoboxes: the CC BY-SA 4.0
attribution above applies to them. Every entity from this source carries `owl:sameAs wd:Q...` and
a `kg:sourceNote` naming its Wikidata item.

## kpopnet (kpopnet.json)
{kpopnet}

{kpopnet_origin}

Licence: CC0 1.0 (public-domain dedication). Entities from this source carry a `kg:sourceNote`
with their kpopnet id.

## Curated (data/reference/curated/*.csv)
Written for this project by its engineers from widely reported public facts (soloists and
collaborators, agency names and parents, former members, exact debut dates, military enlistment
and discharge dates). Each row carries its own source note, shipped as `kg:sourceNote`.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE,
                        help="folder with kpopdle-wikidata/ and kpopnet/ (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--curated", type=Path, default=DEFAULT_OUT / CURATED,
                        help="folder of curated CSVs (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        builder = ReferenceBuilder(args.source, args.curated)
        builder.build()
        kpopdle = attribution(args.source / "kpopdle-wikidata" / "SOURCE.md", "Attribution to use")
        kpopnet = attribution(args.source / "kpopnet" / "SOURCE.md", "credit it anyway")
        graph = builder.graph()
        args.out.mkdir(parents=True, exist_ok=True)
        header = ("# kgraph reference graph, generated by scripts/build_reference.py: do not edit.\n"
                  "# Sources and attribution: SOURCES.md\n")
        (args.out / "reference.ttl").write_text(header + graph.serialize(format="turtle"),
                                                encoding="utf-8")
        with (args.out / "names.tsv").open("w", encoding="utf-8", newline="") as fh:
            fh.write("key\tname\tiri\ttype\tgroups\n")
            for row in builder.names_rows():
                fh.write("\t".join(row) + "\n")
        (args.out / "SOURCES.md").write_text(
            SOURCES_MD.format(kpopdle=kpopdle, kpopnet=kpopnet,
                              kpopdle_origin=origin(args.source / "kpopdle-wikidata" / "SOURCE.md"),
                              kpopnet_origin=origin(args.source / "kpopnet" / "SOURCE.md")),
            encoding="utf-8")
    except BuildError as exc:
        print(f"build_reference: {exc}", file=sys.stderr)
        return 1
    for warning in builder.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    kinds = defaultdict(int)
    for ent in builder.entities:
        kinds[ent.kind] += 1
    print(f"{len(graph)} triples: {dict(kinds)}, {len(builder.events)} events -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
