"""Subjects of events: rules for goods told by a class noun or by a back-reference, on sentences written
for these tests (not from the dev set)."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2023-05-12"):  # a Friday
    return analyze_events(text, published)


def test_metals_duties_take_the_metals_the_article_names() -> None:
    text = ("Ottawa weighs its answer\n\nThe quarrel is over steel and aluminium shipped south of the border. "
            "Washington first applied the metals duties to Canada on 14 February, citing security grounds.")
    hits = find(events(text), instrument="tariff", actor="USA")
    assert hits, events(text)
    assert {"steel", "aluminum"} <= set(hits[0].subject)


def test_duties_on_both_metals_take_the_metals_the_article_names() -> None:
    text = ("Mills brace for a long fight\n\nBuyers of copper and nickel in Seoul have been scrambling. "
            "Tokyo's 15% duties on both metals have applied to Korean shipments since January.")
    hits = find(events(text), instrument="tariff", actor="JPN")
    assert hits, events(text)
    assert set(hits[0].subject) == {"critical_minerals"}


def test_metals_class_noun_is_not_read_without_metals_in_the_article() -> None:
    text = "Dispute widens\n\nWashington first applied the metals duties to Canada on 14 February."
    hits = find(events(text), instrument="tariff", actor="USA")
    assert hits, events(text)
    assert "steel" not in hits[0].subject and "aluminum" not in hits[0].subject


def test_the_duty_told_again_takes_the_goods_of_the_measure_before() -> None:
    text = ("Brewers count the cost\n\nMexico imposed a 20% tariff on Guatemalan sugar on Monday. "
            "Officials said on Wednesday that Mexico could double the duty if shipments kept rising.")
    evs = events(text)
    hits = [e for e in find(evs, instrument="tariff", actor="MEX") if "double" in e.evidence.text]
    assert hits, evs
    assert hits[0].subject == ("agricultural_products",)


def test_a_back_reference_after_a_list_by_value_stays_without_goods() -> None:
    text = ("Exporters wait\n\nPeru imposed a 12% tariff on $4 billion of Chilean goods on Monday. "
            "Officials said on Wednesday that Peru could double the duty if talks failed.")
    evs = events(text)
    hits = [e for e in find(evs, instrument="tariff", actor="PER") if "double" in e.evidence.text]
    assert hits, evs
    assert hits[0].subject == (), hits


def test_the_tariff_list_is_not_a_back_reference() -> None:
    text = ("Relief for hospitals\n\nIndia imposed a 20% tariff on Chinese solar panels on Monday. "
            "On Wednesday India removed surgical masks from the tariff list.")
    evs = events(text)
    assert find(evs, actor="IND", target="CHN", action="lower", event_date="2023-05-10")
    hits = [e for e in find(evs, instrument="tariff", actor="IND") if "masks" in e.evidence.text
            or "list" in e.evidence.text]
    assert all("solar_cells" not in e.subject for e in hits), hits


def test_a_listed_drone_maker_gives_industrial_goods() -> None:
    # eval/README.md: manufactured capital and consumer goods are industrial_goods; drones are not aircraft
    text = ("Blacklist grows\n\nThe US Commerce Department on Tuesday added EHang, a Chinese maker of passenger "
            "drones, to the Entity List.")
    hits = find(events(text), instrument="entity_list", actor="USA")
    assert hits, events(text)
    assert "industrial_goods" in hits[0].subject and "aircraft" not in hits[0].subject


def test_a_blacklisted_drone_maker_keeps_its_sector() -> None:
    # (a consumer-goods firm gives no sector; a maker of capital goods such as drones does)
    text = "Drone row\n\nIn March 2021 the United States put EHang on its Entity List, officials said."
    hits = find(events(text), instrument="entity_list", actor="USA")
    assert hits, events(text)
    assert "industrial_goods" in hits[0].subject, hits


def test_a_measure_named_by_its_goods_after_and_is_the_next_measure() -> None:
    # "a 20% levy and graphite curbs": the goods of the curbs are not the levy's
    text = ("Seoul answers Tokyo with 20% levy and graphite curbs\n\nSouth Korea said on Thursday it would charge "
            "a 20% tariff on all goods imported from Japan from next month.")
    hits = find(events(text), instrument="tariff", actor="KOR")
    assert hits, events(text)
    assert all("critical_minerals" not in e.subject for e in hits), hits
    assert any(e.subject == ("all_goods",) for e in hits), hits


def test_goods_listed_after_a_long_rate_and_value_are_the_measures() -> None:
    text = ("Row deepens\n\nIn December, Peru proposed duties of as much as 100 percent on $2.4 billion of Chilean "
            "imports, among them cheese, wine and handbags.")
    hits = find(events(text), instrument="tariff", actor="PER")
    assert hits, events(text)
    assert set(hits[0].subject) == {"agricultural_products", "industrial_goods"}, hits


def test_bare_cells_and_modules_take_the_kind_of_cells_the_article_is_about() -> None:
    text = ("Solar makers cheer\n\nIndia's solar industry has long lobbied for protection. India "
            "imposed anti-dumping duties on Malaysian cells and modules in 2019.")
    evs = events(text)
    hits = [e for e in find(evs, instrument="tariff", actor="IND") if "Malaysian" in e.evidence.text]
    assert hits, evs
    assert hits[0].subject == ("solar_cells",), hits


def test_bare_cells_in_a_story_about_both_kinds_of_cells_give_no_guess() -> None:
    text = ("Cell makers split\n\nBattery makers and solar firms both lobbied. India imposed anti-dumping duties "
            "on Malaysian cells and modules in 2019.")
    hits = find(events(text), instrument="tariff", actor="IND")
    assert hits, events(text)
    assert hits[0].subject == (), hits


def test_groups_of_a_countrys_goods_are_a_part_of_them() -> None:
    # eval/README.md: a part of a country's goods told without naming them has no subject
    text = ("Lima hits back\n\nPeru said on Monday that duties of 8 per cent and 4 per cent would apply to three "
            "groups of Chilean goods from June 1.")
    hits = find(events(text), instrument="tariff", actor="PER")
    assert hits, events(text)
    assert all(e.subject == () for e in hits), hits
