"""Acts on a measure told earlier, named again by a pronoun or a bare definite noun (events/anaphora.py).
Every sentence here is invented."""

from __future__ import annotations

from event_helpers import analyze_events, find


def test_demonstrative_rate_suspended_takes_the_measure() -> None:
    evs = analyze_events("The United States put a 30% tariff on Thai solar panels on March 3. "
                         "That rate was suspended a week later for 60 days.", "2024-05-20", headline=True)
    hit = find(evs, actor="USA", target="THA", instrument="tariff", action="suspend")
    assert hit and hit[0].subject == ("solar_cells",) and hit[0].event_date.startswith("2024-03")


def test_bare_ban_extended_in_passive() -> None:
    evs = analyze_events("Vietnam banned rice exports on March 4. The ban was extended in May until the end "
                         "of the year.", "2024-06-10", headline=True)
    hit = find(evs, actor="VNM", instrument="export_control", action="extend")
    assert hit and hit[0].event_date == "2024-05" and hit[0].subject == ("agricultural_products",)


def test_pronoun_subject_of_passive() -> None:
    evs = analyze_events("Canada's retaliatory duties on US whiskey took effect in July 2018. They were lifted in "
                         "May 2019 after the metals dispute was settled.", "2020-01-10", headline=True)
    hit = find(evs, actor="CAN", target="USA", instrument="tariff", action="lower")
    assert hit and hit[0].event_date == "2019-05"


def test_pronoun_object_takes_every_good_of_the_measure() -> None:
    evs = analyze_events("Ottawa put duties of 20 per cent on American pork and 10 per cent on American aluminium "
                         "in June 2018, then dropped them in May 2019.", "2020-01-10", headline=True)
    hit = find(evs, actor="CAN", target="USA", instrument="tariff", action="lower")
    assert hit and hit[0].event_date == "2019-05"
    assert set(hit[0].subject) == {"agricultural_products", "aluminum"}


def test_pronoun_object_in_next_sentence() -> None:
    evs = analyze_events("Argentina halted beef exports on May 20. The government extended it in June until "
                         "further notice.", "2024-07-01", headline=True)
    assert find(evs, actor="ARG", instrument="export_control", action="extend", event_date="2024-06")


def test_demonstrative_ban_lifted_and_let_lapse() -> None:
    evs = analyze_events("Thailand banned exports of sugar in March. On September 2, the government lifted that "
                         "ban.", "2024-09-15", headline=True)
    assert find(evs, actor="THA", instrument="export_control", action="ease", event_date="2024-09-02")
    evs = analyze_events("Hungary banned imports of Ukrainian grain in April. Budapest let that restriction lapse "
                         "on Friday.", "2023-09-18", headline=True)
    assert find(evs, actor="HUN", target="UKR", instrument="import_restriction", action="ease",
                event_date="2023-09-15")


def test_relative_clause_acts_on_its_head() -> None:
    evs = analyze_events("Jakarta's ban on palm oil exports, which was lifted on May 23, had sent prices soaring.",
                         "2022-06-01", headline=True)
    hit = find(evs, actor="IDN", instrument="export_control", action="ease", event_date="2022-05-23")
    assert hit and hit[0].subject == ("agricultural_products",)
    evs = analyze_events("The European Union had readied counter-tariffs on €20bn of American goods, which it now "
                         "plans to suspend.", "2025-07-29", headline=True)
    assert find(evs, actor="EU", target="USA", instrument="tariff", action="suspend")


def test_idioms_of_pause_on_a_measure_noun() -> None:
    evs = analyze_events("Canada imposed a 100% tariff on Chinese electric vehicles in October. Ottawa put those "
                         "tariffs on hold on Friday.", "2025-01-12", headline=True)
    assert find(evs, actor="CAN", target="CHN", instrument="tariff", action="suspend", event_date="2025-01-10")
    evs = analyze_events("Nigeria banned imports of Ghanaian steel in May. Abuja shelved the ban on Monday.",
                         "2024-07-10", headline=True)
    assert find(evs, actor="NGA", target="GHA", instrument="import_restriction", action="suspend",
                event_date="2024-07-08")


def test_subject_measure_takes_the_date_after_its_verb() -> None:
    evs = analyze_events("Brussels imposed duties of 20 per cent on American motorcycles in 2018. Those duties were "
                         "suspended in 2021 under a truce with Washington.", "2025-03-01", headline=True)
    assert find(evs, actor="EU", target="USA", instrument="tariff", action="suspend", event_date="2021")


def test_second_predicate_and_a_conditional_return() -> None:
    evs = analyze_events("Washington set a 40% rate on Cambodian goods on April 2. The higher April rate was "
                         "suspended a week later, and is due to return on July 9 without a deal.", "2025-06-20",
                         headline=True)
    # a week after the rate's day (the month in "the April rate" agrees with it)
    assert find(evs, actor="USA", target="KHM", instrument="tariff", action="suspend", event_date="2025-04-09")
    back = find(evs, actor="USA", target="KHM", instrument="tariff", action="resume", event_date="2025-07-09")
    assert back and back[0].status == "threatened"


def test_a_month_named_with_the_measure_counts_when_no_day_is_told() -> None:
    evs = analyze_events("Washington raised the rate on Laotian goods to 40% in April. The higher April rate was "
                         "suspended a week later.", "2025-06-20", headline=True)
    assert find(evs, actor="USA", target="LAO", instrument="tariff", action="suspend", event_date="2025-04")


def test_acts_not_done_or_named_are_no_events() -> None:
    for text in ("Manila raised its duty on US pork to 20 per cent in March, and will keep it there for five more "
                 "years rather than dropping it in 2026.",
                 "Manila raised its duty on US pork to 20 per cent in March. Officials refused to lift it on Friday."):
        evs = analyze_events(text, "2025-05-10", headline=True)
        assert find(evs, actor="PHL", target="USA", action="raise", event_date="2025-03")
        assert not find(evs, action="lower")
    evs = analyze_events("The Hague suspended the export order on Monday. Suspending the order buys time for "
                         "talks, officials said.", "2025-03-12", headline=True)
    # the order suspended, not the exports, and once: "Suspending the order" is no second act
    assert [(e.actor, e.action) for e in find(evs, instrument="export_control")] == [("NLD", "suspend")]
    evs = analyze_events("Washington added the firm to its export blacklist in May, cutting it off from American "
                         "suppliers.", "2024-08-01", headline=True)
    assert find(evs, actor="USA", instrument="entity_list", action="impose", event_date="2024-05")
    assert not find(evs, action="lower") and not find(evs, action="ease")


def test_passive_after_a_relative_aside_and_a_deal_after_it() -> None:
    evs = analyze_events("Ottawa first imposed duties on American bourbon in 2018. The older duties, which covered "
                         "about C$2bn of US exports, were lifted in 2020 under a deal with Washington.", "2025-03-10",
                         headline=True)
    assert find(evs, actor="CAN", target="USA", instrument="tariff", action="lower", event_date="2020")
    assert not find(evs, instrument="agreement", action="lower") and not find(evs, instrument="agreement",
                                                                               action="suspend")
    evs = analyze_events("Brussels imposed duties of 20 per cent on American motorcycles in 2018. Those duties were "
                         "suspended in 2021 under a truce with Washington.", "2025-03-01", headline=True)
    assert not find(evs, instrument="agreement", action="suspend")


def test_second_participle_of_a_measure_subject() -> None:
    evs = analyze_events("Trump set new duties of 10% to 40% on goods from dozens of countries on Monday. The higher "
                         "rates were first unveiled in April and paused a week later.", "2025-07-10", headline=True)
    assert find(evs, actor="USA", instrument="tariff", action="suspend", event_date="2025-04")
