"""Docs stay true: the CLI reference is regenerated from --help, every command has help text,
and the claim thresholds documented in docs/claims.md are the ones the code uses."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _gen():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cli_reference_is_up_to_date() -> None:
    def norm(s: str) -> str:  # column padding depends on the terminal click thinks it has
        return re.sub(r"[ \t]+", " ", s)

    assert norm((ROOT / "docs" / "cli.md").read_text(encoding="utf-8")) == norm(_gen().render()), \
        "docs/cli.md is stale: run python scripts/gen_cli_docs.py"


def test_every_command_has_help() -> None:
    from tradeshock.cli import _register, cli

    _register()
    for name, cmd in cli.commands.items():
        assert cmd.help and len(cmd.help.split()) >= 5, name
        for p in cmd.params:
            if p.param_type_name == "option":
                assert p.help, f"{name} {p.opts}"


def test_claim_thresholds_are_documented() -> None:
    from tradeshock.markets import thresholds

    doc = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
    for name, value in thresholds.ALL.items():
        assert re.search(rf"`{name}`\s*\|\s*{value:g}\b", doc), f"{name} = {value} not in docs/claims.md"


def test_readme_shows_the_two_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:1500]
    assert "make demo" in head and "make test" in head


def test_readme_demo_output_is_current(tmp_path) -> None:
    spec = importlib.util.spec_from_file_location("update_readme", ROOT / "scripts" / "update_readme.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert mod.section(readme) == mod.demo_markdown(tmp_path / "r.html"), "README demo output is stale: run scripts/update_readme.py"


def test_readme_knowledge_base_counts_match_the_data() -> None:
    import csv

    data = ROOT / "src" / "tradeshock" / "kb" / "data"
    with open(data / "companies.csv", encoding="utf-8") as f:
        companies = list(csv.DictReader(f))
    with open(data / "exposure.csv", encoding="utf-8") as f:
        links = sum(1 for _ in csv.DictReader(f))
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    m = re.search(r"knowledge base of ([\d,]+) companies, ([\d,]+) of them listed, and (\d+) exposure links", text)
    assert m, "README no longer states the knowledge base's size"
    said = tuple(int(g.replace(",", "")) for g in m.groups())
    assert said == (len(companies), sum(1 for c in companies if c["ticker"]), links)
