"""The demo customers' rows and hidden stories: who they are (name, gender, birthday,
phones, address, profile, source, staff, consent), how they buy, and whether they left
the shop and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from borax.calendars.lunardate import LCalendars

from smallcrm import jobs
from smallcrm.domain.demo.duplicates import entered_twice
from smallcrm.domain.demo.goods import CHANNELS, ITEM_TABLES, KINDS
from smallcrm.domain.demo.names import person_name
from smallcrm.domain.demo.phone_numbers import fresh_mobile, second_phone, typed
from smallcrm.domain.demo.picker import Picker
from smallcrm.domain.demo.places import fill_address
from smallcrm.domain.demo.plan import Plan, buying_window
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS, is_leap_year
from smallcrm.domain.demo.staff import STAFF

CHUNK = 2000  # customers between progress reports and cancel checks

OCCUPATIONS: tuple[tuple[str, float], ...] = (
    ("企业职员", 18), ("个体户", 12), ("教师", 8), ("公务员", 6), ("医生", 4), ("护士", 3), ("工程师", 6),
    ("销售", 6), ("会计", 4), ("退休", 12), ("企业主", 4), ("自由职业", 4), ("司机", 2), ("厨师", 2),
    ("设计师", 2), ("律师", 1), ("学生", 2), ("家庭主妇", 4), ("", 10),
)  # fmt: skip
INCOME_BANDS: tuple[tuple[str, float], ...] = (("<5千", 22), ("5千-1万", 38), ("1-2万", 22), ("2万以上", 8), ("", 10))
FAMILIES = ("", "", "已婚，一个孩子", "已婚，两个孩子", "单身", "已婚", "三代同堂", "孩子在外地上学", "老两口")
PREFERENCES = (
    "", "", "喜欢绿茶", "爱喝普洱", "偏好铁观音", "喜欢坚果零食", "只喝明前茶", "喜欢礼盒装", "爱喝花茶",
    "喜欢四川特产", "不吃辣", "喜欢白茶", "收藏老普洱",
)  # fmt: skip
HABITS = (
    "", "", "节前集中采购", "每月固定买茶", "常买来送礼", "只买打折商品", "线上下单为主", "周末到店",
    "喜欢先试喝再买", "一次买够一年的量",
)  # fmt: skip
NOTES = (
    "要求开发票", "只接受周末送货", "喜欢聊天，每次来都坐很久", "对价格比较敏感", "是老板的老同学",
    "送货前先打电话", "家里有老人，送货上楼", "公司采购，联系人是行政",
)  # fmt: skip
SOURCES: tuple[tuple[str, float], ...] = (
    ("门店", 34), ("朋友介绍", 20), ("微信", 15), ("抖音", 8), ("美团", 7), ("大众点评", 5), ("淘宝", 5),
    ("小红书", 3), ("展会", 3),
)  # fmt: skip
# Where a customer usually orders, by how they found the shop.
CHANNEL_OF_SOURCE = {
    "门店": "门店", "朋友介绍": "门店", "微信": "微信", "抖音": "抖音", "美团": "美团", "大众点评": "门店",
    "淘宝": "淘宝", "小红书": "微信", "展会": "电话",
}  # fmt: skip

CHURN_NOTES = {
    "natural": (
        "搬家去外地了", "孩子出国后老人不再买茶", "退休后回老家养老", "医生让少喝茶", "公司解散，不再需要团购礼品",
    ),
    "competitive": (
        "对面新开的茶叶店价格更低", "转去网上旗舰店买了", "朋友推荐了别家的普洱", "在抖音直播间下单更便宜",
        "超市促销时买了", "公司换了礼品供应商",
    ),
    "fault": (
        "上次月饼礼盒送晚了两天，很不满意", "买到的茶叶受潮，处理不及时", "觉得店员态度冷淡",
        "价格比上次贵了，觉得被宰", "快递包装破损，退换麻烦", "预订的新茶没留，答应的事没做到",
    ),
}  # fmt: skip
CHURN_REASONS: tuple[tuple[str, float], ...] = (("natural", 20), ("competitive", 45), ("fault", 35))

_OCCUPATIONS = Picker(OCCUPATIONS)
_INCOMES = Picker(INCOME_BANDS)
_SOURCES = Picker(SOURCES)
_KINDS = Picker(KINDS)
_REASONS = Picker(CHURN_REASONS)


def make_customers(
    run: Run, n: int, staff_ids: list[int], report: Callable[[int], None], cancel: jobs.CancelToken
) -> tuple[list[Plan], list[dict[str, Any]]]:
    """``n`` customers: their stories and their rows as ``insert_customers`` takes
    them (already clean). One in 200 is a customer entered a second time, as happens
    at a busy counter. ``report(i)`` is called every CHUNK customers."""
    rng = run.rng
    duplicates = n // 200 if n >= 200 else 0
    staff_picker = Picker([*zip(staff_ids, (w for _, w in STAFF), strict=True), (None, 8)])
    plans: list[Plan] = []
    rows: list[dict[str, Any]] = []
    for i in range(n - duplicates):
        if i and i % CHUNK == 0:
            cancel.check()
            report(i)
        kind = _KINDS.pick(rng)
        plan, row = _customer(run, kind, staff_picker.pick(rng))
        plans.append(plan)
        rows.append(row)
    originals = [i for i, r in enumerate(rows) if r["street"]]
    for _ in range(duplicates):
        j = rng.choice(originals)
        plan, row = entered_twice(run, plans[j], rows[j], staff_picker.pick(rng))
        plans.append(plan)
        rows.append(row)
    return plans, rows


def _customer(run: Run, kind: str, staff: int | None) -> tuple[Plan, dict[str, Any]]:
    rng = run.rng
    r = rng.random()
    gender = "" if r < 0.03 else ("F" if r < 0.58 else "M")
    name, surname = person_name(run, gender)
    digits, norm = fresh_mobile(run)
    row: dict[str, Any] = {
        "name": name,
        "gender": gender,
        "birth_calendar": "solar",
        "birth_year": None,
        "birth_month": None,
        "birth_day": None,
        "birth_leap": False,
        "phone": typed(run, digits),
        "phone_norm": norm,
        "phone2": "",
        "phone2_norm": "",
    }
    birthday = _birthday(run, row)
    potential = kind == "potential"
    has_address = rng.random() < (0.45 if potential else 0.9)
    area = fill_address(run, row, has_address)
    phone2, phone2_norm = second_phone(run, area)
    if phone2:
        row["phone2"], row["phone2_norm"] = phone2, phone2_norm
    _profile(run, kind, row, digits)
    source = _SOURCES.pick(rng)
    row["source"] = source
    row["staff"] = staff
    consent = has_address and rng.random() < 0.87
    row["mail_consent"] = consent

    start, end, purchases = buying_window(run, kind)
    local = row["province"] == "四川省"
    channel = CHANNEL_OF_SOURCE[source] if rng.random() < 0.8 else rng.choice(CHANNELS)
    if channel == "门店" and not local:  # met the shop on a visit to Chengdu, reorders from home
        channel = "微信"
    plan = Plan(
        kind=kind,
        start=start,
        end=end,
        purchases=purchases,
        staff=staff,
        channel=channel,
        favourite=ITEM_TABLES[kind if not potential else "regular"][0].pick(rng),
        name=name,
        surname=surname,
        gender=gender,
        mail_consent=consent,
        birthday=birthday,
        local=local,
    )
    churned_on = _churn(run, plan, row)
    _stamps(run, plan, row, churned_on)
    return plan, row


def _profile(run: Run, kind: str, row: dict[str, Any], digits: str) -> None:
    """WeChat, e-mail, occupation, income, family, preferences, habits and notes."""
    rng = run.rng
    r = rng.random()
    row["wechat"] = digits if r < 0.25 else (f"wxid_{rng.randrange(16**10):010x}" if r < 0.45 else "")
    row["email"] = f"{rng.randint(10**5, 10**10)}@qq.com" if rng.random() < 0.08 else ""
    occupation = "企业主" if kind in ("wholesale", "corporate") else _OCCUPATIONS.pick(rng)
    row.update(
        occupation=occupation,
        income_band=_INCOMES.pick(rng),
        family=rng.choice(FAMILIES),
        preferences=rng.choice(PREFERENCES),
        buying_habits="节前集中采购" if kind == "gift" else rng.choice(HABITS),
        notes=rng.choice(NOTES) if rng.random() < 0.06 else "",
    )
    if kind == "corporate":
        row["notes"] = "公司采购，联系人是行政"
    elif kind == "wholesale":
        row["notes"] = rng.choice(("开茶馆，批量进货", "开餐馆，长期订茶", "开民宿，给客人备茶"))


def _churn(run: Run, plan: Plan, row: dict[str, Any]) -> dt.date | None:
    """Whether a customer who stopped buying over a year ago has been marked as lost,
    why and when; returns that day (None for a customer still counted active)."""
    rng = run.rng
    churned_on = None
    if plan.kind != "potential" and plan.end <= HISTORY_DAYS - 366 and rng.random() < 0.55:
        plan.churned = True
        plan.churn_reason = _REASONS.pick(rng)
        churned_on = run.cal.date(min(HISTORY_DAYS, plan.end + rng.randint(60, 240)))
    row.update(
        churn_status="churned" if plan.churned else "active",
        churn_reason=plan.churn_reason,
        churn_note=rng.choice(CHURN_NOTES[plan.churn_reason]) if plan.churned else "",
        churned_on=churned_on,
    )
    return churned_on


def _stamps(run: Run, plan: Plan, row: dict[str, Any], churned_on: dt.date | None) -> None:
    """When the customer was entered and last changed."""
    rng = run.rng
    cal = run.cal
    # The customer was entered shortly before the first purchase; 'old customers'
    # were in the books before these three years of records.
    if plan.start == 0 and plan.kind != "potential" and rng.random() < 0.8:
        created = cal.first - dt.timedelta(days=rng.randint(30, 1500))
    else:
        created = cal.date(max(0, plan.start - rng.randint(0, 14)))
    stamp = dt.datetime(created.year, created.month, created.day) + rng.choice(run.times)
    row["created_at"] = stamp
    row["updated_at"] = dt.datetime(churned_on.year, churned_on.month, churned_on.day, 18) if churned_on else stamp


def _birthday(run: Run, row: dict[str, Any]) -> tuple[int, int, str] | None:
    """Fill the birthday columns (most solar, some lunar, some without a year, none
    for a few); returns (month, day, calendar) or None."""
    rng = run.rng
    today = run.cal.today
    if rng.random() < 0.15:
        return None
    age = int(rng.triangular(18, 82, 42))
    year: int | None = today.year - age
    if rng.random() < 0.15:
        year = None
    calendar = "solar"
    leap = False
    month = rng.randint(1, 12)
    if rng.random() < 0.1:
        calendar = "lunar"
        day = rng.randint(1, 29)  # every lunar month has a 29th
        if year is not None and rng.random() < 0.05 and LCalendars.leap_month(year):
            month, leap = LCalendars.leap_month(year), True
    else:
        days = (31, 29 if year is not None and is_leap_year(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
        day = rng.randint(1, days[month - 1])  # at 18 or older the date is never in the future
    row.update(birth_calendar=calendar, birth_year=year, birth_month=month, birth_day=day, birth_leap=leap)
    return month, day, calendar
