"""The integrity check after start and the one "damaged" dialog with its way forward."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_a_damaged_database_offers_to_restore_a_backup(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.errors import UserError

    user.will_click("Keep Working")
    window.database_damaged(UserError("The database is damaged ({detail}).", detail="page 7"))
    assert user.seen == ["The database is damaged (page 7)."]


def test_the_integrity_check_runs_after_the_window_is_up(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    job = window.check_database()
    qtbot.waitUntil(lambda: job.done)
    assert job.error is None


def test_a_damaged_file_found_by_the_check_after_start_offers_a_restore(qtbot: Any, crm: Path, user: User) -> None:
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.store.db import db

    insert_customers([{"name": f"客户{i}", "phone": f"1380000{i:04d}", "street": "人民路" * 20} for i in range(3000)])
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with crm.open("r+b") as f:  # a disk error in the middle of the customer table
        f.seek(40 * 4096)
        f.write(b"\xff" * 4096)
    w = MainWindow(crm)
    qtbot.addWidget(w)
    user.will_click("Keep Working")
    job = w.check_database()
    qtbot.waitUntil(lambda: job.done and bool(user.seen), timeout=20_000)
    assert "damaged" in user.seen[0]
