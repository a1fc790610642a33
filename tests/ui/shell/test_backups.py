"""Back Up Now and Restore from Backup, from the window and from its File menu."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import CUSTOMERS, User

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_back_up_now_writes_a_backup_and_says_where(
    qtbot: Any, customers: list[Any], window: MainWindow, smallcrm_home: Path
) -> None:
    job = window.backup_now()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    made = list((smallcrm_home / "backups").glob("smallcrm-backup-*.db"))
    assert len(made) == 1
    assert str(made[0]) in window.statusBar().currentMessage()


def test_restore_from_a_backup_asks_first_and_keeps_the_current_file(
    qtbot: Any, customers: list[Any], window: MainWindow, crm: Path, tmp_path: Path, user: User
) -> None:
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.store.sqlite.backup import copy_database

    backup = copy_database(tmp_path / "before.db")
    create_customer({"name": "新来的", "phone": "13511112222"})
    user.will_click("Restore")
    assert window.restore_from_backup(str(backup))
    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage(), timeout=20_000)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == len(CUSTOMERS) and not window.customers.model.loading)
    kept = list(crm.parent.glob("shop.before-restore-*.db"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as con:
        assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == len(CUSTOMERS) + 1


def test_restore_is_not_done_when_the_owner_cancels(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path, user: User
) -> None:
    from smallcrm.store.sqlite.backup import copy_database

    backup = copy_database(tmp_path / "before.db")
    user.will_click("Cancel")
    assert not window.restore_from_backup(str(backup))
    assert window.customers.model.rowCount() == len(CUSTOMERS)


def test_restore_from_the_file_menu_first_asks_for_the_backup_file(
    qtbot: Any, customers: list[Any], window: MainWindow, monkeypatch: pytest.MonkeyPatch, user: User
) -> None:
    """The menu's action passed its checked=False as the backup's path: the file chooser
    never opened and the owner was asked to restore a file named "False"."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def choose(_parent: Any, title: str, *_args: Any) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # the owner closes the chooser

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    file_menu = window.menuBar().actions()[0].menu()
    [restore] = [a for a in file_menu.actions() if a.text() == "&Restore from Backup…"]
    restore.trigger()
    assert asked == ["Restore from Backup"]
    assert user.seen == []  # nothing to confirm: no file was chosen
    assert window.customers.model.rowCount() == len(CUSTOMERS)
