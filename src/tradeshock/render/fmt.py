"""Cell formatting shared by the text and Markdown renderers (one place for how a number reads)."""

from __future__ import annotations

from typing import Any


def pct(v: Any) -> str:
    """A return as a signed percentage (``+1.23%``), ``-`` when missing."""
    return "-" if v is None else f"{v * 100:+.2f}%"


def num(v: Any, digits: int = 3) -> str:
    """A statistic with ``digits`` decimals, ``-`` when missing."""
    return "-" if v is None else f"{v:.{digits}f}"


def measured(m: Any) -> str:
    """What a claim check measured: the return and its basis, else why nothing was measured."""
    if not m:
        return "-"
    r = m.get("return")
    if r is None:
        return m.get("reason") or "-"
    basis = m.get("basis")
    return f"{pct(r)} ({basis})" if basis else pct(r)
