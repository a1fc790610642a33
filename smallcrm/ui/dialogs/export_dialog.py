"""Export: customers (all, the ones the list shows, or the selection), their purchases,
the open reminders or the mailing list, to .xlsx or .csv, written on a worker thread.

The exporter (:mod:`smallcrm.sheets.exporter`) writes through a temporary file, so a
cancelled or failed export leaves nothing half-written behind.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm import jobs
from smallcrm.domain.customers.search import match_condition
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets.exporter import export
from smallcrm.ui.shell import worker

# What can be exported: (key for exporter.export, label, default file name).
WHAT = [
    ("customers", QT_TRANSLATE_NOOP("ExportDialog", "Customers"), QT_TRANSLATE_NOOP("ExportDialog", "customers")),
    (
        "purchases",
        QT_TRANSLATE_NOOP("ExportDialog", "Purchases of these customers"),
        QT_TRANSLATE_NOOP("ExportDialog", "purchases"),
    ),
    ("reminders", QT_TRANSLATE_NOOP("ExportDialog", "Open reminders"), QT_TRANSLATE_NOOP("ExportDialog", "reminders")),
    (
        "mailing",
        QT_TRANSLATE_NOOP("ExportDialog", "Mailing list (customers who agreed to post)"),
        QT_TRANSLATE_NOOP("ExportDialog", "mailing-list"),
    ),
]
ALL, LIST, SELECTION = "all", "list", "selection"


class ExportDialog(QDialog):
    """Choose what, which customers, the format and the file; Export runs off the GUI thread.

    ``selection`` is the list's selected customer ids; ``search`` and ``filters`` are
    what the list shows now (its search term and its filter conditions).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        selection: Sequence[int] = (),
        search: str = "",
        filters: Sequence[Any] = (),
        scope: str | None = None,
        folder: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.selection = list(selection)
        self.search = search
        self.filters = list(filters)
        self.folder = Path(folder) if folder is not None else Path.home()
        self.job: worker.Job | None = None
        self.written = 0
        self.out: Path | None = None

        self.what_combo = QComboBox()
        for key, label, _file in WHAT:
            self.what_combo.addItem(QCoreApplication.translate("ExportDialog", label), key)

        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.what_combo)
        form.addRow(self.tr("Which customers:"), self._make_scope(scope))
        form.addRow(self.tr("Format:"), self._make_format_row())
        form.addRow(self.tr("Save as:"), self._make_path_row())

        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.what_combo.currentIndexChanged.connect(self._what_changed)
        self.format_group.idToggled.connect(lambda _id, on: self._suggest_path() if on else None)
        self._what_changed()

    def _make_scope(self, scope: str | None) -> QVBoxLayout:
        """All customers, the ones the list shows, or the selection: the one asked for
        when it can be had, else the narrowest that can."""
        self.scope_group = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("All customers"))
        self.list_radio = QRadioButton(self.tr("The customers the list shows now (its search and filters)"))
        self.selection_radio = QRadioButton(
            self.tr("The selected customers (%1)").replace("%1", f"{len(self.selection):,}")
        )
        scope_box = QVBoxLayout()
        for i, radio in enumerate((self.all_radio, self.list_radio, self.selection_radio)):
            self.scope_group.addButton(radio, i)
            scope_box.addWidget(radio)
        self.list_radio.setEnabled(bool(self.search or self.filters))
        self.selection_radio.setEnabled(bool(self.selection))
        radios = {ALL: self.all_radio, LIST: self.list_radio, SELECTION: self.selection_radio}
        chosen = scope or (SELECTION if self.selection else LIST)
        if chosen not in radios or not radios[chosen].isEnabled():
            chosen = LIST if self.list_radio.isEnabled() else ALL
        radios[chosen].setChecked(True)
        return scope_box

    def _make_format_row(self) -> QHBoxLayout:
        self.format_group = QButtonGroup(self)
        self.xlsx_radio = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.csv_radio = QRadioButton(self.tr("CSV, UTF-8 (.csv)"))
        self.xlsx_radio.setChecked(True)
        format_row = QHBoxLayout()
        for i, radio in enumerate((self.xlsx_radio, self.csv_radio)):
            self.format_group.addButton(radio, i)
            format_row.addWidget(radio)
        format_row.addStretch(1)
        return format_row

    def _make_path_row(self) -> QHBoxLayout:
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        return path_row

    # -- choices ------------------------------------------------------------------------------

    def what(self) -> str:
        return str(self.what_combo.currentData())

    def scope(self) -> str:
        return {0: ALL, 1: LIST, 2: SELECTION}[self.scope_group.checkedId()]

    def suffix(self) -> str:
        return ".csv" if self.csv_radio.isChecked() else ".xlsx"

    def _what_changed(self) -> None:
        per_customer = self.what() != "reminders"
        for radio in (self.all_radio, self.list_radio, self.selection_radio):
            radio.setVisible(per_customer)
        self._suggest_path()

    def _suggest_path(self) -> None:
        name = next(QCoreApplication.translate("ExportDialog", f) for k, _l, f in WHAT if k == self.what())
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else self.folder
        self.path_edit.setText(str(folder / (name + self.suffix())))

    def browse(self) -> None:
        filters = self.tr("CSV, UTF-8 (*.csv)") if self.suffix() == ".csv" else self.tr("Excel workbook (*.xlsx)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path_edit.text(), filters)
        if path:
            if not path.lower().endswith(self.suffix()):
                path += self.suffix()
            self.path_edit.setText(path)

    def options(self) -> dict[str, Any]:
        """What the exporter gets for the chosen customers."""
        if self.what() == "reminders":
            return {}
        scope = self.scope()
        if scope == SELECTION:
            return {"ids": list(self.selection)}
        if scope == LIST:
            where = None
            for condition in self.filters:
                where = condition if where is None else (where & condition)
            options: dict[str, Any] = {"where": where}
            if self.search:
                options["search"] = self.search
            return options
        return {}

    # -- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def export(self) -> worker.Job | None:
        if self.running:
            return self.job
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the file to save to."))
            return None
        out = Path(text)
        if out.suffix.lower() not in (".xlsx", ".csv"):
            out = out.with_name(out.name + self.suffix())
        self.out = out
        what, options = self.what(), self.options()

        def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> int:
            worker.limit_cache()
            if what == "mailing" and options.get("search"):  # the mailing export takes conditions only
                condition = match_condition(options.pop("search"))
                if condition is not None:
                    where = options.get("where")
                    options["where"] = condition if where is None else (condition & where)
            return int(export(out, what, progress=progress, cancel=cancel, **options))

        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.job = worker.start(run, on_progress=self._progress, on_finished=self._done)
        return self.job

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, count: Any, error: Any) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        if isinstance(error, jobs.Cancelled):
            self.status.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(error, UserError):
            self.status.setText(error.render(QCoreApplication.translate))
        elif error is not None:
            self.status.setText("")
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            self.written = count
            self.status.setText(
                self.tr("Exported %1 rows to %2").replace("%1", f"{count:,}").replace("%2", str(self.out))
            )

    def reject(self) -> None:
        """Close, or while exporting, Cancel (the half-written file is removed)."""
        if self.running:
            assert self.job is not None
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()


def for_customer_list(page: Any, parent: QWidget | None = None, scope: str | None = None) -> ExportDialog:
    """The dialog for what the Customers list shows: its selection (two or more rows;
    one row is merely the current customer), its search and its filters."""
    ids = page.selected_ids()
    dialog = ExportDialog(
        parent or page,
        selection=ids if len(ids) > 1 else (),
        search=page.model.term,
        filters=page.model.filters,
        scope=scope,
    )
    return dialog
