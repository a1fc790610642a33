"""One-line Chinese addresses split into province, city, district, street and postcode:
right where the text says it, whole where it does not, and never a character lost."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.domain.values.addresses import AddressParts, split_address

DATA = Path(__file__).resolve().parents[3] / "tests" / "data" / "addresses_zh.tsv"


def _cases() -> list[tuple[str, str, AddressParts]]:
    cases = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        category, text, *parts = line.split("\t")
        cases.append((category, text, AddressParts(*parts)))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("category", "text", "expected"), CASES, ids=[f"{c}-{t}" for c, t, _ in CASES])
def test_each_address_of_the_test_set_splits_as_a_person_would(
    category: str, text: str, expected: AddressParts
) -> None:
    assert split_address(text) == expected


def test_the_test_set_covers_what_shops_write() -> None:
    categories = {c for c, _t, _e in CASES}
    assert {"full", "noprov", "short", "muni", "county", "auto", "postcode", "missing", "trap", "ambig"} <= categories
    assert len(CASES) >= 200


def test_a_road_named_after_a_city_is_not_a_city() -> None:
    # The library alone makes 中山市 of 中山路 and leaves '路100号' as the street.
    assert split_address("中山路100号") == AddressParts(street="中山路100号")
    assert split_address("南京市鼓楼区中山路321号").street == "中山路321号"


def test_a_district_that_several_cities_have_is_not_guessed() -> None:
    assert split_address("朝阳区建国路88号") == AddressParts(street="朝阳区建国路88号")
    assert split_address("北京朝阳区建国路88号").city == "北京市"


def test_text_before_the_place_names_keeps_the_address_whole() -> None:
    text = "收货地址：四川省成都市锦江区红星路"
    assert split_address(text) == AddressParts(street=text)


def test_a_municipality_is_its_own_city_and_a_county_level_city_under_a_province_is_the_city() -> None:
    assert split_address("上海黄浦区南京东路299号") == AddressParts("上海市", "上海市", "黄浦区", "南京东路299号")
    assert split_address("湖北省仙桃市沔阳大道139号") == AddressParts("湖北省", "仙桃市", "", "沔阳大道139号")


def test_a_postcode_stays_in_the_text_when_asked() -> None:
    assert split_address("四川省成都市武侯区人民南路四段1号 610041", postcode=False) == AddressParts(
        "四川省", "成都市", "武侯区", "人民南路四段1号 610041"
    )


# -- nothing is lost ----------------------------------------------------------------------------

PLACES = ["广东省", "广东", "深圳市", "深圳", "南山区", "北京市", "北京", "朝阳区", "内蒙古", "新疆", "仙桃市"]
PLACES += ["鼓楼区", "中山", "南京", "香港", "东方", "吉林", "吉林市", "重庆市", "江北区", "成都", "武侯区"]
ROADS = ["人民路", "中山路", "北京东路", "南京西路", "朝阳北路", "科技园南路", "解放大道", "东方明珠塔", "新华小区"]
BITS = st.one_of(
    st.sampled_from(PLACES),
    st.sampled_from(ROADS),
    st.sampled_from([" ", "，", "-", "、", "　", "(", ")", "（邮编：", "）", "邮编", "中国", "号", "栋", "单元"]),
    st.integers(0, 9999999).map(str),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=4),
)
_DROPPABLE = re.compile(r"中华人民共和国|中国|邮政编码|邮编|[\s,，;；、:：\-—_/|·.()（）\[\]【】]")


def _without_decoration(text: str) -> str:
    """What the split may leave out: separators, brackets, the country and the 邮编 label."""
    return _DROPPABLE.sub("", unicodedata.normalize("NFKC", text))


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@settings(max_examples=400, deadline=None)
@given(st.lists(BITS, max_size=8).map("".join))
def test_no_character_of_an_address_is_lost(text: str) -> None:
    """Whatever the text, its characters come back in order from the parts (the
    province before the city before the district before the street; a postcode may
    have come from either end); a name written short comes back in full."""
    parts = split_address(text)
    joined = parts.province + parts.city + parts.district + parts.street
    kept = _without_decoration(text)
    left = [kept]
    if parts.postcode:  # taken from the start, the end, or after 邮编: any one occurrence
        assert len(parts.postcode) == 6 and parts.postcode.isascii() and parts.postcode.isdigit()
        at = [i for i in range(len(kept)) if kept.startswith(parts.postcode, i)]
        left = [kept[:i] + kept[i + 6 :] for i in at]
    assert any(_is_subsequence(k, _without_decoration(joined)) for k in left), (text, parts)
    if not parts.split:
        assert parts.street.strip() == parts.street
