"""Pinyin keys: the owner types 'zs', 'zhangs' or 'zhangsan' and finds 张三."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.domain.values.pinyin import (
    MAX_VARIANTS,
    SURNAME_READINGS,
    char_readings,
    name_key_sets,
    name_keys,
    sort_key,
)


def test_two_character_name_gives_full_initials_and_surname_plus_initials() -> None:
    assert name_keys("张三") == ("zhangsan", "zs", "zhangs")


def test_three_character_name_gives_full_initials_and_surname_plus_initials() -> None:
    keys = name_keys("张三丰")
    assert keys[:3] == ("zhangsanfeng", "zsf", "zhangsf")


def test_spaces_inside_a_name_are_ignored() -> None:
    assert name_keys("张 三") == name_keys("张三")


@pytest.mark.parametrize(
    ("name", "surname_reading", "everyday_reading"),
    [
        ("曾小明", "zeng", "ceng"),
        ("单田芳", "shan", "dan"),
        ("解缙", "xie", "jie"),
        ("仇英", "qiu", "chou"),
        ("区志强", "ou", "qu"),
        ("朴槿惠", "piao", "pu"),
        ("查良镛", "zha", "cha"),
    ],
)
def test_ambiguous_surname_is_indexed_with_surname_and_everyday_reading(
    name: str, surname_reading: str, everyday_reading: str
) -> None:
    keys = name_keys(name)
    assert keys[0].startswith(surname_reading), "the surname reading comes first"
    assert any(k.startswith(everyday_reading) and len(k) > len(everyday_reading) for k in keys)
    # initials under both readings too
    assert any(k == surname_reading[0] + "".join(_initials(name[1:])) for k in keys)
    assert any(k == everyday_reading[0] + "".join(_initials(name[1:])) for k in keys)


def _initials(given: str) -> list[str]:
    return [char_readings(ch)[0][0] for ch in given]


def test_surname_zeng_full_keys() -> None:
    keys = name_keys("曾小明")
    assert {"zengxiaoming", "zxm", "zengxm", "cengxiaoming", "cxm", "cengxm"} <= set(keys)


def test_both_surname_readings_kept_when_the_given_name_is_polyphonic() -> None:
    # 长 (chang/zhang) and 乐 (le/yue) multiply the variants; 曾's everyday reading must survive the cap.
    keys = name_keys("曾长乐")
    assert any(k.startswith("zeng") for k in keys)
    assert any(k.startswith("ceng") for k in keys)


def test_variants_are_capped() -> None:
    keys = name_keys("曾长乐")
    full_keys = [k for k in keys if k.endswith(("le", "yue"))]
    assert len(full_keys) <= MAX_VARIANTS


def test_every_listed_surname_reads_first_as_its_surname_reading() -> None:
    for ch, readings in SURNAME_READINGS.items():
        assert name_keys(ch + "一")[0] == readings[0] + "yi", ch


def test_compound_surname_ouyang_reads_as_one_surname() -> None:
    keys = name_keys("欧阳修")
    assert keys == ("ouyangxiu", "oyx", "ouyangx")


def test_compound_surname_zhangsun_uses_the_surname_reading_of_chang() -> None:
    assert name_keys("长孙无忌")[0] == "zhangsunwuji"


def test_two_character_name_starting_like_a_compound_surname_is_surname_plus_given() -> None:
    # 欧阳 alone is a surname 欧 and given name 阳.
    assert name_keys("欧阳")[:2] == ("ouyang", "oy")


def test_name_without_han_characters_has_no_pinyin_keys() -> None:
    assert name_keys("Tom Smith") == ()


def test_empty_name_has_no_keys() -> None:
    assert name_keys("") == ()
    assert name_keys("   ") == ()


def test_readings_are_toneless_and_use_v_for_u_umlaut() -> None:
    assert char_readings("吕")[0] == "lv"
    assert char_readings("女")[0] == "nv"


def test_non_han_character_has_no_reading() -> None:
    assert char_readings("A") == ()


# -- long names: the work grows with the name, not with its combinations of readings ----------

POLYPHONES = "行长乐重曾传朝调都还"  # every one with two or more readings


def test_a_200_character_name_of_polyphones_gives_a_few_keys() -> None:
    # Every combination of readings was expanded: 2**200 here (a 62-character name took
    # 23 GB before the kernel killed the import).
    name = (POLYPHONES * 20)[:200]
    usual, rare = name_key_sets(name)
    assert len(usual) == 3
    assert len(rare) <= 3 * (MAX_VARIANTS - 1)
    assert usual[0].startswith("xingzhangle")  # the usual reading of each character


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=POLYPHONES + "张三 A", min_size=1, max_size=200))
def test_keys_grow_with_the_name_s_length_whatever_it_holds(name: str) -> None:
    keys = name_keys(name)
    assert len(keys) <= 3 * MAX_VARIANTS
    assert sum(len(k) for k in keys) <= 3 * MAX_VARIANTS * 6 * len(name)  # six letters a syllable at most


def test_the_usual_reading_comes_first_and_rare_ones_apart() -> None:
    usual, rare = name_key_sets("张俊")
    assert usual == ("zhangjun", "zj", "zhangj")
    assert "zs" in rare  # 俊 read as 'shun': still found, but ranked below


# -- the key the list sorts names by ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("张三", "zhang san"),
        ("曾小明", "zeng xiao ming"),  # a surname's own reading
        ("欧阳修", "ou yang xiu"),
        ("长孙无忌", "zhang sun wu ji"),
        ("吕布", "lv bu"),
        ("Tom Smith", "tom smith"),
        ("ＺＨＡＮＧ Wei", "zhang wei"),  # full-width letters fold
        ("", ""),
    ],
)
def test_a_name_sorts_by_its_usual_pinyin_a_syllable_at_a_time(name: str, key: str) -> None:
    assert sort_key(name) == key


def test_names_sort_a_to_z_by_pinyin_not_by_code_point() -> None:
    names = ["丁一", "龚二", "王五", "安娜", "张三", "Zoe", "曾小明", "西安", "先生"]
    by_key = sorted(names, key=lambda n: (sort_key(n), n))
    assert by_key == ["安娜", "丁一", "龚二", "王五", "西安", "先生", "曾小明", "张三", "Zoe"]
