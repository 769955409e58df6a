"""Shares of a list of companies: "Toyota and Honda shares fell" moves every company of the list, not only
the last (the first was read as another subject's shares)."""

from __future__ import annotations

import pytest

from tradeshock import analyze
from tradeshock.models import Article


def _moves(text: str) -> dict[str, str]:
    brief = analyze(Article(text="Trade news\n" + text, published="2025-08-08"))
    return {c.ticker: c.move for c in brief.companies}


@pytest.mark.parametrize(("text", "moves"), [
    ("Toyota and Honda shares fell on Monday.", {"7203.T": "down", "7267.T": "down"}),
    ("Samsung Electronics and SK Hynix shares rose on hopes of exemptions.",
     {"005930.KS": "up", "000660.KS": "up"}),
    ("Nvidia, AMD and Broadcom shares all rose more than 2%.", {"NVDA": "up", "AMD": "up", "AVGO": "up"}),
    ("Ford and GM stocks slid after the announcement.", {"F": "down", "GM": "down"}),
    ("Broadcom and Marvell both jumped.", {"AVGO": "up", "MRVL": "up"}),
    ("Broadcom <AVGO.O> and Marvell <MRVL.O> jumped.", {"AVGO": "up", "MRVL": "up"}),
    ("Toyota (7203.T) and Honda (7267.T) shares fell.", {"7203.T": "down", "7267.T": "down"}),
])
def test_the_shares_of_a_list_move_each_company(text: str, moves: dict[str, str]) -> None:
    assert _moves(text) == moves


@pytest.mark.parametrize(("text", "moves"), [
    ("Toyota and Honda shares are widely held by pension funds.", {"7203.T": "mentioned", "7267.T": "mentioned"}),
    ("Apple and Microsoft said shares of Nvidia fell.", {"AAPL": "mentioned", "MSFT": "mentioned", "NVDA": "down"}),
])
def test_a_list_with_no_move_of_its_own_stays_mentioned(text: str, moves: dict[str, str]) -> None:
    assert _moves(text) == moves
