"""Terminal rendering of a Brief with rich."""

from __future__ import annotations

from typing import Any

from tradeshock.models import Brief
from tradeshock.render.fmt import measured, num, pct


def _e(value: Any) -> str:
    """Text from the article or the knowledge base, with rich's markup characters escaped."""
    from rich.markup import escape

    return escape(str(value))


def print_brief(brief: Brief, console: Any = None) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table

    console = console or Console()
    d = brief.to_dict()
    a = d["article"]
    head = f"[bold]{_e(a['title'] or 'Untitled article')}[/bold]\n"
    head += f"published {_e(a['published']) if a['published'] else '[yellow]unknown[/yellow]'}"
    if a.get("source"):
        head += f" · {_e(a['source'])}"
    if a.get("author"):
        head += f" · by {_e(a['author'])}"
    console.print(Panel(head, expand=False))
    if d["summary"]:
        console.print("[bold]Summary[/bold]")
        for s in d["summary"]:
            console.print(f"  • {_e(s)}")
        console.print()
    if d["people"]:
        t = Table(title="People", title_justify="left", show_lines=False)
        for col in ("name", "role", "country"):
            t.add_column(col)
        for p in d["people"]:
            t.add_row(_e(p["name"]), _e(p["role"] or "-"), _e(p["country"] or "-"))
        console.print(t)
    if d["events"]:
        t = Table(title="Events", title_justify="left", show_lines=True)
        for col in ("date", "who → whom", "what", "goods", "size", "status", "evidence"):
            t.add_column(col, overflow="fold")
        for e in d["events"]:
            colour = {"escalation": "red", "de-escalation": "green"}.get(e["direction"], "white")
            t.add_row(
                e["event_date"] or "-", _e(f"{e['actor']} → {e['target'] or '-'}"),
                f"[{colour}]{e['instrument']} / {e['action']}[/{colour}]", _e(", ".join(e["subject"]) or "-"),
                _e(e["magnitude"] or "-"), e["status"], _e(f"“{e['evidence']['text']}”"),
            )
        console.print(t)
    if d["companies"]:
        t = Table(title="Companies", title_justify="left")
        for col in ("company", "ticker", "sector", "shares (per the article)"):
            t.add_column(col)
        for c in d["companies"]:
            colour = {"up": "green", "down": "red"}.get(c["move"], "white")
            t.add_row(_e(c["name"]), _e(c["ticker"] or "-"), _e(c["sector"] or "-"), f"[{colour}]{c['move']}[/{colour}]")
        console.print(t)
    if d["exposure"]:
        t = Table(title="Exposure (knowledge base)", title_justify="left")
        for col in ("goods", "sector", "tickers", "why"):
            t.add_column(col, overflow="fold")
        for x in d["exposure"]:
            t.add_row(_e(x["subject"]), _e(x["sector"]), _e(", ".join(x["tickers"])), _e(x["why"]))
        console.print(t)
    _print_markets(console, d)
    for n in d["notes"]:
        console.print(f"[dim]note: {_e(n)}[/dim]")


def _print_markets(console: Any, d: dict[str, Any]) -> None:
    from rich.table import Table

    if d["claims"]:
        t = Table(title="Market claims checked", title_justify="left", show_lines=True)
        for col in ("claim", "subject", "verdict", "measured"):
            t.add_column(col, overflow="fold")
        for c in d["claims"]:
            t.add_row(_e(c["text"]), _e(c.get("ticker") or c.get("subject") or "-"), _e(c.get("verdict") or "-"),
                      _e(measured(c.get("measured"))))
        console.print(t)
    if d["market_reaction"]:
        t = Table(title="Market reaction (abnormal returns)", title_justify="left")
        for col in ("event day", "ticker", "window", "CAR", "t", "p", ""):
            t.add_column(col)
        for r in d["market_reaction"]:
            t.add_row(str(r.get("event_day")), _e(r.get("ticker")), _e(r.get("window")), pct(r.get("car")),
                      num(r.get("t_stat"), 2), num(r.get("p_value")), r.get("stars", ""))
        console.print(t)
    if d.get("market_reaction_days"):
        t = Table(title="Each event day across its tickers (Kolari-Pynnonen test for a shared date)",
                  title_justify="left")
        for col in ("event day", "window", "mean CAR", "n", "KP stat", "p"):
            t.add_column(col)
        for r in d["market_reaction_days"]:
            kp = r.get("kolari_pynnonen") or {}
            t.add_row(str(r.get("event_day")), _e(r.get("window")), pct(r.get("mean_car")), str(r.get("n")),
                      num(kp.get("stat"), 2), num(kp.get("p_value")))
        console.print(t)
