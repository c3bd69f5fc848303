"""scripts/build_reference.py: the reference KB holds real facts, parses, and stays in the ontology."""
from __future__ import annotations

import csv
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace

from kgraph.vocab import KG, RES

OWL, RDF, RDFS, SKOS = namespace.OWL, namespace.RDF, namespace.RDFS, namespace.SKOS
XSD_DATE, XSD_GYEAR = namespace.XSD.date, namespace.XSD.gYear

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "reference"
WD = Namespace("http://www.wikidata.org/entity/")
ALLOWED_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(SKOS), str(KG))


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_reference", ROOT / "scripts" / "build_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_reference"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_builder()


@pytest.fixture(scope="module")
def built(builder: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (SOURCE / "kpopdle-wikidata" / "idols.json").exists():
        pytest.skip("source data (../shared/data/reference) is not beside the checkout")
    out = tmp_path_factory.mktemp("reference")
    assert builder.main([str(SOURCE), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def graph(built: Path) -> Graph:
    return Graph().parse(built / "reference.ttl", format="turtle")


def artist(slug: str) -> URIRef:
    return RES[f"artist/{slug}"]


def test_reference_build_v_is_bts_member_with_aliases(graph: Graph) -> None:
    v = artist("v")
    assert (v, RDF.type, KG.Artist) in graph
    assert (v, KG.memberOf, RES["group/bts"]) in graph
    assert (v, SKOS.altLabel, Literal("Taehyung")) in graph
    assert (v, KG.hangulName, Literal("김태형")) in graph
    assert (v, KG.birthName, Literal("Kim Tae-hyung")) in graph
    assert (v, OWL.sameAs, WD.Q18388296) in graph


def test_reference_build_blackpink_has_four_current_members(graph: Graph) -> None:
    blackpink = RES["group/blackpink"]
    members = {str(graph.value(a, SKOS.prefLabel)) for a in graph.subjects(KG.memberOf, blackpink)}
    assert members == {"Jisoo", "Jennie", "Rosé", "Lisa"}
    assert (blackpink, KG.debutDate, Literal("2016-08-08", datatype=XSD_DATE)) in graph
    assert (blackpink, KG.agency, RES["agency/yg-entertainment"]) in graph


def test_reference_build_iu_is_curated_soloist(graph: Graph) -> None:
    iu = artist("iu")
    assert (iu, RDF.type, KG.Artist) in graph
    assert (iu, KG.birthName, Literal("Lee Ji-eun")) in graph
    assert (iu, KG.birthDate, Literal("1993-05-16", datatype=XSD_DATE)) in graph
    assert (iu, KG.agency, RES["agency/edam-entertainment"]) in graph
    assert not list(graph.objects(iu, KG.memberOf))


def test_reference_build_jin_military_service_dates(graph: Graph) -> None:
    jin = artist("jin-bts")  # another Jin (Lovelyz) exists, so the slug carries the group
    assert (jin, KG.memberOf, RES["group/bts"]) in graph
    assert (artist("jin-lovelyz"), RDF.type, KG.Artist) in graph
    enlist = RES["event/militaryenlistment-jin-bts-2022-12-13"]
    assert {enlist} == set(graph.subjects(KG.participant, jin)) & set(
        graph.subjects(RDF.type, KG.MilitaryEnlistment))
    assert (enlist, RDF.type, KG.Event) in graph
    assert (enlist, KG.eventDate, Literal("2022-12-13", datatype=XSD_DATE)) in graph
    assert graph.value(enlist, KG.sourceNote) is not None
    discharge = RES["event/militarydischarge-jin-bts-2024-06-12"]
    assert (discharge, KG.participant, jin) in graph


def test_reference_build_shared_stage_names_are_disambiguated(graph: Graph) -> None:
    jisoos = {s for s in graph.subjects(SKOS.prefLabel, Literal("Jisoo"))}
    assert len(jisoos) >= 2
    assert artist("jisoo-blackpink") in jisoos
    assert artist("jisoo") not in jisoos


def test_reference_build_former_members_and_subunits(graph: Graph) -> None:
    assert (artist("seungri"), KG.formerMemberOf, RES["group/bigbang"]) in graph
    assert (artist("seungri"), KG.memberOf, RES["group/bigbang"]) not in graph
    assert (RES["group/3racha"], KG.subunitOf, RES["group/stray-kids"]) in graph
    assert (RES["agency/big-hit-music"], KG.parentCompany, RES["agency/hybe"]) in graph


def test_reference_build_year_only_dates_are_gyear(graph: Graph) -> None:
    v_birth = graph.value(artist("v"), KG.birthDate)
    assert v_birth == Literal("1995", datatype=XSD_GYEAR)
    padded = [o for o in graph.objects(None, KG.debutDate) if str(o).endswith("-01-01")]
    assert padded == []


def test_reference_build_noisy_aliases_dropped(graph: Graph) -> None:
    labels = [str(o) for o in graph.objects(None, SKOS.altLabel)]
    assert "South Korean singer" not in labels
    assert not [label for label in labels if "|" in label]
    assert (RES["group/seventeen"], SKOS.altLabel, Literal("Seventeen (band)")) not in graph


def test_reference_build_uses_only_ontology_terms(graph: Graph) -> None:
    ontology = Graph().parse(ROOT / "ontology" / "kpop.ttl")
    defined = set(ontology.subjects())
    for s, p, o in graph:
        assert str(p).startswith(ALLOWED_NAMESPACES), p
        if str(p).startswith(str(KG)):
            assert p in defined, p
        if p == RDF.type:
            assert o in defined, o


def test_reference_build_names_index(built: Path) -> None:
    with (built / "names.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    by_key: dict[str, set[str]] = {}
    for row in rows:
        by_key.setdefault(row["key"], set()).add(row["iri"])
    assert by_key["taehyung"] == {str(artist("v"))}
    assert str(artist("rose")) in by_key["rose"]
    assert len(by_key["jisoo"]) >= 2
    assert str(RES["agency/hybe"]) in by_key["bighitentertainment"]


def test_reference_build_sources_attribution(built: Path) -> None:
    text = (built / "SOURCES.md").read_text(encoding="utf-8")
    assert "Wikidata (CC0" in text and "CC BY-SA 4.0" in text
    assert "kpopnet.json by Kagami Hiiragi" in text


def test_reference_build_is_deterministic_and_matches_committed(built: Path) -> None:
    committed = ROOT / "data" / "reference" / "reference.ttl"
    assert committed.read_bytes() == (built / "reference.ttl").read_bytes(), (
        "data/reference is stale: run scripts/build_reference.py")


def test_reference_build_missing_source_is_a_clear_error(builder: ModuleType, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert builder.main([str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "groups.json: file not found" in err
    assert "Traceback" not in err


def test_reference_build_bad_curated_row_names_the_file(builder: ModuleType, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    if not (SOURCE / "kpopnet" / "kpopnet.json").exists():
        pytest.skip("source data is not beside the checkout")
    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "data" / "reference" / "curated", curated)
    with (curated / "military.csv").open("a", encoding="utf-8") as fh:
        fh.write("V,BTS,enlistment,2023-13-45x,made up\n")
    assert builder.main([str(SOURCE), "--out", str(tmp_path / "out"), "--curated", str(curated)]) == 1
    assert "military.csv: bad date '2023-13-45x'" in capsys.readouterr().err


@pytest.mark.parametrize(("slug", "enlisted", "discharged"), [
    ("jin-bts", "2022-12-13", "2024-06-12"),
    ("j-hope", "2023-04-18", "2024-10-17"),
    ("suga", "2023-09-22", "2025-06-21"),
    ("rm", "2023-12-11", "2025-06-10"),
    ("v", "2023-12-11", "2025-06-10"),
    ("jimin-bts", "2023-12-12", "2025-06-11"),
    ("jungkook", "2023-12-12", "2025-06-11"),
])
def test_reference_build_bts_service_dates(graph: Graph, slug: str, enlisted: str,
                                           discharged: str) -> None:
    person = artist(slug)
    assert (person, KG.memberOf, RES["group/bts"]) in graph
    dates = {}
    for event in graph.subjects(KG.participant, person):
        for kind in (KG.MilitaryEnlistment, KG.MilitaryDischarge):
            if (event, RDF.type, kind) in graph:
                dates[kind] = str(graph.value(event, KG.eventDate))
    assert dates == {KG.MilitaryEnlistment: enlisted, KG.MilitaryDischarge: discharged}


def test_reference_build_curated_aliases_and_agencies(graph: Graph) -> None:
    assert (RES["group/bts"], SKOS.altLabel, Literal("Bangtan Boys")) in graph
    assert (artist("jennie"), KG.agency, RES["agency/odd-atelier"]) in graph
    assert (artist("jennie"), KG.memberOf, RES["group/blackpink"]) in graph
    assert (artist("bruno-mars"), RDF.type, KG.Artist) in graph
    assert (RES["group/coldplay"], RDF.type, KG.Group) in graph
    assert (artist("suga"), SKOS.altLabel, Literal("Agust D")) in graph
    assert (artist("suga"), KG.birthName, Literal("Min Yoon-gi")) in graph


def test_reference_build_malformed_record_names_the_source(builder: ModuleType, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    if not (SOURCE / "kpopnet" / "kpopnet.json").exists():
        pytest.skip("source data is not beside the checkout")
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    for path in [source, *source.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # the shared copy is read-only
    groups = source / "kpopdle-wikidata" / "groups.json"
    groups.write_text('{"groups": [{"id": "Q1"}]}', encoding="utf-8")
    assert builder.main([str(source), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "kpopdle-wikidata: malformed record (KeyError: 'name')" in err
