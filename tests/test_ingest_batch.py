"""The batch engine: parallel extraction, idempotence, replacement, removal, bad input, and
the inferred graph following changes. Checks are on the store, not on extraction quality."""
from __future__ import annotations

import gc
import json
import os
import sys
import types
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kgraph.api import KnowledgeGraph
from kgraph.cli import main
from kgraph.errors import StoreError
from kgraph.ingest import find_articles, ingest, remove, stored_articles
from kgraph.load import Article
from kgraph.store import Store, article_graph
from kgraph.vocab import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH

COMPONENTS = tuple(os.environ["KGRAPH_PIPELINE"].split(",")) if os.environ.get("KGRAPH_PIPELINE") else None
"""The default pipeline, unless KGRAPH_PIPELINE names components (as for the CLI)."""

GROUPS = ["Moonlit Five", "River Echo", "Paper Crane", "Neon Harbor", "Velvet Arc"]


def article_text(i: int) -> str:
    g = GROUPS[i % len(GROUPS)]
    return (f"{g} release single number {i}\n"
            f"{g} released the single \"Lantern {i}\" on March {i % 27 + 1}, 2024, their agency said. "
            f"The music video was directed by Han Jiwoo. Two days later the band held a concert in Seoul.\n")


def make_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i:03d}.txt"
        p.write_text(f"date 2024-04-{i % 28 + 1:02d}\n" + article_text(i), encoding="utf-8")
        paths.append(p)
    return paths


def snapshot(store: Store) -> dict[str, frozenset[str]]:
    """Every article graph's quads, as text, to compare stores."""
    out: dict[str, frozenset[str]] = {}
    for g in store.article_graphs():
        out[g] = frozenset(str(q.triple) for q in store.quads(g))
    return out


@dataclass
class CliRun:
    exit_code: int
    output: str
    exception: type[BaseException] | None


def cli(args: list) -> CliRun:
    """Run the CLI in this process, then let go of its store as the end of a process would
    (the click result's traceback would keep the store, and its lock, alive)."""
    env = {"KGRAPH_PIPELINE": ",".join(COMPONENTS)} if COMPONENTS else {}
    res = CliRunner().invoke(main, [str(a) for a in args], env=env)
    out = CliRun(res.exit_code, res.output, type(res.exception) if res.exception else None)
    del res
    gc.collect()
    return out


def run(store: Store, paths: list, **kw):  # noqa: ANN201
    kw.setdefault("components", COMPONENTS)
    return ingest(store, paths, **kw)


def test_ingest_parallel_equals_serial_and_rerun_changes_nothing(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 24)
    serial, parallel = Store(), Store(tmp_path / "db")
    r1 = run(serial, [tmp_path / "in"], jobs=1)
    r2 = run(parallel, [tmp_path / "in"], jobs=2)
    assert r1.ok and r2.ok, (r1.failed, r2.failed)
    assert len(r1.added) == len(r2.added) == 24 and r2.jobs == 2
    assert snapshot(serial) == snapshot(parallel)
    before = snapshot(parallel)
    again = run(parallel, [tmp_path / "in"], jobs=2)
    assert (len(again.added), len(again.replaced), len(again.unchanged)) == (0, 0, 24)
    assert snapshot(parallel) == before


def test_ingest_changed_article_replaces_its_graph(tmp_path: Path) -> None:
    store = Store()
    feed = tmp_path / "items.jsonl"
    rec = {"url": "https://news.example.org/1", "date": "2024-05-01", "text": article_text(1)}
    feed.write_text(json.dumps(rec) + "\n")
    first = run(store, [feed])
    [aid] = first.added
    rec["text"] = article_text(2)
    feed.write_text(json.dumps(rec) + "\n")
    second = run(store, [feed])
    assert second.replaced == [aid] and not second.added
    assert store.article_graphs() == [ARTICLE_GRAPH_PREFIX + aid]
    hashes = [q.object.value for q in store.quads(article_graph(aid))
              if q.predicate.value.endswith("#contentHash")]
    assert hashes == [Article(text=article_text(2).strip()).content_hash]


def test_ingest_changed_file_without_url_replaces_not_adds(tmp_path: Path) -> None:
    store = Store()
    path = tmp_path / "story.txt"
    path.write_text("date 2024-05-01\n" + article_text(3))
    [old] = run(store, [path]).added
    path.write_text("date 2024-05-01\n" + article_text(4))
    report = run(store, [path])
    assert len(report.replaced) == 1 and report.removed == [old] and not report.added
    assert store.article_graphs() == [ARTICLE_GRAPH_PREFIX + report.replaced[0]]
    assert run(store, [path]).unchanged == report.replaced  # and stays put


def test_ingest_date_or_title_change_counts_as_change(tmp_path: Path) -> None:
    store = Store()
    path = tmp_path / "story.txt"
    path.write_text(article_text(5))
    assert len(run(store, [path]).added) == 1
    assert len(run(store, [path], default_date=date(2024, 2, 2)).replaced) == 1
    assert len(run(store, [path], default_date=date(2024, 2, 2)).unchanged) == 1


def test_ingest_same_article_twice_in_one_batch_stored_once(tmp_path: Path) -> None:
    store = Store()
    rec = json.dumps({"url": "https://news.example.org/dup", "text": article_text(6), "date": "2024-01-01"})
    (tmp_path / "a.jsonl").write_text(rec + "\n" + rec + "\n")
    report = run(store, [tmp_path / "a.jsonl"], jobs=1)
    assert len(report.added) == 1 and len(report.unchanged) == 1
    assert len(store.article_graphs()) == 1


def test_ingest_undated_article_is_stored_and_noted(tmp_path: Path) -> None:
    store = Store()
    (tmp_path / "nodate.txt").write_text(article_text(7))
    report = run(store, [tmp_path / "nodate.txt"])
    assert len(report.added) == 1
    assert report.undated == [str(tmp_path / "nodate.txt")]
    assert "without a date" in report.summary()
    assert any("nodate.txt: no date" in line for line in report.lines())


def test_ingest_force_extracts_again(tmp_path: Path) -> None:
    store = Store()
    make_corpus(tmp_path / "in", 3)
    run(store, [tmp_path / "in"])
    before = snapshot(store)
    report = run(store, [tmp_path / "in"], force=True)
    assert len(report.replaced) == 3
    assert snapshot(store) == before


# -- removal -------------------------------------------------------------------------------------
def test_ingest_remove_by_id_url_and_path(tmp_path: Path) -> None:
    store = Store()
    paths = make_corpus(tmp_path / "in", 4)
    (tmp_path / "f.jsonl").write_text(json.dumps({"url": "https://n.example/x", "text": article_text(9)}) + "\n")
    run(store, [tmp_path / "in", tmp_path / "f.jsonl"])
    ids = sorted(stored_articles(store))
    assert len(ids) == 5
    [by_url] = find_articles(store, "https://n.example/x")
    [by_path] = find_articles(store, str(paths[0]))
    keep = snapshot(store)
    result = remove(store, [by_url, str(paths[0]), "no-such-article"])
    assert sorted(result.removed) == sorted([by_url, by_path])
    assert result.missing == ["no-such-article"]
    remaining = snapshot(store)
    assert set(remaining) == set(keep) - {ARTICLE_GRAPH_PREFIX + by_url, ARTICLE_GRAPH_PREFIX + by_path}
    assert all(remaining[g] == keep[g] for g in remaining)  # the others are untouched
    for gone in (by_url, by_path):  # nothing anywhere still points at a removed article
        iri = f"https://w3id.org/kgraph/resource/article/{gone}"
        assert not store.query(f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}")
    assert remove(store, [str(tmp_path / "in")]).removed  # a folder removes what was read from it
    assert len(stored_articles(store)) == 0


def test_ingest_cli_remove_then_reingest(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 2)
    db = tmp_path / "db"
    res = cli(["--db", db, "ingest", "-j", "1", tmp_path / "in"])
    assert res.exit_code == 0, res.output
    res = cli(["--db", db, "remove", paths[1], "missing-id"])
    assert res.exit_code == 1
    assert "1 removed" in res.output and "missing-id: no stored article" in res.output
    res = cli(["--db", db, "ingest", "-j", "1", tmp_path / "in"])
    assert res.exit_code == 0 and "1 added, 1 unchanged" in res.output
    assert len(KnowledgeGraph(db).store.article_graphs()) == 2


# -- the inferred graph follows ----------------------------------------------------------------
def test_ingest_calls_reasoner_update_with_changed_graphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[list[str], list[str]]] = []

    def update(store: Store, added_graphs: list[str], removed_graphs: list[str]) -> None:
        calls.append((added_graphs, removed_graphs))

    import kgraph
    fake = types.ModuleType("kgraph.reason")
    fake.update = update  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kgraph.reason", fake)
    monkeypatch.setattr(kgraph, "reason", fake, raising=False)
    store = Store()
    path = tmp_path / "s.txt"
    path.write_text(article_text(1))
    run(store, [path])
    assert calls == []  # no inferred graph yet: nothing to follow
    store.ox.add_graph(ox.NamedNode(str(INFERRED_GRAPH)))
    path.write_text(article_text(2))
    report = run(store, [path])
    [new] = report.replaced
    [old] = report.removed
    assert calls == [([ARTICLE_GRAPH_PREFIX + new], [ARTICLE_GRAPH_PREFIX + old])]
    remove(store, [new])
    assert calls[-1] == ([], [ARTICLE_GRAPH_PREFIX + new])


def test_ingest_without_reasoner_update_says_inferred_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kgraph
    fake = types.ModuleType("kgraph.reason")
    monkeypatch.setitem(sys.modules, "kgraph.reason", fake)
    monkeypatch.setattr(kgraph, "reason", fake, raising=False)
    store = Store()
    store.ox.add_graph(ox.NamedNode(str(INFERRED_GRAPH)))
    (tmp_path / "s.txt").write_text(article_text(1))
    report = run(store, [tmp_path / "s.txt"])
    assert any("inferred graph is out of date" in n for n in report.notes)


# -- atomic writes -------------------------------------------------------------------------------
def test_ingest_store_write_is_one_transaction() -> None:
    store = Store()
    g1, g2 = article_graph("one"), article_graph("two")
    a = ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("old"), g1)
    store.write_graphs([(g1, [a])])
    good = '<http://e/a> <http://e/p> "new" .\n'
    with pytest.raises(StoreError):
        store.write_graphs([(g1, good), (g2, "<http://e/a> <http://e/p> broken-term .\n")])
    assert [q.object.value for q in store.quads(g1)] == ["old"]  # the first graph rolled back too
    assert not store.has_graph(g2)
    store.write_graphs([(g1, good)], drop=[g2])
    assert [q.object.value for q in store.quads(g1)] == ["new"]


# -- every bad input in one batch ------------------------------------------------------------------
def bad_inputs(folder: Path) -> dict[str, str]:
    """name -> a word the error must contain (empty when the file must load fine)."""
    folder.mkdir()
    (folder / "good.txt").write_text("date 2024-01-05\n" + article_text(1))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 300)
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (folder / "latin1.txt").write_bytes(("date 2024-01-06\n" + article_text(2).replace("Seoul", "Séoul")).encode("latin-1"))
    (folder / "utf16.txt").write_bytes(("date 2024-01-07\n" + article_text(3)).encode("utf-16"))
    (folder / "truncated.html").write_text("<html><head><title>Cut</title></head><body><article><p>"
                                           + article_text(4)[:120])
    (folder / "script-only.html").write_text("<html><body><script>var x = 1;</script></body></html>")
    (folder / "malformed.xml").write_text("<?xml version='1.0'?><rss><channel><item><title>x</ti")
    (folder / "lines.jsonl").write_text(json.dumps({"text": article_text(5), "date": "2024-01-08"})
                                        + "\nthis is not json\n")
    (folder / "baddate.txt").write_text("date 2024-13-45\n" + article_text(6))
    return {"good.txt": "", "latin1.txt": "", "utf16.txt": "", "truncated.html": "", "lines.jsonl:1": "",
            "empty.txt": "empty", "binary.txt": "binary", "huge.txt": "too large",
            "script-only.html": "no article text", "malformed.xml": "malformed feed",
            "lines.jsonl:2": "not valid JSON", "baddate.txt": "2024-13-45"}


def test_ingest_every_bad_input_in_one_batch(tmp_path: Path) -> None:
    expected = bad_inputs(tmp_path / "in")
    db = tmp_path / "db"
    res = cli(["--db", db, "ingest", "-j", "2", tmp_path / "in"])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    assert res.exception is SystemExit  # a clean exit, not an escaped exception
    failed = [line for line in res.output.splitlines() if line.startswith("failed: ")]
    for name, word in expected.items():
        mine = [line for line in failed if line.startswith(f"failed: {tmp_path / 'in' / name}: ")]
        if word:
            assert len(mine) == 1 and word in mine[0], (name, failed)
        else:
            assert not mine, mine
    assert len(failed) == sum(1 for w in expected.values() if w)
    assert "5 added, 0 unchanged, 0 replaced, 7 failed" in res.output
    kg = KnowledgeGraph(db)
    assert len(kg.store.article_graphs()) == 5
    texts = [q.object.value for q in kg.store.quads() if q.predicate.value.endswith("#contentHash")]
    assert len(texts) == 5


def test_ingest_inferred_graph_follows_adds_replaces_removes(tmp_path: Path) -> None:
    """After ingest/replace/remove on a reasoned store, the inferred graph equals a full
    reasoning over the final articles (the reasoner's incremental update is called)."""
    from kgraph.reason import reason
    own = sorted((Path(__file__).resolve().parents[1] / "data" / "articles").glob("*.txt"))[:4]
    if len(own) < 4:
        pytest.skip("needs four articles in data/articles")
    folder = tmp_path / "in"
    folder.mkdir()
    for p in own:
        (folder / p.name).write_bytes(p.read_bytes())
    kg = KnowledgeGraph(tmp_path / "db")
    assert kg.ingest([folder], components=list(COMPONENTS) if COMPONENTS else None).ok
    reason(kg.store)
    before = {str(q.triple) for q in kg.store.quads(INFERRED_GRAPH)}
    changed = folder / own[0].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("\n\n", "\n\nIn other news, nothing happened.\n\n", 1),
                       encoding="utf-8")
    report = kg.ingest([folder], components=list(COMPONENTS) if COMPONENTS else None)
    assert len(report.replaced) == 1 and not report.notes, report.lines()
    assert kg.remove_article(str(folder / own[1].name))
    follow = {str(q.triple) for q in kg.store.quads(INFERRED_GRAPH)}

    fresh = KnowledgeGraph()
    (folder / own[1].name).unlink()
    assert fresh.ingest([folder], components=list(COMPONENTS) if COMPONENTS else None).ok
    reason(fresh.store)
    full = {str(q.triple) for q in fresh.store.quads(INFERRED_GRAPH)}
    assert follow == full
    assert follow and follow != before  # the changes did change what is inferred


def test_ingest_cli_standard_input_and_empty_folder(tmp_path: Path) -> None:
    db = tmp_path / "db"
    env = {"KGRAPH_PIPELINE": ",".join(COMPONENTS)} if COMPONENTS else {}
    line = json.dumps({"url": "https://n.example/stdin", "date": "2024-03-01", "text": article_text(8)})
    res = CliRunner().invoke(main, ["--db", str(db), "ingest", "-"], input=line + "\n", env=env)
    assert res.exit_code == 0, res.output
    assert "1 added" in res.output
    del res
    gc.collect()
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    run = cli(["--db", db, "ingest", tmp_path / "empty"])
    assert run.exit_code == 1
    assert f"failed: {tmp_path / 'empty'}: no file of a known format in this folder" in run.output
    kg = KnowledgeGraph(db)
    assert find_articles(kg.store, "https://n.example/stdin")


def test_ingest_bad_new_version_keeps_the_stored_one(tmp_path: Path) -> None:
    store = Store()
    path = tmp_path / "story.txt"
    path.write_text("date 2024-05-01\n" + article_text(3))
    [aid] = run(store, [path]).added
    before = snapshot(store)
    path.write_bytes(b"\x00\xff\x00" * 50)  # the file gets corrupted
    report = run(store, [path])
    assert [str(e) for e in report.failed] == [f"{path}: binary data, not text (no UTF-16 byte-order mark either)"]
    assert snapshot(store) == before


def test_ingest_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import subprocess
    import termios
    import threading
    make_corpus(tmp_path / "in", 3)
    env = dict(os.environ)
    if COMPONENTS:
        env["KGRAPH_PIPELINE"] = ",".join(COMPONENTS)
    cmd = [sys.executable, "-m", "kgraph.cli", "--db", str(tmp_path / "db"), "ingest", "-j", "1", str(tmp_path / "in")]
    piped = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0 and piped.stderr == ""  # nothing but the summary, on stdout
    assert piped.stdout.startswith("3 added")
    main_fd, tty_fd = pty.openpty()
    fcntl.ioctl(tty_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # the terminal closed
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    proc = subprocess.run(cmd + ["--force"], env=env, stdout=subprocess.PIPE, stderr=tty_fd, timeout=300)
    os.close(tty_fd)
    reader.join(10)
    os.close(main_fd)
    shown = b"".join(chunks)
    assert proc.returncode == 0
    assert b"ingest:" in shown and b"3/3" in shown  # the bar, drawn on the terminal


def test_ingest_remove_says_when_the_inferred_graph_was_recomputed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.reason import incremental, reason
    kg = KnowledgeGraph(tmp_path / "db")
    paths = []
    for i in (1, 2):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(article_text(i))
    assert kg.ingest(paths).ok
    reason(kg.store)
    monkeypatch.setattr(incremental, "BUDGET", 1)          # any change reaches "too far"
    result = remove(kg.store, [str(paths[0])])
    assert result.removed and any("recomputed in full" in n for n in result.notes), result.notes
    monkeypatch.setattr(incremental, "BUDGET", 300_000)
    result = remove(kg.store, [str(paths[1])])
    assert result.removed and result.notes == []
