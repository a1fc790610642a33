"""The spreadsheet commands' arguments (cli/commands_sheets): names, handlers, the import's
choices, and a dry run never making a database."""

from __future__ import annotations

import pytest

from smallcrm.cli.common import UsageError
from smallcrm.sheets.exporter import WHAT
from smallcrm.sheets.importer import CONSENT_CHOICES, DUPLICATE_POLICIES
from tests.cli.parser_helpers import assert_family, parse, writes

FAMILY = [("import",), ("undo-import",), ("imports",), ("export",)]


def test_the_spreadsheet_commands_run_their_handlers() -> None:
    assert_family(FAMILY, "smallcrm.cli.handlers_sheets")


def test_the_import_offers_what_the_importer_knows() -> None:
    args = parse("import", "a.xlsx")
    assert (args.kind, args.on_duplicate, args.consent, args.map, args.header_row) == (None, "skip", None, [], None)
    for policy in DUPLICATE_POLICIES:
        assert parse("import", "a.xlsx", "--on-duplicate", policy).on_duplicate == policy
    for choice in CONSENT_CHOICES:
        assert parse("import", "a.xlsx", "--consent", choice).consent == choice
    with pytest.raises(UsageError, match="too small"):
        parse("import", "a.xlsx", "--header-row", "0")


def test_the_export_offers_what_the_exporter_writes() -> None:
    assert parse("export", "out.xlsx").what == "customers"
    for what in WHAT:
        assert parse("export", "out.csv", "--what", what).what == what


def test_a_dry_run_never_makes_a_database() -> None:
    assert writes("import", "a.csv") and not writes("import", "a.csv", "--dry-run")
    assert writes("undo-import", "3") and not writes("imports") and not writes("export", "x.csv")
