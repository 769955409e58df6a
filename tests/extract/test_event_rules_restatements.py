"""Restatements, effective dates, owners of measures and month resolution, on invented sentences."""

from __future__ import annotations

import datetime as dt

from event_helpers import analyze_events

from tradeshock.extract.dates import find_dates


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def test_in_month_is_past_when_its_own_clause_is() -> None:
    # the sentence looks ahead ("is due to expire"), but the clause of "in May" does not
    text = "The truce the two sides reached in May is due to expire next month."
    got = [d for d in find_dates(text, dt.date(2025, 10, 20)) if d.text == "in May"]
    assert got and got[0].value == "2025-05"


def test_in_month_after_a_future_verb_still_looks_ahead() -> None:
    got = [d for d in find_dates("Tariffs will take effect in June.", dt.date(2025, 10, 20)) if d.text == "in June"]
    assert got and got[0].value == "2026-06"


def test_take_effect_sentence_dates_the_measures_just_told() -> None:
    evs = events("The White House said on Monday it was imposing a tariff of 15 percent on imported steel "
                 "and 5 percent on aluminum. The duties take effect on July 1.")
    tariffs = [e for e in evs if e.instrument == "tariff"]
    assert sorted(e.magnitude.text for e in tariffs if e.magnitude) == ["15 percent", "5 percent"]
    assert all(e.event_date == "2025-07-01" for e in tariffs)
    assert len(tariffs) == 2  # the restatement is not a third event


def test_a_separate_measure_taking_effect_is_its_own_event() -> None:
    evs = events("Ottawa said on Tuesday it would put tariffs on imported steel. "
                 "A separate 25% tariff on imported cars took effect on Thursday.")
    steel = [e for e in evs if e.subject == ("steel",)]
    cars = [e for e in evs if e.subject == ("autos",)]
    assert steel and steel[0].event_date == "2025-06-17"
    assert cars and cars[0].event_date == "2025-06-19"


def test_start_dates_with_an_ellipsis_date_the_rate_named_and_the_rest() -> None:
    evs = events("Washington announced on Wednesday a 10% baseline tariff on imports from every country. "
                 "Japanese goods face an additional 14%, and India faces 16%. "
                 "The 10% baseline takes effect on Saturday and the higher rates on July 9.", "2025-07-03")
    by_rate = {e.magnitude.value: e.event_date for e in evs if e.instrument == "tariff" and e.magnitude}
    assert by_rate[10.0] == "2025-07-05"
    assert by_rate[14.0] == "2025-07-09" and by_rate[16.0] == "2025-07-09"


def test_rate_and_start_date_told_next_join_the_measure() -> None:
    evs = events("Seoul said on Monday it would raise tariffs on 40 billion dollars of Japanese goods. "
                 "Tariffs of up to 20% would apply from July 1 to hundreds of products.")
    tariffs = [e for e in evs if e.instrument == "tariff"]
    assert [(e.action, e.magnitude.text if e.magnitude else None, e.event_date) for e in tariffs] == [
        ("raise", "20%", "2025-07-01")]


def test_applying_tariffs_imposes_them() -> None:
    evs = events("Beijing responded on Monday by applying extra tariffs of 5% on American pork.")
    assert [(e.actor, e.target, e.action) for e in evs if e.instrument == "tariff"] == [("CHN", "USA", "impose")]


def test_demonym_before_the_instrument_owns_the_measure() -> None:
    evs = events("Mexico welcomed the removal of U.S. tariffs on Mexican steel on Friday.")
    assert [(e.actor, e.target, e.action) for e in evs if e.instrument == "tariff"] == [("USA", "MEX", "lower")]


def test_two_coordinated_owners_hit_each_other() -> None:
    evs = events("A new round of EU and Chinese tariffs took effect on Monday.")
    pairs = sorted((e.actor, e.target) for e in evs if e.instrument == "tariff")
    assert pairs == [("CHN", "EU"), ("EU", "CHN")]


def test_the_telling_with_a_verb_leads_a_merged_deal() -> None:
    evs = events("Japan and South Korea held talks in Seoul on June 2. The Japan-South Korea deal in Seoul "
                 "last week eased tensions. The two countries agreed on June 2 to drop their export curbs.")
    deals = [e for e in evs if e.instrument == "agreement"]
    assert len(deals) == 1 and deals[0].event_date == "2025-06-02" and "agreed" in deals[0].evidence.text


def test_a_word_inside_a_capitalised_name_is_not_the_action() -> None:
    evs = events("Washington imposed a 25% tariff on imported steel on Monday. "
                 "The tariffs rest on Section 232 of the Trade Expansion Act of 1962.")
    assert [e.action for e in evs if e.instrument == "tariff"] == ["impose"]
