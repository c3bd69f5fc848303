"""Print what the pipeline extracts from article files, readably (for debugging patterns).

    .venv/bin/python bench/extract/show.py FILE... [--mentions]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_dev import load_article  # noqa: E402

from kgraph.pipeline import Pipeline  # noqa: E402


def short(doc, key: str) -> str:  # type: ignore[no-untyped-def]
    e = doc.entities.get(key)
    if e is None:
        return key
    return f"{e.name}" if "Event" not in e.types else f"<{e.name}>"


def main(argv: list[str]) -> None:
    nlp = Pipeline()
    for f in [a for a in argv if not a.startswith("--")]:
        doc = nlp(load_article(Path(f)))
        print("=" * 20, f, doc.article.date)
        if "--mentions" in argv:
            for m in doc.mentions:
                print(f"  M s{m.sentence} {m.label:8} {m.text!r:30} {m.pattern} -> {short(doc, m.entity) if m.entity else None}")
            for d in doc.dates:
                print(f"  D s{d.sentence} {d.text!r} = {d.value}")
        for e in doc.entities.values():
            if "Event" not in e.types:
                print(f"  E {'/'.join(sorted(e.types)):10} {e.name} {sorted(e.aliases) if e.aliases else ''} {'KB' if e.kb else ''}")
        for fact in doc.facts:
            o = fact.o if fact.p in ("releaseDate", "eventDate", "achievement", "award", "eventType") else short(doc, fact.o)
            c = "" if fact.certainty == "asserted" else f"  [{fact.certainty}]"
            print(f"  F {short(doc, fact.s)} --{fact.p}--> {o}{c}   ({fact.pattern}, s{fact.sentence})")


if __name__ == "__main__":
    main(sys.argv[1:])
