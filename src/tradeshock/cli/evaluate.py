"""``tradeshock eval DIR``: run the analyzer over an annotated folder and print its scores.

The command only parses options and prints; the work is :func:`tradeshock.evaluate.evaluate_dir`.
The scorer, the pipeline and the input layer are imported when the command runs, so that
``tradeshock --help`` stays fast.
"""

from __future__ import annotations

import json

import click

from tradeshock.cli import UNIT_INTERVAL, cli


@cli.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, dir_okay=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A readable table, or the scores as one JSON object.",
)
@click.option(
    "--per-article",
    is_flag=True,
    help="Also list each article's scores with its missed and spurious events.",
)
@click.option(
    "--fail-under",
    type=UNIT_INTERVAL,
    default=None,
    metavar="F1",
    help="Exit with status 1 when the strict event F1 is below this value (0 to 1).",
)
def eval_command(directory: str, fmt: str, per_article: bool, fail_under: float | None) -> None:
    """Score the analyzer on DIRECTORY: every NAME.txt with a NAME.expected.json beside it.

    Prints precision, recall and F1 for events (strict and lenient), people and companies,
    micro-averaged over the articles. See eval/README.md for the matching rules.
    """
    from tradeshock.evaluate import EVENTS_STRICT, evaluate_dir

    score = evaluate_dir(directory)
    if fmt == "json":
        click.echo(json.dumps(score.to_dict(per_article=per_article), indent=2, ensure_ascii=False))
    else:
        click.echo(score.to_text(per_article=per_article))
    if fail_under is not None:
        f1 = score[EVENTS_STRICT].f1
        if f1 < fail_under:
            raise click.ClickException(f"strict event F1 {f1:.3f} is below --fail-under {fail_under:.3f}")
