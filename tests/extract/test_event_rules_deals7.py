"""What a deal contains, told as what each side will do; on invented text.

Each test names its construction: a removal verb governing "its retaliatory tariffs", talks that are
concluded (a deal reached), a removal that takes the goods of the measure it removes, a trade value
that belongs to a later measure in the clause, a paused measure's own planned date.
"""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2023-03-17"):  # a Friday
    return analyze_events(text, published, headline=True)


def test_a_removal_verb_governs_the_retaliatory_tariffs_it_removes() -> None:
    evs = events("Seoul will remove its retaliatory tariffs on American goods from July 1, the trade "
                 "ministry said on Thursday.")
    assert find(evs, instrument="tariff", actor="KOR", target="USA", action="lower")
    assert not find(evs, instrument="tariff", actor="KOR", action="impose")


def test_a_verb_of_pausing_governs_counter_duties_told_with_their_owner() -> None:
    evs = events("Norway suspended most of its own retaliatory duties on Indian goods on Wednesday.")
    assert find(evs, instrument="tariff", actor="NOR", target="IND", action="suspend")


def test_concluded_negotiations_on_a_trade_agreement_are_a_deal() -> None:
    evs = events("Australia and Indonesia on Monday concluded negotiations on a comprehensive trade "
                 "agreement in Jakarta.")
    deal = find(evs, instrument="agreement", action="agree")
    assert deal and {deal[0].actor, deal[0].target} == {"AUS", "IDN"}
    assert deal[0].event_date == "2023-03-13"
    assert not find(evs, instrument="talks", action="agree")


def test_a_removal_takes_the_goods_of_the_measure_it_removes() -> None:
    evs = events("India put retaliatory tariffs on American almonds and apples in 2019. On Thursday New "
                 "Delhi said it would drop its retaliatory duties on US goods from April 1.")
    dropped = find(evs, instrument="tariff", actor="IND", target="USA", action="lower")
    assert dropped and dropped[0].subject == ("agricultural_products",)


def test_a_trade_value_of_a_later_measure_in_the_clause_is_not_the_removed_one() -> None:
    evs = events("Ankara will scrap its retaliatory duties on US goods next month. The duties being "
                 "scrapped date from June 2018, when Turkey answered with a levy on $270 million of "
                 "American goods such as rice, nuts and cars.")
    scrapped = find(evs, instrument="tariff", actor="TUR", target="USA", action="lower")
    assert scrapped and "agricultural_products" in scrapped[0].subject


def test_the_date_a_paused_measure_was_due_to_change_does_not_date_the_pause() -> None:
    evs = events("Ottawa announced on Thursday that it would freeze the counter-levies it has collected on US "
                 "bourbon, which were scheduled to rise on 1 June.")
    paused = find(evs, instrument="tariff", actor="CAN", target="USA", action="suspend")
    assert paused and paused[0].event_date != "2023-06-01"


def test_a_tariff_with_its_present_rate_as_an_aside_still_takes_its_verb_of_falling() -> None:
    evs = events("Under the accord, Korea's duty on Chilean grapes, currently 45 percent, will fall to 12 "
                 "percent once the pact enters into force.")
    cut = find(evs, instrument="tariff", actor="KOR", target="CHL", action="lower")
    assert cut and cut[0].magnitude is not None and cut[0].magnitude.value == 12.0


def test_a_later_step_of_a_rate_cut_is_its_own_cut_on_the_same_goods() -> None:
    evs = events("Vietnam signed a trade pact with Canada on Thursday. Under it, Vietnam will cut its tariff "
                 "on Canadian wine from 50 per cent to 20 per cent, with the rate then falling to 5 per cent "
                 "by the seventh year.")
    cuts = find(evs, instrument="tariff", actor="VNM", target="CAN", action="lower")
    rates = {c.magnitude.value for c in cuts if c.magnitude}
    assert {20.0, 5.0} <= rates
    step = next(c for c in cuts if c.magnitude and c.magnitude.value == 5.0)
    assert "agricultural_products" in step.subject and step.event_date == "2023-03-16"
