"""The public surface: every name in ``tradeshock.__all__`` resolves, and importing the package
does not pull in the heavy libraries (the CLI must start fast)."""

from __future__ import annotations

import subprocess
import sys

import tradeshock


def test_all_names_resolve() -> None:
    for name in tradeshock.__all__:
        assert getattr(tradeshock, name) is not None, name


def test_all_is_exactly_the_exports() -> None:
    assert set(tradeshock.__all__) == set(tradeshock._EXPORTS) | {"__version__"}


def test_unknown_name_is_an_attribute_error() -> None:
    try:
        tradeshock.not_a_name  # noqa: B018
    except AttributeError as exc:
        assert "not_a_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_import_is_light() -> None:
    code = "import sys, tradeshock, tradeshock.cli; print(sorted(m for m in ('spacy', 'pandas', 'scipy', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_library_round_trip() -> None:
    article = tradeshock.Article(
        text="Tariff news\nThe United States raised tariffs on Chinese steel to 50% on Friday.\n",
        published="2025-06-07")
    events = tradeshock.analyze(article).events
    assert [(e.actor, e.target, e.instrument, e.action) for e in events] == [("USA", "CHN", "tariff", "raise")]
    assert events[0].event_date == "2025-06-06" and events[0].magnitude.value == 50.0
