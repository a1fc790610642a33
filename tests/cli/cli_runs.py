"""Running the command line in the test's process, as a script would: the exit code,
what went to stdout and to stderr, or the one JSON object of --json."""

from __future__ import annotations

import json
from typing import Any

import pytest

from smallcrm.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    assert out.count("\n") == 1, "exactly one JSON object on one line"
    result: dict[str, Any] = json.loads(out)
    return result
