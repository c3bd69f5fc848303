"""Batch ingestion: many files in, one named graph per article out, safely.

Extraction is a pure function of one article, so it runs in worker processes (``jobs``);
the calling process is the only writer. Each article graph is written in one transaction
(see :meth:`Store.write_graphs`), a group of articles per transaction, so a process killed at
any moment leaves only whole articles, and running the batch again completes it.

Identity: an article's id comes from its URL, else from its text (:mod:`kgraph.load.article`).
A stored article whose text, date, title and URL are unchanged is skipped without extraction;
a changed one replaces its graph; a single-article file without URL whose text changed
replaces the article it gave before (remembered as ``prov:hadPrimarySource <file:...>``).

>>> report = ingest(store, ["data/articles", "feeds/*.xml"], jobs=2)
>>> print(report.summary())
12 added, 0 unchanged, 0 replaced, 1 failed
"""
from __future__ import annotations

import concurrent.futures as cf
from contextlib import contextmanager
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox

from .errors import KGraphError, LoadError, StoreError
from .load import LOADERS, STDIN, Article, iter_files, load_file, loader_for
from .load.article import fingerprint
from .store import Store, article_graph, ntriples
from .vocab import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, PROV

__all__ = ["IngestReport", "Removal", "ingest", "ingest_articles", "remove", "find_articles",
           "stored_articles", "article_ntriples", "default_jobs"]

CHUNK = 8
"""Articles (or files) per task sent to a worker: large enough to amortise the hand-over."""
WRITE_EVERY = 64
"""Articles per write transaction, at most."""
WRITE_SECONDS = 1.0
"""... and at most this long between writes, so a slow batch still lands steadily."""
FLUSH_QUADS = 200_000
"""Flush the store's write buffers to disk after about this many quads: left to grow, they
took 870 MB per million quads and slowed writes down (flushed: flat memory, twice as fast)."""
IN_FLIGHT = 8
"""Tasks queued per worker: enough that workers keep busy while the writer commits."""


@dataclass
class IngestReport:
    """What a batch did. ``failed`` names each input that could not be stored and why."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    """Articles whose graphs a changed file's new version took over (ids no longer stored)."""
    undated: list[str] = field(default_factory=list)
    """Sources of stored articles that carry no date: relative dates in them stay unresolved."""
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    jobs: int = 1

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def articles(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.unchanged)

    @property
    def rate(self) -> float:
        """Articles per second over the whole batch."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        text = (f"{len(self.added)} added, {len(self.unchanged)} unchanged, {len(self.replaced)} replaced, "
                f"{len(self.failed)} failed")
        if self.undated:
            text += f" ({len(self.undated)} without a date)"
        return text

    def lines(self, max_undated: int = 10) -> list[str]:
        """The report for a person: each failure and note on its own line, then the summary."""
        out = [f"failed: {err}" for err in self.failed]
        for src in self.undated[:max_undated]:
            out.append(f"note: {src}: no date; ingested, but relative dates in it stay unresolved "
                       f"(give one with --date)")
        if len(self.undated) > max_undated:
            out.append(f"note: {len(self.undated) - max_undated} more articles without a date")
        out += [f"note: {n}" for n in self.notes]
        timing = f" in {self.seconds:.1f} s ({self.rate:.0f} articles/s, {self.jobs} " \
                 f"{'process' if self.jobs == 1 else 'processes'})" if self.seconds else ""
        out.append(self.summary() + timing)
        return out


# -- what workers send back -----------------------------------------------------------------
@dataclass(frozen=True)
class _Extracted:
    id: str
    source: str
    origin: str | None
    fingerprint: str
    body: str
    """The article graph as N-Triples lines, ready for one INSERT DATA."""
    dated: bool


@dataclass(frozen=True)
class _Unchanged:
    article: Article
    fingerprint: str


@dataclass(frozen=True)
class _Failed:
    source: str
    problem: str


_Result = Union[_Extracted, _Unchanged, _Failed]


@dataclass(frozen=True)
class _Task:
    paths: tuple[str, ...] = ()
    articles: tuple[Article, ...] = ()
    force: bool = False
    retry: bool = False
    redo: bool = False
    """Articles found changed after all: extracted again, already counted on the bar."""

    @property
    def size(self) -> int:
        return len(self.paths) + len(self.articles)


# -- the worker side (also run in-process when jobs == 1) -----------------------------------
_W: dict[str, Any] = {}


def _init_worker(components: Sequence[str] | None, known: dict[str, str], default_date: date | None,
                 fmt: str | None, force: bool, pipeline: Any = None, in_process: bool = False,
                 parent: int | None = None) -> None:
    if not in_process:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
        if parent is not None:
            _die_with(parent)
    _W.update(components=components, known=known, default_date=default_date, fmt=fmt, force=force,
              pipeline=pipeline)


def _die_with(parent: int) -> None:
    """End this worker when the writer process dies, even by SIGKILL: a worker blocked on its
    task queue would otherwise wait forever (it holds the queue's write end itself)."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)

    def watch() -> None:  # elsewhere, and as a second line of defence: poll
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="kgraph-parent-watch", daemon=True).start()


def _pipeline() -> Callable[[Article], Any]:
    if _W.get("pipeline") is None:
        from .pipeline import Pipeline
        names = _W.get("components")
        _W["pipeline"] = Pipeline.default() if names is None else Pipeline(names)
    return _W["pipeline"]


def _run_task(task: _Task) -> list[_Result]:
    out: list[_Result] = []
    for path in task.paths:
        try:
            for item in load_file(path, _W["default_date"], _W["fmt"]):
                out.append(_Failed(item.source, item.problem) if isinstance(item, LoadError)
                           else _process(item, task.force))
        except LoadError as err:
            out.append(_Failed(err.source, err.problem))
        except (MemoryError, RecursionError) as exc:
            out.append(_Failed(str(path), f"cannot read ({type(exc).__name__})"))
        except Exception as exc:  # a loader bug must not end the batch
            out.append(_Failed(str(path), f"cannot read ({type(exc).__name__}: {exc})"))
    out.extend(_process(a, task.force) for a in task.articles)
    return out


def _process(article: Article, force: bool) -> _Result:
    fp = article.fingerprint
    if not (force or _W["force"]) and _W["known"].get(article.id) == fp:
        return _Unchanged(article, fp)
    source = article.source or article.id
    try:
        return _Extracted(article.id, source, article.origin, fp, article_ntriples(article, _pipeline()),
                          article.date is not None)
    except KGraphError as exc:
        return _Failed(source, str(exc))
    except Exception as exc:  # an extraction bug on one article must not end the batch
        return _Failed(source, f"extraction failed ({type(exc).__name__}: {exc})")


def article_ntriples(article: Article, pipeline: Callable[[Article], Any]) -> str:
    """The article's graph as N-Triples: extraction, :func:`build_quads`, and the file it
    came from (so that a changed file can replace it)."""
    from .build import article_iri, build_quads
    quads = build_quads(pipeline(article))
    body = ntriples(quads)
    if article.origin:
        body += ntriples([ox.Triple(article_iri(article.id), ox.NamedNode(str(PROV.hadPrimarySource)),
                                    ox.NamedNode(article.origin))])
    return body


# -- the writer side --------------------------------------------------------------------------
@dataclass
class _Stored:
    fingerprint: str
    origin: str | None


def stored_articles(store: Store) -> dict[str, _Stored]:
    """Every stored article id with what decides whether a new version differs."""
    rows = store.query(
        """SELECT ?g ?h ?d ?t ?u ?o WHERE { GRAPH ?g {
             ?a kg:contentHash ?h .
             OPTIONAL { ?a schema:datePublished ?d } OPTIONAL { ?a schema:headline ?t }
             OPTIONAL { ?a schema:url ?u }
             OPTIONAL { ?a prov:hadPrimarySource ?o FILTER(isIRI(?o)) } } }""", union=False)
    out: dict[str, _Stored] = {}
    for row in rows:
        g = row["g"].value
        if not g.startswith(ARTICLE_GRAPH_PREFIX):
            continue
        day, title, url, origin = (row[k].value if row[k] is not None else None for k in ("d", "t", "u", "o"))
        out[g[len(ARTICLE_GRAPH_PREFIX):]] = _Stored(
            fingerprint(row["h"].value, day or "", title or "", url or ""), origin)
    return out


class _Writer:
    """Stages results and writes them in groups, each group one transaction."""

    def __init__(self, store: Store, report: IngestReport, force: bool) -> None:
        self.store = store
        self.report = report
        self.force = force
        self.state = stored_articles(store)
        self.origins = {s.origin: aid for aid, s in self.state.items() if s.origin and "#" not in s.origin}
        self.staged: list[tuple[_Extracted, list[str], str, bool]] = []
        """(result, ids whose graphs it takes over, status, whether its own graph existed)"""
        self.written: list[str] = []
        self.dropped: list[str] = []
        self.last = time.monotonic()
        self.unflushed = 0

    def known(self) -> dict[str, str]:
        return {aid: s.fingerprint for aid, s in self.state.items()}

    def take(self, result: _Result) -> Article | None:
        """Stage one result; returns an article that must be extracted after all."""
        if isinstance(result, _Failed):
            self.report.failed.append(LoadError(result.source, result.problem))
        elif isinstance(result, _Unchanged):
            have = self.state.get(result.article.id)
            if have is None or have.fingerprint != result.fingerprint:
                return result.article  # changed earlier in this very batch
            self.report.unchanged.append(result.article.id)
        else:
            self._stage(result)
        if len(self.staged) >= WRITE_EVERY or (self.staged and time.monotonic() - self.last > WRITE_SECONDS):
            self.commit()
        return None

    def _stage(self, r: _Extracted) -> None:
        have = self.state.get(r.id)
        if have is not None and have.fingerprint == r.fingerprint and not self.force:
            self.report.unchanged.append(r.id)  # the same article twice in one batch
            return
        status = "added" if have is None else "replaced"
        drop: list[str] = []
        single = r.origin is not None and "#" not in r.origin
        previous = self.origins.get(r.origin) if single else None
        if previous is not None and previous != r.id and previous in self.state:
            drop.append(previous)
            status = "replaced"
        self.staged.append((r, drop, status, have is not None))
        for aid in drop:
            self.state.pop(aid, None)
        self.state[r.id] = _Stored(r.fingerprint, r.origin)
        if single:
            self.origins[r.origin] = r.id

    def commit(self) -> None:
        if not self.staged:
            return
        staged, self.staged = self.staged, []
        try:
            self._write(staged)
        except StoreError:
            # One bad article must not sink its group: write them one by one.
            for item in staged:
                try:
                    self._write([item])
                except StoreError as exc:
                    r = item[0]
                    self.report.failed.append(LoadError(r.source, f"cannot store the article ({exc})"))
                    self.state = stored_articles(self.store)
        self.last = time.monotonic()

    def _write(self, staged: list[tuple[_Extracted, list[str], str, bool]]) -> None:
        self.store.write_graphs([(article_graph(r.id), r.body) for r, *_ in staged],
                                drop=[article_graph(aid) for _, drop, *_ in staged for aid in drop])
        self.unflushed += sum(r.body.count("\n") for r, *_ in staged)
        if self.unflushed >= FLUSH_QUADS:
            self.store.flush()
            self.unflushed = 0
        for r, drop, status, existed in staged:
            getattr(self.report, status).append(r.id)
            self.report.removed.extend(drop)
            if not r.dated:
                self.report.undated.append(r.source)
            self.written.append(ARTICLE_GRAPH_PREFIX + r.id)
            self.dropped.extend(ARTICLE_GRAPH_PREFIX + aid for aid in drop)
            if existed:
                self.dropped.append(ARTICLE_GRAPH_PREFIX + r.id)


# -- the batch ---------------------------------------------------------------------------------
def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def ingest(store: Store, paths: Iterable[str | Path] | str | Path, default_date: date | None = None,
           fmt: str | None = None, *, jobs: int | None = 1, force: bool = False, progress: bool | None = False,
           components: Sequence[str] | None = None, pipeline: Callable[[Article], Any] | None = None,
           follow_inferred: bool = True) -> IngestReport:
    """Load, extract and store every article under ``paths`` (files, folders, globs, ``-``).

    ``jobs`` worker processes extract (``None``: one per core); ``force`` re-extracts
    unchanged articles; ``progress`` shows a bar (``None``: when stderr is a terminal);
    ``components`` names the pipeline components (default pipeline when None), or
    ``pipeline`` gives a ready pipeline (used in this process only). Bad inputs are reported
    in the result and skipped; the rest goes on.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if fmt is not None and fmt not in LOADERS:
        raise LoadError(fmt, f"unknown format; known: {', '.join(sorted(LOADERS))}")
    started = time.monotonic()
    report = IngestReport()
    tasks = list(_plan(paths, default_date, fmt, report))
    return _run(store, tasks, report, started, default_date, fmt, jobs=jobs, force=force, progress=progress,
                components=components, pipeline=pipeline, follow_inferred=follow_inferred)


def ingest_articles(store: Store, articles: Iterable[Article], *, jobs: int | None = 1, force: bool = False,
                    progress: bool | None = False, components: Sequence[str] | None = None,
                    pipeline: Callable[[Article], Any] | None = None, follow_inferred: bool = True
                    ) -> IngestReport:
    """Store articles already loaded (see :func:`ingest`)."""
    started = time.monotonic()
    arts = list(articles)
    tasks = [_Task(articles=tuple(arts[i:i + CHUNK])) for i in range(0, len(arts), CHUNK)]
    return _run(store, tasks, IngestReport(), started, None, None, jobs=jobs, force=force, progress=progress,
                components=components, pipeline=pipeline, follow_inferred=follow_inferred)


def _plan(paths: Iterable[str | Path], default_date: date | None, fmt: str | None, report: IngestReport
          ) -> Iterator[_Task]:
    """Tasks for the workers. Files holding many articles (JSON lines, feeds) and standard
    input are read here, cheaply, so that their articles spread over all workers; the others
    (text, HTML, whose reading is part of the heavy work) are read in the workers."""
    singles: list[str] = []
    for path in iter_files(paths):
        if path != STDIN:
            try:
                with open(path, "rb") as fh:
                    head = fh.read(1024)
            except OSError:
                head = b""
            if not loader_for(Path(path), head, fmt).multi:
                singles.append(str(path))
                if len(singles) == CHUNK:
                    yield _Task(paths=tuple(singles))
                    singles = []
                continue
        chunk: list[Article] = []
        try:
            for item in load_file(path, default_date, fmt):
                if isinstance(item, LoadError):
                    report.failed.append(item)
                    continue
                chunk.append(item)
                if len(chunk) == CHUNK:
                    yield _Task(articles=tuple(chunk))
                    chunk = []
        except LoadError as err:
            report.failed.append(err)
        except Exception as exc:
            report.failed.append(LoadError(str(path), f"cannot read ({type(exc).__name__}: {exc})"))
        if chunk:
            yield _Task(articles=tuple(chunk))
    if singles:
        yield _Task(paths=tuple(singles))


def _run(store: Store, tasks: list[_Task], report: IngestReport, started: float, default_date: date | None,
         fmt: str | None, *, jobs: int | None, force: bool, progress: bool | None,
         components: Sequence[str] | None, pipeline: Callable[[Article], Any] | None,
         follow_inferred: bool) -> IngestReport:
    writer = _Writer(store, report, force)
    total = sum(t.size for t in tasks)
    jobs = default_jobs() if jobs is None else max(1, jobs)
    jobs = min(jobs, max(1, len(tasks)))
    if pipeline is not None:
        jobs = 1
    report.jobs = jobs
    bar = _progress_bar(total, progress)
    known = writer.known()
    try:
        if jobs == 1:
            _init_worker(components, known, default_date, fmt, force, pipeline, in_process=True)
            if total:
                _check_pipeline()
            for task in tasks:
                _consume(writer, _run_task(task), lambda arts: _run_task(_Task(articles=tuple(arts), force=True)))
                bar.update(task.size)
        else:
            _check_pipeline_names(components)
            _run_parallel(writer, tasks, jobs, bar, (components, known, default_date, fmt, force))
    finally:
        writer.commit()  # whatever was extracted is kept, even when interrupted
        store.flush()
        bar.close()
    if follow_inferred:
        _follow_inferred(store, writer.written, writer.dropped, report)
    report.seconds = time.monotonic() - started
    return report


def _consume(writer: _Writer, results: list[_Result], redo: Callable[[list[Article]], list[_Result]]) -> None:
    again = [a for a in (writer.take(r) for r in results) if a is not None]
    if again:
        for r in redo(again):
            writer.take(r)


def _run_parallel(writer: _Writer, tasks: list[_Task], jobs: int, bar: Any, initargs: tuple) -> None:
    # Workers are started fresh ("spawn"), as direct children of this process: a fork would
    # copy the open store and its threads, and a fork server would outlive a killed writer.
    ctx = mp.get_context("spawn")
    initargs = initargs + (None, False, os.getpid())
    queue = list(reversed(tasks))
    restarts = 0
    with _main_module_hidden():
        _pool_loop(writer, queue, jobs, bar, ctx, initargs, restarts)


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start workers without re-running the caller's main script in them: they need only
    this module, and a script read from stdin, a notebook, or one without an
    ``if __name__ == "__main__"`` guard cannot (or must not) be run again."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _pool_loop(writer: _Writer, queue: list[_Task], jobs: int, bar: Any, ctx: Any, initargs: tuple,
               restarts: int) -> None:
    while queue:
        with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                    initargs=initargs) as pool:
            running: dict[cf.Future, _Task] = {}
            broken = False
            while (queue and not broken) or running:
                while queue and not broken and len(running) < jobs * IN_FLIGHT:
                    task = queue.pop()
                    running[pool.submit(_run_task, task)] = task
                done, _ = cf.wait(running, return_when=cf.FIRST_COMPLETED)
                for fut in done:
                    task = running.pop(fut)
                    try:
                        results = fut.result()
                    except cf.process.BrokenProcessPool:
                        broken = True
                        _retry_or_fail(writer, task, queue)
                        continue
                    except Exception as exc:  # e.g. a result that cannot travel between processes
                        _fail_task(writer, task, f"extraction failed in a worker ({type(exc).__name__}: {exc})")
                        continue
                    again = [a for a in (writer.take(r) for r in results) if a is not None]
                    if again:
                        queue.append(_Task(articles=tuple(again), force=True, redo=True))
                    if not task.redo:
                        bar.update(task.size)
            if broken:
                restarts += 1
                if restarts > 3:
                    for task in queue:
                        _fail_task(writer, task, "not extracted: worker processes kept dying")
                    queue.clear()
        writer.commit()


def _retry_or_fail(writer: _Writer, task: _Task, queue: list[_Task]) -> None:
    """A worker died (killed, out of memory, crashed in native code) while holding ``task``:
    retry each of its inputs alone once, so one poisonous article fails alone."""
    if task.retry:
        _fail_task(writer, task, "the worker process died while extracting it (out of memory?)")
        return
    queue.extend(_Task(paths=(p,), retry=True, force=task.force, redo=task.redo) for p in task.paths)
    queue.extend(_Task(articles=(a,), retry=True, force=task.force, redo=task.redo) for a in task.articles)


def _fail_task(writer: _Writer, task: _Task, problem: str) -> None:
    for p in task.paths:
        writer.report.failed.append(LoadError(p, problem))
    for a in task.articles:
        writer.report.failed.append(LoadError(a.source or a.id, problem))


def _check_pipeline() -> None:
    try:
        _pipeline()
    except (ValueError, ImportError) as exc:
        raise KGraphError(f"cannot build the extraction pipeline: {exc}") from None


def _check_pipeline_names(components: Sequence[str] | None) -> None:
    """Fail before starting workers when the pipeline cannot be built at all."""
    from .pipeline import COMPONENTS, DEFAULT_COMPONENTS, _register_builtins
    try:
        _register_builtins()
    except ImportError as exc:
        raise KGraphError(f"cannot build the extraction pipeline: {exc}") from None
    missing = [n for n in (DEFAULT_COMPONENTS if components is None else components) if n not in COMPONENTS]
    if missing:
        raise KGraphError(f"cannot build the extraction pipeline: unknown component(s) {', '.join(missing)}")


def _follow_inferred(store: Store, added: list[str], removed: list[str], report: IngestReport) -> None:
    """Let the reasoner bring the inferred graph up to date with the articles changed."""
    if not (added or removed) or not store.has_graph(INFERRED_GRAPH):
        return
    try:
        from . import reason
    except ImportError:
        update = None
    else:
        update = getattr(reason, "update", None)
    if update is None:
        report.notes.append("the inferred graph is out of date: run 'kgraph reason'")
        return
    try:
        done = update(store, added_graphs=sorted(set(added)), removed_graphs=sorted(set(removed)))
    except Exception as exc:  # the articles are stored; only the inferences lag
        report.notes.append(f"updating the inferred graph failed ({type(exc).__name__}: {exc}): "
                            f"run 'kgraph reason'")
        return
    if getattr(done, "mode", None) == "full":
        report.notes.append(f"the inferred graph was recomputed in full ({done.seconds:.1f} s): the change "
                            "reached too much of it to update step by step")


# -- removal --------------------------------------------------------------------------------------
def find_articles(store: Store, key: str) -> list[str]:
    """Ids of the stored articles that ``key`` names: an article id, an article or graph IRI,
    an article URL, or the path of the file (or folder) they were read from."""
    key = key.strip()
    found: list[str] = []
    for prefix in (ARTICLE_GRAPH_PREFIX, "https://w3id.org/kgraph/resource/article/"):
        if key.startswith(prefix):
            key = key[len(prefix):]
    if _iri_safe(key) and store.has_graph(article_graph(key)):
        return [key]
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a schema:url ?u } }",
                       {"u": ox.Literal(key)}, union=False)
    found += [r["g"].value for r in rows]
    path = Path(key)
    if not found and (path.exists() or not key.startswith(("http://", "https://"))):
        iri = path.resolve().as_uri()
        rows = store.query(
            """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a prov:hadPrimarySource ?o }
                 FILTER(isIRI(?o) && (STR(?o) = ?f || STRSTARTS(STR(?o), CONCAT(?f, "#"))
                                      || STRSTARTS(STR(?o), CONCAT(?f, "/")))) }""",
            {"f": ox.Literal(iri)}, union=False)
        found += [r["g"].value for r in rows]
    return sorted({g[len(ARTICLE_GRAPH_PREFIX):] for g in found if g.startswith(ARTICLE_GRAPH_PREFIX)})


@dataclass
class Removal:
    removed: list[str] = field(default_factory=list)
    """Ids of the articles removed."""
    missing: list[str] = field(default_factory=list)
    """Keys that named no stored article."""
    notes: list[str] = field(default_factory=list)


def remove(store: Store, keys: Iterable[str], follow_inferred: bool = True) -> Removal:
    """Remove the articles ``keys`` name (see :func:`find_articles`) in one transaction, and
    with them every statement only they supported (statements live in their article's graph,
    so what another article also states stays, in that article's graph). The inferred graph
    follows when the reasoner can update it."""
    result = Removal()
    for key in keys:
        found = find_articles(store, key)
        if not found:
            result.missing.append(key)
        result.removed += [i for i in found if i not in result.removed]
    if result.removed:
        store.write_graphs(drop=[article_graph(i) for i in result.removed])
        store.flush()
        if follow_inferred:
            report = IngestReport()
            _follow_inferred(store, [], [ARTICLE_GRAPH_PREFIX + i for i in result.removed], report)
            result.notes += report.notes
    return result


def _iri_safe(key: str) -> bool:
    try:
        article_graph(key)
    except ValueError:
        return False
    return bool(key) and "/" not in key


# -- presentation --------------------------------------------------------------------------------
class _NoBar:
    def update(self, n: int = 1) -> None: ...

    def close(self) -> None: ...


def _progress_bar(total: int, progress: bool | None) -> Any:
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress or total == 0:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()
    return tqdm(total=total, unit="input", desc="ingest", file=sys.stderr, dynamic_ncols=True, leave=False)
