"""Loading the knowledge base and extending it with a user's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeshock.errors import KnowledgeBaseError
from tradeshock.kb import KnowledgeBase


def test_bundled_kb_loads_once_and_is_shared() -> None:
    assert KnowledgeBase.load() is KnowledgeBase.load()
    kb = KnowledgeBase.load()
    assert kb.company_by_ticker["NVDA"].name == "NVIDIA"
    assert kb.codes_for("tariff", "impose", "in_force")["cameo"]


def test_user_rows_replace_by_key_and_add(tmp_path: Path) -> None:
    (tmp_path / "codes.csv").write_text(
        "instrument,action,status,cameo,cameo_label,plover,gta\ntariff,impose,,999,Custom,CUSTOM,Custom tariff\n",
        encoding="utf-8")
    (tmp_path / "companies.csv").write_text(
        "name,aliases,ticker,exchange,country,sector,sells,depends_on,parent,us_ticker\n"
        "NVIDIA,Nvidia,NVDA,NASDAQ,USA,semiconductors,ai_chips,,,\n"
        "Widgetco,,WDGT,NYSE,USA,industrials,,,,\n", encoding="utf-8")
    base = KnowledgeBase.load()
    kb = KnowledgeBase.load([tmp_path])
    assert kb.codes_for("tariff", "impose", None)["cameo"] == "999"
    assert len(kb.companies) == len(base.companies) + 1
    assert kb.company_by_ticker["WDGT"].name == "Widgetco"


def test_bad_user_files_are_named(tmp_path: Path) -> None:
    (tmp_path / "goods.csv").write_text("subject,label\nx,y\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"goods\.csv: missing column"):
        KnowledgeBase.load([tmp_path])
    with pytest.raises(KnowledgeBaseError, match="does not exist"):
        KnowledgeBase.load([tmp_path / "nope"])
