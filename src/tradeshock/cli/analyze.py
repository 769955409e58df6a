"""``tradeshock analyze``: read articles into briefs."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from tradeshock.cli import UNIT_INTERVAL, cli

FORMATS = ("text", "json", "jsonl", "markdown", "html")


@cli.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date (ISO), used to resolve relative dates.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format. Default: text on a terminal, json otherwise (jsonl for several inputs).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file (atomically) instead of standard output.")
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Extra knowledge-base folder whose CSV files extend the bundled ones (repeatable).")
@click.option("--allow-private", is_flag=True, help="Allow URLs that resolve to private or loopback addresses.")
@click.option("--prices", "prices_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of daily price files (TICKER.csv/.parquet): measure reactions and check market claims.")
@click.option("--benchmark", default="SPY", show_default=True, help="Market index or ETF for the market model.")
@click.option("--min-confidence", type=UNIT_INTERVAL, default=0.0, show_default=True,
              help="Keep only events whose confidence (the estimated chance that the event is exactly right) "
                   "is at least this.")
def analyze_cmd(inputs: tuple[str, ...], published: str | None, fmt: str | None, output: str | None,
                kb_dirs: tuple[str, ...], allow_private: bool, prices_dir: str | None, benchmark: str,
                min_confidence: float) -> None:
    """Analyse news articles (paths, '-' for stdin, or http(s) URLs) into evidence-linked briefs.

    Each brief has a summary, the people with roles, the events (SCHEMA.md shape) with their
    evidence, the companies with tickers and what the article says their shares did, and who is
    exposed to the goods concerned.
    """
    from tradeshock.ingest import load_inputs
    from tradeshock.render import to_json, to_jsonl

    if fmt is None:
        if len(inputs) > 1:
            fmt = "jsonl"
        else:
            fmt = "text" if (output is None and sys.stdout.isatty()) else "json"
    if fmt == "json" and len(inputs) > 1:
        raise click.UsageError("several inputs need --format jsonl (one JSON object per line), markdown or text")
    if fmt == "html" and len(inputs) > 1:
        raise click.UsageError("--format html writes one report: give one input")
    if output is not None:
        check_output(Path(output))  # before the work, not after it
    kb = None  # spaCy and the knowledge base load with the first readable input: bad input fails fast
    source = None
    if prices_dir is not None:
        from tradeshock.prices.local import LocalPriceSource

        source = LocalPriceSource(prices_dir)
    pieces: list[str] = []
    failures = 0
    for _spec, result in load_inputs(inputs, published=published, allow_private=allow_private):
        if isinstance(result, Exception):
            failures += 1
            click.echo(f"tradeshock: error: {result}", err=True)
            continue
        from tradeshock.pipeline import AnalyzeOptions, analyze, load_kb

        if kb is None:
            options = AnalyzeOptions(kb_dirs=tuple(kb_dirs), min_confidence=min_confidence)
            kb = load_kb(options)
        brief = analyze(result, options, kb=kb)
        reaction = None
        if source is not None:
            from tradeshock.markets import ReactionOptions, add_market_data

            brief, reaction = add_market_data(brief, source, kb, ReactionOptions(benchmark=benchmark))
        if fmt == "html":
            from tradeshock.render.charts import reaction_charts
            from tradeshock.render.html import to_html

            pieces.append(to_html(brief.to_dict(), result.text, reaction_charts(reaction) if reaction else None))
        elif fmt == "json":
            pieces.append(to_json(brief) + "\n")
        elif fmt == "jsonl":
            pieces.append(to_jsonl(brief) + "\n")
        elif fmt == "markdown":
            from tradeshock.render.markdown import to_markdown

            pieces.append(to_markdown(brief) + ("\n---\n\n" if len(inputs) > 1 else ""))
        else:
            from tradeshock.render.text import print_brief

            if output is not None:
                from rich.console import Console

                console = Console(record=True, width=120, file=io.StringIO())
                print_brief(brief, console)
                pieces.append(console.export_text())
            else:
                print_brief(brief)
    if output is not None:
        write_atomically(Path(output), "".join(pieces))
    else:
        for p in pieces:
            click.echo(p, nl=False)
    if failures:
        raise click.exceptions.Exit(1)


def check_output(path: Path) -> Path:
    """``path`` (user folder expanded) when it can name an output file in a folder that exists; else an
    :class:`~tradeshock.errors.InputError` naming it. Called before any work, and again when writing."""
    from tradeshock.errors import InputError

    path = path.expanduser()
    if path.name in ("", ".", "..") or path.is_dir():
        raise InputError(str(path), "is a directory, not a file")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(str(path), f"folder {directory} does not exist")
    return path


def write_atomically(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename (never a half-written
    file), after checking that it names a file in a folder that exists; a failed write is an
    :class:`~tradeshock.errors.InputError` naming ``path``."""
    from tradeshock.errors import InputError
    from tradeshock.prices.cache import atomic_write

    path = check_output(path)
    try:
        atomic_write(path, content)
    except OSError as exc:  # read-only folder, full disk...: the temporary file is already removed
        raise InputError(str(path), f"cannot write the output ({exc.strerror or exc})") from None
