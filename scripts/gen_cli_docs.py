"""Write docs/cli.md from the commands' own --help (``python scripts/gen_cli_docs.py``).
tests/test_docs.py fails when the file is out of date."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def render() -> str:
    from tradeshock.cli import _register, cli

    _register()
    out = ["# Command line reference", "",
           "Generated from each command's `--help` by `scripts/gen_cli_docs.py`; do not edit by hand.", ""]
    ctx = cli.make_context("tradeshock", [], resilient_parsing=True, terminal_width=100)
    out += ["## tradeshock", "", "```", cli.get_help(ctx), "```", ""]
    for name in sorted(cli.commands):
        cmd = cli.commands[name]
        sub = cmd.make_context(name, [], parent=ctx, resilient_parsing=True, terminal_width=100)
        out += [f"## tradeshock {name}", "", "```", cmd.get_help(sub), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    target = ROOT / "docs" / "cli.md"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
