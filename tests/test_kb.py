"""ReferenceKB: name normalisation, lookup, Turtle loading and caching, minted IRIs."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import KGraphError
from kgraph.kb import Candidate, ReferenceKB, mint_iri, normalize, slugify, squash

FIXTURE = Path(__file__).parent / "articles" / "reference"


@pytest.fixture(scope="module")
def kb() -> ReferenceKB:
    return ReferenceKB.load(FIXTURE, cache=False)


def test_kb_normalize_ignores_case_accents_and_punctuation() -> None:
    assert normalize("Rosé") == normalize("ROSE") == "rose"
    assert squash("Min Yoon-gi") == squash("min yoongi") == "minyoongi"
    assert normalize("Left & Right") == "left and right"


def test_kb_lookup_is_case_accent_hyphen_and_hangul_tolerant(kb: ReferenceKB) -> None:
    assert [c.name for c in kb.lookup("MIN YOONGI")] == ["Suga"]
    assert [c.name for c in kb.lookup("Rose")] == ["Rosé"]
    assert [c.name for c in kb.lookup("방탄소년단")] == ["BTS"]
    assert [c.name for c in kb.lookup("kim taehyung")] == ["V"]
    assert kb.lookup("Nobody Here") == []


def test_kb_lookup_returns_every_namesake(kb: ReferenceKB) -> None:
    iris = sorted(c.iri for c in kb.lookup("Jisoo"))
    assert iris == ["https://w3id.org/kgraph/resource/artist/jisoo-blackpink",
                    "https://w3id.org/kgraph/resource/artist/jisoo-tahiti"]


def test_kb_entries_carry_groups_agencies_and_types(kb: ReferenceKB) -> None:
    v = kb.lookup("V")[0]
    assert v.types == {"Artist"}
    assert v.groups == {"https://w3id.org/kgraph/resource/group/bts"}
    bts = kb.lookup("BTS")[0]
    assert bts.types == {"Group"}
    assert bts.agencies == {"https://w3id.org/kgraph/resource/agency/big-hit-music"}
    assert kb.describe(v.iri)["groups"] == ["BTS"]


def test_kb_load_caches_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    src = tmp_path / "ref"
    src.mkdir()
    (src / "a.ttl").write_text((FIXTURE / "fixture.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    first = ReferenceKB.load(src)
    assert list((tmp_path / "cache" / "kgraph").glob("kb-*.pickle"))
    assert ReferenceKB.load(src) is first
    # a changed file is a new index
    (src / "a.ttl").write_text('@prefix kg: <https://w3id.org/kgraph/ontology#> .\n'
                               '<https://w3id.org/kgraph/resource/group/x> a kg:Group ;'
                               ' <http://www.w3.org/2004/02/skos/core#prefLabel> "X Group" .\n', encoding="utf-8")
    changed = ReferenceKB.load(src)
    assert [c.name for c in changed] == ["X Group"]


def test_kb_bad_turtle_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KGraphError, match="bad.ttl"):
        ReferenceKB.load(tmp_path, cache=False)


def test_kb_missing_folder_is_an_empty_kb(tmp_path: Path) -> None:
    assert len(ReferenceKB.load(tmp_path / "nowhere")) == 0


def test_kb_from_dicts_merges_entries() -> None:
    kb = ReferenceKB.from_dicts([{"iri": "x:1", "types": ["Artist"], "name": "A", "aliases": ["Ay"]},
                                 {"iri": "x:1", "types": "Artist", "name": "A", "aliases": ["Aye"]}])
    assert len(kb) == 1
    assert kb.get("x:1").aliases == {"Ay", "Aye"}
    assert isinstance(kb.lookup("aye")[0], Candidate)


def test_kb_mint_iri_is_stable_and_typed() -> None:
    assert mint_iri("Song", "Love wins all") == "https://w3id.org/kgraph/resource/song/love-wins-all"
    assert mint_iri("Song", "LOVE WINS ALL!") == mint_iri("Song", "Love wins all")
    assert mint_iri("MusicVideo", "Left & Right") == "https://w3id.org/kgraph/resource/mv/left-and-right"
    assert mint_iri("Director", "Um Tae Hwa") == "https://w3id.org/kgraph/resource/person/um-tae-hwa"
    assert slugify("뷔").startswith("x") and slugify("뷔") == slugify("뷔")
    with pytest.raises(ValueError, match="Planet"):
        mint_iri("Planet", "Mars")


def test_kb_repository_reference_links_known_names() -> None:
    kb = ReferenceKB.load()
    if not len(kb):
        pytest.skip("data/reference has not been built")
    assert any("Group" in c.types for c in kb.lookup("BLACKPINK"))
    assert any(c.name == "Suga" for c in kb.lookup("Min Yoongi"))
