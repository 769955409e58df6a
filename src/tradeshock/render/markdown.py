"""Markdown rendering of a Brief, for pasting into notes."""

from __future__ import annotations

from typing import Any

from tradeshock.models import Brief
from tradeshock.render.fmt import measured, num, pct


def _cell(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "-"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
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
    if d["people"]:
        lines += ["## People", ""]
        lines += _table(["name", "role", "country"], [[p["name"], p["role"], p["country"]] for p in d["people"]])
        lines.append("")
    if d["events"]:
        lines += ["## Events", ""]
        rows = []
        for e in d["events"]:
            rows.append([
                e["event_date"], f"{e['actor']} → {e['target'] or '-'}", f"{e['instrument']} / {e['action']}",
                e["subject"], e["magnitude"], e["status"], e["direction"], f"{e['confidence']:.2f}",
                f"“{e['evidence']['text']}”",
            ])
        lines += _table(["date", "who → whom", "instrument / action", "goods", "size", "status", "direction",
                         "conf.", "evidence"], rows)
        lines.append("")
    if d["companies"]:
        lines += ["## Companies", ""]
        lines += _table(["company", "ticker", "sector", "shares (per the article)"],
                        [[c["name"], c["ticker"], c["sector"], c["move"]] for c in d["companies"]])
        lines.append("")
    if d["exposure"]:
        lines += ["## Exposure (knowledge base)", ""]
        lines += _table(["goods", "sector", "tickers", "why"],
                        [[x["subject"], x["sector"], x["tickers"], x["why"]] for x in d["exposure"]])
        lines.append("")
    if d["claims"]:
        lines += ["## Market claims checked", ""]
        lines += _table(["claim", "subject", "verdict", "measured"],
                        [[c["text"], c.get("ticker") or c.get("subject"), c.get("verdict"),
                          measured(c.get("measured"))] for c in d["claims"]])
        lines.append("")
    if d["market_reaction"]:
        lines += ["## Market reaction", ""]
        lines += _table(["event day", "ticker", "window", "CAR", "t", "p", ""],
                        [[r.get("event_day"), r.get("ticker"), r.get("window"), pct(r.get("car")),
                          num(r.get("t_stat")), num(r.get("p_value")), r.get("stars", "")]
                         for r in d["market_reaction"]])
        lines.append("")
    if d.get("market_reaction_days"):
        lines += ["Across the tickers of each day (mean CAR; Kolari-Pynnonen test for a shared date):", ""]
        lines += _table(["event day", "window", "mean CAR", "n", "KP stat", "p"],
                        [[r.get("event_day"), r.get("window"), pct(r.get("mean_car")), r.get("n"),
                          num((r.get("kolari_pynnonen") or {}).get("stat")),
                          num((r.get("kolari_pynnonen") or {}).get("p_value"))] for r in d["market_reaction_days"]])
        lines.append("")
    for n in d["notes"]:
        lines.append(f"> {n}")
    return "\n".join(lines).rstrip() + "\n"
