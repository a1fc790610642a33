"""The rules run again on the same day (every start of the app, the CLI, a second
window): nothing new is made and nothing in the file changes, yet whatever did change
since the first run (a purchase, a deleted reminder, a follow-up done) is acted on as
it would be on a first run."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from smallcrm import settings as shop_settings
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.records.interactions import add_interaction
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.domain.reminders import festivals as fest
from smallcrm.domain.reminders.commands import complete_reminder, delete_reminder
from smallcrm.domain.reminders.rules import run_rules
from smallcrm.store.db import db
from smallcrm.store.models import Reminder

D = dt.date
TODAY = D(2026, 3, 10)


def customer(name: str, **data: object) -> int:
    return create_customer({"name": name, **data}).id


def buy(cid: int, *days: str) -> None:
    for day in days:
        add_purchase(cid, {"amount": "88", "date": day, "item": "茶叶"})


def every_rule_has_work() -> None:
    """A shop where each rule makes a reminder on TODAY."""
    customer("寿星", birthday="--03-12")
    shop_settings.put("rule_festival_group", "all")
    fest.add_festival("店庆", "03-12")
    complained = customer("投诉人")
    add_interaction(complained, {"kind": "complaint", "summary": "包装破损", "at": "2026-03-07 10:00"})
    buy(customer("新客"), "2026-03-03")  # check-in 7 days after the first purchase
    buy(customer("老客"), "2026-01-19", "2026-01-29", "2026-02-08")  # 3 x 10 days quiet on TODAY


def file_contents(path: Path) -> list[str]:
    db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


def test_a_second_run_on_the_same_day_makes_nothing_and_changes_nothing_in_the_file(crm: Path) -> None:
    every_rule_has_work()
    first = run_rules(TODAY)
    assert all(first["by_rule"].values()), first
    before = file_contents(crm)
    again = run_rules(TODAY)
    assert again["created"] == 0 and again["expired"] == 0
    assert file_contents(crm) == before


def test_a_win_back_deleted_after_the_first_run_is_made_again_by_the_second(crm: Path) -> None:
    every_rule_has_work()
    run_rules(TODAY)
    win_back = Reminder.get(Reminder.origin == "rule:reengage")
    delete_reminder(win_back.id)
    assert run_rules(TODAY)["by_rule"]["reengage"] == 1
    assert Reminder.get(Reminder.origin == "rule:reengage").rule_key == win_back.rule_key


def test_a_purchase_entered_after_the_first_run_is_seen_by_the_second(crm: Path) -> None:
    every_rule_has_work()
    run_rules(TODAY)
    late = customer("补录")
    buy(late, "2026-01-19", "2026-01-29", "2026-02-08")  # quiet 30 days = 3 x 10 on TODAY
    again = run_rules(TODAY)
    assert again["by_rule"] == {"birthday": 0, "festival": 1, "complaint": 0, "new_customer": 0, "reengage": 1}
    assert Reminder.get(Reminder.origin == "rule:reengage", Reminder.customer == late).rule_key == (
        f"reengage:{late}:2026-02-08"
    )


def test_a_follow_up_done_after_the_first_run_lets_the_next_one_be_made_the_same_day(crm: Path) -> None:
    cid = customer("投诉人")
    iid = add_interaction(cid, {"kind": "complaint", "summary": "包装破损", "at": "2026-03-01 10:00"}).id
    run_rules(D(2026, 3, 4))  # follow-up 1
    complete_reminder(Reminder.get().id, "客户仍不满意")
    run_rules(D(2026, 3, 7))  # follow-up 2
    complete_reminder(Reminder.get(Reminder.rule_key == f"complaint:{iid}:2").id, "再联系")
    assert run_rules(D(2026, 3, 7))["created"] == 0  # the day's occurrence is there, done
    assert run_rules(D(2026, 3, 10))["by_rule"]["complaint"] == 1


def test_an_open_follow_up_of_another_complaint_whose_id_starts_the_same_holds_back_nothing(crm: Path) -> None:
    """'complaint:1:…' and 'complaint:12:…' share their first characters: each
    complaint's follow-ups are its own."""
    cid = customer("投诉人")
    ids = [
        add_interaction(cid, {"kind": "complaint", "summary": f"第{i}次", "at": "2026-03-01 10:00"}).id
        for i in range(12)
    ]
    short = next(i for i in ids if any(str(j).startswith(str(i)) and j != i for j in ids))
    run_rules(D(2026, 3, 4))  # one follow-up each
    complete_reminder(Reminder.get(Reminder.rule_key == f"complaint:{short}:1").id, "已回访")
    made = run_rules(D(2026, 3, 7))
    assert made["by_rule"]["complaint"] == 1
    assert Reminder.get(Reminder.rule_key == f"complaint:{short}:2").customer_id == cid
    assert Reminder.select().where(Reminder.origin == "rule:complaint").count() == 13
