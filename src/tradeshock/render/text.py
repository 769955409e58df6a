"""Terminal rendering of a Brief with rich."""

from __future__ import annotations

from typing import Any

from tradeshock.models import Brief
from tradeshock.render.fmt import measured, num, pct


def print_brief(brief: Brief, console: Any = None) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table

    console = console or Console()
    d = brief.to_dict()
    a = d["article"]
    head = f"[bold]{a['title'] or 'Untitled article'}[/bold]\n"
    head += f"published {a['published'] or '[yellow]unknown[/yellow]'}"
    if a.get("source"):
        head += f" · {a['source']}"
    if a.get("author"):
        head += f" · by {a['author']}"
    console.print(Panel(head, expand=False))
    if d["summary"]:
        console.print("[bold]Summary[/bold]")
        for s in d["summary"]:
            console.print(f"  • {s}")
        console.print()
    if d["people"]:
        t = Table(title="People", title_justify="left", show_lines=False)
        for col in ("name", "role", "country"):
            t.add_column(col)
        for p in d["people"]:
            t.add_row(p["name"], p["role"] or "-", p["country"] or "-")
        console.print(t)
    if d["events"]:
        t = Table(title="Events", title_justify="left", show_lines=True)
        for col in ("date", "who → whom", "what", "goods", "size", "status", "evidence"):
            t.add_column(col, overflow="fold")
        for e in d["events"]:
            colour = {"escalation": "red", "de-escalation": "green"}.get(e["direction"], "white")
            t.add_row(
                e["event_date"] or "-", f"{e['actor']} → {e['target'] or '-'}",
                f"[{colour}]{e['instrument']} / {e['action']}[/{colour}]", ", ".join(e["subject"]) or "-",
                e["magnitude"] or "-", e["status"], f"“{e['evidence']['text']}”",
            )
        console.print(t)
    if d["companies"]:
        t = Table(title="Companies", title_justify="left")
        for col in ("company", "ticker", "sector", "shares (per the article)"):
            t.add_column(col)
        for c in d["companies"]:
            colour = {"up": "green", "down": "red"}.get(c["move"], "white")
            t.add_row(c["name"], c["ticker"] or "-", c["sector"] or "-", f"[{colour}]{c['move']}[/{colour}]")
        console.print(t)
    if d["exposure"]:
        t = Table(title="Exposure (knowledge base)", title_justify="left")
        for col in ("goods", "sector", "tickers", "why"):
            t.add_column(col, overflow="fold")
        for x in d["exposure"]:
            t.add_row(x["subject"], x["sector"], ", ".join(x["tickers"]), x["why"])
        console.print(t)
    _print_markets(console, d)
    for n in d["notes"]:
        console.print(f"[dim]note: {n}[/dim]")


def _print_markets(console: Any, d: dict[str, Any]) -> None:
    from rich.table import Table

    if d["claims"]:
        t = Table(title="Market claims checked", title_justify="left", show_lines=True)
        for col in ("claim", "subject", "verdict", "measured"):
            t.add_column(col, overflow="fold")
        for c in d["claims"]:
            t.add_row(c["text"], c.get("ticker") or c.get("subject") or "-", c.get("verdict") or "-",
                      measured(c.get("measured")))
        console.print(t)
    if d["market_reaction"]:
        t = Table(title="Market reaction (abnormal returns)", title_justify="left")
        for col in ("event day", "ticker", "window", "CAR", "t", "p", ""):
            t.add_column(col)
        for r in d["market_reaction"]:
            t.add_row(str(r.get("event_day")), str(r.get("ticker")), str(r.get("window")), pct(r.get("car")),
                      num(r.get("t_stat"), 2), num(r.get("p_value")), r.get("stars", ""))
        console.print(t)
    if d.get("market_reaction_days"):
        t = Table(title="Each event day across its tickers (Kolari-Pynnonen test for a shared date)",
                  title_justify="left")
        for col in ("event day", "window", "mean CAR", "n", "KP stat", "p"):
            t.add_column(col)
        for r in d["market_reaction_days"]:
            kp = r.get("kolari_pynnonen") or {}
            t.add_row(str(r.get("event_day")), str(r.get("window")), pct(r.get("mean_car")), str(r.get("n")),
                      num(kp.get("stat"), 2), num(kp.get("p_value")))
        console.print(t)
