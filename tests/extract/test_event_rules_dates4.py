"""Dates of events (ANNOTATION.md rule 8, eval/README.md "Dates"): general policies on where an
event's date comes from when its own clause tells none, on invented sentences."""

from __future__ import annotations

from event_helpers import analyze_events, find


def test_an_undated_act_in_the_past_perfect_does_not_take_the_news_day() -> None:
    # "Ankara had answered by banning ...": background before the story's time, the text gives no date
    evs = analyze_events("Chile on Thursday raised tariffs on Peruvian copper wire to 20 percent.\n\n"
                         "Lima had answered an earlier dispute by banning exports of lithium to Chile.",
                         "2024-03-08", headline=True)
    ban = find(evs, actor="PER", instrument="export_control")
    assert ban and all(e.event_date is None for e in ban)
    assert find(evs, actor="CHL", action="raise")[0].event_date == "2024-03-07"


def test_a_past_perfect_act_a_dated_statement_reports_keeps_the_statement_day() -> None:
    # "the ministry said on Monday that buyers had stopped ...": the statement's day is the news
    evs = analyze_events("Brazil's farm ministry said on Monday that Chinese importers had stopped buying "
                         "Brazilian beef.", "2024-03-12", headline=True)
    assert [e.event_date for e in find(evs, actor="CHN")] == ["2024-03-11"]


def test_the_new_rate_takes_effect_dates_the_measure_told_before() -> None:
    # "The new rate takes effect on ...": a definite measure that tells no event of its own restates the one before
    evs = analyze_events("The United States hit Brazil with an extra 30 percent tariff on Monday, raising the levy on its goods "
                         "to 40 percent. The new rate takes effect on October 20.", "2025-10-08", headline=True)
    hit = find(evs, actor="USA", target="BRA")
    assert hit and all(e.event_date == "2025-10-20" for e in hit)


def test_a_start_date_after_an_appositive_dates_the_measure_told_before() -> None:
    # "The duties, ranging from 8 to 30 percent, will take effect ...": the appositive does not hide the subject
    evs = analyze_events("The European Commission on Tuesday imposed new duties on Chinese electric bicycles. "
                         "The duties, ranging from 8 percent to 30 percent, will take effect on May 2.",
                         "2024-04-17", headline=True)
    duties = find(evs, actor="EU", target="CHN", instrument="tariff")
    assert duties and all(e.event_date == "2024-05-02" for e in duties)


def test_a_year_before_an_after_clause_holds_the_after_clauses_act() -> None:
    # "were lifted in 2022 after the two sides agreed a truce": no earlier sentence's year for the truce
    evs = analyze_events("Canberra said on Monday it would impose duties on Chinese steel pipes from June 1.\n\n"
                         "Beijing first imposed tariffs on Australian barley in 2020. Those tariffs were lifted "
                         "in 2023 after the two sides agreed a truce.", "2025-05-13", headline=True)
    truce = find(evs, instrument="agreement", action="agree")
    assert [e.event_date for e in truce] == ["2023"]


def test_the_year_of_a_named_episode_dates_a_past_act() -> None:
    # "during the 2018 trade war": the year, not the news day
    evs = analyze_events("Washington on Tuesday raised tariffs on Chinese solar cells to 50 percent.\n\n"
                         "China first put tariffs on American soybeans during the 2018 trade war.",
                         "2024-05-16", headline=True)
    assert [e.event_date for e in find(evs, actor="CHN", instrument="tariff")] == ["2018"]


def test_a_pause_extended_to_a_day_is_dated_by_the_statement_and_the_day_lies_ahead() -> None:
    # "extended the pause ... to November 10": a new end, ahead of the story (not last November), and
    # not the date of the extension itself
    evs = analyze_events("Brussels extended the pause on its counter-tariffs against US goods by 90 days to "
                         "November 10, the Commission said on Monday.", "2025-08-12", headline=True)
    paused = find(evs, actor="EU", instrument="tariff")
    assert paused and all(e.event_date == "2025-08-11" for e in paused)


def test_a_day_after_a_postponement_lies_ahead() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    got = find_dates("Ottawa postponed the surtax on US steel by a month to February 3.", parse_published("2025-12-20"))
    assert [d.value for d in got] == ["2026-02-03"]


def test_coordinated_rounds_of_talks_are_one_event_per_date() -> None:
    # "met in Madrid in March, then in Oslo in May and in Rome last month": three rounds, three dates
    evs = analyze_events("Indian and EU negotiators met in Madrid in March, then in Oslo in May and in Rome last "
                         "month.", "2025-08-20", headline=True)
    assert sorted(e.event_date for e in find(evs, instrument="talks")) == ["2025-03", "2025-05", "2025-07"]
    evs = analyze_events("Indian and EU negotiators held talks in March in Madrid and in May in Oslo.", "2025-08-20",
                         headline=True)
    assert sorted(e.event_date for e in find(evs, instrument="talks")) == ["2025-03", "2025-05"]


def test_a_past_perfect_sentences_date_does_not_date_what_the_story_tells_next() -> None:
    # "In a letter on June 3, Trump had set ... Hanoi will now ...": back to the story's time, not June 3
    evs = analyze_events("Vietnam clinched a trade deal with Washington on Tuesday.\n\n"
                         "In a letter on June 3, Trump had set a 46 percent rate for Vietnamese goods. Hanoi will now "
                         "pay 20 percent, and will scrap tariffs on US cars.", "2025-07-03", headline=True)
    scrapped = find(evs, actor="VNM", instrument="tariff")
    assert scrapped and all(e.event_date == "2025-07-01" for e in scrapped)


def test_a_narrative_in_the_past_keeps_the_past_perfect_sentences_date() -> None:
    # "The row had flared on Monday, when ... He backed down after Quebec suspended the levy": still Monday
    evs = analyze_events("US steel tariffs of 50 percent took effect on Wednesday.\n\n"
                         "The row with Canada had already flared on Monday, when Trump threatened new duties on "
                         "Canadian lumber. He backed down within hours after Quebec suspended its electricity "
                         "surcharge.", "2025-06-05", headline=True)
    assert [e.event_date for e in find(evs, action="suspend")] == ["2025-06-02"]


def test_the_ordinance_takes_effect_dates_the_measure_told_before() -> None:
    # "The revised ordinance, approved by the cabinet, will take effect on ...": the legal form of the measure
    evs = analyze_events("Seoul on Friday decided to tighten export controls on battery materials to China.\n\n"
                         "The revised decree, approved by the cabinet, will take effect on August 1.",
                         "2025-06-14", headline=True)
    tightened = find(evs, actor="KOR", instrument="export_control")
    assert tightened and all(e.event_date == "2025-08-01" for e in tightened)


def test_takes_effect_in_n_days_dates_the_measure_told_before() -> None:
    # "The duties take effect in 30 days": a restatement of the measure, 30 days after the story's day
    evs = analyze_events("Brazil said on Tuesday it would raise tariffs on Chinese steel to 25 percent. "
                         "The duties take effect in 30 days.", "2024-06-12", headline=True)
    raised = find(evs, actor="BRA", instrument="tariff")
    assert [e.event_date for e in raised] == ["2024-07-11"]


def test_the_day_of_a_statement_is_past_whatever_it_foretells() -> None:
    # "Ottawa will retaliate, the minister said Friday": Friday is the day of the statement, before the story
    evs = analyze_events("Ottawa will impose counter-tariffs on US steel, the finance minister said Friday.",
                         "2025-03-05", headline=True)
    assert [e.event_date for e in find(evs, actor="CAN")] == ["2025-02-28"]

    from tradeshock.extract.dates import find_dates, parse_published

    got = find_dates("Duties will rise, the minister said on Monday, and talks will resume on Friday.",
                     parse_published("2025-03-05"))
    assert [d.value for d in got] == ["2025-03-03", "2025-03-07"]


def test_a_weekday_after_a_present_tense_start_or_end_lies_ahead() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-03-05")  # a Wednesday
    assert [d.value for d in find_dates("The ban on Canadian pork starts Friday.", pub)] == ["2025-03-07"]
    assert [d.value for d in find_dates("The truce expires on Tuesday.", pub)] == ["2025-03-11"]
    assert [d.value for d in find_dates("The ban on Canadian pork started Friday.", pub)] == ["2025-02-28"]


def test_a_month_in_a_would_clause_lies_ahead() -> None:
    # "said on Sunday it would drop Japan from its list in September": this September, not last year's
    evs = analyze_events("Seoul said on Sunday it would remove Tokyo from its white list in September.",
                         "2019-08-12", headline=True)
    assert [e.event_date for e in find(evs, actor="KOR")] == ["2019-09"]


def test_a_day_after_counts_from_the_main_clauses_day_not_its_start_date() -> None:
    # "on Wednesday slapped ..., effective Thursday, a day after Ottawa raised ...": the raise was on Tuesday
    evs = analyze_events("Mexico on Wednesday slapped 30 percent tariffs on Canadian pork, effective Thursday, "
                         "a day after Ottawa raised its levies on Mexican steel to 40 percent.",
                         "2025-04-10", headline=True)
    assert [e.event_date for e in find(evs, actor="CAN", action="raise")] == ["2025-04-08"]


def test_they_take_effect_dates_the_measure_the_sentence_before_tells_first() -> None:
    # "They take effect on Sunday": the subject measure told last, not the one of its after-clause
    evs = analyze_events("Ankara on Saturday slapped retaliatory duties on 22 US products, including rice and "
                         "walnuts, a week after Washington doubled its tariffs on Turkish steel.\n\n"
                         "They take effect on Sunday, the trade ministry said.", "2018-06-24", headline=True)
    assert [e.event_date for e in find(evs, actor="TUR")] == ["2018-06-24"]
    earlier = find(evs, actor="USA")
    assert earlier and all(e.event_date != "2018-06-24" for e in earlier), evs
    evs = analyze_events("Jakarta on Monday banned exports of bauxite to China. It will take effect on July 1.",
                         "2025-06-10", headline=True)
    assert [e.event_date for e in find(evs, actor="IDN")] == ["2025-07-01"]


def test_saying_it_would_take_effect_dates_the_measure_of_the_sentence() -> None:
    # "announced a tariff on Monday, saying it would take effect on Nov. 3": the effective date (ANNOTATION.md 8)
    evs = analyze_events("Ottawa on Monday announced a 25 percent surtax on US furniture, saying it would take "
                         "effect on Nov. 3.", "2025-09-30", headline=True)
    assert [e.event_date for e in find(evs, actor="CAN")] == ["2025-11-03"]


def test_a_start_told_in_a_before_clause_restates_the_announced_tariff() -> None:
    # "... would seek talks before the levy takes effect on 7 August": the levy announced just before, not a new one
    evs = analyze_events("Norway was blindsided by a 25 per cent US tariff announced on Friday, and the government said "
                         "it would seek talks before the levy takes effect on 7 August.", "2025-08-02",
                         headline=True)
    tariffs = find(evs, instrument="tariff")
    assert [e.event_date for e in tariffs] == ["2025-08-07"]


def test_a_deadline_day_may_lie_ahead() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-03-05")
    assert [d.value for d in find_dates("Partners must strike deals by July 9.", pub)] == ["2025-07-09"]
    assert [d.value for d in find_dates("Beijing imposed duties on July 9.", pub)] == ["2024-07-09"]


def test_earlier_in_the_week_is_this_week() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    got = find_dates("Seoul raised its levies earlier in the week.", parse_published("2025-03-06"))
    assert [(d.value, d.precision) for d in got] == [("2025-03", "month")]


def test_a_date_in_a_closed_relative_clause_is_not_the_main_clauses() -> None:
    # "Seoul, which struck a deal with Washington on July 30, cut its tariffs ... on Thursday"
    evs = analyze_events("Seoul, which struck a trade deal with Washington on July 30, cut its tariffs on US beef on "
                         "Thursday.", "2025-08-29", headline=True)
    assert [e.event_date for e in find(evs, actor="KOR", instrument="tariff")] == ["2025-08-28"]
    assert [e.event_date for e in find(evs, instrument="agreement")] == ["2025-07-30"]


def test_a_month_after_a_done_participle_is_past_in_a_will_sentence() -> None:
    from tradeshock.extract.dates import find_dates, parse_published

    pub = parse_published("2025-10-15")
    got = find_dates("Hanoi will cut tariffs on US pork under the pact signed in September.", pub)
    assert [d.value for d in got] == ["2025-09"]
    assert [d.value for d in find_dates("The pact will be signed in September.", pub)] == ["2026-09"]


def test_a_date_in_a_closed_participle_phrase_is_not_the_main_clauses() -> None:
    # "Ottawa, angered by US levies announced on Monday, banned ... on Tuesday": Tuesday
    evs = analyze_events("Ottawa, angered by new US lumber levies announced on Monday, banned exports of potash to "
                         "the United States on Tuesday.", "2024-12-04", headline=True)
    bans = find(evs, instrument="export_control")
    assert bans and all(e.event_date == "2024-12-03" for e in bans)


def test_the_measure_an_act_answers_takes_no_news_day() -> None:
    # "..., widely seen as retaliation for EU duties on Chinese cars": recalled, its date untold
    evs = analyze_events("Beijing on Monday opened an anti-dumping probe into European pork, widely seen as "
                         "retaliation for EU duties on Chinese electric vehicles.", "2024-06-18", headline=True)
    recalled = find(evs, actor="EU", instrument="tariff")
    assert recalled and all(e.event_date is None for e in recalled)
    evs = analyze_events("Tokyo on Friday raised tariffs on Korean steel in response to Seoul's export curbs on "
                         "Japanese chemicals.", "2024-06-18", headline=True)
    # (Seoul's curbs are not read as an event of their own here; the answer keeps its own day)
    assert [e.event_date for e in find(evs, actor="JPN")] == ["2024-06-14"]


def test_the_start_told_in_a_measures_relative_clause_does_not_date_its_removal() -> None:
    # "will scrap its levy on US pork, which it introduced in March": March is the levy's start
    evs = analyze_events("Seoul will scrap its levy on US pork, which it introduced in March, the trade minister "
                         "said on Friday.", "2025-09-06", headline=True)
    assert [e.event_date for e in find(evs, actor="KOR", action="lower")] == ["2025-09-05"]


def test_talks_over_two_days_are_one_round() -> None:
    # "held talks in Ottawa on Monday and Tuesday": one meeting, not two rounds
    evs = analyze_events("Mexican and Canadian officials held talks in Ottawa on Monday and Tuesday.", "2025-06-12",
                         headline=True)
    assert len(find(evs, instrument="talks")) == 1


def test_dates_from_is_an_origin_that_later_shifts_count_from() -> None:
    # "The list dates from 12 March 2020, when ... Officials announced it a week after Ottawa had added ...":
    # the day the list dates from is a reference for "a week after", not a start date to skip
    evs = analyze_events("The export blacklist dates from 12 March 2020, when the ministry said it would create one. "
                         "Officials announced the plan a week after the US Commerce Department had added ZTE to its "
                         "Entity List.", "2023-02-17", headline=True)
    assert [e.event_date for e in find(evs, actor="USA", instrument="entity_list")] == ["2020-03-05"]


def test_the_move_comes_n_days_after_counts_from_the_storys_day() -> None:
    # "The rules come two days after ...": from the news day, not from a background day named last
    evs = analyze_events("Japan on Friday scrapped its duty-free threshold for small parcels.\n\n"
                         "A decree Tokyo signed on July 4 makes the change permanent from 2027.\n\n"
                         "The parcel measure arrives two days after Washington lifted its levy on Brazilian beef "
                         "to 50 percent.", "2025-08-29", headline=True)
    assert [e.event_date for e in find(evs, actor="USA", action="raise")] == ["2025-08-27"]
