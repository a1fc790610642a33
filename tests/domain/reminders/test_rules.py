"""Reminders the app makes itself: birthdays, festival greetings, complaint follow-ups,
new-customer check-ins and win-back calls; each once, however often the rules run.

"Today" is always fixed. Lunar dates are checked against published festival dates
typed in by hand (an independent source), never against the lunar library's output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm import jobs
from smallcrm import settings as shop_settings
from smallcrm.domain.customers.commands import create_customer, delete_customers, update_customer
from smallcrm.domain.records.interactions import add_interaction, resolve_complaint
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.domain.reminders import festivals as fest
from smallcrm.domain.reminders.commands import add_reminder, complete_reminder, dismiss_reminder, snooze_reminder
from smallcrm.domain.reminders.queries import due_reminders
from smallcrm.domain.reminders.rules import RULE_NAMES, birthday_window, run_rules, sql_format
from smallcrm.domain.values.birthdays import Birthday
from smallcrm.errors import UserError
from smallcrm.store.models import Interaction, Reminder

D = dt.date

SPRING_FESTIVAL = {2024: D(2024, 2, 10), 2025: D(2025, 1, 29), 2026: D(2026, 2, 17), 2027: D(2027, 2, 6)}
MID_AUTUMN = {2023: D(2023, 9, 29), 2024: D(2024, 9, 17), 2025: D(2025, 10, 6), 2026: D(2026, 9, 25)}


@pytest.fixture(autouse=True)
def only(crm: Path) -> Any:
    """Switch every rule off but the ones a test names, so each test sees one rule."""

    def switch(*rules: str) -> None:
        shop_settings.put_many({f"rule_{r}": r in rules for r in RULE_NAMES})

    return switch


def customer(name: str = "张三", **data: Any) -> int:
    return create_customer({"name": name, **data}).id


def made(rule: str | None = None) -> list[tuple[int, D, str]]:
    """(customer, due, rule_key) of the reminders the rules made, in key order."""
    query = Reminder.select().where(Reminder.rule_key.is_null(False)).order_by(Reminder.rule_key)
    if rule:
        query = query.where(Reminder.origin == f"rule:{rule}")
    return [(r.customer_id, r.due_date, r.rule_key) for r in query]


# --- birthdays --------------------------------------------------------------------------------


def test_birthday_three_days_ahead_gets_a_reminder_due_today(only: Any) -> None:
    only("birthday")
    cid = customer(birthday="1985-03-12")
    assert run_rules(D(2026, 3, 9))["by_rule"]["birthday"] == 1
    assert made() == [(cid, D(2026, 3, 9), f"birthday:{cid}:2026-03-12")]


def test_birthday_four_days_ahead_gets_none_yet(only: Any) -> None:
    only("birthday")
    customer(birthday="1985-03-12")
    assert run_rules(D(2026, 3, 8))["created"] == 0


def test_birthday_today_still_gets_a_reminder(only: Any) -> None:
    only("birthday")
    customer(birthday="--03-12")
    assert run_rules(D(2026, 3, 12))["created"] == 1


def test_running_the_rules_twice_makes_nothing_the_second_time(only: Any) -> None:
    only("birthday")
    customer(birthday="1985-03-12")
    run_rules(D(2026, 3, 9))
    assert run_rules(D(2026, 3, 9)) == {
        "created": 0,
        "by_rule": dict.fromkeys(RULE_NAMES, 0),
        "disabled": ["festival", "complaint", "new_customer", "reengage"],
        "expired": 0,
    }
    assert run_rules(D(2026, 3, 11))["created"] == 0  # the next days too: same birthday
    assert len(made()) == 1


def test_a_done_birthday_reminder_is_not_made_again(only: Any) -> None:
    only("birthday")
    customer(birthday="1985-03-12")
    run_rules(D(2026, 3, 9))
    complete_reminder(Reminder.get().id, "送了茶叶")
    assert run_rules(D(2026, 3, 10))["created"] == 0


def test_a_dismissed_or_snoozed_birthday_reminder_is_not_made_again(only: Any) -> None:
    only("birthday")
    customer("张三", birthday="1985-03-12")
    customer("李四", birthday="1990-03-12")
    run_rules(D(2026, 3, 9))
    first, second = Reminder.select().order_by(Reminder.id)
    dismiss_reminder(first.id)
    snooze_reminder(second.id, "2026-03-11")
    assert run_rules(D(2026, 3, 10))["created"] == 0


def test_next_years_birthday_gets_its_own_reminder(only: Any) -> None:
    only("birthday")
    cid = customer(birthday="1985-03-12")
    run_rules(D(2026, 3, 9))
    run_rules(D(2027, 3, 9))
    assert [key for _, _, key in made()] == [f"birthday:{cid}:2026-03-12", f"birthday:{cid}:2027-03-12"]


def test_days_ahead_follow_the_setting(only: Any) -> None:
    only("birthday")
    shop_settings.put("rule_birthday_days", 10)
    customer(birthday="1985-03-12")
    assert run_rules(D(2026, 3, 2))["created"] == 1


def test_birthday_reminder_title_names_the_customer_and_the_day(only: Any) -> None:
    only("birthday")
    customer("王芳", birthday="1985-03-12")
    run_rules(D(2026, 3, 9))
    assert Reminder.get().title == "Birthday of 王芳 on 2026-03-12"


def test_titles_are_made_in_the_callers_language(only: Any) -> None:
    only("birthday")
    customer("王芳", birthday="农历八月十五")
    zh = {"Birthday of {name} on {when}": "{name}生日：{when}", "{date} (lunar {lunar})": "{date}（农历{lunar}）"}
    run_rules(D(2026, 9, 23), translate=lambda ctx, text: zh.get(text, text))
    assert Reminder.get().title == "王芳生日：2026-09-25（农历八月十五）"


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english(only: Any) -> None:
    only("birthday")
    customer("王芳", birthday="1985-03-12")
    run_rules(D(2026, 3, 9), translate=lambda ctx, text: "{名字}生日" if "Birthday" in text else text)
    assert Reminder.get().title == "Birthday of 王芳 on 2026-03-12"


def test_a_customer_without_a_name_is_named_by_number(only: Any) -> None:
    only("birthday")
    create_customer({"phone": "13812345678", "birthday": "1985-03-12"})
    run_rules(D(2026, 3, 9))
    assert Reminder.get().title.startswith("Birthday of C000001 ")


def test_reminder_belongs_to_the_customers_staff_member(only: Any) -> None:
    only("birthday")
    customer(birthday="1985-03-12", staff="小王")
    run_rules(D(2026, 3, 9))
    assert Reminder.get().staff.name == "小王"


def test_trashed_and_churned_customers_get_no_birthday_reminders(only: Any) -> None:
    only("birthday")
    gone = customer("张三", birthday="1985-03-12")
    customer("李四", birthday="1985-03-12", churn_status="churned", churn_reason="competitive")
    delete_customers([gone])
    assert run_rules(D(2026, 3, 9))["created"] == 0


def test_customer_without_a_birthday_gets_none(only: Any) -> None:
    only("birthday")
    customer()
    assert run_rules(D(2026, 3, 9))["created"] == 0


def test_a_switched_off_rule_makes_nothing_and_is_reported(only: Any) -> None:
    only()
    customer(birthday="1985-03-12")
    result = run_rules(D(2026, 3, 9))
    assert result["created"] == 0
    assert result["disabled"] == list(RULE_NAMES)


@pytest.mark.parametrize(("year", "new_year"), sorted(SPRING_FESTIVAL.items()))
def test_lunar_new_year_birthday_lands_on_spring_festival(only: Any, year: int, new_year: D) -> None:
    only("birthday")
    cid = customer(birthday="农历正月初一")
    run_rules(new_year - dt.timedelta(days=3))
    assert made() == [(cid, new_year - dt.timedelta(days=3), f"birthday:{cid}:{new_year.isoformat()}")]


@pytest.mark.parametrize(("year", "moon"), sorted(MID_AUTUMN.items()))
def test_lunar_birthday_on_the_15th_of_the_8th_month_lands_on_mid_autumn(only: Any, year: int, moon: D) -> None:
    only("birthday")
    cid = customer(birthday="农历1960年八月十五")
    run_rules(moon - dt.timedelta(days=1))
    assert [key for _, _, key in made()] == [f"birthday:{cid}:{moon.isoformat()}"]


def test_lunar_birthday_on_the_30th_falls_on_the_29th_of_a_short_month(only: Any) -> None:
    only("birthday")
    cid = customer(birthday="农历腊月三十")
    run_rules(D(2024, 2, 6))  # lunar 2023's 12th month has a 30th: 2024-02-09
    run_rules(D(2025, 1, 25))  # lunar 2024's has 29 days: the 29th, 2025-01-28
    assert [key for _, _, key in made()] == [f"birthday:{cid}:2024-02-09", f"birthday:{cid}:2025-01-28"]


def test_leap_month_birthday_falls_in_the_leap_month_when_the_year_has_one(only: Any) -> None:
    only("birthday")
    leap = customer("闰月", birthday="农历闰二月初二")
    plain = customer("平月", birthday="农历二月初二")
    run_rules(D(2023, 3, 21))  # 2023: leap 2nd month from 2023-03-22
    run_rules(D(2023, 2, 18))  # ordinary 二月初二 (龙抬头) 2023-02-21
    assert sorted(made()) == [
        (leap, D(2023, 3, 21), f"birthday:{leap}:2023-03-23"),
        (plain, D(2023, 2, 18), f"birthday:{plain}:2023-02-21"),
    ]


@pytest.mark.parametrize(("year", "longtaitou"), [(2024, D(2024, 3, 11)), (2025, D(2025, 3, 1))])
def test_leap_month_birthday_falls_in_the_ordinary_month_in_other_years(only: Any, year: int, longtaitou: D) -> None:
    only("birthday")
    leap = customer("闰月", birthday="农历闰二月初二")
    run_rules(longtaitou - dt.timedelta(days=2))  # 二月初二 (龙抬头) of a year without a leap 2nd month
    assert [key for _, _, key in made()] == [f"birthday:{leap}:{longtaitou.isoformat()}"]


def test_leap_sixth_month_of_2025_holds_only_leap_month_birthdays(only: Any) -> None:
    only("birthday")
    leap = customer("闰月", birthday="农历闰六月初一")
    customer("平月", birthday="农历六月初一")
    run_rules(D(2025, 7, 22))  # 闰六月初一 is 2025-07-25
    assert [key for _, _, key in made()] == [f"birthday:{leap}:2025-07-25"]


def test_29_february_birthday_falls_on_the_28th_in_other_years(only: Any) -> None:
    only("birthday")
    cid = customer(birthday="1996-02-29")
    run_rules(D(2026, 2, 25))
    run_rules(D(2028, 2, 26))
    assert [key for _, _, key in made()] == [f"birthday:{cid}:2026-02-28", f"birthday:{cid}:2028-02-29"]


@settings(max_examples=300, deadline=None)
@given(
    calendar=st.sampled_from(["solar", "lunar"]),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    leap=st.booleans(),
    today=st.dates(D(1950, 1, 1), D(2090, 12, 31)),
    ahead=st.integers(0, 40),
)
def test_birthday_window_agrees_with_the_birthday_rules(
    calendar: str, month: int, day: int, leap: bool, today: D, ahead: int
) -> None:
    if calendar == "solar":
        try:
            D(2000, month, day)
        except ValueError:
            return
        leap = False
    elif day > 30:
        return
    b = Birthday(month, day, None, calendar, leap)
    next_day = b.next_occurrence(today)
    expected = next_day if (next_day - today).days <= ahead else None
    assert birthday_window(today, ahead).get((calendar, month, day, leap)) == expected


# --- festivals ----------------------------------------------------------------------------------


def test_vip_customers_get_a_greeting_reminder_before_mid_autumn(only: Any) -> None:
    only("festival")
    vip = customer("张三", tags=["VIP"])
    customer("李四")
    assert run_rules(D(2026, 9, 20))["by_rule"]["festival"] == 1
    assert made() == [(vip, D(2026, 9, 20), f"festival:{vip}:2026-09-25")]
    assert Reminder.get().title == "Mid-Autumn Festival on 2026-09-25: send 张三 greetings"


def test_festival_greeting_waits_until_n_days_before(only: Any) -> None:
    only("festival")
    customer(tags=["VIP"])
    assert run_rules(D(2026, 9, 17))["created"] == 0  # 8 days before; the default is 7


def test_the_greeted_group_follows_the_setting(only: Any) -> None:
    only("festival")
    shop_settings.put("rule_festival_group", "tag:老客户")
    customer("张三", tags=["VIP"])
    old = customer("李四", tags=["老客户"])
    run_rules(D(2026, 9, 20))
    assert [c for c, _, _ in made()] == [old]


def test_group_all_greets_every_live_customer(only: Any) -> None:
    only("festival")
    shop_settings.put("rule_festival_group", "all")
    customer("张三")
    customer("李四", churn_status="churned")
    assert run_rules(D(2026, 9, 20))["created"] == 1


def test_a_malformed_group_is_refused_and_nothing_is_made(only: Any) -> None:
    only("birthday", "festival")
    shop_settings.put("rule_festival_group", "vip")
    customer(tags=["VIP"], birthday="--09-22")
    with pytest.raises(UserError, match="not a group of customers"):
        run_rules(D(2026, 9, 20))
    assert made() == []


def test_an_owner_added_festival_gets_greetings(only: Any) -> None:
    only("festival")
    fest.add_festival("店庆", "05-18")
    vip = customer(tags=["VIP"])
    run_rules(D(2026, 5, 15))
    assert made() == [(vip, D(2026, 5, 15), f"festival:{vip}:2026-05-18")]


def test_a_built_in_festival_left_out_of_the_setting_gets_no_greetings(only: Any) -> None:
    only("festival")
    shop_settings.put("rule_festival_builtins", "spring_festival")
    customer(tags=["VIP"])
    assert run_rules(D(2026, 9, 20))["created"] == 0


def test_two_festivals_on_one_day_make_one_greeting_per_customer(only: Any) -> None:
    only("festival")
    fest.add_festival("团圆节", "农历八月十五")
    customer(tags=["VIP"])
    assert run_rules(D(2026, 9, 20))["created"] == 1


# --- complaints ---------------------------------------------------------------------------------


def complaint(cid: int, at: str) -> int:
    return add_interaction(cid, {"kind": "complaint", "summary": "包装破损", "at": at}).id


def test_open_complaint_gets_a_follow_up_after_n_days(only: Any) -> None:
    only("complaint")
    cid = customer("张三")
    iid = complaint(cid, "2026-03-01 15:00")
    assert run_rules(D(2026, 3, 3))["created"] == 0
    assert run_rules(D(2026, 3, 4))["created"] == 1
    assert made() == [(cid, D(2026, 3, 4), f"complaint:{iid}:1")]
    assert Reminder.get().title == "Follow up the complaint of 张三 from 2026-03-01: 包装破损"


def test_resolved_complaint_gets_no_follow_up(only: Any) -> None:
    only("complaint")
    iid = complaint(customer(), "2026-03-01 15:00")
    resolve_complaint(iid)
    assert run_rules(D(2026, 3, 10))["created"] == 0


def test_complaint_still_open_after_the_follow_up_gets_another(only: Any) -> None:
    only("complaint")
    iid = complaint(customer(), "2026-03-01 15:00")
    run_rules(D(2026, 3, 4))
    complete_reminder(Reminder.get().id, "客户仍不满意")
    assert run_rules(D(2026, 3, 6))["created"] == 0
    assert run_rules(D(2026, 3, 7))["created"] == 1
    assert [key for _, _, key in made()] == [f"complaint:{iid}:1", f"complaint:{iid}:2"]


def test_complaint_follow_ups_do_not_pile_up_while_one_is_open(only: Any) -> None:
    only("complaint")
    complaint(customer(), "2026-03-01 15:00")
    run_rules(D(2026, 3, 4))
    assert run_rules(D(2026, 3, 20))["created"] == 0
    assert len(made()) == 1


def test_other_interactions_get_no_follow_up(only: Any) -> None:
    only("complaint")
    add_interaction(customer(), {"kind": "visit", "at": "2026-03-01 15:00"})
    assert run_rules(D(2026, 3, 10))["created"] == 0
    assert Interaction.select().count() == 1


# --- new customers ------------------------------------------------------------------------------


def buy(cid: int, *days: str) -> None:
    for day in days:
        add_purchase(cid, {"amount": "88", "date": day, "item": "茶叶"})


def test_new_customer_gets_a_check_in_n_days_after_the_first_purchase(only: Any) -> None:
    only("new_customer")
    cid = customer("张三")
    buy(cid, "2026-03-01")
    assert run_rules(D(2026, 3, 7))["created"] == 0
    assert run_rules(D(2026, 3, 8))["created"] == 1
    assert made() == [(cid, D(2026, 3, 8), f"new_customer:{cid}")]
    assert Reminder.get().title == "Check in with new customer 张三 (first purchase 2026-03-01)"


def test_new_customer_is_checked_in_once_however_often_they_buy(only: Any) -> None:
    only("new_customer")
    cid = customer()
    buy(cid, "2026-03-01", "2026-03-05")
    run_rules(D(2026, 3, 8))
    buy(cid, "2026-03-09")
    assert run_rules(D(2026, 3, 16))["created"] == 0


def test_a_returning_customer_is_not_new(only: Any) -> None:
    only("new_customer")
    buy(customer(), "2025-06-01", "2026-03-01")
    assert run_rules(D(2026, 3, 8))["created"] == 0


def test_a_check_in_missed_while_the_app_was_closed_is_caught_up(only: Any) -> None:
    only("new_customer")
    run_rules(D(2026, 3, 7))  # the app ran, then stayed closed for two weeks
    buy(customer(), "2026-03-01")  # check-in due 2026-03-08
    assert run_rules(D(2026, 3, 22))["created"] == 1  # 14 days late: still made


def test_a_check_in_missed_for_longer_than_the_catch_up_days_is_not_made(only: Any) -> None:
    only("new_customer")
    run_rules(D(2026, 3, 7))
    buy(customer("李四"), "2026-03-01")
    assert run_rules(D(2026, 3, 23))["created"] == 0  # 15 days late: stale


def test_the_first_run_makes_no_check_ins_for_days_before_it(only: Any) -> None:
    """Issue 15, point 20: a first start on a shop with history makes today's work only."""
    only("new_customer")
    buy(customer("张三"), "2026-03-01")  # check-in day 2026-03-08, before the first run
    today = customer("李四")
    buy(today, "2026-03-03")  # check-in day 2026-03-10: today
    assert run_rules(D(2026, 3, 10))["created"] == 1
    assert [cid for cid, _due, _key in made()] == [today]


def test_the_first_run_makes_no_win_backs_for_silences_that_passed_before_it(only: Any) -> None:
    only("reengage")
    buy(customer("张三"), "2026-01-01", "2026-01-11", "2026-01-21")  # 3 x 10 days passed on 2026-02-20
    due_today = customer("李四")
    buy(due_today, "2026-01-03", "2026-01-13", "2026-01-23")  # ... on 2026-02-22
    assert run_rules(D(2026, 2, 22))["created"] == 1
    assert [cid for cid, _due, _key in made()] == [due_today]


def test_catching_up_counts_only_the_days_since_the_last_run(only: Any) -> None:
    only("new_customer")
    run_rules(D(2026, 3, 5))
    buy(customer("张三"), "2026-02-26")  # check-in day 2026-03-05: that run's day, passed
    buy(customer("李四"), "2026-02-27")  # 2026-03-06: missed while the app was closed
    assert run_rules(D(2026, 3, 8))["created"] == 1
    assert [key for _cid, _due, key in made()] == [f"new_customer:{customer_id('李四')}"]


def customer_id(name: str) -> int:
    from smallcrm.store.models import Customer

    return int(Customer.get(Customer.name == name).id)


# --- re-engagement ------------------------------------------------------------------------------


def test_quiet_customer_gets_a_win_back_reminder_after_three_usual_intervals(only: Any) -> None:
    only("reengage")
    cid = customer("张三")
    buy(cid, "2026-01-01", "2026-01-11", "2026-01-21")  # every 10 days
    assert run_rules(D(2026, 2, 19))["created"] == 0  # 29 days quiet
    assert run_rules(D(2026, 2, 20))["created"] == 1  # 30 days: 3 x 10
    assert made() == [(cid, D(2026, 2, 20), f"reengage:{cid}:2026-01-21")]
    assert Reminder.get().title == "Win back 张三: no purchase since 2026-01-21"


def test_a_usual_interval_of_a_fraction_of_a_day_falls_due_on_the_next_whole_day(only: Any) -> None:
    """Three times 10.5 days is 31.5: the win-back is due once 32 days have passed. It
    was never made when the rules ran every day (the silence, a whole number of days,
    never equalled 31.5)."""
    only("reengage")
    cid = customer("张三")
    buy(cid, "2026-01-01", "2026-01-11", "2026-01-22")  # 21 days over two intervals: 10.5
    assert run_rules(D(2026, 2, 22))["created"] == 0  # 31 days quiet
    assert run_rules(D(2026, 2, 23))["created"] == 1  # 32 days: past 31.5
    assert made() == [(cid, D(2026, 2, 23), f"reengage:{cid}:2026-01-22")]


def test_the_factor_follows_the_setting(only: Any) -> None:
    only("reengage")
    shop_settings.put("rule_reengage_factor", 2)
    buy(customer(), "2026-01-01", "2026-01-11", "2026-01-21")
    assert run_rules(D(2026, 2, 10))["created"] == 1


def test_several_items_on_one_day_count_as_one_purchase(only: Any) -> None:
    only("reengage")
    buy(customer(), "2026-01-01", "2026-01-01", "2026-01-01", "2026-01-11")  # two purchase days, 10 apart
    assert run_rules(D(2026, 2, 9))["created"] == 0
    assert run_rules(D(2026, 2, 10))["created"] == 1


def test_a_customer_with_one_purchase_day_has_no_usual_interval(only: Any) -> None:
    only("reengage")
    buy(customer(), "2025-01-01", "2025-01-01")
    assert run_rules(D(2025, 6, 1))["created"] == 0


def test_a_usual_interval_shorter_than_a_week_counts_as_a_week(only: Any) -> None:
    only("reengage")
    buy(customer(), "2026-01-01", "2026-01-02")
    assert run_rules(D(2026, 1, 22))["created"] == 0  # 20 days: not yet 3 weeks
    assert run_rules(D(2026, 1, 23))["created"] == 1


def test_a_new_purchase_starts_a_new_count(only: Any) -> None:
    only("reengage")
    cid = customer()
    buy(cid, "2026-01-01", "2026-01-11", "2026-01-21")
    run_rules(D(2026, 2, 20))
    buy(cid, "2026-02-25")  # came back: the usual interval is now 55 / 3 days
    assert run_rules(D(2026, 4, 20))["created"] == 0  # 54 days quiet
    assert run_rules(D(2026, 4, 21))["created"] == 1  # 55 days: 3 x 55 / 3
    assert [key for _, _, key in made()] == [f"reengage:{cid}:2026-01-21", f"reengage:{cid}:2026-02-25"]


def test_a_long_lapsed_customer_is_not_flagged_on_first_run(only: Any) -> None:
    only("reengage")
    buy(customer(), "2024-01-01", "2024-01-11", "2024-01-21")
    assert run_rules(D(2026, 3, 1))["created"] == 0  # long past the catch-up days


# --- days that have passed ------------------------------------------------------------------------


def test_a_birthday_already_passed_is_not_overdue(only: Any) -> None:
    """Issue 15, point 20: the greeting nobody sent is dismissed with a note the day after."""
    only("birthday")
    customer(birthday="1985-03-12")
    run_rules(D(2026, 3, 9))
    assert due_reminders("overdue", today=D(2026, 3, 12)) != []  # on the day: still to do
    result = run_rules(D(2026, 3, 13))
    assert result["expired"] == 1
    assert due_reminders("overdue", today=D(2026, 3, 13)) == []
    r = Reminder.get()
    assert (r.status, r.outcome) == ("dismissed", "The day has passed")


def test_a_passed_festival_greeting_is_dismissed_but_a_snoozed_birthday_stays(only: Any) -> None:
    only("birthday", "festival")
    cid = customer(birthday="--09-22", tags=["VIP"])
    run_rules(D(2026, 9, 20))  # mid-autumn 2026-09-25 and the birthday on the 22nd
    birthday = Reminder.get(Reminder.origin == "rule:birthday")
    snooze_reminder(birthday.id, "2026-09-30")
    assert run_rules(D(2026, 9, 26))["expired"] == 1
    assert Reminder.get(Reminder.origin == "rule:festival").status == "dismissed"
    assert Reminder.get_by_id(birthday.id).status == "snoozed"
    assert Reminder.get(Reminder.origin == "rule:festival").customer_id == cid


def test_the_passed_days_note_is_in_the_callers_language(only: Any) -> None:
    only("birthday")
    customer(birthday="1985-03-12")
    run_rules(D(2026, 3, 9))
    run_rules(D(2026, 3, 13), translate=lambda _context, text: {"The day has passed": "日子已过"}.get(text, text))
    assert Reminder.get().outcome == "日子已过"


def test_a_manual_birthday_reminder_is_left_to_the_owner(only: Any) -> None:
    only("birthday")
    cid = customer()
    add_reminder({"customer": cid, "due": "2026-03-01", "title": "生日", "kind": "birthday"})
    assert run_rules(D(2026, 3, 13))["expired"] == 0
    assert Reminder.get().status == "open"


# --- the run as a whole -------------------------------------------------------------------------


def test_all_rules_report_their_counts(only: Any) -> None:
    only(*RULE_NAMES)
    cid = customer("张三", birthday="--09-22", tags=["VIP"])
    buy(cid, "2026-09-13")
    complaint(cid, "2026-09-17 10:00")
    result = run_rules(D(2026, 9, 20))
    assert result == {
        "created": 4,
        "by_rule": {"birthday": 1, "festival": 1, "complaint": 1, "new_customer": 1, "reengage": 0},
        "disabled": [],
        "expired": 0,
    }


def test_progress_is_reported_per_rule(only: Any) -> None:
    only("birthday", "festival")
    calls: list[tuple[int, int]] = []
    run_rules(D(2026, 9, 20), progress=lambda done, total, message="": calls.append((done, total)))
    assert calls == [(0, 2), (1, 2), (2, 2)]


def test_cancelling_rolls_back_every_rule(only: Any) -> None:
    only("birthday", "festival")
    customer(birthday="--09-22", tags=["VIP"])
    token = jobs.CancelToken()

    def cancel_after_first(done: int, total: int, message: str = "") -> None:
        if done == 1:
            token.cancel()

    with pytest.raises(jobs.Cancelled):
        run_rules(D(2026, 9, 20), progress=cancel_after_first, cancel=token)
    assert made() == []


def test_editing_a_customers_birthday_makes_a_reminder_for_the_new_day(only: Any) -> None:
    only("birthday")
    cid = customer(birthday="--09-22")
    run_rules(D(2026, 9, 20))
    update_customer(cid, {"birthday": "--09-23"})
    assert run_rules(D(2026, 9, 20))["created"] == 1


def test_a_day_outside_the_lunar_calendar_is_refused(only: Any) -> None:
    with pytest.raises(UserError, match="outside the years"):
        run_rules(D(2150, 1, 1))


def test_sql_format_fills_placeholders_in_order() -> None:
    from peewee import SqliteDatabase, Value

    expr = sql_format("{a}-{b}!", "", {"a": "x", "b": Value("y")})
    assert SqliteDatabase(":memory:").execute_sql("SELECT " + _sql(expr)[0], _sql(expr)[1]).fetchone() == ("x-y!",)


def _sql(node: Any) -> tuple[str, list[Any]]:
    from peewee import SqliteDatabase

    return SqliteDatabase(":memory:").get_sql_context().sql(node).query()
