"""The token string search_text_for stores: its short cuts for the common shapes (a
plain customer number, a mobile) give exactly the tokens of the general rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.domain import search
from smallcrm.domain.values import phones
from smallcrm.domain.values.pinyin import name_key_sets


@given(st.text(min_size=1, max_size=12))
def test_a_customer_number_is_its_normalised_token(number: str) -> None:
    assert search.search_text_for({"customer_no": number}) == " ^" + search._token(number) + " "


@settings(deadline=None)
@given(
    st.one_of(
        st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
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
    assert search.search_text_for({"phone_norm": norm}) == expected


@given(st.text(alphabet="张王欧阳曾单李三丰俊 Tom", min_size=1, max_size=40))
def test_a_name_gives_its_suffixes_words_and_pinyin_keys(raw: str) -> None:
    name = search._token(raw)
    pieces = [name[i:] for i in range(1, len(name))]
    tokens = [name] if name else []
    tokens += [p if len(p) <= search.SUFFIX_CHARS else p[: search.SUFFIX_CHARS] + search.CUT for p in pieces]
    words = search._norm(raw).split()
    if len(words) > 1:
        tokens += [*words, "".join(w[0] for w in words)]
    usual, rare = name_key_sets(name)
    tokens += usual
    expected = " ^" + " ^".join(dict.fromkeys(tokens)) + " " if tokens else " ^ "
    rare = tuple(r for r in rare if r not in tokens)
    if rare:
        expected += "~" + " ~".join(rare) + " "
    assert search.search_text_for({"name": raw}) == expected


def test_a_rare_reading_s_keys_are_marked_apart_from_the_usual_ones() -> None:
    assert search.search_text_for({"name": "张俊"}) == " ^张俊 ^俊 ^zhangjun ^zj ^zhangj ~zhangshun ~zs ~zhangs "


def test_the_tokens_of_a_long_name_grow_with_its_length_not_its_square() -> None:
    name = "曾长乐重行" * 40  # 200 characters, each with two or more readings
    text = search.search_text_for({"name": name})
    half = search.search_text_for({"name": name[:100]})
    assert len(text) < 2.2 * len(half)  # (every combination of readings: 2**200 keys)
    assert " ^" + name + " " in text  # the whole name is still one token
    assert " ^乐重行曾长乐重行曾长乐重行曾长乐" + search.CUT + " " in text  # a later piece still starts one


def test_tokens_in_order_without_repeats() -> None:
    text = search.search_text_for(
        {"name": "张三", "customer_no": "C000001", "phone_norm": "+8613812345678", "city": "张三", "street": "人民路"}
    )
    assert text == " ^张三 ^三 ^zhangsan ^zs ^zhangs ^c000001 ^13812345678$ ^人民路 "
