"""``tradeshock study``: an event study on local prices, printed as JSON, CSV or text.

Only click is imported at module level so that ``tradeshock --help`` stays fast; the library
(pandas, numpy, scipy, exchange_calendars, matplotlib) is imported when the command runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tradeshock.cli import cli

MODEL_CHOICES = ("market", "market-adjusted", "constant-mean", "ff3", "ff5", "carhart")


def _exclusive(ctx: click.Context, a: str, a_value: object, b: str, b_value: object) -> None:
    if a_value not in (None, ()) and b_value not in (None, ()):
        raise click.UsageError(f"use either {a} or {b}, not both", ctx=ctx)


@cli.command("study", context_settings={"ignore_unknown_options": False})
@click.option("--prices", "prices", required=True, metavar="DIR",
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of <TICKER>.csv/.parquet files (date,open,high,low,close,adj_close,volume).")
@click.option("--benchmark", required=True, metavar="SYMBOL", help="Market ticker, e.g. SPY or ^GSPC.")
@click.option("--events", "events_file", metavar="FILE.csv", type=click.Path(dir_okay=False, path_type=Path),
              help="Events file: event_id,ticker,date[,time,timezone].")
@click.option("--event-date", metavar="DATE", help="One event date (or timestamp) for all --tickers.")
@click.option("--tickers", metavar="A,B,C", help="Comma-separated tickers for --event-date.")
@click.option("--estimation", metavar="LO:HI", help="Estimation window in trading days [default: -250:-11].")
@click.option("--estimation-start", metavar="DATE", help="Estimation window start date (with --estimation-end).")
@click.option("--estimation-end", metavar="DATE", help="Estimation window end date.")
@click.option("--window", metavar="LO:HI", help="Event window in trading days [default: -1:1].")
@click.option("--event-start", metavar="DATE", help="Event window start date (with --event-end); day 0.")
@click.option("--event-end", metavar="DATE", help="Event window end date.")
@click.option("--model", type=click.Choice(MODEL_CHOICES), default="market", show_default=True,
              help="Normal-return model.")
@click.option("--factors", metavar="FILE", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Factor file for ff3/ff5/carhart (Ken French CSV layout accepted).")
@click.option("--returns", "returns_kind", type=click.Choice(("log", "simple")), default="log", show_default=True,
              help="Log (continuously compounded) or simple returns.")
@click.option("--multi-day", is_flag=True, help="Take returns across missing prices instead of dropping them.")
@click.option("--convention", type=click.Choice(("textbook", "estudy2")), default="textbook", show_default=True,
              help="Test formulas: textbook, or exactly as the R package estudy2.")
@click.option("--min-estimation", type=int, default=30, show_default=True,
              help="Fewest estimation returns for a pair to be estimated.")
@click.option("--calendar", default="XNYS", show_default=True,
              help="Exchange calendar (exchange_calendars code) or 'data'.")
@click.option("--format", "fmt", type=click.Choice(("json", "csv", "text")), default="json", show_default=True,
              help="Output: the JSON result, a CSV table (see --table), or a readable summary.")
@click.option("--table", type=click.Choice(("ar", "days", "pairs")), default="ar", show_default=True,
              help="Table written by --format csv: per pair-day ARs, per-day tests, or per-pair estimates.")
@click.option("--plot", metavar="car.png|car.html", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the CAAR chart (PNG, or self-contained HTML).")
@click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the result here instead of standard output.")
@click.pass_context
def study_command(ctx: click.Context, prices: Path, benchmark: str, events_file: Path | None,
                  event_date: str | None, tickers: str | None, estimation: str | None,
                  estimation_start: str | None, estimation_end: str | None, window: str | None,
                  event_start: str | None, event_end: str | None, model: str, factors: Path | None,
                  returns_kind: str, multi_day: bool, convention: str, min_estimation: int, calendar: str,
                  fmt: str, table: str, plot: Path | None, output: Path | None) -> None:
    """Event study: abnormal returns of TICKERS around events, and their significance.

    \b
    tradeshock study --prices DIR --benchmark SPY --events events.csv
    tradeshock study --prices DIR --benchmark ^GSPC --event-date 2020-03-16 --tickers AMZN,NFLX \\
        --estimation-start 2019-04-01 --estimation-end 2020-03-13 \\
        --event-start 2020-03-16 --event-end 2020-03-20 --multi-day --convention estudy2
    """
    if output is not None:
        from tradeshock.cli.analyze import check_output

        check_output(output)  # before the work, not after it
    _exclusive(ctx, "--events", events_file, "--event-date", event_date)
    _exclusive(ctx, "--estimation", estimation, "--estimation-start/--estimation-end",
               estimation_start or estimation_end)
    _exclusive(ctx, "--window", window, "--event-start/--event-end", event_start or event_end)
    if (estimation_start is None) != (estimation_end is None):
        raise click.UsageError("--estimation-start and --estimation-end go together", ctx=ctx)
    if (event_start is None) != (event_end is None):
        raise click.UsageError("--event-start and --event-end go together", ctx=ctx)
    if events_file is None:
        if not tickers:
            raise click.UsageError("give --events FILE.csv, or --event-date DATE with --tickers A,B,C", ctx=ctx)
        event_date = event_date or event_start
        if not event_date:
            raise click.UsageError("--tickers needs --event-date (or --event-start)", ctx=ctx)
    elif tickers:
        raise click.UsageError("--tickers goes with --event-date, not with --events", ctx=ctx)
    if model in ("ff3", "ff5", "carhart") and factors is None:
        raise click.UsageError(f"--model {model} needs --factors FILE", ctx=ctx)

    from tradeshock.study import EventStudy

    if events_file is not None:
        events: object = str(events_file)
    else:
        names = [t.strip() for t in (tickers or "").split(",") if t.strip()]
        events = [{"event_id": event_date, "ticker": t, "date": event_date} for t in names]
    study = EventStudy(
        model=model,
        benchmark=benchmark,
        estimation=(estimation_start, estimation_end) if estimation_start else (estimation or "-250:-11"),
        window=(event_start, event_end) if event_start else (window or "-1:1"),
        returns=returns_kind,
        multi_day=multi_day,
        convention=convention,
        calendar=calendar,
        min_estimation=min_estimation,
        factors=str(factors) if factors else None,
    )
    result = study.fit(events, str(prices))
    if plot is not None:
        result.plot(str(plot))
    if fmt == "json":
        text = result.to_json()
    elif fmt == "text":
        text = result.summary()
    else:
        frame = {"ar": result.ar_frame, "days": result.to_frame, "pairs": result.pairs_frame}[table]()
        text = frame.to_csv(index=table != "ar", float_format="%.10g")
    _emit(text, output)


def _emit(text: str, output: Path | None) -> None:
    if not text.endswith("\n"):
        text += "\n"
    if output is None:
        sys.stdout.write(text)
        return
    from tradeshock.cli.analyze import write_atomically

    write_atomically(output, text)
