"""The import wizard's last page: the import itself with a progress bar and a Cancel
that rolls it back, then what it did and Undo."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from smallcrm import jobs
from smallcrm.errors import UserError
from smallcrm.ui.dialogs.import_common import (
    WizardSteps,
)
from smallcrm.ui.dialogs.import_history import confirm_and_undo
from smallcrm.ui.shell import changes, worker


class ResultPage(QWizardPage):
    """The import itself, with a progress bar and Cancel; then what it did."""

    def __init__(self, wizard: WizardSteps) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.result: Any = None
        self.error: BaseException | None = None
        self.job: worker.Job | None = None
        self.progress = QProgressBar()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save Rejected Rows…"))
        self.save_button.clicked.connect(lambda: self.w.save_rejects(self.result))
        self.undo_button = QPushButton(self.tr("Undo This Import"))
        self.undo_button.clicked.connect(self.undo)
        for b in (self.save_button, self.undo_button):
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            b.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("Importing"))
        if self.w.inspection().kind == "products":
            self.setSubTitle(self.tr("Cancel stops the import and leaves your catalogue exactly as it was."))
        else:
            self.setSubTitle(self.tr("Cancel stops the import and leaves your customers exactly as they were."))
        self.text.setText(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.job = worker.start(self.w.commit_job(), write=True, on_progress=self._progress)
        self.job.finished.connect(self._done)
        self.completeChanged.emit()

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def cancel(self) -> None:
        if self.running:
            assert self.job is not None
            self.job.cancel()
            self.text.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, result: Any, error: Any) -> None:
        self.progress.hide()
        self.w.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # nothing left to cancel
        self.error = error
        self.setSubTitle("")
        if isinstance(error, jobs.Cancelled):
            self.setTitle(self.tr("Import cancelled"))
            if self.w.inspection().kind == "products":
                self.text.setText(self.tr("Nothing was imported: your catalogue is exactly as it was."))
            else:
                self.text.setText(self.tr("Nothing was imported: your customers are exactly as they were."))
        elif error is not None:
            self.setTitle(self.tr("Import failed"))
            nothing = self.tr("Nothing was imported.")
            if isinstance(error, UserError):
                self.text.setText(error.render(QCoreApplication.translate) + "\n\n" + nothing)
            else:
                self.text.setText(nothing)
                sys.excepthook(type(error), error, error.__traceback__)
        else:
            self.result = result
            self.setTitle(self.tr("Import finished"))
            text = self.w.counts_text(result)
            text += "\n\n" + self.tr(
                "This was import %1. You can undo it here or later under File, Import History."
            ).replace("%1", str(result.batch))
            self.text.setText(text)
            self.undo_button.show()
            self.save_button.setVisible(bool(result.rejects))
            if result.kind == "products":
                changes.announce(changes.PRODUCTS)
            else:
                changes.announce(changes.CUSTOMERS)
            if result.kind == "purchases":
                changes.announce(changes.PURCHASES)
        self.completeChanged.emit()

    def undo(self) -> None:
        if self.result is None:
            return

        def undone(_answer: Any) -> None:
            self.undo_button.setEnabled(False)
            self.text.setText(self.text.text() + "\n\n" + self.tr("The import was undone."))

        confirm_and_undo(self, self.result.batch, self.result.file_name, undone, kind=self.result.kind)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.job is not None and self.job.done
