"""The receipt command's arguments (cli/commands_receipt): `receipt SALE_ID OUT.pdf
[--width 58|80] [--escpos [PRINTER]]`, run by handlers_receipt, never making a database."""

from __future__ import annotations

import pytest

from smallcrm.cli.common import UsageError
from tests.cli.parser_helpers import assert_family, parse, writes


def test_receipt_runs_its_handler_and_writes_nothing_to_the_shop() -> None:
    assert_family([("receipt",)], "smallcrm.cli.handlers_receipt")
    assert not writes("receipt", "5", "out.pdf")


def test_receipt_reads_the_sale_the_file_the_width_and_the_printer() -> None:
    args = parse("receipt", "5", "out.pdf", "--width", "80")
    assert (args.sale_id, args.out, args.width, args.escpos) == (5, "out.pdf", 80, None)
    args = parse("receipt", "5", "--escpos")
    assert (args.out, args.width, args.escpos) == (None, None, "")
    assert parse("receipt", "5", "--escpos", "usb:0416:5011").escpos == "usb:0416:5011"


@pytest.mark.parametrize(
    "argv",
    [
        ["receipt"],
        ["receipt", "x", "out.pdf"],
        ["receipt", "5", "o.pdf", "--width", "60"],
        ["receipt", "5", "o.pdf", "--width", "٥٨"],
    ],
)
def test_a_malformed_receipt_command_is_a_usage_error(argv: list[str]) -> None:
    with pytest.raises(UsageError):
        parse(*argv)
