"""Registered stages are a public contract: renames must be deliberate."""

from __future__ import annotations

import pytest

from tradeshock.errors import InputError
from tradeshock.models import Article
from tradeshock.pipeline import AnalyzeOptions, analyze
from tradeshock.registry import Registry, extractors

COMMITTED = ["rules.v1"]


def test_registry_matches_the_committed_list() -> None:
    assert sorted(extractors) == COMMITTED


def test_unknown_name_lists_the_available_ones() -> None:
    with pytest.raises(InputError, match="available: rules.v1"):
        analyze(Article(text="x\nThe US raised tariffs.", published="2025-01-02"), AnalyzeOptions(extractor="nope"))


def test_a_user_extractor_plugs_in() -> None:
    reg: Registry = Registry("extractor")
    reg.register("mine.v1")(lambda document, kb: [])
    assert reg.get("mine.v1")(None, None) == []
    extractors.register("test.none.v1")(lambda document, kb: [])
    try:
        brief = analyze(Article(text="x\nThe US raised tariffs on steel.", published="2025-01-02"),
                        AnalyzeOptions(extractor="test.none.v1"))
        assert brief.events == () and brief.extractor == "test.none.v1"
    finally:
        extractors._items.pop("test.none.v1")
