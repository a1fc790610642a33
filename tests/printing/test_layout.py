"""Address order by country, honorifics, and fitting text without cutting it off."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smallcrm.printing.layout import Address, address_lines, fit_lines, merge_greeting, postcode_digits


def mono(text: str, size: float) -> float:
    """A stand-in font: every character is as wide as the size (CJK-like), in mm."""
    return len(text) * size * 25.4 / 72


def test_chinese_addresses_go_big_to_small_with_the_honorific_after_the_name() -> None:
    a = Address("张伟", "M", "CN", "四川省", "成都市", "武侯区", "人民南路四段1号", "610041")
    assert address_lines(a) == ["610041", "四川省成都市武侯区", "人民南路四段1号", "张伟 先生"]
    assert address_lines(Address("李娜", "F", "中国", street="x路1号", city="北京市"))[-1] == "李娜 女士"
    assert address_lines(Address("王芳", "", "CN", city="北京市", street="x路1号"))[-1] == "王芳"


def test_a_district_that_repeats_the_city_is_not_printed_twice() -> None:
    a = Address("张伟", country="CN", province="北京市", city="北京市", district="朝阳区", street="建国路1号")
    assert address_lines(a, with_postcode=False)[0] == "北京市朝阳区"


def test_western_addresses_go_small_to_big_with_the_title_first() -> None:
    a = Address("John Smith", "M", "GB", "", "London", "", "221B Baker Street", "NW1 6XE")
    assert address_lines(a) == ["Mr John Smith", "221B Baker Street", "London, NW1 6XE", "GB"]


def test_postcode_digits_only_for_six_digit_codes() -> None:
    assert postcode_digits(Address("a", postcode="610 041")) == "610041"
    assert postcode_digits(Address("a", postcode="NW1 6XE")) == ""


def test_text_that_fits_keeps_the_largest_size() -> None:
    fitted = fit_lines(["成都市", "张伟"], 50, 30, mono, max_pt=11)
    assert fitted.size_pt == 11 and fitted.readable and fitted.lines == ("成都市", "张伟")


def test_a_long_address_wraps_before_it_gets_unreadably_small() -> None:
    long = "人民南路四段一号附一号某某小区十二栋三单元一千二百零三室"
    fitted = fit_lines(["张伟", long], 40, 30, mono, max_pt=11)
    assert fitted.readable and len(fitted.lines) > 2
    assert "".join(fitted.lines[1:]) == long  # nothing lost
    assert all(mono(line, fitted.size_pt) <= 40 for line in fitted.lines)


def test_text_that_cannot_be_read_is_flagged_not_hidden() -> None:
    fitted = fit_lines(["字" * 400], 30, 10, mono)
    assert not fitted.readable and not fitted.fits
    assert "".join(fitted.lines) == "字" * 400


@given(st.lists(st.text(alphabet="成都市人民路 Baker1号", min_size=1, max_size=60), min_size=1, max_size=6))
def test_fitting_never_drops_a_character(lines: list[str]) -> None:
    fitted = fit_lines(lines, 45, 25, mono)
    assert "".join(fitted.lines).replace(" ", "") == "".join(lines).replace(" ", "")
    if fitted.fits:
        assert all(mono(line, fitted.size_pt) <= 45 + 1e-6 for line in fitted.lines)


def test_greetings_fill_merge_fields_and_leave_other_braces() -> None:
    a = Address("张伟", "M")
    text = merge_greeting("{name}{honorific}：新春快乐！{shop} 敬贺 {unknown}", a, "蜀香茶庄")
    assert text == "张伟先生：新春快乐！蜀香茶庄 敬贺 {unknown}"
