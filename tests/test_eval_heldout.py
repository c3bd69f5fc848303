"""eval/heldout: the project-written held-out set is well-formed and the extractor keeps its score on it.

The held-out articles were written without looking at the extractor, so their first scores
measured generalisation rather than fit to the dev articles. Each floor sits a little below the
latest measured fact F1 (2026-11-25: dev 0.996, eval/heldout 0.969, eval/heldout2 0.762; after the
round of fixes for general phenomena found on eval/heldout3: heldout 0.978, heldout2 0.910,
heldout3 0.979, blind 0.743; eval/heldout4 blind 0.611, after its round of fixes 0.891 with heldout2 0.911; eval/heldout5 blind 0.621, never tuned on) so that a
regression fails while small noise does not.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main as kgraph_cli

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "eval" / "heldout"
ARTICLES = sorted((HELDOUT / "articles").glob("*.txt"))
GOLDS = sorted((HELDOUT / "gold").glob("*.json"))
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEV_ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"

FLOORS = {  # set name -> (gold folder, articles, facts F1 floor)
    "dev": (ROOT.parent / "shared" / "eval" / "dev" / "gold", ROOT.parent / "shared" / "eval" / "dev" / "articles", 0.97),
    "heldout": (HELDOUT / "gold", HELDOUT / "articles", 0.94),
    "heldout2": (ROOT / "eval" / "heldout2" / "gold", ROOT / "eval" / "heldout2" / "articles", 0.73),
    "heldout3": (ROOT / "eval" / "heldout3" / "gold", ROOT / "eval" / "heldout3" / "articles", 0.95),
    "heldout4": (ROOT / "eval" / "heldout4" / "gold", ROOT / "eval" / "heldout4" / "articles", 0.87),
    "heldout5": (ROOT / "eval" / "heldout5" / "gold", ROOT / "eval" / "heldout5" / "articles", 0.59),
}
# sets never tuned on keep their own entity floor and negative-hit cap (blind run: entities
# 0.863, 2 negative hits); the others must stay at entities >= 0.9 and <= 1 negative hit
UNTUNED = {"heldout5": (0.84, 2)}

PREDICATES = {"performer", "featuredArtist", "memberOf", "musicVideoOf", "directedBy", "releaseDate",
              "album", "agency", "eventType", "participant", "eventDate", "achievement", "award",
              "before", "after"}
LITERALS = {"releaseDate", "eventDate", "eventType", "achievement", "award"}
TYPES = {"Artist", "Group", "Song", "MusicVideo", "Director", "Event", "Album", "Agency"}
EVENT_TYPES = {"MilitaryEnlistment", "MilitaryDischarge", "MilitaryTraining", "ChartAchievement",
               "AwardWin", "Concert", "FanMeeting", "Comeback", "Debut", "Release", "Filming"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def words8(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}


def test_eval_heldout_every_article_has_a_gold_file() -> None:
    assert len(ARTICLES) >= 12
    assert [p.stem for p in ARTICLES] == [p.stem for p in GOLDS]
    assert (HELDOUT / "README.md").exists()


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.stem)
def test_eval_heldout_gold_follows_the_format(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = (HELDOUT / "articles" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
    assert article.startswith(f" date {gold['date']} "), "gold date must be the article's date"
    assert 120 <= len(article.split()) <= 350
    ids = [e["id"] for e in gold["entities"]]
    assert len(ids) == len(set(ids)), "entity ids must be unique"
    types = {e["id"]: e["type"] for e in gold["entities"]}
    assert set(types.values()) <= TYPES
    for fact in gold["facts"] + gold["negative_facts"]:
        assert fact["p"] in PREDICATES, fact
        assert fact["s"] in types, fact
        if fact["p"] not in LITERALS:
            assert fact["o"] in types, fact
        elif fact["p"] in {"releaseDate", "eventDate"}:
            for date in [fact["o"]] + list(fact.get("alt_o", [])):
                assert DATE.fullmatch(date), fact
        elif fact["p"] == "eventType":
            assert fact["o"] in EVENT_TYPES, fact
    for fact in gold["negative_facts"]:
        assert fact.get("reason"), fact
    # every required event is typed, so the scorer can align it
    typed = {f["s"] for f in gold["facts"] if f["p"] == "eventType"}
    assert {i for i, t in types.items() if t == "Event"} <= typed


def test_eval_heldout_articles_are_not_copies_of_dev_articles() -> None:
    if not DEV_ARTICLES.exists():
        pytest.skip("the dev articles (../shared/eval/dev/articles) are not beside the checkout")
    dev = set().union(*(words8(p.read_text(encoding="utf-8")) for p in DEV_ARTICLES.glob("*.txt")))
    for path in ARTICLES:
        shared = words8(path.read_text(encoding="utf-8")) & dev
        assert not shared, f"{path.name} repeats dev text: {sorted(shared)[:3]}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_eval_heldout_facts_f1_stays_above_floor(name: str, tmp_path: Path) -> None:
    if not SCORER.exists():
        pytest.skip("the scorer (../shared/eval/score.py) is not beside the checkout")
    gold, folder, floor = FLOORS[name]
    articles = sorted(folder.glob("*.txt"))
    result = CliRunner().invoke(
        kgraph_cli, ["extract", *map(str, articles), "--format", "json", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in tmp_path.glob("*.json")) == [p.stem for p in articles]
    scored = subprocess.run([sys.executable, str(SCORER), str(gold), str(tmp_path), "--json"],
                            capture_output=True, text=True, check=True)
    report, _ = json.JSONDecoder().raw_decode(scored.stdout)
    f1 = report["facts"]["f1"]
    assert f1 >= floor, f"{name} facts F1 fell to {f1:.3f} (floor {floor})"
    entities, negatives = UNTUNED.get(name, (0.9, 1))
    assert report["entities"]["f1"] >= entities
    assert report["negative_hits"] <= negatives
