"""Rules on the dates of events (ANNOTATION.md rule 8), on invented sentences."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def dated(text: str, published: str = "2025-06-10") -> list[tuple[str | None, str | None, str, str, str | None]]:
    return [(e.actor, e.target, e.instrument, e.action, e.event_date)
            for e in analyze(Article(text=text, published=published)).events]


def test_a_dateline_with_a_single_hyphen_is_not_the_news_day() -> None:
    # published on a Thursday; "on Wednesday" is the day before, the dateline is the filing day
    got = dated("Ottawa tightens rules on steel\n\nOTTAWA, March 13 - Canada imposed a 15% tariff on steel from "
                "Ruritania. The finance ministry said on Wednesday that it wanted to protect local mills.", published="2025-03-13")
    assert ("CAN", None, "tariff", "impose", "2025-03-12") in got


def test_a_date_in_a_relative_clause_does_not_date_the_rest_of_the_paragraph() -> None:
    # the paragraph's news is Monday's; "the curbs it announced on May 2" tells when those began
    got = dated("Mexico eases curbs\n\nMexico said on Monday it would lift the export curbs on steel it announced "
                "on May 2. Mexico also suspended its tariffs on Canadian pork.")
    assert ("MEX", "CAN", "tariff", "suspend", "2025-06-09") in got


def test_days_after_count_from_the_news_day_not_from_a_start_date() -> None:
    # "from Aug. 28" is when the rule bites; "two days after" counts back from Friday's decision
    got = dated("Japan tightens chip rules\n\nJapan said on Friday that exporters would need licences from "
                "Aug. 28 for chip materials shipped to South Korea. The decision came two days after South "
                "Korea imposed tariffs on Japanese steel.", published="2019-08-03")
    assert ("KOR", "JPN", "tariff", "impose", "2019-07-31") in got


def test_talks_held_elsewhere_do_not_take_the_date_of_a_deal_they_recall() -> None:
    got = dated("Japan and Korea resume talks\n\nJapan and South Korea agreed in Seoul on May 2 to cut their "
                "tariffs on steel.\n\nOn Monday, Japan and South Korea said they would keep talking. Their talks "
                "in Tokyo, the first since the Seoul deal, focused on chip materials.")
    talks = [g for g in got if g[2:4] == ("talks", "negotiate")]
    assert talks and all(g[4] == "2025-06-09" for g in talks)


def test_the_day_in_apposition_to_a_date_dates_what_it_tells() -> None:
    got = dated("Mexico answers\n\nMexico said on Tuesday it would charge duties on US pork from July 1, the day "
                "Washington is due to start collecting tariffs on Mexican tomatoes.")
    assert ("USA", "MEX", "tariff", "impose", "2025-07-01") in got
    assert ("MEX", "USA", "tariff", "impose", "2025-07-01") in got


def test_the_end_of_the_week_fixes_the_month_only() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-06-10")
    assert [(d.value, d.precision) for d in find_dates("a call at the end of the week", pub)] == [("2025-06", "month")]
    assert [d.value for d in find_dates("a deal by the end of next month", pub)] == ["2025-07"]
    assert [d.value for d in find_dates("a review by the end of the year", pub)] == ["2025"]
    # the last days of the week of 2025-05-28 straddle two months: no month is fixed
    assert [d.value for d in find_dates("at the end of the week", parse_published("2025-05-28"))] == [None]
    got = dated("Leaders to talk\n\nPresident Donald Trump said he might speak with Chinese President Xi Jinping "
                "at the end of the week.", published="2025-06-10")
    # eval/README.md "Dates of statements of intent": the plan fixes no day and the statement has none
    assert ("USA", "CHN", "leader_call", "call", None) in got


def test_a_standing_threat_told_without_a_day_has_no_date() -> None:
    got = dated("Steel talks stall\n\nCanada imposed a 20% tariff on steel from Mexico on Monday. Mexico has said "
                "it could put duties on Canadian pork if the tariff stays.")
    assert ("MEX", "CAN", "tariff", "threaten", None) in got
    got = dated("Car tariffs loom\n\nCanada imposed a 20% tariff on steel from Mexico on Monday.\n\nThe dispute "
                "comes as Mexico weighs tariffs on Canadian cars.")
    assert ("MEX", "CAN", "tariff", "threaten", None) in got


def test_a_threat_told_in_the_past_tense_keeps_the_news_day() -> None:
    got = dated("Steel talks stall\n\nCanada imposed a 20% tariff on steel from Mexico on Monday. Mexico said "
                "it could put duties on Canadian pork if the tariff stays.")
    assert ("MEX", "CAN", "tariff", "threaten", "2025-06-09") in got


def test_a_measure_that_took_effect_fixes_the_news_day() -> None:
    got = dated("Canada surtax\n\nA 10% surtax on Mexican steel took effect on Tuesday, Canada said.\n\nMexico "
                "opened an anti-dumping investigation into Canadian pork.", published="2025-06-11")
    assert ("MEX", "CAN", "other", "announce", "2025-06-10") in got


def test_a_slated_day_lies_ahead_of_the_publication_date() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2024-10-01")
    assert [d.value for d in find_dates("The levy had been slated for Oct. 15.", pub)] == ["2024-10-15"]
    assert [d.value for d in find_dates("The talks were scheduled for Oct. 20.", pub)] == ["2024-10-20"]


def test_the_lead_event_is_not_merged_into_a_measure_recalled_from_last_year() -> None:
    got = dated("Canada bans graphite exports\n\nCanada banned exports of graphite to the US, escalating a dispute "
                "over minerals.\n\nThe trade ministry said on Tuesday that no licences would be approved. Canada "
                "began requiring licences for graphite exports last year.")
    assert ("CAN", "USA", "export_control", "impose", "2025-06-10") in got
    # the recalled measure stays apart with its own date (its target is the parties rules' business)
    assert any(e[0] == "CAN" and e[2:] == ("export_control", "impose", "2024") for e in got), got


def test_a_start_date_in_a_which_clause_dates_the_measure_told_before() -> None:
    got = dated("Japan acts\n\nJapan on Friday removed South Korea from its whitelist of trusted trading partners. "
                "The change, which takes effect Aug. 28, means exporters will need licences.", published="2019-08-03")
    assert ("JPN", "KOR", "export_control", "tighten", "2019-08-28") in got


def test_a_month_deadline_in_a_forward_clause_lies_ahead() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-03-12")
    assert [d.value for d in find_dates("More duties are to follow by mid-May.", pub)] == ["2025-05"]
    assert [d.value for d in find_dates("The levies are set to apply from May.", pub)] == ["2025-05"]
    # a month told in the past keeps the nearest past year
    assert [d.value for d in find_dates("The deal reached in May covers steel.", pub)] == ["2024-05"]


def test_hours_later_is_the_day_of_the_event_told_before() -> None:
    got = dated("Canada answers\n\nCanada said on Friday it had acted to protect its mills.\n\nUS duties on Chinese "
                "goods rose to 104 per cent on Wednesday.\n\nHours later, Canada imposed a 25% tariff on US steel.",
                published="2025-04-12")
    assert ("CAN", "USA", "tariff", "impose", "2025-04-09") in got


def test_a_start_weekday_told_in_the_past_is_the_nearest_such_day() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-04-12")  # a Saturday
    assert [d.value for d in find_dates("Ottawa answered with a 30% levy, effective Thursday.", pub)] == ["2025-04-10"]
    assert [d.value for d in find_dates("The levy will rise to 30%, effective Thursday.", pub)] == ["2025-04-17"]
    assert [d.value for d in find_dates("The levies apply from Monday.", pub)] == ["2025-04-14"]


def test_a_measure_told_before_a_deal_place_does_not_take_the_deal_date() -> None:
    got = dated("Japan threatens Korea\n\nJapan and South Korea agreed in Seoul on May 2 to cut their tariffs on "
                "steel.\n\nOn Monday, Japan said it was ready to act. Japan's threat of a 50% tariff on Korean cars, "
                "if carried out, would upend the Seoul deal.")
    assert ("JPN", "KOR", "tariff", "threaten", "2025-06-09") in got


def test_an_old_entry_into_force_is_not_the_news_day() -> None:
    got = dated("Canada and Mexico\n\nThe pact, which came into force on July 1, 2020, covers cars.\n\nMexico opened "
                "an anti-dumping investigation into Canadian pork.", published="2025-06-11")
    assert [g[4] for g in got if g[2:4] == ("other", "announce")] == [None], got


def test_a_month_of_last_year_and_a_two_word_probe() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2024-10-30")
    assert [d.value for d in find_dates("a probe opened in October last year", pub)] == ["2023-10"]
    assert [d.value for d in find_dates("talks due in March next year", pub)] == ["2025-03"]
    got = dated("Probe\n\nThe EU opened an anti-dumping investigation into Chinese steel in March last year.",
                published="2024-10-30")
    assert [g[4] for g in got if g[2:4] == ("other", "announce")] == ["2023-03"]


def test_the_second_noun_of_a_probe_does_not_take_its_date() -> None:
    got = dated("Probe\n\nThe EU opened an anti-dumping investigation into Chinese steel in March.",
                published="2024-10-30")
    assert [g[4] for g in got if g[2:4] == ("other", "announce")] == ["2024-03"]


def test_a_start_month_with_its_preposition_is_the_effective_date() -> None:
    got = dated("Order\n\nUnder an order signed in November, Canada will bar imports of Mexican steel from January.",
                published="2025-12-19")
    assert [g[4] for g in got if g[0] == "CAN" and g[2] in ("import_restriction", "tariff")] == ["2026-01"]


def test_a_deal_takes_the_date_of_its_own_verb_not_the_accusation() -> None:
    got = dated("Deal\n\nCanada accused Mexico on Friday of breaking the agreement the two countries reached in "
                "Ottawa in May.", published="2025-06-14")
    assert [g[4] for g in got if g[2] == "agreement"] == ["2025-05"]


def test_a_call_in_the_next_day_or_two_has_no_day() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    found = find_dates("he would speak with her in the next day or two", parse_published("2025-02-04"))
    assert [(d.kind, d.value, d.anchor_offset) for d in found] == [("vague", None, None)]
    got = dated("Call\n\nCanada paused its levies on Monday. President Donald Trump said he would probably speak "
                "with Chinese President Xi Jinping in the coming days.", published="2025-02-04")
    assert ("USA", "CHN", "leader_call", "call", None) in got


def test_the_same_day_the_new_tariffs_kick_in_dates_the_tariffs_told_before() -> None:
    got = dated("Mexico hits back\n\nMexico will impose tariffs on US pork from next Monday, officials said on "
                "Tuesday, hours after Washington announced levies on Mexican steel.\n\nMexico's duties of 20 per cent "
                "would apply from June 16, the same day the new US tariffs kick in.")
    assert ("USA", "MEX", "tariff", "impose", "2025-06-16") in got


def test_a_paragraph_told_hours_later_counts_from_the_news_not_a_start_date() -> None:
    got = dated("Levies\n\nCanada said on Friday it had acted to protect its mills.\n\nUS duties on Chinese goods "
                "rose to 104 per cent on Wednesday, and Beijing retaliated with a rate of 84 per cent, effective "
                "Thursday.\n\nHours later, the White House spoke to reporters. Canada imposed a 25% tariff on US "
                "steel.", published="2025-04-12")
    assert ("CAN", "USA", "tariff", "impose", "2025-04-09") in got


def test_a_day_set_or_slated_for_lies_ahead() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-06-14")  # a Saturday
    assert [d.value for d in find_dates("Talks are set for Monday in Geneva.", pub)] == ["2025-06-16"]
    assert [d.value for d in find_dates("The vote is slated for Tuesday.", pub)] == ["2025-06-17"]
    assert [d.value for d in find_dates("Officials met on Monday.", pub)] == ["2025-06-09"]


def test_a_measure_inside_an_if_clause_has_no_date() -> None:
    # eval/README.md: a pure hypothetical ("if the United States dropped its tariffs") has no date
    got = dated("Offer\n\nCanada said on Monday it would be happy if Mexico dropped its tariffs on Canadian pork.")
    assert ("MEX", "CAN", "tariff", "lower", None) in got
    # the threat itself, told before the if-clause, keeps the day it was made
    got = dated("Threat\n\nMexico threatened on Monday to impose tariffs on Canadian pork if Canada did not act.")
    assert ("MEX", "CAN", "tariff", "threaten", "2025-06-09") in got


def test_a_measure_that_starts_on_a_day_takes_it_as_its_effective_date() -> None:
    got = dated("Surtax\n\nCanada announced a 25% surtax on Chinese steel on Monday. The surtax starts on Oct. 22.",
                published="2024-10-01")
    assert [g for g in got if g[2] == "tariff"] == [("CAN", "CHN", "tariff", "impose", "2024-10-22")]


def test_end_month_with_a_hyphen_fixes_the_month() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-02-10")
    assert [d.value for d in find_dates("They aim for a deal by end-March.", pub)] == ["2025-03"]


def test_a_weekday_of_last_or_next_week() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-06-14")  # a Saturday
    assert [d.value for d in find_dates("Officials met on Thursday last week.", pub)] == ["2025-06-05"]
    assert [d.value for d in find_dates("They will meet on Monday next week.", pub)] == ["2025-06-16"]
    assert [d.value for d in find_dates("Officials met on Thursday.", pub)] == ["2025-06-12"]
