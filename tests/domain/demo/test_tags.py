"""The tags the owner would have given: a few VIPs, old customers, members, by kind."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.tags import TAGS, tag_customers
from smallcrm.store.models import CustomerTag, Tag
from tests.domain.demo.conftest import TODAY, N


def test_customers_are_tagged_vip_old_customer_member_and_by_kind(demo: dict[str, int]) -> None:
    tags = Counter(name for (name,) in Tag.select(Tag.name).join(CustomerTag).tuples())
    assert {"VIP", "老客户", "会员", "批发"} <= set(tags)
    assert tags["VIP"] < 0.05 * N


def test_the_best_customer_by_revenue_is_vip_and_tags_already_there_are_reused(crm: Path) -> None:
    Tag.create(name="VIP")
    plans = [Plan("regular", 0, 900, 5, None, "门店", 0, f"客户{i}", "客", "F", False) for i in range(3)]
    for i, plan in enumerate(plans):
        plan.revenue = [100, 900, 300][i]
    ids = insert_customers([{"name": p.name, "phone": f"1380000000{i}"} for i, p in enumerate(plans)])
    created = tag_customers(Run.start(1, TODAY), plans, ids)
    assert created == len(TAGS) - 1
    vip = Tag.get(Tag.name == "VIP")
    assert [link.customer_id for link in CustomerTag.select().where(CustomerTag.tag == vip)] == [ids[1]]
