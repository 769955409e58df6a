"""Exemptions on invented sentences: goods or countries let off a measure ease it for them (eval/README.md);
what a measure or a relief does not cover is no event of its own."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-09-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def _eases(evs, **want):
    return [e for e in find(evs, instrument="tariff", **want) if e.action in ("ease", "suspend")]


# --- goods let off a measure named after "from"

def test_goods_listed_between_the_verb_and_the_tariff_ease_it() -> None:
    evs = events("Washington on Tuesday exempted laptops, tablets and memory chips from the 60% tariffs on "
                 "Chinese imports.")
    ease = _eases(evs, actor="USA", target="CHN")
    assert ease and {"industrial_goods", "semiconductors"} & set(ease[0].subject)
    assert ease[0].event_date == "2024-09-17"


def test_a_spared_good_eases_a_retaliatory_tariff() -> None:
    evs = events("Beijing spared American ethane and some medical equipment from its 125% retaliatory tariffs.")
    assert _eases(evs, actor="CHN", target="USA")
    assert not find(evs, instrument="tariff", action="impose")


def test_exempting_from_new_duties_is_no_new_measure() -> None:
    evs = events("EU spares Norwegian salmon from new import duties")
    assert _eases(evs, actor="EU", target="NOR")
    assert not find(evs, instrument="tariff", action="impose")


def test_carving_goods_out_of_duties_eases_them() -> None:
    evs = events("Brussels carved out medicines from the retaliatory duties it imposed on US goods on Monday.")
    ease = _eases(evs, actor="EU", target="USA")
    assert ease and "pharmaceuticals" in ease[0].subject


def test_an_exemption_for_goods_named_before_the_tariff() -> None:
    evs = events("Jakarta has secured an exemption for its coffee and cocoa from the 32 percent US tariff, the "
                 "trade minister said on Thursday.")
    assert _eases(evs, actor="USA", target="IDN")


def test_counter_tariffs_a_long_rate_away_still_take_the_goods_let_off() -> None:
    evs = events("The Canadian government spared crude oil and natural gas from its 25 per cent counter-tariffs "
                 "on American goods, officials said on Wednesday.")
    ease = _eases(evs, actor="CAN", target="USA")
    assert ease and ease[0].subject == ("energy",)


# --- the country whose goods are let off is the target

def test_the_origin_of_the_goods_let_off_is_the_target() -> None:
    evs = events("London exempted Chinese solar panels from its 35 per cent levy on Monday.")
    assert _eases(evs, actor="GBR", target="CHN")


def test_a_passive_subject_country_is_the_target() -> None:
    evs = events("Uruguay's beef and wool exports will be exempted from the new US tariff, the embassy said.")
    assert _eases(evs, actor="USA", target="URY")


def test_a_country_granted_a_waiver_from_the_duties_is_the_target() -> None:
    evs = events("Malaysia was granted a six-month waiver from the US duties on solar panels on Wednesday.")
    ease = _eases(evs, actor="USA", target="MYS")
    assert ease and ease[0].event_date == "2024-09-18"


def test_the_government_in_a_relative_clause_exempts() -> None:
    evs = events("Seoul, which had exempted US beef from its retaliatory tariffs, said on Monday it would review "
                 "the decision.")
    assert _eases(evs, actor="KOR", target="USA")


def test_no_longer_exempt_applies_the_duty() -> None:
    evs = events("Argentine steel will no longer be exempt from the US tariffs from November 1, Washington said.")
    assert find(evs, actor="USA", target="ARG", instrument="tariff", action="impose")
    assert not _eases(evs)


# --- goods let off in a clause that names no measure after the verb

def test_products_exempted_among_them_goods_ease_the_measure_told_before() -> None:
    evs = events("Trump signed an order on Monday imposing a 40% tariff on Colombian goods. More than 400 "
                 "products are exempted, among them coffee, cocoa and commercial jets.")
    ease = _eases(evs, actor="USA", target="COL")
    assert ease and {"agricultural_products", "aircraft"} <= set(ease[0].subject)
    assert find(evs, actor="USA", target="COL", instrument="tariff", action="impose")


def test_goods_exempt_under_the_order_ease_it() -> None:
    evs = events("Washington on Monday imposed a 20% tariff on Taiwanese goods. Under the order, semiconductors "
                 "and critical minerals are exempt.")
    ease = _eases(evs, actor="USA", target="TWN")
    assert ease and "semiconductors" in ease[0].subject


def test_a_participle_exempting_goods_eases_the_measure() -> None:
    evs = events("President Trump raised tariffs on Chilean imports to 30% on Monday. The order, exempting "
                 "copper cathodes and lithium, takes effect on October 1.")
    ease = _eases(evs, actor="USA", target="CHL")
    assert ease and "critical_minerals" in ease[0].subject


def test_goods_that_remain_exempt_are_no_new_relief() -> None:
    for still in ("remain exempt", "stay exempt", "are still exempt"):
        evs = events(f"Washington on Monday imposed a 20% tariff on Taiwanese goods. Semiconductors {still}.")
        assert not _eases(evs)
        # the next sentence's "remain exempt" does not make the tariff itself one left as it was
        assert find(evs, actor="USA", target="TWN", instrument="tariff", action="impose", event_date="2024-09-16")


# --- what a measure or a relief does not cover

def test_a_tariff_the_exemption_does_not_extend_to_is_no_event() -> None:
    evs = events("Washington exempted Mexican avocados from the new tariffs on Monday. The exemption does not "
                 "extend to the 25% tariff on Mexican autos.")
    assert _eases(evs, actor="USA", target="MEX")
    assert not [e for e in evs if "autos" in e.subject]


def test_goods_still_subject_to_a_levy_are_no_new_levy() -> None:
    evs = events("Ottawa lifted its surtax on US orange juice on Monday. The relief does not cover steel and "
                 "aluminium, which remain subject to a 25 per cent levy.")
    assert find(evs, actor="CAN", target="USA", instrument="tariff", action="lower")
    assert not [e for e in evs if "steel" in e.subject]


def test_goods_not_covered_by_the_duties_add_no_event() -> None:
    evs = events("India imposed a 12% duty on Thai rubber on Monday. Goods already in transit are not covered by "
                 "the new duties.")
    assert len(find(evs, instrument="tariff")) == 1


# --- countries let off

def test_every_country_of_a_coordinated_carve_out_is_let_off() -> None:
    evs = events("The United States imposed a 25% tariff on imported steel on Monday, sparing Peru and Norway.")
    assert _eases(evs, actor="USA", target="PER") and _eases(evs, actor="USA", target="NOR")
    assert find(evs, actor="USA", instrument="tariff", action="impose")


def test_the_agent_of_a_revoked_exemption_decides_and_the_possessor_is_hit() -> None:
    evs = events("Korea's exemption from the aluminium tariffs was revoked by Washington on Tuesday.")
    assert find(evs, actor="USA", target="KOR", instrument="tariff", action="impose")
    assert not _eases(evs)


# --- a relief told by a noun, of a tariff told in the sentence before

def _two(second: str):
    return events("Washington imposed 25% tariffs on aluminium imports in March. " + second)


def test_an_exemption_won_with_no_measure_named_eases_the_tariff_before() -> None:
    assert _eases(_two("Iceland won an exemption on Monday."), actor="USA", target="ISL")


def test_exemptions_granted_to_coordinated_countries_ease_for_each() -> None:
    evs = _two("It granted exemptions to Oman and Bahrain on Tuesday.")
    assert _eases(evs, actor="USA", target="OMN") and _eases(evs, actor="USA", target="BHR")


def test_an_ended_exemption_applies_the_tariff_again() -> None:
    evs = _two("On Monday it ended the exemption for Bahraini aluminium.")
    assert find(evs, actor="USA", target="BHR", instrument="tariff", action="impose")
    assert not _eases(evs)


def test_exemptions_that_expire_apply_the_tariff_to_each_country() -> None:
    evs = _two("The exemptions granted to Oman and Qatar expire on November 1.")
    assert find(evs, actor="USA", target="OMN", action="impose") and find(evs, actor="USA", target="QAT", action="impose")


def test_exclusions_granted_to_products_ease_the_tariff() -> None:
    evs = events("The USTR imposed tariffs on $300 billion of Chinese goods last year. On Tuesday it granted "
                 "exclusions to 90 Chinese products, including scooters.")
    assert _eases(evs, actor="USA", target="CHN")


def test_a_country_since_exempted_is_let_off() -> None:
    assert _eases(_two("Iceland has since been exempted."), actor="USA", target="ISL")


def test_an_exemption_sought_is_no_relief() -> None:
    for second in ("Oman is seeking an exemption.", "Oman hopes to win an exemption."):
        evs = _two(second)
        assert find(evs, actor="USA", instrument="tariff", action="impose", subject=("aluminum",))
        assert not _eases(evs)


def test_a_waiver_of_a_tariff_named_in_its_compound_is_no_second_relief() -> None:
    evs = events("Shares of chipmakers rose as Trump granted a chip tariff waiver to firms building plants in "
                 "America.")
    assert [(e.actor, e.subject) for e in _eases(evs)] == [("USA", ("semiconductors",))]


def test_a_waiver_offered_is_one_relief_as_one_granted() -> None:
    evs = events("Shares of chipmakers rose as Trump offered a chip tariff waiver to firms building plants in "
                 "America.")
    assert [(e.actor, e.subject) for e in _eases(evs)] == [("USA", ("semiconductors",))]

