"""Event rules added while widening the dev set with disputes outside the US-China core (e-articles).

Every sentence here is written for these tests; none comes from the dev set."""

from __future__ import annotations

from event_helpers import analyze_events, find

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2021-05-14"):  # a Friday
    return analyze_events(text, published)


def test_lifting_a_duty_to_a_rate_raises_it() -> None:
    evs = events("Levies climb\n\nBrazil on Thursday lifted the duty on Canadian lumber to 35 percent.")
    hits = find(evs, actor="BRA", instrument="tariff")
    assert hits and {e.action for e in hits} == {"raise"}, evs


def test_rates_listed_respectively_pair_with_the_goods_in_order() -> None:
    evs = events("Metals row\n\nMexico said on Monday it had raised its tariffs on Korean steel and "
                 "aluminum, taking them to 40 percent and 15 percent respectively.")
    steel = find(evs, actor="MEX", target="KOR", subject=("steel",))
    alu = find(evs, actor="MEX", target="KOR", subject=("aluminum",))
    assert steel and steel[0].magnitude.text == "40 percent", evs
    assert alu and alu[0].magnitude.text == "15 percent", evs
    assert not find(evs, actor="KOR"), evs


def test_goods_and_rates_after_one_verb_are_one_event_each() -> None:
    evs = events("Duties go up\n\nIndonesia raised tariffs on Australian goods on Wednesday, lifting the duty "
                 "on Australian cars to 50 percent, on wine to 80 percent and on almonds to 30 percent.")
    rates = {e.magnitude.text: e.subject for e in find(evs, actor="IDN", target="AUS") if e.magnitude}
    assert rates.get("50 percent") == ("autos",), evs
    assert rates.get("80 percent") == ("agricultural_products",), evs
    assert rates.get("30 percent") == ("agricultural_products",), evs


def test_drinks_tobacco_nuts_fruit_and_pulses_are_farm_goods() -> None:
    evs = events("Retaliation\n\nVietnam imposed tariffs on American alcoholic drinks, leaf tobacco, walnuts, "
                 "apples and lentils on Tuesday.")
    hits = find(evs, actor="VNM", instrument="tariff")
    assert hits and hits[0].subject == ("agricultural_products",), evs


def test_anti_dumping_duties_are_one_tariff_event() -> None:
    evs = events("Pork duties\n\nMexico has cut the anti-dumping duties it charges on pork from the "
                 "European Union, its economy ministry said on Tuesday.")
    hits = [e for e in evs if e.actor == "MEX"]
    assert len(hits) == 1 and hits[0].instrument == "tariff" and hits[0].action == "lower", evs


def test_a_freeze_on_assets_is_a_sanction() -> None:
    evs = events("Spat widens\n\nOn Tuesday, Russia ordered a freeze on any assets in Russia of two Polish "
                 "ministers.")
    assert find(evs, actor="RUS", instrument="sanction", action="impose"), evs


def test_putting_a_country_back_on_a_white_list_eases_controls() -> None:
    evs = events("Thaw\n\nTaiwan will put Singapore back on its white list of trusted trading partners from "
                 "June 1, the economy ministry said on Tuesday.")
    hits = find(evs, actor="TWN", target="SGP", instrument="export_control")
    assert hits and hits[0].action == "ease", evs


def test_restoring_a_country_to_a_white_list_eases_controls() -> None:
    evs = events("Thaw\n\nIn March, Vietnam restored Thailand to its white list.")
    hits = find(evs, actor="VNM", target="THA", instrument="export_control")
    assert hits and hits[0].action == "ease", evs


def test_a_summit_where_a_dispute_was_settled_is_an_agreement_only() -> None:
    evs = events("Thaw\n\nThe thaw began with the summit between the leaders of Brazil and Argentina in "
                 "February, where the two governments settled the trade dispute.")
    deals = [e for e in evs if e.instrument == "agreement" and {e.actor, e.target} == {"BRA", "ARG"}]
    assert deals and deals[0].action == "agree" and deals[0].event_date == "2021-02", evs
    assert not [e for e in evs if e.instrument == "talks"], evs


def test_declining_to_renew_an_export_licence_tightens_the_control() -> None:
    evs = events("Tools\n\nThe firm has not shipped its EUV machines to Russia since 2020, when Finland "
                 "declined to renew an export licence.")
    hits = find(evs, actor="FIN", instrument="export_control")
    assert hits and hits[0].action == "tighten" and hits[0].event_date == "2020", evs


def test_a_counted_list_of_a_country_goods_is_not_all_of_them() -> None:
    evs = events("Retaliation\n\nHigher customs duties on 30 products imported from Canada take effect from "
                 "Sunday, Peru's finance ministry said.")
    hits = find(evs, actor="PER", instrument="tariff")
    assert hits and "all_goods" not in hits[0].subject, evs
    evs = events("Retaliation\n\nPeru raised import tariffs on a string of Canadian goods on Wednesday.")
    hits = find(evs, actor="PER", instrument="tariff")
    assert hits and "all_goods" not in hits[0].subject, evs


def test_a_date_after_a_comma_after_belongs_to_the_later_clause() -> None:
    evs = events("Retaliation\n\nChile first announced the increases in June last year, after Washington "
                 "imposed tariffs of 25 per cent on Chilean copper in March 2020.")
    hits = find(evs, actor="USA", target="CHL", instrument="tariff")
    assert hits and hits[0].event_date == "2020-03", evs


def test_a_trade_remedy_ruling_without_a_court_is_not_a_legal_ruling() -> None:
    evs = events("Duties\n\nThe steel ruling follows Brazil's decision in March to impose final anti-dumping "
                 "duties on Korean chemicals.")
    assert not [e for e in evs if e.instrument == "legal_ruling"], evs
    hits = find(evs, actor="BRA", target="KOR", instrument="tariff", action="impose")
    assert hits and hits[0].event_date == "2021-03", evs


def test_firms_that_agreed_to_minimum_prices_are_not_a_government_deal() -> None:
    evs = events("Duties\n\nIn April, Peru imposed duties on wine from Chile, from which it exempted winemakers "
                 "that agreed to sell at minimum prices.")
    assert not [e for e in evs if e.instrument == "agreement"], evs


def test_deposits_ordered_on_imports_are_a_tariff() -> None:
    evs = events("Duties\n\nOn Tuesday, India ordered importers of Thai steel to pay deposits of up to 25 per cent "
                 "from May 20.")
    hits = find(evs, actor="IND", target="THA", instrument="tariff", action="impose")
    assert hits and hits[0].event_date == "2021-05-20", evs


def test_a_rate_range_is_one_measure() -> None:
    evs = events("Duties\n\nOn Tuesday, India required importers of Thai steel to lodge deposits of between 12 "
                 "per cent and 25 per cent of the value of their shipments.")
    assert len(find(evs, actor="IND", instrument="tariff")) == 1, evs


def test_a_probe_noun_lends_no_verb_to_a_later_tariff() -> None:
    evs = events("Duties\n\nPeru cut its duties on Chilean wine on Tuesday, after a probe that Santiago had long "
                 "regarded as payback for its tariffs on Peruvian cars.")
    assert [(e.actor, e.instrument, e.action) for e in evs] == [("PER", "tariff", "lower")], evs


def test_curbs_on_chip_goods_are_export_controls() -> None:
    evs = events("Chips\n\nThe step follows the sweeping curbs on chip technology that Canada imposed on Iran "
                 "last October.")
    hits = find(evs, actor="CAN", target="IRN", instrument="export_control", action="impose")
    assert hits and hits[0].event_date == "2020-10", evs


def test_restrictions_drawn_up_that_take_effect_are_a_measure_not_a_threat() -> None:
    evs = events("Chips\n\nKorea has drawn up its own restrictions on 12 categories of chipmaking equipment, "
                 "which come into force on 23 July.")
    hits = find(evs, actor="KOR", instrument="export_control")
    assert hits and hits[0].action == "impose" and hits[0].event_date == "2021-07-23", evs


def test_withdrawing_a_trade_preference_raises_duties_on_its_holder() -> None:
    evs = events("Perks end\n\nThe European Union withdrew Cambodia's preferential trade status on Tuesday.")
    hits = find(evs, actor="EU", target="KHM", instrument="tariff")
    assert hits and hits[0].action == "raise" and hits[0].event_date == "2021-05-11", evs


def test_a_participle_clause_restates_the_main_clause_measure() -> None:
    evs = events("Perks end\n\nThe European Union withdrew Cambodia's preferential trade status on May 3, ending "
                 "duty-free entry for hundreds of Cambodian goods.")
    hits = find(evs, instrument="tariff")
    assert len(hits) == 1 and (hits[0].actor, hits[0].target) == ("EU", "KHM"), evs
    assert hits[0].event_date == "2021-05-03", evs


def test_most_advanced_is_an_adjective_not_a_share_move() -> None:
    brief = analyze(Article(text="Chips\n\nInvestors said the rules were narrower than feared, since Nikon's less "
                                 "advanced tools will still be shipped.", published="2023-07-01"))
    moves = {c.name: c.move for c in brief.companies}
    assert moves.get("Nikon") == "mentioned", brief.companies


def test_private_pork_producers_are_companies_without_ticker() -> None:
    brief = analyze(Article(text="Pork\n\nProducers such as Danish Crown and Vion sell offal to Chinese buyers.",
                            published="2025-12-19"))
    names = {c.name: c.ticker for c in brief.companies}
    assert names == {"Danish Crown": None, "Vion": None}, brief.companies


def test_british_spelling_of_the_dutch_trade_minister_title() -> None:
    brief = analyze(Article(text="Rules\n\nLiesje Schreinemacher, the minister for foreign trade and development "
                                 "co-operation, said the step was country-neutral.", published="2023-07-01"))
    assert brief.people and brief.people[0].role.lower().endswith("co-operation"), brief.people


def test_the_leader_met_is_the_other_party_of_the_talks() -> None:
    evs = events("Visit\n\nPrime Minister Pedro Sanchez met President Xi Jinping when he visited Beijing in April.",
                 published="2025-12-19")
    hits = [e for e in evs if e.instrument == "talks" and {e.actor, e.target} == {"ESP", "CHN"}]
    assert hits and hits[0].event_date == "2025-04", evs


def test_a_freeze_on_assets_of_officials_targets_their_country() -> None:
    evs = events("Spat widens\n\nLast week Washington put sanctions on two Malian ministers, and Bamako responded "
                 "days later by ordering a freeze on any assets in Mali of the U.S. attorney general.")
    assert find(evs, actor="MLI", target="USA", instrument="sanction", action="impose"), evs
