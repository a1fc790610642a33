"""README's command-line examples, run in order on a fresh demo shop, all work.

A newcomer copies them one after the other; the first time this was tried, the
merge example folded two unrelated people together and the purchase after the
delete example failed with "There is no customer with id 1".
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from smallcrm.cli import main

README = Path(__file__).resolve().parent.parent.parent / "README.md"


def examples() -> list[list[str]]:
    """The arguments of each line of the first sh block under "The command line"."""
    section = README.read_text(encoding="utf-8").split("## The command line", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    lines = [shlex.split(line, comments=True) for line in block.group(1).splitlines()]
    return [words[1:] for words in lines if words and words[0] == "smallcrm"]


def test_the_examples_are_found() -> None:
    commands = [args[2] for args in examples()]
    assert commands[0] == "demo" and "merge" in commands and "purchase" in commands


def test_the_command_line_examples_work_in_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smallcrm.domain.customers.duplicates import evidence
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    monkeypatch.chdir(tmp_path)  # shop.db and shop-backup.db are relative paths
    outputs: dict[str, list[str]] = {}
    for args in examples():
        if args[2] == "merge":  # a real duplicate pair, not two strangers
            open_crm(tmp_path / "shop.db")
            assert evidence(int(args[3]), int(args[4])) != [], args
            close_db()
        first = not (tmp_path / "shop.db").exists()
        code = main(args)
        out, err = capsys.readouterr()
        # The first command makes the shop, and says so on stderr (only a writing command may).
        expected = "smallcrm: Created a new, empty database at shop.db.\n" if first else ""
        assert (code, err) == (0, expected), (args, err)
        if "--json" in args:
            json.loads(out)  # exactly one JSON object
        outputs.setdefault(args[2], []).append(out)
    merged = json.loads(outputs["merge"][0])
    assert merged["kept"] == 279 and merged["merged"] == 1998
