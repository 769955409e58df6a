"""Actions on unseen wording, on invented sentences: a relief withdrawn widens the control again,
talks broken off or taken up again, offers, proposals and state takeovers."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-09-20"):  # a Friday
    return analyze_events(text, published, headline=True)


# --- a relief withdrawn: the control (or the duty) applies again

def test_revoking_validated_end_user_status_tightens() -> None:
    evs = events("The Commerce Department said on Tuesday it would revoke the validated end-user status of two "
                 "memory plants run by Taiwanese firms.")
    assert find(evs, actor="USA", instrument="export_control", action="tighten")
    assert not find(evs, instrument="export_control", action="ease")


def test_revoking_a_sanctions_waiver_tightens() -> None:
    evs = events("Washington revoked the sanctions waivers that had let Turkish refiners buy Venezuelan crude.")
    assert find(evs, actor="USA", instrument="sanction", action="tighten")
    assert not find(evs, instrument="sanction", action="ease")


def test_ending_a_licence_exemption_tightens() -> None:
    evs = events("Tokyo will end the licence exemption for photoresist shipments to South Korea from October 1.")
    assert find(evs, actor="JPN", target="KOR", instrument="export_control", action="tighten")


def test_withdrawing_a_licence_exemption_granted_before_tightens() -> None:
    evs = events("The Bureau of Industry and Security withdrew the licence exemption granted to Indian chipmakers, "
                 "forcing them to apply for each shipment of lithography tools.")
    assert find(evs, actor="USA", target="IND", instrument="export_control", action="tighten")


def test_scrapping_a_general_licence_that_allowed_transactions_tightens() -> None:
    evs = events("The US Treasury scrapped the general licence that allowed transactions with Belarus's state "
                 "potash producer.")
    assert find(evs, actor="USA", target="BLR", instrument="sanction", action="tighten")


def test_ending_an_exemption_from_a_tariff_imposes_it() -> None:
    evs = events("London ended the exemption from its steel tariffs for Vietnamese producers, the trade ministry "
                 "said.")
    assert find(evs, actor="GBR", target="VNM", instrument="tariff", action="impose")


def test_granting_a_licence_exemption_still_eases() -> None:
    evs = events("Tokyo granted a licence exemption for photoresist shipments to South Korea on Monday.")
    assert find(evs, actor="JPN", target="KOR", instrument="export_control", action="ease")


def test_granting_a_general_licence_eases() -> None:
    evs = events("Washington granted Samsung a general licence to ship American chipmaking tools to its plant in "
                 "Xi'an.")
    assert find(evs, actor="USA", instrument="export_control", action="ease")


def test_lifting_sanctions_still_eases() -> None:
    evs = events("Washington lifted sanctions on Belarus's state potash producer on Monday.")
    assert find(evs, actor="USA", target="BLR", instrument="sanction", action="ease")


# --- talks broken off, taken up again, offered

def test_talks_terminated_in_the_passive_are_suspended() -> None:
    evs = events("Mexico declared on Wednesday that all trade negotiations with Guatemala were terminated.")
    assert find(evs, instrument="talks", action="suspend")


def test_walking_away_from_the_negotiating_table_suspends_talks() -> None:
    evs = events("New Delhi walked away from the negotiating table with the European Union last week.")
    assert find(evs, actor="IND", target="EU", instrument="talks", action="suspend")


def test_returning_to_the_negotiating_table_resumes_talks() -> None:
    evs = events("Canberra and Jakarta returned to the negotiating table on Tuesday after a two-month freeze.")
    talks = find(evs, instrument="talks", action="resume")
    assert talks and {talks[0].actor, talks[0].target} == {"AUS", "IDN"}


def test_resumed_talks_are_resumed() -> None:
    evs = events("Brazil and Argentina resumed trade talks in Brasilia on Monday.")
    talks = find(evs, instrument="talks", action="resume")
    assert talks and {talks[0].actor, talks[0].target} == {"BRA", "ARG"}


def test_ready_to_pick_up_negotiations_is_an_offer_to_resume() -> None:
    evs = events("Wellington said on Wednesday it stands ready to pick up the negotiations with Beijing whenever "
                 "China is willing.")
    talks = find(evs, instrument="talks", action="resume")
    assert talks and talks[0].status == "proposed"


def test_ready_to_resume_talks_is_proposed() -> None:
    evs = events("Canadian officials said they were ready to resume talks with Washington.")
    talks = find(evs, actor="CAN", target="USA", instrument="talks", action="resume")
    assert talks and talks[0].status == "proposed"


# --- formal proposals

def test_a_proposal_to_impose_duties_is_announced_as_proposed() -> None:
    evs = events("The Commission is preparing a proposal to impose duties of up to 25% on Chinese tyres, "
                 "officials said.")
    duty = find(evs, actor="EU", target="CHN", instrument="tariff")
    assert duty and duty[0].action == "announce" and duty[0].status == "proposed"


def test_the_second_step_of_a_proposal_is_proposed_too() -> None:
    evs = events("Canberra set out a new regime for imported aluminium on Monday, proposing to trim the "
                 "volume that may enter duty-free by 30 per cent and to raise the levy on shipments above the "
                 "quota to 40 per cent.")
    steps = find(evs, actor="AUS", instrument="tariff")
    assert len(steps) == 2 and all(e.action == "announce" and e.status == "proposed" for e in steps)


def test_a_proposed_gerund_is_proposed() -> None:
    evs = events("Ottawa proposed raising the surtax on Chinese aluminium to 35 per cent on Thursday.")
    surtax = find(evs, actor="CAN", target="CHN", instrument="tariff")
    assert surtax and surtax[0].action == "announce" and surtax[0].status == "proposed"


# --- state takeovers and forced sales

def test_a_government_taking_control_of_a_company_restricts_investment() -> None:
    evs = events("The Dutch government took control of the chipmaker under an emergency law on Sunday, citing "
                 "governance failings at its Chinese parent.")
    assert find(evs, actor="NLD", instrument="investment_restriction", action="impose")


def test_the_owner_named_after_a_seizure_is_the_target() -> None:
    evs = events("On Friday the Italian government invoked a 1960s law to take control of the Turin-based "
                 "company, which is owned by China's Baoli Group.")
    assert find(evs, actor="ITA", target="CHN", instrument="investment_restriction", action="impose")


def test_the_buyer_of_a_blocked_takeover_is_the_target() -> None:
    evs = events("Berlin blocked the takeover of a German robotics firm by a Chinese investor on Wednesday.")
    assert find(evs, actor="DEU", target="CHN", instrument="investment_restriction", action="impose")


def test_suspending_the_order_that_gave_control_suspends_it() -> None:
    evs = events("Madrid suspended the emergency decree that handed it control of the shipyard, easing a row "
                 "with China.")
    assert find(evs, actor="ESP", target="CHN", instrument="investment_restriction", action="suspend")


def test_ordering_a_distant_owner_to_sell_restricts_investment() -> None:
    evs = events("The British government ordered the Chinese owner of Newport Wafer Fab to sell its stake, "
                 "citing national security.")
    assert find(evs, actor="GBR", target="CHN", instrument="investment_restriction", action="impose")


def test_stripping_holders_of_their_end_user_status_tightens() -> None:
    evs = events("Washington stripped the three fabs of their validated end-user designation on Thursday.")
    assert find(evs, actor="USA", instrument="export_control", action="tighten")
    assert not find(evs, instrument="export_control", action="ease")


def test_reviving_stalled_talks_resumes_them() -> None:
    evs = events("Chile and Peru revived their stalled trade talks in Lima this week.")
    talks = find(evs, instrument="talks", action="resume")
    assert talks and {talks[0].actor, talks[0].target} == {"CHL", "PER"}


def test_seizing_a_plant_owned_by_foreigners_restricts_investment() -> None:
    evs = events("The Hungarian government seized control of the battery plant owned by a Chinese group on "
                 "Tuesday.")
    assert find(evs, actor="HUN", target="CHN", instrument="investment_restriction", action="impose")


def test_nationalising_a_refinery_restricts_investment() -> None:
    evs = events("Canberra nationalised the lithium refinery, which is owned by Chinese investors, citing supply "
                 "security.")
    assert find(evs, actor="AUS", target="CHN", instrument="investment_restriction", action="impose")
