"""Terminal rendering of a Brief with rich."""

from __future__ import annotations

from typing import Any

from tradeshock.models import Brief
from tradeshock.render.tables import Column, DayWindow, Table, Toned, brief_tables


def _e(value: Any) -> str:
    """Text from the article or the knowledge base, with rich's markup characters escaped."""
    from rich.markup import escape

    return escape(str(value))


def print_brief(brief: Brief, console: Any = None) -> None:
    from rich.console import Console
    from rich.panel import Panel

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
    for table in brief_tables(d):
        console.print(_rich_table(table))
    for n in d["notes"]:
        console.print(f"[dim]note: {_e(n)}[/dim]")


_COLOURS = {"positive": "green", "negative": "red"}


def _cell(value: Any, column: Column) -> str:
    if isinstance(value, Toned):
        colour = _COLOURS.get(value.tone or "", "white")
        return f"[{colour}]{_cell(value.value, column)}[/{colour}]"
    if isinstance(value, DayWindow):
        return _e(f"[{value.lo}, {value.hi}]")
    if value is None or value == "" or value == [] or value == ():
        return column.terminal_blank
    if isinstance(value, (list, tuple)):
        return _e(", ".join(str(v) for v in value))
    return _e(value)


def _rich_table(table: Table) -> Any:
    from rich.table import Table as RichTable

    shown = [k for k, c in enumerate(table.columns) if c.on_terminal]
    t = RichTable(title=table.title, title_justify="left", show_lines=table.ruled)
    for k in shown:
        c = table.columns[k]
        t.add_column(c.terminal_heading, overflow="fold" if c.fold else "ellipsis")
    for row in table.rows:
        t.add_row(*(_cell(row[k], table.columns[k]) for k in shown))
    return t
