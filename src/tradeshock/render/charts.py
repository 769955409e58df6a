"""Chart data for reports: cumulative abnormal returns per event day, with a confidence band."""

from __future__ import annotations

import math
from typing import Any

from tradeshock.markets.reaction import Reaction


def reaction_charts(reaction: Reaction, z: float = 1.96, max_series: int = 6) -> list[dict[str, Any]]:
    """One chart per event day: the cumulative AR path of each studied ticker (named companies
    first), each with a band of +/- z * sigma * sqrt(days since the window start)."""
    by_day: dict[str, list[dict[str, Any]]] = {}
    for s in reaction.series:
        by_day.setdefault(s["day"], []).append(s)
    charts = []
    for day, series in sorted(by_day.items()):
        out = []
        for s in series[:max_series]:
            points = s["points"]
            start = points[0][0]
            band = [[d, v - z * s["sigma"] * math.sqrt(d - start + 1), v + z * s["sigma"] * math.sqrt(d - start + 1)]
                    for d, v in points]
            out.append({"label": s["ticker"], "points": points, "band": band})
        charts.append({"title": f"Cumulative abnormal return around {day} (market model)", "series": out})
    return charts
