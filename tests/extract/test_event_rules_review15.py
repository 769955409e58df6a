"""Review of round 13's goods and the fixes of reviews 13a/13b (review 15): the sentences that proved each
finding, with variants of our own. Every sentence is invented; each test states the reading ANNOTATION.md
gives."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find

from tradeshock.models import Article
from tradeshock.pipeline import analyze

PUB = "2025-06-10"  # a Tuesday


def _evs(text: str, published: str = PUB):  # type: ignore[no-untyped-def]
    return analyze_events(text, published, headline=True)


def _rows(text: str, instrument: str | None = None) -> set[tuple[object, ...]]:
    """(actor, target, instrument, action) of every event, or of those of one instrument."""
    return {(e.actor, e.target, e.instrument, e.action) for e in _evs(text)
            if instrument is None or e.instrument == instrument}


def _subjects(text: str, instrument: str = "tariff") -> list[tuple[str, ...]]:
    return [e.subject for e in _evs(text) if e.instrument == instrument]


# 1. the goods of a relative clause on the subject ("Mexico, which sells cars to the US, ...") are what the
# subject trades, not the goods of the measure it is hit with; "hit ... by" names who suffers a tariff

@pytest.mark.parametrize(("text", "want"), [
    ("Mexico, which sells cars and steel to the US, will be hit with a 30% US tariff on tomatoes from July 14.",
     ("agricultural_products",)),
    ("Ottawa, which ships lumber south, was hit with a 35% US tariff on dairy on Monday.",
     ("agricultural_products",)),
    ("China, which buys US soybeans, will be hit with a 25% tariff on steel", ("steel",)),
    ("Vietnam, whose shrimp are sold across Europe, was charged a 46% US tariff on furniture on Monday.",
     ("industrial_goods",)),
    ("Chile, which mines much of the world's copper, will be hit with a 10% US tariff on wine.",
     ("agricultural_products",)),
])
def test_goods_of_a_relative_clause_on_the_subject_are_not_the_measures(text: str, want: tuple[str, ...]) -> None:
    assert _subjects(text) == [want], text


@pytest.mark.parametrize("text", [
    "Brazil, whose coffee is sold worldwide, will be charged a 50% tariff",
    "Farmers who grow soybeans will be hit hardest by the 25% tariff China imposed on Monday.",
    "Growers who export cherries were hit hard by the 10% tariff Beijing imposed on Monday.",
])
def test_goods_told_of_who_suffers_a_tariff_are_not_its_goods(text: str) -> None:
    assert _subjects(text) == [()], text


def test_goods_that_bear_a_tariff_are_still_its_goods() -> None:
    # (the subject phrase of the bearing verb, an "including" list in it, or what was said after "that")
    assert _subjects("Indian farm goods, including shrimp, will be hit with a 50% US tariff on Monday.") == [
        ("agricultural_products",)]
    assert _subjects("Chinese solar panels will face a 50% US tariff from August.") == [("solar_cells",)]
    assert _subjects("Washington said on Monday that Thai frozen shrimp would be charged a 20% tariff.") == [
        ("agricultural_products",)]


# 2. a court that strikes down a use of emergency powers to impose tariffs rules on tariffs

@pytest.mark.parametrize("text", [
    "The Supreme Court on Wednesday struck down Trump's use of emergency powers to impose tariffs.",
    "An appeals court on Friday upheld Trump's use of the International Emergency Economic Powers Act to impose "
    "tariffs.",
    "The Supreme Court on Wednesday struck down the president's use of a 1977 law to impose sweeping tariffs.",
])
def test_a_ruling_on_a_use_of_powers_to_impose_tariffs_is_a_ruling(text: str) -> None:
    rows = _rows(text)
    assert ("USA", None, "legal_ruling", "rule") in rows, rows
    assert not any(r[2] == "tariff" and r[3] == "impose" for r in rows), rows


def test_a_ruling_on_a_non_trade_decision_is_none() -> None:
    text = "The court upheld the government's decision last year to cut funding for universities in Texas over " \
           "their policies on tariffs."
    assert not find(_evs(text), instrument="legal_ruling"), _evs(text)


# 3. "would retaliate over the decision": the decision is the trade step told just before; the context runs
# to the two sentences before

@pytest.mark.parametrize("text", [
    "Washington raised tariffs on Chinese goods to 50% on Monday. Beijing said it would retaliate over the decision.",
    "Washington raised tariffs on Chinese goods to 50% on Monday. Beijing said it would retaliate over the move.",
    "The US added 80 Chinese firms to its Entity List on Monday. China's Commerce Ministry said it firmly opposed "
    "the move. Beijing said it would retaliate.",
])
def test_a_retaliation_over_a_trade_step_told_before_is_a_threat(text: str) -> None:
    assert ("CHN", "USA", "other", "threaten") in _rows(text), _rows(text)


@pytest.mark.parametrize("text", [
    "The US approved arms sales to Taiwan on Monday. Beijing said it would retaliate over the decision.",
    "Washington raised tariffs on Chinese goods on Monday. Islamabad said it would strike back at India over the "
    "attack.",
])
def test_a_retaliation_over_a_non_trade_matter_is_none(text: str) -> None:
    assert not find(_evs(text), instrument="other", action="threaten"), _evs(text)


# 4. an "if" in another clause (a report, "adding that ...") sets no condition on a filing

@pytest.mark.parametrize("text", [
    "Canada will file a WTO complaint against the US steel tariffs, Carney said on Monday, adding that Ottawa "
    "would retaliate if Washington raised them further.",
    "Brazil will file a WTO case against the US tariffs on beef, but would hold off if talks resumed.",
    "India will take the US to the WTO over the steel duties; it would retaliate if Washington refused to talk.",
])
def test_a_filing_with_a_condition_in_another_clause_is_announced(text: str) -> None:
    got = [e.action for e in _evs(text) if e.instrument == "legal_ruling"]
    assert got == ["announce"], (text, got)


def test_a_filing_with_its_own_condition_is_a_threat() -> None:
    text = "Canada said it would file a WTO complaint if Washington raised its steel tariffs further."
    assert [e.action for e in _evs(text) if e.instrument == "legal_ruling"] == ["threaten"]


# 5. a leader's visit with no trade told, or with another matter told, is no talks

@pytest.mark.parametrize("text", [
    "President Joe Biden visited Ukraine on Monday to show support against Russia's invasion.",
    "Prime Minister Narendra Modi visited Ukraine on Friday, weeks after a trip to Russia.",
    "President Donald Trump visited Qatar on Wednesday.",
    "Vietnamese President Luong Cuong hosted South Korean President Lee Jae-myung in Hanoi on Friday.",
    "Beijing cut its tariffs on Australian wine last year. Prime Minister Anthony Albanese visited China on Monday "
    "for the funeral of a former leader.",
])
def test_a_leaders_visit_with_no_trade_told_is_no_talks(text: str) -> None:
    assert not find(_evs(text), instrument="talks"), _evs(text)


@pytest.mark.parametrize("text", [
    "The US and Japan are at odds over tariffs on Japanese cars. President Donald Trump visited Japan on Wednesday.",
    "President Donald Trump visited Japan on Wednesday. He said tariffs on Japanese cars would stay.",
])
def test_a_leaders_visit_in_a_paragraph_about_trade_is_talks(text: str) -> None:
    assert ("USA", "JPN", "talks", "negotiate") in _rows(text), _rows(text)


# 6. a keeper's rate "on" its own goods is the rate they pay, a carve-out from the rise

@pytest.mark.parametrize(("text", "good"), [
    ("The US doubled its tariff on steel to 50%, while Britain kept its 25% rate on British steel.", "steel"),
    ("The US doubled its tariff on aluminium to 50%, while Britain kept its 25% rate on UK aluminium.", "aluminum"),
    ("The US doubled its tariff on steel to 50%, while Japan kept its 25% rate on Japanese steel.", "steel"),
])
def test_a_rate_kept_on_the_keepers_own_goods_is_a_carve_out(text: str, good: str) -> None:
    evs = find(_evs(text), instrument="tariff", action="ease")
    assert [(e.actor, e.subject) for e in evs] in ([("USA", (good,))],), _evs(text)
    assert evs[0].target in ("GBR", "JPN")


def test_a_rate_kept_on_another_countrys_goods_is_the_keepers_own() -> None:
    text = "The US doubled its tariff on steel to 50%, while Canada kept its 25% tariff on US steel."
    assert not find(_evs(text), actor="USA", target="CAN"), _evs(text)


# 7. a surname that is a goods word is the person after "including" in a list of people

def _people(text: str) -> set[str]:
    return {p.name for p in analyze(Article(text="Headline\n" + text, published=PUB)).people}


@pytest.mark.parametrize(("text", "name"), [
    ("The US imposed a 25% tariff on steel on Monday. Canadian ministers, including Champagne, met Lutnick in "
     "Washington on Tuesday.", "François-Philippe Champagne"),
    ("Republican senators, including Cotton, urged Trump on Monday to impose a 25% tariff on Chinese steel.",
     "Tom Cotton"),
    ("Several lawmakers, including Cotton, wrote to the Commerce Department on Monday.", "Tom Cotton"),
])
def test_a_surname_that_is_a_good_after_including_is_the_person(text: str, name: str) -> None:
    assert name in _people(text), _people(text)


def test_the_talks_with_a_named_minister_carry_no_goods() -> None:
    text = "The US imposed a 25% tariff on steel on Monday. Canadian ministers, including Champagne, met " \
           "Lutnick in Washington on Tuesday."
    assert [e.subject for e in find(_evs(text), instrument="talks")] == [()]


@pytest.mark.parametrize("text", [
    "The EU put a 25% tariff on US goods including Champagne and bourbon.",
    "Exports of Champagne fell after the tariffs.",
    "Washington put a 200% tariff on Champagne.",
])
def test_champagne_after_a_measure_or_a_flow_is_the_wine(text: str) -> None:
    assert not _people(text), _people(text)


# 8. "crude" after "of", "on", "its", "their" is the adjective unless a word the noun takes follows

@pytest.mark.parametrize("text", [
    "Beijing called the new 25% tariff on Chinese steel imposed on Monday a form of crude protectionism.",
    "Ottawa called the 25% US tariff on Canadian steel imposed on Monday an act of crude coercion.",
])
def test_crude_as_an_adjective_after_of_is_no_energy(text: str) -> None:
    assert _subjects(text) == [("steel",)], _evs(text)


@pytest.mark.parametrize("text", [
    "The EU on Monday imposed a ban on imports of crude from Russia.",
    "The US imposed a 25% tariff on imports of crude on Monday.",
])
def test_crude_after_of_before_a_noun_word_is_oil(text: str) -> None:
    assert [e.subject for e in _evs(text)] == [("energy",)], _evs(text)


# 9. a US actor that "tabled the tariffs" shelved them (US usage): no new proposal

@pytest.mark.parametrize("text", [
    "Trump on Monday tabled the tariffs on Mexican goods.",
    "Washington tabled the levies on Canadian lumber on Friday.",
    "The White House has tabled those duties on Brazilian beef.",
])
def test_a_measure_tabled_by_the_us_is_no_proposal(text: str) -> None:
    assert not find(_evs(text), action="announce"), _evs(text)


@pytest.mark.parametrize(("text", "row"), [
    ("Brussels tabled its countermeasures on Monday.", ("EU", None, "other", "announce")),
    ("The Commission on Monday tabled the countermeasures against US steel tariffs.", ("EU", "USA", "other", "announce")),
    ("Britain tabled a 10% tariff on US cars.", ("GBR", "USA", "tariff", "announce")),
    ("The US on Monday tabled a 25% tariff on Mexican tomatoes.", ("USA", "MEX", "tariff", "announce")),
])
def test_a_measure_put_forward_is_still_a_proposal(text: str, row: tuple[object, ...]) -> None:
    assert _rows(text) == {row}, _rows(text)


# 10. a court with no country named: the country that imposed the measure it rules on, or the US for a
# federal court

@pytest.mark.parametrize(("text", "actor"), [
    ("A federal court on Wednesday struck down the tariffs on Canadian lumber.", "USA"),
    ("The court on Wednesday struck down the levies that Washington imposed on Chinese goods in April.", "USA"),
    ("A judge on Friday blocked the duties that Ottawa slapped on US steel in March.", "CAN"),
    ("A federal judge on Friday blocked the administration's use of a 1977 emergency law to impose sweeping "
     "tariffs on imports.", "USA"),
])
def test_a_court_with_no_country_is_the_measures_owners(text: str, actor: str) -> None:
    assert [e.actor for e in find(_evs(text), instrument="legal_ruling")] == [actor], _evs(text)


def test_a_court_named_with_its_country_keeps_it() -> None:
    assert [e.actor for e in find(_evs("Brazil's federal court on Monday upheld the import ban on US beef."),
                                   instrument="legal_ruling")] == ["BRA"]


# review 2: a call followed by when it happened; a weak court verb after a court's full name

@pytest.mark.parametrize("text", [
    "Trump called Chinese President Xi Jinping hours after the new tariffs took effect on Monday.",
    "Trump called Chinese President Xi Jinping days before the tariffs were due to rise.",
])
def test_a_call_told_with_its_time_after_the_name_is_a_call(text: str) -> None:
    assert ("USA", "CHN", "leader_call", "call") in _rows(text), _rows(text)


def test_a_name_given_on_the_phone_is_still_no_call() -> None:
    assert not find(_evs("Trump called Chinese President Xi Jinping a tough negotiator on tariffs."),
                    instrument="leader_call")


def test_a_weak_court_verb_after_the_courts_full_name_is_a_ruling() -> None:
    text = "The Court of International Trade on Friday dismissed the challenge to the tariffs on Chinese steel."
    assert ("USA", None, "legal_ruling", "rule") in _rows(text), _rows(text)
    text = "After the court hearing, Beijing on Friday suspended the anti-dumping probe into Australian wine."
    assert not find(_evs(text), instrument="legal_ruling")
