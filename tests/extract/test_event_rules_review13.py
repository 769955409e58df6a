"""Findings of the review of round 12's event rules (country lists, venues, kept rates, offers, proposals
and talk verbs), on invented sentences: each reading as ANNOTATION.md and eval/README.md give it."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-11"):  # a Wednesday
    return analyze_events(text, published, headline=True)


def pairs(evs, instrument: str) -> set[frozenset[str | None]]:
    return {frozenset((e.actor, e.target)) for e in evs if e.instrument == instrument}


# 1. a rate raised with someone's backing, or pressing ahead with a measure, is no talks
@pytest.mark.parametrize(("text", "actor", "target", "subject"), [
    ("Mexico raised tariffs on Chinese steel with Washington's blessing.", "MEX", "CHN", "steel"),
    ("Mexico raised tariffs on Chinese cars with US support on Monday.", "MEX", "CHN", "autos"),
    ("Canada raised its tariffs on Chinese electric vehicles with backing from Washington.", "CAN", "CHN", "ev"),
    ("Brazil raised duties on Chinese steel with the approval of its trade council.", "BRA", "CHN", "steel"),
    ("Turkey raised the tariffs on Chinese cars with Brussels' consent on Friday.", "TUR", "CHN", "autos"),
])
def test_a_rate_raised_with_a_governments_backing_is_a_raise_not_talks(text, actor, target, subject) -> None:
    evs = events(text)
    assert find(evs, actor=actor, target=target, instrument="tariff", action="raise"), evs
    assert subject in find(evs, actor=actor, target=target, instrument="tariff", action="raise")[0].subject
    assert not find(evs, instrument="talks"), evs


@pytest.mark.parametrize("text", [
    "Canada pressed ahead with retaliatory tariffs on US goods on Monday.",
    "Brussels is pressing on with its levies on American whiskey.",
    "Ottawa pressed forward with the surtax on US steel.",
])
def test_pressing_ahead_with_a_measure_is_no_talks(text) -> None:
    assert not find(events(text), instrument="talks")


def test_raising_an_issue_with_a_counterpart_is_still_talks() -> None:
    evs = events("Seoul raised the issue of the steel tariffs with Washington on Monday.")
    assert find(evs, instrument="talks", action="negotiate") and pairs(evs, "talks") == {frozenset(("KOR", "USA"))}
    assert not [e for e in evs if e.instrument == "tariff" and e.action in ("raise", "impose")]


# 2. a place phrase set off by one comma is no list of venues
@pytest.mark.parametrize(("text", "actor", "target", "action"), [
    ("At the meeting in Geneva, Washington agreed to cut its tariffs on Chinese goods to 30%.", "USA", "CHN", "lower"),
    ("After talks in Tokyo, Seoul raised duties on Japanese steel.", "KOR", "JPN", "raise"),
    ("Speaking at a conference in Singapore, Beijing said it would cut tariffs on Australian wine.", "CHN", "AUS",
     "lower"),
    ("During a visit to London, Ottawa lifted its surtax on British steel.", "CAN", "GBR", None),
    ("At a summit in Lima, Santiago cut duties on Peruvian fruit on Monday.", "CHL", "PER", "lower"),
])
def test_a_capital_after_an_introductory_place_phrase_is_the_government(text, actor, target, action) -> None:
    evs = events(text)
    want = {"actor": actor, "target": target, "instrument": "tariff"}
    if action:
        want["action"] = action
    assert find(evs, **want), evs


def test_a_clause_after_met_in_a_place_keeps_its_own_actor() -> None:
    evs = events("US and Chinese officials met in Geneva, and Beijing agreed to cut tariffs on US farm goods.")
    assert find(evs, actor="CHN", target="USA", instrument="tariff", action="lower"), evs
    assert not find(evs, actor="USA", target="CHN", instrument="tariff"), evs


def test_a_real_list_of_venues_still_names_no_parties() -> None:
    evs = events("Officials met in Lisbon, Rome and Vienna last week and agreed to cut tariffs on Chilean wine.")
    assert not [e for e in evs if {e.actor, e.target} & {"PRT", "ITA", "AUT"}], evs


# 3. "on the table": only the measure put on it; a concession put on it is offered
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Washington put 25% tariffs on Chinese steel in March, and said more curbs were on the table.", "USA", "CHN"),
    ("Ottawa put a 25% surtax on US steel last month and left further duties on the table.", "CAN", "USA"),
    ("Tokyo put 10% duties on Korean steel on Monday, but kept other options on the table.", "JPN", "KOR"),
])
def test_a_measure_put_in_place_stays_imposed_beside_options_on_the_table(text, actor, target) -> None:
    evs = events(text)
    hits = [e for e in evs if e.actor == actor and e.target == target and e.magnitude is not None]
    assert hits and hits[0].action == "impose" and hits[0].status not in ("threatened", "proposed"), evs


@pytest.mark.parametrize(("text", "actor"), [
    ("Tokyo put tariff cuts on US rice on the table in a bid to win relief.", "JPN"),
    ("Japan put farm tariffs on the table during the talks on Monday.", "JPN"),
    ("Seoul put cuts in its beef duties on the table.", "KOR"),
])
def test_a_concession_put_on_the_table_is_a_proposed_relief(text, actor) -> None:
    evs = events(text)
    assert not find(evs, action="threaten"), evs
    offered = [e for e in evs if e.actor == actor and e.action in ("lower", "ease")]
    assert offered and offered[0].status in ("proposed", "under_negotiation"), evs


def test_a_threat_put_on_the_table_is_still_a_threat() -> None:
    evs = events("Washington put a 40% tariff on Swiss watches on the table on Monday.")
    assert find(evs, actor="USA", target="CHE", instrument="tariff", action="threaten"), evs


# 4. an offer word of another clause makes no offer of the step taken
@pytest.mark.parametrize(("text", "actor"), [
    ("Washington rejected the offer and lifted the tariffs on Mexican steel.", "USA"),
    ("Beijing, which had offered concessions, cut tariffs on US soybeans on Friday.", "CHN"),
    ("Ottawa turned down the offer but scrapped its surtax on US steel.", "CAN"),
])
def test_a_step_taken_beside_an_offer_is_a_fact(text, actor) -> None:
    evs = [e for e in events(text) if e.instrument == "tariff" and e.action in ("lower", "ease")]
    assert evs, text
    assert all(e.status not in ("proposed", "threatened") for e in evs), evs
    if actor:
        assert any(e.actor == actor for e in evs), evs


def test_a_step_taken_after_accepting_a_countrys_offer_is_the_subjects() -> None:
    evs = [e for e in events("Tokyo accepted the US offer and cut tariffs on American rice on Monday.")
           if e.instrument == "tariff" and e.action == "lower"]
    assert [(e.actor, e.target, e.status) for e in evs] == [("JPN", "USA", "in_force")], evs


def test_an_offered_relief_is_still_proposed() -> None:
    evs = events("Washington offered Hanoi a waiver from the steel tariffs on Monday.")
    eased = find(evs, instrument="tariff", action="ease")
    assert eased and eased[0].status == "proposed", evs


# 5. a country keeping the measure's old rate is let off the rise, owner named or not
@pytest.mark.parametrize("text", [
    "US steel tariffs double to 50% as Britain keeps its 25% rate.",
    "Trump's steel tariffs double to 50% on Wednesday, while Britain keeps its 25% rate under the deal.",
    "Washington's tariffs on steel doubled to 50%, but Britain retained its 25% rate.",
    "Washington's duties on aluminium tripled to 30% on Monday, while Australia kept its 10% rate.",
])
def test_a_country_keeping_the_old_rate_of_a_named_owners_rise_is_let_off(text) -> None:
    evs = events(text)
    eased = find(evs, actor="USA", instrument="tariff", action="ease")
    assert eased and eased[0].target in ("GBR", "AUS"), evs
    assert eased[0].magnitude is not None and eased[0].magnitude.value in (25.0, 10.0)


# 6. talks are with the counterpart named, held by a government
@pytest.mark.parametrize(("text", "pair"), [
    ("Japan will work with Washington to address Chinese overcapacity in steel.", {"JPN", "USA"}),
    ("Seoul discussed the Chinese steel glut with Tokyo on Monday.", {"KOR", "JPN"}),
    ("Canberra raised the Chinese barley duties with Washington last week.", {"AUS", "USA"}),
])
def test_talks_are_with_the_counterpart_after_with(text, pair) -> None:
    evs = events(text)
    assert pairs(evs, "talks") == {frozenset(pair)}, evs


@pytest.mark.parametrize("text", [
    "Farmers pressed Washington on the Chinese soybean tariffs.",
    "US senators pressed Lutnick on the tariffs on Canadian lumber at a hearing.",
    "China took up the US chip curbs with the WTO on Monday.",
    "EU ministers discussed the US steel tariffs with their counterparts in Luxembourg on Monday.",
    "Exporters pressed Beijing on the US chip curbs.",
    "Canadian premiers discussed the US steel tariffs with Carney on Monday.",
])
def test_talk_verbs_with_no_foreign_government_on_both_sides_are_no_talks(text) -> None:
    assert not find(events(text), instrument="talks")


# 7. a leaders' call told with a talk verb is the call, once
@pytest.mark.parametrize(("text", "pair"), [
    ("Trump discussed the fentanyl tariffs with Xi in a phone call on Monday.", {"USA", "CHN"}),
    ("Carney raised the steel tariffs with Trump during a call on Tuesday.", {"CAN", "USA"}),
    ("Xi pressed Trump on the chip export curbs during their call on Thursday.", {"CHN", "USA"}),
])
def test_a_leaders_call_is_no_talks(text, pair) -> None:
    evs = events(text)
    assert not find(evs, instrument="talks"), evs
    assert pairs(evs, "leader_call") == {frozenset(pair)}, evs


# 8. a relief dangled is a relief offered, a measure dangled a threat
@pytest.mark.parametrize("text", [
    "Trump dangled relief from the car tariffs for Japan on Monday.",
    "Washington floated an exemption from the steel tariffs for Canada.",
    "Brussels mooted a cut in its duties on US lobster.",
])
def test_a_dangled_relief_is_a_proposed_ease(text) -> None:
    evs = events(text)
    assert not find(evs, action="threaten"), evs
    relief = [e for e in evs if e.instrument == "tariff" and e.action in ("ease", "lower")]
    assert relief and relief[0].status == "proposed", evs


def test_a_dangled_measure_is_still_a_threat() -> None:
    evs = events("Trump dangled 25% tariffs on EU goods on Monday.")
    assert find(evs, actor="USA", target="EU", instrument="tariff", action="threaten"), evs


# 9. "tabled" with a definite object, or shelved, is no proposal
@pytest.mark.parametrize("text", [
    "Trump tabled the tariff hike on Mexican goods for now after a call with Sheinbaum.",
    "Washington tabled its planned levy on Brazilian beef on Monday.",
    "The White House tabled a surtax on Indian goods indefinitely.",
])
def test_a_measure_tabled_in_the_us_sense_is_no_proposal(text) -> None:
    evs = events(text)
    assert not [e for e in evs if e.instrument == "tariff" and e.action in ("announce", "impose", "raise")], evs


def test_a_surtax_tabled_is_still_proposed() -> None:
    evs = events("Ottawa tabled a surtax on US dairy on Monday.")
    assert [e.status for e in find(evs, actor="CAN", target="USA", instrument="tariff")] == ["proposed"], evs


# 10. a waiver asked for or refused is no relief
@pytest.mark.parametrize("text", [
    "Ottawa's request for a waiver from the US steel tariffs was rejected on Monday.",
    "Washington denied Ottawa's application for a waiver from the steel tariffs.",
    "Seoul's bid for a waiver from the chip tariffs failed on Monday.",
])
def test_a_waiver_sought_or_refused_is_no_ease(text) -> None:
    assert not find(events(text), action="ease")


def test_a_waiver_granted_is_still_an_ease() -> None:
    evs = events("Washington granted Seoul a waiver from the steel tariffs on Monday.")
    assert find(evs, actor="USA", target="KOR", instrument="tariff", action="ease"), evs


# 11. a possessive after "and"/"as well as" owns another measure
@pytest.mark.parametrize("text", [
    "Trump's tariffs on China as well as Canada's retaliatory duties hit US farmers.",
    "Trump's tariffs on China and Canada's retaliatory duties hit US farmers.",
    "Trump's tariffs on Mexico and Brazil's retaliatory duties hit exporters.",
])
def test_a_possessive_after_a_target_is_no_target(text) -> None:
    evs = events(text)
    firsts = [e for e in evs if e.actor == "USA"]
    assert firsts and not [e for e in firsts if e.target in ("CAN", "BRA")], evs


def test_a_plain_list_of_targets_is_still_one_event_each() -> None:
    evs = events("Trump's tariffs on China as well as Canada hit US farmers.")
    assert {e.target for e in evs if e.actor == "USA" and e.instrument == "tariff"} == {"CHN", "CAN"}, evs


# minor: agreeing to keep talking and to cut tariffs is a deal too
def test_agreeing_to_keep_talking_and_cut_tariffs_is_a_deal() -> None:
    evs = events("Japan and the United States agreed to keep talking and cut tariffs on cars to 15%.")
    assert pairs(evs, "agreement") == {frozenset(("JPN", "USA"))}, evs
    assert pairs(evs, "talks") == {frozenset(("JPN", "USA"))}, evs
