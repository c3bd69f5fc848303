"""Domain helpers: the questions users ask most, as methods of the things they ask about.

>>> v = kg.artist("Taehyung")                  # names resolve through aliases
>>> v.songs(before="enlistment").column("title")
['Slow Dancing', 'Love wins all']
>>> kg.group("BTS").members().column("member")
['Jin', 'Jung Kook', 'V']
>>> kg.director("Drew Kirsch").videos()

Each method runs one stored query of ``queries/`` (named in its docstring) with the
entity's IRI bound, and returns its :class:`~kgraph.query.Result`; so every helper is also
available as ``kgraph query NAME -p ...`` and as SPARQL text for a remote endpoint.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .errors import QueryError
from .query import Result, resolve_entity

if TYPE_CHECKING:
    from .api import KnowledgeGraph

EVENTS = ("enlistment", "discharge", "training", "debut", "comeback")
ROLES = ("any", "performer", "featured", "video")


class Thing:
    """An entity of the graph, found by name (or IRI): ``kg.artist("V")``."""

    kind = ""
    param = "entity"

    def __init__(self, kg: "KnowledgeGraph", name: str) -> None:
        self.kg = kg
        self.name = name
        self.iri = resolve_entity(kg.store, name, self.kind or None).value

    def _run(self, query: str, param: str | None = None, **params: Any) -> Result:
        return self.kg.query(query, **{param or self.param: self.iri}, **params)

    def articles(self) -> Result:
        """Articles that mention it, newest first (``entity_articles``)."""
        return self._run("entity_articles", "entity")

    def sources(self, predicate: str | None = None) -> Result:
        """What each article says about it, with certainty and sentence (``fact_sources``)."""
        extra = {"predicate": predicate} if predicate else {}
        return self._run("fact_sources", "about", **extra)

    def conflicts(self) -> Result:
        """Facts about it that sources disagree on (``conflicting_facts``)."""
        return self._run("conflicting_facts", "entity")

    def claims(self) -> Result:
        """Reported and denied claims about it: not facts of the graph (``disputed_claims``)."""
        return self._run("disputed_claims", "entity")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} {self.iri}>"


class Performer(Thing):
    """An artist or a group: songs, videos, collaborators, timeline, charts and awards."""

    kind = "Artist"
    param = "artist"

    def songs(self, role: str = "any", before: str | date | None = None, after: str | date | None = None
              ) -> Result:
        """Songs it released (``role="performer"``), features on (``"featured"``) or appears
        in the video of (``"video"``), optionally ``before``/``after`` one of its events
        (``"enlistment"``, ``"discharge"``, ``"debut"``, ...) or a date.

        Runs ``songs_before_event`` / ``songs_after_event`` for an event, ``artist_songs``
        otherwise (a date bound is exclusive: ``before=date(2024, 1, 1)`` keeps 2023).
        """
        if role not in ROLES:
            raise QueryError(f"role {role!r} is not one of {', '.join(ROLES)}")
        if isinstance(before, str) and not _is_date(before):
            if after is not None:
                raise QueryError("give before=EVENT or after=EVENT, not both")
            return self._run("songs_before_event", event=_event(before), role=role)
        if isinstance(after, str) and not _is_date(after):
            if before is not None:
                raise QueryError("give before=EVENT or after=EVENT, not both")
            return self._run("songs_after_event", event=_event(after), role=role)
        window: dict[str, date] = {}
        if before is not None:
            window["to"] = _as_date(before) - timedelta(days=1)
        if after is not None:
            window["from"] = _as_date(after) + timedelta(days=1)
        return self._run("artist_songs", role=role, **window)

    def between(self, start: str | date, end: str | date, role: str = "any") -> Result:
        """Songs with a release date from ``start`` to ``end`` inclusive (``artist_songs``)."""
        return self._run("artist_songs", role=role, **{"from": _as_date(start), "to": _as_date(end)})

    def featured_on(self) -> Result:
        """Songs it has a featuring credit on, with their main artist (``featured_on``)."""
        return self._run("featured_on")

    def videos(self) -> Result:
        """Music videos it appears in, whose song and who directed (``music_videos_with_artist``)."""
        return self._run("music_videos_with_artist")

    def collaborators(self, with_: str | None = None) -> Result:
        """Everyone it worked with (``collaborators``), or the songs made with ``with_``
        (``collaborations``)."""
        if with_ is None:
            return self._run("collaborators")
        other = resolve_entity(self.kg.store, with_, "Artist").value
        return self._run("collaborations", other=other)

    def timeline(self) -> Result:
        """Its events in date order: releases, military service, charts, awards (``artist_timeline``)."""
        return self._run("artist_timeline")

    def groups(self) -> Result:
        """Its groups (current or former) and agencies (``artist_groups``)."""
        return self._run("artist_groups")

    def charts(self) -> Result:
        """Chart achievements of it or its songs (``chart_achievements``)."""
        return self._run("chart_achievements", "name")

    def awards(self) -> Result:
        """Awards it or its songs won (``awards``)."""
        return self._run("awards", "name")


class Artist(Performer):
    kind = "Artist"


class Group(Performer):
    kind = "Group"

    def members(self, former: bool | None = None) -> Result:
        """Its members with ``status`` current or former (``group_members``); ``former=True``
        keeps former members only, ``False`` current ones only."""
        result = self._run("group_members", "group")
        if former is not None:
            keep = "former" if former else "current"
            result = _filtered(result, lambda r: r["status"] == keep)
        return result


class Director(Thing):
    kind = "Director"
    param = "director"

    def videos(self) -> Result:
        """Music videos it directed, for which song and artist (``director_videos``)."""
        return self._run("director_videos")


class Song(Thing):
    kind = "Song"
    param = "song"

    def details(self) -> Result:
        """Performer, featured artists, video cast, album, release dates, director (``song_details``)."""
        return self._run("song_details")

    def charts(self) -> Result:
        return self._run("chart_achievements", "name")

    def awards(self) -> Result:
        return self._run("awards", "name")


class Agency(Thing):
    kind = "Agency"
    param = "agency"

    def roster(self) -> Result:
        """Artists and groups it manages, through its labels too (``agency_roster``)."""
        return self._run("agency_roster")


def _filtered(result: Result, keep: Any) -> Result:
    pairs = [(r, t) for r, t in zip(result.rows, result.terms) if keep(r)]
    return Result(result.variables, [r for r, _ in pairs], [t for _, t in pairs], result.sparql,
                  name=result.name)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
        return True
    except ValueError:
        return False


def _as_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{value!r} is neither a date (YYYY-MM-DD) nor an event "
                         f"({', '.join(EVENTS)})") from None


def _event(word: str) -> str:
    w = word.strip().lower()
    if w not in EVENTS:
        raise QueryError(f"{word!r} is neither a date (YYYY-MM-DD) nor an event ({', '.join(EVENTS)})")
    return w


__all__ = ["Thing", "Performer", "Artist", "Group", "Director", "Song", "Agency"]
