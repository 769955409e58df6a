"""The brief's tables, built once: columns, rows and formatted numbers for every renderer.

``brief_tables`` turns a brief's ``to_dict()`` into the seven tables the text and Markdown
renderings draw (people, events, companies, exposure, market claims, market reaction, and each
event day across its tickers), in the order they are shown, leaving out the empty ones. Numbers
are formatted here (``render.fmt``); a renderer only decides how a cell is escaped, how an empty
cell reads, and how the table is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tradeshock.render.fmt import measured, num, pct


@dataclass(frozen=True)
class Column:
    name: str
    terminal_name: str | None = None  # a shorter heading for the terminal, when it has one
    on_terminal: bool = True  # False: only in the wider renderings (Markdown)
    fold: bool = False  # long text: wrapped inside its column on a terminal
    terminal_blank: str = "-"  # what an empty cell reads as on a terminal (Markdown: always "-")

    @property
    def terminal_heading(self) -> str:
        return self.terminal_name or self.name


@dataclass(frozen=True)
class Toned:
    """A cell whose value reads as good or bad news (``tone`` ``"positive"``/``"negative"``/``None``);
    the terminal colours it, Markdown shows the value alone."""

    value: Any
    tone: str | None


@dataclass(frozen=True)
class DayWindow:
    """A CAR window in trading days around the event day (the terminal writes ``[lo, hi]``,
    Markdown ``lo, hi``)."""

    lo: int
    hi: int


@dataclass(frozen=True)
class Table:
    key: str  # the brief's field the rows come from
    title: str  # the terminal table's title
    markdown_heading: str  # the Markdown line before the table (a heading or a lead-in sentence)
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    ruled: bool = False  # a line between rows on a terminal (rows of long, folded text)


_TONES = {"escalation": "negative", "de-escalation": "positive", "down": "negative", "up": "positive"}


def _cols(*names: str, fold: bool = False) -> tuple[Column, ...]:
    return tuple(Column(n, fold=fold) for n in names)


def _window(w: Any) -> DayWindow | None:
    return None if w is None else DayWindow(w[0], w[1])


def brief_tables(d: dict[str, Any]) -> list[Table]:
    """The non-empty tables of the brief ``d`` (its ``to_dict()``), in the order they are shown."""
    tables = [
        Table("people", "People", "## People", _cols("name", "role", "country"),
              tuple((p["name"], p["role"], p["country"]) for p in d["people"])),
        Table("events", "Events", "## Events",
              (Column("date", fold=True), Column("who → whom", fold=True),
               Column("instrument / action", terminal_name="what", fold=True), Column("goods", fold=True),
               Column("size", fold=True), Column("status", fold=True), Column("direction", on_terminal=False),
               Column("conf.", on_terminal=False), Column("evidence", fold=True)),
              tuple((e["event_date"], f"{e['actor']} → {e['target'] or '-'}",
                     Toned(f"{e['instrument']} / {e['action']}", _TONES.get(e["direction"])), e["subject"],
                     e["magnitude"], e["status"], e["direction"], f"{e['confidence']:.2f}",
                     f"“{e['evidence']['text']}”") for e in d["events"]),
              ruled=True),
        Table("companies", "Companies", "## Companies",
              _cols("company", "ticker", "sector", "shares (per the article)"),
              tuple((c["name"], c["ticker"], c["sector"], Toned(c["move"], _TONES.get(c["move"])))
                    for c in d["companies"])),
        Table("exposure", "Exposure (knowledge base)", "## Exposure (knowledge base)",
              _cols("goods", "sector", "tickers", "why", fold=True),
              tuple((x["subject"], x["sector"], x["tickers"], x["why"]) for x in d["exposure"])),
        Table("claims", "Market claims checked", "## Market claims checked",
              _cols("claim", "subject", "verdict", "measured", fold=True),
              tuple((c["text"], c.get("ticker") or c.get("subject"), c.get("verdict"), measured(c.get("measured")))
                    for c in d["claims"]),
              ruled=True),
        Table("market_reaction", "Market reaction (abnormal returns)", "## Market reaction",
              _cols("event day", "ticker", "window", "CAR", "t", "p") + (Column("", terminal_blank=""),),
              tuple((r.get("event_day"), r.get("ticker"), _window(r.get("window")), pct(r.get("car")),
                     num(r.get("t_stat")), num(r.get("p_value")), r.get("stars", ""))
                    for r in d["market_reaction"])),
        Table("market_reaction_days", "Each event day across its tickers (Kolari-Pynnonen test for a shared date)",
              "Across the tickers of each day (mean CAR; Kolari-Pynnonen test for a shared date):",
              _cols("event day", "window", "mean CAR", "n", "KP stat", "p"),
              tuple((r.get("event_day"), _window(r.get("window")), pct(r.get("mean_car")), r.get("n"),
                     num((r.get("kolari_pynnonen") or {}).get("stat")),
                     num((r.get("kolari_pynnonen") or {}).get("p_value")))
                    for r in d.get("market_reaction_days") or ())),
    ]
    return [t for t in tables if t.rows]
