"""Event-study benchmark: tradeshock's vectorised engine against the usual per-pair way.

Study: 2,000 events (dates drawn with a fixed seed from the 2021-2025 NYSE sessions, repeats
allowed) x nine tickers (NVDA, AMD, MRVL, AVGO, TSLA, MSFT, AAPL, QQQ, SOXX) against SPY =
18,000 pairs; market model, 250-day estimation window (-260..-11), event window -1..1, every test.

Printed, in this order:

1. tradeshock ``EventStudy.fit`` on the 18,000 pairs (prices already in memory), in a fresh process:
   first call (imports and calendar included) and best of three, and the process's peak memory;
2. the same study the usual way, a per-pair loop with pandas and statsmodels, timed on a seeded
   subsample of pairs and extrapolated to 18,000 (it says so);
3. the ``eventstudy`` package from PyPI, if it can be imported, on a subsample, extrapolated;
4. speed-up ratios;
5. the whole ``tradeshock study`` command on the 18,000 pairs in a subprocess (start-up, reading the
   CSV files and writing the JSON included) with its peak memory;
6. ``EventStudy.fit`` on 10x and 100x the pairs (20,000 and 200,000 events), time and peak memory.

Targets (from the issue, not asserted): >= 50x faster than the per-pair loop, the CLI under 5 s,
peak memory under 1 GB. Run with ``python bench/bench_study.py`` (or ``make bench``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_PRICES = ROOT / ".." / "shared" / "data" / "prices"
TICKERS = ["NVDA", "AMD", "MRVL", "AVGO", "TSLA", "MSFT", "AAPL", "QQQ", "SOXX"]
BENCHMARK = "SPY"
ESTIMATION = (-260, -11)  # 250 trading days
WINDOW = (-1, 1)
SEED = 20250402
N_EVENTS = 2_000
LOOP_SAMPLE = 300
EVENTSTUDY_SAMPLE = 200


def price_folder() -> tuple[Path, str]:
    if (SHARED_PRICES / "SPY.csv").is_file():
        return SHARED_PRICES.resolve(), "../shared/data/prices (real daily prices, 2020-2026)"
    sys.path.insert(0, str(ROOT / "src"))
    from tradeshock.prices import sample_prices_dir

    return sample_prices_dir(), ("FALLBACK: ../shared not found, using the bundled sample "
                                 "(2024-01..2025-10 only; many early events will be skipped)")


def make_events(n_events: int, seed: int = SEED):
    """``n_events`` event dates drawn from the 2021-2025 sessions, each with the nine tickers."""
    import numpy as np
    import pandas as pd

    from tradeshock.study.calendar import exchange_calendar

    sessions = exchange_calendar("XNYS", "2021-01-01", "2025-12-31").sessions
    rng = np.random.default_rng(seed)
    dates = rng.choice(sessions, size=n_events, replace=True).astype(str)
    return pd.DataFrame({
        "event_id": np.repeat([f"e{i}" for i in range(n_events)], len(TICKERS)),
        "ticker": np.tile(TICKERS, n_events),
        "date": np.repeat(dates, len(TICKERS)),
    })


def study():
    from tradeshock.study import EventStudy

    return EventStudy(model="market", benchmark=BENCHMARK, estimation=ESTIMATION, window=WINDOW)


# ----------------------------------------------------------------------------------- children
def child_fit(n_events: int, folder: str, repeats: int) -> dict[str, float]:
    """Run in a fresh process: load prices into memory, then time ``fit`` (first call and best)."""
    from tradeshock.prices import InMemoryPriceSource, LocalPriceSource

    local = LocalPriceSource(folder)
    source = InMemoryPriceSource({t: local.bars(t) for t in [*TICKERS, BENCHMARK]})
    events = make_events(n_events)
    config = study()
    times = []
    result = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = config.fit(events, source)
        times.append(time.perf_counter() - t0)
    assert result is not None
    return {"first": times[0], "best": min(times), "pairs": result.n_pairs, "skipped": len(result.skipped),
            "caar": float(result.caar.iloc[-1]), "bmp_car": float(result.car_tests["bmp"].stat)}


def run_child(args: list[str]) -> tuple[dict[str, float], float]:
    """Run this script as a child; return its JSON answer and its peak resident memory in MB."""
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"child {args} failed with exit code {proc.returncode}")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024.0


# ----------------------------------------------------------------------------------- the usual way
def usual_way(folder: Path, events, sample: int) -> tuple[float, int]:
    """A per-pair loop with pandas and statsmodels: slice the windows by date, fit OLS, predict,
    standardise, rank; then the cross-sectional tests. Returns seconds per pair and pairs done."""
    import numpy as np
    import pandas as pd
    import statsmodels.api as sm
    from scipy import stats

    from tradeshock.prices import LocalPriceSource, load_series

    series = load_series(LocalPriceSource(folder), [*TICKERS, BENCHMARK])
    prices = pd.DataFrame({t: pd.Series(s.values, index=pd.DatetimeIndex(s.dates)) for t, s in series.items()})
    rets = np.log(prices / prices.shift(1))
    rng = np.random.default_rng(SEED + 1)
    rows = events.iloc[rng.choice(len(events), size=min(sample, len(events)), replace=False)]
    ars, sars, scars, ranks, resid_means = [], [], [], [], []
    t0 = time.perf_counter()
    for row in rows.itertuples(index=False):  # one pair at a time: what this benchmark replaces
        pos = rets.index.searchsorted(pd.Timestamp(row.date))
        est = rets.iloc[max(0, pos + ESTIMATION[0]): pos + ESTIMATION[1] + 1][[row.ticker, BENCHMARK]].dropna()
        if len(est) < 30 or pos + WINDOW[1] >= len(rets):
            continue
        x = sm.add_constant(est[BENCHMARK])
        fit = sm.OLS(est[row.ticker], x).fit()
        evt = rets.iloc[pos + WINDOW[0]: pos + WINDOW[1] + 1]
        xw = sm.add_constant(evt[BENCHMARK], has_constant="add")
        ar = evt[row.ticker] - fit.predict(xw)
        inv = np.linalg.inv(x.T.to_numpy() @ x.to_numpy())
        cov = fit.scale * (np.eye(len(xw)) + xw.to_numpy() @ inv @ xw.to_numpy().T)
        ars.append(ar.to_numpy())
        sars.append(ar.to_numpy() / np.sqrt(np.diag(cov)))
        scars.append(ar.sum() / np.sqrt(cov.sum()))
        ranks.append(stats.rankdata(np.concatenate([fit.resid.to_numpy(), ar.to_numpy()]))[-len(ar):])
        resid_means.append(fit.resid.mean())
    ar_m, sar_m = np.array(ars), np.array(sars)
    stats.ttest_1samp(ar_m, 0.0, axis=0)
    stats.ttest_1samp(sar_m, 0.0, axis=0)
    stats.ttest_1samp(np.array(scars), 0.0)
    for j in range(ar_m.shape[1]):
        stats.wilcoxon(ar_m[:, j])
    elapsed = time.perf_counter() - t0
    return elapsed / max(1, len(ars)), len(ars)


def eventstudy_package(folder: Path, events, sample: int) -> tuple[float, int] | str:
    """The PyPI ``eventstudy`` package (Multiple.from_list with Single.market_model), on a subsample."""
    try:
        import eventstudy as es
        import numpy as np
        import pandas as pd
    except Exception as exc:  # noqa: BLE001 - report whatever stops it
        return f"unavailable ({type(exc).__name__}: {exc}); try `pip install eventstudy`"
    from tradeshock.prices import LocalPriceSource, load_series

    series = load_series(LocalPriceSource(folder), [*TICKERS, BENCHMARK])
    prices = pd.DataFrame({t: pd.Series(s.values, index=pd.DatetimeIndex(s.dates)) for t, s in series.items()})
    prices = prices.dropna()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "prices.csv"
        prices.rename_axis("date").reset_index().assign(date=lambda f: f["date"].dt.strftime("%Y-%m-%d")).to_csv(
            path, index=False)
        try:
            es.Single.import_returns(str(path), is_price=True, log_return=True)
            rng = np.random.default_rng(SEED + 2)
            rows = events.iloc[rng.choice(len(events), size=min(sample, len(events)), replace=False)]
            todo = [{"event_date": np.datetime64(r.date), "security_ticker": r.ticker, "market_ticker": BENCHMARK}
                    for r in rows.itertuples(index=False)]
            t0 = time.perf_counter()
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                agg = es.Multiple.from_list(todo, es.Single.market_model, event_window=WINDOW,
                                            estimation_size=ESTIMATION[1] - ESTIMATION[0] + 1,
                                            buffer_size=WINDOW[0] - ESTIMATION[1] - 1)
                agg.results()
            elapsed = time.perf_counter() - t0
        except Exception as exc:  # noqa: BLE001
            return f"failed to run ({type(exc).__name__}: {exc})"
    done = len(agg.sample)
    return elapsed / max(1, done), done


def cli_run(folder: Path, events_csv: Path) -> tuple[float, float, int]:
    """Wall time and peak memory of the whole ``tradeshock study`` command, start-up included."""
    cmd = [sys.executable, "-m", "tradeshock", "study", "--prices", str(folder), "--benchmark", BENCHMARK,
           "--events", str(events_csv), "--estimation", f"{ESTIMATION[0]}:{ESTIMATION[1]}",
           "--window", f"{WINDOW[0]}:{WINDOW[1]}", "--format", "json"]
    with tempfile.TemporaryFile() as sink:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        size = sink.seek(0, os.SEEK_END)
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise RuntimeError(f"tradeshock study failed: {err}")
    return wall, usage.ru_maxrss / 1024.0, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=["fit"], help=argparse.SUPPRESS)
    parser.add_argument("--events", type=int, default=N_EVENTS, help=argparse.SUPPRESS)
    parser.add_argument("--prices", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="skip the 100x scale run")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.child == "fit":
        print(json.dumps(child_fit(args.events, args.prices, args.repeats)))
        return 0

    folder, label = price_folder()
    pairs = N_EVENTS * len(TICKERS)
    print("tradeshock event-study benchmark")
    print(f"  prices: {label}")
    print(f"  study: {N_EVENTS} events x {len(TICKERS)} tickers = {pairs} pairs vs {BENCHMARK}; market model; "
          f"estimation {ESTIMATION[0]}..{ESTIMATION[1]} (250 days); window {WINDOW[0]}..{WINDOW[1]}; all tests; "
          f"seed {SEED}; machine: {os.cpu_count()} CPUs")
    print()

    fit, fit_mem = run_child(["--child", "fit", "--events", str(N_EVENTS), "--prices", str(folder)])
    print(f"[1] tradeshock EventStudy.fit, {fit['pairs']} pairs estimated ({fit['skipped']} skipped):")
    print(f"      first call {fit['first']:.3f} s (imports, calendar), best of 3 {fit['best']:.3f} s; "
          f"process peak memory {fit_mem:.0f} MB")

    events = make_events(N_EVENTS)
    per_pair, done = usual_way(folder, events, LOOP_SAMPLE)
    loop_total = per_pair * pairs
    print(f"[2] per-pair loop (pandas + statsmodels): {per_pair * 1000:.2f} ms per pair on a seeded subsample "
          f"of {done} pairs; EXTRAPOLATED to {pairs} pairs: {loop_total:.1f} s")

    es_result = eventstudy_package(folder, events, EVENTSTUDY_SAMPLE)
    if isinstance(es_result, str):
        print(f"[3] eventstudy (PyPI): {es_result}")
        es_total = None
    else:
        es_per, es_done = es_result
        es_total = es_per * pairs
        print(f"[3] eventstudy (PyPI) Multiple.from_list + market_model: {es_per * 1000:.2f} ms per pair on a "
              f"subsample of {es_done} pairs; EXTRAPOLATED to {pairs} pairs: {es_total:.1f} s")

    print(f"[4] speed-up of tradeshock (best fit {fit['best']:.3f} s): {loop_total / fit['best']:.0f}x vs the "
          f"per-pair loop (target >= 50x)" + (f"; {es_total / fit['best']:.0f}x vs eventstudy" if es_total else ""))
    print(f"      (first call {fit['first']:.3f} s: {loop_total / fit['first']:.0f}x vs the loop)")

    with tempfile.TemporaryDirectory() as tmp:
        events_csv = Path(tmp) / "events.csv"
        events.to_csv(events_csv, index=False)
        wall, cli_mem, size = cli_run(folder, events_csv)
    print(f"[5] `tradeshock study` CLI on {pairs} pairs, JSON to a file ({size / 1e6:.1f} MB), start-up included: "
          f"{wall:.2f} s wall (target < 5 s); peak memory {cli_mem:.0f} MB (target < 1 GB)")

    scales = [10] if args.quick else [10, 100]
    for k in scales:
        res, mem = run_child(["--child", "fit", "--events", str(N_EVENTS * k), "--prices", str(folder),
                              "--repeats", "1"])
        print(f"[6] {k}x pairs: EventStudy.fit on {res['pairs']} pairs ({N_EVENTS * k} events): "
              f"{res['first']:.2f} s (fresh process, imports included); peak memory {mem:.0f} MB")
    if args.quick:
        print("[6] 100x skipped (--quick)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
