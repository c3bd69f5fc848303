"""End-to-end ingestion benchmark: generated articles plus the project's own, through the CLI.

Generates N articles (default 10,000) as text files with the synthetic-corpus builder of
``bench/extract/run.py`` (templates filled with real names from the reference KB, seeded),
then for each process count (default 1 and 2) ingests them, with ``data/articles``, into a
fresh on-disk store with ``kgraph ingest -j N``, measuring wall time, articles per second and
the peak memory of the whole process tree (writer plus workers, sampled from /proc). On the
last store it times a second run (everything unchanged), ``kgraph reason``, and every stored
query. Prints a Markdown table; ``--readme`` also writes it into bench/README.md.

    .venv/bin/python bench/ingest/run.py [--n 10000] [--jobs 1,2] [--seed 7] [--reason-timeout 900]
        [--query-timeout 120] [--readme]
"""
from __future__ import annotations

import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PY = sys.executable
CPU = [0.0]
NOTES = """`bench/ingest/run.py` ingests generated articles (the corpus builder of bench/extract:
templates filled with real names from the reference KB) plus the project's own articles, through
the CLI (`kgraph ingest -j N` into a fresh on-disk store), then times a re-run, `kgraph reason`
and every stored query. *CPU time* adds up the writer and its workers; *articles per CPU-s* is
the number that does not depend on how busy the machine is: on 2 idle cores the wall-clock
rate of 2 processes can reach at most twice it. Peak memory is that of the whole process tree."""
START, END = "<!-- bench-ingest:start -->", "<!-- bench-ingest:end -->"


def _arg(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def write_corpus(folder: Path, n: int, seed: int) -> int:
    """N generated articles as ``date YYYY-MM-DD`` text files; returns their total size."""
    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "bench" / "extract" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i, (article, _facts) in enumerate(module.build_corpus(n, seed)):
        head = f"date {article.date.isoformat()}\n" if article.date else ""
        text = head + article.text + "\n"
        (folder / f"g{i:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def tree_rss(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def timed(cmd: list[str], timeout: float | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run ``cmd``; (seconds, peak tree RSS in bytes, result). The CPU seconds it used, its
    workers included, are added to ``CPU``."""
    peak = [0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    start = time.monotonic()
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += f"\nnot finished in {timeout:.0f} s (stopped)"
        proc.returncode = -9
    seconds = time.monotonic() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[0] = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, peak[0], subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def kgraph(db: Path, *args: str) -> list[str]:
    return [PY, "-m", "kgraph.cli", "--db", str(db), *args]


def count_articles(db: Path) -> tuple[int, int]:
    code = ("import sys; from kgraph.store import Store; s = Store(sys.argv[1], read_only=True); "
            "print(len(s.article_graphs()), len(s))")
    out = subprocess.run([PY, "-c", code, str(db)], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    a, q = out.split()
    return int(a), int(q)


def run_queries(db: Path, timeout: float) -> list[dict]:
    """Every stored query with its default parameters, each in its own process with a time
    limit (a slow query must not hold the benchmark hostage)."""
    names = subprocess.run([PY, "-c", "from kgraph.query import library; print(' '.join(sorted(library())))"],
                           capture_output=True, text=True, cwd=ROOT).stdout.split()
    code = r"""
import json, sys, time
from kgraph.api import KnowledgeGraph
kg = KnowledgeGraph(sys.argv[1], read_only=True)
t = time.monotonic()
rows = len(kg.query(sys.argv[2]).rows)
print(json.dumps({"rows": rows, "ms": round((time.monotonic() - t) * 1000, 1)}))
"""
    out = []
    for name in names:
        try:
            res = subprocess.run([PY, "-c", code, str(db), name], capture_output=True, text=True, cwd=ROOT,
                                 timeout=timeout)
        except subprocess.TimeoutExpired:
            out.append({"query": name, "error": f"not answered in {timeout:.0f} s"})
            continue
        if res.returncode != 0:
            lines = res.stderr.strip().splitlines()
            out.append({"query": name, "error": (lines[-1] if lines else "failed")[:160]})
        else:
            out.append({"query": name, **json.loads(res.stdout.strip().splitlines()[-1])})
    return out


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def main(argv: list[str]) -> int:
    n = int(_arg(argv, "--n", "10000"))
    jobs_list = [int(j) for j in _arg(argv, "--jobs", "1,2").split(",")]
    seed = int(_arg(argv, "--seed", "7"))
    reason_timeout = float(_arg(argv, "--reason-timeout", "900"))
    query_timeout = float(_arg(argv, "--query-timeout", "120"))
    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-ingest-"))
    sys.path.insert(0, str(ROOT / "src"))
    from kgraph.load import iter_files
    own = list(iter_files([ROOT / "data" / "articles"]))
    try:
        corpus = work / "corpus"
        t = time.monotonic()
        size = write_corpus(corpus, n, seed)
        print(f"generated {n} articles ({size / 2**20:.1f} MB) in {time.monotonic() - t:.1f} s; "
              f"plus {len(own)} from data/articles", file=sys.stderr)
        total = n + len(own)
        rows: list[dict] = []
        db = work / "db"
        for jobs in jobs_list:
            db = work / f"db-j{jobs}"
            secs, peak, res = timed(kgraph(db, "ingest", "-j", str(jobs), "--no-progress", str(corpus),
                                           str(ROOT / "data" / "articles")))
            summary = (res.stdout.strip().splitlines() or ["?"])[-1]
            if res.returncode not in (0, 1):
                print(res.stderr[-2000:], file=sys.stderr)
                return 1
            arts, quads = count_articles(db)
            rows.append({"step": f"ingest, {jobs} process{'es' if jobs > 1 else ''}", "seconds": secs,
                         "cpu": CPU[0], "rate": total / secs, "peak": peak, "articles": arts, "quads": quads,
                         "note": summary.split(" in ")[0] + f"; {quads:,} quads"})
            print(rows[-1], file=sys.stderr)
        secs, peak, res = timed(kgraph(db, "ingest", "-j", str(jobs_list[-1]), "--no-progress", str(corpus),
                                       str(ROOT / "data" / "articles")))
        rows.append({"step": f"re-run, {jobs_list[-1]} processes (all unchanged)", "seconds": secs, "cpu": CPU[0],
                     "rate": total / secs, "peak": peak,
                     "note": (res.stdout.strip().splitlines() or ["?"])[-1].split(" in ")[0]})
        secs, peak, res = timed(kgraph(db, "reason"), timeout=reason_timeout)
        note = ((res.stderr.strip().splitlines() if res.returncode else res.stdout.strip().splitlines())
                or ["?"])[-1][:100]
        rows.append({"step": "reason", "seconds": secs, "cpu": CPU[0], "peak": peak, "note": note if res.returncode == 0
                     else f"failed: {note}"})
        queries = run_queries(db, query_timeout)
        answered = [q for q in queries if "error" not in q]
        slow = sorted(answered, key=lambda q: -q["ms"])[:3]
        rows.append({"step": f"stored queries ({len(answered)}/{len(queries)} answered)",
                     "seconds": sum(q["ms"] for q in answered) / 1000,
                     "note": "slowest: " + ", ".join(f"{q['query']} {q['ms'] / 1000:.1f} s" for q in slow)
                     + "".join(f"; {q['query']}: {q['error']}" for q in queries if "error" in q)})
        end_to_end = sum(r["seconds"] for r in rows if r["step"].startswith(("ingest, 2", "reason", "stored")))
        table = render(rows, n, len(own), end_to_end, total)
        print(table)
        (HERE / "results.json").write_text(json.dumps({"n": n, "own": len(own), "rows": rows, "queries": queries,
                                                        "cores": os.cpu_count()}, indent=1) + "\n")
        if "--readme" in argv:
            write_readme(table)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def render(rows: list[dict], n: int, own: int, end_to_end: float, total: int) -> str:
    load = os.getloadavg()[1]
    lines = [f"{n:,} generated articles + {own} from data/articles, {os.cpu_count()} cores, load average "
             f"{load:.1f} while it ran (`.venv/bin/python bench/ingest/run.py --n {n}`):", "",
             "| step | time | CPU time | articles/s | articles per CPU-s | peak memory | result |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in rows:
        rate = f"{r['rate']:.0f}" if "rate" in r else ""
        cpu = f"{r['cpu']:.1f} s" if r.get("cpu") else ""
        per_cpu = f"{total / r['cpu']:.0f}" if r.get("cpu") and "rate" in r else ""
        peak = mb(r["peak"]) if r.get("peak") else ""
        lines.append(f"| {r['step']} | {r['seconds']:.1f} s | {cpu} | {rate} | {per_cpu} | {peak} | "
                     f"{r.get('note', '')} |")
    if any(r["step"].startswith("ingest, 2") for r in rows):
        unfinished = any(r["step"] == "reason" and str(r.get("note", "")).startswith("failed") for r in rows)
        lines += ["", f"End to end with 2 processes (ingest + reason + queries): {end_to_end:.1f} s, "
                      f"{total / end_to_end:.0f} articles/s"
                  + (" (reasoning was stopped unfinished: a lower bound on the time)." if unfinished else ".")]
    return "\n".join(lines)


def write_readme(table: str) -> None:
    readme = HERE.parent / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    block = f"{START}\n## Ingestion benchmark\n\n{NOTES}\n\n{table}\n{END}"
    if START in text and END in text:
        text = text[:text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
