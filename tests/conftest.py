"""Shared fixtures. ``shared_dir`` is the workplace's ../shared folder beside the repository;
tests that need it skip with a reason when it is absent (a user's clone does not have it)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the workplace's shared data (../shared)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def seed_article():
    from tradeshock.ingest import load_input

    return load_input(str(shared_path("seed", "london-talks.txt")))


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    import json

    return json.loads(shared_path("seed", "london-talks.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def kb():
    from tradeshock.kb import KnowledgeBase

    return KnowledgeBase.load()
