"""Trade measures other than tariffs, told with words the older rules did not read; on invented text.

Each test names its construction: an import ban told as a verb after "to", goods barred by where
they come from, a government blocking or clearing a takeover.
"""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-10-18"):  # a Friday
    return analyze_events(text, published, headline=True)


def test_a_ban_told_as_a_verb_after_to_is_an_import_restriction() -> None:
    evs = events("Ottawa used a cabinet order on Tuesday to ban imports of Peruvian beef and pork.")
    banned = find(evs, instrument="import_restriction", action="impose", actor="CAN", target="PER")
    assert banned and "agricultural_products" in banned[0].subject


def test_an_export_curb_told_as_a_verb_after_a_modal_is_imposed() -> None:
    evs = events("Jakarta said on Wednesday it will curb exports of copper concentrate from January.")
    assert find(evs, instrument="export_control", actor="IDN", action="impose")


def test_goods_barred_from_a_country_are_an_import_restriction_on_it() -> None:
    evs = events("Taiwan on Thursday barred beef from Brazil, citing a disease outbreak.")
    barred = find(evs, instrument="import_restriction", action="impose", actor="TWN", target="BRA")
    assert barred and barred[0].event_date == "2024-10-17"


def test_goods_barred_from_regions_of_a_country_hit_that_country() -> None:
    evs = events("Singapore moved the same day to halt poultry from 7 Malaysian states.")
    assert find(evs, instrument="import_restriction", action="impose", actor="SGP", target="MYS")


def test_a_government_blocking_a_takeover_is_an_investment_restriction() -> None:
    evs = events("On Monday the German government vetoed the takeover of the chipmaker by a Chinese "
                 "investor, citing national security.")
    blocked = find(evs, instrument="investment_restriction", action="impose", actor="DEU", target="CHN")
    assert blocked and blocked[0].event_date == "2024-10-14"


def test_an_order_allowing_a_foreign_firm_to_buy_a_rival_eases_the_restriction() -> None:
    evs = events("President Joe Biden signed an order on Wednesday allowing the Korean company to "
                 "buy its Ohio-based rival.")
    assert find(evs, instrument="investment_restriction", action="ease", actor="USA", target="KOR")


def test_a_licence_allowing_a_firm_to_buy_goods_is_no_takeover() -> None:
    evs = events("Washington issued a licence on Monday allowing Huawei to buy American goods for "
                 "its networks.")
    assert find(evs, actor="USA", target="CHN", instrument="export_control", action="ease")
    assert not find(evs, instrument="investment_restriction")


def test_a_digital_services_tax_dropped_is_a_measure_eased() -> None:
    evs = events("Mexico scrapped its digital services tax on Tuesday, a week before the first payments "
                 "were due.")
    assert find(evs, instrument="other", action="ease", actor="MEX", event_date="2024-10-15")
