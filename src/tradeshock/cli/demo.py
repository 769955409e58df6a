"""``tradeshock demo``: the whole job on the bundled sample, offline."""

from __future__ import annotations

from pathlib import Path

import click

from tradeshock.cli import cli


@cli.command("demo")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
              help="How to print the brief.")
@click.option("-o", "--output", "report", type=click.Path(dir_okay=False), default="out/demo-report.html",
              show_default=True, help="Where to write the HTML report.")
def demo_cmd(fmt: str, report: str) -> None:
    """Analyse the bundled sample article (written for the project about the May 2025 US-China
    Geneva truce), measure the market reaction and check its market claims on the bundled real
    prices, print the brief and write the HTML report."""
    from tradeshock.cli.analyze import write_atomically
    from tradeshock.data import SAMPLE_ARTICLE, load_sample, sample_prices_dir
    from tradeshock.markets import add_market_data
    from tradeshock.pipeline import analyze, load_kb
    from tradeshock.prices.local import LocalPriceSource
    from tradeshock.render.charts import reaction_charts
    from tradeshock.render.html import to_html

    article = load_sample()
    kb = load_kb()
    click.echo(f"tradeshock demo: analysing {SAMPLE_ARTICLE.name} (published {article.published}) "
               f"with the bundled prices in {sample_prices_dir()}\n", err=True)
    brief, reaction = add_market_data(analyze(article, kb=kb), LocalPriceSource(sample_prices_dir()), kb)
    if fmt == "json":
        from tradeshock.render import to_json

        click.echo(to_json(brief))
    elif fmt == "markdown":
        from tradeshock.render.markdown import to_markdown

        click.echo(to_markdown(brief))
    else:
        from rich.console import Console

        from tradeshock.render.text import print_brief

        print_brief(brief, Console(width=140))
    path = Path(report)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, to_html(brief.to_dict(), article.text, reaction_charts(reaction)))
    click.echo(f"\nreport written to {path.resolve()}", err=True)
