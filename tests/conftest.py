"""Shared fixtures: small in-memory graphs and paths to the project's data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "dev" / "articles" / "00.txt"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the seed article (../shared/eval/dev/articles/00.txt) is not beside the checkout")
    return SEED
