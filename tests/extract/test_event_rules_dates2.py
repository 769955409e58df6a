"""More rules on the dates of events (ANNOTATION.md rule 8, eval/README.md "Dates"), on invented sentences."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def dated(text: str, published: str = "2025-06-10") -> list[tuple[str | None, str | None, str, str, str | None]]:
    return [(e.actor, e.target, e.instrument, e.action, e.event_date)
            for e in analyze(Article(text=text, published=published)).events]


def test_a_start_date_dates_the_measure_of_the_government_the_sentence_before_names() -> None:
    # both governments tightened controls in the lead; "the change" after a sentence about Canada is Canada's
    got = dated("Ottawa and Mexico City trade blows\n\nMexico said on Monday it will strike Canada off its list of "
                "trusted trading partners, hours after Ottawa approved removing Mexico from its own whitelist.\n\n"
                "Canada's cabinet approved the revised export order on Monday morning. The change, which takes effect "
                "July 20, means Canadian exporters will need licences for shipments to Mexico.")
    assert ("CAN", "MEX", "export_control", "tighten", "2025-07-20") in got
    assert ("MEX", "CAN", "export_control", "tighten", "2025-06-09") in got


def test_a_threat_reported_with_a_plan_is_dated_by_the_statement() -> None:
    # "said on Tuesday she would meet ... on Thursday and that ...": the threat was made on Tuesday
    got = dated("Ottawa readies answer to US steel tariffs\n\nThe United States raised its tariff on Canadian steel "
                "to 50% on Monday.\n\nCanada's trade minister said on Tuesday she would meet her U.S. counterparts "
                "on Thursday and that Ottawa was preparing countermeasures in case the talks failed.",
                published="2025-06-11")
    assert ("CAN", "USA", "other", "threaten", "2025-06-10") in got


def test_a_date_before_an_after_clause_is_the_main_clauses() -> None:
    # "rallied on Thursday after Trump said ... had struck a deal": Thursday is the rally's day
    got = dated("Seoul stocks climb on US deal\n\nKorean carmakers rallied in Seoul on Thursday after U.S. President "
                "Donald Trump said Washington and Seoul had struck a trade agreement.\n\nTrump announced the deal "
                "late Wednesday on social media.", published="2025-06-12")
    deals = [g for g in got if g[2] == "agreement"]
    assert deals and all(g[4] == "2025-06-11" for g in deals)


def test_a_measure_told_as_what_the_deal_does_takes_the_deals_date() -> None:
    # the paragraph's last date is an earlier letter's; "the deal cuts the duty" happened with the deal
    got = dated("Seoul stocks climb on US deal\n\nThe United States and South Korea struck a trade agreement on "
                "Tuesday.\n\nTrump had threatened a 25% tariff in a letter on May 20. For carmakers the gain is "
                "larger: the deal cuts the duty on Korean cars to 15% from 25%.", published="2025-06-12")
    assert ("USA", "KOR", "tariff", "lower", "2025-06-10") in got


def test_a_date_in_an_appositive_participle_dates_that_participle_not_the_event() -> None:
    # ", adopted by lawmakers a day earlier,": when the duties were adopted, not when they were paused
    got = dated("Tokyo buys time\n\nJapan on Tuesday put its first package of tariffs, adopted by lawmakers a day "
                "earlier, on hold for 60 days to leave room for talks with the United States.", published="2025-06-12")
    assert any(g[0] == "JPN" and g[2:] == ("tariff", "suspend", "2025-06-10") for g in got), got


def test_a_call_planned_for_a_vague_time_has_no_date() -> None:
    # "said he might speak with ... at the end of the week": no day for the plan, none for the statement
    got = dated("Tokyo hopes for a call\n\nJapan and the United States are still far apart on car tariffs.\n\n"
                "Prime Minister Shigeru Ishiba said he might speak with U.S. President Donald Trump at the end of "
                "the week.", published="2025-06-10")
    calls = [g for g in got if g[2] == "leader_call"]
    assert calls and all(g[4] is None for g in calls), got


def test_the_date_of_a_rise_does_not_date_the_starting_rate() -> None:
    # "start at 15% and rise to 30% on September 1": September 1 is when the rate rises
    got = dated("Ottawa hits back\n\nCanada said on Monday it would impose tariffs on US steel from June 20. The "
                "duties will start at 15 per cent and rise to 30 per cent on September 1.", published="2025-06-10")
    assert ("CAN", "USA", "tariff", "raise", "2025-09-01") in got
    assert not any(g[3] == "impose" and g[4] == "2025-09-01" for g in got), got


def test_an_undated_act_in_the_present_perfect_has_no_date() -> None:
    # eval/README.md "Undated acts in the present perfect": the text does not say when it happened
    got = dated("Brussels keeps duties\n\nThe European Commission said on Monday it would keep its duties on "
                "Mexican steel. Mexico has challenged the duties at the World Trade Organization.")
    wto = [g for g in got if g[0] == "MEX" and g[2:4] == ("legal_ruling", "announce")]
    assert wto and all(g[4] is None for g in wto), got


def test_a_present_perfect_lead_is_the_news_of_the_day() -> None:
    got = dated("Treasury acts\n\nThe US Treasury has designated Ruritania a currency manipulator, a day after "
                "Ruritania allowed its currency to weaken.\n\nOfficials said on Monday that tariffs could follow.")
    assert not any(g[0] == "USA" and g[4] is None and g[3] != "threaten" for g in got), got
    assert ("USA", None, "other", "impose", "2025-06-09") in got, got


def test_a_measure_recalled_in_a_relative_clause_keeps_no_date() -> None:
    # "a rule that extended its export controls ...": an earlier measure whose date the text does not give
    got = dated("Truce holds\n\nThe United States and Vietnam struck a one-year truce on Monday.\n\nHanoi said on "
                "Tuesday it would drop its port fees on American ships, while Washington would suspend a rule that "
                "extended its export controls to subsidiaries of listed Vietnamese firms.", published="2025-06-12")
    ctl = [g for g in got if g[0] == "USA" and g[2:4] == ("export_control", "tighten")]
    assert ctl and all(g[4] is None for g in ctl), got


def test_since_a_date_when_something_happened_dates_the_when_clause() -> None:
    # "licence requirements since May, when Commerce told suppliers they needed permission": May is
    # when the requirement came, although the bare "licence requirements" stand nearer the date
    got = dated("US widens chip curbs\n\nThe United States added two Chinese chipmakers to its Entity List on "
                "Friday. One of them has had to live with licence requirements since May, when the Commerce "
                "Department told American suppliers they needed permission to ship to it.", published="2020-12-19")
    assert any(g[0] == "USA" and g[2:] == ("export_control", "impose", "2020-05") for g in got), got


def test_the_deal_reported_the_next_day_is_the_deal_reached_the_day_before() -> None:
    # "On Thursday, the president wrote that the deal was done": the deal reached on Wednesday, reported
    got = dated("Deal done\n\nUS and Vietnamese negotiators agreed on a framework on Wednesday after two "
                "days of talks.\n\nOn Thursday, Trump wrote on social media that the deal was done.",
                published="2025-06-13")
    deals = [g for g in got if g[2] == "agreement"]
    assert deals and all(g[4] == "2025-06-11" for g in deals), got


def test_a_day_after_in_an_undated_lead_counts_back_from_the_news_day() -> None:
    # the lead gives no day; the news day is Thursday (next sentence), so "a day after" points to Wednesday
    got = dated("Beijing answers\n\nChina banned exports of graphite to Japan, a day after Tokyo tightened its "
                "export controls on chipmaking equipment.\n\nThe Commerce Ministry said on Thursday that the ban "
                "applied to all Japanese users.", published="2025-06-13")
    assert any(g[0] == "JPN" and g[2:] == ("export_control", "tighten", "2025-06-11") for g in got), got


def test_the_date_of_a_deal_named_after_a_measure_is_the_deals() -> None:
    # "lifted ..., the last step required under a settlement reached last month": May is the settlement's
    got = dated("US lifts ban on Chinese telecom firm\n\nThe US Commerce Department on Friday lifted a ban on "
                "sales of American parts to Huawei.\n\nThe export ban was lifted after Huawei deposited $300 million with "
                "a US bank, the final step required under a settlement reached last month.", published="2025-06-14")
    assert {g[4] for g in got if g[2:4] == ("export_control", "ease")} == {"2025-06-13"}, got


def test_came_into_force_on_a_date_is_an_effective_date() -> None:
    brief = analyze(Article(text="Levies start\n\nCanada's 10% tariffs on Ruritanian steel came into force on "
                                 "June 2.", published="2025-06-10"))
    tariffs = [e for e in brief.events if e.instrument == "tariff"]
    assert [(e.event_date, e.date_basis) for e in tariffs] == [("2025-06-02", "effective")], tariffs
