"""Customers entered twice, the way it happens at a busy counter: the duplicates
finder and the merge need some to show."""

from __future__ import annotations

from typing import Any

from smallcrm.domain.demo.phone_numbers import fresh_mobile
from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS
from smallcrm.domain.values import phones


def entered_twice(run: Run, plan: Plan, row: dict[str, Any], staff: int | None) -> tuple[Plan, dict[str, Any]]:
    """The same person entered twice, the way it happens at a busy counter: the same
    phone typed differently without the address, a new phone with the same name and
    street, or only the surname and a title with the same phone. The copy was entered
    lately and has bought at most twice."""
    rng = run.rng
    dup = dict(row)
    digits, dashed, spaced, _international, _with_code = phones.spellings(phones.national(row["phone_norm"]))
    r = rng.random()
    if r < 0.5:  # same phone typed differently, entered again without the address
        dup["phone"] = dashed if row["phone"] == digits else digits
        dup.update(street="", district="", postcode="", mail_consent=False)
    elif r < 0.8:  # changed phone number; same name and street
        d2, n2 = fresh_mobile(run)
        dup.update(phone=d2, phone_norm=n2)
    else:  # only the surname and a title, same phone
        dup["name"] = plan.surname + ("先生" if plan.gender == "M" else "女士")
        dup["phone"] = spaced
    dup.update(
        staff=staff,
        wechat="",
        email="",
        notes="",
        churn_status="active",
        churn_reason="",
        churn_note="",
        churned_on=None,
        birth_calendar="solar",
        birth_year=None,
        birth_month=None,
        birth_day=None,
        birth_leap=False,
    )
    start = HISTORY_DAYS - rng.randint(0, 300)
    stamp = run.cal.midnight[start] + rng.choice(run.times)
    dup["created_at"] = dup["updated_at"] = stamp
    copy = Plan(
        kind="regular",
        start=start,
        end=start,
        purchases=rng.randint(0, 2),
        staff=staff,
        channel="门店",
        favourite=plan.favourite,
        name=dup["name"],
        surname=plan.surname,
        gender=plan.gender,
        mail_consent=dup["mail_consent"],
        local=plan.local,
    )
    if copy.purchases == 2:
        copy.end = min(HISTORY_DAYS, start + rng.randint(1, 60))
    return copy, dup
