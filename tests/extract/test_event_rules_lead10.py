"""Two readings checked on invented sentences: a bloc named as the place of a meeting is not a party
(one event per member would follow), and the day a measure ends is not the day it was taken."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-05-16"):  # a Thursday
    return analyze_events(text, published, headline=True)


def test_a_bloc_as_the_place_of_a_summit_is_not_a_party() -> None:
    evs = events("On the sidelines of the Mercosur summit on Monday, Canada signed a trade agreement with Chile.")
    deals = find(evs, instrument="agreement", action="agree")
    assert {frozenset((e.actor, e.target)) for e in deals} == {frozenset(("CAN", "CHL"))}
    assert not [e for e in evs if "ARG" in (e.actor, e.target) or "BRA" in (e.actor, e.target)]


def test_a_bloc_that_acts_is_still_each_member() -> None:
    evs = events("Mercosur and Canada signed a trade agreement on Monday.")
    deals = find(evs, instrument="agreement", action="agree")
    assert {"ARG", "BRA", "PRY", "URY"} <= {e.actor for e in deals} | {e.target for e in deals}


def test_the_end_of_a_ban_is_not_its_date() -> None:
    evs = analyze_events("Kazakhstan halts sunflower seed exports until end-September", "2024-05-16")
    ban = find(evs, actor="KAZ", instrument="export_control", action="impose")
    assert ban and ban[0].event_date is None


def test_a_retroactive_start_is_still_the_date() -> None:
    evs = events("Ottawa said on Tuesday it was dropping its 15 per cent tariff on Peruvian zinc, retroactive to May 1.")
    cut = find(evs, actor="CAN", target="PER", instrument="tariff")
    assert cut and cut[0].event_date == "2024-05-01"


def test_the_government_that_tells_another_what_it_will_do_is_the_actor() -> None:
    evs = events("Seoul told Canberra on Wednesday that it would halt imports of Australian beef.")
    halt = find(evs, instrument="import_restriction")
    assert halt and (halt[0].actor, halt[0].target) == ("KOR", "AUS")


def test_telling_reporters_changes_nothing() -> None:
    evs = events("Trump told reporters that Peru would face a 50% tariff.")
    threat = find(evs, instrument="tariff")
    assert threat and (threat[0].actor, threat[0].target) == ("USA", "PER")


def test_a_pronoun_in_another_clause_is_not_the_tellers() -> None:
    evs = events("Seoul told Canberra it expected progress, and Beijing raised tariffs on Australian barley.")
    raise_ = find(evs, instrument="tariff")
    assert raise_ and (raise_[0].actor, raise_[0].target) == ("CHN", "AUS")
