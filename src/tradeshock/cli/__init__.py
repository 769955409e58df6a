"""The ``tradeshock`` command line. Each command parses options, calls one library function and
prints the result. Errors are mapped to messages and exit codes here, in :func:`main`, only."""

from __future__ import annotations

import sys

import click

from tradeshock import __version__
from tradeshock.errors import TradeshockError


class _UnitInterval(click.FloatRange):
    """A number from 0 to 1; NaN is refused (it passes every range comparison)."""

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        number = super().convert(value, param, ctx)
        if number != number:
            self.fail(f"{value!r} is not a number between 0 and 1.", param, ctx)
        return number


UNIT_INTERVAL = _UnitInterval(0.0, 1.0)  # for options that are shares or scores in [0, 1]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tradeshock")
def cli() -> None:
    """tradeshock: read trade-policy news into evidence-linked events and measure market reactions."""


COMMAND_MODULES = ("analyze", "study", "evaluate", "demo")


def _register() -> None:
    """Import the command modules; each adds its command to :data:`cli`."""
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"tradeshock.cli.{name}")


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the click group and turns ``TradeshockError`` into one line on stderr."""
    _register()
    try:
        rc = cli.main(args=argv, prog_name="tradeshock", standalone_mode=False)
        if isinstance(rc, int):
            return rc
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except TradeshockError as exc:
        click.echo(f"tradeshock: error: {exc}", err=True)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. `tradeshock ... | head`
        return 0
    return 0


def run() -> None:
    sys.exit(main())
