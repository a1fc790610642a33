"""What the reminders view reads and does: sections, filters, a month's counts, several
reminders at once, and complaint follow-ups that close when the complaint is settled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer, delete_customers, update_customer
from smallcrm.domain.records.interactions import (
    list_interactions,
)
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.domain.reminders.commands import (
    add_reminder,
    complete_reminder,
    complete_reminders,
    dismiss_reminder,
    snooze_reminder,
    snooze_reminders,
)
from smallcrm.domain.reminders.queries import (
    due_now,
    due_on_days,
    due_reminders,
    list_reminders,
    reminders_on,
    view_head,
    view_outline,
)
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Reminder
from tests.domain.reminder_listing import listed

D = dt.date
TODAY = D(2026, 3, 10)


@pytest.fixture
def cid(crm: Path) -> int:
    return create_customer({"name": "张三", "phone": "13812345678"}).id


def add(cid: int | None, due: D, title: str = "回访", **extra: object) -> int:
    return add_reminder({"customer": cid, "due": due, "title": title, **extra}).id


def titles(rows: list[dict[str, object]]) -> list[object]:
    return [r["title"] for r in rows]


def test_open_reminders_fall_into_overdue_today_next_7_days_and_later(cid: int) -> None:
    add(cid, D(2026, 3, 1), "overdue")
    add(cid, TODAY, "today")
    add(cid, D(2026, 3, 17), "in 7 days")
    add(cid, D(2026, 3, 18), "in 8 days")
    sections = listed(TODAY)
    assert {k: titles(v) for k, v in sections.items()} == {
        "overdue": ["overdue"],
        "today": ["today"],
        "week": ["in 7 days"],
        "later": ["in 8 days"],
        "done": [],
    }


def test_the_top_of_the_list_counts_every_section_and_outlines_the_days_ahead_only_at_first(cid: int) -> None:
    for due in (D(2026, 3, 1), D(2026, 3, 2), TODAY, D(2026, 3, 17), D(2026, 3, 18), D(2026, 3, 19)):
        add(cid, due)
    complete_reminder(add(cid, TODAY, "done"), today=TODAY)
    counts, head = view_head(TODAY, 2)
    assert counts == {"overdue": 2, "today": 1, "week": 1, "later": 2, "done": 1}
    whole = view_outline(TODAY)
    assert {k: len(v) for k, v in whole.items()} == counts
    # The day's work whole (it is ranked), the days ahead to the first two.
    first_rows = {"overdue": whole["overdue"], "today": whole["today"], "week": whole["week"]}
    assert head == {**first_rows, "later": whole["later"][:1], "done": whole["done"]}


def test_recently_done_and_dismissed_are_listed_newest_first_older_ones_not(cid: int) -> None:
    old, done, gone = add(cid, D(2026, 2, 1), "old"), add(cid, TODAY, "done"), add(cid, TODAY, "gone")
    complete_reminder(old, today=D(2026, 2, 1))
    complete_reminder(done, today=D(2026, 3, 8))
    dismiss_reminder(gone, today=D(2026, 3, 9))
    assert titles(listed(TODAY)["done"]) == ["gone", "done"]


def test_each_row_carries_the_customers_name_phone_and_last_purchase(cid: int) -> None:
    add_purchase(cid, {"amount": "88", "date": "2026-02-01", "item": "茶叶"})
    add(cid, TODAY)
    (row,) = listed(TODAY)["today"]
    assert (row["customer_name"], row["customer_phone"]) == ("张三", "13812345678")
    assert row["last_purchase"] == {"date": "2026-02-01", "item": "茶叶", "amount_cents": 8800}


def test_filters_by_kind_and_by_the_customers_name_or_phone(cid: int) -> None:
    other = create_customer({"name": "李四", "phone": "13700002222"}).id
    add(cid, TODAY, "call 张三")
    add(other, TODAY, "greet 李四", kind="festival")
    assert titles(listed(TODAY, kind="festival")["today"]) == ["greet 李四"]
    assert titles(listed(TODAY, customer_text="张")["today"]) == ["call 张三"]
    assert titles(listed(TODAY, customer_text="2222")["today"]) == ["greet 李四"]


def test_reminders_of_customers_in_the_trash_are_not_shown(cid: int) -> None:
    add(cid, TODAY)
    delete_customers([cid])
    assert listed(TODAY)["today"] == []
    assert due_on_days(TODAY, TODAY) == {}


def test_a_month_counts_open_reminders_per_day(cid: int) -> None:
    add(cid, TODAY)
    add(cid, TODAY)
    add(None, D(2026, 3, 31))
    complete_reminder(add(cid, D(2026, 3, 12)))
    assert due_on_days(D(2026, 3, 1), D(2026, 3, 31)) == {TODAY: 2, D(2026, 3, 31): 1}


def test_a_days_agenda_holds_what_is_due_and_what_was_done_that_day(cid: int) -> None:
    add(cid, TODAY, "due")
    complete_reminder(add(cid, D(2026, 3, 1), "done late"), today=TODAY)
    add(cid, D(2026, 3, 11), "tomorrow")
    assert sorted(titles(reminders_on(TODAY))) == ["done late", "due"]


def test_several_done_at_once_log_the_outcome_on_each_customer_and_spawn_repeats(cid: int) -> None:
    other = create_customer({"name": "李四"}).id
    ids = [add(cid, TODAY), add(other, TODAY, every="1 months")]
    assert complete_reminders(ids, "已回访", today=TODAY) == [cid, other]
    assert [i["summary"] for i in list_interactions(cid)] == ["回访: 已回访"]
    assert [i["summary"] for i in list_interactions(other)] == ["回访: 已回访"]
    assert titles(listed(TODAY)["later"]) == ["回访"]  # the next month's


def test_several_done_at_once_are_all_or_nothing(cid: int) -> None:
    first, closed = add(cid, TODAY), add(cid, TODAY)
    dismiss_reminder(closed)
    with pytest.raises(UserError):
        complete_reminders([first, closed], "ok", today=TODAY)
    assert Reminder.get_by_id(first).status == "open"
    assert list_interactions(cid) == []


def test_several_snoozed_at_once_move_to_the_same_day(cid: int) -> None:
    ids = [add(cid, TODAY), add(cid, D(2026, 3, 1))]
    snooze_reminders(ids, "next week", today=TODAY)
    assert {Reminder.get_by_id(i).due_date for i in ids} == {D(2026, 3, 17)}


# --- complaint follow-ups close with the complaint -------------------------------------------------


def test_snoozing_to_later_today_sets_the_time(cid: int) -> None:
    rid = add(cid, D(2026, 3, 1))
    r = snooze_reminder(rid, "today", today=TODAY, at="16:30")
    assert (r.due_date, r.due_time, r.status) == (TODAY, "16:30", "snoozed")


def test_due_now_holds_the_overdue_the_days_untimed_and_those_whose_time_has_come(cid: int) -> None:
    add(cid, D(2026, 3, 1), "overdue")
    add(cid, TODAY, "all day")
    add(cid, TODAY, "at nine", due_time="09:00")
    add(cid, TODAY, "at five", due_time="17:00")
    add(cid, D(2026, 3, 11), "tomorrow")
    at_noon = [title for _id, title, _name in due_now(dt.datetime(2026, 3, 10, 12, 0))]
    assert at_noon == ["overdue", "all day", "at nine"]
    assert len(due_now(dt.datetime(2026, 3, 10, 17, 0))) == 4


# --- what is most worth doing first (issue 15, point 20) ---------------------------------------


def test_list_for_a_customer_is_in_due_order(cid: int) -> None:
    add_reminder({"customer": cid, "due": "2026-05-01", "title": "二"})
    add_reminder({"customer": cid, "due": "2026-04-01", "title": "一"})
    assert [r["title"] for r in list_reminders(cid)] == ["一", "二"]


def test_due_today_and_overdue_windows(cid: int) -> None:
    today = D(2026, 3, 10)
    add_reminder({"customer": cid, "due": "2026-03-01", "title": "过期"})
    add_reminder({"customer": cid, "due": "2026-03-10", "title": "今天"})
    add_reminder({"customer": cid, "due": "2026-03-15", "title": "本周"})
    add_reminder({"customer": cid, "due": "2026-04-15", "title": "下月"})
    done = add_reminder({"customer": cid, "due": "2026-03-10", "title": "已办"})
    complete_reminder(done.id)
    assert [r["title"] for r in due_reminders("today", today=today)] == ["今天"]
    assert [r["title"] for r in due_reminders("overdue", today=today)] == ["过期"]
    assert [r["title"] for r in due_reminders("week", today=today)] == ["过期", "今天", "本周"]


def test_reminders_of_trashed_customers_are_not_due(cid: int) -> None:
    add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    delete_customers([cid])
    assert due_reminders("all", today=D(2026, 3, 1)) == []


def test_unknown_due_window_is_refused(crm: Path) -> None:
    with pytest.raises(ValidationError):
        due_reminders("someday", today=D(2026, 3, 1))


def test_due_list_shows_the_customers_phone_and_last_purchase(cid: int) -> None:
    from smallcrm.domain.records.purchases import add_purchase

    update_customer(cid, {"phone": "138 1234 5678"})
    add_purchase(cid, {"amount": "128.80", "date": "2026-01-05", "item": "普洱"})
    add_purchase(cid, {"amount": "66", "date": "2026-02-01", "item": "龙井"})
    add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    (row,) = due_reminders("all", today=D(2026, 3, 1))
    assert row["customer_phone"] == "138 1234 5678"
    assert row["last_purchase"] == {"date": "2026-02-01", "item": "龙井", "amount_cents": 6600}


def test_due_list_for_a_customer_who_never_bought_has_no_last_purchase(cid: int) -> None:
    add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    assert due_reminders("all", today=D(2026, 3, 1))[0]["last_purchase"] is None


def test_due_list_filters_by_kind(cid: int) -> None:
    add_reminder({"customer": cid, "due": "2026-03-01", "title": "回访"})
    add_reminder({"customer": cid, "due": "2026-03-01", "title": "生日", "kind": "birthday"})
    assert [r["title"] for r in due_reminders("all", today=D(2026, 3, 1), kind="birthday")] == ["生日"]


def test_due_list_filters_by_the_responsible_staff_member(crm: Path) -> None:
    mine = create_customer({"name": "张三", "staff": "小王"}).id
    theirs = create_customer({"name": "李四", "staff": "小李"}).id
    add_reminder({"customer": mine, "due": "2026-03-01", "title": "张三回访"})
    add_reminder({"customer": theirs, "due": "2026-03-01", "title": "李四回访", "staff": "小王"})
    add_reminder({"customer": theirs, "due": "2026-03-01", "title": "李四生日"})
    titles = [r["title"] for r in due_reminders("all", today=D(2026, 3, 1), staff="小王")]
    assert titles == ["张三回访", "李四回访"]


def test_due_list_refuses_an_unknown_staff_member(crm: Path) -> None:
    with pytest.raises(ValidationError, match="no staff member 老板"):
        due_reminders("all", today=D(2026, 3, 1), staff="老板")
