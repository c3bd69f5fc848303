"""Throughput of the extraction pipeline on a synthetic corpus built from the reference KB.

Builds N articles (default 1000) from ``templates.json`` filled with real group / member /
agency names from ``data/reference`` (seeded, so every run sees the same corpus), runs the
default pipeline over all of them several times in one process (one core) and prints the median
rate, by wall clock and by CPU time (the latter is what to compare on a shared, busy machine).
It also reports how many of the facts the templates plant are extracted (a cheap regression
signal, not a quality score: the held-out set decides that).

    .venv/bin/python bench/extract/run.py [--n 1000] [--runs 5] [--seed 7] [--write DIR]
"""
from __future__ import annotations

import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from kgraph.kb import ReferenceKB, normalize  # noqa: E402
from kgraph.load.article import Article  # noqa: E402
from kgraph.pipeline import Pipeline  # noqa: E402

HERE = Path(__file__).resolve().parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _arg(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def build_corpus(n: int, seed: int) -> list[tuple[Article, list[tuple[str, str, str]]]]:
    """(article, planted facts by name) pairs."""
    rnd = random.Random(seed)
    spec = json.loads((HERE / "templates.json").read_text(encoding="utf-8"))
    kb = ReferenceKB.load()
    groups = []
    for e in kb:
        if "Group" in e.types and e.agencies:
            members = [m for m in kb if e.iri in m.groups and "Artist" in m.types and len(m.name) > 2]
            if members:
                groups.append((e, members, [kb.get(a) for a in e.agencies if kb.get(a)]))
    solos = [e for e in kb if "Artist" in e.types and not e.groups and len(e.name) > 3]
    if not groups or not solos:
        raise SystemExit("the reference KB has no groups with members and agencies: build data/reference first")
    out = []
    for i in range(n):
        group, members, agencies = rnd.choice(groups)
        day = date(2019, 1, 1) + timedelta(days=rnd.randrange(0, 2000))
        d = day - timedelta(days=rnd.randrange(1, 20))      # past events
        f = day + timedelta(days=rnd.randrange(1, 20))      # announced ones
        slots = {
            "group": group.name, "artist": rnd.choice(members).name, "agency": agencies[0].name,
            "solo": rnd.choice(solos).name, "song": rnd.choice(spec["songs"]), "song2": rnd.choice(spec["songs"]),
            "album": rnd.choice(spec["albums"]), "director": rnd.choice(spec["directors"]),
            "feat": rnd.choice(spec["guests"]), "date": f"{MONTHS[d.month - 1]} {d.day}",
            "fdate": f"{MONTHS[f.month - 1]} {f.day}",
            "month": MONTHS[(day.month % 12)], "year": str(day.year - rnd.randrange(1, 6)),
        }
        if slots["song2"] == slots["song"]:
            slots["song2"] = spec["songs"][(spec["songs"].index(slots["song"]) + 1) % len(spec["songs"])]
        chosen = rnd.sample(spec["templates"], k=rnd.randrange(6, 11))
        sentences, planted = [], []
        for t in chosen:
            sentences.append(t["text"].format(**slots))
            for s, p, o in t["facts"]:
                planted.append((s, p, o, slots, f if o == "date:fdate" else d))
        title = f"{slots['group']} news: '{slots['song']}'"
        text = title + "\n\n" + " ".join(sentences)
        facts = []
        for s, p, o, sl, dd in planted:
            sv = sl.get(s, s) if not s.endswith("_mv") else sl[s[:-3]] + " music video"
            ov = dd.isoformat() if o.startswith("date:") else (o[5:] if o.startswith("text:") else sl.get(o, o))
            facts.append((sv, p, ov))
        out.append((Article(text=text, date=day, id=f"synthetic-{i}"), facts))
    return out


def planted_recall(nlp: Pipeline, corpus: list[tuple[Article, list[tuple[str, str, str]]]]) -> float:
    found = total = 0
    for article, facts in corpus:
        doc = nlp(article)
        names = {k: {normalize(e.name)} | {normalize(a) for a in e.aliases} for k, e in doc.entities.items()}
        got = set()
        for f in doc.facts:
            if f.certainty != "asserted":
                continue
            ev = doc.entities.get(f.s)
            s_names = names.get(f.s, set())
            if ev and "Event" in ev.types:
                kinds = [x.o for x in doc.facts if x.s == f.s and x.p == "eventType"]
                s_names = {f"event:{k}".lower() for k in kinds}
            o_names = {normalize(f.o)} if f.o not in names else names[f.o]
            for sn in s_names:
                for on in o_names:
                    got.add((sn, f.p, on))
        for s, p, o in facts:
            total += 1
            if (s.lower() if s.startswith("event:") else normalize(s), p, normalize(o)) in got:
                found += 1
    return found / total if total else 0.0


def main(argv: list[str]) -> int:
    n = int(_arg(argv, "--n", "1000"))
    runs = int(_arg(argv, "--runs", "5"))
    seed = int(_arg(argv, "--seed", "7"))
    corpus = build_corpus(n, seed)
    if "--write" in argv:
        folder = Path(_arg(argv, "--write", "bench/extract/corpus"))
        folder.mkdir(parents=True, exist_ok=True)
        for a, _ in corpus:
            (folder / f"{a.id}.txt").write_text(f" date {a.date.isoformat()} {a.text}\n", encoding="utf-8")
    nlp = Pipeline()
    nlp(corpus[0][0])  # warm-up: loads the KB index and compiles patterns
    rates, cpu_rates = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for article, _ in corpus:
            nlp(article)
        rates.append(len(corpus) / (time.perf_counter() - t0))
        cpu_rates.append(len(corpus) / max(time.process_time() - c0, 1e-9))
    chars = statistics.mean(len(a.text) for a, _ in corpus)
    print(f"articles={len(corpus)} mean_chars={chars:.0f} runs={runs} "
          f"wall={' '.join(f'{r:.0f}' for r in rates)} median={statistics.median(rates):.0f} articles/s | "
          f"cpu median={statistics.median(cpu_rates):.0f} articles per CPU-second")
    print(f"planted-fact recall={planted_recall(nlp, corpus):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
