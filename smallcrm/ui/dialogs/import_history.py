"""Import history: every import with its counts, and Undo for one that went wrong.

Undo is the domain's :func:`~smallcrm.sheets.importer.undo_import` (one transaction:
the customers and purchases the import added are removed, the fields it changed get
their old values back), run on the write thread like every other write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.sheets.importer import list_imports, undo_import
from smallcrm.ui.shell import changes, worker

HISTORY_ROWS = 200


def confirm_and_undo(
    parent: QWidget,
    batch: int,
    file_name: str,
    on_done: Callable[[Any], None] | None = None,
    *,
    kind: str = "customers",
) -> worker.Job | None:
    """Ask, then undo import ``batch`` (of ``kind``) on the write thread; announces the change."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ImportHistory", "Undo Import"))
    box.setText(
        QCoreApplication.translate("ImportHistory", "Undo import %1 of “%2”?")
        .replace("%1", str(batch))
        .replace("%2", file_name)
    )
    if kind == "products":
        box.setInformativeText(
            QCoreApplication.translate(
                "ImportHistory",
                "The products it added are removed and the products it changed get their previous values "
                "back. A product sold since stays, retired, for its sales.",
            )
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "ImportHistory",
                "The customers and purchases it added are removed and the customers it changed get their "
                "previous values back. A customer who has since got purchases or visits of their own goes "
                "to the trash instead.",
            )
        )
    undo = box.addButton(QCoreApplication.translate("ImportHistory", "Undo Import"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not undo:
        return None

    def done(result: Any) -> None:
        changes.announce(changes.PURCHASES)
        if kind == "products":
            changes.announce(changes.PRODUCTS)
        if on_done is not None:
            on_done(result)

    return changes.run_command(
        parent,
        lambda: undo_import(batch),
        kind=changes.CUSTOMERS,
        on_done=done,
        title=QCoreApplication.translate("ImportHistory", "Undo Import"),
    )


def _history(_progress: Any, _cancel: Any) -> list[dict[str, Any]]:
    return list_imports(HISTORY_ROWS)


class ImportHistoryDialog(QDialog):
    """The latest imports, newest first; Undo Import for the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import History"))
        self.rows: list[dict[str, Any]] = []
        self.job: worker.Job | None = None
        self.undo_job: worker.Job | None = None
        headers = [
            self.tr("Import"),
            self.tr("When"),
            self.tr("File"),
            self.tr("Kind"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Skipped"),
            self.tr("Rejected"),
            self.tr("Undone"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("Nothing has been imported yet."))
        self.empty.hide()
        self.undo_button = QPushButton(self.tr("Undo Import…"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.resize(820, 380)
        changes.hub().changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.job = worker.start(worker.reading(_history))
        self.job.finished.connect(self._loaded)

    @property
    def loading(self) -> bool:
        return self.job is not None and not self.job.done

    def _loaded(self, rows: Any, error: Any) -> None:
        if self.sender() is not self.job or error is not None:
            if error is not None and self.sender() is self.job:
                raise error  # a bug: the app's error reporter shows it
            return
        self.rows = rows
        kinds = {"customers": self.tr("Customers"), "purchases": self.tr("Purchases"), "products": self.tr("Products")}
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                str(row["batch"]),
                (row["created_at"] or "")[:16],
                row["file"],
                kinds.get(row["kind"], row["kind"]),
                f"{row['added']:,}",
                f"{row['updated']:,}",
                f"{row['skipped']:,}",
                f"{row['rejected']:,}",
                (row["undone_at"] or "")[:16],
            ]
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            if column != 2:  # room around the short headers (新增, 跳过) and numbers
                self.table.setColumnWidth(column, self.table.columnWidth(column) + 18)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.undo_button.setEnabled(row is not None and not row["undone_at"])

    def undo_selected(self) -> None:
        row = self.selected()
        if row is None or row["undone_at"]:
            return
        self.undo_job = confirm_and_undo(self, row["batch"], row["file"], kind=row["kind"])

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.CUSTOMERS, changes.PURCHASES, changes.PRODUCTS, changes.DATABASE) and self.isVisible():
            self.reload()
