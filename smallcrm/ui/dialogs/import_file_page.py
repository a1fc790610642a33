"""The import wizard's first page: the file and what it holds; its first rows are read
at once, on a worker thread."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from smallcrm import jobs
from smallcrm.errors import UserError
from smallcrm.sheets import importer
from smallcrm.ui.dialogs.import_common import (
    ERROR,
    INSPECT_DELAY_MS,
    MUTED,
    WizardSteps,
)
from smallcrm.ui.shell import worker


def _inspect_job(path: str, kind: str | None) -> worker.JobFunction:
    def run(_progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        cancel.check()
        return importer.inspect(path, kind=kind)

    return worker.reading(run)


class FilePage(QWizardPage):
    """Choose the file and what it holds; its first rows are read at once."""

    def __init__(self, wizard: WizardSteps) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a spreadsheet"))
        self.setSubTitle(
            self.tr(
                "Excel (.xlsx, .xls), LibreOffice (.ods) or CSV files saved by Excel or WPS. Title rows above "
                "the headers are fine; nothing is stored before the last step."
            )
        )
        self.inspection: Any = None
        self.error: str = ""
        self._job: worker.Job | None = None
        self._asked: tuple[str, str | None] | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The spreadsheet to import"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Find out from the columns"), None)
        self.kind_combo.addItem(self.tr("Customers"), "customers")
        self.kind_combo.addItem(self.tr("Purchases"), "purchases")
        self.kind_combo.addItem(self.tr("Products and services"), "products")

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.force_box = QCheckBox(self.tr("Import it again anyway"))
        self.force_box.hide()

        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("The file holds:"), self.kind_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addWidget(self.force_box)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(INSPECT_DELAY_MS)
        self._timer.timeout.connect(self.inspect)
        self.path_edit.textChanged.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._changed)

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a Spreadsheet"),
            start,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.inspect()

    def _changed(self) -> None:
        self.inspection = None
        self.error = ""
        self.force_box.hide()
        self.status.clear()
        self.completeChanged.emit()
        self._timer.start()

    def kind(self) -> str | None:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str | None) -> None:
        """What the file holds, as the owner would choose it (the catalogue's Import opens the wizard with products)."""
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def inspect(self) -> None:
        """Read the file's first rows on a worker thread (the newest request wins)."""
        self._timer.stop()
        path = self.path_edit.text().strip()
        if not path:
            return
        asked = (path, self.kind())
        if asked == self._asked and (self.inspection is not None or self.loading):
            return
        if self._job is not None:
            self._job.cancel()
        self._asked = asked
        self.inspection = None
        self.status.setStyleSheet(MUTED)
        self.status.setText(self.tr("Reading the file…"))
        self._job = worker.start(_inspect_job(path, self.kind()))
        self._job.finished.connect(self._inspected)
        self.completeChanged.emit()

    @property
    def loading(self) -> bool:
        return self._job is not None and not self._job.done

    def _inspected(self, inspection: Any, error: Any) -> None:
        if self.sender() is not self._job:
            return  # an older request
        self._job = None
        if isinstance(error, jobs.Cancelled):
            return
        if error is not None:
            self.inspection = None
            self.error = error.render(QCoreApplication.translate) if isinstance(error, UserError) else str(error)
            self.status.setStyleSheet(ERROR)
            self.status.setText(self.error)
            if not isinstance(error, UserError):
                sys.excepthook(type(error), error, error.__traceback__)
            self.completeChanged.emit()
            return
        self.inspection = inspection
        what = {
            "customers": self.tr("customers"),
            "purchases": self.tr("purchases"),
            "products": self.tr("products and services"),
        }[inspection.kind]
        lines = [
            self.tr("Sheet “%1”: headers in row %2; it looks like a list of %3.")
            .replace("%1", inspection.source.sheet or inspection.file_name)
            .replace("%2", str(inspection.header_row))
            .replace("%3", what)
        ]
        if inspection.source.estimated_rows:
            lines.append(self.tr("About %1 rows.").replace("%1", f"{inspection.source.estimated_rows:,}"))
        self.status.setStyleSheet("")
        if inspection.already_imported is not None:
            lines.append(
                self.tr(
                    "This file was imported before (import %1). Undo that import first, or import it again on purpose."
                ).replace("%1", str(inspection.already_imported))
            )
            self.force_box.setChecked(False)
            self.force_box.show()
        self.status.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.inspection is not None and self.inspection.path == Path(self.path_edit.text().strip())

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        pass
