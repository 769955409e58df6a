"""Probes (round 14): common wire-copy wordings for export controls, listings and sanctions that the
rules missed or misread.

Every sentence is invented (the facts are real 2023-2025 events); none is taken from an article."""

from __future__ import annotations

from event_helpers import analyze_events


def _rows(text: str, published: str = "2025-08-08") -> set[tuple[object, ...]]:
    """(actor, target, instrument, action, event_date) of every event of ``text`` read as the body."""
    return {(e.actor, e.target, e.instrument, e.action, e.event_date)
            for e in analyze_events(text, published, headline=True)}


def test_revoking_a_firms_licences_tightens_the_export_control() -> None:
    # a possessive owner before the licences ("Huawei's licences") reads like "the licences of Huawei"
    for text, date in (("Washington revoked Huawei's licences to buy US chips on Tuesday.", "2025-08-05"),
                       ("The U.S. revoked Huawei's export licences on Tuesday.", "2025-08-05"),
                       ("The Commerce Department revoked Intel's and Qualcomm's licences to ship chips to Huawei "
                        "on Monday.", "2025-08-04")):
        assert ("USA", "CHN", "export_control", "tighten", date) in _rows(text), text
        assert not {r for r in _rows(text) if r[3] == "ease"}, text


def test_barring_foreign_buyers_from_the_actors_own_goods_is_an_export_control() -> None:
    for text, row in (
            ("Beijing barred U.S. defense firms from buying Chinese goods on Thursday.",
             ("CHN", "USA", "export_control", "impose", "2025-08-07")),
            ("Beijing banned U.S. drone makers from buying Chinese components on Thursday.",
             ("CHN", "USA", "export_control", "impose", "2025-08-07")),
            ("Washington prohibited Chinese chipmakers from buying American chipmaking tools on Monday.",
             ("USA", "CHN", "export_control", "impose", "2025-08-04"))):
        rows = _rows(text)
        assert row in rows, (text, rows)
        assert not {r for r in rows if r[2] == "import_restriction"}, (text, rows)


def test_barring_own_buyers_from_foreign_goods_stays_an_import_restriction() -> None:
    rows = _rows("China barred its state firms from buying American chips on Monday.")
    assert ("CHN", "USA", "import_restriction", "impose", "2025-08-04") in rows, rows


def test_barring_told_after_a_listing_is_what_the_listing_does() -> None:
    for text, date in (
            ("The United States blacklisted dozens of Chinese firms on Tuesday, barring them from buying American "
             "technology.", "2025-08-05"),
            ("The Commerce Department added 80 Chinese companies to the Entity List on Tuesday, barring them from "
             "buying U.S. goods without a licence.", "2025-08-05")):
        assert _rows(text) == {("USA", "CHN", "entity_list", "impose", date)}, text


def test_a_listing_told_by_a_participle_is_the_main_clauses_government() -> None:
    for text, date in (
            ("Beijing barred U.S. defense firms from buying Chinese goods on Thursday, adding them to its unreliable "
             "entity list.", "2025-08-07"),
            ("Beijing banned 10 American defense contractors from buying Chinese products on Friday, placing them on "
             "its unreliable entity list.", "2025-08-08")):
        evs = analyze_events(text, "2025-08-08", headline=True)
        listed = [(e.actor, e.target, e.action, e.event_date, e.subject) for e in evs if e.instrument == "entity_list"]
        assert listed == [("CHN", "USA", "impose", date, ("defense",))], (text, listed)


def test_named_export_rules_are_measures() -> None:
    # "the AI diffusion rule" (AI chip export caps) and "the affiliates rule" (the Entity List stretched to
    # firms' affiliates) are named in 2025 copy without "export controls" or "entity list" beside them
    for text, row in (
            ("The Trump administration rescinded the AI diffusion rule on Tuesday.",
             ("USA", None, "export_control", "ease", "2025-08-05")),
            ("The Commerce Department said on Monday it would scrap the Biden-era AI diffusion rule.",
             ("USA", None, "export_control", "ease", "2025-08-04")),
            ("Washington suspended the affiliates rule for one year on Monday.",
             ("USA", None, "entity_list", "suspend", "2025-08-04")),
            ("The U.S. agreed to suspend the affiliates rule for one year starting Nov. 10.",
             ("USA", None, "entity_list", "suspend", "2025-11-10"))):
        assert row in _rows(text), (text, _rows(text))
    evs = analyze_events("The Trump administration rescinded the AI diffusion rule on Tuesday.", "2025-08-08", True)
    assert [e.subject for e in evs] == [("ai_chips",)]


def test_the_speaker_after_a_comma_is_no_target_of_the_list() -> None:
    # "... to China, the Commerce Department said": the reporting clause does not continue the list of targets
    for text in ("The United States will restrict exports of chip design software to China, the Commerce Department "
                 "said on Friday.",
                 "Washington will require licences for exports of chip design software to China, the Commerce "
                 "Department said on Friday.",
                 "The U.S. will restrict exports of chip design software to China, Commerce Secretary Howard Lutnick "
                 "said on Friday."):
        assert _rows(text) == {("USA", "CHN", "export_control", "impose", "2025-08-08")}, text
    rows = _rows("The U.S. will raise tariffs on Mexico, Canada and China, the White House said.")
    assert {(r[0], r[1]) for r in rows} == {("USA", "MEX"), ("USA", "CAN"), ("USA", "CHN")}, rows


def test_a_requirement_to_obtain_licences_is_the_control() -> None:
    # "obtain"/"seek" a licence tell nothing alone ("Nvidia applied for licences"); under a requirement or an
    # obligation they are the control, and the verb over the requirement tells what was done to it
    for text, row in (
            ("Washington lifted the requirement that EDA companies obtain licences to sell to China on Wednesday.",
             ("USA", "CHN", "export_control", "ease", "2025-08-06")),
            ("The U.S. suspended its requirement that Nvidia obtain licences to sell H20 chips to China on Monday.",
             ("USA", "CHN", "export_control", "suspend", "2025-08-04")),
            ("Chinese exporters will be required to seek licences to ship rare earth magnets to the United States.",
             ("CHN", "USA", "export_control", "impose", None))):
        assert _rows(text) == {row}, (text, _rows(text))
    assert not _rows("Nvidia applied for licences to sell H20 chips to China.")
