"""Parties of events (round 14): countries let off a measure, rivals told in an effect clause, joint
subjects and measures told as copies of one told before. Invented sentences."""

from __future__ import annotations

from event_helpers import analyze_events, find


def pairs(evs) -> set:  # type: ignore[no-untyped-def]
    return {(e.actor, e.target) for e in evs}


# --- a country or bloc let off a measure is not the story's other side

_GRAIN = ("Kazakhstan has partly lifted the ban on wheat exports it imposed in March, the agriculture ministry "
          "said on Friday. The original ban, announced on March 2, halted all overseas grain sales. Kazakhstan "
          "wants the export revenue back, officials said. Shipments to members of the Eurasian Economic Union "
          "were exempt. Kazakh millers had lobbied for the change, said an analyst at a Dubai consultancy.")


def test_bloc_told_exempt_is_not_the_target_of_a_lifted_ban() -> None:
    evs = analyze_events(_GRAIN, "2024-06-08", headline=True)
    eased = find(evs, actor="KAZ", instrument="export_control", action="ease")
    assert eased and all(e.target is None for e in eased)
    assert not any(e.target in ("RUS", "BLR", "ARM", "KGZ") for e in evs)


def test_countries_named_once_in_a_one_government_story_is_not_its_other_side() -> None:
    text = ("Ukraine has eased its ban on sunflower seed exports, the ministry said on Monday. Ukraine imposed "
            "the ban in May. Ukraine is a big grower, and traders in Rotterdam and Istanbul watch its crop "
            "closely; buyers in Egypt and Jordan said prices would fall.")
    evs = analyze_events(text, "2024-09-10", headline=True)
    eased = find(evs, actor="UKR", action="ease")
    assert eased and all(e.target is None for e in eased)


def test_story_of_two_governments_still_gives_the_other_side() -> None:
    text = ("Canada and India held talks in Ottawa on Monday. Canada suspended its duties on Indian lentils on "
            "Tuesday, the finance department said. India welcomed the step, and Canada said more would follow.")
    evs = analyze_events(text, "2024-09-11", headline=True)
    assert find(evs, actor="CAN", target="IND", instrument="tariff")


def test_exemption_granted_later_still_eases_for_the_exempted() -> None:
    evs = analyze_events("Washington on Tuesday exempted Australia from its steel tariffs.", "2024-03-13",
                         headline=True)
    assert find(evs, actor="USA", target="AUS", instrument="tariff")


# --- rivals and other suppliers told in a relative clause of effect

def test_rivals_in_an_effect_clause_are_no_targets() -> None:
    evs = analyze_events("Myanmar halted exports of broken rice on Monday, which sent buyers scrambling for "
                         "cargoes from Cambodia and Laos.", "2024-06-11", headline=True)
    assert find(evs, actor="MMR", target=None, instrument="export_control")
    assert not ({("MMR", "KHM"), ("MMR", "LAO")} & pairs(evs))


def test_rivals_after_analysts_said_would_are_no_targets() -> None:
    evs = analyze_events("Indonesia banned bauxite exports on Saturday, which analysts said would send buyers "
                         "to Guinea and Australia.", "2024-06-16", headline=True)
    assert find(evs, actor="IDN", target=None, instrument="export_control")
    assert not ({("IDN", "GIN"), ("IDN", "AUS")} & pairs(evs))


def test_destination_before_a_which_clause_stays_the_target() -> None:
    evs = analyze_events("India banned sugar exports to Nepal on Monday, which officials said would help "
                         "local mills.", "2024-06-11", headline=True)
    assert find(evs, actor="IND", target="NPL", instrument="export_control")


def test_which_clause_that_covers_a_country_is_not_an_effect() -> None:
    evs = analyze_events("Vietnam imposed a 15% duty on steel imports on Monday, which applies to shipments "
                         "from Thailand.", "2024-06-11", headline=True)
    assert find(evs, actor="VNM", target="THA", instrument="tariff")


# --- joint subjects are not each other's target

def test_joint_subjects_are_not_each_others_target() -> None:
    evs = analyze_events("Norway and Iceland announced sanctions on Monday.", "2024-04-16", headline=True)
    assert not ({("NOR", "ISL"), ("ISL", "NOR")} & pairs(evs))


def test_answer_still_aimed_at_the_one_other_government() -> None:
    evs = analyze_events("Japan imposed sanctions on Friday, a week after talks with Russia collapsed.",
                         "2024-04-16", headline=True)
    assert find(evs, actor="JPN", target="RUS", instrument="sanction")


# --- a measure told as a copy of one told before takes its target

def test_sanctions_of_their_own_take_the_target_told_before() -> None:
    evs = analyze_events("The European Union imposed sanctions on three Iranian generals on Monday. Norway and "
                         "Iceland announced sanctions of their own the same day.", "2024-04-16", headline=True)
    assert find(evs, actor="NOR", target="IRN", instrument="sanction")
    assert find(evs, actor="ISL", target="IRN", instrument="sanction")


def test_their_own_sanctions_take_the_target_told_before() -> None:
    evs = analyze_events("Australia imposed sanctions on four Belarusian officials on Friday. New Zealand and "
                         "Japan imposed their own sanctions on Saturday.", "2024-04-21", headline=True)
    assert find(evs, actor="NZL", target="BLR", instrument="sanction")
    assert find(evs, actor="JPN", target="BLR", instrument="sanction")


def test_own_measure_with_its_own_goods_is_no_copy() -> None:
    evs = analyze_events("Brazil raised tariffs on Chinese steel on Monday. Argentina announced its own tariffs "
                         "on tyres on Tuesday.", "2024-04-17", headline=True)
    assert not find(evs, actor="ARG", target="CHN")


def test_copy_of_another_instrument_takes_no_target() -> None:
    evs = analyze_events("The United States imposed tariffs on Cuban cigars on Monday. Spain announced sanctions "
                         "of its own on Tuesday.", "2024-04-17", headline=True)
    assert not find(evs, actor="ESP", target="CUB", instrument="sanction")


# --- a demonym of a thing before the verb is not the measure's subject

def test_flag_demonym_before_a_participle_is_not_the_actor() -> None:
    text = ("Canberra unveiled its third sanctions package on Friday. The package goes beyond oil, closing "
            "Australian ports to tankers flying the Venezuelan flag, adding a ban on imports of Venezuelan gold "
            "and cocoa.")
    evs = analyze_events(text, "2024-05-11", headline=True)
    assert not find(evs, actor="VEN")


def test_demonym_government_is_still_the_actor() -> None:
    evs = analyze_events("The Chilean government imposed a 20% duty on Peruvian avocados on Monday.",
                         "2024-05-14", headline=True)
    assert find(evs, actor="CHL", target="PER", instrument="tariff")


def test_demonym_officials_are_still_the_actor() -> None:
    evs = analyze_events("On Monday the Thai officials banned exports of durian to Laos.", "2024-05-14",
                         headline=True)
    assert find(evs, actor="THA", target="LAO", instrument="export_control")
