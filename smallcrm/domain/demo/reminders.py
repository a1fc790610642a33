"""The demo shop's reminders as a working shop has them: callbacks overdue, due today
and this week, a few done with their outcome, customers to win back, new customers'
first callbacks, good customers' birthdays, and the festivals to prepare for."""

from __future__ import annotations

import datetime as dt
from typing import Any

from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS, this_year
from smallcrm.store.models import Reminder

FIELDS = [
    Reminder.customer,
    Reminder.due_date,
    Reminder.due_time,
    Reminder.title,
    Reminder.kind,
    Reminder.recur_every,
    Reminder.recur_unit,
    Reminder.status,
    Reminder.outcome,
    Reminder.origin,
    Reminder.staff,
    Reminder.created_at,
    Reminder.done_at,
]  # the columns of the rows the functions below make

CALLBACK_TOPICS = (
    "询问新茶口感", "确认中秋礼盒数量", "通知普洱到货", "问问上次的铁观音喝完没有", "邀请参加品茶会",
    "确认春节礼盒送货时间", "介绍新到的白茶",
)  # fmt: skip
CUSTOM_TITLES = ("给{name}留两饼2019年的普洱", "{name}预订的龙井到货后通知", "给{name}寄茶样", "帮{name}开发票")
OUTCOMES = ("客户很满意", "没接电话，改天再打", "客户下周来店", "已下单", "客户暂时不需要")


class _Rows:
    """Reminder rows (of FIELDS) being made, each with a time of day, a creation day
    before it is due and, when done, the day it was done."""

    def __init__(self, run: Run) -> None:
        self.rng = run.rng
        self.today = run.cal.today
        self.rows: list[tuple[Any, ...]] = []

    def add(
        self,
        cid: int | None,
        due: dt.date,
        title: str,
        kind: str,
        staff: int | None,
        *,
        status: str = "open",
        outcome: str = "",
        every: int = 0,
        unit: str = "",
    ) -> None:
        rng = self.rng
        due_time = rng.choice(("", "", "", "10:00", "14:30", "16:00"))
        created = min(self.today, due) - dt.timedelta(days=rng.randint(1, 20))
        done = dt.datetime(due.year, due.month, due.day, 17) if status == "done" else None
        self.rows.append(
            (cid, due, due_time, title, kind, every, unit, status, outcome, "manual", staff,
             dt.datetime(created.year, created.month, created.day, 9, 30), done)
        )  # fmt: skip


def customer_reminders(run: Run, plans: list[Plan], ids: list[int]) -> list[tuple[Any, ...]]:
    """The customers' reminders, rows of FIELDS."""
    rng = run.rng
    cal = run.cal
    today = cal.today
    last = HISTORY_DAYS
    out = _Rows(run)
    add = out.add
    for plan, cid in zip(plans, ids, strict=True):
        r = rng.random()
        name = plan.name
        if plan.kind == "potential":
            if plan.start >= last - 30 and r < 0.5:
                add(
                    cid,
                    cal.date(min(last + 7, plan.start + 7)),
                    f"潜在客户{name}：回访并寄茶样",
                    "new_customer",
                    plan.staff,
                )
            continue
        if plan.churned:
            continue
        if plan.end >= last - 120:
            _active_customer(run, plan, cid, r, out)
        elif rng.random() < 0.15:
            months = (last - plan.end) // 30
            due = today + dt.timedelta(days=rng.randint(-5, 10))
            add(cid, due, f"{name}已{months}个月没来，打电话问候", "reengage", plan.staff)
        if plan.start >= last - 30 and rng.random() < 0.5:
            add(cid, cal.date(plan.start) + dt.timedelta(days=7), f"新客户{name}首次回访", "new_customer", plan.staff)
        if plan.birthday and plan.birthday[2] == "solar" and plan.revenue >= 200_000:
            when = this_year(today, plan.birthday[0], plan.birthday[1])
            if when < today:
                when = this_year(today.replace(year=today.year + 1, month=1, day=1), *plan.birthday[:2])
            if (when - today).days <= 14:
                title = f"{name}生日（{when.month}月{when.day}日），准备祝福"
                add(cid, when - dt.timedelta(days=2), title, "birthday", plan.staff)
    return out.rows


def _active_customer(run: Run, plan: Plan, cid: int, r: float, out: _Rows) -> None:
    """A customer who bought in the last four months: a callback (open or done), a
    promise to keep, a wholesaler's monthly samples."""
    rng = run.rng
    today = run.cal.today
    name = plan.name
    if r < 0.04:
        due = today + dt.timedelta(days=rng.choice((-20, -9, -3, -1, 0, 0, 0, 1, 2, 3, 5, 7, 14)))
        out.add(cid, due, f"回访{name}：{rng.choice(CALLBACK_TOPICS)}", "callback", plan.staff)
    elif r < 0.05:
        due = today + dt.timedelta(days=rng.randint(1, 30))
        out.add(cid, due, rng.choice(CUSTOM_TITLES).format(name=name), "custom", plan.staff)
    elif r < 0.08:
        due = today - dt.timedelta(days=rng.randint(7, 300))
        out.add(cid, due, f"回访{name}：{rng.choice(CALLBACK_TOPICS)}", "callback", plan.staff,
                status="done", outcome=rng.choice(OUTCOMES))  # fmt: skip
    if plan.kind == "wholesale" and rng.random() < 0.5:
        out.add(cid, today + dt.timedelta(days=rng.randint(0, 30)), f"给{name}送月度茶样", "custom", plan.staff,
                every=1, unit="months")  # fmt: skip


def festival_reminders(run: Run) -> list[tuple[Any, ...]]:
    """The shop's yearly preparations: mooncake boxes before Mid-Autumn, the Spring
    Festival cards, the 11 November sale; rows of FIELDS."""
    cal = run.cal
    out = _Rows(run)
    autumn = cal.next_festival(8, 15, lunar=True)
    spring = cal.next_festival(1, 1, lunar=True)
    out.add(None, autumn - dt.timedelta(days=40), "中秋月饼礼盒备货", "festival", None, every=1, unit="years")
    out.add(
        None, spring - dt.timedelta(days=25), "确认春节贺卡名单，开始手写贺卡", "festival", None, every=1, unit="years"
    )
    out.add(None, cal.next_festival(11, 1, lunar=False), "双十一活动商品上架", "festival", None, every=1, unit="years")
    return out.rows
