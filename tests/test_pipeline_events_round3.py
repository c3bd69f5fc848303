"""Whole-pipeline events on sentences written for these tests: one military service per person,
a stage guest never serves the host's service, a group anaphor before a debut names the group,
and another act's event named only as a yardstick is no event."""
from __future__ import annotations

from tests.test_pipeline_generalise import events
from tests.test_pipeline_phenomena import run


def test_pipeline_events_coordinated_enlistment_is_one_event_per_person() -> None:
    doc = run("Jin and Suga enlisted on March 11, 2018.")
    assert sorted(sorted(e) for e in events(doc, "MilitaryEnlistment")) == [
        [("eventDate", "2018-03-11"), ("participant", "Jin")], [("eventDate", "2018-03-11"), ("participant", "Suga")]]


def test_pipeline_events_coordinated_discharge_is_one_event_per_person() -> None:
    doc = run("Jin and Suga were discharged on June 12, 2024.", "2024-06-20")
    assert sorted(sorted(e) for e in events(doc, "MilitaryDischarge")) == [
        [("eventDate", "2024-06-12"), ("participant", "Jin")], [("eventDate", "2024-06-12"), ("participant", "Suga")]]


def test_pipeline_events_stage_guest_gets_no_military_event() -> None:
    doc = run("Bruno Mars joined Jin on stage, his first show since his discharge in June.", "2024-10-01")
    assert events(doc, "Concert") == [{("participant", "Bruno Mars"), ("participant", "Jin")}]
    assert [{p for p in e if p[0] != "before"} for e in events(doc, "MilitaryDischarge")] == [
        {("participant", "Jin"), ("eventDate", "2024-06")}]
    doc = run("Bruno Mars joined Jin on stage in Seoul. It was his first show since his discharge in June.", "2024-10-01")
    # the stated order ('first show since his discharge') is kept; the guest still serves nothing
    assert events(doc, "MilitaryDischarge") == [{("participant", "Jin"), ("eventDate", "2024-06"),
                                                 ("before", "Bruno Mars and Jin concert")}]


def test_pipeline_events_group_anaphor_debut_is_the_groups() -> None:
    doc = run("BTS' Jin thanked fans for their support since the group's debut in 2013.")
    assert events(doc, "Debut") == [{("participant", "BTS"), ("eventDate", "2013")}]
    doc = run("BTS is back. Jin thanked ARMY for their support since the group debuted in 2013.")
    assert events(doc, "Debut") == [{("participant", "BTS"), ("eventDate", "2013")}]


def test_pipeline_events_yardstick_event_of_another_act_is_no_event() -> None:
    doc = run("IVE will hold a fan meeting in August, a month after BTS' fan meeting in July.", "2024-05-01")
    assert events(doc, "FanMeeting") == [{("participant", "IVE"), ("eventDate", "2024-08")}]
    # the act in focus keeps its own event even when named as a yardstick
    doc = run("BTS will hold a concert. IVE's show came a month after BTS' fan meeting in July.", "2024-05-01")
    assert events(doc, "FanMeeting") == [{("participant", "BTS"), ("eventDate", "2023-07")}]


def test_pipeline_events_next_day_counts_from_the_latest_full_date() -> None:
    doc = run("Jin was discharged on June 12 and held a fan meeting the next day.", "2024-06-20")
    assert events(doc, "FanMeeting") == [{("participant", "Jin"), ("eventDate", "2024-06-13")}]
    doc = run("Jin was discharged on June 12. Two days later, he held a fan meeting.", "2024-06-20")
    assert events(doc, "FanMeeting") == [{("participant", "Jin"), ("eventDate", "2024-06-14")}]


def test_pipeline_events_days_later_without_an_earlier_date_gives_none() -> None:
    doc = run("Jin held a fan meeting two days later.", "2024-06-20")
    assert events(doc, "FanMeeting") == [{("participant", "Jin")}]


def test_pipeline_events_country_format_paraphrase_is_the_named_charts_result() -> None:
    doc = run("Jungkook's 'Seven' topped the Billboard Hot 100 on April 8, making him the first K-pop soloist "
              "to hit No. 1 on US singles charts.", "2024-04-20")
    assert events(doc, "ChartAchievement") == [{("achievement", "No. 1 on Billboard Hot 100"), ("eventDate", "2024-04-08"),
                                                ("participant", "Jungkook"), ("participant", "Seven")}]
    doc = run("Jungkook's 'Seven' hit No. 1 on US singles charts.")
    assert [dict(e)["achievement"] for e in events(doc, "ChartAchievement")] == ["No. 1 on US singles"]
