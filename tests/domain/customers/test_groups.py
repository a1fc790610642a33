"""Groups of customers a festival rule or a mailing targets (``customers.groups``): all,
a tag, or a segment, written as a short text a setting can hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.domain.analysis.segments import save_segment
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.groups import group_ids, parse_group
from smallcrm.errors import ValidationError
from smallcrm.store.models import Customer

pytestmark = pytest.mark.usefixtures("crm")


def members(spec: str) -> list[str]:
    query = Customer.select(Customer.name).where(Customer.id.in_(group_ids(spec))).order_by(Customer.id)
    return [c.name for c in query]


@pytest.fixture
def shop(crm: Path) -> None:
    create_customer({"name": "张三", "city": "成都市", "tags": "VIP"})
    create_customer({"name": "李四", "city": "重庆市"})
    create_customer({"name": "王五", "city": "成都市", "tags": "VIP, 会员"})


@pytest.mark.usefixtures("shop")
def test_all_a_tag_and_a_saved_segment_name_their_customers() -> None:
    assert members("all") == ["张三", "李四", "王五"]
    assert members("tag: VIP ") == ["张三", "王五"]
    save_segment("成都", {"field": "city", "op": "eq", "value": "成都市"})
    assert members("segment:custom:成都") == ["张三", "王五"]


@pytest.mark.usefixtures("shop")
def test_a_tag_nobody_has_yet_is_an_empty_group_not_an_error() -> None:
    assert members("tag:生日会") == []


@pytest.mark.parametrize("spec", ["everyone", "tag:", "all:VIP", "segment:", ""])
def test_what_names_no_group_is_refused_saying_how_to_write_one(spec: str) -> None:
    with pytest.raises(ValidationError, match="write all or tag:NAME") as err:
        parse_group(spec)
    assert err.value.field == "group"
