"""Actor and target of events, round five: receivers, carve-outs and exempted parties; on invented text."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def test_the_first_object_of_a_giving_verb_is_the_receiver_not_the_actor() -> None:
    evs = events("Washington granted Taipei an exemption from the chip tariffs on Friday.")
    eased = find(evs, instrument="tariff", action="ease")
    assert eased and all((e.actor, e.target) == ("USA", "TWN") for e in eased)


def test_a_reprieve_given_to_a_country_falls_on_that_country() -> None:
    evs = events("The United States on Monday gave Colombia a 60-day reprieve from the tariffs.")
    paused = find(evs, instrument="tariff")
    assert paused and all((e.actor, e.target) == ("USA", "COL") for e in paused)


def test_a_lower_tariff_offered_to_a_country() -> None:
    evs = events("The European Union on Thursday offered Vietnam a lower tariff on its textile exports.")
    cut = find(evs, instrument="tariff")
    assert cut and all((e.actor, e.target) == ("EU", "VNM") for e in cut)


def test_countries_that_were_spared_are_let_off_the_measure_told_before() -> None:
    evs = events("Ottawa put 15 percent duties on imported cement on Tuesday. Chile and Peru were spared.")
    eased = find(evs, instrument="tariff", action="ease")
    assert {(e.actor, e.target) for e in eased} == {("CAN", "CHL"), ("CAN", "PER")}
    main = find(evs, instrument="tariff", action="impose")
    assert main and all(e.target is None for e in main)


def test_countries_that_both_won_exemptions_are_eased_and_not_the_target_of_the_measure() -> None:
    evs = events("Norway and Iceland had both won exemptions from the 30 percent fish levy that Brussels "
                 "imposed on most suppliers in April 2021.")
    eased = find(evs, instrument="tariff", action="ease")
    assert {(e.actor, e.target) for e in eased} == {("EU", "NOR"), ("EU", "ISL")}
    assert all(e.event_date is None for e in eased)  # told in the past perfect, undated
    origin = find(evs, instrument="tariff", action="impose")
    assert origin and all((e.actor, e.target) == ("EU", None) for e in origin)


def test_a_country_kept_at_its_old_rate_is_eased_not_the_target_of_the_rise() -> None:
    evs = events("Canada raised its surtax on imported cement to 40 percent on Wednesday, with Chile kept at "
                 "15 percent.")
    rise = find(evs, instrument="tariff", action="raise")
    assert rise and all((e.actor, e.target) == ("CAN", None) for e in rise)
    assert all(e.magnitude and e.magnitude.value == 40.0 for e in rise)
    kept = find(evs, instrument="tariff", action="ease")
    assert [(e.actor, e.target, e.magnitude and e.magnitude.value) for e in kept] == [("CAN", "CHL", 15.0)]


def test_a_headline_rise_as_one_country_keeps_its_rate() -> None:
    evs = analyze_events("Copper duties triple to 30% as Peru keeps its 10% rate\n"
                         "The tariff on most foreign copper entering Canada tripled to 30% on Thursday.",
                         "2025-06-20")
    rise = find(evs, instrument="tariff", action="raise")
    assert rise and all(e.target is None for e in rise)
    kept = find(evs, instrument="tariff", action="ease")
    assert [(e.target, e.magnitude and e.magnitude.value) for e in kept] == [("PER", 10.0)]


def test_a_country_excepted_from_a_measure_is_let_off_it() -> None:
    evs = events("Brussels imposed a 22 percent duty on all imported fertiliser on Monday, except Norway.")
    main = find(evs, instrument="tariff", action="impose")
    assert main and all((e.actor, e.target) == ("EU", None) for e in main)
    let_off = find(evs, instrument="tariff", action="ease")
    assert [(e.actor, e.target) for e in let_off] == [("EU", "NOR")]


def test_countermeasures_of_another_clause_do_not_make_a_measure_an_answer() -> None:
    evs = analyze_events("Lumber duties rise to 30%; Ottawa warns of countermeasures\n"
                         "The United States raised its duty on softwood lumber to 30% on Thursday. Canada said "
                         "the decision was unjustified. Mexico and Canada both sell lumber to the United States, "
                         "and Canada said it would talk to Washington.", "2025-06-20")
    rise = find(evs, instrument="tariff", action="raise")
    assert rise and all((e.actor, e.target) == ("USA", None) for e in rise)


def test_the_two_governments_are_the_two_the_sentence_names_before_the_phrase() -> None:
    evs = events("Canberra lifted its duty on imported timber to 30% on Tuesday but spared New Zealand, which "
                 "keeps paying 10% while the two governments carry out the trade deal they reached in March. Tokyo "
                 "said it regretted the move and Japan stood ready to answer. Seoul wants talks with Canberra, "
                 "South Korea said.")
    deals = find(evs, instrument="agreement")
    assert deals and all({e.actor, e.target} == {"AUS", "NZL"} for e in deals), evs


def test_a_party_after_for_before_the_verb_is_not_its_subject() -> None:
    evs = events("The dispute started in May 2019, when the Abe cabinet in Tokyo scrapped a temporary waiver for "
                 "the Philippines and applied the steel duties to Philippine shipments.")
    applied = find(evs, instrument="tariff", action="impose")
    assert applied and all(e.target == "PHL" and e.actor != "PHL" for e in applied)


def test_the_ministry_told_by_its_bare_noun_is_the_one_named_before_not_the_last_actor() -> None:
    evs = events("Peru's farm ministry on Monday announced a 15 percent duty on Argentine wheat.\n\n"
                 "The United States has also raised tariffs on Argentine goods this year.\n\n"
                 "The ministry said on Wednesday that it would impose duties on Argentine maize.")
    maize = [e for e in find(evs, instrument="tariff", action="impose") if e.event_date == "2025-06-18"]
    assert maize and all((e.actor, e.target) == ("PER", "ARG") for e in maize)
