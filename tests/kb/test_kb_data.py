"""Checks of the bundled knowledge-base files in src/tradeshock/kb/data/.

These read the CSV files with the csv module only, so they test the data itself, not the loader:
every file has its exact header, keys are unique, every cross-reference resolves (countries,
subjects, sectors, tickers, parents, organisations), and the code table uses SCHEMA.md's enums.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from tradeshock import evaluate
from tradeshock.extract import events
from tradeshock.kb import FILES

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "tradeshock" / "kb" / "data"
SHARED = REPO / ".." / "shared"

HEADERS = {
    "countries.csv": ["code", "name", "aliases", "demonyms", "capitals", "metonyms"],
    "offices.csv": ["title", "country", "aliases", "kind"],
    "people.csv": ["name", "aliases", "role", "country", "organization", "start", "end"],
    "organizations.csv": ["name", "aliases", "kind", "country"],
    "goods.csv": ["subject", "label", "synonyms", "parent", "hs_codes"],
    "companies.csv": ["name", "aliases", "ticker", "exchange", "country", "sector", "sells", "depends_on",
                      "parent", "us_ticker"],
    "sectors.csv": ["sector", "label", "etf", "etf_name", "description"],
    "exposure.csv": ["subject", "sector", "tickers", "relation", "why", "source"],
    "codes.csv": ["instrument", "action", "status", "cameo", "cameo_label", "plover", "gta"],
    "blocs.csv": ["name", "members"],
}

# The key (one or more columns) by which a row is unique within its file: the loader's own, the one
# a user's row overrides by.
KEYS = {name: key for name, (_, key) in FILES.items()}

LIST_COLUMNS = {
    "countries.csv": ("aliases", "demonyms", "capitals", "metonyms"),
    "offices.csv": ("aliases",),
    "people.csv": ("aliases",),
    "organizations.csv": ("aliases",),
    "goods.csv": ("synonyms", "hs_codes"),
    "companies.csv": ("aliases", "sells", "depends_on"),
    "exposure.csv": ("tickers",),
}

# SCHEMA.md's enums and base subjects, from where the package defines them (checked against
# ../shared/SCHEMA.md below when it is present).
INSTRUMENTS, ACTIONS, STATUSES = set(evaluate.INSTRUMENTS), set(evaluate.ACTIONS), set(evaluate.STATUSES)
BASE_SUBJECTS = set(events.BASE_SUBJECTS)
# Event categories of the PLOVER ontology (openeventdata/PLOVER, README and CAMEO2PLOVER-2021.txt).
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "ACCUSE",
          "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
          "ASSAULT", "FIGHT", "CRIME"}
OFFICE_KINDS = {"head_of_state", "head_of_government", "minister", "official", "legislator", "central_bank",
                "executive", "analyst", "other"}
ORG_KINDS = {"gov_body", "igo", "court", "central_bank", "other"}
RELATIONS = {"depends_on", "sells", "competes_with_imports", "substitutes"}
# UN member states are 193; Taiwan, Hong Kong and Macau are required on top.
REQUIRED_EXTRA = {"TWN", "HKG", "MAC", "EU"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    with (DATA / name).open(newline="", encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


def split(value: str) -> list[str]:
    return [v for v in value.split("|")] if value else []


def key(row: dict[str, str], cols: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(row[c].strip().lower() for c in cols)


def countries() -> set[str]:
    return {r["code"] for r in rows("countries.csv")}


def subjects() -> set[str]:
    return {r["subject"] for r in rows("goods.csv")}


def tickers() -> set[str]:
    return {r["ticker"] for r in rows("companies.csv") if r["ticker"]}


# -- structure -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_file_parses_with_exact_header(name: str) -> None:
    with (DATA / name).open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        assert header == HEADERS[name]
        body = list(reader)
    assert body, f"{name} has no rows"
    bad = [i for i, r in enumerate(body, start=2) if len(r) != len(header)]
    assert not bad, f"{name}: lines with the wrong number of fields: {bad[:10]}"


@pytest.mark.parametrize("name", sorted(KEYS))
def test_no_duplicate_keys(name: str) -> None:
    seen: dict[tuple[str, ...], int] = {}
    dupes = []
    for i, row in enumerate(rows(name), start=2):
        k = key(row, KEYS[name])
        if k in seen:
            dupes.append((k, seen[k], i))
        seen[k] = i
    assert not dupes, f"{name}: duplicate keys {dupes[:10]}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_stray_whitespace_or_empty_list_items(name: str) -> None:
    problems = []
    for i, row in enumerate(rows(name), start=2):
        for col, value in row.items():
            if value != value.strip():
                problems.append((i, col, value))
        for col in LIST_COLUMNS.get(name, ()):
            for item in split(row[col]):
                if not item or item != item.strip():
                    problems.append((i, col, row[col]))
    assert not problems, f"{name}: {problems[:10]}"


def test_companies_tickers_unique() -> None:
    counts: dict[str, list[str]] = defaultdict(list)
    for r in rows("companies.csv"):
        if r["ticker"]:
            counts[r["ticker"].upper()].append(r["name"])
    assert {t: n for t, n in counts.items() if len(n) > 1} == {}


@pytest.mark.parametrize(
    ("name", "cols", "keycol"),
    [
        ("countries.csv", ("name", "aliases", "demonyms", "capitals", "metonyms"), "code"),
        ("offices.csv", ("title", "aliases"), "title"),
        ("organizations.csv", ("name", "aliases"), "name"),
        ("companies.csv", ("name", "aliases"), "name"),
        ("people.csv", ("name", "aliases"), "name"),
    ],
)
def test_no_surface_form_names_two_entities(name: str, cols: tuple[str, ...], keycol: str) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows(name):
        for c in cols:
            for form in split(r[c]) if c != cols[0] else [r[c]]:
                owners[form.lower()].add(r[keycol])
    clashes = {f: o for f, o in owners.items() if len(o) > 1}
    assert not clashes, f"{name}: forms shared by several entries: {clashes}"


# -- countries -------------------------------------------------------------------------------------------


def test_country_codes_are_iso3_or_eu() -> None:
    bad = [r["code"] for r in rows("countries.csv") if not (r["code"] == "EU" or re.fullmatch(r"[A-Z]{3}", r["code"]))]
    assert not bad


def test_country_coverage() -> None:
    codes = countries()
    assert REQUIRED_EXTRA <= codes
    assert {"USA", "CHN", "JPN", "KOR", "NLD", "DEU", "FRA", "GBR", "CAN", "MEX", "IND", "VNM"} <= codes
    # 193 UN members plus the required extras (observer states may be added too)
    assert len(codes - REQUIRED_EXTRA) >= 193


def test_capital_metonyms_do_not_clash() -> None:
    owner: dict[str, str] = {}
    for r in rows("countries.csv"):
        for cap in split(r["capitals"]) + split(r["metonyms"]):
            assert cap.lower() not in owner, f"{cap} is given to {owner.get(cap.lower())} and {r['code']}"
            owner[cap.lower()] = r["code"]
    assert owner["brussels"] == "EU"
    assert owner["washington"] == "USA"
    assert owner["beijing"] == "CHN"
    assert owner["the hague"] == "NLD"


@pytest.mark.parametrize(
    ("name", "column"),
    [("offices.csv", "country"), ("people.csv", "country"), ("organizations.csv", "country"),
     ("companies.csv", "country")],
)
def test_every_country_reference_exists(name: str, column: str) -> None:
    known = countries()
    missing = sorted({r[column] for r in rows(name) if r[column] and r[column] not in known})
    assert not missing, f"{name}.{column}: unknown codes {missing}"


# -- offices, people, organisations ----------------------------------------------------------------------


def test_office_kinds_and_count() -> None:
    bad = [(r["title"], r["kind"]) for r in rows("offices.csv") if r["kind"] not in OFFICE_KINDS]
    assert not bad
    assert len(rows("offices.csv")) >= 80


def test_org_kinds_and_count() -> None:
    bad = [(r["name"], r["kind"]) for r in rows("organizations.csv") if r["kind"] not in ORG_KINDS]
    assert not bad
    assert len(rows("organizations.csv")) >= 70


def _parse(value: str) -> tuple[int, ...]:
    parts = tuple(int(p) for p in value.split("-"))
    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)  # validates
    return parts


def test_people_dates_are_iso_and_ordered() -> None:
    problems = []
    for i, r in enumerate(rows("people.csv"), start=2):
        for col in ("start", "end"):
            if r[col] and not ISO_DATE.match(r[col]):
                problems.append((i, col, r[col]))
        if problems:
            continue
        try:
            start = _parse(r["start"]) if r["start"] else None
            end = _parse(r["end"]) if r["end"] else None
        except ValueError as exc:
            problems.append((i, str(exc)))
            continue
        if start and end:
            n = min(len(start), len(end))
            if start[:n] > end[:n]:
                problems.append((i, r["name"], "start after end"))
    assert not problems, problems[:10]


def test_people_count_and_roles() -> None:
    people = rows("people.csv")
    assert len(people) >= 150
    assert all(r["role"] for r in people)


def test_people_roles_are_office_titles() -> None:
    titles = {r["title"] for r in rows("offices.csv")}
    missing = sorted({r["role"] for r in rows("people.csv")} - titles)
    assert not missing, f"roles with no row in offices.csv: {missing}"


def test_people_organizations_exist() -> None:
    names = {r["name"] for r in rows("organizations.csv")} | {r["name"] for r in rows("companies.csv")}
    missing = sorted({r["organization"] for r in rows("people.csv") if r["organization"]} - names)
    assert not missing


def test_people_in_office_are_not_listed_twice_for_one_role() -> None:
    # one open-ended row (no end date) per person and role
    open_rows: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows("people.csv"):
        if not r["end"]:
            open_rows[(r["name"], r["role"])] += 1
    assert {k: v for k, v in open_rows.items() if v > 1} == {}


def test_seed_officials_are_known() -> None:
    by_name = defaultdict(list)
    for r in rows("people.csv"):
        by_name[r["name"]].append(r)
    expected = {
        "Scott Bessent": ("Treasury Secretary", "USA"),
        "Howard Lutnick": ("Commerce Secretary", "USA"),
        "Jamieson Greer": ("US Trade Representative", "USA"),
        "He Lifeng": ("Vice Premier", "CHN"),
        "Donald Trump": ("President", "USA"),
        "Xi Jinping": ("President", "CHN"),
    }
    for name, (role, country) in expected.items():
        current = [r for r in by_name[name] if not r["end"] and r["role"] == role]
        assert current and current[0]["country"] == country, name
    titles = {r["title"]: r["country"] for r in rows("offices.csv")}
    assert titles["Treasury Secretary"] == "USA"
    assert titles["Vice Premier"] == "CHN"
    assert titles["President"] == ""


# -- goods -----------------------------------------------------------------------------------------------


def test_goods_cover_schema_vocabulary() -> None:
    assert BASE_SUBJECTS <= subjects()
    assert all(SNAKE.match(s) for s in subjects())


def test_goods_parents_resolve_without_cycles() -> None:
    parent = {r["subject"]: r["parent"] for r in rows("goods.csv")}
    for subject in parent:
        seen = {subject}
        p = parent[subject]
        while p:
            assert p in parent, f"{subject}: unknown parent {p}"
            assert p not in seen, f"{subject}: parent cycle through {p}"
            seen.add(p)
            p = parent[p]


def test_goods_synonyms_are_lower_case_and_unique() -> None:
    owner: dict[str, str] = {}
    for r in rows("goods.csv"):
        syns = split(r["synonyms"])
        assert syns, f"{r['subject']} has no synonyms"
        for s in syns:
            assert s == s.lower(), s
            assert s not in owner, f"'{s}' belongs to {owner.get(s)} and {r['subject']}"
            owner[s] = r["subject"]
    assert owner["rare earth magnets"] == "rare_earth_magnets"
    assert owner["aluminium"] == "aluminum"
    assert owner["chip design software"] == "chip_design_software"


def test_hs_codes_look_like_hs() -> None:
    bad = [(r["subject"], c) for r in rows("goods.csv") for c in split(r["hs_codes"])
           if not re.fullmatch(r"\d{2}(\d{2}(\.\d{2})?)?", c)]
    assert not bad


# -- companies, sectors, exposure ------------------------------------------------------------------------


def test_at_least_150_listed_companies() -> None:
    assert len(tickers()) >= 150


def test_listed_companies_have_exchange_and_sector() -> None:
    bad = [r["name"] for r in rows("companies.csv") if r["ticker"] and not (r["exchange"] and r["sector"])]
    assert not bad


# Yahoo Finance suffix of each exchange named in companies.csv ("" for US listings).
YAHOO_SUFFIX = {
    "NASDAQ": "", "NYSE": "", "NYSE American": "", "TWSE": ".TW", "TSE": ".T", "KRX": ".KS", "HKEX": ".HK",
    "SSE": ".SS", "SZSE": ".SZ", "ASX": ".AX", "XETRA": ".DE", "LSE": ".L", "SIX": ".SW",
    "Euronext Amsterdam": ".AS", "Euronext Paris": ".PA", "Euronext Milan": ".MI", "Euronext Brussels": ".BR",
    "Euronext Dublin": ".IR", "Nasdaq Copenhagen": ".CO", "Nasdaq Stockholm": ".ST", "Nasdaq Helsinki": ".HE",
    "TSX": ".TO", "Oslo Bors": ".OL", "B3": ".SA", "NSE": ".NS", "Santiago Stock Exchange": ".SN", "BME": ".MC",
    "SGX": ".SI", "BMV": ".MX", "IDX": ".JK", "JSE": ".JO", "Euronext Lisbon": ".LS", "Wiener Borse": ".VI",
    "GPW": ".WA", "KOSDAQ": ".KQ", "MOEX": ".ME", "Borsa Istanbul": ".IS", "HOSE": ".VN", "Bursa Malaysia": ".KL",
    "SET": ".BK", "NZX": ".NZ",
}
# exchanges whose Yahoo symbols are numeric codes of a fixed form
NUMERIC_FORMS = {"HKEX": r"\d{4}\.HK", "KRX": r"\d{6}\.KS", "SSE": r"\d{6}\.SS", "SZSE": r"\d{6}\.SZ",
                 "TWSE": r"\d{4}\.TW", "TSE": r"\d{3}[0-9A-Z]\.T"}


def test_ticker_form_matches_exchange() -> None:
    problems = []
    for r in rows("companies.csv"):
        ticker, exchange = r["ticker"], r["exchange"]
        if not ticker:
            if exchange:
                problems.append((r["name"], "exchange without ticker"))
            continue
        if exchange not in YAHOO_SUFFIX:
            problems.append((r["name"], f"exchange {exchange!r} is not in the documented list"))
            continue
        suffix = YAHOO_SUFFIX[exchange]
        if (suffix and not ticker.endswith(suffix)) or (not suffix and "." in ticker):
            problems.append((r["name"], f"{ticker} does not have the Yahoo form of {exchange}"))
        form = NUMERIC_FORMS.get(exchange)
        if form and not re.fullmatch(form, ticker):
            problems.append((r["name"], f"{ticker} is not a {exchange} code"))
        if "." in r["us_ticker"]:
            problems.append((r["name"], f"us_ticker {r['us_ticker']} has an exchange suffix"))
    assert not problems, problems[:10]


def test_index_examples_resolve() -> None:
    by_form = {}
    for r in rows("companies.csv"):
        for form in [r["name"], *split(r["aliases"])]:
            by_form[form] = r
    expected = {"Toyota": "7203.T", "Nestlé": "NESN.SW", "Rolls-Royce": "RR.L", "Petrobras": "PETR4.SA",
                "Reliance Industries": "RELIANCE.NS", "Tencent": "0700.HK", "TSMC": "2330.TW", "Shopify": "SHOP.TO",
                "BHP": "BHP.AX", "SAP": "SAP.DE", "HSBC": "HSBA.L", "Samsung Biologics": "207940.KS",
                "JPMorgan": "JPM", "Inditex": "ITX.MC"}
    wrong = {f: (by_form[f]["ticker"] if f in by_form else None) for f, t in expected.items()
             if f not in by_form or by_form[f]["ticker"] != t}
    assert not wrong, wrong
    assert by_form["Zara"]["parent"] == "Inditex"
    assert by_form["Jaguar Land Rover"]["ticker"] == ""


@pytest.mark.parametrize(("name", "column"), [("companies.csv", "sells"), ("companies.csv", "depends_on"),
                                              ("exposure.csv", "subject")])
def test_subjects_exist_in_goods(name: str, column: str) -> None:
    known = subjects()
    missing = sorted({s for r in rows(name) for s in split(r[column])} - known)
    assert not missing


@pytest.mark.parametrize("name", ["companies.csv", "exposure.csv"])
def test_sectors_exist(name: str) -> None:
    known = {r["sector"] for r in rows("sectors.csv")}
    missing = sorted({r["sector"] for r in rows(name) if r["sector"]} - known)
    assert not missing


def test_company_parents_exist() -> None:
    names = {r["name"] for r in rows("companies.csv")}
    missing = sorted({r["parent"] for r in rows("companies.csv") if r["parent"]} - names)
    assert not missing


def test_seed_companies_resolve() -> None:
    by_alias = {}
    for r in rows("companies.csv"):
        for form in [r["name"], *split(r["aliases"])]:
            by_alias[form] = r
    assert by_alias["NVIDIA"]["ticker"] == "NVDA"
    assert by_alias["AMD"]["ticker"] == "AMD"
    assert by_alias["Marvell Technology"]["ticker"] == "MRVL"
    assert by_alias["Broadcom"]["ticker"] == "AVGO"
    assert by_alias["TSMC"]["ticker"] == "2330.TW"
    assert by_alias["TSMC"]["us_ticker"] == "TSM"
    assert by_alias["Huawei"]["ticker"] == ""


def test_sector_etfs_are_symbols() -> None:
    for r in rows("sectors.csv"):
        assert SNAKE.match(r["sector"])
        if r["etf"]:
            assert re.fullmatch(r"[A-Z]{2,5}", r["etf"]), r["etf"]
            assert r["etf_name"], r["sector"]


def test_exposure_rows() -> None:
    links = rows("exposure.csv")
    assert len(links) >= 40
    known = tickers()
    for r in links:
        assert r["relation"] in RELATIONS, r
        assert r["why"] and r["source"], r
        listed = split(r["tickers"])
        assert listed, r
        unknown = [t for t in listed if t not in known]
        assert not unknown, f"{r['subject']}/{r['sector']}: tickers not in companies.csv: {unknown}"


def test_exposure_covers_the_issue_list() -> None:
    covered = {r["subject"] for r in rows("exposure.csv")}
    wanted = {"rare_earths", "rare_earth_magnets", "ai_chips", "semiconductors", "chipmaking_equipment",
              "chip_design_software", "soybeans", "agricultural_products", "aircraft", "gallium", "germanium",
              "graphite", "antimony", "ev", "lithium_batteries", "steel", "aluminum", "shipping", "lng",
              "pharmaceuticals", "consumer_electronics"}
    assert wanted <= covered, sorted(wanted - covered)
    rare = {t for r in rows("exposure.csv") if r["subject"].startswith("rare_earth") for t in split(r["tickers"])}
    assert {"MP", "LYC.AX", "ILU.AX", "UUUU", "USAR", "LMT", "RTX", "GEV", "AAPL", "TSLA"} <= rare


# -- codes -----------------------------------------------------------------------------------------------


def test_codes_use_schema_enums() -> None:
    for r in rows("codes.csv"):
        assert r["instrument"] in INSTRUMENTS, r
        assert r["action"] in ACTIONS, r
        assert r["status"] == "" or r["status"] in STATUSES, r
        assert r["plover"] in PLOVER, r
        assert re.fullmatch(r"\d{2,4}", r["cameo"]), r
        assert r["cameo_label"], r


def test_codes_have_a_default_row_for_every_instrument() -> None:
    with_default = {r["instrument"] for r in rows("codes.csv") if not r["status"]}
    assert with_default == INSTRUMENTS


def test_codes_for_seed_events() -> None:
    table = {(r["instrument"], r["action"], r["status"]): r for r in rows("codes.csv")}

    def lookup(instrument: str, action: str, status: str) -> dict[str, str]:
        return table.get((instrument, action, status)) or table[(instrument, action, "")]

    assert lookup("export_control", "ease", "announced")["cameo"] == "085"
    assert lookup("export_control", "ease", "announced")["plover"] == "RETREAT"
    assert lookup("tariff", "impose", "in_force")["gta"] == "Import tariff"
    assert lookup("tariff", "impose", "threatened")["plover"] == "THREATEN"
    assert lookup("leader_call", "call", "concluded")["cameo"] == "041"
    assert lookup("talks", "negotiate", "under_negotiation")["plover"] == "CONSULT"


# -- SCHEMA.md, when the shared folder is present ----------------------------------------------------------


def _schema_text() -> str:
    path = SHARED / "SCHEMA.md"
    if not path.exists():
        pytest.skip(f"{path.resolve()} is absent: this check needs the workplace's shared SCHEMA.md")
    return path.read_text(encoding="utf-8")


def _enum_after(text: str, label: str) -> set[str]:
    """The backquoted words of the paragraph that opens with `label` (up to its first colon)."""
    match = re.search(rf"^`{label}`[^\n:]*:", text, re.MULTILINE)
    assert match, f"SCHEMA.md has no paragraph for {label}"
    para = text[match.end():].split("\n\n", 1)[0]
    return set(re.findall(r"`([a-z_]+)`", para))


def test_package_enums_match_schema_md() -> None:
    text = _schema_text()
    assert _enum_after(text, "instrument") == INSTRUMENTS
    assert _enum_after(text, "action") == ACTIONS
    assert _enum_after(text, "subject") == BASE_SUBJECTS
    status_line = next(line for line in text.splitlines() if '"status":' in line and "|" in line)
    assert set(re.findall(r"[a-z_]+", status_line.split("//", 1)[1])) == STATUSES


def test_person_on_picks_the_office_held_on_the_day() -> None:
    from tradeshock.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    rows = kb.person_terms["Mark Carney"]
    assert len(rows) == 2
    assert kb.person_on("Mark Carney", "2025-06-01").country == "CAN"
    assert kb.person_on("Mark Carney", "2015-06-01").country == "GBR"
    assert kb.person_on("Mark Carney", "2022-06-01").country == "GBR"  # between the two: the last office taken up
    assert kb.person_on("Mark Carney", None).country == "CAN"  # no date: the office still held
    assert kb.person_on("Nobody Known", "2025-06-01") is None


def test_person_by_name_gives_the_office_still_held() -> None:
    from tradeshock.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    # the events' parties read a person's country without the article's day: the current office
    assert kb.person_by_name["Mark Carney"].country == "CAN"


def test_no_company_is_written_like_an_organisation_a_person_or_a_country() -> None:
    # "NEC" is the National Economic Council and "BOE" the Bank of England: a company form that
    # equals one of theirs would turn a government body or a person into a firm
    from tradeshock.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    others: set[str] = set()
    for o in kb.organizations:
        others.update(f.casefold() for f in (o.name, *getattr(o, "aliases", ())))
    for p in kb.people:
        others.update(f.casefold() for f in (p.name, *p.aliases))
    for c in kb.countries:
        others.update(f.casefold() for f in (c.name, *c.aliases, *c.demonyms, *c.capitals, *c.metonyms))
    clashes = sorted(f for c in kb.companies for f in (c.name, *c.aliases) if f.casefold() in others)
    assert clashes == []
