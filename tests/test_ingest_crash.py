"""Crash safety: ``kgraph ingest`` killed with SIGKILL at random moments leaves a store that
opens and holds only whole articles; running the batch again completes it, without
duplicates; no worker process outlives the killed writer for long."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from kgraph.ingest import ingest
from kgraph.store import Store

from .test_ingest_batch import COMPONENTS, make_corpus, snapshot

N_ARTICLES = 300
KILLS = 5
"""The first kill lands during start-up, the others while articles are being written."""


def ingest_cmd(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "kgraph.cli", "--db", str(db), "ingest", "-j", "2", "--no-progress", str(folder)]


def stored_now(db: Path) -> int:
    """Articles stored so far, read beside the running writer (read-only, no lock)."""
    if not (db / "CURRENT").exists():
        return 0
    try:
        return len(Store(db, read_only=True).article_graphs())
    except Exception:  # the store may be in the middle of being created
        return 0


def processes_tagged(tag: str) -> list[int]:
    """Pids of live processes whose environment carries ``tag`` (the ingest and its workers)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().split(")")[-1].split()[0]
        except OSError:
            continue
        if tag.encode() in env and state != "Z":
            pids.append(int(entry.name))
    return pids


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find the worker processes")
def test_ingest_sigkill_at_random_moments_leaves_whole_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, N_ARTICLES)
    reference = Store()
    assert ingest(reference, [folder], components=COMPONENTS).ok
    expected = snapshot(reference)
    assert len(expected) == N_ARTICLES

    db = tmp_path / "db"
    tag = f"kgraph-crash-{uuid.uuid4().hex}"
    env = dict(os.environ, KGRAPH_CRASH_TAG=tag)
    if COMPONENTS:
        env["KGRAPH_PIPELINE"] = ",".join(COMPONENTS)

    rng = random.Random(1234)
    stored = 0
    partial = []
    for attempt in range(KILLS):
        if stored == N_ARTICLES:  # the last run got to the end before its kill: start afresh
            shutil.rmtree(db)
            stored = 0
        proc = subprocess.Popen(ingest_cmd(db, folder), env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        if attempt == 0:  # anywhere in the start-up: opening the store, planning, spawning workers
            time.sleep(rng.uniform(0.05, 0.6))
        else:  # in the thick of writing: once a random number of further articles is stored
            target = rng.randint(stored + 1, max(stored + 1, (stored + N_ARTICLES) // 2))
            while proc.poll() is None and stored_now(db) < target:
                time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        # the workers notice their parent is gone and stop
        deadline = time.monotonic() + 20
        while processes_tagged(tag) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not processes_tagged(tag), "worker processes outlived the killed ingest"
        store = Store(db)  # it opens
        got = snapshot(store)
        for graph, quads in got.items():
            assert quads == expected[graph], f"kill {attempt}: {graph} is not whole"
        stored = len(got)
        partial.append(0 < stored < N_ARTICLES)
        del store
    assert sum(partial) >= 2, f"too few kills landed in the middle of the batch: {partial}"

    done = subprocess.run(ingest_cmd(db, folder), env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    store = Store(db)
    assert snapshot(store) == expected  # complete, each article once
    assert len(store.article_graphs()) == N_ARTICLES
    assert "0 failed" in done.stdout
    del store  # let go of the lock for the next run
    again = subprocess.run(ingest_cmd(db, folder), env=env, capture_output=True, text=True, timeout=600)
    assert f"0 added, {N_ARTICLES} unchanged, 0 replaced, 0 failed" in again.stdout
