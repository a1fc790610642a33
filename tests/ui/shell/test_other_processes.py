"""The window and the world outside it: another SmallCRM importing while the owner
saves, changes made from the command line, a damaged or missing database, the backup
at closing and its second folder."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from smallcrm import settings
from smallcrm.domain.session import open_crm
from smallcrm.store.sqlite import failures
from smallcrm.ui.shell import worker
from smallcrm.ui.shell.main_window import MainWindow
from tests.other_process import ROOT, OtherProcess
from tests.ui.ui_helpers import CUSTOMERS, User, button, double_click_row, open_window, shown_names

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def open_customer(qtbot: Any, w: MainWindow, name: str) -> Any:
    double_click_row(qtbot, w, shown_names(w).index(name))
    qtbot.waitUntil(lambda: w.customers.editing)
    return w.customers.editor


def type_into(qtbot: Any, editor: Any, key: str, text: str) -> None:
    field = editor.form.fields[key].widget
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def cli(db: Path, home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SMALLCRM_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(db), *argv], capture_output=True, text=True, env=env, cwd=ROOT
    )


# -- saving while another SmallCRM imports ------------------------------------------------------------


def test_a_save_while_another_smallcrm_imports_keeps_the_form_says_so_and_tries_again(
    qtbot: Any, customers: list[Any], crm: Path, monkeypatch: pytest.MonkeyPatch, user: User
) -> None:
    """It showed the "fault in the program" report, and the typed edit was lost."""
    from smallcrm.domain.customers.lookup import get_customer

    monkeypatch.setattr(failures, "BUSY_TIMEOUT_S", 1.0)  # the save gives up after 1 s, not 10
    open_crm(crm)
    w = open_window(qtbot, crm)
    editor = open_customer(qtbot, w, "李四")
    type_into(qtbot, editor, "street", "Nanjing Road 88")
    other = OtherProcess(crm, detail="smallcrm import", doing="import")
    asked: list[str] = []

    def when_busy(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        assert editor.form.fields["street"].widget.text() == "Nanjing Road 88"  # the form is kept
        other.release()  # the import finishes...
        click(qtbot, button(dialog, "Try Again"))  # ...and the owner tries again

    user.will(when_busy)
    try:
        qtbot.keyClick(editor.form.fields["street"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: editor._saving is None and not editor.dirty(), timeout=20_000)
    finally:
        other.stop()

    assert asked and asked[0].startswith("Another SmallCRM is importing into this shop; try again when it finishes")
    assert get_customer(customers[2].id).street == "Nanjing Road 88"


def test_cancelling_at_the_busy_message_leaves_the_edit_in_the_form(
    qtbot: Any, customers: list[Any], crm: Path, monkeypatch: pytest.MonkeyPatch, user: User
) -> None:
    monkeypatch.setattr(failures, "BUSY_TIMEOUT_S", 1.0)
    open_crm(crm)
    w = open_window(qtbot, crm)
    editor = open_customer(qtbot, w, "李四")
    type_into(qtbot, editor, "street", "Nanjing Road 88")
    user.will(lambda dialog: click(qtbot, button(dialog, "Cancel")))
    with OtherProcess(crm, detail="smallcrm import", doing="import"):
        qtbot.keyClick(editor.form.fields["street"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: editor._saving is None and bool(user.seen), timeout=20_000)

    assert w.customers.editing and editor.dirty()
    assert editor.form.fields["street"].widget.text() == "Nanjing Road 88"
    assert editor.save_button.isEnabled()  # ready to save again


# -- changes made outside the window --------------------------------------------------------------------


def test_a_customer_added_from_the_command_line_shows_in_the_window(
    qtbot: Any, customers: list[Any], window: MainWindow, crm: Path, smallcrm_home: Path
) -> None:
    """The list and the counts were still stale 5 s later."""
    qtbot.waitUntil(lambda: "Customers: 4" in window.counts.text())

    added = cli(crm, smallcrm_home, "customer", "add", "--name", "赵六", "--phone", "13500004444")
    assert added.returncode == 0, added.stderr

    qtbot.waitUntil(lambda: "赵六" in shown_names(window), timeout=5_000)
    qtbot.waitUntil(lambda: "Customers: 5" in window.counts.text(), timeout=5_000)


def test_a_change_from_outside_does_not_lose_what_the_owner_is_typing(
    qtbot: Any, customers: list[Any], window: MainWindow, crm: Path, smallcrm_home: Path
) -> None:
    qtbot.waitUntil(lambda: window.watcher.active)
    editor = open_customer(qtbot, window, "李四")
    type_into(qtbot, editor, "street", "Nanjing Road 88")

    with qtbot.waitSignal(window.watcher.external_change, timeout=5_000):
        edited = cli(crm, smallcrm_home, "customer", "edit", str(customers[2].id), "--set", "city=南京市")
        assert edited.returncode == 0, edited.stderr

    assert window.customers.editing
    assert editor.form.fields["street"].widget.text() == "Nanjing Road 88"


def test_the_windows_own_saves_are_not_taken_for_changes_from_outside(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.watcher.active)
    outside: list[bool] = []
    window.watcher.external_change.connect(lambda: outside.append(True))
    editor = open_customer(qtbot, window, "李四")
    type_into(qtbot, editor, "street", "Nanjing Road 88")
    qtbot.keyClick(editor.form.fields["street"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor._saving is None and not editor.dirty())

    window.watcher.poll()
    window.watcher.poll()

    assert outside == []


# -- a damaged or missing database ------------------------------------------------------------------------


def _damage(crm: Path) -> None:
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.store.db import close_db, db

    insert_customers([{"name": f"客户{i}", "phone": f"1380000{i:04d}", "street": "人民路" * 20} for i in range(3000)])
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_db()
    pages = crm.stat().st_size // 4096
    with crm.open("r+b") as f:  # a failing disk: damage all through the file
        for page in range(2, pages, 7):
            f.seek(page * 4096 + 100)
            f.write(b"\xff" * 1000)


class Boxes:
    """Closes the app's message boxes as they appear (Escape), keeping their texts."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.texts.append(box.text())
            box.done(0)


@pytest.mark.qt_no_exception_capture
def test_a_damaged_database_opened_in_the_window_is_one_damaged_message_and_no_error_report(
    qtbot: Any, crm: Path, smallcrm_home: Path
) -> None:
    """Two "fault in the program" reports with tracebacks came before the "damaged" message."""
    from smallcrm.ui.shell.app import main

    _damage(crm)
    boxes = Boxes(qtbot)
    quit_soon = QTimer()
    quit_soon.setInterval(100)
    seen_at: list[int] = []

    def quit_when_told() -> None:
        if any("damaged" in t for t in boxes.texts):
            seen_at.append(1)
            if len(seen_at) > 20:  # two seconds more for anything that would follow it
                QApplication.quit()

    quit_soon.timeout.connect(quit_when_told)
    quit_soon.start()
    QTimer.singleShot(60_000, QApplication.quit)  # no message at all: the asserts below say so
    try:
        main(["--db", str(crm), "--lang", "en"])
    finally:
        quit_soon.stop()
        boxes.timer.stop()

    assert not [t for t in boxes.texts if "fault in the program" in t]
    assert len([t for t in boxes.texts if "damaged" in t]) == 1
    log = smallcrm_home / "logs" / "smallcrm.log"
    assert "unexpected error" not in log.read_text(encoding="utf-8")


def test_a_missing_database_with_its_restore_copy_beside_it_is_offered_back(
    qtbot: Any, customers: list[Any], crm: Path, tmp_path: Path, user: User
) -> None:
    from smallcrm.store.db import close_db
    from smallcrm.store.sqlite.backup import copy_database, restore_database
    from smallcrm.ui.shell.app import main

    backup = copy_database(tmp_path / "backup.db")
    close_db()
    kept = restore_database(backup, crm)
    crm.unlink()  # as a restore of an earlier SmallCRM left it when killed half way
    user.will(lambda dialog: click(qtbot, button(dialog, "Put It Back")))

    assert main(["--db", str(crm), "--quit-after-show", "--lang", "en"]) == 0

    assert user.seen and str(kept) in user.seen[0]
    with sqlite3.connect(crm) as con:
        assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == len(CUSTOMERS)


# -- backups ---------------------------------------------------------------------------------------------


def test_the_backup_at_closing_does_not_wait_behind_a_long_write(
    qtbot: Any, customers: list[Any], crm: Path, smallcrm_home: Path
) -> None:
    """It was queued on the one write thread behind the reminder rules' run of the day."""
    w = open_window(qtbot, crm, backup_on_close=True)
    release = threading.Event()
    long_write = worker.start(lambda _p, _c: release.wait(60), write=True)
    try:
        with qtbot.waitSignal(w.ready_to_close, timeout=15_000):
            w.close()
    finally:
        release.set()
        qtbot.waitUntil(lambda: long_write.done, timeout=20_000)

    assert len(list((smallcrm_home / "backups").glob("smallcrm-auto-*.db"))) == 1


def test_a_second_backup_folder_is_set_in_the_settings_and_gets_the_backup_at_closing(
    qtbot: Any, customers: list[Any], crm: Path, tmp_path: Path, smallcrm_home: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    w = open_window(qtbot, crm, backup_on_close=True)
    dialog = w.show_settings()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    backups = next(i for i in range(bar.count()) if bar.tabText(i) == "Backups")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(backups).center())
    assert dialog.tabs.currentIndex() == backups
    dialog.second_folder.setFocus()
    qtbot.keyClicks(dialog.second_folder, str(usb))
    assert dialog.second_folder_state.text() == "The next automatic backup will be copied there."
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton, pos=QPoint(save.width() // 2, save.height() // 2))
    qtbot.waitUntil(lambda: settings.get("backup_second_folder") == str(usb))

    with qtbot.waitSignal(w.ready_to_close, timeout=20_000):
        w.close()

    made = list((smallcrm_home / "backups").glob("smallcrm-auto-*.db"))
    assert len(made) == 1
    assert (usb / made[0].name).read_bytes() == made[0].read_bytes()


def test_the_settings_say_when_the_second_folder_is_not_there(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex([dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index("Backups"))
    dialog.second_folder.setFocus()
    qtbot.keyClicks(dialog.second_folder, str(tmp_path / "unplugged"))

    assert "not there now" in dialog.second_folder_state.text()
    dialog.reject()
