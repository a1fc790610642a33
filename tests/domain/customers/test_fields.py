"""A customer's fields as the form, the CLI and an import write them: each one cleaned,
checked and refused with the field named (``customers.fields``)."""

from __future__ import annotations

import pytest

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import (
    create_customer,
    update_customer,
)
from smallcrm.domain.customers.fields import clean_fields
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.customers.search import search
from smallcrm.errors import ValidationError
from smallcrm.store.models import Customer

pytestmark = pytest.mark.usefixtures("crm")


def count() -> int:
    return Customer.select().count()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "张三", "gender": "unknown"}, "gender"),
        ({"name": "张三", "birthday": "1985年2月30日"}, "birthday"),
        ({"name": "张三", "phone": "abc"}, "phone"),
        ({"name": "张三", "phone2": "1.38001E+10"}, "phone2"),
        ({"name": "张三", "favourite_colour": "red"}, "favourite_colour"),
        ({"name": "张三", "mail_consent": "maybe"}, "mail_consent"),
        ({"name": "张三", "churn_status": "sleeping"}, "churn_status"),
        ({"name": "张三", "churn_reason": "bored"}, "churn_reason"),
        ({"name": "张三", "churned_on": "yesterday"}, "churned_on"),
        ({"name": "张" * 2001}, "name"),
        ({"notes": "no name, no phone"}, "name"),
        ({"name": "张三", "phone": "12345"}, "phone"),  # was stored as '+8612345'
        ({"name": "张三", "email": "foo@"}, "email"),
        ({"name": "张三", "postcode": "61004"}, "postcode"),  # was dropped later by the mailing
    ],
)
def test_invalid_customer_is_refused_naming_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        create_customer(data)
    assert err.value.field == field
    assert count() == 0


def test_unknown_field_error_says_there_is_no_such_field() -> None:
    with pytest.raises(ValidationError, match="There is no customer field favourite_colour"):
        create_customer({"name": "张三", "favourite_colour": "red"})


def test_customer_without_name_or_phone_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least a name or a phone number"):
        create_customer({"name": "  ", "city": "成都"})


def test_customer_with_only_a_phone_is_accepted() -> None:
    c = create_customer({"phone": "13812345678"})
    assert c.name == ""
    assert c.phone_norm == "+8613812345678"


@pytest.mark.parametrize(("typed", "stored"), [("男", "M"), ("女士", "F"), ("f", "F"), ("Male", "M"), ("", "")])
def test_gender_written_in_chinese_or_english_is_stored_as_m_or_f(typed: str, stored: str) -> None:
    assert create_customer({"name": "张三", "gender": typed}).gender == stored


def test_the_form_reads_the_genders_an_import_reads() -> None:
    """The importer accepted 男性 and 未知 and the form did not (issue 15.6)."""
    assert [create_customer({"name": n, "gender": g}).gender for n, g in (("a", "男性"), ("b", "未知"))] == ["M", ""]


def test_identifiers_typed_full_width_are_stored_as_ascii_and_prose_as_typed() -> None:
    """NFKC for identifiers and contact details, NFC for prose: the import's rule."""
    c = create_customer({"name": "ＡＢＣ", "wechat": "ｗｘ１２３", "email": "ａ＠ｂ．ｃｎ", "notes": "①㎡"})
    assert (c.name, c.wechat, c.email, c.notes) == ("ABC", "wx123", "a@b.cn", "①㎡")


def test_an_income_that_spells_a_band_is_stored_as_the_band_and_other_text_as_typed() -> None:
    assert create_customer({"name": "a", "income_band": "5000-10000"}).income_band == "5千-1万"
    assert create_customer({"name": "b", "income_band": " 中等 "}).income_band == "中等"


def test_a_postcode_abroad_is_kept_as_written_also_when_only_the_postcode_is_edited() -> None:
    c = create_customer({"name": "John", "country": "US", "postcode": "94043"})
    assert update_customer(c.id, {"postcode": "10001"}).postcode == "10001"
    assert create_customer({"name": "张三", "postcode": "610 041"}).postcode == "610041"


def test_new_customer_keeps_phone_as_typed_and_normalised() -> None:
    c = create_customer({"name": "张三", "phone": " 138 1234 5678 "})
    assert c.phone == "138 1234 5678"
    assert c.phone_norm == "+8613812345678"


def test_birthday_is_stored_as_parts() -> None:
    c = create_customer({"name": "张三", "birthday": "农历1990年正月初八"})
    assert (c.birth_calendar, c.birth_year, c.birth_month, c.birth_day, c.birth_leap) == ("lunar", 1990, 1, 8, False)


def test_country_defaults_to_cn_and_is_upper_cased() -> None:
    assert create_customer({"name": "A", "country": ""}).country == "CN"
    assert create_customer({"name": "B", "country": "us"}).country == "US"


POLYPHONE_NAME = ("行长乐重曾传朝调都还" * 20)[:200]  # 200 characters, each with several readings


def test_a_name_of_200_polyphones_is_saved_and_found_by_its_usual_reading() -> None:
    # Every combination of readings was expanded (2**200): the save never finished.
    c = create_customer({"name": POLYPHONE_NAME, "phone": "13800001111"})
    assert get_customer(c.id).name == POLYPHONE_NAME
    assert [h["id"] for h in search("xingzhangle").hits] == [c.id]
    update_customer(c.id, {"name": POLYPHONE_NAME[::-1]})
    assert [h["id"] for h in search(POLYPHONE_NAME[-20:][::-1]).hits] == [c.id]


def test_a_name_longer_than_200_characters_is_refused_saying_so() -> None:
    with pytest.raises(ValidationError) as err:
        create_customer({"name": POLYPHONE_NAME + "张"})
    assert err.value.field == "name"
    assert "200 characters" in str(err.value)
    assert count() == 0


def test_a_customer_number_longer_than_50_characters_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        create_customer({"name": "张三", "customer_no": "C" * 51})
    assert err.value.field == "customer_no"


def test_a_bulk_insert_of_long_names_stores_them_all() -> None:
    ids = insert_customers([{"name": POLYPHONE_NAME[i:] + POLYPHONE_NAME[:i]} for i in range(50)])
    assert len(ids) == 50
    assert search("xingzhangle").total >= 1


@pytest.mark.parametrize("typed", ["VIP,老客户", "VIP，老客户", "VIP、老客户", "VIP; 老客户", " VIP ；老客户 "])
def test_tags_typed_with_a_chinese_comma_or_enumeration_mark_are_two_tags(typed: str) -> None:
    assert clean_fields({"tags": typed})["tags"] == ["VIP", "老客户"]


@pytest.mark.usefixtures("crm")
def test_a_staff_member_of_spaces_only_is_no_staff_member_not_a_nameless_one() -> None:
    from smallcrm.store.models import Staff

    assert clean_fields({"name": "张三", "staff": "   "})["staff"] is None
    assert Staff.select().count() == 0
