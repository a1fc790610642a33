"""The customer commands' arguments (cli/commands_customers): the names scripts rely on,
the handler each runs, and which of them may make a database."""

from __future__ import annotations

from smallcrm.domain.customers.fields import EDITABLE_FIELDS
from tests.cli.parser_helpers import assert_family, commands, parse, writes

FAMILY = [
    ("customer", "add"),
    ("customer", "show"),
    ("customer", "edit"),
    ("customer", "delete"),
    ("customer", "restore"),
    ("customer", "purge"),
    ("customer", "tag"),
    ("customer", "assign"),
    ("customer", "consent"),
    ("trash",),
    ("duplicates",),
    ("merge",),
    ("not-duplicates",),
    ("undo-merge",),
]


def test_the_customer_commands_run_their_handlers() -> None:
    assert [c for c in commands() if c in FAMILY] == FAMILY
    assert_family(
        [c for c in FAMILY[:7] if c != ("customer", "assign")] + [("trash",)], "smallcrm.cli.handlers_customers"
    )
    assert_family([("customer", "assign"), ("customer", "consent")], "smallcrm.cli.handlers_customers_bulk")
    assert_family(FAMILY[10:], "smallcrm.cli.handlers_duplicates")


def test_customer_add_takes_every_field_the_form_has_as_an_option() -> None:
    args = parse("customer", "add", "--name", "张三", "--phone2", "028-8555 1234", "--mail-consent", "yes")

    assert (args.name, args.phone2, args.mail_consent, args.allow_duplicate) == ("张三", "028-8555 1234", "yes", False)
    assert all(
        getattr(args, field) is None for field in EDITABLE_FIELDS if field not in ("name", "phone2", "mail_consent")
    )


def test_repeatable_options_and_ids_are_collected() -> None:
    args = parse("customer", "edit", "7", "--set", "city=成都市", "--set", "postcode=610041")
    assert (args.id, args.set) == ("7", ["city=成都市", "postcode=610041"])
    assert parse("customer", "delete", "3", "5", "8").ids == ["3", "5", "8"]
    assert parse("merge", "1", "2", "--take", "phone2=phone", "--take", "name").take == ["phone2=phone", "name"]
    assert parse("duplicates", "--limit", "5").limit == 5


def test_only_commands_that_change_the_shop_may_make_a_database() -> None:
    assert writes("customer", "add", "--name", "张三")
    assert writes("customer", "consent", "--all", "--mail", "no")
    assert writes("merge", "1", "2") and writes("undo-merge")
    assert not writes("customer", "show", "1")
    assert not writes("trash") and not writes("duplicates")
