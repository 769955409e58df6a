"""Who did it to whom (round 11): passive agents, relative clauses, lists of partners and targets,
groups told back; on invented text."""

from __future__ import annotations

from event_helpers import analyze_events


def events(text: str, published: str = "2025-09-10"):  # a Wednesday
    return analyze_events(text, published, headline=True)


def parties(evs, instrument: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor, e.target) for e in evs if e.instrument == instrument}


def test_a_capital_after_by_with_a_date_after_it_is_the_agent_of_the_passive() -> None:
    evs = events("Hikvision was placed on the Entity List by Washington in October 2019.")
    assert parties(evs, "entity_list") == {("USA", "CHN")}


def test_a_capital_before_a_relative_clause_is_its_subject() -> None:
    evs = events("Taipei joined the campaign on Monday. Officials cited Washington, which placed ZTE on its "
                 "Entity List in 2019.")
    assert parties(evs, "entity_list") == {("USA", "CHN")}


def test_a_capital_opening_its_clause_before_an_aside_is_the_government() -> None:
    evs = events("Washington raised tariffs on steel. Ottawa, for its part, imposed a 15% surtax on Chinese "
                 "aluminium on Monday.")
    assert ("CAN", "CHN") in parties(evs, "tariff") and ("USA", "CHN") not in parties(evs, "tariff")


def test_a_place_before_a_relative_clause_is_no_government() -> None:
    evs = events("Envoys met in Seoul, which hosted the first round, and agreed to cut tariffs on cars.")
    assert ("KOR", None) not in parties(evs, "tariff")
    assert evs == [], evs  # no government named for the envoys: no event at all


def test_a_measure_on_goods_from_a_list_of_countries_takes_effect_on_each() -> None:
    evs = events("The White House raised tariffs across Asia in July. The 25% tariff on goods from Laos, "
                 "Nepal and Bhutan takes effect on Friday.")
    hit = {e.target for e in evs if e.instrument == "tariff" and e.action == "impose"}
    assert hit == {"LAO", "NPL", "BTN"}
    assert all(e.actor == "USA" for e in evs if e.instrument == "tariff")


def test_a_list_with_the_before_a_name_is_still_one_list() -> None:
    evs = events("Washington raised tariffs in July. Duties of 19% on goods from Peru, the Philippines and "
                 "Chile came into force on Friday.")
    assert parties(evs, "tariff") >= {("USA", "PER"), ("USA", "PHL"), ("USA", "CHL")}
    assert ("CHL", "PER") not in parties(evs, "tariff")


def test_deals_signed_with_a_list_of_partners_after_a_date_are_one_deal_each() -> None:
    evs = events("Britain signed trade agreements on Monday with Norway and Iceland.")
    assert parties(evs, "agreement") == {("GBR", "NOR"), ("GBR", "ISL")}


def test_deals_struck_in_a_relative_clause_with_a_list_of_partners() -> None:
    evs = events("Tuesday's order follows the framework deals that Washington struck last week with Kenya, "
                 "Ghana and Nigeria.")
    assert parties(evs, "agreement") == {("USA", "KEN"), ("USA", "GHA"), ("USA", "NGA")}


def test_two_countries_reaching_a_deal_with_a_third_are_two_deals() -> None:
    evs = events("Peru and Chile reached a trade deal with Japan on Friday.")
    assert parties(evs, "agreement") == {("PER", "JPN"), ("CHL", "JPN")}


def test_both_countries_before_a_measure_on_a_named_target_are_the_two_told_before() -> None:
    evs = events("Mexico and Canada reached a deal with the United States on Friday. Both countries will scrap "
                 "their retaliatory duties on American pork.")
    cut = {(e.actor, e.target) for e in evs if e.instrument == "tariff" and e.action == "lower"}
    assert cut == {("MEX", "USA"), ("CAN", "USA")}


def test_the_last_of_a_list_of_deal_partners_is_no_actor_of_the_relative_clause() -> None:
    evs = events("Trade officials said on Tuesday that the White House had struck deals with Peru, Chile and "
                 "Bolivia, which promised to remove the tariffs on some copper.")
    cut = [e for e in evs if e.instrument == "tariff" and e.action == "lower"]
    assert cut and all(e.actor == "USA" for e in cut)


def test_a_country_in_an_aside_after_the_goods_origin_is_no_second_target() -> None:
    evs = events("Canada on Friday banned imports of Russian aluminium, its first step since the invasion of "
                 "Ukraine to touch the metal.", "2022-03-10")
    assert parties(evs, "import_restriction") == {("CAN", "RUS")}


def test_a_country_after_a_subordinate_clause_is_no_second_target() -> None:
    evs = events("Washington has banned imports of Belarusian potash, as western governments widen the pressure "
                 "on Minsk over its support for the war in Georgia.", "2022-03-10")
    assert ("USA", "GEO") not in parties(evs, "import_restriction")
    assert ("USA", "BLR") in parties(evs, "import_restriction")


def test_a_country_in_an_aside_after_the_target_is_no_second_target() -> None:
    # (the aside's preposition rule, _ASIDE_PREPS: "since the invasion of Ukraine", "with Georgia")
    evs = events("Ottawa banned imports of Russian aluminium, its sharpest step since the invasion of Ukraine.",
                 "2022-03-10")
    assert parties(evs, "import_restriction") == {("CAN", "RUS")}
    evs = events("Ottawa banned imports of Russian aluminium, the toughest step in the dispute with Georgia.",
                 "2022-03-10")
    assert ("CAN", "GEO") not in parties(evs, "import_restriction")
    assert ("CAN", "RUS") in parties(evs, "import_restriction")
