"""Phone numbers typed any way a shop owner or a spreadsheet writes them match one customer."""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from smallcrm.domain.values import phones
from smallcrm.errors import ValidationError

MOBILE = "+8613812345678"


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        "138 1234 5678",
        "+86 138-1234-5678",
        "0086 13812345678",
        "１３８１２３４５６７８",  # full-width digits from a Chinese input method
        "13812345678.0",  # a number cell read as a float
        "  138-1234-5678  ",
        "(+86) 138 1234 5678",
    ],
)
def test_mobile_typed_any_way_normalises_to_e164(typed: str) -> None:
    assert phones.normalise(typed) == MOBILE


@pytest.mark.parametrize("typed", ["028-8555 1234", "(028) 8555-1234", "+86 28 8555 1234", "02885551234"])
def test_chinese_landline_with_area_code_normalises_to_e164(typed: str) -> None:
    assert phones.normalise(typed) == "+862885551234"


def test_empty_phone_is_empty_not_an_error() -> None:
    assert phones.normalise("") == ""
    assert phones.normalise("   ") == ""


def test_scientific_notation_is_rejected_with_a_message_saying_so() -> None:
    with pytest.raises(ValidationError) as err:
        phones.normalise("1.38001E+10")
    assert "scientific notation" in str(err.value)
    assert err.value.field == "phone"


def test_text_that_is_not_a_number_is_rejected() -> None:
    with pytest.raises(ValidationError, match="abc is not a phone number"):
        phones.normalise("abc")


def test_too_short_number_is_rejected() -> None:
    with pytest.raises(ValidationError, match="not a complete phone number"):
        phones.normalise("12")


@pytest.mark.parametrize("typed", ["12345", "95555", "8555 1234", "1381234567", "852 9123 4567", "+86 12345"])
def test_a_number_that_is_no_whole_number_anywhere_is_refused(typed: str) -> None:
    """Issue 15.6: '12345' was stored as '+8612345'; a landline needs its area code."""
    with pytest.raises(ValidationError, match=re.escape(f"{typed} is not a complete phone number for region CN")):
        phones.normalise(typed)


def test_error_names_the_field_it_was_given() -> None:
    with pytest.raises(ValidationError) as err:
        phones.normalise("abc", field="phone2")
    assert err.value.field == "phone2"


def test_foreign_number_with_its_own_region() -> None:
    assert phones.normalise("(650) 253-0000", region="US") == "+16502530000"


def test_international_number_keeps_its_country_whatever_the_default_region() -> None:
    assert phones.normalise("+1 650-253-0000", region="CN") == "+16502530000"


def test_eleven_digits_without_prefix_are_not_a_chinese_mobile_when_region_is_us() -> None:
    with pytest.raises(ValidationError, match="not a complete phone number for region US"):
        phones.normalise("138 1234 5678", region="US")  # nor a valid US number


def test_plus86_mobile_is_chinese_even_when_region_is_us() -> None:
    assert phones.normalise("+86 138 1234 5678", region="US") == MOBILE


def test_mixed_unicode_digits_give_ascii_e164() -> None:
    # '13' then Arabic-Indic digits: the result must still be plain ASCII digits.
    result = phones.normalise("13\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668")
    assert result == MOBILE


def test_search_digits_of_a_mobile_are_its_national_number() -> None:
    assert phones.search_digits(MOBILE) == ["13812345678"]


def test_search_digits_of_a_landline_include_the_trunk_zero() -> None:
    assert phones.search_digits("+862885551234") == ["2885551234", "02885551234"]


def test_search_digits_of_a_foreign_number_drop_the_plus() -> None:
    assert phones.search_digits("+16502530000") == ["16502530000"]


def test_search_digits_of_no_number_are_empty() -> None:
    assert phones.search_digits("") == []


def test_display_groups_a_mobile_for_reading() -> None:
    assert phones.display(MOBILE) == "138 1234 5678"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("131-5494-4632", "131 5494 4632"),
        ("+8618637004297", "186 3700 4297"),
        ("18929269931", "189 2926 9931"),
        ("86 138 1234 5678", "138 1234 5678"),
        ("(028) 8555-1234", "028 8555 1234"),
        ("+86 10 1234 5678", "010 1234 5678"),
        ("+1 415 555 0100", "+1 415-555-0100"),  # another country's number: with its code
    ],
)
def test_numbers_typed_any_way_are_shown_in_one_national_format(typed: str, shown: str) -> None:
    assert phones.display(phones.normalise(typed)) == shown


@given(second=st.sampled_from("3456789"), rest=st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_the_mobile_short_cut_shows_what_phonenumbers_shows(second: str, rest: str) -> None:
    import phonenumbers

    assume(not (second + rest).startswith("79"))  # 179xx: IP-call prefixes, no mobile range
    norm = "+861" + second + rest
    national = phonenumbers.format_number(phonenumbers.parse(norm), phonenumbers.PhoneNumberFormat.NATIONAL)
    assert phones.display(norm) == national


def test_a_shop_elsewhere_sees_a_chinese_mobile_with_its_country_code() -> None:
    assert phones.display(MOBILE, "US") == "+86 138 1234 5678"


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("86 138 1234 5678", "13812345678"),  # a bare country code, as storage reads it
        ("8613812345678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("0086 138 1234 5678", "13812345678"),
        ("028-8555 1234", "2885551234"),
        ("+86 138-1234", "1381234"),  # part of a number: its digits, less the country code
        ("0086 138", "138"),
        ("0086", "0086"),  # the last four of 130 0000 0086, not a code followed by nothing
        ("+86", "86"),
        ("8000", "8000"),
        ("86", "86"),
        ("618000", "618000"),
    ],
)
def test_the_search_reads_a_typed_number_as_storage_does(typed: str, digits: str) -> None:
    assert phones.query_digits(typed) == digits


separators = st.sampled_from(["", " ", "-", "  ", " - ", ".", "(", ")"])


@settings(deadline=None)  # first calls load lookup tables; timing is not the point
@given(
    second=st.sampled_from("3456789"),
    rest=st.text(alphabet="0123456789", min_size=9, max_size=9),
    prefix=st.sampled_from(["", "+86", "+86 ", "0086", "0086 ", "86", "(+86) "]),
    seps=st.lists(separators, min_size=11, max_size=11),
    outer=st.sampled_from(["", " ", "\t", "　"]),
)
def test_any_mobile_with_any_separators_normalises_to_the_same_value(
    second: str, rest: str, prefix: str, seps: list[str], outer: str
) -> None:
    number = "1" + second + rest
    assume(not number.startswith("179"))  # IP-call prefixes, no mobile range (test below)
    typed = prefix + "".join(d + s for d, s in zip(number, seps, strict=True))
    assert phones.normalise(outer + typed + outer) == "+86" + number


@settings(deadline=None)
@given(st.text(max_size=40))
def test_normalise_never_fails_with_anything_but_a_validation_error(text: str) -> None:
    try:
        result = phones.normalise(text)
    except ValidationError:
        return
    assert result == "" or (result.startswith("+") and result[1:].isascii() and result[1:].isdigit())


@settings(deadline=None)
@given(st.text(alphabet="0123456789 +-()./#xext转", max_size=30), st.sampled_from(["CN", "US", "GB", "HK"]))
def test_normalise_of_phone_like_text_never_fails_unexpectedly(text: str, region: str) -> None:
    with contextlib.suppress(ValidationError):
        phones.normalise(text, region=region)


@example(second="7", rest="900001000")  # found at random: phonenumbers reads 17900 as a carrier prefix
@given(second=st.sampled_from("3456789"), rest=st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_the_plain_mobile_short_cut_gives_what_phonenumbers_gives(second: str, rest: str) -> None:
    """normalise() answers an 11-digit mainland mobile without phonenumbers (most of an
    import's numbers); the library must agree on every such number."""
    import phonenumbers

    number = "1" + second + rest
    if number.startswith("179"):  # IP-call prefixes (17900, 17951 ...), not mobiles: phonenumbers decides
        assert not phones.is_plain_mobile(number)
        return
    parsed = phonenumbers.parse(number, "CN")
    assert phones.is_plain_mobile(number)
    assert phonenumbers.is_possible_number(parsed)
    assert phones.normalise(number) == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


mobile_like = st.one_of(
    st.text(max_size=14),
    st.text(alphabet="0123456789１３８", min_size=10, max_size=12),
    st.from_regex(r"1[0-9]{10}", fullmatch=True),
)


@settings(deadline=None)
@given(text=mobile_like, region=st.sampled_from(["CN", "US", "HK"]))
def test_the_short_cut_changes_no_answer(text: str, region: str) -> None:
    """A leading space bypasses the short cut (it only takes 11 characters) and is
    stripped by the general path: both must give the same number or the same error."""

    def outcome(raw: str) -> str:
        try:
            return phones.normalise(raw, region)
        except ValidationError as exc:
            return f"error {exc.template}"

    assert outcome(text) == outcome(" " + text)


# -- the one place for phone text: the '.0' tail, the country code, the spellings --------------


@pytest.mark.parametrize(
    ("cell", "text"),
    [("13812345678.0", "13812345678"), ("123.0", "123"), ("12.5", "12.5"), (".0", ".0"), ("abc.0", "abc.0")],
)
def test_a_number_cells_float_tail_is_dropped_and_nothing_else(cell: str, text: str) -> None:
    assert phones.without_float_tail(cell) == text


@pytest.mark.parametrize(
    ("norm", "national", "dialled"),
    [
        (MOBILE, "13812345678", "013812345678"),
        ("+862885551234", "2885551234", "02885551234"),
        ("+16502530000", "16502530000", "16502530000"),
        ("", "", ""),
    ],
)
def test_a_stored_number_as_the_country_knows_it_and_as_dialled(norm: str, national: str, dialled: str) -> None:
    assert phones.national(norm) == national
    assert phones.dialled(norm) == dialled


def test_a_number_written_nationally_by_our_own_code_is_stored_with_the_country_code() -> None:
    assert phones.from_national("13812345678") == MOBILE
    assert phones.from_national("02885551234") == "+862885551234"


def test_the_usual_spellings_of_a_mobile_all_mean_it() -> None:
    spellings = phones.spellings("13812345678")
    assert spellings == (
        "13812345678",
        "138-1234-5678",
        "138 1234 5678",
        "+86 138 1234 5678",
        "+8613812345678",
    )
    assert {phones.normalise(s) for s in spellings} == {MOBILE}
