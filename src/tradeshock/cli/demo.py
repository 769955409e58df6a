"""``tradeshock demo``: the whole job on the bundled sample, offline."""

from __future__ import annotations

import click

from tradeshock.cli import cli


@cli.command("demo")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
              help="How to print the brief.")
def demo_cmd(fmt: str) -> None:
    """Analyse the bundled sample article (written for the project about the May 2025 US-China
    Geneva truce) and print the brief."""
    from tradeshock.data import SAMPLE_ARTICLE, load_sample
    from tradeshock.pipeline import analyze

    article = load_sample()
    brief = analyze(article)
    click.echo(f"tradeshock demo: analysing {SAMPLE_ARTICLE.name} (published {article.published})\n", err=True)
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
