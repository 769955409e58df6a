"""Configure, fit, read a result: ``EventStudy(...).fit(events, prices) -> EventStudyResult``.

>>> from tradeshock.study import EventStudy
>>> from tradeshock.prices import sample_prices_dir
>>> study = EventStudy(model="market", benchmark="SPY", estimation=(-120, -11), window=(-1, 1))
>>> result = study.fit([{"event_id": "e1", "ticker": "NVDA", "date": "2025-04-09"}], sample_prices_dir())
>>> round(float(result.car.iloc[0]), 4) != 0
True
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tradeshock.errors import InputError
from tradeshock.prices.base import PriceSource, normalise_ticker
from tradeshock.study.calendar import DEFAULT_CALENDAR
from tradeshock.study.events import read_events
from tradeshock.study.models import ModelSpec, get_model
from tradeshock.study.returns import RETURN_KINDS
from tradeshock.study.windows import Window

if TYPE_CHECKING:  # pragma: no cover
    from tradeshock.study.result import EventStudyResult

CONVENTIONS = ("textbook", "estudy2")


@dataclass(frozen=True)
class EventStudy:
    """An event-study configuration; :meth:`fit` runs it.

    ``model``: ``market`` (default), ``market-adjusted``, ``constant-mean``, ``ff3``, ``ff5`` or
    ``carhart`` (the last three need ``factors``: a CSV path or DataFrame).
    ``estimation`` / ``window``: ``(lo, hi)`` trading days relative to the event day, ``"lo:hi"``,
    or a pair of dates. ``returns``: ``"log"`` or ``"simple"``. ``multi_day``: take a return across
    missing prices instead of dropping it. ``convention``: ``"textbook"`` or ``"estudy2"``.
    ``benchmark``: the market ticker (needed by the market and market-adjusted models).
    ``calendar``: an ``exchange_calendars`` code (``XNYS``) or ``"data"`` (the dates in the prices).
    ``min_estimation``: fewest estimation returns for a pair to be estimated (else it is skipped,
    with the reason). ``car_window``: ``(lo, hi)`` event days for the CAR tests (default: the whole
    event window). ``confidence``: level of the CAR band in plots.
    """

    model: str = "market"
    estimation: Any = (-250, -11)
    window: Any = (-1, 1)
    returns: str = "log"
    multi_day: bool = False
    convention: str = "textbook"
    benchmark: str | None = None
    calendar: str = DEFAULT_CALENDAR
    min_estimation: int = 30
    factors: Any = field(default=None, repr=False)
    factor_units: str = "auto"
    car_window: Any = None
    confidence: float = 0.95

    def __post_init__(self) -> None:
        try:
            spec = get_model(self.model)
        except KeyError as exc:
            raise InputError("model", str(exc.args[0])) from None
        object.__setattr__(self, "model", spec.name)
        object.__setattr__(self, "estimation", Window.parse(self.estimation, "estimation window"))
        object.__setattr__(self, "window", Window.parse(self.window, "event window"))
        if self.returns not in RETURN_KINDS:
            raise InputError("returns", f"must be one of {', '.join(RETURN_KINDS)}, not {self.returns!r}")
        if self.convention not in CONVENTIONS:
            raise InputError("convention", f"must be one of {', '.join(CONVENTIONS)}, not {self.convention!r}")
        if spec.needs_benchmark and not self.benchmark:
            raise InputError("benchmark", f"the {spec.name} model needs a benchmark ticker (for example SPY)")
        if spec.uses_factor_file and self.factors is None:
            raise InputError("factors", f"the {spec.name} model needs a factor file "
                                        f"(columns {', '.join(spec.factors)} and RF)")
        if self.convention == "estudy2" and spec.uses_factor_file:
            raise InputError("convention", "estudy2 has no factor models; use the textbook convention")
        if self.benchmark:
            object.__setattr__(self, "benchmark", normalise_ticker(self.benchmark))
        if not isinstance(self.min_estimation, int) or self.min_estimation < spec.k + 3:
            raise InputError("min_estimation", f"must be an integer of at least {spec.k + 3} for the {spec.name} "
                                               f"model, not {self.min_estimation!r}")
        if not 0 < float(self.confidence) < 1:
            raise InputError("confidence", f"must be between 0 and 1, not {self.confidence!r}")
        est, win = self.estimation, self.window
        if est.relative and win.relative and est.hi >= win.lo:
            raise InputError("estimation window", f"{est.label()} overlaps the event window {win.label()}; "
                                                  "end the estimation window before the event window starts")
        if not est.relative and not win.relative and est.end >= win.start:
            raise InputError("estimation window", f"{est.label()} overlaps the event window {win.label()}")
        if self.car_window is not None:
            car = Window.parse(self.car_window, "CAR window")
            if not car.relative:
                raise InputError("CAR window", "give it as event days (lo, hi), for example (0, 1)")
            object.__setattr__(self, "car_window", (car.lo, car.hi))

    @property
    def spec(self) -> ModelSpec:
        return get_model(self.model)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "benchmark": self.benchmark,
            "estimation": self.estimation.to_dict(),
            "window": self.window.to_dict(),
            "returns": self.returns,
            "multi_day": self.multi_day,
            "convention": self.convention,
            "calendar": self.calendar,
            "min_estimation": self.min_estimation,
        }

    def fit(self, events: Any, prices: Any) -> EventStudyResult:
        """Run the study.

        ``events``: a DataFrame, a list of records or a CSV path with ``event_id, ticker, date[, time,
        timezone]``. ``prices``: a :class:`~tradeshock.prices.PriceSource`, a folder path, a mapping
        ticker -> DataFrame/Series, or a wide DataFrame of closes (``date`` + one column per ticker).
        """
        from tradeshock.study.fitting import run

        return run(self, read_events(events), as_price_source(prices))


def as_price_source(prices: Any) -> PriceSource:
    """Accept the usual ways of passing prices and return a :class:`PriceSource`."""
    import pandas as pd

    from tradeshock.prices.local import LocalPriceSource
    from tradeshock.prices.memory import InMemoryPriceSource

    if isinstance(prices, str | os.PathLike):
        return LocalPriceSource(prices)
    if isinstance(prices, pd.DataFrame):
        return InMemoryPriceSource.from_wide(prices)
    if isinstance(prices, Mapping):
        return InMemoryPriceSource(prices)
    if isinstance(prices, PriceSource):
        return prices
    raise InputError("prices", "expected a price source, a folder, a mapping of tables or a wide DataFrame")

