"""Correcting a sale from the sale screen's list of the day: a return (goods come back,
the money goes back) and a void (the sale should never have been recorded).

Both go through ``domain.sales.corrections``, which never edits the sale: a return is a
sale of its own pointing at the lines it brings back, a void keeps the sale with its
reason. A mistake (no reason, more back than was sold, a sale already voided) is the
domain's sentence under the fields, and the dialog stays open with what was typed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.sales.corrections import return_sale, void_sale
from smallcrm.domain.values.quantities import format_quantity, parse_quantity
from smallcrm.errors import UserError, ValidationError
from smallcrm.ui.models.day_sales import customer_label
from smallcrm.ui.shell import changes, translations
from smallcrm.ui.widgets.form_field import error_color, error_text

COL_ITEM, COL_SOLD, COL_BACK, COL_RETURN = range(4)


def _customer_ids(sale: dict[str, Any]) -> list[int]:
    """Whose purchases a correction changes: the customer's, or nobody's (walk-in)."""
    return [sale["customer_id"]] if sale.get("customer_id") is not None else []


def sale_line(sale: dict[str, Any]) -> str:
    """'20261208-0003 · 张三 · ¥128.00': which sale a correction is about."""
    return " · ".join((sale["number"], customer_label(sale), translations.format_money(sale["total_cents"])))


class _CorrectionDialog(QDialog):
    """A reason, an error line and OK/Cancel; the command runs on the write thread."""

    corrected = Signal(object)  # the domain's answer (a sale dict), once stored

    def __init__(self, sale: dict[str, Any], ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sale = sale
        self.reason = QLineEdit()
        self.reason.setMaxLength(2000)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._running = False
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text needs at the dialog's width.
        WORKAROUND: a dialog sizes itself from its layout's size hint, which measures a
        word-wrapped label at another width than the one it gets; its last lines were
        cut off."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(self.width())
            if height > self.height():
                self.resize(self.width(), height)

    def show_error(self, text: str) -> None:
        self.error.setStyleSheet(f"color: {error_color(self.error).name()};")
        self.error.setText(text)
        self.error.show()
        self._fit()

    def _submit(self) -> None:
        raise NotImplementedError

    def _run(self, command: Any) -> None:
        """Run ``command`` (a domain correction) and close on success; its UserError
        stays in the dialog."""
        if self._running:
            return
        self._running = True
        self.buttons.setEnabled(False)

        def finished(result: dict[str, Any]) -> None:
            self._running = False
            self.corrected.emit(result)
            self.accept()

        def failed(error: UserError) -> bool:
            self._running = False
            self.buttons.setEnabled(True)
            self.show_error(error_text(error))
            return True

        changes.run_command(
            self,
            command,
            kind=changes.PURCHASES,
            ids=lambda _result: _customer_ids(self.sale),
            on_done=finished,
            on_user_error=failed,
            title=self.windowTitle(),
        )


class ReturnDialog(_CorrectionDialog):
    """Choose the lines coming back (Space ticks one), how much of each, and why."""

    def __init__(self, sale: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(sale, self.tr("Record Return"), parent)
        self.setWindowTitle(self.tr("Return from Sale %1").replace("%1", sale["number"]))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Sold"), self.tr("Already back"), self.tr("Coming back")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (COL_SOLD, COL_BACK, COL_RETURN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.line_ids: list[int] = []
        self.left: list[Decimal] = []
        for line in sale["lines"]:
            left = line["quantity"] - line["returned_quantity"]
            if left <= 0:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(line["item"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, COL_ITEM, item)
            for column, quantity in ((COL_SOLD, line["quantity"]), (COL_BACK, line["returned_quantity"])):
                cell = QTableWidgetItem(format_quantity(quantity))
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
            back = QTableWidgetItem(format_quantity(left).replace(",", ""))
            back.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL_RETURN, back)
            self.line_ids.append(line["id"])
            self.left.append(left)
        if self.table.rowCount() == 1:
            self._cell(0, COL_ITEM).setCheckState(Qt.CheckState.Checked)
        self.table.itemChanged.connect(self._item_changed)
        rows = max(1, min(self.table.rowCount(), 8))
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows * 30 + 4)
        if self.table.rowCount():
            self.table.setCurrentCell(0, COL_ITEM)

        hint = QLabel(self.tr("Space ticks a line; type to change how much of it comes back."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.reason.setPlaceholderText(self.tr("e.g. wrong size, spoiled"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(sale_line(sale)))
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made with its row
        return item

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """A quantity typed for a line ticks it: that is why it was typed."""
        if item.column() == COL_RETURN:
            self._cell(item.row(), COL_ITEM).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> dict[int, Decimal | None]:
        """Line id -> quantity coming back (None: all that is left); raises
        ValidationError for a quantity that is not one."""
        lines: dict[int, Decimal | None] = {}
        for row, line_id in enumerate(self.line_ids):
            if self._cell(row, COL_ITEM).checkState() != Qt.CheckState.Checked:
                continue
            quantity = parse_quantity(self._cell(row, COL_RETURN).text(), "quantity")
            lines[line_id] = None if quantity == self.left[row] else quantity
        return lines

    def _submit(self) -> None:
        try:
            lines = self.chosen()
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return
        if not lines:
            self.show_error(self.tr("Tick the lines that come back (Space)."))
            return
        sale_id, reason = self.sale["id"], self.reason.text()
        self._run(lambda: return_sale(sale_id, lines, reason=reason))


class VoidDialog(_CorrectionDialog):
    """Why the sale should not have been recorded; it stays listed, marked voided."""

    def __init__(self, sale: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(sale, self.tr("Void Sale"), parent)
        self.setWindowTitle(self.tr("Void Sale %1").replace("%1", sale["number"]))
        self.explain = explain = QLabel(
            self.tr(
                "The sale stays in the list, marked voided with your reason; no total, profit or "
                "analysis counts it any more. Use a return instead when goods came back."
            )
        )
        explain.setWordWrap(True)
        self.reason.setPlaceholderText(self.tr("e.g. rung up twice, wrong customer"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(sale_line(self.sale)))
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _submit(self) -> None:
        sale_id, reason = self.sale["id"], self.reason.text()
        self._run(lambda: void_sale(sale_id, reason))
