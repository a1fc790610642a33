"""Reminders while the app runs: the summary of the day in the owner's language, a
notification naming what just fell due, and the rules run again on a new day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from smallcrm.domain.reminders.commands import add_reminder
from smallcrm.ui.shell import translations
from smallcrm.ui.shell.notifications import ReminderService, notification_text, summary_text

TODAY = dt.date.today()


@pytest.fixture
def service(qtbot: Any, crm: Path) -> Iterator[ReminderService]:
    moment = {"now": dt.datetime.combine(TODAY, dt.time(9, 0))}
    made = ReminderService(clock=lambda: moment["now"])
    made.moment = moment  # the tests move the clock on
    yield made
    made.stop()


def test_the_summary_says_what_is_due_today_and_overdue() -> None:
    assert summary_text(0, 0) == "No reminders due today."
    assert summary_text(3, 0) == "Reminders due today: 3"
    assert summary_text(1_204, 2) == "Reminders due today: 1,204 · Overdue: 2"
    assert summary_text(0, 5) == "Overdue: 5"


def test_the_summary_speaks_chinese_in_chinese(qtbot: Any) -> None:
    installed = translations.install("zh_CN")
    try:
        assert summary_text(3, 2) == "今日待办：3 条 · 已过期：2 条"
    finally:
        installed.remove()


def test_a_notification_names_the_first_three_and_counts_the_rest() -> None:
    due = [(i, f"回访{i}", "张三" if i % 2 else "") for i in range(1, 6)]
    assert notification_text(due).splitlines() == ["回访1 — 张三", "回访2", "回访3 — 张三", "and 2 more"]


def test_the_start_runs_the_rules_then_summarises_the_day(qtbot: Any, customers: list[Any], service: Any) -> None:
    add_reminder({"customer": customers[0].id, "due": TODAY, "title": "今天回访"})
    with (
        qtbot.waitSignal(service.rules_ran, timeout=20_000),
        qtbot.waitSignal(service.summary, timeout=20_000) as summary,
    ):
        service.start()
    assert summary.args[0].startswith("Reminders due today: ")
    assert service.timer.isActive()


def test_a_new_day_runs_the_rules_again(qtbot: Any, customers: list[Any], service: Any) -> None:
    with qtbot.waitSignal(service.summary, timeout=20_000):
        service.start()
    service.moment["now"] += dt.timedelta(days=1)
    with qtbot.waitSignal(service.rules_ran, timeout=20_000):
        service.tick()
    assert service.rules_day == TODAY + dt.timedelta(days=1)


def test_without_a_tray_the_caller_is_told_to_say_it_itself(
    qtbot: Any, crm: Path, service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert not service.notify([(1, "十点回访", "张三")])
    assert service.tray is None
