"""data/articles: the project's own example articles load, are dated, and are not copies."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kgraph.load.text import parse_text

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"


def shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_reference_articles_enough_and_named() -> None:
    assert len(ARTICLES) >= 12
    for path in ARTICLES:
        assert re.fullmatch(r"\d\d-[a-z0-9-]+\.txt", path.name), path.name
    assert (ROOT / "data" / "articles" / "README.md").exists()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_reference_articles_load_with_date(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith(" date ")
    article = parse_text(text, str(path))
    assert article.date is not None
    assert len(article.text.split()) >= 80


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_reference_articles_are_not_copies_of_dev_articles(path: Path) -> None:
    if not DEV.exists():
        pytest.skip("the dev articles are not beside the checkout")
    mine = shingles(path.read_text(encoding="utf-8"))
    for dev in DEV.glob("*.txt"):
        shared = mine & shingles(dev.read_text(encoding="utf-8"))
        assert not shared, f"{path.name} shares text with {dev.name}: {sorted(shared)[:2]}"


def test_reference_articles_leave_the_seed_story_alone() -> None:
    for path in ARTICLES:
        assert "love wins all" not in path.read_text(encoding="utf-8").lower(), path.name


def test_reference_articles_cover_the_phenomena() -> None:
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    for needle in ["'s Lisa", "TWICE' Nayeon", "(Min Yoon-gi)", "real name", "feat.", "featuring",
                   " with J. Cole", "Directed by", "yesterday (", "last month", "enlisted",
                   "discharged", "ahead of", "Perfect All-Kill", "Billboard Hot 100", "nominated",
                   "reportedly", "denied", "rumoured", "could not be confirmed"]:
        assert needle.lower() in corpus.lower(), needle
