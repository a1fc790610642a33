"""E-mail addresses: kept as typed when well formed, refused with the field named when not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.domain.values.emails import parse_email
from smallcrm.errors import ValidationError


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
