"""The knowledge base: countries, offices, people, organisations, goods, companies, sectors,
exposure links and the code mapping table, kept as CSV files in ``kb/data/``.

``KnowledgeBase.load()`` reads the bundled files once; ``KnowledgeBase.load(extra_dirs=[...])``
adds a user's folder whose rows extend or override the bundled ones by key (see
``docs/knowledge-base.md``).
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tradeshock.errors import KnowledgeBaseError

DATA_DIR = Path(__file__).with_name("data")

#: organisation kinds that act for their country's government (ministries, courts, central banks, parliaments)
GOVERNMENT_KINDS = frozenset({"gov_body", "court", "central_bank", "legislature"})

# file name -> (required columns, key columns): a user's row replaces the bundled row with the same key
FILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "countries.csv": (("code", "name", "aliases", "demonyms", "capitals", "metonyms"), ("code",)),
    "offices.csv": (("title", "country", "aliases", "kind"), ("title",)),
    "people.csv": (("name", "aliases", "role", "country", "organization", "start", "end"), ("name", "role", "start")),
    "organizations.csv": (("name", "aliases", "kind", "country"), ("name",)),
    "goods.csv": (("subject", "label", "synonyms", "parent", "hs_codes"), ("subject",)),
    "companies.csv": (
        ("name", "aliases", "ticker", "exchange", "country", "sector", "sells", "depends_on", "parent"),
        ("name",),
    ),
    "sectors.csv": (("sector", "label", "etf", "etf_name", "description"), ("sector",)),
    "exposure.csv": (("subject", "sector", "tickers", "relation", "why", "source"), ("subject", "sector", "relation")),
    "codes.csv": (("instrument", "action", "status", "cameo", "cameo_label", "plover", "gta"),
                  ("instrument", "action", "status")),
    "blocs.csv": (("name", "members"), ("name",)),
}


def split_list(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in value.split("|") if v.strip())


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(frozen=True)
class Office:
    title: str
    country: str | None
    aliases: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...]
    role: str | None
    country: str | None
    organization: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Org:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None


@dataclass(frozen=True)
class GoodEntry:
    subject: str
    label: str
    synonyms: tuple[str, ...]
    parent: str | None
    hs_codes: tuple[str, ...]


@dataclass(frozen=True)
class Company:
    name: str
    aliases: tuple[str, ...]
    ticker: str | None
    exchange: str | None
    country: str | None
    sector: str | None
    sells: tuple[str, ...]
    depends_on: tuple[str, ...]
    parent: str | None
    us_ticker: str | None = None


@dataclass(frozen=True)
class Sector:
    sector: str
    label: str
    etf: str | None
    etf_name: str | None
    description: str


@dataclass(frozen=True)
class ExposureLink:
    subject: str
    sector: str
    tickers: tuple[str, ...]
    relation: str
    why: str
    source: str


@dataclass(frozen=True)
class Bloc:
    """A trade bloc told as one party (Mercosur, ASEAN): an organisation's name and its member countries."""

    name: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class CodeRow:
    instrument: str
    action: str
    status: str | None
    cameo: str | None
    cameo_label: str | None
    plover: str | None
    gta: str | None


def _read(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeBaseError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = []
            for i, row in enumerate(reader, start=2):
                if None in row:
                    raise KnowledgeBaseError(f"{path}, line {i}: more fields than the header has")
                rows.append({k: (v or "").strip() for k, v in row.items()})
            return rows
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(f"{path}: not UTF-8 ({exc.reason})") from exc
    except csv.Error as exc:
        raise KnowledgeBaseError(f"{path}: malformed CSV ({exc})") from exc
    except OSError as exc:  # a folder, or no read permission
        raise KnowledgeBaseError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _merge(rows: list[dict[str, str]], extra: list[dict[str, str]], key: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of ``extra`` replace rows of ``rows`` with the same key and add the others."""
    def k(r: dict[str, str]) -> tuple[str, ...]:
        return tuple(r.get(c, "").lower() for c in key)

    out = {k(r): r for r in rows}
    for r in extra:
        out[k(r)] = r
    return list(out.values())


def _none(v: str) -> str | None:
    return v or None


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """All knowledge-base tables. Compared and hashed by identity (one instance per load)."""

    countries: tuple[Country, ...]
    offices: tuple[Office, ...]
    people: tuple[KnownPerson, ...]
    organizations: tuple[Org, ...]
    goods: tuple[GoodEntry, ...]
    companies: tuple[Company, ...]
    sectors: tuple[Sector, ...]
    exposure: tuple[ExposureLink, ...]
    codes: tuple[CodeRow, ...]
    sources: tuple[str, ...] = field(default=())
    blocs: tuple[Bloc, ...] = field(default=())

    @classmethod
    def load(cls, extra_dirs: Iterable[str | Path] = ()) -> KnowledgeBase:
        return _load(tuple(str(Path(d)) for d in extra_dirs))

    # -- look-ups ---------------------------------------------------------------------------
    @functools.cached_property
    def country_by_code(self) -> dict[str, Country]:
        return {c.code: c for c in self.countries}

    @functools.cached_property
    def company_by_ticker(self) -> dict[str, Company]:
        return {c.ticker: c for c in self.companies if c.ticker}

    @functools.cached_property
    def company_by_name(self) -> dict[str, Company]:
        return {c.name: c for c in self.companies}

    @functools.cached_property
    def organization_by_name(self) -> dict[str, Org]:
        return {o.name: o for o in self.organizations}

    @functools.cached_property
    def bloc_members(self) -> dict[str, tuple[str, ...]]:
        """A trade bloc's organisation name -> its member countries (blocs.csv)."""
        return {b.name: b.members for b in self.blocs if b.members}

    @functools.cached_property
    def office_by_title(self) -> dict[str, Office]:
        return {o.title: o for o in self.offices}

    @functools.cached_property
    def person_by_name(self) -> dict[str, KnownPerson]:
        """A known person's name -> their row; for a person with several offices, the one still held
        (no end), else the latest (:meth:`person_on` picks by an article's day)."""
        return {name: self.person_on(name, None) for name in self.person_terms}  # type: ignore[misc]

    @functools.cached_property
    def person_terms(self) -> dict[str, tuple[KnownPerson, ...]]:
        """A known person's name -> every row of theirs (one per office held), in file order."""
        out: dict[str, list[KnownPerson]] = {}
        for p in self.people:
            out.setdefault(p.name, []).append(p)
        return {name: tuple(rows) for name, rows in out.items()}

    def person_on(self, name: str, day: str | None) -> KnownPerson | None:
        """The row of a known person for an article of ``day`` (ISO date): the office held that day,
        else the last one taken up before it; with no date, the office still held (no end), else the
        latest. Mark Carney is Canada's prime minister in 2025 and the Bank of England's governor in 2019."""
        rows = self.person_terms.get(name)
        if not rows or len(rows) == 1:
            return rows[0] if rows else None
        if day:
            held = [p for p in rows if (p.start or "") <= day and (not p.end or day < p.end)]
            if held:
                return max(held, key=lambda p: p.start or "")
            before = [p for p in rows if (p.start or "") <= day]
            if before:
                return max(before, key=lambda p: p.start or "")
        still = [p for p in rows if not p.end]
        return max(still or rows, key=lambda p: p.start or "")

    @functools.cached_property
    def person_by_form(self) -> dict[str, KnownPerson]:
        """A known person's name and each alias -> the person (the first listed wins a shared form)."""
        out: dict[str, KnownPerson] = {}
        for p in self.person_by_name.values():
            for form in (p.name, *p.aliases):
                out.setdefault(form, p)
        return out

    @functools.cached_property
    def person_short_forms(self) -> frozenset[str]:
        """Aliases and surnames of known people ("Lutnick", "Xi")."""
        return frozenset(f for p in self.person_by_name.values() for f in (*p.aliases, p.name.split()[-1]))

    @functools.cached_property
    def office_by_form(self) -> dict[str, str]:
        """An office's title and aliases, lower-case -> the title."""
        return {f.lower(): o.title for o in self.offices for f in (o.title, *o.aliases)}

    @functools.cached_property
    def country_by_form(self) -> dict[str, str]:
        """Capitalised names, aliases and demonyms of countries -> code ("Chinese" -> "CHN")."""
        return {f: c.code for c in self.countries for f in (c.name, *c.aliases, *c.demonyms) if f and f[0].isupper()}

    @functools.cached_property
    def leader_names(self) -> frozenset[str]:
        """Known people whose role is a head of state's or government's office."""
        offices = self.office_by_title
        return frozenset(p.name for p in self.people if p.role in offices
                         and offices[p.role].kind in ("head_of_state", "head_of_government"))

    @functools.cached_property
    def sector_by_name(self) -> dict[str, Sector]:
        return {s.sector: s for s in self.sectors}

    @functools.cached_property
    def good_by_subject(self) -> dict[str, GoodEntry]:
        return {g.subject: g for g in self.goods}

    def codes_for(self, instrument: str, action: str, status: str | None) -> dict[str, str | None]:
        best: CodeRow | None = None
        for row in self.codes:
            if row.instrument == instrument and row.action == action:
                if row.status and row.status == status:
                    best = row
                    break
                if not row.status and best is None:
                    best = row
        if best is None:
            return {"cameo": None, "plover": None, "gta": None}
        return {"cameo": best.cameo, "plover": best.plover, "gta": best.gta}


@functools.lru_cache(maxsize=8)
def _load(extra_dirs: tuple[str, ...]) -> KnowledgeBase:
    for d in extra_dirs:
        if not Path(d).is_dir():
            raise KnowledgeBaseError(f"{d}: knowledge-base folder does not exist")
    tables: dict[str, list[dict[str, str]]] = {}
    for name, (required, key) in FILES.items():
        path = DATA_DIR / name
        if not path.exists():
            raise KnowledgeBaseError(f"{path}: bundled knowledge-base file is missing")
        rows = _read(path, required)
        for d in extra_dirs:
            extra = Path(d) / name
            if extra.exists():
                rows = _merge(rows, _read(extra, required), key)
        tables[name] = rows
    t = tables
    return KnowledgeBase(
        countries=tuple(
            Country(r["code"], r["name"], split_list(r["aliases"]), split_list(r["demonyms"]),
                    split_list(r["capitals"]), split_list(r["metonyms"]))
            for r in t["countries.csv"]
        ),
        offices=tuple(
            Office(r["title"], _none(r["country"]), split_list(r["aliases"]), r["kind"] or "other")
            for r in t["offices.csv"]
        ),
        people=tuple(
            KnownPerson(r["name"], split_list(r["aliases"]), _none(r["role"]), _none(r["country"]),
                        _none(r["organization"]), _none(r["start"]), _none(r["end"]))
            for r in t["people.csv"]
        ),
        organizations=tuple(
            Org(r["name"], split_list(r["aliases"]), r["kind"] or "other", _none(r["country"]))
            for r in t["organizations.csv"]
        ),
        goods=tuple(
            GoodEntry(r["subject"], r["label"], split_list(r["synonyms"]), _none(r["parent"]),
                      split_list(r["hs_codes"]))
            for r in t["goods.csv"]
        ),
        companies=tuple(
            Company(r["name"], split_list(r["aliases"]), _none(r["ticker"]), _none(r["exchange"]),
                    _none(r["country"]), _none(r["sector"]), split_list(r["sells"]),
                    split_list(r["depends_on"]), _none(r["parent"]), _none(r.get("us_ticker", "")))
            for r in t["companies.csv"]
        ),
        sectors=tuple(
            Sector(r["sector"], r["label"], _none(r["etf"]), _none(r["etf_name"]), r["description"])
            for r in t["sectors.csv"]
        ),
        exposure=tuple(
            ExposureLink(r["subject"], r["sector"], split_list(r["tickers"]), r["relation"], r["why"],
                         r["source"])
            for r in t["exposure.csv"]
        ),
        codes=tuple(
            CodeRow(r["instrument"], r["action"], _none(r["status"]), _none(r["cameo"]),
                    _none(r["cameo_label"]), _none(r["plover"]), _none(r["gta"]))
            for r in t["codes.csv"]
        ),
        sources=(str(DATA_DIR), *extra_dirs),
        blocs=tuple(Bloc(r["name"], split_list(r["members"])) for r in t["blocs.csv"]),
    )
