"""Built-in pipeline components; importing this module registers them."""
from __future__ import annotations

from . import certainty, dates, linking, mentions, relations, sentences  # noqa: F401
