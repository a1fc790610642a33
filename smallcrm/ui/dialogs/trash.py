"""The trash: customers moved there, most recent first, to restore or delete for good."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.customers.commands import purge_customers, restore_customers
from smallcrm.domain.customers.lookup import trashed_customers
from smallcrm.ui.models.rows_model import RowsModel
from smallcrm.ui.shell import changes, worker


def _trash_rows(_progress: Any, _cancel: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id,
            "name": c.name,
            "phone": c.phone,
            "customer_no": c.customer_no,
            "city": c.city,
            "deleted_at": str(c.deleted_at)[:16],
        }
        for c in trashed_customers()
    ]


class TrashDialog(QDialog):
    """Restore customers from the trash, or delete them for good (with their history)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.model = RowsModel(
            [self.tr("Name"), self.tr("Phone"), self.tr("No."), self.tr("City"), self.tr("Moved to the trash")],
            (),
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore)
        self.purge_button = QPushButton(self.tr("Delete for Good…"))
        self.purge_button.clicked.connect(self.purge)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().height() * 28)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        changes.hub().changed.connect(self._on_changed)
        self._job: worker.Job | None = None
        self.reload()

    def reload(self) -> None:
        self._job = worker.start(worker.reading(_trash_rows))
        self._job.finished.connect(self._loaded)

    def _loaded(self, records: Any, error: Any) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        if error is not None:
            raise error
        rows = [(r["name"], r["phone"], r["customer_no"], r["city"], r["deleted_at"]) for r in records]
        self.model.set_rows(records, rows)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("In the trash: %1. Restore brings a customer back with everything they had.").replace(
                "%1", f"{len(rows):,}"
            )
            if rows
            else self.tr("The trash is empty.")
        )
        self._update()

    @property
    def loading(self) -> bool:
        return self._job is not None

    def selected_ids(self) -> list[int]:
        return [self.model.ids[i.row()] for i in self.table.selectionModel().selectedRows()]

    def _update(self) -> None:
        has = bool(self.selected_ids())
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def restore(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        changes.run_command(self, lambda: restore_customers(ids), kind=changes.CUSTOMERS, ids=lambda r: r)

    def purge(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for Good"),
            self.tr(
                "Delete the selected customers (%1) for good, with their purchases, contacts and reminders? "
                "This cannot be undone."
            ).replace("%1", f"{len(ids):,}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            changes.run_command(self, lambda: purge_customers(ids), kind=changes.CUSTOMERS, ids=lambda _r: ids)

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.CUSTOMERS, changes.DATABASE):
            self.reload()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.restore()
            return
        super().keyPressEvent(event)
