"""Demo data from the welcome page (or ``--demo``): made-up customers written on the
write thread behind a progress dialog whose Cancel rolls everything back.

A part of :class:`~smallcrm.ui.shell.main_window.MainWindow`, which inherits it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from smallcrm import jobs
from smallcrm.errors import UserError
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.shell.welcome import DEMO_CUSTOMERS, WelcomePage


class DemoData(QMainWindow):
    """The window's demo data: :meth:`generate_demo` and the job it runs."""

    demo_job: worker.Job | None = None
    _progress: QProgressDialog | None = None
    # The window provides these.
    welcome: WelcomePage
    focus_search: Callable[[], None]

    def generate_demo(self) -> worker.Job | None:
        """Fill the empty database with demo customers on the write thread."""
        if self.demo_job is not None and not self.demo_job.done:
            return self.demo_job
        # 24 ms at start-up, and a build may leave the generator out (welcome.demo_available).
        from smallcrm.domain import demo

        def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
            return demo.generate(customers=DEMO_CUSTOMERS, seed=1, progress=progress, cancel=cancel)

        self.welcome.demo_button.setEnabled(False)
        dialog = QProgressDialog(self.tr("Creating demo customers…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Demo data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        self._progress = dialog
        job = worker.start(run, write=True, on_progress=self._job_progress, on_finished=self._demo_finished)
        dialog.canceled.connect(job.cancel)
        dialog.canceled.connect(lambda: self.statusBar().showMessage(self.tr("Cancelling…")))
        dialog.show()
        self.demo_job = job
        return job

    def _job_progress(self, done: int, total: int, message: str) -> None:
        dialog = self._progress
        if dialog is None or dialog.wasCanceled():
            return
        if message:  # domain steps are marked QT_TRANSLATE_NOOP("Progress", ...)
            dialog.setLabelText(QCoreApplication.translate("Progress", message))
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None

    def _demo_finished(self, _result: Any, error: BaseException | None) -> None:
        self._close_progress()
        self.welcome.demo_button.setEnabled(True)
        if isinstance(error, jobs.Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled: no demo customers were added."), 10_000)
        elif isinstance(error, UserError):
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Demo data"), error.render(QCoreApplication.translate))
        elif error is not None:
            self.statusBar().clearMessage()
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            self.statusBar().showMessage(self.tr("Demo customers added."), 10_000)
        changes.announce(changes.DATABASE)  # re-read everything
        if error is None:
            self.focus_search()
