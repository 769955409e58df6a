"""Constructions that tell a measure without the usual noun-and-verb pair; on invented text.

Each test names the construction it covers: "the two sides" as the actor of mutual measures,
licences required or granted, validated end users, surtaxes, measures that "start on" a date,
measures in place "since" a month.
"""

from __future__ import annotations

from event_helpers import analyze_events


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def of(evs, instrument: str):
    return [e for e in evs if e.instrument == instrument]


def test_the_two_sides_are_the_countries_of_the_story_each_on_the_other() -> None:
    evs = events("Japan and South Korea ended a week of talks in Seoul on Tuesday. Japanese and Korean "
                 "officials said the two sides would scrap for six months the port fees they began "
                 "charging each other's vessels on March 3.")
    fees = of(evs, "other")
    pairs = {(e.actor, e.target) for e in fees}
    assert pairs >= {("JPN", "KOR"), ("KOR", "JPN")}
    started = [e for e in fees if e.action == "impose"]
    assert {e.event_date for e in started} == {"2025-03-03"}


def test_the_two_sides_cutting_their_tariffs_is_a_cut_on_each_others_goods() -> None:
    evs = events("Australian and Indian negotiators met in Delhi on Monday, and Australia's trade minister "
                 "praised India. Both countries agreed on Wednesday to lower their tariffs for a year.")
    cuts = [e for e in of(evs, "tariff") if e.action == "lower"]
    assert {(e.actor, e.target) for e in cuts} == {("AUS", "IND"), ("IND", "AUS")}
    # "lower their tariffs" is a back-reference that names no goods (eval/README.md, b20's gold)
    assert all(e.subject == () for e in cuts)


def test_measures_put_on_since_a_month_are_dated_by_their_start() -> None:
    evs = events("Brazil has imposed 30% duties on Argentine wine since March, officials said on Thursday.")
    wine = of(evs, "tariff")
    assert wine and wine[0].event_date == "2025-03"


def test_a_record_since_a_year_is_not_the_start_of_a_measure() -> None:
    evs = events("Brazil has imposed 30% duties on Argentine wine, the highest rate for the first time since 2009.")
    wine = of(evs, "tariff")
    assert wine and all(e.event_date != "2009" for e in wine)


def test_a_licence_required_to_sell_goods_is_an_export_control() -> None:
    evs = events("Under rules published by Japan's trade ministry on Monday, exporters will need a license "
                 "to sell advanced lithography systems to Russia.")
    ctrl = of(evs, "export_control")
    assert [(e.actor, e.target, e.action) for e in ctrl] == [("JPN", "RUS", "impose")]
    assert "chipmaking_equipment" in ctrl[0].subject


def test_a_licence_issued_to_a_named_firm_eases_the_control_in_its_sector() -> None:
    evs = events("The U.S. Commerce Department on Tuesday issued a temporary license allowing Huawei to buy "
                 "American goods for its existing networks.")
    ctrl = of(evs, "export_control")
    assert [(e.actor, e.target, e.action) for e in ctrl] == [("USA", "CHN", "ease")]
    assert ctrl[0].subject == ("telecom",)


def test_firms_which_need_licences_under_a_listing_are_no_new_control() -> None:
    evs = events("Washington's listing on Monday weighed on American toolmakers, which need licenses to sell "
                 "equipment to the listed Chinese firms.")
    assert [e for e in of(evs, "export_control") if "need licenses" in e.evidence.text] == []


def test_a_licence_asked_for_is_no_control() -> None:
    evs = events("American chipmakers will apply for licenses to sell chips to India, Washington said on Tuesday.")
    assert of(evs, "export_control") == []


def test_a_licence_outside_trade_in_goods_is_no_control() -> None:
    evs = events("Under rules published by Japan's trade ministry on Monday, firms will need a license to "
                 "open branches in Russia.")
    assert of(evs, "export_control") == []


def test_validated_end_user_status_eases_controls_for_the_firms() -> None:
    evs = events("On Monday Washington designated the Chinese plants of Samsung Electronics as validated end "
                 "users, allowing them to bring in U.S. chipmaking equipment without separate licenses.")
    ctrl = of(evs, "export_control")
    assert ctrl and all(e.action == "ease" and e.actor == "USA" for e in ctrl)


def test_a_surtax_is_a_tariff() -> None:
    evs = events("A 15 per cent surtax on Mexican steel took effect on Wednesday, Ottawa said.")
    got = of(evs, "tariff")
    assert [(e.actor, e.target, e.action, e.magnitude.value) for e in got] == [("CAN", "MEX", "impose", 15.0)]


def test_a_measure_that_starts_on_a_date_is_imposed_then() -> None:
    evs = events("Seoul said a 20 per cent duty on Chinese steel plate would start on July 1.")
    got = of(evs, "tariff")
    assert [(e.actor, e.target, e.action, e.event_date) for e in got] == [("KOR", "CHN", "impose", "2025-07-01")]


def test_a_probe_into_a_countrys_trade_measures_is_opened_not_imposed() -> None:
    evs = events("On Monday Beijing announced a probe into Australia's restrictions on Chinese steel.")
    probes = of(evs, "other")
    assert [(e.actor, e.target, e.action) for e in probes] == [("CHN", "AUS", "announce")]


def test_a_probe_of_something_other_than_trade_is_no_event() -> None:
    evs = events("On Monday Beijing announced a probe into the cause of a factory fire.")
    assert of(evs, "other") == []


def test_a_call_told_as_a_noun_between_leaders_is_a_leaders_call() -> None:
    evs = events("Mexican President Claudia Sheinbaum said on Monday after her call with Trump that the "
                 "talks had gone well.")
    calls = of(evs, "leader_call")
    assert [{e.actor, e.target} for e in calls] == [{"MEX", "USA"}]


def test_countries_exempted_in_a_passive_are_let_off_the_measure_before() -> None:
    evs = events("India on Tuesday imposed a 20% tariff on imported steel and 15% on aluminum. "
                 "Japan and Korea will be exempted while talks continue, officials said.")
    eased = [e for e in of(evs, "tariff") if e.action == "ease"]
    assert sorted((e.actor, e.target) for e in eased) == [("IND", "JPN"), ("IND", "KOR")]
    assert all(set(e.subject) == {"steel", "aluminum"} and e.event_date == "2025-06-17" for e in eased)


def test_an_exemption_far_from_any_measure_is_no_event() -> None:
    evs = events("India on Tuesday imposed a 20% tariff on imported steel. Steelmakers welcomed the move. "
                 "Analysts expect prices to rise. Car makers fear higher costs. "
                 "Japan and Korea will be exempted from the new visa rules, officials said.")
    assert [e for e in of(evs, "tariff") if e.action == "ease"] == []
