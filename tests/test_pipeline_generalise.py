"""Whole-pipeline extraction on new sentences for phenomena seen on unseen articles: event
wordings (music-show trophies, sales and streaming milestones, fan events, stage guests,
chained enlistments), references back to the artist in focus, and date attachment."""
from __future__ import annotations

from datetime import date

from kgraph.load.article import Article
from kgraph.pipeline import Pipeline
from tests.test_pipeline_phenomena import run, triples


def events(doc, kind: str) -> list[set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """Per event of that kind: its (predicate, object name/value) pairs."""
    keys = [f.s for f in doc.facts if f.p == "eventType" and f.o == kind]
    out = []
    for k in keys:
        pairs = set()
        for f in doc.facts:
            if f.s == k and f.p != "eventType":
                pairs.add((f.p, f.o if f.p in ("eventDate", "achievement", "award") else doc.entities[f.o].name))
        out.append(pairs)
    return out


def test_pipeline_music_show_first_place_is_an_award_win() -> None:
    doc = run("SEVENTEEN picked up their first trophy on Music Bank on Friday with 'Maestro'.", "2024-05-08")
    assert events(doc, "AwardWin") == [{("award", "first trophy, Music Bank"), ("eventDate", "2024-05-03"),
                                        ("participant", "SEVENTEEN"), ("participant", "Maestro")}]


def test_pipeline_sales_and_stream_milestones_are_chart_achievements() -> None:
    doc = run("IVE released 'Baddie' in October. 'Baddie' sold over two million copies in its first week "
              "and crossed 500 million Spotify streams.")
    got = sorted(dict(e)["achievement"] for e in events(doc, "ChartAchievement"))
    assert got == ["crossed 500 million Spotify streams", "sold over two million copies in its first week"]
    for e in events(doc, "ChartAchievement"):
        assert {("participant", "IVE"), ("participant", "Baddie")} <= e


def test_pipeline_view_counts_are_not_chart_achievements() -> None:
    doc = run("The music video for 'Baddie' by IVE passed 40 million views in a day.")
    assert events(doc, "ChartAchievement") == []


def test_pipeline_daily_chart_with_lowercase_qualifier() -> None:
    doc = run("IVE's 'Baddie' reached No. 1 on Melon's weekly chart.")
    assert events(doc, "ChartAchievement") == [{("achievement", "No. 1 on Melon weekly"), ("participant", "IVE"),
                                                ("participant", "Baddie")}]


def test_pipeline_hugging_fans_at_an_event_is_a_fan_meeting() -> None:
    doc = run("Jungkook hugged 500 fans at a special event on Sunday night.", "2024-01-30")
    assert events(doc, "FanMeeting") == [{("participant", "Jungkook"), ("eventDate", "2024-01-28")}]


def test_pipeline_joined_on_stage_is_a_concert() -> None:
    doc = run("Lisa joined Bruno Mars on stage in Las Vegas last week.")
    assert [("participant", "Lisa") in e for e in events(doc, "Concert")] == [True]


def test_pipeline_followed_by_gives_each_enlistment_its_own_date() -> None:
    doc = run("Suga was the first to go, joining the army in March 2022, followed by Jimin that July.")
    got = sorted(sorted(e) for e in events(doc, "MilitaryEnlistment"))
    assert got == [[("eventDate", "2022-03"), ("participant", "Suga")],
                   [("eventDate", "2022-07"), ("participant", "Jimin")]]


def test_pipeline_weekday_then_explicit_date_uses_the_date() -> None:
    doc = run("IU released 'Love Wins All' on Friday, August 2, 2024, to warm reviews.", "2024-08-20")
    assert ("Love Wins All", "releaseDate", "2024-08-02") in triples(doc)


def test_pipeline_local_tense_window_never_cuts_a_word() -> None:
    # the 40-character window before the date starts inside "scheduled": "duled" is no past verb
    doc = run("IU's fan concert is now scheduled to take place at the KSPO Dome on March 3.", "2024-02-01")
    assert events(doc, "FanMeeting") == [{("participant", "IU"), ("eventDate", "2024-03-03")}]


# -- artists referred back to by description or pronoun ---------------------------------------

def test_pipeline_agency_group_description_names_the_group_that_follows() -> None:
    doc = run("The Starship Entertainment girl group's new single 'Accendio' arrives today. IVE said so.")
    assert ("Accendio", "performer", "IVE") in triples(doc)
    assert ("IVE", "agency", "Starship Entertainment") in triples(doc)


def test_pipeline_copula_with_group_anaphor_gives_membership() -> None:
    doc = run("BLACKPINK landed in Paris. Jisoo is the group's eldest member, and Lisa and Rosé are its "
              "foreign members.")
    assert triples(doc, preds={"memberOf"}) == {("Jisoo", "memberOf", "BLACKPINK"),
                                                ("Lisa", "memberOf", "BLACKPINK"),
                                                ("Rosé", "memberOf", "BLACKPINK")}


def test_pipeline_apposition_with_group_and_role_gives_membership() -> None:
    doc = run("Suga, the BTS rapper born Min Yoon-gi, released 'Haegeum'.")
    assert triples(doc, preds={"memberOf", "performer"}) == {("Suga", "memberOf", "BTS"),
                                                             ("Haegeum", "performer", "Suga")}


def test_pipeline_apposition_naming_another_artist_is_not_the_subject() -> None:
    doc = run("IU, backed by Suga, released 'Eight'.")
    assert ("Eight", "performer", "Suga") not in triples(doc)


def test_pipeline_agency_in_apposition() -> None:
    doc = run("Jungkook praised Big Hit Music, the label he joined in 2013. Pledis Entertainment, "
              "SEVENTEEN's home, and ADOR's NewJeans were there.")
    assert triples(doc, preds={"agency"}) == {("Jungkook", "agency", "Big Hit Music"),
                                              ("SEVENTEEN", "agency", "Pledis Entertainment"),
                                              ("NewJeans", "agency", "ADOR")}


# -- chart results, comparisons, boot camps, hedges -------------------------------------------

def test_pipeline_summit_then_top_the_chart_with_titles() -> None:
    doc = run("NewJeans first reached the top of the Circle chart in 2022 and later topped the chart "
              "with 'Ditto' and 'OMG'.")
    got = sorted(sorted(e) for e in events(doc, "ChartAchievement"))
    assert got == [[("achievement", "No. 1 on Circle"), ("eventDate", "2022"), ("participant", "NewJeans")],
                   [("achievement", "No. 1 on Circle"), ("participant", "Ditto"), ("participant", "NewJeans")],
                   [("achievement", "No. 1 on Circle"), ("participant", "NewJeans"), ("participant", "OMG")]]


def test_pipeline_comparison_with_earlier_acts_is_no_event() -> None:
    doc = run("Few acts had managed it: IVE and aespa, among them, had topped the Billboard 200 before.")
    assert events(doc, "ChartAchievement") == []


def test_pipeline_member_chart_result_is_not_the_groups() -> None:
    doc = run("BTS member Jungkook's 'Seven' debuted at No. 1 on the Billboard Hot 100.")
    assert events(doc, "ChartAchievement") == [{("achievement", "No. 1 on Billboard Hot 100"),
                                                ("participant", "Jungkook"), ("participant", "Seven")}]


def test_pipeline_enlisting_at_a_boot_camp_is_one_enlistment() -> None:
    doc = run("J-Hope enlisted at the Wonju recruit training center on April 18, 2023.")
    assert events(doc, "MilitaryTraining") == []
    assert events(doc, "MilitaryEnlistment") == [{("participant", "J-Hope"), ("eventDate", "2023-04-18")}]


def test_pipeline_expected_in_a_vague_period_is_reported_but_set_for_is_asserted() -> None:
    doc = run("Jin's discharge is expected in late 2025. Jimin's discharge is set for June 2025.")
    assert triples(doc, "reported", {"eventDate"}) == {("event:MilitaryDischarge", "eventDate", "2025")}
    assert triples(doc, "asserted", {"eventDate"}) == {("event:MilitaryDischarge", "eventDate", "2025-06")}


def test_pipeline_certainty_cues_match_whole_words_only() -> None:
    # "mighty" is not "might", "cancellation policy" is not "cancelled"
    doc = run("IU released the mighty 'Holssi' on May 6, 2024, despite a strict cancellation policy.")
    assert ("Holssi", "releaseDate", "2024-05-06") in triples(doc, "asserted")


# -- titles, title tracks and which work a date belongs to ------------------------------------

def test_pipeline_all_caps_title_ends_before_a_lower_case_verb() -> None:
    doc = run("SEVENTEEN dropped the mini album FML in April. The title track SUPER HERO climbed to No. 3 "
              "on the Circle chart.")
    assert ("SUPER HERO", "album", "FML") in triples(doc)
    assert not any("climbed" in e.name for e in doc.entities.values())


def test_pipeline_title_track_takes_the_albums_date() -> None:
    doc = run("Rosé released her album 'Rosie' on December 6, 2024, with the lead single 'Toxic Till the End'. "
              "'Gameboy' is also on it.")
    assert ("Toxic Till the End", "releaseDate", "2024-12-06") in triples(doc)
    assert not any(t[0] == "Gameboy" and t[1] == "releaseDate" for t in triples(doc))


def test_pipeline_its_single_after_an_album_is_the_albums_artists() -> None:
    doc = run("BTS went on a break. Suga released his album 'D-Day' in April; its single 'Haegeum' topped charts.")
    assert ("Haegeum", "performer", "Suga") in triples(doc)
    assert ("Haegeum", "performer", "BTS") not in triples(doc)


def test_pipeline_release_date_goes_to_the_object_of_released() -> None:
    doc = run("Jungkook followed in July with 'Seven' and released his album 'Golden' on November 3.",
              "2023-12-12")
    assert ("Golden", "releaseDate", "2023-11-03") in triples(doc)
    assert ("Seven", "releaseDate", "2023-11-03") not in triples(doc)


# -- credits and member lists -----------------------------------------------------------------

def test_pipeline_act_also_featuring_members_debuted_with_a_song() -> None:
    doc = run("NewJeans made history. The five-member act, also featuring Hanni, Minji and Haerin, "
              "debuted in July 2022 with 'Attention'.")
    assert ("Attention", "performer", "NewJeans") in triples(doc)
    assert not any(p in ("featuredArtist", "performer") and o != "NewJeans" for s, p, o in triples(doc)
                   if s == "Attention")
    assert events(doc, "Debut") == [{("participant", "NewJeans"), ("eventDate", "2022-07")}]


def test_pipeline_act_featuring_list_gives_membership() -> None:
    doc = run("BLACKPINK is back. The quartet, including Jennie and Lisa, posed for photos.")
    assert triples(doc, preds={"memberOf"}) == {("Jennie", "memberOf", "BLACKPINK"),
                                                ("Lisa", "memberOf", "BLACKPINK")}


def test_pipeline_members_performing_together_credit_their_group_and_the_guest() -> None:
    doc = run("BTS took the stage. RM, Jimin and Jungkook performed 'My Universe' alongside Bruno Mars "
              "at the concert.")
    assert triples(doc, preds={"performer"}) == {("My Universe", "performer", "BTS"),
                                                 ("My Universe", "performer", "Bruno Mars")}


def test_pipeline_parenthesised_date_belongs_to_its_title() -> None:
    doc = run("IVE released 'Heya' (April 29) and 'Accendio' (May 2) in Japan.", "2024-06-01")
    assert triples(doc, preds={"releaseDate"}) == {("Heya", "releaseDate", "2024-04-29"),
                                                   ("Accendio", "releaseDate", "2024-05-02")}


# -- which date an event or release gets ------------------------------------------------------

def test_pipeline_past_verb_after_the_date_beats_an_upcoming_album() -> None:
    doc = run("Jisoo on Friday released 'Earthquake', the first single from her upcoming album.", "2025-02-19")
    assert ("Earthquake", "releaseDate", "2025-02-14") in triples(doc)


def test_pipeline_distance_after_debut_is_not_the_debut_date() -> None:
    doc = run("IVE won first place on Inkigayo on December 12, just nine days after debut.", "2021-12-30")
    # the debut comes before the win, but has no date of its own
    assert events(doc, "Debut") == [{("participant", "IVE"), ("before", "IVE: first place, Inkigayo")}]
    assert ("eventDate", "2021-12-12") in events(doc, "AwardWin")[0]


def test_pipeline_since_a_date_is_no_order_between_events() -> None:
    doc = run("Jin has been serving since December 2022, while Suga has been serving since September 2023.")
    assert sorted(sorted(e) for e in events(doc, "MilitaryEnlistment")) == [
        [("eventDate", "2022-12"), ("participant", "Jin")], [("eventDate", "2023-09"), ("participant", "Suga")]]
    assert not any(f.p == "before" for f in doc.facts)


def test_pipeline_began_their_service_is_an_enlistment() -> None:
    doc = run("RM and Jimin began their service on Monday.", "2023-12-13")
    # one service per person (the gold convention): two enlistments on one day
    assert sorted(sorted(e) for e in events(doc, "MilitaryEnlistment")) == [
        [("eventDate", "2023-12-11"), ("participant", "Jimin")], [("eventDate", "2023-12-11"), ("participant", "RM")]]


def test_pipeline_enlisting_then_entering_the_boot_camp_is_one_event() -> None:
    doc = run("Suga enlisted on September 22, 2023, entering the training center in Nonsan.")
    assert events(doc, "MilitaryTraining") == []
    assert events(doc, "MilitaryEnlistment") == [{("participant", "Suga"), ("eventDate", "2023-09-22")}]


def test_pipeline_training_later_in_a_chained_clause_stays_an_event() -> None:
    doc = run("Jin enlisted in December 2022 and then finished basic training in January 2023.")
    assert events(doc, "MilitaryTraining") == [{("participant", "Jin"), ("eventDate", "2023-01")}]


def test_pipeline_stage_guest_named_by_by_is_a_participant() -> None:
    doc = run("Jennie was joined on stage at the Coachella Festival on Sunday by Lisa.", "2023-04-20")
    assert events(doc, "Concert") == [{("participant", "Jennie"), ("participant", "Lisa"),
                                       ("eventDate", "2023-04-16")}]


def test_pipeline_summit_of_the_chart_keeps_its_date_from_later_titles() -> None:
    doc = run("IVE's 'Love Dive' topped the Billboard Global 200. The group first reached the summit of the "
              "chart in 2022 and went on to top the chart with 'Kitsch'.")
    dated = [e for e in events(doc, "ChartAchievement") if ("participant", "Kitsch") in e]
    assert len(dated) == 1 and not any(p == "eventDate" for p, _ in dated[0])
    assert any(("eventDate", "2022") in e and not any(o in ("Kitsch", "Love Dive") for _, o in e)
               for e in events(doc, "ChartAchievement"))


def test_pipeline_the_album_sold_refers_to_the_album() -> None:
    doc = run("Jimin released the album 'FACE' with the single 'Like Crazy'. The album sold more than "
              "one million copies in its first week.")
    got = [e for e in events(doc, "ChartAchievement")]
    assert len(got) == 1 and ("participant", "FACE") in got[0] and ("participant", "Like Crazy") not in got[0]


def test_pipeline_joined_him_on_stage_brings_back_the_previous_subject() -> None:
    doc = run("Jin thanked fans. Jimin and Jungkook joined him on stage at the KSPO Dome on Saturday.",
              "2024-06-20")
    assert events(doc, "Concert") == [{("participant", "Jimin"), ("participant", "Jungkook"),
                                       ("participant", "Jin"), ("eventDate", "2024-06-15")}]


def test_pipeline_pattern_name_cut_at_a_dot_yields_to_the_kb_name() -> None:
    # the fixture KB has no dotted names: the repository's reference KB has both
    doc = Pipeline()(Article(text="The band, also featuring S.Coups and Woozi, smiled. D.O. waved.",
                             date=date(2024, 1, 1)))
    names = {m.text for m in doc.mentions if m.entity}
    assert {"S.Coups", "D.O."} <= names and "S" not in names


def test_pipeline_date_between_subject_and_release_verb() -> None:
    doc = run("BLACKPINK's Jennie on Friday dropped 'Mantra', the first single from her upcoming album.",
              "2024-10-14")
    assert {("Mantra", "performer", "Jennie"), ("Mantra", "releaseDate", "2024-10-11")} <= triples(doc)


def test_pipeline_the_song_milestone_is_the_song_not_the_album() -> None:
    doc = run("IU released 'Love Wins All' from the album 'The Winning'. The song reached No. 1 on Melon's "
              "daily chart and passed 100 million Spotify streams.")
    labels = {dict(e).get("achievement"): e for e in events(doc, "ChartAchievement")}
    assert ("participant", "Love Wins All") in labels["passed 100 million Spotify streams"]
    assert ("participant", "The Winning") not in labels["passed 100 million Spotify streams"]


def test_pipeline_subject_pronoun_before_the_trigger_beats_a_named_group() -> None:
    doc = run("Jungkook thanked fans. Big Hit Music, the agency behind BTS, said he will hold a fan "
              "meeting in August.", "2023-07-14")
    assert events(doc, "FanMeeting") == [{("participant", "Jungkook"), ("eventDate", "2023-08")}]


def test_pipeline_denied_date_is_denied_even_beside_an_asserted_release() -> None:
    doc = run("Big Hit Music denied that Jin will release it in December, but said BTS will release "
              "'Proof' on June 10.", "2024-05-01")
    assert ("Proof", "releaseDate", "2024-06-10") in triples(doc, "asserted")
    assert not any(p == "releaseDate" and o == "2024-12" for _, p, o in triples(doc, "asserted"))


def test_pipeline_second_title_takes_its_own_date_and_lends_the_year() -> None:
    doc = run("NewJeans released 'Ditto' (December 19) and 'OMG' in 2022.", "2024-03-01")
    assert triples(doc, preds={"releaseDate"}) == {("Ditto", "releaseDate", "2022-12-19"),
                                                   ("OMG", "releaseDate", "2022")}


def test_pipeline_has_been_with_an_agency() -> None:
    doc = run("Jisoo smiled. The BLACKPINK member has been with YG Entertainment since 2011.")
    assert ("Jisoo", "agency", "YG Entertainment") in triples(doc)


def test_pipeline_song_named_like_a_group_in_a_title_apposition() -> None:
    doc = Pipeline()(Article(text="aespa topped the chart. It follows Supernova, the quartet's pre-release "
                                  "single released on May 13.", date=date(2024, 5, 28)))
    song = [e for e in doc.entities.values() if e.name.lower() == "supernova"]
    assert len(song) == 1 and song[0].types == {"Song"}
    assert any(f.s == song[0].key and f.p == "performer" and doc.entities[f.o].name == "aespa" for f in doc.facts)


def test_pipeline_artist_apposition_with_group_anaphor_gives_membership() -> None:
    doc = run("BLACKPINK spoke. Rosé, the group's main vocalist, thanked fans.")
    assert triples(doc, preds={"memberOf"}) == {("Rosé", "memberOf", "BLACKPINK")}


def test_pipeline_songwriting_partner_is_not_featured() -> None:
    doc = run("IU released 'Shopper'. The singer wrote the song with Suga.")
    assert not any(p == "featuredArtist" for _, p, _ in triples(doc))


def test_pipeline_vague_schedule_hedges_events_not_track_lists() -> None:
    doc = run("'Haegeum' is taken from Suga's upcoming album 'D-Day', which is expected in April. "
              "His discharge is expected around June 2025.")
    assert ("Haegeum", "album", "D-Day") in triples(doc, "asserted")
    assert ("event:MilitaryDischarge", "eventDate", "2025-06") in triples(doc, "reported")


def test_pipeline_starting_in_a_month_takes_the_nearest_year() -> None:
    doc = run("SEVENTEEN's label confirmed a world tour starting in June.", "2024-05-28")
    assert events(doc, "Concert") == [{("participant", "SEVENTEEN"), ("eventDate", "2024-06")}]


def test_pipeline_all_caps_title_holding_a_kb_name_is_one_title() -> None:
    # "REAL ME" is a KB alias of RM in the repository's reference data
    doc = Pipeline()(Article(text="SEVENTEEN returned with SUPER REAL ME on Monday. SUPER REAL ME is the "
                                  "group's 11th mini album.", date=date(2024, 5, 2)))
    works = {(e.name, tuple(sorted(e.types))) for e in doc.entities.values() if e.types & {"Song", "Album"}}
    assert works == {("SUPER REAL ME", ("Album",))}
    assert not any(e.name == "RM" for e in doc.entities.values())


def test_pipeline_album_and_title_track_of_one_name_are_two_works() -> None:
    doc = run("IVE's album and title track 'Accendio' dropped on May 2.", "2024-05-20")
    assert {("Accendio", "album", "Accendio"), ("Accendio", "releaseDate", "2024-05-02"),
            ("Accendio", "performer", "IVE")} <= triples(doc)
    kinds = sorted(tuple(sorted(e.types)) for e in doc.entities.values() if e.name == "Accendio")
    assert kinds == [("Album",), ("Song",)]
    assert sorted(sorted(doc.entities[f.s].types)[0] for f in doc.facts if f.p == "releaseDate") == ["Album", "Song"]


def test_pipeline_credits_as_featured_artists() -> None:
    doc = run("The remix of 'Seven' credits both Selena Gomez and Jack Harlow as featured artists.")
    assert triples(doc, preds={"featuredArtist"}) == {("Seven", "featuredArtist", "Selena Gomez"),
                                                      ("Seven", "featuredArtist", "Jack Harlow")}


def test_pipeline_fellow_members_make_the_owner_a_member_too() -> None:
    doc = run("BLACKPINK had a big year. Jisoo thanked her fellow members Jennie and Lisa.")
    assert triples(doc, preds={"memberOf"}) == {("Jisoo", "memberOf", "BLACKPINK"),
                                                ("Jennie", "memberOf", "BLACKPINK"),
                                                ("Lisa", "memberOf", "BLACKPINK")}


def test_pipeline_bandmates_including_a_list() -> None:
    doc = run("BTS had a big year. V's bandmates, including RM and J-Hope, attended.")
    assert triples(doc, preds={"memberOf"}) == {("V", "memberOf", "BTS"), ("RM", "memberOf", "BTS"),
                                                ("J-Hope", "memberOf", "BTS")}


def test_pipeline_top_spot_and_service_charts() -> None:
    doc = run("IVE's 'Baddie' claimed the top spot on the Billboard Global 200. It also ranked first on Bugs.")
    assert sorted(dict(e)["achievement"] for e in events(doc, "ChartAchievement")) == [
        "No. 1 on Billboard Global 200", "No. 1 on Bugs"]


def test_pipeline_a_tally_of_many_service_charts_is_no_event() -> None:
    doc = run("IVE's 'Baddie' hit No. 1 on Melon's daily chart, on FLO's real-time chart and on Genie's "
              "weekly chart.")
    assert events(doc, "ChartAchievement") == []


def test_pipeline_more_event_wordings() -> None:
    doc = run("SEVENTEEN held two sold-out shows at Tokyo Dome on Saturday. Suga began serving as a social "
              "service agent in September 2023. J-Hope wrapped up his service on October 17, 2024. "
              "NewJeans made their Japanese debut on June 26.", "2024-11-20")
    assert events(doc, "Concert") == [{("participant", "SEVENTEEN"), ("eventDate", "2024-11-16")}]
    assert events(doc, "MilitaryEnlistment") == [{("participant", "Suga"), ("eventDate", "2023-09")}]
    assert events(doc, "MilitaryDischarge") == [{("participant", "J-Hope"), ("eventDate", "2024-10-17")}]
    assert events(doc, "Debut") == []


def test_pipeline_performer_from_noun_phrases() -> None:
    doc = run("The new single from IVE, 'Accendio', is out. 'Heya', the latest release from aespa, "
              "followed. 'Ditto' marks NewJeans' first winter release.")
    assert triples(doc, preds={"performer"}) == {("Accendio", "performer", "IVE"), ("Heya", "performer", "aespa"),
                                                 ("Ditto", "performer", "NewJeans")}


def test_pipeline_teamed_up_with_on_a_song() -> None:
    doc = run("Jungkook teamed up with Jack Harlow on '3D'.")
    assert triples(doc, preds={"performer", "featuredArtist"}) == {("3D", "performer", "Jungkook"),
                                                                   ("3D", "featuredArtist", "Jack Harlow")}


def test_pipeline_could_not_be_confirmed_is_reported() -> None:
    doc = run("Jimin's enlistment on December 12 could not be independently confirmed.", "2023-12-01")
    assert triples(doc, "reported", {"eventDate"}) == {("event:MilitaryEnlistment", "eventDate", "2023-12-12")}
    assert triples(doc, "asserted", {"eventDate"}) == set()


def test_pipeline_agency_group_description_wins_a_music_show() -> None:
    doc = run("IVE had a big week. The Starship Entertainment girl group won first place on MBC's Show! Music "
              "Core with 'Heya' on Saturday.", "2024-05-06")
    assert events(doc, "AwardWin") == [{("participant", "IVE"), ("participant", "Heya"),
                                        ("award", "first place, Show! Music Core"), ("eventDate", "2024-05-04")}]


def test_pipeline_act_made_up_of_members_debuted() -> None:
    doc = run("BLACKPINK is back. The quartet, made up of Jisoo, Jennie, Rosé and Lisa, debuted in August 2016.")
    assert events(doc, "Debut") == [{("participant", "BLACKPINK"), ("eventDate", "2016-08")}]
    assert len(triples(doc, preds={"memberOf"})) == 4


def test_pipeline_title_track_of_a_single_of_the_same_name_and_its_b_side() -> None:
    doc = run("NewJeans' 'Bubble Gum' came first. 'How Sweet' was released on May 24 as the title track of the "
              "group's double single of the same name, alongside the B-side 'Bubble Gum'.", "2024-06-24")
    assert {("How Sweet", "album", "How Sweet"), ("Bubble Gum", "album", "How Sweet")} <= triples(doc)
    assert sorted(sorted(doc.entities[f.s].types)[0] for f in doc.facts
                  if f.p == "releaseDate" and doc.entities[f.s].name == "How Sweet") == ["Album", "Song"]


def test_pipeline_quoted_fan_meeting_name_is_no_song() -> None:
    doc = run("IVE will hold a fan meeting, 'Dive Into Summer', on July 6.", "2024-06-01")
    assert not any(e.types & {"Song", "Album"} for e in doc.entities.values())


def test_pipeline_performer_from_descriptions() -> None:
    doc = run("'Accendio' is a song by IVE. aespa's latest, 'Supernova', is out. Fans loved 'Ditto', which "
              "NewJeans released in December. In 'Seven', Jungkook sings about love.")
    assert triples(doc, preds={"performer"}) == {("Accendio", "performer", "IVE"), ("Supernova", "performer", "aespa"),
                                                 ("Ditto", "performer", "NewJeans"), ("Seven", "performer", "Jungkook")}


def test_pipeline_possessive_list_of_titles() -> None:
    doc = run("IVE's 'Accendio' and 'Heya' both charted.")
    assert triples(doc, preds={"performer"}) == {("Accendio", "performer", "IVE"), ("Heya", "performer", "IVE")}


def test_pipeline_release_date_goes_to_the_head_of_an_apposition() -> None:
    doc = run("'Armageddon', the follow-up to 'Supernova', was released on May 27. IVE's album 'Switch', "
              "with the title track 'Heya', was released on April 29.", "2024-06-20")
    assert triples(doc, preds={"releaseDate"}) == {("Armageddon", "releaseDate", "2024-05-27"),
                                                   ("Switch", "releaseDate", "2024-04-29"),
                                                   ("Heya", "releaseDate", "2024-04-29")}


def test_pipeline_prod_and_feat_credit_is_split_out_of_the_title() -> None:
    doc = run("IU released 'Eight (prod. & feat. Suga of BTS)' on May 6.", "2020-05-20")
    assert ("Eight", "featuredArtist", "Suga") in triples(doc)
    assert not any("prod" in e.name for e in doc.entities.values())


def test_pipeline_noun_release_and_chart_arrival_set_no_release_date() -> None:
    doc = run("NewJeans released 'Ditto' on December 19, a pre-release track from the album 'OMG', which "
              "arrives on January 2. 'Ditto' arrives at the top of the chart dated January 7.", "2022-12-20")
    assert triples(doc, preds={"releaseDate"}) == {("Ditto", "releaseDate", "2022-12-19"),
                                                   ("OMG", "releaseDate", "2023-01-02")}


def test_pipeline_headline_achievement_without_song_joins_the_one_with_it() -> None:
    doc = run("IU scores a Perfect All-Kill\n\nIU's 'Love Wins All' scored a Perfect All-Kill on Friday.",
              "2024-01-30")
    assert len(events(doc, "ChartAchievement")) == 1
    assert ("participant", "Love Wins All") in events(doc, "ChartAchievement")[0]


def test_pipeline_two_songs_of_one_artist_stay_two_results() -> None:
    doc = run("IVE's 'Kitsch' topped the Melon Top 100. IVE's 'I Am' topped the Melon Top 100 too.")
    assert len(events(doc, "ChartAchievement")) == 2


def test_pipeline_agency_clauses() -> None:
    doc = run("IVE, who are signed to Starship Entertainment, returned. ADOR's NewJeans followed. "
              "Pledis Entertainment, home to SEVENTEEN, spoke. SM Entertainment, which manages aespa, spoke. "
              "IU (EDAM Entertainment) sang.")
    assert triples(doc, preds={"agency"}) == {("IVE", "agency", "Starship Entertainment"),
                                              ("NewJeans", "agency", "ADOR"),
                                              ("SEVENTEEN", "agency", "Pledis Entertainment"),
                                              ("aespa", "agency", "SM Entertainment"),
                                              ("IU", "agency", "EDAM Entertainment")}


def test_pipeline_sentence_opening_adverbial_is_no_title() -> None:
    doc = run("For Three Minutes, the song played on every screen. Within Hours, the track soared.")
    assert not any(e.types & {"Song", "Album"} for e in doc.entities.values())


def test_pipeline_relative_clause_with_alongside_keeps_the_anaphor_subject() -> None:
    doc = run("Jimin will release a new album. The singer, who enlisted in December 2023 alongside fellow member "
              "Jungkook, is scheduled to be discharged in June 2025. His album 'Muse' came out in July.",
              "2024-10-31")
    assert events(doc, "MilitaryEnlistment") == [{("participant", "Jimin"), ("participant", "Jungkook"),
                                                  ("eventDate", "2023-12")}]
    assert events(doc, "MilitaryDischarge") == [{("participant", "Jimin"), ("eventDate", "2025-06")}]
    assert triples(doc, preds={"performer"}) == {("Muse", "performer", "Jimin")}


def test_pipeline_title_cued_both_ways_takes_the_majority() -> None:
    doc = run("Jimin to release 'Muse' deluxe. His second album, 'Muse', sold well. The album 'Muse' charted.")
    assert [sorted(e.types) for e in doc.entities.values() if e.name == "Muse"] == [["Album"]]
