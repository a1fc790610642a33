"""The receipts behind a staff results figure: one staff member's sales (or returns) in a
month, read on a worker, with their customers, payment, total and gross profit.

Opened from the Analysis area's staff results (a click on a bar, a double-click on a
row); non-modal, so the owner can keep it beside the chart. A double-click on a sale
to a customer lists that customer in the Customers area (``show_customers``).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.sales.payments import PAYMENTS
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import UserError
from smallcrm.ui.shell import worker
from smallcrm.ui.widgets.labels import MUTED


class StaffSalesDialog(QDialog):
    """``which`` ('sales' or 'returns') of ``staff_id`` (None: nobody named; -1:
    everyone) in ``month`` ('YYYY-MM')."""

    show_customers = Signal(str, list)  # label, customer ids
    loaded = Signal()  # the list is filled (tests)

    def __init__(self, month: str, staff_id: int | None, staff: str, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month, self.staff_id, self.staff, self.which = month, staff_id, staff, which
        title = self.tr("Returns taken by %1 in %2") if which == "returns" else self.tr("Sales by %1 in %2")
        self.setWindowTitle(title.replace("%1", staff).replace("%2", month))
        self.rows: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading the sales…"))
        layout.addWidget(self.summary)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Receipt"), self.tr("Time"), self.tr("Customer"), self.tr("Payment"), self.tr("Total"),
             self.tr("Gross profit")]
        )  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._chosen)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Double-click a sale to a customer to list that customer."))
        hint.setStyleSheet(MUTED)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._job = worker.start(worker.reading(lambda _progress, _cancel: self._read()), on_finished=self._show)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, 480)

    def _read(self) -> list[dict[str, Any]]:
        # On the worker. staff_results: 45 ms at import, only when a list of sales is asked for.
        from smallcrm.domain.analysis.staff_results import sales_behind

        return sales_behind(self.month, self.staff_id, self.which)

    def _show(self, rows: Any, error: BaseException | None) -> None:
        if error is not None:
            if isinstance(error, UserError):
                self.summary.setText(error.render(QCoreApplication.translate))
            else:
                self.summary.setText(self.tr("The sales could not be read."))
                sys.excepthook(type(error), error, error.__traceback__)
            return
        self.rows = list(rows)
        walk_in = self.tr("Walk-in customer")
        for sale in self.rows:
            payment = PAYMENTS.get(sale["payment"])
            cells = [
                QStandardItem(sale["number"]),
                QStandardItem(sale["sold_at"][:16]),
                QStandardItem(walk_in if sale["walk_in"] else sale["customer_name"]),
                QStandardItem(QCoreApplication.translate("Payments", payment) if payment else sale["payment"]),
                QStandardItem(format_cents(sale["total_cents"])),
                QStandardItem(format_cents(sale["profit_cents"])),
            ]
            for cell in cells[4:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(cells)
        total = sum(s["total_cents"] for s in self.rows)
        self.summary.setText(
            self.tr("%1 receipts, %2 in all.").replace("%1", f"{len(self.rows):,}").replace("%2", format_cents(total))
        )
        self.loaded.emit()

    def _chosen(self, index: Any) -> None:
        sale = self.rows[index.row()] if 0 <= index.row() < len(self.rows) else None
        if sale is not None and sale["customer_id"] is not None:
            label = self.tr("Sale %1").replace("%1", sale["number"])
            self.show_customers.emit(label, [int(sale["customer_id"])])
