"""The import wizard: a shop's spreadsheet into SmallCRM, checked before anything is written.

Pages: choose the file (and what it holds), check the columns, preview (duplicate
policy, counts, the first rows as they will be stored, duplicates, rejected rows),
import. Every step that reads the file or the database runs on a worker thread
(:mod:`smallcrm.ui.shell.worker`): the file's first rows are read while the owner looks at
the first page, the preview is the real import run in a transaction that is rolled
back (``run_import(dry_run=True)``), so its counts are exactly what the import will
do, and the import itself runs on the write thread with a progress bar and a cancel
that rolls everything back. The wizard never writes through the models.

The pages have modules of their own (``import_file_page``, ``import_mapping_page``,
``import_preview_page``, ``import_result_page``), and what they share is in
``import_common``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from smallcrm import jobs
from smallcrm.sheets import headers as hdr
from smallcrm.sheets import importer
from smallcrm.sheets.importer import ImportOptions, save_rejects_report
from smallcrm.ui.dialogs.import_common import FIELD_LABELS, cell_text, field_label, show_error, stored_text
from smallcrm.ui.dialogs.import_file_page import FilePage
from smallcrm.ui.dialogs.import_mapping_page import MappingPage
from smallcrm.ui.dialogs.import_preview_page import REJECTS_SHOWN, PreviewPage
from smallcrm.ui.dialogs.import_result_page import ResultPage
from smallcrm.ui.shell import worker

__all__ = [
    "FIELD_LABELS",
    "REJECTS_SHOWN",
    "FilePage",
    "ImportWizard",
    "MappingPage",
    "PreviewPage",
    "ResultPage",
    "cell_text",
    "field_label",
    "stored_text",
]


def _commit_job(path: Path, options: Any, remember: tuple[str, list[str], list[str]] | None) -> worker.JobFunction:
    def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        result = importer.run_import(path, options, progress=progress, cancel=cancel)
        if remember is not None:  # the owner's adjusted columns, for the next file like this
            hdr.remember_mapping(*remember)
        return result

    return run


class ImportWizard(QWizard):
    """File, columns, preview, import. ``path`` starts it on a file (a dropped file, tests);
    ``kind`` says what the file holds (the catalogue's Import: products)."""

    def __init__(self, parent: QWidget | None = None, path: str | Path | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a Spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(860, 620)
        if kind is not None:
            self.file_page.set_kind(kind)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
            self.file_page.inspect()

    def inspection(self) -> Any:
        return self.file_page.inspection

    def options(self) -> Any:
        ins = self.inspection()
        return ImportOptions(
            kind=ins.kind,
            mapping=self.mapping_page.mapping(),
            header_row=ins.header_row,
            sheet=ins.source.sheet or None,
            on_duplicate=self.preview_page.policy() if ins.kind in ("customers", "products") else "skip",
            create_missing=ins.kind == "purchases" and self.preview_page.create_box.isChecked(),
            force=self.file_page.force_box.isChecked(),
            consent=self.preview_page.consent(),
        )

    def mapping(self) -> list[str]:
        return self.mapping_page.mapping()

    def commit_job(self) -> worker.JobFunction:
        ins = self.inspection()
        page = self.mapping_page
        remember = (ins.kind, list(ins.headers), page.mapping()) if page.adjusted() else None
        return _commit_job(ins.path, self.options(), remember)

    def counts_text(self, result: Any) -> str:
        text = (
            self.tr("New: %1   Updated: %2   Skipped: %3   Rejected: %4")
            .replace("%1", f"{result.added:,}")
            .replace("%2", f"{result.updated:,}")
            .replace("%3", f"{result.skipped:,}")
            .replace("%4", f"{result.rejected:,}")
        )
        if result.customers_added:
            text += "\n" + self.tr("New customers for these purchases: %1").replace("%1", f"{result.customers_added:,}")
        if result.addresses_split:
            text += "\n" + self.tr("Addresses split into province, city and district: %1").replace(
                "%1", f"{result.addresses_split:,}"
            )
        return text

    def save_rejects(self, result: Any, path: str | None = None) -> worker.Job | None:
        """The rejected rows with their reasons, as .xlsx beside the imported file."""
        if result is None or not result.rejects:
            return None
        if path is None:
            suggested = result.path.with_name(result.path.stem + self.tr("-rejected") + ".xlsx")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save Rejected Rows"), str(suggested), self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        out = path

        def run(_progress: Any, _cancel: Any) -> int:
            return save_rejects_report(result, out, translate=QCoreApplication.translate)

        def done(count: Any, error: Any) -> None:
            if error is not None:
                show_error(self, self.tr("Save Rejected Rows"), error)
            else:
                QMessageBox.information(
                    self,
                    self.tr("Save Rejected Rows"),
                    self.tr("%1 rejected rows saved to %2. Fix them there and import that file.")
                    .replace("%1", f"{count:,}")
                    .replace("%2", str(out)),
                )

        return worker.start(run, on_finished=done)

    def reject(self) -> None:
        """Cancel: stops a running import (which rolls back) before the wizard closes."""
        if self.result_page.running:
            self.result_page.cancel()
            return
        self.preview_page.stop()
        super().reject()
