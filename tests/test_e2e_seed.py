"""End to end on the seed article: extraction, reasoning and the stored query give the answer,
and the answer follows the article when the article changes."""
from __future__ import annotations

from pathlib import Path

from kgraph.api import KnowledgeGraph


def answer(article: Path) -> list[str]:
    kg = KnowledgeGraph()
    report = kg.ingest([article])
    assert report.ok, report.failed
    kg.reason()
    return kg.query("featured_before_enlistment", artist="V").column("title")


def test_e2e_seed_answers_love_wins_all(seed_path: Path) -> None:
    assert answer(seed_path) == ["Love wins all"]


def test_e2e_answer_changes_with_the_article(seed_path: Path, tmp_path: Path) -> None:
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_path.read_text(encoding="utf-8").replace("Love wins all", "Winter Letter"),
                       encoding="utf-8")
    assert answer(changed) == ["Winter Letter"]


def test_e2e_no_enlistment_no_answer(seed_path: Path, tmp_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    for words in ("ahead of his upcoming military enlistment", "ahead of enlisting",
                  "before his military enlistment", "before his enlistment"):
        text = text.replace(words, "")
    changed = tmp_path / "no-enlistment.txt"
    changed.write_text(text, encoding="utf-8")
    assert answer(changed) == []


def test_e2e_alias_parameter_resolves(seed_path: Path) -> None:
    kg = KnowledgeGraph()
    kg.ingest([seed_path])
    kg.reason()
    assert kg.query("featured_before_enlistment", artist="Taehyung").column("title") == ["Love wins all"]
