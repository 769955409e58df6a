"""Markdown rendering of a Brief, for pasting into notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from tradeshock.models import Brief
from tradeshock.render.tables import DayWindow, Toned, brief_tables


def _cell(value: Any) -> str:
    if isinstance(value, Toned):
        return _cell(value.value)
    if isinstance(value, DayWindow):
        return f"{value.lo}, {value.hi}"
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "-"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out


def to_markdown(brief: Brief) -> str:
    d = brief.to_dict()
    a = d["article"]
    lines: list[str] = [f"# {a['title'] or 'Untitled article'}", ""]
    meta = [f"published {a['published'] or 'unknown'}"]
    if a.get("source"):
        meta.append(a["source"])
    if a.get("author"):
        meta.append(f"by {a['author']}")
    if a.get("url"):
        meta.append(a["url"])
    lines += ["*" + " · ".join(meta) + f" · {a['word_count']} words*", ""]
    if d["summary"]:
        lines += ["## Summary", ""] + [f"- {s}" for s in d["summary"]] + [""]
    for table in brief_tables(d):
        lines += [table.markdown_heading, ""]
        lines += _table([c.name for c in table.columns], table.rows)
        lines.append("")
    for n in d["notes"]:
        lines.append(f"> {n}")
    return "\n".join(lines).rstrip() + "\n"
