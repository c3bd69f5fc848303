"""Benchmark the stored queries on generated graphs of ~100k and ~1M triples.

    .venv/bin/python bench/query/run.py [--sizes 100000 1000000] [--repeat 7] [--out DIR]
    .venv/bin/python bench/query/run.py --db STORE [--timeout 60] [--repeat 5] [--out DIR]

For each size: generate articles (hand-built documents through kgraph.build, the same
shape as extracted ones, with the test graph of tests/querygraph.py mixed in so every
query's default parameters name real entities), load them into a store on disk, then time
each stored query with its default parameters (median of --repeat runs after one warm-up;
entity names resolved once beforehand, resolution timed separately). Last, the cold start
of ``kgraph query`` (a fresh process: imports, opening the store, resolving, running).
Writes results.json beside this file (or in --out) and prints a Markdown table.

With ``--db`` the queries run on an existing store instead (a real one, e.g. from
``kgraph ingest`` of bench/ingest's generated articles): each query in its own process, so
one that does not finish within --timeout seconds is stopped and reported, not waited for.
Its results go under the key ``store`` of results.json (the synthetic sizes are kept).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from kgraph.api import KnowledgeGraph  # noqa: E402
from kgraph.build import build_quads  # noqa: E402
from kgraph.query import bind_params, library, resolve_entity, run  # noqa: E402
from tests import querygraph  # noqa: E402

R = "https://w3id.org/kgraph/resource/"
EVENTS = ["ChartAchievement", "AwardWin", "Concert", "Comeback", "Filming"]


def synthetic_docs(n_articles: int, seed: int = 7):
    """Articles about generated artists: releases, features, videos, events, conflicts."""
    rnd = random.Random(seed)
    n_artists = max(50, n_articles // 5)
    n_groups = max(10, n_artists // 6)
    n_songs = max(100, n_articles)
    n_directors = max(10, n_articles // 50)
    for i in range(n_articles):
        day = f"20{rnd.randint(15, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        a, b = rnd.sample(range(n_artists), 2)
        s = rnd.randrange(n_songs)
        d = rnd.randrange(n_directors)
        g = a % n_groups
        ev = rnd.choice(EVENTS)
        ents = {
            "a": ("Artist", f"Artist {a}", f"{R}artist/gen-{a}"),
            "b": ("Artist", f"Artist {b}", f"{R}artist/gen-{b}"),
            "g": ("Group", f"Group {g}", f"{R}group/gen-{g}"),
            "song": ("Song", f"Song {s}", None), "mv": ("MusicVideo", f"Song {s}", None),
            "dir": ("Director", f"Director {d}", None),
            "rel": ("Event", f"release of Song {s}", f"{R}event/release-gen-{i}"),
            "ev": ("Event", f"{ev} {i}", f"{R}event/gen-{i}"),
        }
        facts = [
            ("song", "performer", "a", 0), ("song", "featuredArtist", "b", 0), ("song", "releaseDate", day, 0),
            ("a", "memberOf", "g", 1), ("mv", "musicVideoOf", "song", 1), ("mv", "directedBy", "dir", 1),
            ("b", "appearsIn", "mv", 1),
            ("rel", "eventType", "Release", 0), ("rel", "about", "song", 0), ("rel", "participant", "a", 0),
            ("rel", "eventDate", day, 0),
            ("ev", "eventType", ev, 2), ("ev", "participant", "song" if ev in ("ChartAchievement", "AwardWin")
                                         else "a", 2), ("ev", "eventDate", day, 2),
        ]
        if ev == "ChartAchievement":
            facts.append(("ev", "achievement", "No. 1", 2))
        if ev == "AwardWin":
            facts.append(("ev", "award", "Best Song, Generated Awards", 2))
        if i % 10 == 0:
            ents["enl"] = ("Event", f"enlistment of Artist {a}", f"{R}event/militaryenlistment-gen-{i}")
            facts += [("enl", "eventType", "MilitaryEnlistment", 3), ("enl", "participant", "a", 3),
                      ("enl", "eventDate", day, 3)]
        if i % 7 == 0:
            facts.append(("song", "featuredArtist", "a", 3, "reported"))
        sents = [f"Sentence {k} of generated article {i}." for k in range(4)]
        yield querygraph.make_doc(f"gen-{i}", day, sents, ents, facts)


def build_store(path: Path, target: int) -> KnowledgeGraph:
    kg = querygraph.build(str(path))
    sample = list(synthetic_docs(50, seed=1))
    per_article = sum(len(build_quads(d)) for d in sample) / len(sample)
    n = max(1, int((target - len(kg.store)) / per_article))
    batch = []
    for doc in synthetic_docs(n):
        batch.extend(build_quads(doc))
        if len(batch) > 200_000:
            kg.store.ox.bulk_extend(batch)
            batch = []
    if batch:
        kg.store.ox.bulk_extend(batch)
    kg.store.flush()
    return kg


def time_queries(kg: KnowledgeGraph, repeat: int) -> dict[str, dict[str, float]]:
    out = {}
    for name, q in library().items():
        t0 = time.perf_counter()
        bindings = bind_params(kg.store, q, {})
        resolve_ms = (time.perf_counter() - t0) * 1000
        run(kg.store, q, bindings)  # warm-up
        times = []
        rows = 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = len(run(kg.store, q, bindings))
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = {"median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2),
                     "resolve_ms": round(resolve_ms, 2), "rows": rows}
    return out


CHILD = """
import json, os, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from kgraph.query import QueryTimeout, bind_params, library, run
from kgraph.store import Store
store = Store(sys.argv[2], read_only=True)
q = library()[sys.argv[3]]
t0 = time.perf_counter()
bindings = bind_params(store, q, {})
resolve_ms = (time.perf_counter() - t0) * 1000
times = []
for _ in range(int(sys.argv[4]) + 1):
    t0 = time.perf_counter()
    try:
        rows = len(run(store, q, bindings, timeout=float(sys.argv[5])))
    except QueryTimeout:
        print(json.dumps({"error": f"not finished within {float(sys.argv[5]):g} s"}), flush=True)
        os._exit(0)
    times.append((time.perf_counter() - t0) * 1000)
first, rest = times[0], times[1:] or times
print(json.dumps({"median_ms": round(statistics.median(rest), 2), "max_ms": round(max(rest), 2),
                  "first_ms": round(first, 2), "resolve_ms": round(resolve_ms, 2), "rows": rows}))
"""


def time_store(db: Path, repeat: int, timeout: float) -> dict[str, dict[str, object]]:
    """Every stored query on an existing store, each in a fresh process stopped after
    ``timeout`` seconds: the first run (cold caches) and the median of ``repeat`` more."""
    out: dict[str, dict[str, object]] = {}
    for name in library():
        cmd = [sys.executable, "-c", CHILD, str(ROOT / "src"), str(db), name, str(repeat), str(timeout)]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout * (repeat + 1) + 30)
        except subprocess.TimeoutExpired:
            out[name] = {"error": f"not finished within {timeout:g} s"}
        else:
            if res.returncode != 0:
                out[name] = {"error": (res.stderr.strip().splitlines() or ["failed"])[-1]}
            else:
                out[name] = json.loads(res.stdout)
        print(f"# {name}: {out[name]}", file=sys.stderr)
    return out


def cold_start(db: Path, repeat: int = 5) -> float:
    exe = Path(sys.executable).parent / "kgraph"
    cmd = [str(exe), "--db", str(db), "query", "featured_before_enlistment", "-p", "artist", "V"]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        res = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if res.returncode != 0 or "Love wins all" not in res.stdout:
            raise SystemExit(f"kgraph query failed: {res.stderr}")
    return round(statistics.median(times), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--db", type=Path, help="time the queries on this existing store instead")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per query run with --db")
    args = ap.parse_args()
    if args.db:
        return main_store(args)
    previous = args.out / "results.json"
    results: dict[str, object] = {"sizes": {}}
    if previous.exists():       # keep the --db measurements of an earlier run
        kept = json.loads(previous.read_text()).get("store")
        if kept:
            results["store"] = kept
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            db = Path(tmp) / f"kg-{size}"
            t0 = time.perf_counter()
            kg = build_store(db, size)
            quads = len(kg.store)
            print(f"# {quads} quads generated and loaded in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
            timings = time_queries(kg, args.repeat)
            entry = {"quads": quads, "queries": timings}
            kg.close()
            del kg
            import gc
            gc.collect()
            entry["cold_start_s"] = cold_start(db)
            results["sizes"][str(size)] = entry
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    sizes = list(results["sizes"])
    print("| query | " + " | ".join(f"{results['sizes'][s]['quads']:,} quads: median ms (rows)" for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for name in library():
        cells = [f"{results['sizes'][s]['queries'][name]['median_ms']} ({results['sizes'][s]['queries'][name]['rows']})"
                 for s in sizes]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("| entity resolution (max over queries) | " + " | ".join(
        str(max(v["resolve_ms"] for v in results["sizes"][s]["queries"].values())) for s in sizes) + " |")
    print("| cold start `kgraph query` (s) | " + " | ".join(str(results["sizes"][s]["cold_start_s"]) for s in sizes)
          + " |")


def main_store(args: argparse.Namespace) -> None:
    """--db: time the queries on an existing store, merge into results.json, print a table."""
    from kgraph.store import Store
    store = Store(str(args.db), read_only=True)
    quads, articles = len(store), len(store.article_graphs())
    del store
    timings = time_store(args.db, args.repeat, args.timeout)
    path = args.out / "results.json"
    results = json.loads(path.read_text()) if path.exists() else {"sizes": {}}
    results["store"] = {"path": str(args.db), "quads": quads, "articles": articles, "queries": timings}
    args.out.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1) + "\n")
    print(f"| query ({quads:,} quads, {articles:,} articles) | first run ms | median ms | rows |")
    print("|---|---|---|---|")
    for name, t in timings.items():
        if "error" in t:
            print(f"| {name} | {t['error']} | - | - |")
        else:
            print(f"| {name} | {t['first_ms']} | {t['median_ms']} | {t['rows']} |")


if __name__ == "__main__":
    main()
