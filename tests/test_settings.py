"""Shop settings: declared keys with defaults, kept in the database, typos refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from smallcrm import settings
from smallcrm.errors import UserError
from smallcrm.store.models import Setting

pytestmark = pytest.mark.usefixtures("crm")


def test_fresh_shop_has_the_declared_defaults() -> None:
    assert settings.get("phone_region") == "CN"
    assert settings.get("currency") == "CNY"
    assert settings.get("customer_no_prefix") == "C"
    assert settings.get("shop_name") == ""


def test_all_settings_lists_every_declared_key() -> None:
    values = settings.all_settings()
    assert set(values) == set(settings.SPECS)
    assert values["phone_region"] == "CN"


def test_setting_is_read_back_as_written() -> None:
    settings.put("shop_name", "海浪鲜奶 · 成都店")
    assert settings.get("shop_name") == "海浪鲜奶 · 成都店"


def test_setting_is_stored_as_readable_json() -> None:
    settings.put("shop_name", "海浪")
    assert Setting.get(Setting.key == "shop_name").value == '"海浪"'


def test_setting_survives_reopening_the_database(crm: Path) -> None:
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    settings.put("shop_phone", "028-8555 1234")
    close_db()
    open_crm(crm)
    assert settings.get("shop_phone") == "028-8555 1234"


def test_writing_a_setting_again_replaces_it() -> None:
    settings.put("currency", "HKD")
    settings.put("currency", "USD")
    assert settings.get("currency") == "USD"
    assert Setting.select().where(Setting.key == "currency").count() == 1


@pytest.mark.parametrize("action", [lambda: settings.get("shop_nmae"), lambda: settings.put("shop_nmae", "x")])
def test_unknown_setting_is_refused(action: Callable[[], object]) -> None:
    with pytest.raises(UserError, match="There is no setting called shop_nmae"):
        action()
    assert Setting.select().where(Setting.key == "shop_nmae").count() == 0


def test_number_setting_typed_as_text_is_converted() -> None:
    settings.put("search_keys_version", " 7 ")
    assert settings.get("search_keys_version") == 7


def test_text_setting_given_a_number_is_converted() -> None:
    settings.put("shop_postcode", 610000)
    assert settings.get("shop_postcode") == "610000"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("search_keys_version", "seven"),
        ("search_keys_version", "7.5"),
        ("search_keys_version", 7.5),
        ("search_keys_version", True),
        ("search_keys_version", None),
        ("shop_name", None),
        ("shop_name", ["a"]),
        ("shop_name", False),
    ],
)
def test_value_of_the_wrong_type_is_refused(key: str, value: object) -> None:
    before = settings.get(key)
    with pytest.raises(UserError, match=f"The setting {key} needs a"):
        settings.put(key, value)
    assert settings.get(key) == before


def test_type_error_names_the_type_in_words() -> None:
    with pytest.raises(UserError, match="needs a whole number value"):
        settings.put("search_keys_version", "seven")


def test_put_many_changes_all_or_none() -> None:
    with pytest.raises(UserError):
        settings.put_many({"shop_name": "海浪", "search_keys_version": "seven"})
    assert settings.get("shop_name") == ""
    settings.put_many({"shop_name": "海浪", "currency": "HKD"})
    assert (settings.get("shop_name"), settings.get("currency")) == ("海浪", "HKD")
