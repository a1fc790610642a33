"""The greeting-card commands' arguments (cli/commands_mailing): names, the handlers of
printing and of mailings, the shared recipient filters, and who may make a database."""

from __future__ import annotations

import pytest

from smallcrm.cli.common import UsageError
from tests.cli.parser_helpers import assert_family, parse, writes

MAILINGS = [
    ("mailing", "new"),
    ("mailing", "list"),
    ("mailing", "occasions"),
    ("mailing", "show"),
    ("mailing", "add"),
    ("mailing", "remove"),
    ("mailing", "sent"),
    ("mailing", "delete"),
    ("mailing-list",),
]


def test_printing_and_mailing_commands_run_their_handlers() -> None:
    assert_family([("labels",), ("envelopes",)], "smallcrm.cli.handlers_printing")
    assert_family(MAILINGS[:-1], "smallcrm.cli.handlers_mailing")
    assert_family([("mailing-list",)], "smallcrm.cli.handlers_mailing_list")


def test_recipients_are_filtered_one_way_on_every_printing_command() -> None:
    for command in (["labels", "x.pdf"], ["envelopes", "x.pdf", "--size", "dl"], ["mailing-list", "x.csv"]):
        args = parse(*command, "--tag", "VIP", "--staff", "小王", "--ids", "1,2", "--one-per-household")
        assert (args.tag, args.staff, args.ids, args.one_per_household, args.include_churned) == (
            "VIP",
            "小王",
            "1,2",
            True,
            False,
        )
        with pytest.raises(UsageError, match="not allowed with argument"):
            parse(*command, "--tag", "VIP", "--segment", "tier:high")


def test_an_envelope_size_is_read_in_any_case_and_a_saved_mailing_by_its_id() -> None:
    assert parse("envelopes", "x.pdf", "--size", "zl").size == "ZL"
    assert parse("labels", "x.pdf", "--mailing", "12").mailing == 12
    with pytest.raises(UsageError, match="not an id"):
        parse("labels", "x.pdf", "--mailing", "twelve")


def test_saving_a_sheet_and_changing_a_mailing_write_printing_does_not() -> None:
    assert writes("labels", "--save-template", "{}") and not writes("labels", "x.pdf", "--template", "Avery L7160")
    assert writes("mailing", "new") and writes("mailing", "sent", "1")
    assert (
        not writes("mailing", "list")
        and not writes("mailing-list", "x.xlsx")
        and not writes("envelopes", "x.pdf", "--size", "DL")
    )
