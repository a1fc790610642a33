"""The demo customers' contacts with the shop: visits (only for customers near the
shop), calls, messages, feedback with its satisfaction, notes, complaints (the cause of
a fault churn among them), the owner's handwritten cards and birthday wishes to the
best customers, and the questions of customers who have not bought yet."""

from __future__ import annotations

from typing import Any

from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS, this_year
from smallcrm.store.models import Interaction

FIELDS = [
    Interaction.customer,
    Interaction.at,
    Interaction.kind,
    Interaction.satisfaction,
    Interaction.summary,
    Interaction.staff,
    Interaction.status,
    Interaction.resolved_at,
    Interaction.created_at,
]  # the columns of the rows interaction_rows makes

VISITS = (
    "到店试喝新到的明前龙井", "到店挑选送长辈的礼盒", "带朋友来店里喝茶", "到店咨询普洱的存放方法",
    "路过进店看看，买了点零食", "来店里取预订的茶叶",
)  # fmt: skip
CALLS = (
    "电话回访，询问上次买的普洱口感", "电话通知中秋礼盒已到货", "客户来电询问快递进度", "电话确认送货地址",
    "客户来电预订春节礼盒", "电话邀请参加周末品茶会",
)  # fmt: skip
MESSAGES = (
    "微信发送新茶上市信息", "客户微信咨询白茶价格", "微信发送会员活动通知", "客户微信发来收货照片",
    "微信确认订单和付款", "朋友圈点赞并咨询礼盒",
)  # fmt: skip
INQUIRIES = (
    "微信咨询礼盒价格，还没下单",
    "抖音私信问能否寄到外地",
    "电话咨询企业团购报价",
    "展会上留了电话，想了解普洱",
)
FEEDBACK = {
    5: ("对茶叶品质非常满意，说会推荐给朋友", "夸送货及时，包装很好", "送人的礼盒对方很喜欢", "说店员讲茶讲得很专业"),
    4: ("觉得茶不错，希望多些小包装", "总体满意，建议增加试饮装", "满意，希望会员活动多一些", "东西好，就是停车不方便"),
    3: ("觉得价格偏高，品质还行", "口感一般，和上次的不太一样", "包装太大，不方便携带", "还行，希望能送货上门"),
    2: ("送货慢了，有点不高兴", "礼盒包装有压痕", "等了很久才有人接待", "说网上同款更便宜"),
    1: ("对服务很不满意，说不会再来了", "茶叶有异味，要求退货", "答应的赠品没给", "电话打了三次都没人回"),
}
COMPLAINTS = (
    "快递送晚了三天，礼没送成", "月饼礼盒少了一盒", "茶叶受潮结块", "店员结账时态度不好", "发票一直没开",
    "坚果有几颗坏的", "会员价没有按承诺给", "送货上门没提前打电话",
)  # fmt: skip
NOTE_TEXTS = (
    "客户说下个月去外地，回来再联系", "客户想要2019年的老普洱，留意一下", "客户女儿下月结婚，可能要喜茶",
    "客户血糖高，推荐无糖糕点", "客户单位年底要发福利，可以报团购价", "客户喜欢浓香型铁观音，不要清香型",
    "客户换了新手机号，已更新", "客户家里老人爱喝花茶",
)  # fmt: skip


def interaction_rows(run: Run, plan: Plan, cid: int, staff_ids: list[int], out: list[tuple[Any, ...]]) -> None:
    """Append customer ``cid``'s contacts to ``out`` (rows of FIELDS), most with the
    customer's own staff member."""
    rng = run.rng
    rand = rng.random
    cal = run.cal
    times = run.times
    last = HISTORY_DAYS
    staff = plan.staff if plan.staff is not None and rand() < 0.85 else staff_ids[int(rand() * len(staff_ids))]

    def add(day: int, kind: str, summary: str, sat: int | None = None, status: str = "", done: int = -1) -> None:
        at = cal.midnight[day] + times[int(rand() * 97)]
        resolved = cal.midnight[done] + times[int(rand() * 97)] if done >= 0 else None
        out.append((cid, at, kind, sat, summary, staff, status, resolved, at))

    if plan.kind == "potential":
        if rand() < 0.7:
            add(plan.start, "message" if rand() < 0.6 else "call", rng.choice(INQUIRIES))
        return
    start, end = plan.start, plan.end
    count = min(12, int(rng.expovariate(1 / 2.2)))
    for _ in range(count):
        day = start + int(rand() * (end - start + 1))
        r = rand()
        if r < 0.25 and plan.local:
            add(day, "visit", rng.choice(VISITS))
        elif r < 0.5:  # the visits of customers far away are calls
            add(day, "call", rng.choice(CALLS))
        elif r < 0.78:
            add(day, "message", rng.choice(MESSAGES))
        elif r < 0.95:
            low = plan.kind == "bargain" or plan.churn_reason == "fault"
            sat = rng.choice((1, 2, 3, 3, 4)) if low else rng.choice((5, 5, 5, 5, 4, 4, 4, 3, 3, 2))
            add(day, "feedback", rng.choice(FEEDBACK[sat]), sat)
        else:
            add(day, "note", rng.choice(NOTE_TEXTS))
    if plan.churn_reason == "fault":  # what drove them away, recorded shortly before they left
        day = max(start, end - rng.randint(0, 20))
        if rand() < 0.7:
            add(
                day,
                "complaint",
                rng.choice(COMPLAINTS),
                status="resolved",
                done=min(last, day + rng.randint(1, 10)),
            )
        else:
            add(day, "complaint", rng.choice(COMPLAINTS), status="open")
    elif rand() < 0.03:
        day = start + int(rand() * (end - start + 1))
        if (day >= last - 30 and rand() < 0.6) or rand() < 0.05:  # recent, or old and never closed
            add(day, "complaint", rng.choice(COMPLAINTS), status="open")
        else:
            add(day, "complaint", rng.choice(COMPLAINTS), status="resolved", done=min(last, day + rng.randint(1, 6)))
    if plan.revenue >= 500_000 and plan.mail_consent and not plan.churned:  # the owner's handwritten cards
        for day in cal.card_days:
            if start <= day:
                add(day, "greeting", "春节手写贺卡已寄出")
        if plan.birthday and plan.birthday[2] == "solar":
            day = (this_year(cal.today, plan.birthday[0], plan.birthday[1]) - cal.first).days
            if start <= day <= last:
                add(day, "greeting", "生日祝福已通过微信发送")
