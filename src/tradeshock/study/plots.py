"""The CAAR chart with a confidence band, as a PNG or as one self-contained HTML file (inline SVG,
no scripts, no external stylesheets or fonts, nothing fetched from a CDN)."""

from __future__ import annotations

import html
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradeshock.errors import InputError
from tradeshock.prices.cache import atomic_write

if TYPE_CHECKING:  # pragma: no cover
    from tradeshock.study.result import EventStudyResult


def car_band(result: EventStudyResult, confidence: float = 0.95) -> dict[str, np.ndarray]:
    """CAAR per event day and a ``confidence`` band from the cross-section of cumulative ARs:
    CAAR_t +/- t_(N_t - 1) * sd_i(CAR_i(t)) / sqrt(N_t)."""
    from scipy.special import stdtrit

    cum = result.cumulative_ar()
    valid = np.isfinite(cum)
    caar = result.caar.to_numpy()
    n = valid.sum(axis=0).astype(float)
    mean = np.where(n > 0, np.nansum(np.where(valid, cum, 0.0), axis=0) / np.maximum(n, 1), np.nan)
    dev = np.where(valid, cum - mean[None, :], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        sd = np.sqrt((dev**2).sum(axis=0) / (n - 1))
        q = stdtrit(np.where(n > 1, n - 1, np.nan), 0.5 + confidence / 2.0)
        half = q * sd / np.sqrt(n)
    return {"day": result.days.astype(int), "aar": result.aar.to_numpy(), "caar": caar,
            "lower": caar - half, "upper": caar + half, "n": n}


def _figure(result: EventStudyResult, confidence: float):  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    band = car_band(result, confidence)
    fig = Figure(figsize=(7.5, 4.2), dpi=110)
    ax = fig.add_subplot(1, 1, 1)
    days = band["day"]
    ax.axhline(0.0, color="#888888", linewidth=0.8)
    ax.bar(days, band["aar"] * 100, width=0.5, color="#9ecae1", label="AAR")
    ax.fill_between(days, band["lower"] * 100, band["upper"] * 100, color="#3182bd", alpha=0.18,
                    label=f"{confidence:.0%} band")
    ax.plot(days, band["caar"] * 100, color="#08519c", marker="o", linewidth=2, label="CAAR")
    if result.config.window.relative and days.min() <= 0 <= days.max():
        ax.axvline(0.0, color="#555555", linestyle=":", linewidth=1)
    ax.set_xlabel("event day (trading days)")
    ax.set_ylabel("per cent")
    ax.set_xticks(days)
    c = result.config
    ax.set_title(f"CAAR, {result.n_pairs} pairs, {c.model} model"
                 + (f" vs {c.benchmark}" if c.benchmark else ""), fontsize=11)
    ax.legend(loc="best", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig, band


def plot_car(result: EventStudyResult, path: str | os.PathLike[str], confidence: float = 0.95) -> Path:
    """Write the chart to ``path``: ``.png`` for an image, ``.html`` for a self-contained page."""
    import matplotlib

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".html", ".htm"):
        raise InputError(str(target), "plot file must end in .png or .html")
    if not target.parent.exists():
        raise InputError(str(target), "folder does not exist")
    with matplotlib.rc_context({"svg.hashsalt": "tradeshock", "svg.fonttype": "none"}):
        fig, band = _figure(result, confidence)
        buffer = io.BytesIO()
        if suffix == ".png":
            fig.savefig(buffer, format="png", metadata={"Software": None})
            data = buffer.getvalue()
        else:
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
            data = _html(result, band, confidence, buffer.getvalue().decode("utf-8")).encode("utf-8")
    atomic_write(target, data)
    return target


def _fmt(x: float, pct: bool = True) -> str:
    if not np.isfinite(x):
        return ""
    return f"{x * 100:.3f}%" if pct else f"{x:.4f}"


def _html(result: EventStudyResult, band: dict[str, np.ndarray], confidence: float, svg: str) -> str:
    start = svg.find("<svg")
    svg = svg[start:] if start >= 0 else svg
    c = result.config
    esc = html.escape
    dates = result.day_dates
    rows = "\n".join(
        f"<tr><td>{int(d)}</td><td>{esc(dates[j] or '')}</td><td>{int(band['n'][j])}</td>"
        f"<td>{_fmt(band['aar'][j])}</td><td>{_fmt(band['caar'][j])}</td>"
        f"<td>{_fmt(band['lower'][j])}</td><td>{_fmt(band['upper'][j])}</td></tr>"
        for j, d in enumerate(band["day"])
    )
    tests = "\n".join(
        f"<tr><td>{esc(name)}</td><td>{_fmt(t.stat, pct=False)}</td><td>{_fmt(t.p_value, pct=False)}</td></tr>"
        for name, t in result.car_tests.items()
    )
    title = f"Event study: CAAR ({c.model} model, {c.convention} convention)"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }}
th {{ background: #f2f2f2; }}
</style></head>
<body>
<h1>{esc(title)}</h1>
<p>{result.n_pairs} pairs estimated, {len(result.skipped)} skipped; estimation {esc(c.estimation.label())},
event window {esc(c.window.label())}; {esc(c.returns)} returns; benchmark {esc(c.benchmark or 'none')}.
Band: {confidence:.0%} confidence interval of the CAAR from the cross-section of cumulative abnormal returns.</p>
<figure>{svg}</figure>
<table><thead><tr><th>day</th><th>date</th><th>n</th><th>AAR</th><th>CAAR</th><th>lower</th><th>upper</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2>CAR tests, days {result.car_span[0]}..{result.car_span[1]}</h2>
<table><thead><tr><th>test</th><th>statistic</th><th>p-value</th></tr></thead>
<tbody>
{tests}
</tbody></table>
</body></html>
"""
