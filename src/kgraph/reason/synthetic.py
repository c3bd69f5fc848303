"""Synthetic K-pop graphs of any size, for the reasoner's tests and benchmarks.

The shape imitates what the builder writes: per article a song with its performer and
featured artists, its music video (director, cast), an album, dates of several precisions,
events (releases, enlistments, discharges, chart wins) with text-given ``kg:before``, and a
reference graph of agencies, groups, artists (with ``owl:sameAs`` to Wikidata) and dated
military service. Deterministic for a given seed.
"""
from __future__ import annotations

import random

from ..vocab import KG_URI, RES_URI
from . import terms as T
from .terms import Triple

XSD_DATE = f"<{T.XSD}date>"
XSD_GYM = f"<{T.XSD}gYearMonth>"
XSD_GY = f"<{T.XSD}gYear>"


def kg(name: str) -> str:
    return f"<{KG_URI}{name}>"


def res(path: str) -> str:
    return f"<{RES_URI}{path}>"


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _date(rng: random.Random) -> str:
    y = rng.randint(2015, 2025)
    m = rng.randint(1, 12)
    roll = rng.random()
    if roll < 0.7:
        return f'"{y}-{m:02d}-{rng.randint(1, 28):02d}"^^{XSD_DATE}'
    if roll < 0.95:
        return f'"{y}-{m:02d}"^^{XSD_GYM}'
    return f'"{y}"^^{XSD_GY}'


class Synthetic:
    """A reference graph plus articles; ``article(i)`` is the plain triples of article i."""

    def __init__(self, n_artists: int = 200, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.n_artists = n_artists
        self.n_groups = max(2, n_artists // 5)
        self.n_agencies = max(2, n_artists // 40)
        self.n_directors = max(2, n_artists // 10)

    def artist(self, i: int) -> str:
        return res(f"artist/a{i}")

    def reference(self) -> list[Triple]:
        rng = random.Random(1)
        out: list[Triple] = []
        for a in range(self.n_agencies):
            ag = res(f"agency/ag{a}")
            out += [(ag, T.TYPE, kg("Agency")), (ag, T.LABEL, _lit(f"Agency {a}"))]
            if a > 0 and a % 3:
                out.append((ag, kg("parentCompany"), res(f"agency/ag{a - 1}")))
        for g in range(self.n_groups):
            gr = res(f"group/g{g}")
            out += [(gr, T.TYPE, kg("Group")), (gr, T.LABEL, _lit(f"Group {g}")),
                    (gr, kg("agency"), res(f"agency/ag{g % self.n_agencies}")),
                    (gr, kg("debutDate"), _date(rng))]
            if g % 7 == 6:
                out.append((gr, kg("subunitOf"), res(f"group/g{g - 1}")))
        for i in range(self.n_artists):
            a = self.artist(i)
            out += [(a, T.TYPE, kg("Artist")), (a, T.LABEL, _lit(f"Artist {i}")),
                    (a, kg("memberOf" if i % 11 else "formerMemberOf"), res(f"group/g{i % self.n_groups}")),
                    (a, kg("birthDate"), f'"{1990 + i % 10}-0{1 + i % 9}-1{i % 10}"^^{XSD_DATE}')]
            if i % 3 == 0:
                out.append((a, T.SAMEAS, f"<http://www.wikidata.org/entity/Q{1000 + i}>"))
            if i % 4 == 0:
                for kind, year in (("enlistment", 2022 + i % 3), ("discharge", 2024 + i % 3)):
                    ev = res(f"event/{kind}-a{i}")
                    cls = "MilitaryEnlistment" if kind == "enlistment" else "MilitaryDischarge"
                    out += [(ev, T.TYPE, kg(cls)), (ev, kg("participant"), a),
                            (ev, kg("eventDate"), f'"{year}-{1 + i % 12:02d}-1{i % 10}"^^{XSD_DATE}'),
                            (ev, kg("sourceNote"), _lit(f"Curated note {i}"))]
        for d in range(self.n_directors):
            di = res(f"person/d{d}")
            out += [(di, T.TYPE, kg("Director")), (di, T.LABEL, _lit(f"Director {d}"))]
        return out

    def article(self, n: int, provenance: bool = False) -> list[Triple]:
        """The plain triples of article ``n``; with ``provenance``, also the sentence nodes
        and one ``kg:Assertion`` per fact, laid out as build.py writes them."""
        out = self._article(n)
        if provenance:
            out += _provenance(n, out)
        return out

    def _article(self, n: int) -> list[Triple]:
        rng = random.Random(n * 7919 + 13)
        art = f"<https://w3id.org/kgraph/resource/article/x{n}>"
        song = res(f"song/s{n}")
        mv = res(f"mv/s{n}")
        album = res(f"album/al{n // 3}")
        performer = (res(f"group/g{rng.randrange(self.n_groups)}") if rng.random() < 0.6
                     else self.artist(rng.randrange(self.n_artists)))
        out: list[Triple] = [
            (art, T.TYPE, kg("Article")), (art, kg("articleId"), _lit(f"x{n}")),
            (song, T.TYPE, kg("Song")), (song, T.LABEL, _lit(f"Song {n}")), (song, kg("mentionedIn"), art),
            (song, kg("performer"), performer),
            (song, kg("album"), album), (album, T.TYPE, kg("Album")),
            (mv, T.TYPE, kg("MusicVideo")), (mv, kg("musicVideoOf"), song),
            (mv, kg("directedBy"), res(f"person/d{rng.randrange(self.n_directors)}")),
        ]
        if rng.random() < 0.8:
            out.append((song, kg("releaseDate"), _date(rng)))
        for _ in range(rng.randint(0, 2)):
            out.append((song, kg("featuredArtist"), self.artist(rng.randrange(self.n_artists))))
        for _ in range(rng.randint(0, 2)):
            out.append((self.artist(rng.randrange(self.n_artists)), kg("appearsIn"), mv))
        events: list[str] = []
        for k in range(rng.randint(1, 3)):
            ev = res(f"event/e{n}-{k}")
            events.append(ev)
            kind = rng.choice(("Release", "ChartAchievement", "Concert", "MilitaryEnlistment", "Comeback"))
            out += [(ev, T.TYPE, kg(kind)), (ev, T.LABEL, _lit(f"{kind} {n}-{k}"))]
            if kind in ("Release", "ChartAchievement"):
                out.append((ev, kg("about"), song if rng.random() < 0.8 else mv))
            else:
                out.append((ev, kg("participant"), self.artist(rng.randrange(self.n_artists))))
            roll = rng.random()
            if roll < 0.6:
                out.append((ev, kg("eventDate"), _date(rng)))
            elif roll < 0.75:
                tm = res(f"time/t{n}-{k}")
                out += [(ev, kg("hasTime"), tm), (tm, T.TYPE, f"<{T.TIME}Instant>"),
                        (tm, T.TIME_IN_XSD_DATE, _date(rng))]
        if len(events) > 1 and rng.random() < 0.5:
            out.append((events[0], kg("before"), events[1]))
        return out


_NOT_FACTS = frozenset({T.TYPE, T.LABEL, kg("mentionedIn"), kg("articleId")})


def _provenance(n: int, triples: list[Triple]) -> list[Triple]:
    art = f"<https://w3id.org/kgraph/resource/article/x{n}>"
    prov = "http://www.w3.org/ns/prov#"
    out: list[Triple] = []
    facts = [t for t in triples if t[1] not in _NOT_FACTS and t[0] != art]
    for i, (s, p, o) in enumerate(facts):
        k = i // 2
        sentence = f"<https://w3id.org/kgraph/resource/article/x{n}#s{k}>"
        if i % 2 == 0:
            out += [(art, kg("sentence"), sentence), (sentence, T.TYPE, kg("Sentence")),
                    (sentence, kg("inArticle"), art), (sentence, kg("text"), _lit(f"Sentence {k} of article {n}."))]
        st = f"<https://w3id.org/kgraph/resource/article/x{n}#a{i}>"
        out += [(st, T.TYPE, kg("Assertion")), (st, T.TYPE, f"<{T.RDF}Statement>"),
                (st, f"<{T.RDF}subject>", s), (st, f"<{T.RDF}predicate>", p), (st, f"<{T.RDF}object>", o),
                (st, kg("certainty"), kg("Asserted")), (st, f"<{prov}wasAttributedTo>", art),
                (st, f"<{prov}wasDerivedFrom>", sentence), (st, kg("pattern"), '"synthetic"'),
                (st, kg("confidence"), f'"0.9"^^<{T.XSD}double>')]
    return out
