"""Whole-pipeline performer credits and release dates on sentences written for these tests:
titles credited to the act that is the clause subject (lists, anaphors, award wins, 'It
follows'), album links from 'led by' and namesake title tracks, and release dates that a
participle clause gives to the title it modifies rather than to the sentence head."""
from __future__ import annotations

from tests.test_pipeline_phenomena import run, triples

CREDITS = {"performer", "album", "releaseDate"}


def typed(doc, pred: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(type/name, pred, object) for one predicate, so a song and an album of one name differ."""
    out = set()
    for f in doc.facts:
        if f.p == pred:
            s = doc.entities[f.s]
            kind = "Album" if "Album" in s.types else "Song" if "Song" in s.types else "?"
            o = f.o if f.p == "releaseDate" else doc.entities[f.o].name
            out.add((f"{kind}:{s.name}", pred, o))
    return out


# -- 1. performer from the clause subject --------------------------------------------------------
def test_pipeline_credits_chained_with_clauses_share_the_subject() -> None:
    doc = run("SEVENTEEN is back. The 13-member act first reached the summit with 'Cheer Up' and went on "
              "to top the chart with 'TT', 'Knock Knock' and 'Likey'.")
    assert triples(doc, preds={"performer"}) == {(t, "performer", "SEVENTEEN")
                                                  for t in ("Cheer Up", "TT", "Knock Knock", "Likey")}


def test_pipeline_credits_followed_with_hits_such_as() -> None:
    doc = run("IVE is a girl group. The group debuted on December 1, 2021 with 'Eleven', and followed with "
              "hits such as 'Love Dive' and 'After Like' in 2022.")
    assert triples(doc, preds={"performer"}) == {(t, "performer", "IVE") for t in ("Eleven", "Love Dive", "After Like")}
    assert triples(doc, preds={"releaseDate"}) == {("Eleven", "releaseDate", "2021-12-01")}


def test_pipeline_credits_award_for_a_title_is_the_subjects() -> None:
    doc = run("SEVENTEEN won big at the show. The 13-member group took home Best Dance Performance for 'Super'.")
    assert triples(doc, preds={"performer"}) == {("Super", "performer", "SEVENTEEN")}


def test_pipeline_credits_it_follows_keeps_the_act() -> None:
    doc = run("Jungkook released 'Seven' today. It follows 'Standing Next to You', which dropped on June 28.",
              "2024-07-01")
    assert triples(doc, preds=CREDITS) == {
        ("Seven", "performer", "Jungkook"), ("Seven", "releaseDate", "2024-07-01"),
        ("Standing Next to You", "performer", "Jungkook"), ("Standing Next to You", "releaseDate", "2024-06-28")}


def test_pipeline_credits_led_by_links_the_title_track_and_its_date() -> None:
    doc = run("Jennie released her first single album 'RUBY', led by 'Mantra', in March 2024.", "2024-07-01")
    assert triples(doc, preds=CREDITS) == {
        ("RUBY", "performer", "Jennie"), ("RUBY", "releaseDate", "2024-03"),
        ("Mantra", "album", "RUBY"), ("Mantra", "performer", "Jennie"), ("Mantra", "releaseDate", "2024-03")}


def test_pipeline_credits_pre_release_track_in_the_same_sentence() -> None:
    doc = run("IVE are releasing their first single album 'Accendio' on Monday, two weeks after the "
              "pre-release track 'Off The Record'.", "2024-07-01")
    assert triples(doc, preds=CREDITS) == {
        ("Accendio", "performer", "IVE"), ("Accendio", "releaseDate", "2024-07-01"),
        ("Off The Record", "performer", "IVE"), ("Off The Record", "album", "Accendio")}


def test_pipeline_credits_group_possessive_without_a_cue_word() -> None:
    doc = run("aespa returned with 'Armageddon', which arrives six months after the group's 'Drama', "
              "released last November.", "2024-05-20")
    assert triples(doc, preds=CREDITS) == {
        ("Armageddon", "performer", "aespa"), ("Drama", "performer", "aespa"), ("Drama", "releaseDate", "2023-11")}


def test_pipeline_credits_namesake_title_track_is_a_song_of_the_album() -> None:
    doc = run("SEVENTEEN released the mini album 'FML'. SEVENTEEN put out the album's namesake title track.")
    assert typed(doc, "album") == {("Song:FML", "album", "FML")}
    assert typed(doc, "performer") == {("Album:FML", "performer", "SEVENTEEN"), ("Song:FML", "performer", "SEVENTEEN")}


def test_pipeline_credits_album_including_its_namesake_and_another_song() -> None:
    doc = run("Jennie made her solo debut in November 2018 with the single album 'Solo Album', which included "
              "the title track of the same name and 'Blue Sky'.")
    assert typed(doc, "album") == {("Song:Solo Album", "album", "Solo Album"), ("Song:Blue Sky", "album", "Solo Album")}
    assert typed(doc, "performer") == {(w, "performer", "Jennie") for w in ("Album:Solo Album", "Song:Solo Album", "Song:Blue Sky")}


def test_pipeline_credits_fronted_with_title_is_the_subjects() -> None:
    doc = run("With 'Fighter', IVE are back, following 'Untouchable', released on February 2.", "2024-05-20")
    assert triples(doc, preds=CREDITS) == {
        ("Fighter", "performer", "IVE"), ("Untouchable", "performer", "IVE"),
        ("Untouchable", "releaseDate", "2024-02-02")}


def test_pipeline_credits_not_given_across_acts_covers_or_comparisons() -> None:
    doc = run("IVE released 'Baddie', a cover of 'Bad Girl Good Girl'.")
    assert triples(doc, preds={"performer"}) == {("Baddie", "performer", "IVE")}
    doc = run("IVE released 'Baddie' a day after BTS dropped 'Butter'.")
    assert triples(doc, preds={"performer"}) == {("Baddie", "performer", "IVE"), ("Butter", "performer", "BTS")}
    doc = run("IVE released 'Baddie', which is compared to 'Ditto'.")
    assert triples(doc, preds={"performer"}) == {("Baddie", "performer", "IVE")}
    doc = run("Jungkook released 'Seven'. It follows 'Dynamite' by BTS.")
    assert triples(doc, preds={"performer"}) == {("Seven", "performer", "Jungkook"), ("Dynamite", "performer", "BTS")}


# -- 2. a participle date belongs to the title it modifies ---------------------------------------
def test_pipeline_credits_issued_on_dates_the_preview_single_not_the_record() -> None:
    doc = run("The 10-track record 'Armageddon' had been previewed with 'Supernova', a pre-release single "
              "issued on May 13.", "2024-05-20")
    assert triples(doc, preds={"releaseDate"}) == {("Supernova", "releaseDate", "2024-05-13")}


def test_pipeline_credits_pre_release_title_takes_the_date_after_it() -> None:
    doc = run("SEVENTEEN released 'Attacca' led by 'Rock with You' and the pre-release 'Ready to Love' on "
              "October 15.", "2024-05-20")
    assert triples(doc, preds={"releaseDate"}) == {("Ready to Love", "releaseDate", "2023-10-15")}
    assert triples(doc, preds={"performer"}) == {(t, "performer", "SEVENTEEN")
                                                  for t in ("Attacca", "Rock with You", "Ready to Love")}


def test_pipeline_credits_was_released_after_an_apposition_keeps_the_head() -> None:
    doc = run("'Armageddon', the follow-up to 'Supernova', was released on May 27.", "2024-05-30")
    assert triples(doc, preds={"releaseDate"}) == {("Armageddon", "releaseDate", "2024-05-27")}


# -- unquoted titles: a cued KB name, the song leading an album, its namesake's companion --------
def test_pipeline_credits_cued_kb_name_before_a_preposition_is_a_title() -> None:
    doc = run("IVE is releasing their first single album Tahiti on Monday, two weeks after the pre-release "
              "track Kitsch.", "2024-07-01")
    assert typed(doc, "performer") == {("Album:Tahiti", "performer", "IVE"), ("Song:Kitsch", "performer", "IVE")}
    assert typed(doc, "releaseDate") == {("Album:Tahiti", "releaseDate", "2024-07-01")}


def test_pipeline_credits_kb_name_after_a_cue_stays_a_subject_before_a_verb() -> None:
    doc = run("The album Jennie released last year sold well.")
    assert [(m.text, m.label) for m in doc.mentions] == [("Jennie", "Artist")]


def test_pipeline_credits_unquoted_song_leading_an_album() -> None:
    doc = run("Jisoo released her first single album ME, led by FLOWER, in March 2023.", "2024-05-20")
    assert typed(doc, "album") == {("Song:FLOWER", "album", "ME")}
    assert typed(doc, "performer") == {("Album:ME", "performer", "Jisoo"), ("Song:FLOWER", "performer", "Jisoo")}
    assert typed(doc, "releaseDate") == {("Album:ME", "releaseDate", "2023-03"), ("Song:FLOWER", "releaseDate", "2023-03")}


def test_pipeline_credits_unquoted_song_beside_the_namesake_title_track() -> None:
    doc = run("Lisa made her solo debut in September 2021 with the single album LALISA, which included the "
              "title track of the same name and Money.", "2024-05-20")
    assert typed(doc, "album") == {("Song:LALISA", "album", "LALISA"), ("Song:Money", "album", "LALISA")}
    assert typed(doc, "performer") == {(w, "performer", "Lisa") for w in ("Album:LALISA", "Song:LALISA", "Song:Money")}
    assert typed(doc, "releaseDate") == {("Album:LALISA", "releaseDate", "2021-09"), ("Song:LALISA", "releaseDate", "2021-09")}


def test_pipeline_credits_unquoted_title_after_group_possessive_with_a_release_clause() -> None:
    doc = run("aespa's new album arrives six months after the group's Drama, released last November.", "2024-05-20")
    assert triples(doc, preds=CREDITS) == {("Drama", "performer", "aespa"), ("Drama", "releaseDate", "2023-11")}


def test_pipeline_credits_unquoted_preview_single_in_an_a_apposition() -> None:
    doc = run("SEVENTEEN released their album FML. The record was previewed with Fact Check, a pre-release "
              "single issued on May 13.", "2024-05-20")
    assert typed(doc, "performer") == {("Album:FML", "performer", "SEVENTEEN"), ("Song:Fact Check", "performer", "SEVENTEEN")}
    assert typed(doc, "releaseDate") == {("Song:Fact Check", "releaseDate", "2024-05-13")}


def test_pipeline_credits_no_title_from_a_plain_apposition_or_release_clause() -> None:
    doc = run("Jennie, a singer from Seoul, spoke. The company Sunrise, released from court on Monday, spoke.")
    assert {m.label for m in doc.mentions} <= {"Artist", "Group", "Agency"}


# -- 4. all-caps titles are whole, KB names inside or not ----------------------------------------
def test_pipeline_credits_all_caps_title_is_not_cut_by_a_kb_name_inside() -> None:
    doc = run("IVE released the album LOVE V FOREVER on Monday.", "2024-05-22")
    assert [(m.text, m.label) for m in doc.mentions] == [("IVE", "Group"), ("LOVE V FOREVER", "Album")]
    assert typed(doc, "performer") == {("Album:LOVE V FOREVER", "performer", "IVE")}


def test_pipeline_credits_all_caps_words_after_an_acts_possessive_are_a_title() -> None:
    doc = run("IVE's HOME SWEET HOME topped the chart.")
    assert typed(doc, "performer") == {("Song:HOME SWEET HOME", "performer", "IVE")}
    doc = run("BTS' V and Jin spoke.")
    assert {m.label for m in doc.mentions} == {"Group", "Artist"}


def test_pipeline_credits_award_for_a_song_whose_category_ends_in_song() -> None:
    doc = run("BTS made history again. The septet won Favorite Pop Song for 'Butter'.")
    assert triples(doc, preds={"performer"}) == {("Butter", "performer", "BTS")}


def test_pipeline_credits_it_follows_with_no_earlier_title_is_the_act_in_focus() -> None:
    doc = run("Lisa is back. It follows 'Rockstar', which dropped on June 28.", "2024-07-10")
    assert triples(doc, preds=CREDITS) == {("Rockstar", "performer", "Lisa"), ("Rockstar", "releaseDate", "2024-06-28")}


def test_pipeline_credits_record_anaphor_finds_a_title_labelled_song() -> None:
    doc = run("aespa is releasing 'Armageddon' on May 27. The 10-track record had been previewed with "
              "'Supernova', a pre-release single issued on May 13.", "2024-05-20")
    assert triples(doc, preds=CREDITS) == {
        ("Armageddon", "performer", "aespa"), ("Armageddon", "releaseDate", "2024-05-27"),
        ("Supernova", "performer", "aespa"), ("Supernova", "releaseDate", "2024-05-13")}


def test_pipeline_credits_part_number_stays_in_an_unquoted_title() -> None:
    doc = run("Jin's album FACE was previewed with the pre-release single Set Me Free Pt.2, issued on March 17.",
              "2024-05-20")
    assert typed(doc, "performer") == {("Album:FACE", "performer", "Jin"), ("Song:Set Me Free Pt.2", "performer", "Jin")}
    assert typed(doc, "releaseDate") == {("Song:Set Me Free Pt.2", "releaseDate", "2024-03-17")}


def test_pipeline_credits_title_inside_a_closed_parenthetical_is_not_the_verbs_subject() -> None:
    doc = run("'Armageddon' is out. The album, which includes 'Supernova', was released on May 27.", "2024-05-30")
    assert triples(doc, preds={"releaseDate"}) == {("Armageddon", "releaseDate", "2024-05-27")}
    doc = run("'Supernova' came out in May. The album 'Armageddon', with title track 'Armageddon', arrived on "
              "May 27.", "2024-05-30")
    assert typed(doc, "releaseDate") == {("Song:Supernova", "releaseDate", "2024-05"),
                                         ("Album:Armageddon", "releaseDate", "2024-05-27"),
                                         ("Song:Armageddon", "releaseDate", "2024-05-27")}


def test_pipeline_credits_release_of_a_title_takes_the_date_after_it() -> None:
    doc = run("Following the release of 'Drama' in November, aespa dropped 'Armageddon' on May 27.", "2024-05-30")
    assert triples(doc, preds={"releaseDate"}) == {("Drama", "releaseDate", "2023-11"),
                                                   ("Armageddon", "releaseDate", "2024-05-27")}


def test_pipeline_credits_irregular_past_verb_dates_before_the_article() -> None:
    doc = run("'New Woman', a collaboration with Bruno Mars, came out in August.", "2024-05-20")
    assert triples(doc, preds={"releaseDate"}) == {("New Woman", "releaseDate", "2023-08")}
    doc = run("'New Woman', a collaboration with Bruno Mars, will come out in August.", "2024-05-20")
    assert triples(doc, preds={"releaseDate"}) == {("New Woman", "releaseDate", "2024-08")}


# -- album membership ----------------------------------------------------------------------------
def test_pipeline_credits_album_membership_phrases_link_songs() -> None:
    cases = {
        "aespa's album 'Armageddon' contains ten tracks, including 'Supernova' and 'Set The Tone'.":
            {("Supernova", "album", "Armageddon"), ("Set The Tone", "album", "Armageddon")},
        "'Supernova' served as the lead single for aespa's first studio album, 'Armageddon'.":
            {("Supernova", "album", "Armageddon")},
        "The mini album 'ATE' houses eight songs, among them 'Chk Chk Boom' and 'MOUNTAINS'.":
            {("Chk Chk Boom", "album", "ATE"), ("MOUNTAINS", "album", "ATE")},
        "'Supernova' is the pre-release single from 'Armageddon', aespa's first full-length album.":
            {("Supernova", "album", "Armageddon")},
        "IVE's 'ATE' is led by title track 'Chk Chk Boom'.": {("Chk Chk Boom", "album", "ATE")},
    }
    for text, want in cases.items():
        assert triples(run(text), preds={"album"}) == want, text


def test_pipeline_credits_order_words_join_no_song_to_an_album() -> None:
    doc = run("'Supernova' topped the chart a week after the album 'Armageddon'.")
    assert triples(doc, preds={"album"}) == set()
    doc = run("'Supernova' and the album 'Armageddon' both topped the chart.")
    assert triples(doc, preds={"album"}) == set()


def test_pipeline_credits_pre_release_single_belongs_to_the_album_in_focus() -> None:
    doc = run("IVE will release the album 'Switch' on May 27. Two weeks ahead of the album, the group "
              "pre-released 'Accendio' on May 13.", "2024-05-20")
    assert triples(doc, preds={"album"}) == {("Accendio", "album", "Switch")}
    doc = run("IVE will release the album 'Switch' on May 27. The group pre-released 'Accendio' on May 13.", "2024-05-20")
    assert triples(doc, preds={"album"}) == set()


def test_pipeline_credits_award_list_and_nomination_for_a_title() -> None:
    doc = run("BTS won big. The septet, which had been nominated in three categories, swept all of them: Artist "
              "of the Year, Favorite Pop Duo or Group, and Favorite Pop Song for 'Butter'. Earlier, the group was "
              "nominated for a Grammy in Best Pop Duo/Group Performance for 'Dynamite'.")
    assert triples(doc, preds={"performer"}) == {("Butter", "performer", "BTS"), ("Dynamite", "performer", "BTS")}


def test_pipeline_credits_performed_with_a_described_band() -> None:
    doc = run("At the ceremony, BTS performed 'My Universe' with British band Coldplay.")
    assert triples(doc, preds={"performer"}) == {("My Universe", "performer", "BTS"), ("My Universe", "performer", "Coldplay")}


def test_pipeline_credits_debut_with_after_an_agency_keeps_the_date() -> None:
    doc = run("IVE debuted in December 2021 under Starship Entertainment with 'Eleven'.")
    assert triples(doc, preds={"releaseDate"}) == {("Eleven", "releaseDate", "2021-12")}


def test_pipeline_credits_led_by_the_single_takes_the_album_date() -> None:
    doc = run("IVE is back with the album 'Switch'. Released on July 19, the eight-track record is led by the "
              "single 'Accendio'.", "2024-07-25")
    assert triples(doc, preds={"releaseDate"}) == {("Switch", "releaseDate", "2024-07-19"),
                                                   ("Accendio", "releaseDate", "2024-07-19")}


def test_pipeline_credits_name_particle_needs_a_word_boundary() -> None:
    doc = run("The nine-member group IVE debuted in December 2021 under Starship Entertainment with 'Eleven'.")
    assert [(m.text, m.label) for m in doc.mentions][:1] == [("IVE", "Group")]
    assert triples(doc, preds={"performer", "releaseDate"}) == {("Eleven", "performer", "IVE"),
                                                                ("Eleven", "releaseDate", "2021-12")}


def test_pipeline_credits_as_a_member_of_credits_the_group_for_with_titles() -> None:
    doc = run("Jungkook is back. As a member of BTS, the singer has already led the ranking six times, with "
              "songs including 'Dynamite' and 'Butter'.")
    assert triples(doc, preds={"performer"}) == {("Dynamite", "performer", "BTS"), ("Butter", "performer", "BTS")}


def test_pipeline_credits_member_named_with_their_group_releases_their_own_title() -> None:
    assert triples(run("As a member of BTS, Jungkook released 'Seven' on his own."), preds={"performer"}) == {
        ("Seven", "performer", "Jungkook")}
    assert triples(run("Jennie of BLACKPINK released 'Mantra'."), preds={"performer"}) == {
        ("Mantra", "performer", "Jennie")}
