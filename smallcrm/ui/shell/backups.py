"""Back Up Now and Restore from Backup, from the File menu (and from the "damaged"
dialog): the copy runs off the GUI thread, and a restore keeps the database as it was
beside it, closes every connection to the file first and opens the restored one.

A part of :class:`~smallcrm.ui.shell.main_window.MainWindow`, which inherits it. The
backup made when the window closes is the window's own (``MainWindow.closeEvent``).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from smallcrm import paths
from smallcrm.domain.session import open_crm
from smallcrm.errors import UserError
from smallcrm.store.db import close_db
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.views.customers_page import CustomersPage


class BackupActions(QMainWindow):
    """The window's manual backup and its restore."""

    manual_backup_job: worker.Job | None = None
    # The window provides these.
    db_path: Path | None
    customers: CustomersPage
    watcher: changes.ExternalChangeWatcher
    damage_shown: bool  # IntegrityCheck's: a restored file's damage would be news again

    def backup_now(self) -> worker.Job | None:
        """A manual backup in the backups folder (manual backups are never pruned).
        A backup only reads, so it runs beside a write in progress, not after it."""
        if self.db_path is None:
            return None
        from smallcrm.store.sqlite.backup import copy_database  # 7 ms at start-up: only a backup needs it

        dest = paths.backup_dir() / f"smallcrm-backup-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
        self.statusBar().showMessage(self.tr("Backing up…"))

        def done(path: Any, error: BaseException | None) -> None:
            if error is None:
                self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 15_000)
            elif isinstance(error, UserError):
                self.statusBar().clearMessage()
                QMessageBox.warning(self, self.tr("Back Up"), error.render(QCoreApplication.translate))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        self.manual_backup_job = worker.start(lambda _p, _c: copy_database(dest), on_finished=done)
        return self.manual_backup_job

    def restore_from_backup(self, path: str | None = None) -> bool:
        """Choose a backup, confirm, and put it in place of the database (the current
        file is kept aside). Returns False when the owner cancelled."""
        if self.db_path is None:
            return False
        if path is None:
            folder = paths.backup_dir()
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from Backup"),
                str(folder if folder.is_dir() else paths.home()),
                self.tr("SmallCRM databases (*.db);;All files (*)"),
            )
            if not path:
                return False
        busy = [job for job in worker.running_jobs() if job.write or job is self.manual_backup_job]
        if busy:  # an import, demo data, a backup...
            QMessageBox.information(
                self, self.tr("Restore from Backup"), self.tr("Please wait until the current task has finished.")
            )
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from Backup"))
        box.setText(self.tr("Replace all customers in SmallCRM with the ones in this backup?") + "\n\n" + str(path))
        box.setInformativeText(
            self.tr(
                "The database as it is now is kept beside it as a separate file, so nothing is lost; "
                "the backup's customers replace what you see."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return False
        self._restore(Path(path))
        return True

    def _restore(self, backup: Path) -> None:
        from smallcrm.store.sqlite.backup import restore_database  # 7 ms at start-up: only a restore needs it

        assert self.db_path is not None
        current = self.db_path
        self.customers.close_editor()
        self.customers.model.clear()
        self.watcher.stop()  # its next look would open the file again
        worker.shutdown()  # every reader closes its connection to the file
        close_db()
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Restoring…"))

        def finished(aside: Any, error: BaseException | None) -> None:
            self.setEnabled(True)
            try:
                open_crm(current, check=False)
                worker.limit_cache()
            except UserError as exc:
                QMessageBox.critical(self, self.tr("Restore from Backup"), exc.render(QCoreApplication.translate))
                return
            self.damage_shown = False  # a damaged file was replaced: a new one would be news
            changes.announce(changes.DATABASE)  # re-read everything
            self.watcher.start()
            if error is None:
                self.statusBar().showMessage(
                    self.tr("Restored. The database as it was is kept as %1").replace("%1", str(aside)), 20_000
                )
            elif isinstance(error, UserError):
                self.statusBar().clearMessage()
                QMessageBox.warning(self, self.tr("Restore from Backup"), error.render(QCoreApplication.translate))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        worker.start(lambda _p, _c: restore_database(backup, current), write=True, on_finished=finished)
