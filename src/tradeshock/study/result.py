"""The result of an event study: read-only arrays, tables built on request, text and JSON views."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from tradeshock.errors import InputError
from tradeshock.study import estudy2, statistics
from tradeshock.study.engine import StudyArrays
from tradeshock.study.testing import DAILY_TESTS, DailyTest, TestResult, nanmean0, p_student, safe_div
from tradeshock.study.windows import car_positions

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from tradeshock.study.event_study import EventStudy

#: Daily tests shown in :meth:`EventStudyResult.summary` (all are in ``to_frame`` and the JSON).
SUMMARY_TESTS = ("t_test", "patell", "bmp", "rank")


def _clean(x: Any, digits: int | None = None) -> Any:
    if x is None:
        return None
    x = float(x)
    if not math.isfinite(x):
        return None
    return round(x, digits) if digits is not None else x


def _clean_list(values: np.ndarray) -> list[Any]:
    values = np.asarray(values, dtype=float)
    out: list[Any] = values.tolist()
    if not np.isfinite(values).all():
        out = [v if math.isfinite(v) else None for v in out]
    return out


@dataclass(frozen=True)
class CarSummary:
    """CARs over one window of event days: per-pair CARs, their average and the CAR tests."""

    start_day: int
    end_day: int
    caar: float
    mean_car: float
    car_mean: float | None
    n_pairs: int
    tests: Mapping[str, TestResult]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"from_day": self.start_day, "to_day": self.end_day, "caar": _clean(self.caar),
                             "mean_car": _clean(self.mean_car), "n": self.n_pairs}
        if self.car_mean is not None:
            d["car_mean"] = _clean(self.car_mean)
        return d


@dataclass(frozen=True)
class EventStudyResult:
    """What :meth:`EventStudy.fit` returns. Nothing in it changes after it is built.

    Per pair (rows, in input order, skipped pairs left out): ``event_id``, ``ticker``, ``event_day``
    and the abnormal returns ``ar`` (pairs x event days). Per event day: ``aar``, ``caar`` and every
    test in ``tests``. ``car_tests``: tests of the CAR over ``car_span``. ``skipped``: pairs that
    could not be estimated, with the reason. ``events``: how each event's date became its event day.
    """

    config: EventStudy
    event_id: np.ndarray
    ticker: np.ndarray
    event_day: np.ndarray
    given: np.ndarray
    rule: np.ndarray
    days: np.ndarray
    pair_dates: np.ndarray
    arrays: StudyArrays = field(repr=False)
    daily: Mapping[str, DailyTest] = field(repr=False)
    car_tests: Mapping[str, TestResult] = field(repr=False)
    car_span: tuple[int, int] = (0, 0)
    skipped: tuple[Mapping[str, str], ...] = ()
    price_fields: Mapping[str, str] = field(default_factory=dict)
    gaps: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    events: tuple[Mapping[str, Any], ...] = field(default=(), repr=False)
    notes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        c = self.config
        caar = self.caar.to_numpy()
        return (f"<EventStudyResult {self.n_pairs} pairs x {self.days.size} days, {c.model} model, "
                f"{c.convention} convention, CAAR {caar[-1]:.6f}, {len(self.skipped)} skipped>")

    # ----------------------------------------------------------------------------- basic views
    @property
    def n_pairs(self) -> int:
        return int(self.event_id.size)

    @property
    def day_dates(self) -> list[str | None]:
        """The calendar date of each event day when every pair shares it, else ``None``."""
        out: list[str | None] = []
        for j in range(self.days.size):
            col = self.pair_dates[:, j]
            out.append(str(col[0]) if col.size and (col == col[0]).all() else None)
        return out

    def _index(self) -> pd.MultiIndex:
        import pandas as pd

        return pd.MultiIndex.from_arrays([self.event_id, self.ticker], names=["event_id", "ticker"])

    def _days_index(self) -> pd.Index:
        import pandas as pd

        return pd.Index(self.days, name="day")

    @property
    def ar(self) -> pd.DataFrame:
        """Abnormal returns: one row per (event_id, ticker), one column per event day."""
        import pandas as pd

        return pd.DataFrame(np.array(self.arrays.ar), index=self._index(), columns=self._days_index())

    @property
    def car(self) -> pd.Series:
        """Each pair's cumulative abnormal return over ``car_span`` (sum of its available ARs)."""
        import pandas as pd

        lo, hi = car_positions(self.days, *self.car_span)
        return pd.Series(_pair_car(self.arrays.ar, lo, hi), index=self._index(), name="car")

    @property
    def aar(self) -> pd.Series:
        """Average abnormal return per event day (over the pairs with an AR that day)."""
        import pandas as pd

        return pd.Series(nanmean0(self.arrays.ar, axis=0)[0], index=self._days_index(), name="aar")

    @property
    def caar(self) -> pd.Series:
        """Cumulative average abnormal return: running sum of ``aar`` over the event window."""
        return self.aar.cumsum().rename("caar")

    @property
    def n(self) -> pd.Series:
        import pandas as pd

        return pd.Series(np.isfinite(self.arrays.ar).sum(axis=0), index=self._days_index(), name="n")

    @property
    def alpha(self) -> pd.Series:
        import pandas as pd

        return pd.Series(np.array(self.arrays.alpha), index=self._index(), name="alpha")

    @property
    def beta(self) -> pd.Series:
        """Market beta (the Mkt-RF loading for factor models; 1 for market-adjusted; NaN for constant mean)."""
        import pandas as pd

        coef = self.arrays.coef
        if coef.shape[1]:
            values = np.array(coef[:, 0])
        else:
            values = np.full(self.n_pairs, 1.0 if self.config.model == "market-adjusted" else np.nan)
        return pd.Series(values, index=self._index(), name="beta")

    @property
    def betas(self) -> pd.DataFrame:
        """All slope coefficients (one column per regressor)."""
        import pandas as pd

        names = list(self.config.spec.factors)
        return pd.DataFrame(np.array(self.arrays.coef), index=self._index(), columns=names)

    @property
    def sigma(self) -> pd.Series:
        """Residual standard deviation: sqrt(SSR / (n - k)) (textbook) or the sample sd of the
        estimation ARs (estudy2)."""
        import pandas as pd

        var = self.arrays.var_r if self.config.convention == "estudy2" else self.arrays.s2
        return pd.Series(np.sqrt(var), index=self._index(), name="sigma")

    @property
    def n_estimation(self) -> pd.Series:
        import pandas as pd

        return pd.Series(self.arrays.n.astype(int), index=self._index(), name="n_estimation")

    @property
    def tests(self) -> Mapping[str, DailyTest]:
        """Daily tests by name (:data:`~tradeshock.study.testing.DAILY_TESTS`)."""
        return self.daily

    def test(self, name: str) -> pd.DataFrame:
        """One daily test as a table: day, date, n, stat, p_value."""
        import pandas as pd

        if name not in self.daily:
            raise InputError("test", f"unknown test {name!r}; available: {', '.join(self.daily)}")
        t = self.daily[name]
        return pd.DataFrame({"date": self.day_dates, "n": t.n, "stat": t.stat, "p_value": t.p_value},
                            index=self._days_index())

    # ----------------------------------------------------------------------------- CAR windows
    def car_over(self, start_day: int, end_day: int) -> CarSummary:
        """CARs and CAR tests over any window of event days inside the event window."""
        lo, hi = car_positions(self.days, start_day, end_day)
        a = self.arrays
        cars = _pair_car(a.ar, lo, hi)
        aar, _ = nanmean0(a.ar[:, lo: hi + 1], axis=0)
        estudy = self.config.convention == "estudy2"
        with np.errstate(divide="ignore", invalid="ignore"):
            if (start_day, end_day) == tuple(self.car_span):
                tests = self.car_tests  # computed once, by fit
            elif estudy:
                tests = estudy2.car_tests(a, dict(self.daily), lo, hi)
            else:
                tests = statistics.car_tests(a, lo, hi)
            car_mean = estudy2.car_mean(a, lo, hi) if estudy else None
        return CarSummary(start_day=start_day, end_day=end_day, caar=float(np.nansum(aar)),
                          mean_car=float(np.nanmean(cars)) if np.isfinite(cars).any() else math.nan,
                          car_mean=car_mean, n_pairs=int(np.isfinite(cars).sum()), tests=tests)

    def cumulative_ar(self) -> np.ndarray:
        """Each pair's running sum of its available ARs over the event window (pairs x days);
        NaN on the days where the pair has no AR. The one place cumulative ARs are built."""
        ar = np.asarray(self.arrays.ar, dtype=float)
        valid = np.isfinite(ar)
        cum = np.cumsum(np.where(valid, ar, 0.0), axis=1)
        cum[~valid] = np.nan
        return cum

    def pair_car(self, start_day: int, end_day: int) -> pd.DataFrame:
        """Each pair's CAR over ``start_day..end_day`` with its own test: the number of ARs summed
        ``L``, ``t = CAR / (sigma * sqrt(L))`` and the two-sided Student-t p-value with
        ``n_estimation - k`` degrees of freedom (MacKinlay 1997, eq. 4.4.2 without the forecast-error
        correction). Pairs with no AR in the window have NaN throughout."""
        import pandas as pd

        lo, hi = car_positions(self.days, start_day, end_day)
        a = self.arrays
        cars = _pair_car(a.ar, lo, hi)
        days = np.isfinite(a.ar[:, lo: hi + 1]).sum(axis=1)
        sigma = self.sigma.to_numpy()
        t = safe_div(cars, sigma * np.sqrt(days))
        p = p_student(t, np.asarray(a.n, dtype=float) - a.k)
        return pd.DataFrame({"car": cars, "n_days": days, "t_stat": t, "p_value": p}, index=self._index())

    # ----------------------------------------------------------------------------- tables
    def to_frame(self) -> pd.DataFrame:
        """One row per event day: date, n, aar, caar and every test's statistic and p-value."""
        import pandas as pd

        frame = pd.DataFrame({"date": self.day_dates, "n": self.n.to_numpy(), "aar": self.aar.to_numpy(),
                              "caar": self.caar.to_numpy()}, index=self._days_index())
        for name in DAILY_TESTS:
            if name in self.daily:
                frame[f"{name}_stat"] = self.daily[name].stat
                frame[f"{name}_p"] = self.daily[name].p_value
        return frame

    def pairs_frame(self) -> pd.DataFrame:
        """One row per estimated pair: event day, model parameters, estimation length and CAR."""
        import pandas as pd

        return pd.DataFrame({
            "event_day": self.event_day.astype(str), "alpha": self.alpha.to_numpy(), "beta": self.beta.to_numpy(),
            "sigma": self.sigma.to_numpy(), "n_estimation": self.n_estimation.to_numpy(),
            "car": self.car.to_numpy(),
        }, index=self._index())

    def ar_frame(self) -> pd.DataFrame:
        """Long table: one row per (pair, event day) with the date, AR and cumulative AR."""
        import pandas as pd

        p, w = self.arrays.ar.shape
        ar = np.array(self.arrays.ar)
        cum = self.cumulative_ar()
        return pd.DataFrame({
            "event_id": np.repeat(self.event_id, w), "ticker": np.repeat(self.ticker, w),
            "event_day": np.repeat(self.event_day.astype(str), w), "day": np.tile(self.days, p),
            "date": self.pair_dates.astype(str).ravel(), "ar": ar.ravel(), "cum_ar": cum.ravel(),
        })

    # ----------------------------------------------------------------------------- text and JSON
    def summary(self) -> str:
        """A plain-text report: configuration, daily table, CAR tests, skipped pairs, notes."""
        c = self.config
        lines = [f"Event study ({c.convention} convention)",
                 f"  model: {c.spec.description}" + (f"; benchmark {c.benchmark}" if c.benchmark else ""),
                 f"  returns: {c.returns}{' across missing days' if c.multi_day else ''}; calendar: {c.calendar}",
                 f"  estimation: {c.estimation.label()}; event window: {c.window.label()}",
                 f"  pairs estimated: {self.n_pairs}; skipped: {len(self.skipped)}; "
                 f"events: {len(set(self.event_id.tolist()))}"]
        fields: dict[str, list[str]] = {}
        for t, f in self.price_fields.items():
            fields.setdefault(f, []).append(t)
        lines.append("  prices: " + "; ".join(f"{f} for {', '.join(ts)}" for f, ts in fields.items()))
        lines.append("")
        shown = [t for t in SUMMARY_TESTS if t in self.daily]
        head = f"{'day':>5} {'date':>10} {'n':>6} {'AAR':>10} {'CAAR':>10}" + "".join(
            f" {t[:10]:>10} {'p':>6}" for t in shown)
        lines.append(head)
        aar, caar, n, dates = self.aar.to_numpy(), self.caar.to_numpy(), self.n.to_numpy(), self.day_dates
        for j, day in enumerate(self.days):
            row = f"{int(day):>5} {dates[j] or '(mixed)':>10} {int(n[j]):>6} {aar[j]:>10.5f} {caar[j]:>10.5f}"
            for t in shown:
                row += f" {self.daily[t].stat[j]:>10.3f} {self.daily[t].p_value[j]:>6.3f}"
            lines.append(row)
        lines.append("")
        cs = self.car_over(*self.car_span)
        label = f"CAR days {self.car_span[0]}..{self.car_span[1]}: CAAR {cs.caar:.5f}, mean CAR {cs.mean_car:.5f}"
        if cs.car_mean is not None:
            label += f", estudy2 car_mean {cs.car_mean:.6f}"
        lines.append(label)
        lines.append(f"  {'test':<20} {'stat':>10} {'p-value':>10}")
        for name, t in self.car_tests.items():
            lines.append(f"  {name:<20} {t.stat:>10.4f} {t.p_value:>10.4g}")
        if self.skipped:
            lines.append("")
            lines.append(f"Skipped {len(self.skipped)} pair(s):")
            for s in self.skipped[:10]:
                lines.append(f"  {s['event_id']} {s['ticker']}: {s['reason']}")
            if len(self.skipped) > 10:
                lines.append(f"  ... and {len(self.skipped) - 10} more")
        if self.notes:
            lines.append("")
            lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: ``pairs``, ``days``, ``car_tests``, ``skipped`` (+ study, events, notes)."""
        a = self.arrays
        days = self.days.tolist()
        dates = self.pair_dates.astype(str).tolist()
        ar_lists = a.ar.tolist()
        car = _clean_list(self.car.to_numpy())
        alpha, beta = _clean_list(self.alpha.to_numpy()), _clean_list(self.beta.to_numpy())
        sigma, n_est = _clean_list(self.sigma.to_numpy()), self.n_estimation.to_numpy().tolist()
        event_day = self.event_day.astype(str).tolist()
        pairs = []
        for i in range(self.n_pairs):  # serialisation only; the computation is vectorised
            row_ar = ar_lists[i]
            pairs.append({
                "event_id": str(self.event_id[i]), "ticker": str(self.ticker[i]), "event_day": event_day[i],
                "alpha": alpha[i], "beta": beta[i], "sigma": sigma[i], "n_estimation": n_est[i],
                "ar": [{"day": d, "date": dt, "ar": v if v == v else None}
                       for d, dt, v in zip(days, dates[i], row_ar, strict=True)],
                "car": car[i],
            })
        if self.config.spec.uses_factor_file:
            coef = self.betas
            for i, row in enumerate(coef.to_numpy().tolist()):
                pairs[i]["betas"] = dict(zip(coef.columns, (_clean(v) for v in row), strict=True))
        day_rows = []
        aar, n, caar, day_dates = self.aar.to_numpy(), self.n.to_numpy(), self.caar.to_numpy(), self.day_dates
        for j, day in enumerate(days):
            day_rows.append({
                "day": day, "date": day_dates[j], "aar": _clean(aar[j]), "caar": _clean(caar[j]), "n": int(n[j]),
                "tests": {name: self.daily[name].at(j).to_dict() for name in DAILY_TESTS if name in self.daily},
            })
        car_summary = self.car_over(*self.car_span)
        return {
            "pairs": pairs,
            "days": day_rows,
            "car_tests": {name: t.to_dict() for name, t in self.car_tests.items()},
            "skipped": [dict(s) for s in self.skipped],
            "car_window": car_summary.to_dict(),
            "study": self.config.to_dict(),
            "events": [dict(e) for e in self.events],
            "price_fields": dict(self.price_fields),
            "gaps": {t: list(g) for t, g in self.gaps.items()},
            "notes": list(self.notes),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

    def plot(self, path: str, confidence: float | None = None) -> None:
        """Write the CAAR chart with its confidence band as PNG (``.png``) or self-contained HTML (``.html``)."""
        from tradeshock.study.plots import plot_car

        plot_car(self, path, confidence=confidence or self.config.confidence)


def _pair_car(ar: np.ndarray, lo: int, hi: int) -> np.ndarray:
    sub = ar[:, lo: hi + 1]
    valid = np.isfinite(sub)
    return np.where(valid.any(axis=1), np.where(valid, sub, 0.0).sum(axis=1), np.nan)
