"""Review 19a of the round's event rules: the wrong readings it proved, each with the reviewer's sentences and
variants, read as ANNOTATION.md reads them. Every sentence is invented."""

from __future__ import annotations

from event_helpers import analyze_events

PUB = "2025-08-08"  # a Friday


def _rows(text: str, instrument: str | None = None) -> set[tuple[object, ...]]:
    """(actor, target, instrument, action) of the events of ``text`` read as the body, of one instrument if given."""
    return {(e.actor, e.target, e.instrument, e.action) for e in analyze_events(text, PUB, headline=True)
            if instrument is None or e.instrument == instrument}


# 1. a ban told after a sanction or a listing is an import ban of its own (rule 4), unless it bars the listed
# parties themselves ("barring them from buying ...": what the listing does)

def test_an_import_ban_told_after_sanctions_or_a_listing_is_its_own_event() -> None:
    for text, row in (
            ("The EU adopted new sanctions on Russia, banning imports of Russian steel and oil products.",
             ("EU", "RUS", "import_restriction", "impose")),
            ("Washington sanctioned three Iranian shipping firms, blocking imports of Iranian oil into the US.",
             ("USA", "IRN", "import_restriction", "impose")),
            ("The US added Huawei to its Entity List, banning imports of Huawei telecoms equipment.",
             ("USA", "CHN", "import_restriction", "impose")),
            ("Britain imposed sanctions on Russian banks on Monday, prohibiting imports of Russian diamonds.",
             ("GBR", "RUS", "import_restriction", "impose")),
            ("Canada imposed sanctions on Iran on Friday, barring imports of Iranian crude.",
             ("CAN", "IRN", "import_restriction", "impose"))):
        rows = _rows(text)
        assert row in rows, (text, rows)


def test_barring_the_listed_parties_themselves_stays_the_listing() -> None:
    for text in ("Beijing added six U.S. defense firms to its unreliable entity list, barring them from buying "
                 "Chinese goods.",
                 "The US blacklisted 12 Chinese firms on Tuesday, barring the companies from buying American chips."):
        rows = _rows(text)
        assert not {r for r in rows if r[2] in ("import_restriction", "export_control")}, (text, rows)
        assert {r[2] for r in rows} == {"entity_list"}, (text, rows)


# 2. "over imports of Chinese steel" is the actor's own imports: the trade-remedy reason makes China the target
# (rule 3); only a buyer named ("over New Delhi's imports of Russian crude") makes the seller no target

def test_imports_as_the_reason_of_a_trade_remedy_keep_the_exporter_as_target() -> None:
    for text, row in (
            ("The EU imposed anti-dumping duties over imports of Chinese steel.", ("EU", "CHN", "tariff", "impose")),
            ("The EU imposed safeguard tariffs because of rising imports of Chinese steel.",
             ("EU", "CHN", "tariff", "impose")),
            ("Brussels launched an anti-dumping probe over growing imports of Chinese electric vehicles.",
             ("EU", "CHN", "other", "announce")),
            ("India imposed anti-dumping duties on Monday due to a surge of imports of Vietnamese steel.",
             ("IND", "VNM", "tariff", "impose")),
            ("Mexico raised tariffs on steel over cheap imports of Chinese steel.", ("MEX", "CHN", "tariff", "raise"))):
        rows = _rows(text)
        assert row in rows, (text, rows)


def test_a_named_buyers_imports_still_make_the_seller_no_target() -> None:
    assert _rows("Trump imposed an extra 25% tariff on Indian goods on Wednesday over New Delhi's continued imports "
                 "of Russian crude.", "tariff") == {("USA", "IND", "tariff", "impose")}
    assert _rows("Washington raised tariffs on Turkey over its imports of Russian oil.", "tariff") \
        == {("USA", "TUR", "tariff", "raise")}
    # (bare imports after the one hit: the reason's seller, not a second target)
    assert _rows("Trump hit India with 25% tariffs on Wednesday over imports of Russian oil.", "tariff") \
        == {("USA", "IND", "tariff", "impose")}
    assert _rows("Trump imposed an extra 25% tariff on Indian goods over continued imports of Russian crude.",
                 "tariff") == {("USA", "IND", "tariff", "impose")}


# 3. ending, letting lapse or refusing to extend a pause on higher tariffs brings the higher rate back (rule 5):
# never a suspend or an extend

def test_ending_or_refusing_a_pause_on_higher_tariffs_is_no_pause() -> None:
    for text in ("Trump ended the pause on higher tariffs on Chinese goods on Tuesday.",
                 "The US terminated the 90-day pause on higher tariffs on Chinese goods.",
                 "Trump let the pause on higher tariffs on Chinese goods expire on Tuesday.",
                 "Trump said the pause on higher tariffs on Chinese goods would end on Tuesday.",
                 "Trump refused to extend the pause on higher tariffs on Chinese goods.",
                 "Washington scrapped its suspension of the higher duties on Chinese goods.",
                 "The White House did not extend the pause on higher tariffs on Chinese goods.",
                 "Trump lifted the 90-day pause on higher duties on Chinese goods on Tuesday."):
        rows = _rows(text, "tariff")
        assert not {r for r in rows if r[3] in ("suspend", "extend")}, (text, rows)
        assert rows <= {("USA", "CHN", "tariff", "raise")}, (text, rows)


def test_a_pause_on_higher_tariffs_prolonged_stays_an_extension() -> None:
    assert _rows("Trump extended the pause on higher tariffs on Chinese goods by 90 days.", "tariff") \
        == {("USA", "CHN", "tariff", "extend")}
    assert _rows("The US delayed higher tariffs on Chinese goods until November.", "tariff") \
        == {("USA", "CHN", "tariff", "defer")}


# 4. a mutual cut on both sides' goods: one event per direction (rule 2)

def test_a_mutual_cut_on_both_sides_goods_gives_both_directions() -> None:
    both = {("USA", "CHN"), ("CHN", "USA")}
    for text, action in (("The US and China agreed to cut tariffs on Chinese and American goods.", "lower"),
                         ("The United States and China agreed to lower tariffs on American and Chinese goods on "
                          "Monday.", "lower")):
        assert {(r[0], r[1]) for r in _rows(text, "tariff") if r[3] == action} == both, text
    both = {("USA", "EU"), ("EU", "USA")}
    for text in ("The United States and the EU agreed to suspend tariffs on EU steel and US whiskey.",
                 "The EU and the United States agreed to suspend tariffs on US whiskey and EU steel for five years."):
        assert {(r[0], r[1]) for r in _rows(text, "tariff") if r[3] == "suspend"} == both, text


def test_a_deal_cut_on_one_sides_goods_stays_one_direction() -> None:
    assert _rows("The US and the UK signed a trade deal on Thursday that cuts tariffs on British cars to 10%.",
                 "tariff") == {("USA", "GBR", "tariff", "lower")}


# 5. allies that extend their own controls or sanctions do not act on each other (rule 3: no target named)

def test_allies_extending_their_controls_or_sanctions_name_no_target() -> None:
    for text in ("Japan and the Netherlands extended their export controls on chipmaking equipment.",
                 "Japan and South Korea extended their export restrictions on chip materials.",
                 "Britain and the EU extended their sanctions for six months.",
                 "Canada and Australia suspended their export controls on drones for a year."):
        rows = _rows(text)
        assert rows and all(r[1] is None for r in rows), (text, rows)


def test_allies_extending_their_curbs_in_a_headline_name_no_target() -> None:
    evs = analyze_events("Japan, Netherlands extend chip export curbs\nJapan and the Netherlands extended their "
                         "export controls on chipmaking equipment on Monday.", PUB)
    assert evs and all(e.target is None for e in evs), [(e.actor, e.target) for e in evs]


def test_a_truce_extended_by_its_two_sides_still_acts_each_on_the_other() -> None:
    rows = _rows("The United States and China extended their tariff truce for another 90 days on Monday.", "tariff")
    assert rows == {("USA", "CHN", "tariff", "extend"), ("CHN", "USA", "tariff", "extend")}


# 6. a licence one "no longer" has to seek is a control relaxed (rule 5: ease), not imposed

def test_a_licence_no_longer_required_is_an_easing() -> None:
    for text, row in (
            ("Washington said EDA firms no longer have to seek licences to sell software to China.",
             ("USA", "CHN", "export_control", "ease")),
            ("EDA firms no longer have to seek licences to sell software to China, the Commerce Department said.",
             ("USA", "CHN", "export_control", "ease")),
            ("Chinese exporters will no longer be required to seek licences to ship rare earth magnets to the "
             "United States.", ("CHN", "USA", "export_control", "ease")),
            ("Nvidia will not have to obtain licences to sell H20 chips to China, the Commerce Department said on "
             "Monday.", ("USA", "CHN", "export_control", "ease"))):
        rows = _rows(text)
        assert row in rows and not {r for r in rows if r[3] in ("impose", "tighten")}, (text, rows)


def test_a_licence_one_must_seek_is_still_the_control() -> None:
    assert ("CHN", "USA", "export_control", "impose") in _rows(
        "Exporters will be required to seek licences to ship rare earth magnets to the United States, Beijing said.")


# 7. the de minimis threshold is a duty-free line: raising it lowers the duty paid, lowering it raises it

def test_moving_the_de_minimis_threshold_goes_the_other_way_from_the_duty() -> None:
    for text, row in (
            ("The US raised the de minimis threshold to $800 for parcels from Canada.",
             ("USA", "CAN", "tariff", "lower")),
            ("The US lowered the de minimis threshold for parcels from China to $200.",
             ("USA", "CHN", "tariff", "raise")),
            ("Japan will raise its de minimis threshold for parcels from China next year.",
             ("JPN", "CHN", "tariff", "lower"))):
        assert _rows(text, "tariff") == {row}, text


# 8. "ended up" and "ran out of steam" end no deal

def test_a_deal_in_force_that_ended_up_doing_something_is_still_in_force() -> None:
    for text in ("The trade pact between Canada and Peru was in force, but it ended up boosting exports.",
                 "The trade pact between Canada and Peru was in force, but it ran out of steam in talks on dairy.",
                 "The trade pact between Canada and Peru was in force, but it ended up in court."):
        evs = [e for e in analyze_events(text, PUB, headline=True) if e.instrument == "agreement"]
        assert [e.status for e in evs] == ["in_force"], (text, [(e.action, e.status) for e in evs])
    evs = [e for e in analyze_events("The trade pact between Canada and Peru was in force, but it lapsed in 2024.",
                                     PUB, headline=True) if e.instrument == "agreement"]
    assert [e.status for e in evs] == ["concluded"]


# too narrow: the wire form "U.S. officials said", and "except those from X"

def test_officials_named_by_their_country_after_a_measure_are_the_speakers() -> None:
    for text in ("Washington will raise tariffs on Canada and Mexico, U.S. officials said.",
                 "Washington will raise tariffs on Canada and Mexico, U.S. officials told Reuters.",
                 "Washington will raise tariffs on Canada and Mexico, officials said."):
        assert _rows(text, "tariff") == {("USA", "CAN", "tariff", "raise"), ("USA", "MEX", "tariff", "raise")}, text
    assert _rows("Beijing will curb exports of gallium to the United States and Japan, Chinese sources said on "
                 "Friday.", "export_control") == {("CHN", "USA", "export_control", "impose"),
                                                  ("CHN", "JPN", "export_control", "impose")}


def test_goods_let_off_by_their_origin_are_no_target() -> None:
    for text in ("The US imposed a 10% tariff on all imports except those from Canada and Mexico.",
                 "The US imposed a 10% tariff on all imports except goods from Canada and Mexico.",
                 "The US imposed a 10% tariff on all imports except from Canada and Mexico."):
        rows = _rows(text, "tariff")
        assert ("USA", None, "tariff", "impose") in rows, (text, rows)
        assert not {r for r in rows if r[1] in ("CAN", "MEX") and r[3] == "impose"}, (text, rows)
