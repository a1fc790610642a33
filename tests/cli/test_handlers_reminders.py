"""reminders, remind and reminder as scripts use them (cli/handlers_reminders): the JSON
contract, the pinned today, and one-sentence refusals."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.cli_runs import run, run_json


def add_customer(shop: Any, name: str = "张三", *extra: str) -> str:
    return str(shop("customer", "add", "--name", name, *extra)["customer"]["id"])


def test_reminders_json_has_the_contract_keys_and_what_the_view_needs(shop: Any) -> None:
    cid = add_customer(shop, "张三", "--phone", "138 1234 5678")
    shop("purchase", "add", cid, "--amount", "88", "--date", "2026-02-01", "--item", "龙井")
    shop("remind", cid, "--on", "2026-03-01", "--title", "回访")
    (row,) = shop("reminders", "--due", "all", "--today", "2026-03-01")["reminders"]
    assert {"id", "due", "title", "kind", "customer_id", "customer_name", "status"} <= set(row)
    assert (row["due"], row["title"], row["kind"], row["customer_name"], row["status"]) == (
        "2026-03-01",
        "回访",
        "callback",
        "张三",
        "open",
    )
    assert row["customer_phone"] == "138 1234 5678"
    assert row["last_purchase"] == {"date": "2026-02-01", "item": "龙井", "amount_cents": 8800}


def test_today_pins_which_reminders_are_due(shop: Any) -> None:
    cid = add_customer(shop)
    shop("remind", cid, "--on", "2026-03-01", "--title", "过期")
    shop("remind", cid, "--on", "2026-03-10", "--title", "今天")
    assert [r["title"] for r in shop("reminders", "--due", "today", "--today", "2026-03-10")["reminders"]] == ["今天"]
    assert [r["title"] for r in shop("reminders", "--due", "overdue", "--today", "2026-03-10")["reminders"]] == ["过期"]


def test_reminders_can_be_filtered_by_kind_and_staff(shop: Any) -> None:
    cid = add_customer(shop, "张三", "--staff", "小王")
    shop("remind", cid, "--on", "2026-03-01", "--title", "回访")
    shop("remind", cid, "--on", "2026-03-01", "--title", "生日", "--kind", "birthday")
    listed = shop("reminders", "--due", "all", "--today", "2026-03-01", "--kind", "birthday", "--staff", "小王")
    assert [r["title"] for r in listed["reminders"]] == ["生日"]


def test_remind_on_tomorrow_counts_from_the_pinned_today(shop: Any) -> None:
    cid = add_customer(shop)
    reminder = shop("remind", cid, "--on", "tomorrow", "--title", "回访", "--today", "2026-03-10")["reminder"]
    assert reminder["due"] == "2026-03-11"


def test_done_with_an_outcome_logs_it_and_the_monthly_series_keeps_its_day(shop: Any) -> None:
    cid = add_customer(shop)
    rid = str(shop("remind", cid, "--on", "2026-01-31", "--title", "回访", "--every", "1", "months")["reminder"]["id"])
    first = shop("reminder", "done", rid, "--outcome", "很满意", "--today", "2026-01-31")
    assert (first["reminder"]["status"], first["next"]["due"]) == ("done", "2026-02-28")
    second = shop("reminder", "done", str(first["next"]["id"]), "--today", "2026-02-28")
    assert second["next"]["due"] == "2026-03-31"
    logged = shop("interaction", "list", cid)["interactions"]
    assert [(i["kind"], i["summary"], i["at"][:10]) for i in logged] == [("note", "回访: 很满意", "2026-01-31")]


def test_snooze_moves_the_due_date(shop: Any) -> None:
    cid = add_customer(shop)
    rid = str(shop("remind", cid, "--on", "2026-03-01", "--title", "回访")["reminder"]["id"])
    snoozed = shop("reminder", "snooze", rid, "--to", "next-week", "--today", "2026-03-01")["reminder"]
    assert (snoozed["due"], snoozed["status"]) == ("2026-03-08", "snoozed")
    assert shop("reminders", "--due", "today", "--today", "2026-03-01")["reminders"] == []


def test_snoozing_a_done_reminder_is_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], shop: Any, db_path: Path
) -> None:
    cid = add_customer(shop)
    rid = str(shop("remind", cid, "--on", "2026-03-01", "--title", "回访")["reminder"]["id"])
    shop("reminder", "done", rid)
    code, out, err = run(capsys, "--db", str(db_path), "reminder", "snooze", rid, "--to", "2026-03-08")
    assert (code, out) == (1, "")
    assert err == f"smallcrm: Reminder {rid} is already done.\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)), style=st.sampled_from(["iso", "slash", "chinese"]))
def test_any_day_the_calendar_covers_is_accepted_as_today_however_written(
    capsys: pytest.CaptureFixture[str], crm: Path, day: dt.date, style: str
) -> None:
    typed = {
        "iso": day.isoformat(),
        "slash": f"{day.year}/{day.month}/{day.day}",
        "chinese": f"{day.year}年{day.month}月{day.day}日",
    }[style]
    code, out, err = run(capsys, "--db", str(crm), "reminders-run-rules", "--today", typed, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["created"] == 0
    code, out, err = run(capsys, "--db", str(crm), "reminders", "--today", typed, "--json")
    assert (code, json.loads(out)) == (0, {"reminders": []})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    typed=st.text(st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"]), max_size=20).filter(
        lambda t: not t.startswith("-")
    )
)
def test_a_today_that_is_not_a_date_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], crm: Path, typed: str
) -> None:
    before = digest(crm)
    code, out, err = run(capsys, "--db", str(crm), "reminders-run-rules", "--today", typed, "--json")
    if code == 0:  # the text happened to be a date the calendar covers
        return
    assert code in (1, 2)
    assert out == ""
    assert err.startswith("smallcrm: ") and err.count("\n") == 1
    assert digest(crm) == before


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.one_of(st.dates(dt.date(1, 1, 1), dt.date(1900, 12, 31)), st.dates(dt.date(2099, 1, 1))))
def test_a_today_outside_the_lunar_calendar_is_one_sentence_not_a_crash(
    capsys: pytest.CaptureFixture[str], crm: Path, day: dt.date
) -> None:
    code, out, err = run(capsys, "--db", str(crm), "reminders-run-rules", "--today", day.isoformat())
    assert (code, out) == (1, "")
    assert "outside the years the lunar calendar covers" in err


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    to=st.text(st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"]), max_size=12).filter(
        lambda t: not t.startswith("-")
    )
)
def test_snooze_to_any_text_moves_the_reminder_or_is_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], crm: Path, to: str
) -> None:
    code, out, err = run(capsys, "--db", str(crm), "customer", "add", "--name", "张三", "--allow-duplicate", "--json")
    cid = str(json.loads(out)["customer"]["id"])
    code, out, err = run(capsys, "--db", str(crm), "remind", cid, "--on", "2026-03-01", "--title", "回访", "--json")
    rid = str(json.loads(out)["reminder"]["id"])
    code, out, err = run(capsys, "--db", str(crm), "reminder", "snooze", rid, "--to", to, "--today", "2026-03-01")
    assert code in (0, 1), err
    assert (err == "") == (code == 0)
    assert err.count("\n") == (0 if code == 0 else 1)


def test_an_error_echoing_a_typed_line_break_stays_on_one_line(capsys: pytest.CaptureFixture[str], crm: Path) -> None:
    code, _, err = run(capsys, "--db", str(crm), "reminders", "--today", "0\n")
    assert code == 1
    assert err.count("\n") == 1


def test_reminder_done_logs_outcome_and_schedules_the_next(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")["customer"]["id"])
    rid = str(
        run_json(
            capsys,
            "--db",
            str(db_path),
            "remind",
            cid,
            "--on",
            "2026-01-31",
            "--title",
            "回访",
            "--every",
            "1",
            "months",
        )["reminder"]["id"]
    )
    done = run_json(capsys, "--db", str(db_path), "reminder", "done", rid, "--outcome", "很满意")
    assert done["reminder"]["status"] == "done"
    assert done["next"]["due"] == "2026-02-28"
    logged = run_json(capsys, "--db", str(db_path), "interaction", "list", cid)["interactions"]
    assert "很满意" in logged[0]["summary"]
    due = run_json(capsys, "--db", str(db_path), "reminders", "--today", "2026-02-27")["reminders"]
    assert [r["due"] for r in due] == ["2026-02-28"]
