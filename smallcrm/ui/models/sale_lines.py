"""The sale being rung up at the counter: its lines as the owner typed them.

Nothing here is stored: the lines become ``domain.sales.lines.LineInput``s when the
sale is saved, and ``domain.sales.recording.record_sale`` checks and stores them. A
cell is read with the domain's own parser as it is typed (``parse_quantity``,
``parse_cents``); what a parser refuses stays in the cell as typed, in red, with the
parser's sentence, so the owner sees what to fix and the sale cannot be saved until
it is fixed. A product scanned (or picked) again raises its line's quantity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from smallcrm.domain.sales.lines import LineInput, cents_of
from smallcrm.domain.values.money import format_cents, parse_cents
from smallcrm.domain.values.quantities import format_quantity, parse_quantity
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.ui.widgets.form_field import error_text

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("item", "quantity", "unit", "price", "discount", "amount")
COL_ITEM, COL_QUANTITY, COL_UNIT, COL_PRICE, COL_DISCOUNT, COL_AMOUNT = range(len(COLUMNS))
HEADERS = {
    "item": QT_TRANSLATE_NOOP("SaleLines", "Item"),
    "quantity": QT_TRANSLATE_NOOP("SaleLines", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("SaleLines", "Unit"),
    "price": QT_TRANSLATE_NOOP("SaleLines", "Price"),
    "discount": QT_TRANSLATE_NOOP("SaleLines", "Discount"),
    "amount": QT_TRANSLATE_NOOP("SaleLines", "Amount"),
}
NUMBERS = {COL_QUANTITY, COL_PRICE, COL_DISCOUNT, COL_AMOUNT}
BAD_COLOR = QColor("#c62828")


@dataclass
class DraftLine:
    """One line before it is stored: a product of the catalogue or free text."""

    product_id: int | None
    item: str
    unit: str = ""
    quantity: Decimal = Decimal(1)
    price_cents: int | None = None  # None: a line of free text whose price is still to come
    catalogue_price_cents: int | None = None  # what a price cell emptied goes back to
    discount_cents: int = 0
    bad: dict[int, tuple[str, str]] = field(default_factory=dict)  # column -> (as typed, what is wrong)

    def amount_cents(self) -> int | None:
        """What the line costs before any discount on the whole sale; None while a cell
        is wrong or the price is missing."""
        if self.bad or self.price_cents is None:
            return None
        return cents_of(self.price_cents, self.quantity) - self.discount_cents


class SaleLinesModel(QAbstractTableModel):
    """The lines of the sale in progress, editable in the table: quantity, price,
    discount (and the text of a free-text line)."""

    lines_changed = Signal()  # anything about the lines: the total and the checks follow

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[DraftLine] = []

    # -- the lines -------------------------------------------------------------------------------

    def add_product(self, product: dict[str, Any], quantity: Decimal = Decimal(1)) -> int:
        """Add ``quantity`` of a catalogue product (a dict as ``products.product_dict``
        gives it); the product already on a line gets that line's quantity raised.
        Returns the row."""
        for row, line in enumerate(self.lines):
            if line.product_id == product["id"] and COL_QUANTITY not in line.bad:
                line.quantity += quantity
                self._row_changed(row)
                return row
        return self._append(
            DraftLine(
                product_id=product["id"],
                item=product["name"],
                unit=product.get("unit") or "",
                quantity=quantity,
                price_cents=product["price_cents"],
                catalogue_price_cents=product["price_cents"],
            )
        )

    def add_text(self, text: str, quantity: Decimal = Decimal(1)) -> int:
        """A line of free text (a service or goods not in the catalogue); its price is
        typed next. Returns the row."""
        return self._append(DraftLine(product_id=None, item=" ".join(text.split()), quantity=quantity))

    def _append(self, line: DraftLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.lines_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.lines_changed.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self.lines = []
        self.endResetModel()
        self.lines_changed.emit()

    def subtotal_cents(self) -> int | None:
        """The lines' amounts added up (before a discount on the whole sale); None while
        a line is wrong or lacks its price."""
        amounts = [line.amount_cents() for line in self.lines]
        return None if any(a is None for a in amounts) else sum(a for a in amounts if a is not None)

    def problem(self) -> tuple[int, str] | None:
        """(row, sentence) of the first cell the owner typed wrong."""
        for row, line in enumerate(self.lines):
            for column in sorted(line.bad):
                return row, line.bad[column][1]
        return None

    def inputs(self) -> list[LineInput]:
        """The lines as the domain takes them (the cells typed wrong are refused before)."""
        return [
            LineInput(
                product_id=line.product_id,
                text=line.item if line.product_id is None else "",
                quantity=line.quantity,
                unit_price_cents=line.price_cents,
                discount_cents=line.discount_cents,
            )
            for line in self.lines
        ]

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.lines_changed.emit()

    # -- Qt ----------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        column = index.column()
        editable = column in (COL_QUANTITY, COL_PRICE, COL_DISCOUNT) or (
            column == COL_ITEM and self.lines[index.row()].product_id is None
        )
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in line.bad:
                return line.bad[column][0]
            return self._text(line, column, edit=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole and column in line.bad:
            return line.bad[column][1]
        if role == Qt.ItemDataRole.ForegroundRole and column in line.bad:
            return QBrush(BAD_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(line: DraftLine, column: int, *, edit: bool) -> str:
        if column == COL_ITEM:
            return line.item
        if column == COL_QUANTITY:
            text = format_quantity(line.quantity)
            return text.replace(",", "") if edit else text
        if column == COL_UNIT:
            return line.unit
        if column == COL_PRICE:
            if line.price_cents is None:
                return ""
            text = format_cents(line.price_cents)
            return text.replace(",", "") if edit else text
        if column == COL_DISCOUNT:
            if not line.discount_cents:
                return ""
            text = format_cents(line.discount_cents)
            return text.replace(",", "") if edit else text
        amount = line.amount_cents()
        return "" if amount is None else format_cents(amount)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line = self.lines[index.row()]
        column = index.column()
        text = str(value).strip()
        line.bad.pop(column, None)
        try:
            if column == COL_ITEM:
                if not text:
                    template = QT_TRANSLATE_NOOP("UserError", "Line {number} names no product.")
                    raise ValidationError("item", template, number=index.row() + 1)
                line.item = " ".join(text.split())
            elif column == COL_QUANTITY:
                line.quantity = parse_quantity(text, "quantity")
            elif column == COL_PRICE:
                line.price_cents = parse_cents(text, "price") if text else line.catalogue_price_cents
            elif column == COL_DISCOUNT:
                line.discount_cents = parse_cents(text, "discount") if text else 0
            else:
                return False
        except ValidationError as exc:
            message = QCoreApplication.translate("SaleLines", "Line %1: %2")
            line.bad[column] = (text, message.replace("%1", str(index.row() + 1)).replace("%2", error_text(exc)))
        self._row_changed(index.row())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("SaleLines", HEADERS[COLUMNS[section]])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                align = Qt.AlignmentFlag.AlignRight if section in NUMBERS else Qt.AlignmentFlag.AlignLeft
                return int(align | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)  # line 1, 2, 3: the domain's sentences count them so
        return None
