"""Doc -> the evaluation document of ``FORMAT.md`` (one JSON object per article).

Entities keep their stable IRIs as ids; facts whose certainty is not ``asserted`` carry it.
Facts about things outside the evaluated vocabulary (``about``, ``appearsIn``) are kept: the
scorer ignores predicates it does not know, and the graph needs them.
"""
from __future__ import annotations

from typing import Any

from .doc import ENTITY_TYPES, Doc

TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


def to_eval_json(doc: Doc) -> dict[str, Any]:
    """The FORMAT.md document for one annotated article."""
    used = {f.s for f in doc.facts} | {f.o for f in doc.facts}
    entities = []
    for key, ent in doc.entities.items():
        if "Event" in ent.types and key not in used:
            continue
        entities.append({
            "id": ent.iri or key,
            "types": sorted(ent.types, key=lambda t: TYPE_ORDER.get(t, 99)),
            "name": ent.name,
            "aliases": sorted(a for a in ent.aliases if a != ent.name),
        })
    ids = {key: (ent.iri or key) for key, ent in doc.entities.items()}
    facts = []
    seen = set()
    for f in doc.facts:
        s = ids.get(f.s, f.s)
        o = f.o if f.p in ("releaseDate", "eventDate", "achievement", "award", "eventType") else ids.get(f.o, f.o)
        k = (s, f.p, o)
        if k in seen:
            continue
        seen.add(k)
        item: dict[str, Any] = {"s": s, "p": f.p, "o": o}
        if f.certainty != "asserted":
            item["certainty"] = f.certainty
        facts.append(item)
    return {"date": doc.article.date.isoformat() if doc.article.date else None,
            "entities": entities, "facts": facts}
