"""Measures told as a state that began on a date ("have faced a 50% U.S. levy since June", "in force
since", "Since March 12, X has imposed ..."): background ``impose`` events dated by their start
(ANNOTATION.md 1 and 8). Every sentence here is invented."""

from __future__ import annotations

from event_helpers import analyze_events, find


def _one(text: str, published: str, **want: object):  # type: ignore[no-untyped-def]
    evs = analyze_events(text, published, headline=True)
    got = find(evs, **want)
    assert got, [(e.actor, e.target, e.instrument, e.action, e.subject, e.event_date) for e in evs]
    return got[0]


def test_goods_that_have_faced_a_levy_since_a_month() -> None:
    e = _one("Brazilian steel and aluminium have faced a 50% U.S. levy since June, exporters in Sao Paulo said "
             "on Tuesday.", "2025-09-16", actor="USA", target="BRA", instrument="tariff", action="impose")
    assert e.event_date == "2025-06"
    assert "steel" in e.subject


def test_per_cent_levy_faced_since_a_day() -> None:
    e = _one("Japanese cars have faced a 15 per cent American levy since September 16.", "2025-10-20",
             actor="USA", target="JPN", instrument="tariff", action="impose")
    assert e.event_date == "2025-09-16"
    assert "autos" in e.subject


def test_goods_subject_to_duties_since_a_year() -> None:
    e = _one("Chinese solar cells have been subject to European duties since 2013.", "2018-08-30",
             actor="EU", target="CHN", instrument="tariff", action="impose")
    assert e.event_date == "2013"
    assert "solar_cells" in e.subject


def test_subject_to_duties_of_a_rate_since_a_full_date() -> None:
    e = _one("Turkish steel has been subject to 50% American duties since August 13, 2018.", "2019-05-10",
             actor="USA", target="TUR", instrument="tariff", action="impose")
    assert e.event_date == "2018-08-13"


def test_import_ban_faced_since_a_year() -> None:
    e = _one("Malaysian rubber gloves have faced a U.S. import ban since 2021.", "2023-02-14",
             actor="USA", target="MYS", action="impose")
    assert e.event_date == "2021"


def test_firms_on_a_list_since_a_month() -> None:
    e = _one("Chinese drones have been on the U.S. Entity List since December 2020.", "2024-06-01",
             actor="USA", target="CHN", instrument="entity_list", action="impose")
    assert e.event_date == "2020-12"


def test_apposed_in_force_since_past_the_goods() -> None:
    e = _one("Washington's duties on Mexican tomatoes, in force since July 14, have raised prices in Texas.",
             "2025-08-21", actor="USA", target="MEX", instrument="tariff", action="impose")
    assert e.event_date == "2025-07-14"


def test_apposed_in_place_since_is_the_start_not_the_later_suspension() -> None:
    e = _one("The European Union's levies on American whiskey, in place since June 2018, were suspended in 2021.",
             "2022-01-05", actor="EU", target="USA", instrument="tariff", action="impose")
    assert e.event_date == "2018-06"


def test_sentence_opened_by_since_dates_the_perfect() -> None:
    e = _one("Since March 12, the United States has imposed 25% tariffs on all steel imports.", "2025-05-01",
             actor="USA", instrument="tariff", action="impose")
    assert e.event_date == "2025-03-12"
    e = _one("Since April 2, Washington has charged a 10% levy on goods from almost every trading partner.",
             "2025-07-01", actor="USA", instrument="tariff", action="impose")
    assert e.event_date == "2025-04-02"


def test_relative_clause_in_the_perfect_since_a_month() -> None:
    e = _one("The 10% baseline tariff that Washington has charged on imports from nearly every country since "
             "April weighs on exporters.", "2025-09-02", actor="USA", instrument="tariff", action="impose")
    assert e.event_date == "2025-04"


def test_passive_ban_by_a_government_since_a_day() -> None:
    e = _one("Imports of Russian oil have been banned by the EU since December 5.", "2023-01-20",
             actor="EU", target="RUS", action="impose")
    assert e.event_date == "2022-12-05"


def test_demonstrative_restatement_held_since_dates_the_measure_told_before() -> None:
    evs = analyze_events("In April the commerce ministry in Beijing announced duties of 60 per cent on Argentine "
                         "wheat and barley. Those duties have been collected since April 9, and officials said "
                         "that they answered Argentina's curbs on Chinese fertiliser exports.",
                         "2025-06-30", headline=True)
    duties = find(evs, actor="CHN", target="ARG", instrument="tariff", action="impose")
    assert duties and all(e.event_date == "2025-04-09" for e in duties)
    assert not find(evs, actor="ARG", target="CHN", instrument="tariff")  # (the restatement is no event of its own)


def test_a_record_since_a_year_is_no_start() -> None:
    evs = analyze_events("Soybean exports to China fell to their lowest level since 2008 after Beijing imposed "
                         "tariffs of 25% on American soybeans in July.", "2018-11-10", headline=True)
    assert find(evs, actor="CHN", target="USA", action="impose", event_date="2018-07")
    assert not [e for e in evs if e.event_date and e.event_date.startswith("2008")]


def test_possessive_pronoun_on_the_goods_names_the_target() -> None:
    evs = analyze_events("The United States put a 20% tariff on Peruvian textiles on Monday. Peru has been hit "
                         "harder than its neighbours. Its goods have paid 20 per cent since April, and its copper and zinc "
                         "have faced 30 per cent levies since May.",
                         "2025-09-10", headline=True)
    metals = [e for e in evs if e.event_date == "2025-05"]
    assert metals and all((e.actor, e.target) == ("USA", "PER") for e in metals)


def test_rate_charged_on_a_countrys_goods_with_no_instrument_word() -> None:
    e = _one("Since Aug. 7 the United States has charged 25% on Swiss goods that do not qualify for exemptions.",
             "2025-09-10", actor="USA", target="CHE", instrument="tariff", action="impose")
    assert e.event_date == "2025-08-07"
    assert "all_goods" in e.subject


def test_opening_since_does_not_date_the_next_clause() -> None:
    evs = analyze_events("Since March 4 Washington has charged 20% on Peruvian goods, and Lima has imposed duties on "
                         "American wheat.", "2025-09-10", headline=True)
    assert find(evs, actor="USA", target="PER", event_date="2025-03-04")
    answer = find(evs, actor="PER", target="USA", instrument="tariff")
    assert answer and all(e.event_date is None for e in answer)


def test_since_doing_something_dates_that_not_the_measure() -> None:
    evs = analyze_events("Since taking office in January, Trump has raised tariffs on Chinese goods to 145%.",
                         "2025-04-20", headline=True)
    assert find(evs, actor="USA", target="CHN", instrument="tariff", action="raise")
    assert not [e for e in evs if e.event_date and e.event_date.startswith("2025-01")]
