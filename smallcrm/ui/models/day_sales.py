"""The day's sales beside the sale screen: time, receipt number, customer, payment,
total; a voided sale struck through and greyed, a return's money shown negative.

The rows are ``domain.sales.reading.list_sales`` dicts (a day has tens or hundreds of
sales, so the model keeps them all).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from smallcrm.domain.sales.payments import PAYMENTS
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.ui.shell import translations

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("time", "number", "customer", "payment", "total", "status")
COL_TIME, COL_NUMBER, COL_CUSTOMER, COL_PAYMENT, COL_TOTAL, COL_STATUS = range(len(COLUMNS))
HEADERS = {
    "time": QT_TRANSLATE_NOOP("DaySales", "Time"),
    "number": QT_TRANSLATE_NOOP("DaySales", "No."),
    "customer": QT_TRANSLATE_NOOP("DaySales", "Customer"),
    "payment": QT_TRANSLATE_NOOP("DaySales", "Payment"),
    "total": QT_TRANSLATE_NOOP("DaySales", "Total"),
    "status": QT_TRANSLATE_NOOP("DaySales", "Status"),
}
SaleIdRole = Qt.ItemDataRole.UserRole + 1


def payment_label(key: str) -> str:
    """A payment method as the owner reads it ('微信支付'); an unknown key as stored."""
    return QCoreApplication.translate("Payments", PAYMENTS[key]) if key in PAYMENTS else key


def customer_label(sale: dict[str, Any]) -> str:
    if sale.get("customer_id") is None:
        return QCoreApplication.translate("DaySales", "Walk-in customer")
    return sale.get("customer_name") or QCoreApplication.translate("DaySales", "(no name)")


def status_label(sale: dict[str, Any]) -> str:
    if sale["voided"]:
        return QCoreApplication.translate("DaySales", "Voided")
    if sale.get("returns_sale_id") is not None:
        return QCoreApplication.translate("DaySales", "Return")
    return ""


class DaySalesModel(QAbstractTableModel):
    """One row per sale of the day, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sales: list[dict[str, Any]] = []

    def set_sales(self, sales: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.sales = list(sales)
        self.endResetModel()

    def sale_at(self, row: int) -> dict[str, Any] | None:
        return self.sales[row] if 0 <= row < len(self.sales) else None

    def row_of(self, sale_id: int) -> int | None:
        return next((row for row, sale in enumerate(self.sales) if sale["id"] == sale_id), None)

    def takings_cents(self) -> int:
        """The day's money: sales less what returns paid back, voided sales left out."""
        return sum(sale["total_cents"] for sale in self.sales if not sale["voided"])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.sales)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sale = self.sales[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(sale, column)
        if role == SaleIdRole:
            return sale["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and sale["voided"]:
            font = QFont(QApplication.font())
            font.setStrikeOut(column != COL_STATUS)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and sale["voided"]:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ToolTipRole:
            if sale["voided"]:
                return QCoreApplication.translate("DaySales", "Voided: not counted anywhere")
            return sale["number"]
        return None

    @staticmethod
    def _text(sale: dict[str, Any], column: int) -> str:
        if column == COL_TIME:
            return str(sale["sold_at"])[11:16]
        if column == COL_NUMBER:
            return str(sale["number"]).rpartition("-")[2]  # the day's running number: the list is the day's
        if column == COL_CUSTOMER:
            return customer_label(sale)
        if column == COL_PAYMENT:
            return payment_label(sale["payment"])
        if column == COL_TOTAL:
            return translations.format_money(sale["total_cents"])
        return status_label(sale)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DaySales", HEADERS[COLUMNS[section]])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if section == COL_TOTAL else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None
