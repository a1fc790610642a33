"""The tags the owner would have given the demo customers: VIP for the top 3 % by
revenue, old customers, members, and tags by kind of customer."""

from __future__ import annotations

from smallcrm.domain.customers import bulk
from smallcrm.domain.demo.goods import ITEMS
from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS
from smallcrm.store.models import CustomerTag, Tag

TAGS = ("VIP", "老客户", "会员", "批发", "企业客户", "送礼", "茶友", "价格敏感")
_BY_KIND = {"wholesale": "批发", "corporate": "企业客户", "gift": "送礼", "bargain": "价格敏感"}


def tag_customers(run: Run, plans: list[Plan], ids: list[int]) -> int:
    """Tag the customers (after their purchases, which decide VIP); returns how many
    of the tag names were new to the shop."""
    rng = run.rng
    buyers = [i for i, p in enumerate(plans) if p.purchases]
    top = sorted(buyers, key=lambda i: (-plans[i].revenue, i))[: max(1, len(buyers) * 3 // 100)] if buyers else []
    for i in top:
        plans[i].tags.append("VIP")
    for plan in plans:
        if plan.purchases and plan.start <= HISTORY_DAYS - 730 and not plan.churned:
            plan.tags.append("老客户")
        if plan.purchases and rng.random() < 0.3:
            plan.tags.append("会员")
        if plan.kind in _BY_KIND:
            plan.tags.append(_BY_KIND[plan.kind])
        if ITEMS[plan.favourite][1] == "茶叶" and plan.purchases >= 8:
            plan.tags.append("茶友")
    tag_ids = {}
    created_count = 0
    for name in TAGS:
        tag, created = Tag.get_or_create(name=name)
        tag_ids[name] = tag.id
        created_count += int(created)
    links = [(cid, tag_ids[t]) for plan, cid in zip(plans, ids, strict=True) for t in plan.tags]
    if links:
        bulk.insert_rows(CustomerTag, [CustomerTag.customer, CustomerTag.tag], links)
    return created_count
