"""The token string search_text_for stores: its short cuts for the common shapes (a
plain customer number, a mobile) give exactly the tokens of the general rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers import search_text
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import (
    create_customer,
    update_customer,
)
from smallcrm.domain.values import phones
from smallcrm.domain.values.pinyin import name_key_sets
from smallcrm.store.models import Customer


@given(st.text(min_size=1, max_size=12))
def test_a_customer_number_is_its_normalised_token(number: str) -> None:
    assert search_text.search_text_for({"customer_no": number}) == " ^" + search_text._token(number) + " "


@settings(deadline=None)
@given(
    st.one_of(
        st.from_regex(r"1(?:[3-689][0-9]|7[0-8])[0-9]{8}", fullmatch=True),  # mobiles (179xx is no range)
        st.from_regex(r"0[1-9][0-9]{9,10}", fullmatch=True),
        st.from_regex(r"\+1 ?[2-9][0-9]{9}", fullmatch=True),
    )
)
def test_a_phone_gives_the_digits_people_search_by(typed: str) -> None:
    try:
        norm = phones.normalise(typed)
    except phones.ValidationError:
        return
    expected = " ^" + " ^".join(d + "$" for d in phones.search_digits(norm)) + " "
    assert search_text.search_text_for({"phone_norm": norm}) == expected


@given(st.text(alphabet="张王欧阳曾单李三丰俊 Tom", min_size=1, max_size=40))
def test_a_name_gives_its_suffixes_words_and_pinyin_keys(raw: str) -> None:
    name = search_text._token(raw)
    pieces = [name[i:] for i in range(1, len(name))]
    tokens = [name] if name else []
    tokens += [
        p if len(p) <= search_text.SUFFIX_CHARS else p[: search_text.SUFFIX_CHARS] + search_text.CUT for p in pieces
    ]
    words = search_text.norm_text(raw).split()
    if len(words) > 1:
        tokens += [*words, "".join(w[0] for w in words)]
    usual, rare = name_key_sets(name)
    tokens += usual
    expected = " ^" + " ^".join(dict.fromkeys(tokens)) + " " if tokens else " ^ "
    rare = tuple(r for r in rare if r not in tokens)
    if rare:
        expected += "~" + " ~".join(rare) + " "
    assert search_text.search_text_for({"name": raw}) == expected


def test_a_rare_reading_s_keys_are_marked_apart_from_the_usual_ones() -> None:
    assert search_text.search_text_for({"name": "张俊"}) == " ^张俊 ^俊 ^zhangjun ^zj ^zhangj ~zhangshun ~zs ~zhangs "


def test_the_tokens_of_a_long_name_grow_with_its_length_not_its_square() -> None:
    name = "曾长乐重行" * 40  # 200 characters, each with two or more readings
    text = search_text.search_text_for({"name": name})
    half = search_text.search_text_for({"name": name[:100]})
    assert len(text) < 2.2 * len(half)  # (every combination of readings: 2**200 keys)
    assert " ^" + name + " " in text  # the whole name is still one token
    assert " ^乐重行曾长乐重行曾长乐重行曾长乐" + search_text.CUT + " " in text  # a later piece still starts one


def test_tokens_in_order_without_repeats() -> None:
    text = search_text.search_text_for(
        {"name": "张三", "customer_no": "C000001", "phone_norm": "+8613812345678", "city": "张三", "street": "人民路"}
    )
    assert text == " ^张三 ^三 ^zhangsan ^zs ^zhangs ^c000001 ^13812345678$ ^人民路 "


def stored_sort_keys() -> dict[str, str]:
    from smallcrm.domain.values.pinyin import sort_key

    rows = Customer.select(Customer.name, Customer.name_sort)
    return {c.name: c.name_sort for c in rows if c.name_sort != sort_key(c.name)}


@pytest.mark.usefixtures("crm")
def test_every_write_keeps_the_name_s_sort_key() -> None:
    from smallcrm.domain.customers import merge

    a = create_customer({"name": "曾小明", "phone": "13800001111"})
    b = create_customer({"name": "张三", "phone": "13800002222"})
    assert Customer.get_by_id(a.id).name_sort == "zeng xiao ming"
    update_customer(b.id, {"name": "龚二"})
    assert Customer.get_by_id(b.id).name_sort == "gong er"
    insert_customers([{"name": "丁一"}, {"name": "Tom Smith"}])
    insert_customers([{"name": "王五", "customer_no": "X1"}], validate=False)
    merge.merge_customers(a.id, b.id, {"name": "other"}, force=True)  # the kept customer takes 龚二
    assert Customer.get_by_id(a.id).name == "龚二"
    assert stored_sort_keys() == {}


@pytest.mark.usefixtures("crm")
def test_an_import_keeps_the_sort_keys_of_the_names_it_adds_and_changes(tmp_path) -> None:
    from smallcrm.sheets.importer import ImportOptions, run_import
    from tests.sheets.conftest import write_xlsx

    create_customer({"name": "张三", "phone": "13800001111"})
    sheet = write_xlsx(tmp_path / "c.xlsx", [["姓名", "手机"], ["章三", "13800001111"], ["丁一", "13800003333"]])
    result = run_import(sheet, ImportOptions(on_duplicate="overwrite"))
    assert (result.added, result.updated) == (1, 1)
    assert Customer.select().where(Customer.name_sort == "zhang san").get().name == "章三"
    assert stored_sort_keys() == {}


@pytest.mark.usefixtures("crm")
def test_the_demo_shop_has_every_sort_key() -> None:
    from smallcrm.domain import demo

    demo.generate(30, seed=3)
    assert stored_sort_keys() == {}
