"""Each component alone, on a hand-built Doc (no other component runs)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgraph.kb import ReferenceKB
from kgraph.load.article import Article
from kgraph.pipeline import COMPONENTS, DateExpr, Doc, Entity, Fact, Mention, Pipeline, Sentence

FIXTURE = Path(__file__).parent / "articles" / "reference"
KB = ReferenceKB.load(FIXTURE, cache=False)
V = "https://w3id.org/kgraph/resource/artist/v"
BTS = "https://w3id.org/kgraph/resource/group/bts"


def make(name: str, **config):  # type: ignore[no-untyped-def]
    Pipeline([])  # registers the built-in components
    return COMPONENTS[name].factory(**config)


def doc_of(text: str, day: str | None = "2024-01-30") -> Doc:
    return Doc(article=Article(text=text, date=date.fromisoformat(day) if day else None))


def with_sentences(text: str, spans: list[tuple[int, int]] | None = None, day: str | None = "2024-01-30") -> Doc:
    doc = doc_of(text, day)
    spans = spans or [(0, len(text))]
    doc.sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    return doc


def test_pipeline_components_are_registered_with_their_layers() -> None:
    Pipeline([])
    assert {"sentences", "mentions", "linking", "dates", "relations", "certainty"} <= set(COMPONENTS)
    assert COMPONENTS["relations"].requires == ("entities", "dates")


def test_pipeline_rejects_a_component_whose_input_is_missing() -> None:
    with pytest.raises(ValueError, match="linking.*mentions"):
        Pipeline(["sentences", "linking"])


def test_pipeline_sentences_alone_splits_lines_and_stops_but_not_abbreviations() -> None:
    doc = make("sentences")(doc_of("Headline here\nIt hit No. 4 on the chart. Mr. Franks produced it! Fans cheered."))
    assert [s.text for s in doc.sentences] == ["Headline here", "It hit No. 4 on the chart.",
                                               "Mr. Franks produced it!", "Fans cheered."]
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)


def test_pipeline_mentions_alone_finds_kb_names_titles_and_credited_people() -> None:
    text = "BTS' V joins IU's pre-single Love wins all, directed by Um Tae Hwa."
    doc = make("mentions", kb=KB)(with_sentences(text))
    got = [(m.text, m.label) for m in doc.mentions]
    assert got == [("BTS", "Group"), ("V", "Artist"), ("IU", "Artist"), ("Love wins all", "Song"),
                   ("Um Tae Hwa", "Director")]
    assert doc.mentions[1].candidates == [V]


def test_pipeline_linking_alone_links_resolves_and_mints() -> None:
    text = "BTS' V and Drew Kirsch met."
    doc = with_sentences(text)
    doc.mentions = [Mention(0, 3, "BTS", "Group", 0, "kb", candidates=[BTS]),
                    Mention(5, 6, "V", "Artist", 0, "kb", candidates=[V]),
                    Mention(11, 22, "Drew Kirsch", "Director", 0, "directed-by")]
    doc = make("linking", kb=KB)(doc)
    assert doc.entities[V].kb and doc.entities[V].name == "V"
    drew = doc.entities[doc.mentions[2].entity]
    assert drew.iri == "https://w3id.org/kgraph/resource/person/drew-kirsch" and drew.types == {"Director"}
    assert not drew.kb


def test_pipeline_dates_alone_resolves_relative_dates_against_the_article() -> None:
    text = ("It came out yesterday (April 19). Tours ended last month. The album was out in April last "
            "year. More comes next week. He has served since September. It opens on Friday.")
    spans = []
    start = 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        spans.append((start, min(end, len(text))))
        start = end + 1
    doc = make("dates")(with_sentences(text, spans, day="2024-03-20"))
    got = [(d.text, d.value) for d in doc.dates]
    # "came out" is past tense (an irregular verb): April 19 is the one before the article
    assert got == [("yesterday", "2024-03-19"), ("April 19", "2023-04-19"), ("last month", "2024-02"),
                   ("April last year", "2023-04"), ("next week", None), ("since September", "2023-09"),
                   ("on Friday", "2024-03-22")]


def test_pipeline_dates_past_tense_weekday_is_the_previous_one() -> None:
    doc = make("dates")(with_sentences("The teaser dropped on Friday.", day="2024-03-20"))
    assert [(d.text, d.value) for d in doc.dates] == [("on Friday", "2024-03-15")]


def test_pipeline_dates_without_article_date_stay_unresolved() -> None:
    doc = make("dates")(with_sentences("It was released on January 24 and again on March 3, 2021.", day=None))
    assert [(d.text, d.value) for d in doc.dates] == [("January 24", None), ("March 3, 2021", "2021-03-03")]


def test_pipeline_relations_alone_on_hand_built_entities() -> None:
    text = "BTS' V features on IU's single Love wins all."
    doc = with_sentences(text)
    song = "https://w3id.org/kgraph/resource/song/love-wins-all"
    iu = "https://w3id.org/kgraph/resource/artist/iu"
    doc.entities = {BTS: Entity(BTS, {"Group"}, "BTS", iri=BTS, kb=True), V: Entity(V, {"Artist"}, "V", iri=V, kb=True),
                    iu: Entity(iu, {"Artist"}, "IU", iri=iu, kb=True),
                    song: Entity(song, {"Song"}, "Love wins all", iri=song)}
    doc.mentions = [Mention(0, 3, "BTS", "Group", 0, entity=BTS), Mention(5, 6, "V", "Artist", 0, entity=V),
                    Mention(19, 21, "IU", "Artist", 0, entity=iu), Mention(31, 44, "Love wins all", "Song", 0, entity=song)]
    doc = make("relations", kb=KB)(doc)
    assert {f.key for f in doc.facts} == {(V, "memberOf", BTS), (song, "performer", iu),
                                          (song, "featuredArtist", V)}


def test_pipeline_certainty_alone_marks_hedged_and_denied_sentences() -> None:
    text = "Jin will reportedly enlist. The agency denied that V will enlist. Suga enlisted."
    doc = with_sentences(text, [(0, 27), (28, 65), (66, 80)])
    doc.facts = [Fact("e1", "participant", "jin", sentence=0), Fact("e2", "participant", "v", sentence=1),
                 Fact("e3", "participant", "suga", sentence=2), Fact("v", "memberOf", "bts", sentence=1)]
    doc = make("certainty")(doc)
    assert [f.certainty for f in doc.facts] == ["reported", "denied", "asserted", "asserted"]


def test_pipeline_date_expr_layer_is_plain_data() -> None:
    d = DateExpr(0, 4, "2016", 0, "2016")
    assert (d.value, d.relative) == ("2016", False)


def test_pipeline_placeholder_characters_in_the_text_cannot_forge_mentions() -> None:
    nlp = Pipeline(mentions={"kb": KB}, linking={"kb": KB}, relations={"kb": KB})
    doc = nlp(Article(text="«G0»'s «A1» released «S2» on «T3». BTS' V waved.", date=date(2024, 1, 1)))
    assert {f.key for f in doc.facts} == {(V, "memberOf", BTS)}


def test_pipeline_never_raises_on_odd_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    nlp = Pipeline(mentions={"kb": KB}, linking={"kb": KB}, relations={"kb": KB})
    words = st.sampled_from(["BTS' V", "'", '"', "(feat. ", ")", " - ", "\n", "No. 1 on the Billboard 200",
                             "released on January 24", "directed by", " with ", "Jisoo", "consists of", ":",
                             "won", "2023 Melon Music Awards", "since September", "his", "ahead of",
                             "enlistment", "뷔", "Rosé", "that year", "title track of the same name"])

    @settings(max_examples=60, deadline=None)
    @given(st.lists(words, min_size=1, max_size=30), st.sampled_from([None, date(2024, 2, 29)]))
    def check(parts: list[str], day: date | None) -> None:
        doc = nlp(Article(text=" ".join(parts), date=day))
        for f in doc.facts:
            assert f.s in doc.entities
            assert f.p in {"releaseDate", "eventDate", "achievement", "award", "eventType"} or f.o in doc.entities

    check()
