"""Reminders: call back, greet, follow up; done with an outcome, recurring, snoozed, dismissed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain import reminders as rm
from smallcrm.domain.customers import create_customer, delete_customers
from smallcrm.domain.interactions import list_interactions
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Reminder

D = dt.date


@pytest.fixture
def cid(crm: Path) -> int:
    return create_customer({"name": "张三"}).id


def test_reminder_is_added_open_for_its_customer(cid: int) -> None:
    r = rm.add_reminder({"customer": cid, "due": "2026-03-01", "due_time": "9:05", "title": "回访"})
    d = rm.reminder_dict(r)
    assert (d["due"], d["due_time"], d["status"], d["customer_name"], d["kind"]) == (
        "2026-03-01",
        "09:05",
        "open",
        "张三",
        "callback",
    )


def test_reminder_without_a_customer_is_allowed(crm: Path) -> None:
    assert rm.add_reminder({"due": "2026-03-01", "title": "进货"}).customer_id is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": "回访"}, "due"),
        ({"due": "2026-03-01"}, "title"),
        ({"due": "2026-03-01", "title": "  "}, "title"),
        ({"due": "2026-02-30", "title": "回访"}, "due"),
        ({"due": "2026-03-01", "title": "回访", "due_time": "25:00"}, "due_time"),
        ({"due": "2026-03-01", "title": "回访", "kind": "party"}, "kind"),
        ({"due": "2026-03-01", "title": "回访", "every": "fortnightly"}, "every"),
        ({"due": "2026-03-01", "title": "回访", "priority": "high"}, "priority"),
    ],
)
def test_bad_reminder_is_refused_naming_the_field(crm: Path, data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        rm.add_reminder(data)
    assert err.value.field == field
    assert Reminder.select().count() == 0


def test_reminder_for_an_unknown_or_trashed_customer_is_refused(cid: int) -> None:
    with pytest.raises(UserError):
        rm.add_reminder({"customer": 999, "due": "2026-03-01", "title": "回访"})
    delete_customers([cid])
    with pytest.raises(UserError):
        rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})


def test_completing_with_an_outcome_logs_a_note_on_the_customer(cid: int) -> None:
    r = rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    done, follow = rm.complete_reminder(r.id, " 客户很满意 ")
    assert (done.status, done.outcome, follow) == ("done", "客户很满意", None)
    assert done.done_at is not None
    notes = list_interactions(cid)
    assert [(n["kind"], n["summary"]) for n in notes] == [("note", "回访: 客户很满意")]


def test_completing_without_an_outcome_logs_nothing(cid: int) -> None:
    r = rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    rm.complete_reminder(r.id)
    assert list_interactions(cid) == []


def test_monthly_reminder_on_the_31st_next_falls_on_the_last_day_of_february(cid: int) -> None:
    r = rm.add_reminder({"customer": cid, "due": "2026-01-31", "title": "月度回访", "every": "1 months"})
    _, follow = rm.complete_reminder(r.id)
    assert follow is not None
    assert (follow.due_date, follow.status, follow.title) == (D(2026, 2, 28), "open", "月度回访")
    assert (follow.recur_every, follow.recur_unit, follow.customer_id) == (1, "months", cid)


def test_yearly_reminder_comes_back_next_year(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-05-20", "title": "周年", "every": "yearly"})
    _, follow = rm.complete_reminder(r.id)
    assert follow is not None and follow.due_date == D(2027, 5, 20)


def test_yearly_reminder_on_feb_29_falls_on_feb_28(crm: Path) -> None:
    r = rm.add_reminder({"due": "2028-02-29", "title": "生日", "every": "1 years"})
    _, follow = rm.complete_reminder(r.id)
    assert follow is not None and follow.due_date == D(2029, 2, 28)


def test_weekly_and_daily_reminders_move_by_days(crm: Path) -> None:
    weekly = rm.add_reminder({"due": "2026-12-28", "title": "周报", "every": "2 weeks"})
    daily = rm.add_reminder({"due": "2026-12-31", "title": "日结", "every": "daily"})
    _, next_week = rm.complete_reminder(weekly.id)
    _, next_day = rm.complete_reminder(daily.id)
    assert next_week is not None and next_week.due_date == D(2027, 1, 11)
    assert next_day is not None and next_day.due_date == D(2027, 1, 1)


def test_completing_twice_does_not_spawn_a_second_follow_up(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-01-01", "title": "回访", "every": "1 months"})
    rm.complete_reminder(r.id)
    with pytest.raises(UserError, match="already done"):
        rm.complete_reminder(r.id)
    assert Reminder.select().count() == 2


@pytest.mark.parametrize(
    ("typed", "every", "unit"),
    [("3 months", 3, "months"), ("1 week", 1, "weeks"), ("Yearly", 1, "years"), ("", 0, ""), ("10 days", 10, "days")],
)
def test_recurrence_is_read_in_words(typed: str, every: int, unit: str) -> None:
    assert rm.parse_recurrence(typed) == {"recur_every": every, "recur_unit": unit}


@pytest.mark.parametrize("typed", ["0 days", "-1 days", "2 decades", "every week", "months", "1.5 months", "3"])
def test_bad_recurrence_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        rm.parse_recurrence(typed)
    assert err.value.field == "every"


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),
        (D(2026, 3, 31), 1, D(2026, 4, 30)),
        (D(2026, 11, 15), 3, D(2027, 2, 15)),
        (D(2026, 12, 31), 12, D(2027, 12, 31)),
    ],
)
def test_add_months_keeps_the_day_clamped_to_the_month_end(start: D, months: int, expected: D) -> None:
    assert rm.add_months(start, months) == expected


def test_snooze_moves_the_due_date(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-03-01", "title": "回访"})
    snoozed = rm.snooze_reminder(r.id, "2026-03-08")
    assert (snoozed.due_date, snoozed.status) == (D(2026, 3, 8), "snoozed")


def test_snooze_to_a_bad_date_is_refused(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-03-01", "title": "回访"})
    with pytest.raises(ValidationError):
        rm.snooze_reminder(r.id, "someday")
    assert rm.get_reminder(r.id).due_date == D(2026, 3, 1)


def test_dismissed_reminder_is_closed_without_a_follow_up(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-03-01", "title": "回访", "every": "1 months"})
    dismissed = rm.dismiss_reminder(r.id)
    assert dismissed.status == "dismissed"
    assert dismissed.done_at is not None
    assert Reminder.select().count() == 1


def test_edit_changes_title_and_due(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-03-01", "title": "回访"})
    edited = rm.edit_reminder(r.id, {"title": "送贺卡", "due": "2026/2/10", "kind": "festival"})
    assert (edited.title, edited.due_date, edited.kind) == ("送贺卡", D(2026, 2, 10), "festival")


def test_unknown_reminder_is_a_user_error(crm: Path) -> None:
    with pytest.raises(UserError, match="There is no reminder with id 999"):
        rm.complete_reminder(999)


def test_list_for_a_customer_is_in_due_order(cid: int) -> None:
    rm.add_reminder({"customer": cid, "due": "2026-05-01", "title": "二"})
    rm.add_reminder({"customer": cid, "due": "2026-04-01", "title": "一"})
    assert [r["title"] for r in rm.list_reminders(cid)] == ["一", "二"]


def test_due_today_and_overdue_windows(cid: int) -> None:
    today = D(2026, 3, 10)
    rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "过期"})
    rm.add_reminder({"customer": cid, "due": "2026-03-10", "title": "今天"})
    rm.add_reminder({"customer": cid, "due": "2026-03-15", "title": "本周"})
    rm.add_reminder({"customer": cid, "due": "2026-04-15", "title": "下月"})
    done = rm.add_reminder({"customer": cid, "due": "2026-03-10", "title": "已办"})
    rm.complete_reminder(done.id)
    assert [r["title"] for r in rm.due_reminders("today", today=today)] == ["今天"]
    assert [r["title"] for r in rm.due_reminders("overdue", today=today)] == ["过期"]
    assert [r["title"] for r in rm.due_reminders("week", today=today)] == ["过期", "今天", "本周"]


def test_reminders_of_trashed_customers_are_not_due(cid: int) -> None:
    rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    delete_customers([cid])
    assert rm.due_reminders("all", today=D(2026, 3, 1)) == []


def test_unknown_due_window_is_refused(crm: Path) -> None:
    with pytest.raises(ValidationError):
        rm.due_reminders("someday", today=D(2026, 3, 1))


# --- repeating series keep their day; closed reminders stay closed; what the list shows ---


def _complete_n(reminder_id: int, n: int) -> list[D]:
    dues = []
    for _ in range(n):
        _, follow = rm.complete_reminder(reminder_id)
        assert follow is not None
        dues.append(follow.due_date)
        reminder_id = follow.id
    return dues


def test_monthly_reminder_on_the_31st_returns_to_the_31st_after_february(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-01-31", "title": "月结", "every": "1 months"})
    assert _complete_n(r.id, 3) == [D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)]


def test_yearly_reminder_on_feb_29_returns_to_the_29th_in_leap_years(crm: Path) -> None:
    r = rm.add_reminder({"due": "2028-02-29", "title": "闰日", "every": "yearly"})
    assert _complete_n(r.id, 4) == [D(2029, 2, 28), D(2030, 2, 28), D(2031, 2, 28), D(2032, 2, 29)]


def test_snoozing_one_occurrence_does_not_shift_the_series(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-03-10", "title": "周会", "every": "1 weeks"})
    rm.snooze_reminder(r.id, "2026-03-12")
    _, follow = rm.complete_reminder(r.id)
    assert follow is not None and follow.due_date == D(2026, 3, 17)


def test_editing_the_due_date_starts_the_series_on_the_new_day(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-01-31", "title": "月结", "every": "1 months"})
    rm.edit_reminder(r.id, {"due": "2026-01-15"})
    assert _complete_n(r.id, 1) == [D(2026, 2, 15)]


@pytest.mark.parametrize("status", ["done", "dismissed"])
def test_a_closed_reminder_cannot_be_snoozed(crm: Path, status: str) -> None:
    r = rm.add_reminder({"due": "2026-03-01", "title": "回访"})
    (rm.complete_reminder if status == "done" else rm.dismiss_reminder)(r.id)
    with pytest.raises(UserError, match=f"Reminder {r.id} (is already done|was dismissed)"):
        rm.snooze_reminder(r.id, "2026-03-08")
    assert (rm.get_reminder(r.id).status, rm.get_reminder(r.id).due_date) == (status, D(2026, 3, 1))


def test_a_dismissed_repeating_reminder_cannot_be_done_into_a_new_occurrence(crm: Path) -> None:
    r = rm.add_reminder({"due": "2026-03-01", "title": "回访", "every": "1 months"})
    rm.dismiss_reminder(r.id)
    with pytest.raises(UserError, match="was dismissed"):
        rm.complete_reminder(r.id)
    assert Reminder.select().count() == 1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("tomorrow", D(2026, 3, 11)), ("next week", D(2026, 3, 17)), ("+3", D(2026, 3, 13)), ("明天", D(2026, 3, 11))],
)
def test_snooze_to_a_day_relative_to_today(crm: Path, typed: str, expected: D) -> None:
    r = rm.add_reminder({"due": "2026-03-10", "title": "回访"})
    assert rm.snooze_reminder(r.id, typed, today=D(2026, 3, 10)).due_date == expected


def test_done_on_a_pinned_day_logs_the_outcome_on_that_day(cid: int) -> None:
    r = rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    done, _ = rm.complete_reminder(r.id, "已联系", today=D(2026, 3, 2))
    assert done.done_at.date() == D(2026, 3, 2)
    assert list_interactions(cid)[0]["at"].startswith("2026-03-02")


def test_due_list_shows_the_customers_phone_and_last_purchase(cid: int) -> None:
    from smallcrm.domain.customers import update_customer
    from smallcrm.domain.purchases import add_purchase

    update_customer(cid, {"phone": "138 1234 5678"})
    add_purchase(cid, {"amount": "128.80", "date": "2026-01-05", "item": "普洱"})
    add_purchase(cid, {"amount": "66", "date": "2026-02-01", "item": "龙井"})
    rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    (row,) = rm.due_reminders("all", today=D(2026, 3, 1))
    assert row["customer_phone"] == "138 1234 5678"
    assert row["last_purchase"] == {"date": "2026-02-01", "item": "龙井", "amount_cents": 6600}


def test_due_list_for_a_customer_who_never_bought_has_no_last_purchase(cid: int) -> None:
    rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    assert rm.due_reminders("all", today=D(2026, 3, 1))[0]["last_purchase"] is None


def test_due_list_filters_by_kind(cid: int) -> None:
    rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    rm.add_reminder({"customer": cid, "due": "2026-03-01", "title": "生日", "kind": "birthday"})
    assert [r["title"] for r in rm.due_reminders("all", today=D(2026, 3, 1), kind="birthday")] == ["生日"]


def test_due_list_filters_by_the_responsible_staff_member(crm: Path) -> None:
    mine = create_customer({"name": "张三", "staff": "小王"}).id
    theirs = create_customer({"name": "李四", "staff": "小李"}).id
    rm.add_reminder({"customer": mine, "due": "2026-03-01", "title": "张三回访"})
    rm.add_reminder({"customer": theirs, "due": "2026-03-01", "title": "李四回访", "staff": "小王"})
    rm.add_reminder({"customer": theirs, "due": "2026-03-01", "title": "李四生日"})
    titles = [r["title"] for r in rm.due_reminders("all", today=D(2026, 3, 1), staff="小王")]
    assert titles == ["张三回访", "李四回访"]


def test_due_list_refuses_an_unknown_staff_member(crm: Path) -> None:
    with pytest.raises(ValidationError, match="no staff member 老板"):
        rm.due_reminders("all", today=D(2026, 3, 1), staff="老板")


@pytest.mark.parametrize(("due", "every"), [(dt.date(9999, 12, 31), "1 days"), (dt.date(2024, 1, 1), "99999999 years")])
def test_a_series_whose_next_date_is_past_the_calendar_ends_when_its_last_one_is_done(
    cid: int, due: dt.date, every: str
) -> None:
    r = rm.add_reminder({"customer": cid, "due": due, "title": "回访", "every": every})
    done, follow = rm.complete_reminder(r.id)
    assert done.status == "done" and follow is None
