"""How the command line speaks (cli/output): one JSON object with --json, readable text
otherwise, errors as one line on stderr, and a progress bar only on a terminal."""

from __future__ import annotations

import argparse
import io
import json
from decimal import Decimal

import pytest

from smallcrm.cli import output


def test_json_is_one_object_on_one_line_with_exact_quantities(capsys: pytest.CaptureFixture[str]) -> None:
    data = {"name": "张三", "quantity": Decimal("1.5"), "whole": Decimal("2.000"), "day": object()}
    output.emit(argparse.Namespace(json=True), data, "ignored")

    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "张三" in out  # not escaped
    parsed = json.loads(out)
    assert parsed["quantity"] == 1.5 and parsed["whole"] == 2 and isinstance(parsed["whole"], int)
    assert parsed["day"].startswith("<object object")


def test_text_is_printed_line_by_line(capsys: pytest.CaptureFixture[str]) -> None:
    output.emit(argparse.Namespace(), {"a": 1}, ["first", "second"])
    output.emit(argparse.Namespace(json=False), {}, "third")
    assert capsys.readouterr().out == "first\nsecond\nthird\n"


def test_an_error_is_one_line_whatever_it_echoes(capsys: pytest.CaptureFixture[str]) -> None:
    output.error("abc\nis not a phone   number\r\n")
    output.note("bad \udcff byte")  # a lone surrogate from a file name that is not UTF-8
    assert capsys.readouterr().err == "smallcrm: abc is not a phone number\nsmallcrm: bad \ufffd byte\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_once_per_percent(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    progress = output.TextProgress("import", enabled=True)
    for done in range(0, 201):
        progress(done, 200, "客户.xlsx")

    drawn = terminal.getvalue()
    assert drawn.count("\r") == 101 and drawn.endswith("100% 客户.xlsx\n")
    assert "[" + "#" * 25 + "]" in drawn


def test_no_progress_is_drawn_when_stderr_is_not_a_terminal_or_json_was_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    output.TextProgress("import", enabled=True)(1, 2)
    output.TextProgress("import", enabled=False)(1, 2)
    assert capsys.readouterr().err == ""
