"""One parser per kind of value (issue 15.6): gender, email, postcode and income read
the same whether they come from the form, the CLI or a spreadsheet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.domain.values.emails import parse_email
from smallcrm.domain.values.genders import parse_gender
from smallcrm.domain.values.incomes import BANDS, OTHER, band_for, parse_income, segment_key
from smallcrm.domain.values.postcodes import parse_postcode
from smallcrm.errors import ValidationError

# --- gender --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("男", "M"), ("男性", "M"), ("男士", "M"), ("先生", "M"), ("Male", "M"), ("Ｍ", "M"),
        ("女", "F"), ("女性", "F"), ("女士", "F"), ("female", "F"), ("f", "F"),
        ("", ""), ("未知", ""), ("保密", ""), ("不详", ""), ("-", ""),
    ],
)  # fmt: skip
def test_every_way_of_writing_a_gender_is_read(typed: str, stored: str) -> None:
    assert parse_gender(typed) == stored


def test_a_word_that_is_no_gender_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError, match="人妖 is not a gender") as err:
        parse_gender("人妖")
    assert err.value.field == "gender"


# --- email ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("1118495701@qq.com", "1118495701@qq.com"),
        (" Zhang.San+shop@Example.com.cn ", "Zhang.San+shop@Example.com.cn"),
        ("ｚｈａｎｇ＠１６３．ｃｏｍ", "zhang@163.com"),  # typed with a full-width input method
        ("张三@例子.中国", "张三@例子.中国"),
        ("", ""),
    ],
)
def test_an_email_address_is_kept_as_typed(typed: str, stored: str) -> None:
    assert parse_email(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["foo@", "@qq.com", "foo", "foo@qq", "foo@qq.", "a b@qq.com", "a@b@qq.com", "a@qq.com;b@163.com", "a@-x.com"],
)
def test_text_that_is_no_email_address_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not an email address") as err:
        parse_email(typed)
    assert err.value.field == "email"


@given(st.emails())
def test_any_well_formed_address_is_accepted(address: str) -> None:
    assert parse_email(address) == address


# --- postcode ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [("610041", "610041"), ("610 041", "610041"), ("６１００４１", "610041")])
def test_a_chinese_postcode_is_six_digits(typed: str, stored: str) -> None:
    assert parse_postcode(typed) == stored


@pytest.mark.parametrize("typed", ["61004", "6100411", "SW1A 1AA", "成都"])
def test_a_chinese_postcode_that_is_not_six_digits_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="a postcode in China has six digits") as err:
        parse_postcode(typed, "中国")
    assert err.value.field == "postcode"


def test_other_countries_postcodes_are_kept_as_written() -> None:
    assert parse_postcode(" SW1A 1AA ", "GB") == "SW1A 1AA"
    assert parse_postcode("94043", "US") == "94043"


# --- income --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "band"),
    [
        ("<5千", "<5千"), ("5000以下", "<5千"), ("低于5000", "<5千"), ("五千以下", "<5千"), ("under 5000", "<5千"),
        ("5千-1万", "5千-1万"), ("5000-10000", "5千-1万"), ("5k-10k", "5千-1万"), ("5000~10000元", "5千-1万"),
        ("5,000 - 10,000", "5千-1万"), ("0.5-1万", "5千-1万"),
        ("1-2万", "1-2万"), ("1万-2万", "1-2万"), ("10000-20000", "1-2万"), ("一万到两万", "1-2万"),
        ("2万以上", "2万以上"), ("20000以上", "2万以上"), ("2万+", "2万以上"), (">20000", "2万以上"),
        ("超过2万", "2万以上"), ("月收入2万以上", "2万以上"),
    ],
)  # fmt: skip
def test_each_spelling_of_a_band_is_stored_as_the_band(typed: str, band: str) -> None:
    assert band_for(typed) == band
    assert parse_income(typed) == band


@pytest.mark.parametrize("typed", ["8000", "中等", "年收入10万", "1-3万", "高", "保密"])
def test_income_that_names_no_band_is_kept_as_typed_and_counted_as_other(typed: str) -> None:
    assert parse_income(typed) == typed
    assert segment_key(parse_income(typed)) == OTHER


def test_no_income_is_not_recorded() -> None:
    assert parse_income("") == ""
    assert segment_key("") == segment_key("  ") == ""
    assert [segment_key(b) for b in BANDS] == list(BANDS)


@given(st.text(max_size=30))
def test_reading_an_income_never_fails_and_reading_it_again_changes_nothing(text: str) -> None:
    stored = parse_income(text.strip())
    assert parse_income(stored) == stored
    assert segment_key(stored) in (*BANDS, OTHER, "")
