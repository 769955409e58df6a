"""Reading across sentences: list items, purchase amounts, deal dates, datelines; on invented text."""

from __future__ import annotations

from event_helpers import analyze_events


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def tariffs(evs):
    return [e for e in evs if e.instrument == "tariff"]


def test_goods_rates_told_after_the_measure_are_its_items() -> None:
    evs = events("Ottawa on Monday raised tariffs on a range of Vietnamese imports. "
                 "Duties on steel will climb to 40% from 20% this year, and the rate on solar cells will go "
                 "to 35% from 15%. Certain aluminum products will also be taxed at 30%, up from 10%.")
    items = {e.subject: e for e in tariffs(evs) if e.magnitude is not None}
    assert set(items) >= {("steel",), ("solar_cells",), ("aluminum",)}
    for subject, rate in ((("steel",), 40.0), (("solar_cells",), 35.0), (("aluminum",), 30.0)):
        e = items[subject]
        assert (e.actor, e.target, e.action, e.magnitude.value) == ("CAN", "VNM", "raise", rate)
        assert e.event_date == "2025-06-16"  # the measure's day, not "this year"


def test_per_company_rates_are_one_event_per_rate() -> None:
    evs = events("Brussels' provisional duties of up to 25 per cent on electric buses made in China came into "
                 "force on Thursday. BYD will pay 9 per cent and Geely 14 per cent, while other exporters "
                 "face 25 per cent.")
    got = tariffs(evs)
    assert sorted(e.magnitude.value for e in got if e.magnitude) == [9.0, 14.0, 25.0]
    assert all((e.actor, e.target, e.action, e.event_date) == ("EU", "CHN", "impose", "2025-06-19") for e in got)


def test_share_moves_after_a_tariff_are_not_company_rates() -> None:
    evs = events("The United States on Monday imposed a 20% tariff on imported electric cars. "
                 "BYD sank 6% and Geely lost 4% on the news.")
    assert [e.magnitude.value for e in tariffs(evs) if e.magnitude] == [20.0]


def test_a_separate_measure_is_not_an_item_of_the_one_before() -> None:
    evs = events("The United States on Monday raised tariffs on imported steel to 40%. "
                 "A separate 15% tariff on imported cars took effect on Wednesday.")
    trucks = [e for e in tariffs(evs) if e.subject == ("autos",)]
    assert trucks and trucks[0].event_date == "2025-06-18" and trucks[0].action == "impose"


def test_rates_listed_after_a_colon_split_the_measure() -> None:
    evs = events("Mexico announced on Tuesday tariffs on up to $3bn of American goods from July 1: "
                 "20 per cent on steel, 15 per cent on aluminum.")
    got = tariffs(evs)
    assert sorted((e.subject, e.magnitude.value) for e in got) == [(("aluminum",), 15.0), (("steel",), 20.0)]
    assert all((e.actor, e.target) == ("MEX", "USA") for e in got)


def test_purchase_commitment_with_two_amounts_is_two_events_on_the_deal_day() -> None:
    evs = events("The United States and Japan agreed on Tuesday on a trade truce. "
                 "Officials said Japan had committed to buy 3 million metric tons of American soybeans by "
                 "the end of this year and at least 8 million tons a year after that.")
    buys = [e for e in evs if e.instrument == "agreement" and "purchase" in e.why]
    assert sorted(e.magnitude.text for e in buys if e.magnitude) == ["3 million metric tons", "8 million tons"]
    assert all(e.event_date == "2025-06-17" for e in buys)  # the deal's day, not the deadline's year


def test_a_dateline_does_not_date_the_events() -> None:
    evs = events("SEOUL, June 20 -- South Korea said it had placed export controls on three Japanese "
                 "chemicals.", "2025-06-21")
    ctl = [e for e in evs if e.instrument == "export_control"]
    assert ctl and all(e.event_date != "2025-06-20" for e in ctl)


def test_an_agent_after_by_does_not_outrank_the_subject() -> None:
    evs = events("Canada on Tuesday raised tariffs on Chinese steel to counter a glut fuelled by "
                 "Beijing's subsidies.")
    got = tariffs(evs)
    assert got and got[0].actor == "CAN" and got[0].target == "CHN"


def test_a_party_in_a_participle_clause_is_not_the_target() -> None:
    evs = events("Washington's 30% duties on imported copper came into force on Monday, drawing complaints "
                 "from Chile.")
    got = tariffs(evs)
    assert got and got[0].actor == "USA" and got[0].target is None


def test_all_imports_of_a_country_is_a_global_measure() -> None:
    evs = events("The White House's 25% duties on all US imports of copper came into force on Monday in "
                 "retaliation for what it called dumping by Chile. Chile and the United States have traded "
                 "barbs for months; Chile is the biggest supplier to the United States.")
    got = [e for e in tariffs(evs) if e.actor == "USA"]
    assert got and got[0].target is None


def test_duties_rising_to_a_rate_are_raised() -> None:
    evs = events("Seoul said its duties on Japanese steel will rise to 18 per cent from Wednesday.")
    got = tariffs(evs)
    assert got and got[0].action == "raise" and got[0].magnitude.value == 18.0


def test_an_existing_rate_told_for_comparison_is_not_an_item() -> None:
    evs = events("Brussels' duties of up to 30 per cent on electric buses made in China came into force on "
                 "Thursday. They come on top of the standard 10 per cent rate on imported cars.")
    assert sorted(e.magnitude.value for e in tariffs(evs) if e.magnitude) == [30.0]


def test_the_country_goods_are_made_in_is_the_target() -> None:
    evs = events("The EU's duties on solar panels made in China took effect on Thursday, Japan said.")
    got = tariffs(evs)
    assert got and (got[0].actor, got[0].target) == ("EU", "CHN")
