"""The integrity check after a quick start, and the one "damaged" dialog.

The window opens without checking the file (a check costs 0.65 s on a 265 MB file) and
runs SQLite's quick_check on a worker once it has painted. A damaged file, found by the
check or by a read that meets a damaged page first, gets one dialog with a way forward:
restore a backup, keep working, or quit without rotating the damaged file over good
backups.

A part of :class:`~smallcrm.ui.shell.main_window.MainWindow`, which inherits it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from smallcrm import jobs
from smallcrm.errors import UserError
from smallcrm.store.db import db, quick_check
from smallcrm.store.sqlite.failures import translate_db_error
from smallcrm.ui.models.customer_table import Connections
from smallcrm.ui.shell import worker


class IntegrityCheck(QMainWindow):
    """The window's check of its database file and what it says when the file is damaged."""

    check_job: worker.Job | None = None
    damage_shown = False  # said once; a restore makes a new damage news again
    # The window provides these.
    db_path: Path | None
    backup_on_close: bool
    restore_from_backup: Callable[..., bool]  # BackupActions
    _check_connections: Connections  # the check's connection, to interrupt it when the window quits

    def check_database(self) -> worker.Job | None:
        """SQLite's quick_check off the GUI thread (0.65 s on a 265 MB file), started
        once the window is up; a damaged file gets a dialog with a way forward."""
        if self.db_path is None:
            return None
        path, connections = self.db_path, self._check_connections

        def check(_progress: Any, cancel: jobs.CancelToken) -> None:
            # PRAGMA quick_check is one SQLite step: only an interrupt stops it midway.
            connections.add(db.connection())
            cancel.check()
            quick_check(path)

        self.check_job = worker.start(worker.reading(check), on_finished=self._checked)
        return self.check_job

    def stop_check(self) -> None:
        """Interrupt a running check (quitting must not wait for it)."""
        self._check_connections.interrupt()

    def _checked(self, _result: Any, error: BaseException | None) -> None:
        if error is None or isinstance(error, jobs.Cancelled) or "interrupted" in str(error).lower():
            return
        if not isinstance(error, UserError):
            error = translate_db_error(error, self.db_path or "")
        self.database_damaged(error)

    def damaged_on_read(self, error: BaseException) -> None:
        """A read or write met a damaged page (the app's error reporter sends it here)."""
        self.database_damaged(translate_db_error(error, self.db_path or ""))

    def database_damaged(self, error: UserError) -> None:
        """Say once that the file is damaged, with a way forward. Reads that meet the
        damage before the integrity check does (the list, the counts) come here too,
        through the app's error reporter, instead of each showing a program fault."""
        if self.damage_shown:
            return
        self.damage_shown = True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setText(error.render(QCoreApplication.translate))
        box.setInformativeText(
            self.tr(
                "Restore the latest backup to carry on safely. Working on with a damaged file "
                "may lose more; quit if you want to ask for help first."
            )
        )
        restore = box.addButton(self.tr("Restore a Backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep Working"), QMessageBox.ButtonRole.RejectRole)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_from_backup()
        elif box.clickedButton() is quit_button:
            self.backup_on_close = False  # never rotate a damaged file over good backups
            self.close()
