"""Run the extraction pipeline over the dev articles and score them with the shared scorer.

    .venv/bin/python bench/extract/score_dev.py [ARTICLES_DIR GOLD_DIR] [--keep DIR] [--json]
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from kgraph.pipeline import Pipeline  # noqa: E402
from kgraph.pipeline.output import to_eval_json  # noqa: E402

EVAL = Path("/work/shared/eval")


def load_article(path: Path):  # type: ignore[no-untyped-def]
    try:
        from kgraph.load import load_file
        return next(load_file(path))
    except ImportError:  # the loaders are being edited: read the seed form directly
        import datetime
        import re

        from kgraph.load.article import Article
        t = path.read_text(encoding="utf-8")
        m = re.match(r"^\s*date\s+(\S+)\s*", t)
        return Article(text=(t[m.end():] if m else t).strip(),
                       date=datetime.date.fromisoformat(m.group(1)) if m else None, source=str(path))


def main(argv: list[str]) -> int:
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    args = [a for a in argv if not a.startswith("--") and a != keep]
    articles = Path(args[0]) if args else EVAL / "dev" / "articles"
    gold = Path(args[1]) if len(args) > 1 else EVAL / "dev" / "gold"
    out = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="kgraph-dev-"))
    out.mkdir(parents=True, exist_ok=True)
    nlp = Pipeline()
    for f in sorted(articles.glob("*.txt")):
        doc = nlp(load_article(f))
        (out / f"{f.stem}.json").write_text(json.dumps(to_eval_json(doc), ensure_ascii=False, indent=1))
    cmd = [sys.executable, str(EVAL / "score.py"), str(gold), str(out)] + (["--json"] if "--json" in argv else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
