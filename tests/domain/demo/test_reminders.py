"""The demo shop's reminders: overdue, due today and this week, festivals."""

from __future__ import annotations

import datetime as dt

from smallcrm.domain.demo.reminders import FIELDS, festival_reminders
from smallcrm.domain.demo.run import Run
from smallcrm.domain.reminders import kinds
from smallcrm.store.models import Reminder
from tests.domain.demo.conftest import TODAY


def test_open_reminders_are_overdue_due_today_and_this_week(demo: dict[str, int]) -> None:
    rows = list(Reminder.select())
    assert {r.kind for r in rows} <= set(kinds.KINDS)
    assert all(r.title for r in rows)
    open_ = [r for r in rows if r.status == "open"]
    assert any(r.due_date < TODAY for r in open_)
    assert any(r.due_date == TODAY for r in open_)
    assert any(TODAY < r.due_date <= TODAY + dt.timedelta(days=7) for r in open_)
    assert {"callback", "festival", "reengage"} <= {r.kind for r in open_}
    assert any(r.status == "done" and r.outcome for r in rows)


def test_the_festivals_to_prepare_for_recur_every_year_and_lie_ahead() -> None:
    rows = [dict(zip((f.name for f in FIELDS), row, strict=True)) for row in festival_reminders(Run.start(1, TODAY))]
    assert [row["title"] for row in rows] == [
        "中秋月饼礼盒备货",
        "确认春节贺卡名单，开始手写贺卡",
        "双十一活动商品上架",
    ]
    assert all(row["kind"] == "festival" and (row["recur_every"], row["recur_unit"]) == (1, "years") for row in rows)
    assert all(row["customer"] is None and row["status"] == "open" for row in rows)
    # Mid-Autumn 2025 is on 6 October: the mooncakes are ordered 40 days before.
    assert rows[0]["due_date"] == dt.date(2025, 10, 6) - dt.timedelta(days=40)
    assert rows[2]["due_date"] == dt.date(2025, 11, 1)
