"""to_eval_json: the evaluation document of FORMAT.md, scored by the shared scorer when present."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kgraph.kb import ReferenceKB
from kgraph.load.article import Article
from kgraph.pipeline import Pipeline
from kgraph.pipeline.output import to_eval_json

HERE = Path(__file__).parent / "articles"
KB = ReferenceKB.load(HERE / "reference", cache=False)
NLP = Pipeline(mentions={"kb": KB}, linking={"kb": KB}, relations={"kb": KB})
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def read(path: Path) -> Article:
    head, body = path.read_text(encoding="utf-8").split("\n", 1)
    return Article(text=body.strip(), date=date.fromisoformat(head.split()[1]))


def test_pipeline_output_document_shape() -> None:
    out = to_eval_json(NLP(Article(text="SEVENTEEN is reportedly preparing a comeback in April. "
                                        "BTS' V released 'Slow Dancing' on Friday.", date=date(2024, 2, 16))))
    assert out["date"] == "2024-02-16"
    ids = {e["id"] for e in out["entities"]}
    assert all(set(e) == {"id", "types", "name", "aliases"} for e in out["entities"])
    assert all(f["s"] in ids for f in out["facts"])
    by = {(f["p"], f["o"]): f for f in out["facts"]}
    assert by[("releaseDate", "2024-02-16")].get("certainty") is None
    assert by[("eventType", "Comeback")]["certainty"] == "reported"
    song = next(e for e in out["entities"] if e["name"] == "Slow Dancing")
    assert song["types"] == ["Song"] and song["id"] == "https://w3id.org/kgraph/resource/song/slow-dancing"
    assert json.loads(json.dumps(out)) == out


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the checkout")
def test_pipeline_output_scores_well_on_own_gold(tmp_path: Path) -> None:
    pred = tmp_path / "pred"
    pred.mkdir()
    gold = HERE / "gold"
    for g in sorted(gold.glob("*.json")):
        doc = NLP(read(HERE / f"{g.stem}.txt"))
        (pred / g.name).write_text(json.dumps(to_eval_json(doc)), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--min-f1", "0.8"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout
    assert "negative hits=0" in res.stdout.splitlines()[-1]
