"""Reminders: call back, greet, follow up; done with an outcome, recurring, snoozed, dismissed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer, delete_customers
from smallcrm.domain.records.interactions import list_interactions
from smallcrm.domain.reminders.commands import (
    add_reminder,
    complete_reminder,
    dismiss_reminder,
    edit_reminder,
    get_reminder,
    snooze_reminder,
)
from smallcrm.domain.reminders.queries import list_reminders, reminder_dict
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Reminder

D = dt.date


@pytest.fixture
def cid(crm: Path) -> int:
    return create_customer({"name": "张三"}).id


def test_reminder_is_added_open_for_its_customer(cid: int) -> None:
    r = add_reminder({"customer": cid, "due": "2026-03-01", "due_time": "9:05", "title": "回访"})
    d = reminder_dict(r)
    assert (d["due"], d["due_time"], d["status"], d["customer_name"], d["kind"]) == (
        "2026-03-01",
        "09:05",
        "open",
        "张三",
        "callback",
    )


def test_reminder_without_a_customer_is_allowed(crm: Path) -> None:
    assert add_reminder({"due": "2026-03-01", "title": "进货"}).customer_id is None


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
        add_reminder(data)
    assert err.value.field == field
    assert Reminder.select().count() == 0


def test_reminder_for_an_unknown_or_trashed_customer_is_refused(cid: int) -> None:
    with pytest.raises(UserError):
        add_reminder({"customer": 999, "due": "2026-03-01", "title": "回访"})
    delete_customers([cid])
    with pytest.raises(UserError):
        add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})


def test_completing_with_an_outcome_logs_a_note_on_the_customer(cid: int) -> None:
    r = add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    done, follow = complete_reminder(r.id, " 客户很满意 ")
    assert (done.status, done.outcome, follow) == ("done", "客户很满意", None)
    assert done.done_at is not None
    notes = list_interactions(cid)
    assert [(n["kind"], n["summary"]) for n in notes] == [("note", "回访: 客户很满意")]


def test_completing_without_an_outcome_logs_nothing(cid: int) -> None:
    r = add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    complete_reminder(r.id)
    assert list_interactions(cid) == []


def test_completing_twice_does_not_spawn_a_second_follow_up(crm: Path) -> None:
    r = add_reminder({"due": "2026-01-01", "title": "回访", "every": "1 months"})
    complete_reminder(r.id)
    with pytest.raises(UserError, match="already done"):
        complete_reminder(r.id)
    assert Reminder.select().count() == 2


def test_snooze_moves_the_due_date(crm: Path) -> None:
    r = add_reminder({"due": "2026-03-01", "title": "回访"})
    snoozed = snooze_reminder(r.id, "2026-03-08")
    assert (snoozed.due_date, snoozed.status) == (D(2026, 3, 8), "snoozed")


def test_snooze_to_a_bad_date_is_refused(crm: Path) -> None:
    r = add_reminder({"due": "2026-03-01", "title": "回访"})
    with pytest.raises(ValidationError):
        snooze_reminder(r.id, "someday")
    assert get_reminder(r.id).due_date == D(2026, 3, 1)


def test_dismissed_reminder_is_closed_without_a_follow_up(crm: Path) -> None:
    r = add_reminder({"due": "2026-03-01", "title": "回访", "every": "1 months"})
    dismissed = dismiss_reminder(r.id)
    assert dismissed.status == "dismissed"
    assert dismissed.done_at is not None
    assert Reminder.select().count() == 1


def test_edit_changes_title_and_due(crm: Path) -> None:
    r = add_reminder({"due": "2026-03-01", "title": "回访"})
    edited = edit_reminder(r.id, {"title": "送贺卡", "due": "2026/2/10", "kind": "festival"})
    assert (edited.title, edited.due_date, edited.kind) == ("送贺卡", D(2026, 2, 10), "festival")


def test_unknown_reminder_is_a_user_error(crm: Path) -> None:
    with pytest.raises(UserError, match="There is no reminder with id 999"):
        complete_reminder(999)


# --- repeating series keep their day; closed reminders stay closed; what the list shows ---


@pytest.mark.parametrize("status", ["done", "dismissed"])
def test_a_closed_reminder_cannot_be_snoozed(crm: Path, status: str) -> None:
    r = add_reminder({"due": "2026-03-01", "title": "回访"})
    (complete_reminder if status == "done" else dismiss_reminder)(r.id)
    with pytest.raises(UserError, match=f"Reminder {r.id} (is already done|was dismissed)"):
        snooze_reminder(r.id, "2026-03-08")
    assert (get_reminder(r.id).status, get_reminder(r.id).due_date) == (status, D(2026, 3, 1))


def test_a_dismissed_repeating_reminder_cannot_be_done_into_a_new_occurrence(crm: Path) -> None:
    r = add_reminder({"due": "2026-03-01", "title": "回访", "every": "1 months"})
    dismiss_reminder(r.id)
    with pytest.raises(UserError, match="was dismissed"):
        complete_reminder(r.id)
    assert Reminder.select().count() == 1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("tomorrow", D(2026, 3, 11)), ("next week", D(2026, 3, 17)), ("+3", D(2026, 3, 13)), ("明天", D(2026, 3, 11))],
)
def test_snooze_to_a_day_relative_to_today(crm: Path, typed: str, expected: D) -> None:
    r = add_reminder({"due": "2026-03-10", "title": "回访"})
    assert snooze_reminder(r.id, typed, today=D(2026, 3, 10)).due_date == expected


def test_done_on_a_pinned_day_logs_the_outcome_on_that_day(cid: int) -> None:
    r = add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    done, _ = complete_reminder(r.id, "已联系", today=D(2026, 3, 2))
    assert done.done_at.date() == D(2026, 3, 2)
    assert list_interactions(cid)[0]["at"].startswith("2026-03-02")


def test_a_follow_up_for_each_live_customer_in_one_go() -> None:
    from smallcrm.domain.reminders.commands import add_follow_ups

    a = create_customer({"name": "张三"})
    b = create_customer({"name": "李四"})
    gone = create_customer({"name": "王五"})
    delete_customers([gone.id])
    done = add_follow_ups([a.id, b.id, gone.id, a.id], {"title": "回访", "due": "2030-01-02"})
    assert done == [a.id, b.id]
    assert [r["title"] for r in list_reminders(a.id)] == ["回访"]
    assert list_reminders(gone.id) == []
    stored = Reminder.get(Reminder.customer == b.id)  # read back as the model has it
    assert (stored.due_date, stored.kind, stored.status) == (dt.date(2030, 1, 2), "callback", "open")
