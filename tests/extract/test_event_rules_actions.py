"""Event rules for actions, instruments and statuses, on sentences written for these tests."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-03-15"):  # a Friday
    return analyze_events(text, published)


def test_not_going_ahead_with_a_tariff_is_a_suspension() -> None:
    evs = events("Levies shelved\n\nUnder the accord, Brazil will not go ahead with 20% tariffs on Argentine "
                 "wine that had been scheduled for Monday.")
    hits = find(evs, actor="BRA", target="ARG", instrument="tariff", action="suspend")
    assert hits, evs
    assert hits[0].status == "paused"
    assert hits[0].event_date != "2024-03-18"  # not the day the levy was due
    assert not find(evs, instrument="tariff", action="impose")


def test_proceeding_with_a_tariff_is_imposing_it() -> None:
    evs = events("Levies ahead\n\nJapan said on Tuesday it would proceed with tariffs on Korean steel.")
    assert find(evs, actor="JPN", target="KOR", instrument="tariff", action="impose"), evs


def test_higher_tariffs_taking_effect_are_imposed() -> None:
    evs = events("New rates\n\nHigher \"reciprocal\" tariffs on Vietnamese furniture took effect on Wednesday, "
                 "Washington said.")
    hits = find(evs, actor="USA", instrument="tariff")
    assert hits, evs
    assert hits[0].action == "impose" and hits[0].status == "in_force"


def test_a_leader_saying_he_would_escalate_is_a_threat() -> None:
    evs = events("Wine row\n\nPresident Lula said on Monday he would double the tariff on Argentine wine to 40 per cent.")
    hits = find(evs, actor="BRA", target="ARG", instrument="tariff")
    assert hits, evs
    assert hits[0].action == "threaten" and hits[0].status == "threatened"


def test_a_ministry_saying_it_would_escalate_announces() -> None:
    evs = events("Wine row\n\nBrazil's trade ministry said on Monday it would raise the tariff on Argentine wine to "
                 "40 per cent.")
    hits = find(evs, actor="BRA", target="ARG", instrument="tariff")
    assert hits, evs
    assert hits[0].action == "raise" and hits[0].status == "announced"


def test_a_rate_rising_past_a_long_noun_phrase_is_a_raise() -> None:
    evs = events("Wine row\n\nBrazil's trade ministry said that the 20% levy on a further $3 billion of Argentine "
                 "wine and cheese will rise to 35% on April 1.")
    hits = find(evs, actor="BRA", target="ARG", instrument="tariff", action="raise")
    assert hits, evs
    assert hits[0].event_date == "2024-04-01" and hits[0].status == "announced"


def test_duties_starting_at_one_rate_and_rising_to_another() -> None:
    evs = events("Wine row\n\nBrazil said on Thursday that its tariffs will start at 10 per cent and rise to 25 per "
                 "cent on June 1.")
    imposed = find(evs, actor="BRA", instrument="tariff", action="impose")
    raised = find(evs, actor="BRA", instrument="tariff", action="raise")
    assert imposed and raised, evs
    assert imposed[0].magnitude.value == 10 and raised[0].magnitude.value == 25


def test_proposed_tariffs_are_a_proposal() -> None:
    evs = events("Wine row\n\nOn Tuesday, Brazil's trade ministry proposed tariffs of up to 40 per cent on Argentine "
                 "wine.")
    hits = find(evs, actor="BRA", instrument="tariff", action="announce")
    assert hits, evs
    assert hits[0].status == "proposed"


def test_a_floated_cut_is_a_proposal() -> None:
    evs = events("Wine row\n\nOn Tuesday, President Lula floated cutting tariffs on Argentine wine to 5 per cent.")
    hits = find(evs, actor="BRA", instrument="tariff", action="lower")
    assert hits, evs
    assert hits[0].status == "proposed"


def test_a_ban_on_selling_to_a_firm_is_an_export_control() -> None:
    evs = events("Chip curbs\n\nOn Tuesday, Washington lifted a ban that had stopped American suppliers from selling "
                 "components to Huawei.")
    hits = find(evs, actor="USA", target="CHN", instrument="export_control", action="ease")
    assert hits, evs
    assert hits[0].subject == ("telecom",)  # the firm's sector


def test_a_bare_ban_takes_the_kind_named_before() -> None:
    evs = events("Canada lifts import ban on Brazilian beef\n\nOttawa on Monday said the ban would end on "
                 "April 1. Canada imposed the ban in 2022 after a disease outbreak.")
    assert find(evs, actor="CAN", instrument="import_restriction", action="impose"), evs


def test_reinstating_a_control_imposes_it() -> None:
    evs = events("Chip curbs\n\nOn Tuesday, Washington reinstated export controls on chips to Russia.")
    assert find(evs, actor="USA", instrument="export_control", action="impose"), evs


def test_an_order_barring_firms_from_using_equipment_is_an_import_restriction() -> None:
    evs = events("Network security\n\nOn Tuesday, Canada issued an order barring Canadian carriers from using "
                 "telecommunications equipment made by suppliers deemed a risk.")
    hits = find(evs, actor="CAN", instrument="import_restriction", action="impose")
    assert hits, evs
    assert hits[0].event_date == "2024-03-12"


def test_barring_firms_from_selling_is_an_export_control_unless_it_describes_a_ban() -> None:
    evs = events("Chip curbs\n\nOn Tuesday, Japan issued rules prohibiting its firms from selling lithography tools "
                 "to Russia.")
    assert find(evs, actor="JPN", target="RUS", instrument="export_control", action="impose"), evs
    evs = events("Chip curbs\n\nOn Tuesday, Japan lifted a ban that had barred its firms from selling "
                 "lithography tools to Russia.")
    assert not find(evs, instrument="export_control", action="impose"), evs


def test_the_same_day_is_the_day_told_before_it_in_the_sentence() -> None:
    evs = events("Chip curbs\n\nJapan raised tariffs on Russian vodka on Thursday. Canada added two Russian firms "
                 "to its sanctions list on Monday, the same day Japan "
                 "barred Japanese carriers from using equipment made by Russian suppliers.")
    hits = find(evs, actor="JPN", instrument="import_restriction")
    assert hits, evs
    assert hits[0].event_date == "2024-03-11"


def test_a_judgement_of_a_measure_is_not_an_event() -> None:
    evs = events("Wine row\n\nArgentina's trade minister said on Monday that imposing the duties would be "
                 "short-sighted.")
    assert not find(evs, instrument="tariff"), evs


def test_a_forecast_of_a_measures_effects_is_not_a_threat() -> None:
    evs = events("Wine row\n\nVintners warned that the Brazilian tariffs would hurt exporters in Mendoza.")
    assert not find(evs, instrument="tariff", action="threaten"), evs


def test_no_choice_but_to_respond_in_kind_is_a_threat() -> None:
    evs = events("Wine row\n\nArgentina's trade minister said on Monday that Argentina would have no choice but "
                 "to respond in kind if Brazil went ahead.")
    hits = find(evs, actor="ARG", action="threaten")
    assert hits, evs
    assert hits[0].status == "threatened"


def test_not_ruling_out_tariffs_is_a_threat() -> None:
    evs = events("Wine row\n\nOn Monday, Argentina said it would not rule out tariffs on Brazilian coffee bought "
                 "after March 1.")
    hits = find(evs, actor="ARG", target="BRA", instrument="tariff", action="threaten")
    assert hits, evs
    assert hits[0].status == "threatened"
    assert hits[0].event_date == "2024-03-11"  # the statement, not the date that qualifies the goods


def test_goods_that_could_face_tariffs_are_threatened() -> None:
    evs = events("Wine row\n\nOn Monday, Brazil published a list of Argentine goods that could face tariffs of up "
                 "to 30 per cent.")
    hits = find(evs, actor="BRA", instrument="tariff", action="threaten")
    assert hits, evs
    assert hits[0].status == "threatened"


def test_possible_surtaxes_are_threatened() -> None:
    evs = events("Wine row\n\nBrazil is consulting, until April 30, on possible surtaxes on Argentine wine.")
    hits = find(evs, actor="BRA", instrument="tariff", action="threaten")
    assert hits, evs
    assert hits[0].event_date != "2024-04-30"


def test_a_vow_to_retaliate_without_a_named_measure_is_a_countermeasure_threat() -> None:
    evs = events("Wine row\n\nArgentina's trade minister said on Monday that Argentina would be ready to retaliate "
                 "if Brazil went ahead.")
    hits = find(evs, actor="ARG", target="BRA", instrument="other", action="threaten")
    assert hits, evs
    evs = events("Wine row\n\nArgentina said on Monday it would retaliate with tariffs on Brazilian coffee.")
    assert not find(evs, instrument="other"), evs


def test_a_vice_premier_on_the_phone_holds_talks_not_a_leaders_call() -> None:
    evs = events("Trade news\n\nOn Tuesday, Argentine Vice President Ana Ruiz spoke by phone with Brazil's trade "
                 "minister.")
    assert not find(evs, instrument="leader_call"), evs
    assert find(evs, instrument="talks", action="negotiate"), evs


def test_talks_held_and_talks_to_come_in_one_sentence_are_two_events() -> None:
    evs = events("Trade news\n\nOn Tuesday, Argentina's trade minister spoke by phone with Brazil's finance "
                 "minister, and the two sides agreed to talk again within two weeks.")
    talks = find(evs, instrument="talks", action="negotiate")
    assert sorted(e.status for e in talks) == ["proposed", "under_negotiation"], evs


def test_a_newly_negotiated_agreement_is_concluded() -> None:
    evs = events("Trade news\n\nFarmers welcomed the newly negotiated Argentina-Brazil trade agreement on Monday.")
    hits = find(evs, instrument="agreement", action="agree")
    assert hits, evs
    assert hits[0].status == "concluded"


def test_an_order_to_sell_a_business_is_an_investment_restriction() -> None:
    evs = events("App order\n\nOn Friday, President Biden ordered ByteDance to sell TikTok's U.S. operations "
                 "within 90 days.")
    hits = find(evs, actor="USA", target="CHN", instrument="investment_restriction", action="impose")
    assert hits, evs
    assert hits[0].event_date == "2024-03-15"


def test_restrictions_on_a_firms_access_to_goods_are_export_controls() -> None:
    evs = events("Chip curbs\n\nOn Monday, Japan widened restrictions on Huawei's access to semiconductors.")
    hits = find(evs, actor="JPN", target="CHN", instrument="export_control", action="tighten")
    assert hits, evs


def test_restarting_talks_resumes_them() -> None:
    evs = events("Trade news\n\nOn Monday, Argentina and Brazil said their teams would restart talks in April.")
    hits = find(evs, instrument="talks", action="resume")
    assert hits, evs


def test_an_analysts_forecast_is_not_an_event() -> None:
    evs = events("Trade news\n\nAnalysts cautioned that the summit between Argentina and Brazil might at best "
                 "produce a pause in tariffs rather than a deal.")
    assert not evs, evs


def test_putting_a_measure_on_hold_suspends_it() -> None:
    evs = events("Wine row\n\nOn Thursday, Argentina put its package of counter-tariffs on Brazilian wine, approved "
                 "by lawmakers a day earlier, on hold for 90 days.")
    hits = find(evs, actor="ARG", instrument="tariff", action="suspend")
    assert hits, evs
    assert not find(evs, instrument="tariff", action="impose", status="in_force"), evs


def test_keeping_a_suspension_of_percentage_points_going_extends_the_pause() -> None:
    evs = events("Wine row\n\nArgentina said on Tuesday it would keep suspending 20 percentage points of its own "
                 "additional tariff on Brazilian goods for another 90 days.")
    hits = find(evs, actor="ARG", target="BRA", instrument="tariff", action="extend")
    assert hits, evs
    assert hits[0].status == "extended" and hits[0].direction == "de-escalation"


def test_extending_a_pause_is_de_escalation() -> None:
    evs = events("Wine row\n\nOn Monday, Argentina extended its tariff pause on Brazilian goods by 90 days.")
    hits = find(evs, actor="ARG", instrument="tariff", action="extend")
    assert hits, evs
    assert hits[0].direction == "de-escalation"


def test_tariffs_that_would_follow_are_imposed() -> None:
    evs = events("Wine row\n\nOn Monday, Brazil said tariffs on another $2 billion of Argentine goods would follow "
                 "in two weeks.")
    hits = find(evs, actor="BRA", target="ARG", instrument="tariff", action="impose")
    assert hits, evs
    assert hits[0].status == "announced"


def test_a_growing_threat_of_tariffs_is_a_mood_not_a_threat() -> None:
    evs = events("Wine row\n\nBrazilian wine prices have fallen since spring as the threat of Argentine tariffs grew.")
    assert not find(evs, action="threaten"), evs


def test_a_wto_award_expected_next_year_is_a_ruling_to_come_about_the_firms_sector() -> None:
    evs = events("Jet row\n\nA parallel WTO case brought by Brazil over Canadian support for Boeing is expected to "
                 "produce its own award early next year.")
    hits = find(evs, instrument="legal_ruling", action="rule")
    assert hits, evs
    assert hits[0].status == "proposed"
    assert hits[0].subject == ("aircraft",)


def test_stricter_end_user_checks_tighten_export_controls() -> None:
    evs = events("Mineral curbs\n\nOn Tuesday, Indonesia said it would apply stricter end-user checks to exports of "
                 "nickel bound for Japan.")
    hits = find(evs, actor="IDN", instrument="export_control", action="tighten")
    assert hits, evs


def test_resuming_supplying_goods_resumes_exports() -> None:
    evs = events("Mineral curbs\n\nOn Tuesday, Indonesia said it would resume supplying nickel to Japan.")
    assert find(evs, actor="IDN", instrument="export_control", action="resume"), evs


def test_telling_a_firm_to_stop_shipping_chips_is_an_export_control() -> None:
    evs = events("Chip curbs\n\nIn August, Japanese officials told the company to stop shipping its most advanced "
                 "semiconductors to Russia.")
    hits = find(evs, actor="JPN", target="RUS", instrument="export_control", action="impose")
    assert hits, evs
    assert "shipping" not in hits[0].subject


def test_a_verb_before_and_that_does_not_reach_the_next_statement() -> None:
    evs = events("Steel row\n\nBrazil's trade minister told reporters on Thursday that talks had not gone far enough "
                 "to justify another extension, and that duties of 25 per cent on Argentine steel would apply.")
    assert not find(evs, instrument="tariff", action="extend"), evs


def test_striking_a_country_off_a_list_of_trusted_partners_tightens_controls() -> None:
    evs = events("Export feud\n\nSouth Korea said on Friday it will strike Japan off its list of trusted trading "
                 "partners.")
    hits = find(evs, actor="KOR", target="JPN", instrument="export_control", action="tighten")
    assert hits, evs
