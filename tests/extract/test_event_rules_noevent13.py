"""Sentences that tell a measure through the goods that bear it ("X will carry / attract / face a duty",
"X will be taxed at N%") or name its government only as the speaker, and the guards that keep sentences
with no government act free of events. All sentences are invented."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events


def _has(evs, actor, target, instrument, actions=("impose", "raise"), subject=None) -> bool:  # type: ignore[no-untyped-def]
    return any(e.actor == actor and e.target == target and e.instrument == instrument and e.action in actions
               and (subject is None or subject in e.subject) for e in evs)


@pytest.mark.parametrize(("text", "actor", "target", "subject"), [
    # a bearer verb other than "face": carry, attract, incur
    ("Peru's trade ministry issued its ruling on Monday. Chilean copper wire will carry a 22% duty for three years.",
     "PER", "CHL", None),
    ("Uruguayan rice will attract an 18% safeguard duty, the Brazilian foreign trade chamber said on Tuesday.",
     "BRA", "URY", None),
    # the laying country's name between the verb and the duty
    ("Korean steel plates will face extra EU duties of up to 19.5% from next Monday.", "EU", "KOR", "steel"),
    ("Thai tuna will carry a 12% Japanese tariff from April.", "JPN", "THA", None),
    # "be taxed at"
    ("Norway said on Wednesday that Danish butter would be taxed at 45% from March.", "NOR", "DNK", None),
    ("Starting next month, Colombian coffee will be taxed at 30%, the White House said.", "USA", "COL", None),
])
def test_goods_bearing_a_duty_give_the_measure(text: str, actor: str, target: str, subject: str | None) -> None:
    evs = analyze_events(text, "2025-06-10", headline=True)
    assert _has(evs, actor, target, "tariff", subject=subject), [(e.actor, e.target, e.action) for e in evs]


def test_goods_bearing_a_ban_give_the_measure() -> None:
    evs = analyze_events("Argentine beef now faces a Chilean import ban.", "2025-06-10", headline=True)
    assert _has(evs, "CHL", "ARG", "import_restriction", ("impose",))


@pytest.mark.parametrize(("text", "actor", "target"), [
    # the government named only as the one who says it, after the measure
    ("Indian and Pakistani polyester yarn will face a 41% anti-dumping duty, the Turkish trade ministry said "
     "on Friday.", "TUR", "PAK"),
    ("Egyptian glass bottles will face duties of 27% from July 1, Ankara said. Greece and Italy were not "
     "named in the ruling.", "TUR", "EGY"),
    # or as the owner of the ruling the goods bear it under
    ("Malaysian rubber gloves will carry a 17% duty under the Australian Anti-Dumping Commission's final ruling.",
     "AUS", "MYS"),
])
def test_the_government_told_as_speaker_is_the_actor(text: str, actor: str, target: str) -> None:
    evs = analyze_events(text, "2025-06-10", headline=True)
    assert _has(evs, actor, target, "tariff"), [(e.actor, e.target, e.action) for e in evs]


def test_a_country_hit_beside_the_target_is_not_made_the_actor() -> None:
    evs = analyze_events("Chile and Peru were spared from the copper duties on Tuesday.", "2025-06-10", headline=True)
    assert not any({e.actor, e.target} == {"CHL", "PER"} for e in evs)


def test_a_place_or_partner_is_not_made_the_actor() -> None:
    # "citing their arms sales to Taiwan": a destination names no government that acts
    evs = analyze_events("The ministry said the two American drone makers were barred from trade with China, "
                         "citing their sales to Taiwan.", "2025-06-10", headline=True)
    assert not any(e.actor == "TWN" for e in evs)
    # (a place beside the speaker, where the last fallback looks: "officials in Singapore said")
    evs = analyze_events("Vietnam and Thailand signed a rice pact in May. Chinese anodes will carry a 93% duty from "
                         "Friday, officials in Singapore said.", "2025-06-10", headline=True)
    assert not any(e.actor == "SGP" for e in evs), [(e.actor, e.target) for e in evs]


@pytest.mark.parametrize("text", [
    # company statements, market reports, analysts' forecasts: no government act
    "Shares of Kestrel Foods fell 4% after the company said its Mexican avocados would carry higher prices.",
    "Analysts at Brightline Capital expect Brazilian coffee to attract strong demand from German roasters.",
    "Chinese solar panels carried a 12% discount to European modules in May, a market report showed.",
    "Vietnamese furniture makers said their exports to Canada will face higher freight costs this year.",
    "Korean steel will face weaker demand next year as Japanese carmakers cut output, a bank forecast said.",
    # (with a real duty and rate: a rate the goods bore, or bear with no date ahead, is no new measure)
    "Chinese solar panels carried a 12% US tariff in May, a market report showed.",
    "Korean steel carries a 15% US duty, a bank forecast said.",
    "Shares of Kestrel Foods fell 4% after the company said its Mexican avocados carried a 10% US duty last year.",
])
def test_no_government_act_gives_no_event(text: str) -> None:
    evs = analyze_events(text, "2025-06-10", headline=True)
    assert not evs, [(e.actor, e.target, e.instrument, e.action) for e in evs]


def test_a_flow_halted_in_the_passive_after_a_long_noun_phrase() -> None:
    evs = analyze_events("Purchases of Canadian canola by Chinese state crushers were suspended last week on orders "
                         "from Beijing.", "2025-06-10", headline=True)
    assert any(e.instrument == "import_restriction" and e.action in ("impose", "suspend") and e.target == "CAN"
               for e in evs), [(e.actor, e.target, e.instrument, e.action) for e in evs]


def test_a_flow_word_before_another_clauses_verb_is_no_measure() -> None:
    evs = analyze_events("Imports of Brazilian soybeans into Spain rose sharply in May as buyers stopped waiting "
                         "for cheaper cargoes.", "2025-06-10", headline=True)
    assert not evs, [(e.actor, e.target, e.instrument, e.action) for e in evs]
    # (the flow verb 7-10 words on, after the conjunction, with a state buyer and a government named)
    evs = analyze_events("Imports of Brazilian soybeans by state buyers rose after China stopped hedging.",
                         "2025-06-10", headline=True)
    assert not evs, [(e.actor, e.target, e.instrument, e.action) for e in evs]


def test_the_country_of_goods_that_carry_a_duty_is_the_target() -> None:
    evs = analyze_events("Moroccan sardine tins will carry a 23% countervailing duty from Friday, Tunisia's "
                         "trade ministry said.", "2025-06-10", headline=True)
    assert _has(evs, "TUN", "MAR", "tariff"), [(e.actor, e.target, e.action) for e in evs]


def test_a_demonym_opening_firms_that_pay_is_no_target_of_theirs() -> None:
    # the firms pay, they do not bear a measure: nothing is laid on Korea here
    evs = analyze_events("Korean carmakers will pay higher wages next year, the union said.", "2025-06-10",
                         headline=True)
    assert not evs, [(e.actor, e.target, e.instrument, e.action) for e in evs]
    # (with a real duty: buyers and consumers pay it on others' goods)
    evs = analyze_events("American consumers will face a 25% tariff on Chinese toys from August, the White House "
                         "said.", "2025-06-10", headline=True)
    assert any((e.actor, e.target) == ("USA", "CHN") for e in evs), [(e.actor, e.target) for e in evs]
