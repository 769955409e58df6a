"""Wrong readings noticed in earlier rounds and fixed in round 14 (invented sentences: the names, places and
figures are made up or only illustrative): abbreviated titles ("Gov.", "Amb."), a name's own apposition
over the office written before it, a demonym before a ministry's name, "except to" a country, a deal
that lapsed, "led the decline", "hit 3,500 yen"."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find, people_of, person, share_moves

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def _people(text: str) -> list[dict]:
    return people_of(text, "2025-06-10")


def _role(text: str, name: str) -> str | None:
    hit = person(_people(text), name)
    assert hit is not None, _people(text)
    return hit["role"]


# 1. "Gov." and "Amb." are office titles, written out as an analyst records them
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Gov. Kathy Hochul said the tariffs would hurt New York farmers.", "Kathy Hochul", "Governor"),
        ("Amb. Katherine Tai told reporters the talks would resume.", "Katherine Tai", "Ambassador"),
        ("The levy was criticised by Gov. Ana Ruiz of Iowa, who said soybean growers would suffer.", "Ana Ruiz",
         "Governor"),
        ("Amb. Lin Hao said Beijing would answer the new duties in kind.", "Lin Hao", "Ambassador"),
        ("Former Amb. Tom Reyes said the talks had stalled.", "Tom Reyes", "Former Ambassador"),
        ("Former Sen. Ana Ruiz said the quota was unfair.", "Ana Ruiz", "Former Senator"),
    ],
)
def test_abbreviated_titles(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_amb_abbreviation_ends_no_sentence() -> None:
    brief = analyze(Article(text="Headline\nAmb. Lin Hao said the talks went well.", published="2025-06-10"))
    assert [p.name for p in brief.people] == ["Lin Hao"]


# 2. the apposition after the name is the person's role, not an office listed before it
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Besides the minister and the governor, Tom Reyes, the mayor, said the port would suffer.", "Tom Reyes",
         "mayor"),
        ("Apart from the president and the governor, Ana Ruiz, the city's deputy mayor, said exports would fall.",
         "Ana Ruiz", "deputy mayor"),
        ("Besides the president and the governor, Lin Hao, the trade minister, said talks would go on.", "Lin Hao",
         "trade minister"),
        ("Along with the senator, Ana Ruiz, a farm lobbyist, spoke at the hearing.", "Ana Ruiz", "farm lobbyist"),
    ],
)
def test_own_apposition_is_the_role(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_office_then_name_still_the_role() -> None:
    assert _role("The governor, Tom Reyes, said the port would suffer.", "Tom Reyes") == "Governor"


# 3. a demonym or a country before a ministry's name decides its country
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Chinese commerce department said it would impose export controls on gallium.", "CHN"),
        ("the Chinese commerce department said it would impose export controls on gallium.", "CHN"),
        ("Japan's commerce department said it would restrict exports of chipmaking equipment.", "JPN"),
        ("The Korean Commerce Department said it would impose export controls on graphite.", "KOR"),
    ],
)
def test_demonym_before_a_ministry(text: str, actor: str) -> None:
    brief = analyze(Article(text="Headline\n" + text, published="2025-06-10"))
    assert not [o for o in brief.organizations if o.country == "USA"], brief.organizations
    assert [(e.actor, e.instrument) for e in brief.events] == [(actor, "export_control")]


def test_own_country_before_the_department_stays() -> None:
    brief = analyze(Article(text="Headline\nAmerica's Commerce Department said it would tighten export controls "
                                 "on AI chips.", published="2025-06-10"))
    assert [o.country for o in brief.organizations] == ["USA"]


# 4. "except to" a country: the measure has no target, each country let off it an exemption (eval/README.md)
@pytest.mark.parametrize(
    ("text", "actor", "exempt"),
    [
        ("India banned exports of onions, except to Nepal and Bhutan.", "IND", {"NPL", "BTN"}),
        ("China halted shipments of gallium to all countries except to Russia.", "CHN", {"RUS"}),
        ("Indonesia banned exports of nickel ore, other than to Japan.", "IDN", {"JPN"}),
        ("The EU restricted imports of steel, except from Norway and Iceland.", "EU", {"NOR", "ISL"}),
    ],
)
def test_except_to_a_country(text: str, actor: str, exempt: set[str]) -> None:
    evs = analyze_events(text, "2025-06-10", headline=True)
    assert not [e for e in evs if e.target in exempt and e.action != "ease"], evs
    assert {e.target for e in find(evs, actor=actor, action="ease")} == exempt
    assert find(evs, actor=actor, target=None, action="impose")


# 5. a later clause that says a deal lapsed or ended: it is no longer in force
@pytest.mark.parametrize(
    "text",
    [
        "The trade pact between Canada and Peru was in force, but it lapsed.",
        "The trade pact between Canada and Peru was in force, but lapsed in 2015.",
        "The free trade agreement between Chile and India was in force, but it later expired.",
        "The trade deal between Japan and Peru was in force, and it was scrapped in 2019.",
    ],
)
def test_lapsed_deal_not_in_force(text: str) -> None:
    evs = analyze_events(text, "2025-06-10", headline=True)
    assert [e.instrument for e in evs] == ["agreement"]
    assert evs[0].status != "in_force"


def test_deal_in_force_then_something_else() -> None:
    evs = analyze_events("The trade pact between Canada and Peru was in force, and exports grew.", "2025-06-10",
                         headline=True)
    assert [e.status for e in evs] == ["in_force"]


# 6. "led the decline/sell-off/losses" is down, "led the rally/gains/advance" up
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nvidia led the decline.", {"NVDA": "down"}),
        ("Nvidia led the sell-off on Wall Street on Tuesday.", {"NVDA": "down"}),
        ("Nvidia led the decline in chip stocks.", {"NVDA": "down"}),
        ("Chipmakers led the decline, with Nvidia down.", {"NVDA": "down"}),
        ("Chipmakers led the sell-off, with Nvidia and AMD lower.", {"NVDA": "down", "AMD": "down"}),
        ("Apple led the gains in tech shares.", {"AAPL": "up"}),
        ("Toyota led the advance in Tokyo.", {"7203": "up"}),
        ("Nvidia and AMD led the market lower.", {"NVDA": "down", "AMD": "down"}),
        # a lead of something else is no share move
        ("Apple led the decline in iPhone sales.", {"AAPL": "mentioned"}),
        ("Apple led the talks with suppliers.", {"AAPL": "mentioned"}),
    ],
)
def test_led_the_move(text: str, want: dict[str, str]) -> None:
    assert share_moves(text, "2025-06-10") == want


# 7. "hit" a price with no direction word reaches a level; a record high or low says which way
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Toyota hit 3,500 yen on Tuesday.", "mentioned"),
        ("Sony shares reached 4,000 yen.", "mentioned"),
        ("Toyota shares hit 3,500 yen, a record high.", "up"),
        ("Toyota shares were hit by the tariffs.", "down"),
        ("Toyota shares fell 30 yen to 3,500 yen.", "down"),
    ],
)
def test_hit_a_price(text: str, want: str) -> None:
    moves = share_moves(text, "2025-06-10")
    assert moves.get("7203", moves.get("6758")) == want


# 8. an untitled name coordinated with a person told with a role is a person
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Named were Ines Carvalho, and the head of the port authority, Rui Tavares.", "Ines Carvalho"),
        ("The panel heard Ana Ruiz and Treasury Secretary Scott Bessent on Monday.", "Ana Ruiz"),
        ("Attending were Lin Hao and the governor of the central bank, Rui Tavares.", "Lin Hao"),
    ],
)
def test_untitled_name_before_and(text: str, name: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and hit["role"] is None


@pytest.mark.parametrize("place", ["Silicon Valley", "Capitol Hill", "Hong Kong", "the Gulf Coast"])
def test_place_before_and_is_no_person(place: str) -> None:
    people = _people(f"{place} and Commerce Secretary Gina Raimondo have clashed over chip curbs.")
    assert [p["name"] for p in people] == ["Gina Raimondo"]


def test_firm_before_and_is_no_person() -> None:
    people = _people("Wood Mackenzie and Treasury Secretary Scott Bessent spoke.")
    assert [p["name"] for p in people] == ["Scott Bessent"]
