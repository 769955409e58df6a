"""The seven tables of a brief, built once (render/tables.py) and drawn by the text and Markdown
renderings: each table's columns and a concrete row, in the model and in both renderings."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from tradeshock.data import load_sample, sample_prices_dir
from tradeshock.markets import add_market_data
from tradeshock.models import Brief
from tradeshock.pipeline import analyze, load_kb
from tradeshock.prices.local import LocalPriceSource
from tradeshock.render.markdown import to_markdown
from tradeshock.render.tables import DayWindow, Table, Toned, brief_tables
from tradeshock.render.text import print_brief


@pytest.fixture(scope="module")
def brief() -> Brief:
    kb = load_kb()
    brief, _ = add_market_data(analyze(load_sample(), kb=kb), LocalPriceSource(sample_prices_dir()), kb)
    return brief


@pytest.fixture(scope="module")
def tables(brief: Brief) -> dict[str, Table]:
    return {t.key: t for t in brief_tables(brief.to_dict())}


@pytest.fixture(scope="module")
def text(brief: Brief) -> str:
    out = io.StringIO()
    print_brief(brief, Console(file=out, width=400, color_system=None))
    return out.getvalue()


def _text_rows(text: str) -> list[list[str]]:
    """The cells of every row of the terminal tables."""
    return [[c.strip() for c in line.strip("│ ").split("│")] for line in text.splitlines() if "│" in line]


# (table, its columns, a concrete row as Markdown shows it)
EXPECTED = [
    ("people", ["name", "role", "country"], ["Scott Bessent", "Treasury Secretary", "USA"]),
    ("events", ["date", "who → whom", "instrument / action", "goods", "size", "status", "direction", "conf.",
                "evidence"],
     ["2025-05-12", "USA → CHN", "tariff / lower", "all_goods", "30%", "announced", "de-escalation", "0.51",
      "“slash the punishing tariffs they had placed on each other's goods”"]),
    ("companies", ["company", "ticker", "sector", "shares (per the article)"],
     ["MP Materials", "MP", "rare_earths_mining", "down"]),
    ("exposure", ["goods", "sector", "tickers", "why"],
     ["rare_earth_magnets", "auto_parts", "BWA, 6902.T, MG.TO, 6594.T",
      "Motor and actuator suppliers buy sintered NdFeB magnets from Chinese producers"]),
    ("claims", ["claim", "subject", "verdict", "measured"],
     ["Nvidia rose 5.4%", "NVDA", "supported", "+5.44% (close-to-close)"]),
    ("market_reaction", ["event day", "ticker", "window", "CAR", "t", "p", ""],
     ["2025-05-12", "MP", "-1, 1", "-19.47%", "-2.341", "0.022", "**"]),
    ("market_reaction_days", ["event day", "window", "mean CAR", "n", "KP stat", "p"],
     ["2025-05-12", "0, 5", "-1.39%", "5", "-0.277", "0.795"]),
]


def test_the_model_has_the_seven_tables_in_order(tables: dict[str, Table]) -> None:
    assert list(tables) == [key for key, _, _ in EXPECTED]
    reaction = tables["market_reaction"]
    assert all(isinstance(row[2], DayWindow) for row in reaction.rows)
    assert all(isinstance(row[2], Toned) and row[2].tone == "positive" for row in tables["events"].rows
               if row[6] == "de-escalation")


@pytest.mark.parametrize(("key", "columns", "row"), EXPECTED, ids=[k for k, _, _ in EXPECTED])
def test_markdown_draws_each_table(brief: Brief, tables: dict[str, Table], key: str, columns: list[str],
                                   row: list[str]) -> None:
    md = to_markdown(brief)
    assert [c.name for c in tables[key].columns] == columns
    lines = md.splitlines()
    header = "| " + " | ".join(columns) + " |"
    assert lines[lines.index(header) - 2] == tables[key].markdown_heading
    assert "| " + " | ".join(row) + " |" in lines


@pytest.mark.parametrize(("key", "columns", "row"), EXPECTED, ids=[k for k, _, _ in EXPECTED])
def test_text_draws_each_table(text: str, tables: dict[str, Table], key: str, columns: list[str],
                               row: list[str]) -> None:
    table = tables[key]
    assert table.title in " ".join(text.split())  # a long title wraps at the width of its table
    shown = [k for k, c in enumerate(table.columns) if c.on_terminal]
    # the terminal writes a window as [lo, hi], an empty cell of the stars column as nothing
    cells = [f"[{v}]" if columns[k] == "window" else v for k, v in enumerate(row)]
    assert [cells[k] for k in shown] in _text_rows(text)


def test_text_shortens_the_events_table(text: str) -> None:
    header = next(line for line in text.splitlines() if "who → whom" in line)
    cells = [c.strip() for c in header.strip("┃ ").split("┃")]
    assert cells == ["date", "who → whom", "what", "goods", "size", "status", "evidence"]


def test_t_statistics_have_three_decimals_in_both_renderings(brief: Brief, text: str) -> None:
    t = brief.to_dict()["market_reaction"][0]["t_stat"]
    assert f"{t:.3f}" in text and f"{t:.3f}" in to_markdown(brief)
