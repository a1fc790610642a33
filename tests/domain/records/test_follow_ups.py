"""A complaint's follow-up reminders close with the complaint: resolved, reopened, deleted
(``records.follow_ups``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm import settings as shop_settings
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.records.interactions import (
    add_interaction,
    delete_interaction,
    edit_interaction,
    resolve_complaint,
)
from smallcrm.domain.reminders.commands import (
    add_reminder,
)
from smallcrm.domain.reminders.rules import RULE_NAMES, run_rules
from smallcrm.store.models import Reminder
from tests.domain.reminder_listing import listed

D = dt.date


TODAY = D(2026, 3, 10)


@pytest.fixture
def cid(crm: Path) -> int:
    return create_customer({"name": "张三", "phone": "13812345678"}).id


def add(cid: int | None, due: D, title: str = "回访", **extra: object) -> int:
    return add_reminder({"customer": cid, "due": due, "title": title, **extra}).id


@pytest.fixture
def complaint_only(crm: Path) -> None:
    shop_settings.put_many({f"rule_{r}": r == "complaint" for r in RULE_NAMES})


def follow_up(iid: int) -> Reminder:
    return Reminder.get(Reminder.rule_key == f"complaint:{iid}:1")


def test_resolving_a_complaint_closes_its_pending_follow_up(cid: int, complaint_only: None) -> None:
    iid = add_interaction(cid, {"kind": "complaint", "summary": "包装破损", "at": "2026-03-01 15:00"}).id
    assert run_rules(D(2026, 3, 4))["created"] == 1
    resolve_complaint(iid)
    assert follow_up(iid).status == "done"
    assert listed(D(2026, 3, 4))["today"] == []
    assert run_rules(D(2026, 3, 20))["created"] == 0


def test_a_complaint_reopened_gets_follow_ups_again(cid: int, complaint_only: None) -> None:
    iid = add_interaction(cid, {"kind": "complaint", "summary": "包装破损", "at": "2026-03-01 15:00"}).id
    run_rules(D(2026, 3, 4))
    resolve_complaint(iid)
    edit_interaction(iid, {"status": "open"})
    assert run_rules(D(2026, 3, 7))["created"] == 1


def test_deleting_a_complaint_dismisses_its_pending_follow_up(cid: int, complaint_only: None) -> None:
    iid = add_interaction(cid, {"kind": "complaint", "summary": "包装破损", "at": "2026-03-01 15:00"}).id
    run_rules(D(2026, 3, 4))
    delete_interaction(iid)
    assert follow_up(iid).status == "dismissed"


def test_editing_an_open_complaints_text_keeps_its_follow_up(cid: int, complaint_only: None) -> None:
    iid = add_interaction(cid, {"kind": "complaint", "summary": "包装破损", "at": "2026-03-01 15:00"}).id
    run_rules(D(2026, 3, 4))
    edit_interaction(iid, {"summary": "包装破损, 已换货"})
    assert follow_up(iid).status == "open"


def test_another_complaints_follow_up_stays_open(cid: int, complaint_only: None) -> None:
    first = add_interaction(cid, {"kind": "complaint", "summary": "a", "at": "2026-03-01 15:00"}).id
    second = add_interaction(cid, {"kind": "complaint", "summary": "b", "at": "2026-03-01 16:00"}).id
    run_rules(D(2026, 3, 4))
    resolve_complaint(first)
    assert (follow_up(first).status, follow_up(second).status) == ("done", "open")
