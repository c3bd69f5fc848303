"""Benchmark the reasoner: full closure time and peak memory, fast engine vs owlrl, plus an
incremental add of one article to the largest graph.

    .venv/bin/python bench/reason/run.py                 # 10k, 100k, 1M input triples
    .venv/bin/python bench/reason/run.py --sizes 10000 --repeat 3 --no-readme

Each measurement runs in a fresh process (so peak RSS is that run's own); the graph is the
synthetic K-pop graph of ``kgraph.reason.synthetic`` (ontology + reference + articles, plain
triples: what the reasoner reads), built in an in-memory store. owlrl runs only up to
``--owlrl-max`` input triples and is given ``--owlrl-timeout`` seconds. Prints a Markdown
table and writes it into bench/README.md between the reasoning markers.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "bench" / "README.md"
START, END = "<!-- reason:start -->", "<!-- reason:end -->"


def build(target: int, provenance: bool):  # type: ignore[no-untyped-def]
    """An in-memory store with about ``target`` quads (``provenance``: articles laid out as
    build.py writes them, with sentences and kg:Assertion nodes; else plain triples only);
    returns (store, synthetic, number of articles)."""
    import pyoxigraph as ox

    from kgraph.reason import terms as T
    from kgraph.reason.synthetic import Synthetic
    from kgraph.store import Store
    from kgraph.vocab import ARTICLE_GRAPH_PREFIX, REFERENCE_GRAPH

    per_article = 24 * (7 if provenance else 1)
    n = max(10, target // per_article)
    syn = Synthetic(n_artists=max(40, n // 5))
    store = Store()
    store.load_ontology()
    ref = syn.reference()
    store.ox.bulk_load(T.to_ntriples(ref), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.NamedNode(str(REFERENCE_GRAPH)))
    total = len(ref)
    chunks = []
    i = 0
    while total < target:
        g = f"<{ARTICLE_GRAPH_PREFIX}x{i}>"
        triples = syn.article(i, provenance=provenance)
        total += len(triples)
        chunks.append("".join(f"{s} {p} {o} {g} .\n" for s, p, o in triples))
        i += 1
    store.ox.bulk_load("".join(chunks), format=ox.RdfFormat.N_QUADS)
    return store, syn, i


def child(args: argparse.Namespace) -> None:
    """One measurement, in this process; prints one JSON line."""
    from kgraph.reason import reason, update
    from kgraph.vocab import ARTICLE_GRAPH_PREFIX

    import pyoxigraph as ox
    from kgraph.reason import terms as T

    store, syn, n = build(args.size, args.provenance)
    quads = len(store)
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    report = reason(store, engine=args.engine)
    seconds = time.perf_counter() - t0
    out = {"size": args.size, "engine": args.engine, "quads": quads, "input": report.input_triples,
           "inferred": report.inferred_triples, "seconds": seconds,
           "rss_loaded_mb": rss_loaded, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if args.incremental:
        times = []
        for k in range(args.incremental):
            g = ARTICLE_GRAPH_PREFIX + f"x{n + k}"
            store.ox.load(T.to_ntriples(syn.article(n + k, provenance=args.provenance)), format=ox.RdfFormat.N_TRIPLES,
                          to_graph=ox.NamedNode(g))
            t0 = time.perf_counter()
            update(store, added_graphs=[g])
            times.append(time.perf_counter() - t0)
        out["incremental_seconds"] = times
    print(json.dumps(out))


def measure(size: int, engine: str, timeout: float, incremental: int = 0, provenance: bool = True
            ) -> dict | None:  # type: ignore[type-arg]
    cmd = [sys.executable, __file__, "--child", "--size", str(size), "--engine", engine,
           "--incremental", str(incremental)] + (["--provenance"] if provenance else [])
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def fmt_size(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement below 1M triples (median)")
    ap.add_argument("--owlrl-max", type=int, default=100_000)
    ap.add_argument("--owlrl-timeout", type=float, default=600)
    ap.add_argument("--incremental", type=int, default=5, help="articles added one by one to the largest graph")
    ap.add_argument("--no-readme", action="store_true")
    ap.add_argument("--plain", default="", help="also these sizes with plain triples only (no provenance)")
    ap.add_argument("--provenance", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="fast", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return

    sizes = [int(x) for x in args.sizes.split(",")]
    configs = [(x, True) for x in sizes] + [(int(x), False) for x in args.plain.split(",") if x]
    rows = []
    incremental: list[float] = []
    for size, provenance in configs:
        reps = args.repeat if size < 1_000_000 else 1
        result: dict[str, dict] = {}  # type: ignore[type-arg]
        for engine in ("fast", "owlrl"):
            if engine == "owlrl" and size > args.owlrl_max:
                continue
            runs = []
            for _ in range(reps if engine == "fast" else 1):
                inc = args.incremental if (engine == "fast" and provenance and size == max(sizes) and not runs) else 0
                got = measure(size, engine, args.owlrl_timeout if engine == "owlrl" else 3600, inc, provenance)
                if got is None:
                    break
                runs.append(got)
                incremental += got.get("incremental_seconds", [])
            if runs:
                result[engine] = {"seconds": statistics.median(r["seconds"] for r in runs),
                                  "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
                                  "rss_loaded_mb": statistics.median(r["rss_loaded_mb"] for r in runs),
                                  "quads": runs[0]["quads"], "input": runs[0]["input"],
                                  "inferred": runs[0]["inferred"], "runs": len(runs)}
            else:
                result[engine] = {"timeout": True}
            print(fmt_size(size), "provenance" if provenance else "plain", engine, json.dumps(result[engine]),
                  flush=True)
        rows.append((size, provenance, result))

    lines = ["| graph | quads in store | triples read | inferred | fast: s | fast: peak RSS MB (store alone) "
             "| owlrl: s | owlrl: peak RSS MB | owlrl / fast |",
             "|---|---|---|---|---|---|---|---|---|"]
    for size, provenance, res in rows:
        f = res.get("fast", {})
        o = res.get("owlrl")
        fast_s = f"{f['seconds']:.2f}" if "seconds" in f else "-"
        fast_m = f"{f['peak_rss_mb']:.0f} ({f['rss_loaded_mb']:.0f})" if "seconds" in f else "-"
        if o is None:
            o_s, o_m, ratio = "not run", "-", "-"
        elif "seconds" not in o:
            o_s, o_m, ratio = f"> {args.owlrl_timeout:.0f} (stopped)", "-", "-"
        else:
            o_s, o_m = f"{o['seconds']:.2f}", f"{o['peak_rss_mb']:.0f}"
            ratio = f"{o['seconds'] / f['seconds']:.0f}x" if "seconds" in f else "-"
        kind = f"{fmt_size(size)}, {'articles with provenance' if provenance else 'plain facts only'}"
        lines.append(f"| {kind} | {f.get('quads', 0):,} | {f.get('input', 0):,} | {f.get('inferred', 0):,} "
                     f"| {fast_s} | {fast_m} | {o_s} | {o_m} | {ratio} |")
    if incremental:
        lines.append("")
        lines.append(f"Incremental add of one article to the {fmt_size(max(sizes))} graph "
                     f"(`update(store, added_graphs=[g])`): median {statistics.median(incremental) * 1000:.0f} ms "
                     f"over {len(incremental)} articles (min {min(incremental) * 1000:.0f}, "
                     f"max {max(incremental) * 1000:.0f}).")
    table = "\n".join(lines)
    print(table)
    if not args.no_readme:
        write_readme(table, " ".join(sys.argv[1:]))


def write_readme(table: str, argv: str) -> None:
    body = (f"{START}\n## Reasoning (`bench/reason/run.py`)\n\n"
            f"Command: `.venv/bin/python bench/reason/run.py {argv}`".rstrip() + "` "
            f"({time.strftime('%Y-%m-%d')}, 2 shared cores; medians of the runs, one run at 1M).\n"
            "Full closure = `kgraph.reason.reason(store)`: read the input graphs from an in-memory store, "
            "OWL 2 RL closure plus temporal rules, write the inferred graph. Peak RSS is the whole "
            "process (store included); in brackets the RSS once the store is loaded, before reasoning. "
            "owlrl is the same call with `engine=\"owlrl\"` (owlrl's closure, then the temporal rules).\n\n"
            "Graphs are `kgraph.reason.synthetic` (deterministic). *Articles with provenance*: article graphs "
            "laid out as build.py writes them (sentences, one `kg:Assertion` node per fact), which the "
            "reasoner does not read: about 30% of the quads are facts. *Plain facts only*: every quad is a "
            "fact the reasoner reads, a far denser graph than articles give; each fact yields about six "
            "inferred triples, more than half of them event order (`kg:before`, its inverse `kg:after` and "
            "OWL-Time's `time:before`/`time:after`). Targets (issue): 1M-triple graph <= 10 s, incremental "
            "add <= 0.2 s, peak <= 1.5 GB.\n\n"
            f"{table}\n{END}\n")
    body = body.replace("`` (", "` (")
    text = README.read_text() if README.exists() else "# Benchmarks\n\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = head + body.rstrip("\n") + tail
    else:
        text = text.rstrip("\n") + "\n\n" + body
    README.write_text(text)


if __name__ == "__main__":
    main()
