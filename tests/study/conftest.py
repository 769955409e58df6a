"""Fixtures for the event-study tests: seeded synthetic prices on NYSE sessions, the estudy2
example data (bundled in ``data/estudy2``), and the location of ``../shared``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tradeshock.prices import InMemoryPriceSource
from tradeshock.study.calendar import exchange_calendar

HERE = Path(__file__).resolve().parent
ESTUDY2 = HERE / "data" / "estudy2"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SHARED_PRICES = SHARED / "data" / "prices"


@pytest.fixture
def shared_price_dir() -> Path:
    """The shared real price folder (``../shared/data/prices``), or skip the test saying why."""
    if not (SHARED_PRICES / "SPY.csv").is_file():
        pytest.skip(f"../shared price data not found at {SHARED_PRICES.resolve()}")
    return SHARED_PRICES


@pytest.fixture(scope="session")
def sessions() -> np.ndarray:
    """NYSE sessions 2022-01-03 .. 2024-12-31."""
    return exchange_calendar("XNYS", "2022-01-01", "2024-12-31").sessions


class Synthetic:
    """Seeded synthetic market: log returns r_it = a_i + b_i m_t + noise_i * e_it (+ planted jumps).

    Prices are exp(cumsum(r)), so log returns of the prices give back r to rounding.
    """

    def __init__(self, sessions: np.ndarray, seed: int = 7) -> None:
        self.sessions = sessions
        self.rng = np.random.default_rng(seed)
        self.market = self.rng.normal(0.0004, 0.011, sessions.size)
        self.market[0] = 0.0
        self.returns: dict[str, np.ndarray] = {"MKT": self.market}

    def stock(self, name: str, alpha: float, beta: float, noise: float = 0.0) -> np.ndarray:
        r = alpha + beta * self.market + noise * self.rng.normal(0.0, 1.0, self.sessions.size)
        r[0] = 0.0
        self.returns[name] = r
        return r

    def plant(self, name: str, day: str, jump: float) -> None:
        i = int(np.searchsorted(self.sessions, np.datetime64(day)))
        assert str(self.sessions[i]) == day
        self.returns[name][i] += jump

    def index_of(self, day: str) -> int:
        return int(np.searchsorted(self.sessions, np.datetime64(day)))

    def frames(self, kind: str = "log") -> dict[str, pd.DataFrame]:
        out = {}
        for name, r in self.returns.items():
            prices = 100.0 * (np.exp(np.cumsum(r)) if kind == "log" else np.cumprod(1.0 + r))
            out[name] = pd.DataFrame({"date": self.sessions.astype(str), "close": prices})
        return out

    def source(self, kind: str = "log") -> InMemoryPriceSource:
        return InMemoryPriceSource(self.frames(kind))


@pytest.fixture
def synthetic(sessions) -> Synthetic:
    return Synthetic(sessions)


@pytest.fixture(scope="session")
def estudy2_data() -> dict[str, pd.DataFrame]:
    """estudy2's example data (see data/estudy2/README.md)."""
    read = {name: pd.read_csv(ESTUDY2 / f"{name}.csv") for name in
            ("prices", "prices_indx", "rates", "rates_indx", "securities_returns_abnormal",
             "securities_returns_params")}
    return read


@pytest.fixture(scope="session")
def estudy2_source(estudy2_data) -> InMemoryPriceSource:
    wide = estudy2_data["prices"].merge(estudy2_data["prices_indx"], on="date")
    return InMemoryPriceSource.from_wide(wide)
