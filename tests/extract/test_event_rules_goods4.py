"""Goods vocabulary by Harmonized System chapter, goods words that are not goods in their context, and
which goods belong to which event; on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def tariff_subjects(goods: str) -> list[list[str]]:
    text = f"Tariff row\n\nOn Tuesday, Brazil imposed a 20 per cent tariff on {goods} from Argentina."
    return [list(e.subject) for e in find(analyze_events(text, "2024-03-15"), instrument="tariff")]


@pytest.mark.parametrize(("goods", "subject"), [
    # live animals, meat, fish, dairy (HS 01-04)
    ("live cattle and lamb", "agricultural_products"), ("frozen shrimp and salmon", "agricultural_products"),
    ("butter and milk powder", "agricultural_products"),
    # vegetables, fruit, nuts, cereals, oilseeds and their oils (HS 07-15)
    ("bananas and mangoes", "agricultural_products"), ("french fries", "agricultural_products"),
    ("peanut butter", "agricultural_products"), ("wheat flour", "agricultural_products"),
    ("palm oil", "agricultural_products"), ("olive oil", "agricultural_products"),
    ("sunflower seeds", "agricultural_products"),
    # sugar, cocoa, coffee and tea, drinks, tobacco (HS 09, 17-18, 22, 24)
    ("chocolate", "agricultural_products"), ("green tea", "agricultural_products"),
    ("beer and champagne", "agricultural_products"), ("vodka", "agricultural_products"),
    ("e-cigarettes", "agricultural_products"),
    # ores, fuels (HS 26-27)
    ("iron ore", "critical_minerals"), ("zinc concentrate", "critical_minerals"), ("refined tin", "critical_minerals"),
    ("diesel and jet fuel", "energy"), ("liquefied petroleum gas", "energy"),
    # chemicals, fertilisers, plastics, rubber, leather, wood, paper, textiles, clothing, footwear (HS 28-64)
    ("petrochemicals", "industrial_goods"), ("nitrogen fertilisers", "industrial_goods"),
    ("plastic resins", "industrial_goods"), ("leather handbags", "industrial_goods"), ("plywood", "industrial_goods"),
    ("pulp and paper", "industrial_goods"), ("cotton yarn", "industrial_goods"), ("t-shirts", "industrial_goods"),
    ("toys", "industrial_goods"), ("leather shoes", "industrial_goods"), ("clothing", "industrial_goods"),
    # glass, ceramics, jewellery, metals (HS 69-81)
    ("ceramic tiles and glassware", "industrial_goods"), ("jewellery", "industrial_goods"),
    ("galvanised steel", "steel"), ("hot-rolled coil", "steel"), ("aluminium foil", "aluminum"),
    ("bauxite", "aluminum"), ("copper wire", "critical_minerals"),
    # machinery, electrical goods, vehicles, aircraft, ships, instruments, furniture (HS 84-96)
    ("excavators and forklifts", "industrial_goods"), ("air conditioners", "industrial_goods"),
    ("printed circuit boards", "semiconductors"), ("car tyres", "autos"), ("pickup trucks", "autos"),
    ("helicopters", "aircraft"), ("yachts", "industrial_goods"), ("rolling stock", "industrial_goods"),
    ("vaccines", "pharmaceuticals"), ("medical gloves", "industrial_goods"), ("mattresses", "industrial_goods"),
    ("e-bikes", "industrial_goods"), ("servers", "industrial_goods"), ("sulphuric acid", "industrial_goods"),
    ("canned tuna", "agricultural_products"), ("courgettes", "agricultural_products"), ("menswear", "industrial_goods"),
])
def test_goods_by_hs_chapter_map_to_the_schema_vocabulary(goods: str, subject: str) -> None:
    assert tariff_subjects(goods) == [[subject]], goods


def goods_keys(text: str) -> set[str]:
    brief = analyze(Article(text="Headline\n" + text, published="2024-03-15"))
    return {g.subject for g in brief.goods}


@pytest.mark.parametrize(("text", "key"), [
    ("The negotiator showed nerves of steel.", "steel"),
    ("Oil prices fell 2 per cent on Tuesday.", "crude_oil"),
    ("She broke the glass ceiling at the ministry.", "industrial_goods"),
    ("The Energy Department said it would review the rule.", "energy"),
    ("The talks in Geneva finally bore fruit.", "fruit"),
    ("Analysts at Wood Mackenzie expect demand to slow.", "lumber"),
    ("Ministers gave a copper-bottomed promise of support.", "copper"),
    ("The plan was rubber-stamped by parliament.", "industrial_goods"),
    ("Every cloud has a silver lining, the minister said.", "critical_minerals"),
    ("It was a crude attempt to win votes.", "crude_oil"),
    ("Police fired tear gas at the protesters.", "natural_gas"),
    ("He poured his energy into the campaign.", "energy"),
    ("The Secretary of Agriculture spoke to farmers.", "agricultural_products"),
    ("Beijing sees its magnets as a bargaining chip.", "semiconductors"),
    ("Blue-chip stocks fell on Tuesday.", "semiconductors"),
    ("Former adviser Susan Rice said the deal was weak.", "grains"),
    ("For the sake of the talks, both sides held back.", "spirits"),
    ("Animal spirits returned to the market.", "spirits"),
    ("Jobs are a bread-and-butter issue for the minister.", "dairy"),
    ("Trump phones Lula as the row deepens.", "smartphones"),
    ("The fund calls the firm one of the crown jewels of its industry.", "industrial_goods"),
    ("The market found its bearings on Tuesday.", "machinery"),
    ("Officials moved to scotch rumours of a deal.", "spirits"),
    ("Oil-producing nations met in Vienna.", "crude_oil"),
    ("Grain-importing countries worry about the ban.", "grains"),
    ("The tariffs are meant to stop the flow of illegal drugs across the border.", "pharmaceuticals"),
    ("He blamed Mexico for drug trafficking.", "pharmaceuticals"),
    ("The levies could fuel inflation, economists said.", "energy"),
    ("The row fuels fears of a wider trade war.", "energy"),
    ("Ottawa will beef up border enforcement.", "beef"),
    ("The city is a magnet for foreign investment.", "rare_earth_magnets"),
    ("Brussels readied a battery of countermeasures.", "lithium_batteries"),
    ("Farmers were up in arms over the deal.", "defense"),
    ("Washington and Beijing are locked in an AI arms race.", "defense"),
    ("She spoke in defence of free trade.", "defense"),
    ("The fund set up special-purpose vehicles abroad.", "autos"),
    ("The two sides are playing a game of chicken.", "poultry"),
    ("Exporters stopped shipping their goods to the US.", "shipping"),
    ("The clause sits in the annual defence policy bill.", "defense"),
])
def test_goods_words_used_otherwise_are_not_goods(text: str, key: str) -> None:
    assert key not in goods_keys(text), text


@pytest.mark.parametrize(("text", "key"), [
    ("Exports of steel fell sharply.", "steel"),
    ("India cut import duties on crude and fuel oil.", "crude_oil"),
    ("Tariffs on glass and ceramics rose.", "industrial_goods"),
    ("Japan buys most of its energy from abroad.", "energy"),
    ("China halted imports of Japanese fruit.", "fruit"),
    ("Canada exports wood and pulp.", "lumber"),
    ("Copper exports to Europe doubled.", "copper"),
    ("Natural rubber and tin are Malaysia's oldest exports.", "tin"),
    ("Silver and platinum prices aside, the duty covers silver bullion.", "critical_minerals"),
    ("Gas shipments to Europe resumed.", "natural_gas"),
    ("Exports of memory chips fell.", "semiconductors"),
    ("Thai rice exports rose.", "grains"),
    ("Duties on Scotch whisky and spirits doubled.", "spirits"),
    ("Tariffs on phones and laptops took effect.", "smartphones"),
    ("Ball bearings and pumps face the levy.", "machinery"),
    ("Tariffs on imported drugs will start in October.", "pharmaceuticals"),
    ("Fuel imports from Russia fell.", "energy"),
    ("Beef exports rose.", "beef"),
    ("The levy covers magnets and batteries.", "rare_earth_magnets"),
    ("The ban covers arms and ammunition.", "defense"),
    ("Shipping rates doubled after the port fees.", "shipping"),
    ("Tariffs on chicken and pork took effect.", "poultry"),
])
def test_the_same_words_as_goods_stay_goods(text: str, key: str) -> None:
    assert key in goods_keys(text), text


def test_goods_before_an_after_phrase_are_not_the_rulings() -> None:
    text = ("Chile to hit Peruvian wine and cheese with tariffs after WTO ruling\n\nChile said on Tuesday it "
            "would impose tariffs on Peruvian wine and cheese.")
    evs = analyze_events(text, "2024-03-15")
    rulings = find(evs, instrument="legal_ruling")
    assert all("agricultural_products" not in e.subject for e in rulings), rulings


def tariffs(text: str) -> list:
    return find(analyze_events("Trade row\n\n" + text, "2024-03-15"), instrument="tariff")


def test_a_generic_head_before_a_list_takes_the_listed_goods() -> None:
    hits = tariffs("On Tuesday, Chile imposed an extra 10 per cent tariff on Peruvian goods including avocados and "
                   "copper wire.")
    assert [sorted(e.subject) for e in hits] == [["agricultural_products", "critical_minerals"]], hits
    hits = tariffs("On Tuesday, Chile put 15% duties on Peruvian consumer products such as pisco, cheese and coffee.")
    assert [list(e.subject) for e in hits] == [["agricultural_products"]], hits


def test_a_rate_on_a_countrys_goods_in_a_deal_keeps_all_goods() -> None:
    evs = analyze_events("Trade row\n\nOn Tuesday, Washington and Bangkok struck a deal that sets a 19% tariff on "
                         "Thai goods, including rice.", "2024-03-15")
    deals = find(evs, instrument="agreement")
    assert deals and all("all_goods" in e.subject for e in deals), evs


def test_a_bare_second_rate_takes_the_goods_of_its_own_item() -> None:
    hits = tariffs("On Tuesday, Peru imposed 60% tariffs on Chilean electric cars and 15% on steel and aluminium "
                   "products.")
    got = sorted((e.magnitude.text, tuple(sorted(e.subject))) for e in hits if e.magnitude)
    assert got == [("15%", ("aluminum", "steel")), ("60%", ("ev",))], hits


def test_a_comma_before_the_second_rate_does_not_cut_its_goods_off() -> None:
    hits = tariffs("On Tuesday, Peru slapped 20% tariffs on Chilean steel, and 5% on aluminium and consumer goods "
                   "such as wine and salmon.")
    got = sorted((e.magnitude.text, tuple(sorted(e.subject))) for e in hits if e.magnitude)
    assert got == [("20%", ("steel",)), ("5%", ("agricultural_products", "aluminum"))], hits


def test_an_elliptic_item_leaves_the_first_item_its_own_goods() -> None:
    hits = tariffs("On Tuesday, Seoul raised tariffs on Japanese farm goods to 15 percent and on crude oil and LNG "
                   "to 10 percent.")
    got = sorted((e.magnitude.text, tuple(e.subject)) for e in hits if e.magnitude)
    assert got == [("10 percent", ("energy",)), ("15 percent", ("agricultural_products",))], hits


def test_a_long_list_after_including_is_read_to_its_end() -> None:
    hits = tariffs("On Tuesday, Chile imposed a 20 per cent tariff on $3 billion of Peruvian goods, including grapes, "
                   "olive oil, coffee, cheese, chocolate, beer, mangoes, lamb and some cotton t-shirts.")
    assert [sorted(e.subject) for e in hits] == [["agricultural_products", "industrial_goods"]], hits


def test_a_second_rate_with_goods_before_its_noun_shares_the_verb() -> None:
    hits = tariffs("On Tuesday, Ottawa imposed a 30% lumber tariff and a 15% dairy tariff on New Zealand.")
    got = sorted((e.magnitude.text, tuple(e.subject)) for e in hits if e.magnitude)
    assert got == [("15%", ("agricultural_products",)), ("30%", ("industrial_goods",))], hits


def test_goods_exempted_from_a_tariff_are_the_subject_of_the_exemption() -> None:
    hits = tariffs("The White House said on Friday that tablets, printers and other electronics would be exempt from "
                   "the reciprocal tariffs.")
    assert [list(e.subject) for e in find(hits, action="ease")] == [["industrial_goods"]], hits
    hits = tariffs("On Friday, Washington placed 40% duties on Peruvian goods but exempted coffee and copper from "
                   "the tariffs.")
    assert [list(e.subject) for e in find(hits, action="impose")] == [["all_goods"]], hits
    assert [sorted(e.subject) for e in find(hits, action="ease")] == [["agricultural_products",
                                                                     "critical_minerals"]], hits


def test_the_metal_stands_for_the_metal_named_before() -> None:
    hits = tariffs("Peru is a large zinc producer. On Friday, Washington said it would impose a 30 per cent tariff on "
                   "imports of the metal.")
    assert [list(e.subject) for e in hits] == [["critical_minerals"]], hits
    hits = tariffs("Peru also grows coffee. On Friday, Washington said it would impose a 30 per cent tariff on "
                   "imports of the metal.")
    assert [list(e.subject) for e in hits] == [[]], hits


def test_a_price_of_goods_is_a_market_aside() -> None:
    assert "copper" not in goods_keys("Copper prices hit a record on Tuesday.")
    assert "soybeans" not in goods_keys("Soybean futures fell 3 per cent.")


def test_a_deal_or_talks_in_a_phrase_after_the_measure_do_not_take_its_goods() -> None:
    evs = analyze_events("Trade row\n\nOn Tuesday, Seoul cut tariffs on Chilean wine and grapes under the deal it signed with Santiago.",
                         "2024-03-15")
    assert [list(e.subject) for e in find(evs, instrument="tariff")] == [["agricultural_products"]], evs
    assert [list(e.subject) for e in find(evs, instrument="agreement")] == [[]], evs
    evs = analyze_events("Trade row\n\nOn Tuesday, Seoul put tariffs on Chilean wine ahead of talks with Santiago.",
                         "2024-03-15")
    assert [list(e.subject) for e in find(evs, instrument="talks")] == [[]], evs


def test_most_of_a_countrys_goods_are_all_goods() -> None:
    hits = tariffs("On Tuesday, Canada raised its tariff on most Peruvian goods to 30%.")
    assert [list(e.subject) for e in hits] == [["all_goods"]], hits
    hits = tariffs("On Tuesday, Canada raised its tariff on $2 billion of Peruvian goods to 30%.")
    assert [list(e.subject) for e in hits] == [[]], hits


def test_listed_firms_told_by_their_trade_give_the_lists_subject() -> None:
    evs = analyze_events("Trade row\n\nOn Monday, the Commerce Department added 90 Chinese chipmakers and toolmakers "
                         "to the Entity List.", "2024-03-15")
    hits = find(evs, instrument="entity_list")
    assert [sorted(e.subject) for e in hits] == [["chipmaking_equipment", "semiconductors"]], evs
    evs = analyze_events("Trade row\n\nOn Monday, Beijing put three American drone makers and a shipbuilder on its "
                         "unreliable entity list.", "2024-03-15")
    hits = find(evs, instrument="entity_list")
    assert [sorted(e.subject) for e in hits] == [["industrial_goods", "shipping"]], evs  # drones: manufactured goods


def test_a_hyphenated_goods_modifier_is_one_good() -> None:
    evs = analyze_events("Trade row\n\nOn Monday, Jakarta put some lithium-battery materials under export controls.",
                         "2024-03-15")
    hits = find(evs, instrument="export_control")
    assert [list(e.subject) for e in hits] == [["lithium_batteries"]], evs


def test_a_second_measure_after_and_shares_the_verb_and_keeps_its_own_goods() -> None:
    evs = analyze_events("Trade row\n\nOn Monday, Beijing imposed tariffs on Australian coal and export controls on "
                         "tungsten and tellurium.", "2024-03-15")
    assert [list(e.subject) for e in find(evs, instrument="tariff")] == [["energy"]], evs
    controls = find(evs, instrument="export_control", action="impose")
    assert [list(e.subject) for e in controls] == [["critical_minerals"]], evs


def test_what_the_goods_are_used_in_is_not_the_measures_subject() -> None:
    evs = analyze_events("Trade row\n\nOn Monday, Jakarta placed export controls on nickel and cobalt, metals used in "
                         "electric vehicles and smartphones.", "2024-03-15")
    hits = find(evs, instrument="export_control")
    assert [list(e.subject) for e in hits] == [["critical_minerals"]], evs


def test_a_good_named_as_the_use_of_another_is_not_a_subject() -> None:
    hits = tariffs("On Monday, Ottawa raised tariffs on Chinese lithium-ion batteries for electric vehicles to 25%.")
    assert [list(e.subject) for e in hits] == [["lithium_batteries"]], hits
    hits = tariffs("On Monday, Ottawa raised tariffs on Chinese magnets for wind turbines to 25%.")
    assert [list(e.subject) for e in hits] == [["rare_earth_magnets"]], hits


@pytest.mark.parametrize(("headline", "key"), [
    ("Canada Hits US Steel With Tariffs", "steel"),
    ("EU Targets US Oil As Trade War Widens", "crude_oil"),
])
def test_goods_words_in_a_title_case_headline_stay_goods(headline: str, key: str) -> None:
    brief = analyze(Article(text=headline + "\n\nOfficials gave no details.", published="2024-03-15"))
    assert key in {g.subject for g in brief.goods}, headline


def test_a_ruling_on_the_tariffs_named_by_back_reference_has_no_goods() -> None:
    evs = analyze_events("Trade row\n\nOn Tuesday, a federal judge ruled in a case brought by two furniture "
                         "companies that the tariffs were unlawful.", "2024-03-15")
    rulings = find(evs, instrument="legal_ruling")
    assert [list(e.subject) for e in rulings] == [[]], evs
    evs = analyze_events("Trade row\n\nOn Tuesday, a federal judge ruled that the reciprocal tariffs on imports "
                         "from most countries were unlawful.", "2024-03-15")
    rulings = find(evs, instrument="legal_ruling")
    assert [list(e.subject) for e in rulings] == [["all_goods"]], evs


def test_cutting_their_tariffs_is_a_back_reference_with_no_goods() -> None:
    evs = analyze_events("Trade row\n\nIn Oslo, Peru and Chile agreed on Monday to cut their tariffs for 90 days.",
                         "2024-03-15")
    assert evs and all(list(e.subject) == [] for e in evs), evs
    evs = analyze_events("Trade row\n\nIn Oslo, Peru and Chile agreed on Monday to cut tariffs on each other's "
                         "goods for 90 days.", "2024-03-15")
    cuts = find(evs, instrument="tariff")
    assert cuts and all(list(e.subject) == ["all_goods"] for e in cuts), evs


def test_a_deal_told_in_a_clause_of_its_own_does_not_take_earlier_goods() -> None:
    evs = analyze_events("Trade row\n\nOn Monday, Lula prolonged a freeze on higher duties on Argentine beef, a day "
                         "before the ceasefire struck in May was set to expire.", "2024-03-15")
    deals = find(evs, instrument="agreement")
    assert deals and all(list(e.subject) == [] for e in deals), evs


def test_talks_to_settle_the_row_state_no_goods() -> None:
    evs = analyze_events("Trade row\n\nOn Monday Chile imposed a 15% tariff on Peruvian grapes and copper. Chile's "
                         "trade minister said he expected to open talks with Lima to settle the row.", "2024-03-15")
    talks = find(evs, instrument="talks")
    assert talks and all(list(e.subject) == [] for e in talks), evs


def test_a_deal_does_not_take_the_goods_of_a_later_when_clause() -> None:
    evs = analyze_events("Trade row\n\nOn Tuesday Peru and Chile agreed a truce. The truce follows a sharp "
                         "escalation in May, when Lima threatened a 50 percent tariff on Chilean goods.", "2024-06-15")
    deals = find(evs, instrument="agreement")
    assert deals and all(list(e.subject) == [] for e in deals), evs


def test_a_section_301_probe_does_not_take_the_goods_of_the_duties_it_leads_to() -> None:
    evs = analyze_events("Trade row\n\nOn Monday, Washington proposed tariffs of up to 50 percent on $1 billion of "
                         "Spanish goods, including olive oil and wine. The trade representative concluded an "
                         "investigation opened in March under Section 301 by finding that Spain's tax on online "
                         "advertising targets US firms.", "2024-06-15")
    probes = find(evs, instrument="other", action="announce")
    assert probes and all(list(e.subject) == [] for e in probes), evs
