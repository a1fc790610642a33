"""The editor's tabs beside the form: Purchases, Interactions, Reminders and Changes.

Each tab lists one customer's records (tens, rarely thousands: a small list model is
enough) and offers the domain commands for them; every write goes through
``changes.run_command``, which announces it, and the tabs re-read on the announcement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.values.money import currency_symbol, format_cents
from smallcrm.domain.values.quantities import format_quantity
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.ui.shell import changes, mnemonics, translations
from smallcrm.ui.widgets.repeats import fill_repeat_box, repeat_label

ModelIndex = QModelIndex | QPersistentModelIndex

INTERACTION_KINDS = {
    "visit": QT_TRANSLATE_NOOP("Records", "Visit"),
    "call": QT_TRANSLATE_NOOP("Records", "Call"),
    "message": QT_TRANSLATE_NOOP("Records", "Message"),
    "complaint": QT_TRANSLATE_NOOP("Records", "Complaint"),
    "feedback": QT_TRANSLATE_NOOP("Records", "Feedback"),
    "greeting": QT_TRANSLATE_NOOP("Records", "Greeting sent"),
    "note": QT_TRANSLATE_NOOP("Records", "Note"),
}
REMINDER_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Records", "Open"),
    "snoozed": QT_TRANSLATE_NOOP("Records", "Snoozed"),
    "done": QT_TRANSLATE_NOOP("Records", "Done"),
    "dismissed": QT_TRANSLATE_NOOP("Records", "Dismissed"),
}


def _label(text: str) -> str:
    """One of the tables' labels above, translated (their strings are in context Records)."""
    return QCoreApplication.translate("Records", text)


def error_text(error: UserError) -> str:
    """A field's error without the '(column x)' a message box would add."""
    return QCoreApplication.translate("UserError", error.template).format(**error.args_map)


class RowsModel(QAbstractTableModel):
    """A read-only table of a few rows: ``rows`` are tuples of display text, ``ids``
    the record behind each row."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.right = set(right)
        self.rows: Sequence[tuple[str, ...]] = []
        self.ids: list[int] = []
        self.records: list[dict[str, Any]] = []

    def set_rows(
        self, records: list[dict[str, Any]], rows: Sequence[tuple[str, ...]], ids: list[int] | None = None
    ) -> None:
        """``ids``: the records' ids when a worker already listed them (tens of
        thousands of rows: the GUI thread need not walk them again)."""
        self.beginResetModel()
        self.records = records
        self.ids = ids if ids is not None else [r["id"] for r in records]
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if section in self.right else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None


# The tabs' shortcuts, the same in every tab (each works while its tab has the focus).
# Ins adds a row as in spreadsheets and accounting programs; laptops without an Ins key
# (and Macs) have Ctrl+Shift+N, "a new one here". F2 edits as it renames in a file
# manager; Enter in the table edits too. Ctrl+D: done (a reminder) or resolved (a
# complaint). Ctrl+L: later (snooze).
ADD_KEYS = (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Shift+N"))
EDIT_KEYS = (QKeySequence(Qt.Key.Key_F2),)
DELETE_KEYS = (QKeySequence.StandardKey.Delete,)
DONE_KEYS = (QKeySequence("Ctrl+D"),)
SNOOZE_KEYS = (QKeySequence("Ctrl+L"),)
DISMISS_KEYS = (QKeySequence("Ctrl+Shift+D"),)


class RecordsTab(QWidget):
    """A list of one customer's records with buttons under it."""

    kinds: tuple[str, ...] = ()  # change kinds that make this tab re-read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.actions_of: dict[QPushButton, QAction] = {}
        self._rows_of: int | None = None  # the customer whose rows the table shows
        self.model = RowsModel([], (), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000-00-00"))
        # Tab leaves the table for the buttons under it (and Shift+Tab for what is above):
        # with Qt's default, Tab moves from cell to cell and never gets out of a table.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        changes.hub().changed.connect(self._on_changed)

    def set_headers(self, headers: Sequence[str], right: Sequence[int] = ()) -> None:
        self.model.headers, self.model.right = list(headers), set(right)

    def add_button(
        self,
        text: str,
        slot: Callable[[], None],
        *,
        needs_row: bool = False,
        keys: Sequence[QKeySequence | QKeySequence.StandardKey] = (),
        tip: str = "",
    ) -> QPushButton:
        """A button under the table, and its action: the same command from ``keys``
        while the tab has the focus (shown in the tooltip and in Help › Keyboard
        Shortcuts, which lists the window's actions)."""
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for key in keys:
            sequences += QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
        action.setShortcuts(sequences)
        # Only while the focus is in this tab: the three tabs share Ins, F2 and Del.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setProperty("shortcut_area", self.area())
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton(text)
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences)
        tip = tip or mnemonics.plain(text).removesuffix("…")
        button.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setToolTip(button.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        button.setProperty("needs_row", needs_row)
        self.actions_of[button] = action
        if needs_row:
            action.setEnabled(False)
        self.buttons.addWidget(button)
        return button

    def area(self) -> str:
        """Where this tab's shortcuts work, for the shortcut list: 'Customer › Purchases'."""
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the table edits the selected record, as a double-click does; a table
        that gets the focus selects its current row."""
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            self._select_current()
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

    def _select_current(self) -> None:
        """Qt gives a table that gets the focus a current row without selecting it: the
        focus frame is on a record, yet Edit and Delete are greyed out and Down cannot
        reach the only row. Select it, so the keys act on the row the owner sees."""
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            current = self.table.currentIndex()
            self.table.selectRow(current.row() if current.isValid() else 0)

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def current(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        record = self.current()
        for i in range(self.buttons.count()):
            widget = cast(QLayoutItem, self.buttons.itemAt(i)).widget()  # i < count(): never None
            if isinstance(widget, QPushButton) and widget.property("needs_row"):
                self.actions_of[widget].setEnabled(record is not None and self.enabled_for(widget, record))

    def enabled_for(self, button: QPushButton, record: dict[str, Any]) -> bool:
        return True

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        """Read the customer's records again (after a change, or another customer)."""
        if self.customer_id is None:
            self.show_rows([], [], "")
            return
        self.fill(self.customer_id)

    def fill(self, customer_id: int) -> None:
        """Read one customer's records and hand them to :meth:`show_rows`."""
        raise NotImplementedError

    def show_rows(self, records: list[dict[str, Any]], rows: Sequence[tuple[str, ...]], summary: str) -> None:
        chosen = self.current() if self._rows_of == self.customer_id else None
        self._rows_of = self.customer_id
        self.model.set_rows(records, rows)
        # The record edited (or marked done) stays selected when the rows are read again.
        row = self.model.ids.index(chosen["id"]) if chosen and chosen["id"] in self.model.ids else None
        if row is not None:
            self.table.selectRow(row)
        elif self.table.hasFocus():
            self._select_current()
        self.summary.setText(summary)
        self.table.resizeColumnsToContents()
        # Some air between the columns: fitted to their contents, texts touch the next one.
        pad = self.fontMetrics().horizontalAdvance("M")
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):  # the last one stretches anyway
            header.resizeSection(column, header.sectionSize(column) + pad)

    def edit_current(self) -> None:
        """Double-click: edit the record, where the tab allows it."""

    # The three ways a tab changes its records; ``kind`` is the change they announce.
    kind = ""

    def add_with(
        self, dialog: Callable[[None, QWidget], RecordDialog], command: Callable[[int, dict[str, Any]], Any]
    ) -> None:
        """Ask for a new record in ``dialog``, then run ``command(customer id, values)``."""
        cid = self.customer_id
        if cid is None:
            return
        form = dialog(None, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            values = form.values()
            self.run(lambda: command(cid, values), self.kind)

    def edit_with(
        self, dialog: Callable[[dict[str, Any], QWidget], RecordDialog], command: Callable[[int, dict[str, Any]], Any]
    ) -> None:
        """Show the selected record in ``dialog``, then run ``command(record id, values)``."""
        record = self.current()
        if record is None:
            return
        form = dialog(record, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            values = form.values()
            self.run(lambda: command(record["id"], values), self.kind)

    def act_with(
        self, command: Callable[[int], Any], *, title: str = "", question: Callable[[dict[str, Any]], str] | None = None
    ) -> None:
        """Run ``command(record id)`` on the selected record, after a yes to ``question``."""
        record = self.current()
        if record is None:
            return
        if question is not None:
            answer = QMessageBox.question(self, title, question(record))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run(lambda: command(record["id"]), self.kind)

    def _on_changed(self, kind: str, ids: list[int] | None) -> None:
        if self.customer_id is None:
            return
        if kind == changes.DATABASE or (kind in self.kinds and (ids is None or self.customer_id in ids)):
            self.reload()

    def run(self, command: Callable[[], Any], kind: str) -> None:
        cid = self.customer_id
        changes.run_command(self, command, kind=kind, ids=lambda _r: [cid] if cid is not None else None)


class DateEdit(QDateEdit):
    """A date field with a calendar, written 2026-03-12, that Tab leaves.

    WORKAROUND: Qt's date edits take Tab to step from year to month to day, so tabbing
    through a form stops three times in every date. Typing the digits moves on by
    itself (20260312), and Left/Right step between the parts, so Tab goes to the next
    field as everywhere else in the form."""

    def __init__(self, date: QDate, parent: QWidget | None = None) -> None:
        super().__init__(date, parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)


class DateTimeEdit(QDateTimeEdit):
    """A date and time, written 2026-03-12 14:30, that Tab leaves (see DateEdit)."""

    def __init__(self, when: QDateTime, parent: QWidget | None = None) -> None:
        super().__init__(when, parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)


class RecordDialog(QDialog):
    """A small form that checks its values with the domain before closing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.check: Callable[[dict[str, Any]], Any] = lambda _values: None  # raises ValidationError; result unused
        self._focused = False

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._focused:  # once: a dialog shown again keeps where the owner was
            self._focused = True
            self.focus_first()

    def focus_first(self) -> None:
        """The first field has the focus, so the owner types straight away. The buttons
        were made before the subclass's fields and would come first in the focus chain:
        the dialog opened with OK focused."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if (
                    widget is not None
                    and widget.isVisibleTo(self)
                    and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    # As if tabbed to: a line edit's text is selected, so typing replaces it.
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                    return

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _check(self) -> None:
        try:
            self.check(self.values())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


class PurchaseDialog(RecordDialog):
    def __init__(self, record: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Purchase") if record else self.tr("Add Purchase"))
        from smallcrm.domain.records.purchases import clean_purchase

        record = record or {}
        self.date = DateEdit(QDate.fromString(record["date"], "yyyy-MM-dd") if record else QDate.currentDate())
        self.item = QLineEdit(record.get("item", ""))
        self.category = QLineEdit(record.get("category", ""))
        # Text, not a QSpinBox: goods sold by weight come as 1.5 (an exact decimal), and
        # an imported 1.5 must survive an edit of the purchase's note.
        self.quantity = QLineEdit(format_quantity(record.get("quantity", 1)).replace(",", ""))
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A refund is shown as what was paid back, with its box ticked (stored negative).
        self.amount = QLineEdit(format_cents(abs(record["amount_cents"])) if record else "")
        self.amount.setPlaceholderText("0.00")
        self.refund = QCheckBox(self.tr("Refund: goods brought back, the amount paid back"))
        self.refund.setChecked(bool(record.get("refund")))
        cost = record.get("cost_cents")
        self.cost = QLineEdit(format_cents(cost) if cost is not None else "")
        self.cost.setPlaceholderText(self.tr("unknown"))
        self.channel = QLineEdit(record.get("channel", ""))
        self.note = QLineEdit(record.get("note", ""))
        symbol = currency_symbol(translations.currency()).strip()
        for label, widget in [
            (self.tr("Date"), self.date),
            (self.tr("Item"), self.item),
            (self.tr("Category"), self.category),
            (self.tr("Quantity"), self.quantity),
            (self.tr("Amount paid (%1)").replace("%1", symbol), self.amount),
            ("", self.refund),
            (self.tr("Cost of goods (%1)").replace("%1", symbol), self.cost),
            (self.tr("Channel"), self.channel),
            (self.tr("Note"), self.note),
        ]:
            self.form.addRow(label, widget)
        self.check = clean_purchase

    def values(self) -> dict[str, Any]:
        return {
            "date": self.date.date().toString("yyyy-MM-dd"),
            "item": self.item.text(),
            "category": self.category.text(),
            "quantity": self.quantity.text(),
            "amount": self.amount.text(),
            "refund": self.refund.isChecked(),
            "cost": self.cost.text(),
            "channel": self.channel.text(),
            "note": self.note.text(),
        }


class PurchasesTab(RecordsTab):
    kinds = (changes.PURCHASES,)
    kind = changes.PURCHASES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            [
                self.tr("Date"),
                self.tr("Item"),
                self.tr("Qty"),
                self.tr("Amount"),
                self.tr("Cost"),
                self.tr("Profit"),
                self.tr("Channel"),
            ],
            right=(2, 3, 4, 5),
        )
        self.add_button(self.tr("Add Purchase…"), self.add, keys=ADD_KEYS, tip=self.tr("Add a purchase"))
        self.add_button(
            self.tr("Edit…"), self.edit_current, needs_row=True, keys=EDIT_KEYS, tip=self.tr("Edit the purchase")
        )
        self.add_button(
            self.tr("Delete"), self.delete, needs_row=True, keys=DELETE_KEYS, tip=self.tr("Delete the purchase")
        )
        self.finish_buttons()

    def area(self) -> str:
        return self.tr("Customer › Purchases")

    def fill(self, customer_id: int) -> None:
        from smallcrm.domain.records.purchases import list_purchases, totals

        records = list_purchases(customer_id)
        dash = "—"
        rows = [
            (
                p["date"],
                p["item"] + (f" ({p['category']})" if p["category"] else ""),
                format_quantity(p["quantity"]),
                format_cents(p["amount_cents"]),
                format_cents(p["cost_cents"]) if p["cost_cents"] is not None else dash,
                format_cents(p["profit_cents"]) if p["profit_cents"] is not None else dash,
                p["channel"],
            )
            for p in records
        ]
        t = totals(customer_id)
        text = self.tr("%1 purchases · total %2 · profit %3").replace("%1", f"{t['purchase_count']:,}")
        text = text.replace("%2", translations.format_money(t["revenue_cents"])).replace(
            "%3", translations.format_money(t["profit_cents"])
        )
        if t["lines_without_cost"]:
            text += " " + self.tr("(%1 without a cost price, counted as no cost)").replace(
                "%1", f"{t['lines_without_cost']:,}"
            )
        self.show_rows(records, rows, text)

    def add(self) -> None:
        from smallcrm.domain.records.purchases import add_purchase

        self.add_with(PurchaseDialog, add_purchase)

    def edit_current(self) -> None:
        from smallcrm.domain.records.purchases import edit_purchase

        self.edit_with(PurchaseDialog, edit_purchase)

    def delete(self) -> None:
        from smallcrm.domain.records.purchases import delete_purchase

        self.act_with(
            delete_purchase,
            title=self.tr("Delete Purchase"),
            question=lambda record: (
                self.tr("Delete the purchase of %1 on %2?")
                .replace("%1", record["item"] or "—")
                .replace("%2", record["date"])
            ),
        )


class InteractionDialog(RecordDialog):
    def __init__(self, record: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Contact") if record else self.tr("Add Contact"))
        from smallcrm.domain.records.interactions import clean_interaction

        record = record or {}
        self.kind = QComboBox()
        for key, label in INTERACTION_KINDS.items():
            self.kind.addItem(_label(label), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.get("kind", "call"))))
        at = QDateTime.fromString(record["at"], "yyyy-MM-dd HH:mm:ss") if record else QDateTime.currentDateTime()
        self.at = DateTimeEdit(at)
        self.summary = QPlainTextEdit(record.get("summary", ""))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(self.fontMetrics().height() * 4)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not given"), None)
        for score in range(1, 6):
            self.satisfaction.addItem("★" * score + "☆" * (5 - score), score)
        self.satisfaction.setCurrentIndex(max(0, self.satisfaction.findData(record.get("satisfaction"))))
        self.status = QComboBox()
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("Resolved"), "resolved")
        self.status.setCurrentIndex(max(0, self.status.findData(record.get("status") or "open")))
        for label, widget in [
            (self.tr("Kind"), self.kind),
            (self.tr("When"), self.at),
            (self.tr("What happened"), self.summary),
            (self.tr("Satisfaction"), self.satisfaction),
            (self.tr("Complaint"), self.status),
        ]:
            self.form.addRow(label, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.check = clean_interaction

    def _kind_changed(self) -> None:
        complaint = self.kind.currentData() == "complaint"
        self.form.setRowVisible(self.status, complaint)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "at": self.at.dateTime().toString("yyyy-MM-dd HH:mm"),
            "summary": self.summary.toPlainText(),
            "satisfaction": self.satisfaction.currentData(),
        }
        if values["kind"] == "complaint":
            values["status"] = self.status.currentData()
        return values


class InteractionsTab(RecordsTab):
    """The timeline: visits, calls, messages, complaints (open or resolved), feedback."""

    kinds = (changes.INTERACTIONS, changes.REMINDERS)  # a reminder done with an outcome adds a note
    kind = changes.INTERACTIONS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            [self.tr("When"), self.tr("Kind"), self.tr("Satisfaction"), self.tr("Status"), self.tr("What happened")]
        )
        self.add_button(
            self.tr("Add Contact…"), self.add, keys=ADD_KEYS, tip=self.tr("Note a visit, call, message or complaint")
        )
        self.add_button(
            self.tr("Edit…"), self.edit_current, needs_row=True, keys=EDIT_KEYS, tip=self.tr("Edit the contact")
        )
        self.resolve_button = self.add_button(
            self.tr("Mark Resolved"),
            self.resolve,
            needs_row=True,
            keys=DONE_KEYS,
            tip=self.tr("The complaint is resolved"),
        )
        self.add_button(
            self.tr("Delete"), self.delete, needs_row=True, keys=DELETE_KEYS, tip=self.tr("Delete the contact")
        )
        self.finish_buttons()

    def area(self) -> str:
        return self.tr("Customer › Timeline")

    def enabled_for(self, button: QPushButton, record: dict[str, Any]) -> bool:
        if button is self.resolve_button:
            return record["kind"] == "complaint" and record["status"] == "open"
        return True

    def fill(self, customer_id: int) -> None:
        from smallcrm.domain.records.interactions import list_interactions

        records = list_interactions(customer_id)
        rows = []
        open_complaints = 0
        for i in records:
            status = ""
            if i["kind"] == "complaint":
                if i["status"] == "open":
                    status = self.tr("Open")
                    open_complaints += 1
                else:
                    status = self.tr("Resolved %1").replace("%1", (i["resolved_at"] or "")[:10]).strip()
            score = i["satisfaction"]
            rows.append(
                (
                    i["at"][:16],
                    _label(INTERACTION_KINDS.get(i["kind"], i["kind"])),
                    "★" * score + "☆" * (5 - score) if score else "",
                    status,
                    i["summary"].replace("\n", " "),
                )
            )
        text = self.tr("%1 contacts").replace("%1", f"{len(records):,}")
        if open_complaints:
            text += " · " + self.tr("%1 open complaints").replace("%1", str(open_complaints))
        self.show_rows(records, rows, text)

    def add(self) -> None:
        from smallcrm.domain.records.interactions import add_interaction

        self.add_with(InteractionDialog, add_interaction)

    def edit_current(self) -> None:
        from smallcrm.domain.records.interactions import edit_interaction

        self.edit_with(InteractionDialog, edit_interaction)

    def resolve(self) -> None:
        from smallcrm.domain.records.interactions import resolve_complaint

        self.act_with(resolve_complaint)

    def delete(self) -> None:
        from smallcrm.domain.records.interactions import delete_interaction

        self.act_with(
            delete_interaction,
            title=self.tr("Delete Contact"),
            question=lambda _record: self.tr("Delete this contact from the timeline?"),
        )


class ReminderDialog(RecordDialog):
    def __init__(self, record: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Reminder") if record else self.tr("Add Reminder"))
        from smallcrm.domain.reminders.commands import clean_reminder

        record = record or {}
        self.title = QLineEdit(record.get("title", self.tr("Follow-up call")))
        due = QDate.fromString(record["due"], "yyyy-MM-dd") if record else QDate.currentDate().addDays(7)
        self.due = DateEdit(due)
        self.time = QLineEdit(record.get("due_time", ""))
        self.time.setPlaceholderText(self.tr("any time, or 14:30"))
        self.repeat = QComboBox()
        fill_repeat_box(self.repeat, record.get("every", ""))
        for label, widget in [
            (self.tr("What to do"), self.title),
            (self.tr("Due"), self.due),
            (self.tr("Time"), self.time),
            (self.tr("Repeat"), self.repeat),
        ]:
            self.form.addRow(label, widget)
        self.check = clean_reminder

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "due": self.due.date().toString("yyyy-MM-dd"),
            "due_time": self.time.text(),
            "every": self.repeat.currentData(),
        }


class SnoozeDialog(RecordDialog):
    """The day to move a reminder to: tomorrow unless the owner picks another."""

    def __init__(self, record: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze Reminder"))
        from smallcrm.domain.reminders.commands import clean_reminder

        self.form.addRow(QLabel(record["title"]))
        self.to = DateEdit(QDate.currentDate().addDays(1))
        self.form.addRow(self.tr("Remind me on"), self.to)
        self.check = lambda values: clean_reminder({"due": values["to"]})

    def values(self) -> dict[str, Any]:
        return {"to": self.to.date().toString("yyyy-MM-dd")}


class RemindersTab(RecordsTab):
    """This customer's reminders: add, edit, done (with what came of it), snooze,
    dismiss, delete. The Reminders area lists everyone's; this is the one customer's."""

    kinds = (changes.REMINDERS, changes.INTERACTIONS)
    kind = changes.REMINDERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            [self.tr("Due"), self.tr("What to do"), self.tr("Repeat"), self.tr("Status"), self.tr("Outcome")]
        )
        self.add_button(self.tr("Add Reminder…"), self.add, keys=ADD_KEYS, tip=self.tr("Add a reminder"))
        self.edit_button = self.add_button(
            self.tr("Edit…"), self.edit_current, needs_row=True, keys=EDIT_KEYS, tip=self.tr("Edit the reminder")
        )
        self.done_button = self.add_button(
            self.tr("Done…"), self.done, needs_row=True, keys=DONE_KEYS, tip=self.tr("Done, with what came of it")
        )
        self.snooze_button = self.add_button(
            self.tr("Snooze…"), self.snooze, needs_row=True, keys=SNOOZE_KEYS, tip=self.tr("Remind me later")
        )
        self.dismiss_button = self.add_button(
            self.tr("Dismiss"), self.dismiss, needs_row=True, keys=DISMISS_KEYS, tip=self.tr("Not needed any more")
        )
        self.delete_button = self.add_button(
            self.tr("Delete"), self.delete, needs_row=True, keys=DELETE_KEYS, tip=self.tr("Delete the reminder")
        )
        self.finish_buttons()

    def area(self) -> str:
        return self.tr("Customer › Reminders")

    def enabled_for(self, button: QPushButton, record: dict[str, Any]) -> bool:
        if button in (self.edit_button, self.delete_button):
            return True
        return record["status"] in ("open", "snoozed")

    def fill(self, customer_id: int) -> None:
        from smallcrm.domain.reminders.queries import list_reminders

        records = list_reminders(customer_id)
        today = dt.date.today().isoformat()
        rows = []
        due_now = 0
        for r in records:
            active = r["status"] in ("open", "snoozed")
            if active and r["due"] <= today:
                due_now += 1
            rows.append(
                (
                    (r["due"] + " " + r["due_time"]).strip(),
                    r["title"],
                    repeat_label(r["every"]),
                    _label(REMINDER_STATUSES.get(r["status"], r["status"])),
                    r["outcome"],
                )
            )
        open_count = sum(1 for r in records if r["status"] in ("open", "snoozed"))
        text = self.tr("%1 open reminders").replace("%1", str(open_count))
        if due_now:
            text += " · " + self.tr("%1 due now").replace("%1", str(due_now))
        self.show_rows(records, rows, text)

    def add(self) -> None:
        from smallcrm.domain.reminders.commands import add_reminder

        self.add_with(ReminderDialog, lambda cid, values: add_reminder({**values, "customer": cid}))

    def edit_current(self) -> None:
        from smallcrm.domain.reminders.commands import edit_reminder

        self.edit_with(ReminderDialog, edit_reminder)

    def done(self) -> None:
        record = self.current()
        if record is None:
            return
        from smallcrm.domain.reminders.commands import complete_reminder

        outcome, ok = QInputDialog.getText(
            self, self.tr("Reminder Done"), self.tr("What came of it? (optional, kept in the timeline)")
        )
        if ok:
            self.run(lambda: complete_reminder(record["id"], outcome), self.kind)

    def snooze(self) -> None:
        from smallcrm.domain.reminders.commands import snooze_reminder

        self.edit_with(SnoozeDialog, lambda rid, values: snooze_reminder(rid, values["to"]))

    def dismiss(self) -> None:
        from smallcrm.domain.reminders.commands import dismiss_reminder

        self.act_with(dismiss_reminder)

    def delete(self) -> None:
        from smallcrm.domain.reminders.commands import delete_reminder

        self.act_with(
            delete_reminder,
            title=self.tr("Delete Reminder"),
            question=lambda record: self.tr("Delete the reminder “%1” for good? Dismiss keeps it in the list.").replace(
                "%1", record["title"]
            ),
        )


FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Records", "Name"),
    "customer_no": QT_TRANSLATE_NOOP("Records", "Customer No."),
    "gender": QT_TRANSLATE_NOOP("Records", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("Records", "Birthday"),
    "phone": QT_TRANSLATE_NOOP("Records", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("Records", "Phone 2"),
    "wechat": QT_TRANSLATE_NOOP("Records", "WeChat"),
    "email": QT_TRANSLATE_NOOP("Records", "Email"),
    "country": QT_TRANSLATE_NOOP("Records", "Country"),
    "province": QT_TRANSLATE_NOOP("Records", "Province"),
    "city": QT_TRANSLATE_NOOP("Records", "City"),
    "district": QT_TRANSLATE_NOOP("Records", "District"),
    "street": QT_TRANSLATE_NOOP("Records", "Street"),
    "postcode": QT_TRANSLATE_NOOP("Records", "Postcode"),
    "occupation": QT_TRANSLATE_NOOP("Records", "Occupation"),
    "income_band": QT_TRANSLATE_NOOP("Records", "Income"),
    "family": QT_TRANSLATE_NOOP("Records", "Family"),
    "preferences": QT_TRANSLATE_NOOP("Records", "Preferences"),
    "buying_habits": QT_TRANSLATE_NOOP("Records", "Buying habits"),
    "source": QT_TRANSLATE_NOOP("Records", "Source"),
    "staff": QT_TRANSLATE_NOOP("Records", "Staff"),
    "mail_consent": QT_TRANSLATE_NOOP("Records", "May be mailed"),
    "churn_status": QT_TRANSLATE_NOOP("Records", "Status"),
    "churn_reason": QT_TRANSLATE_NOOP("Records", "Reason for leaving"),
    "churned_on": QT_TRANSLATE_NOOP("Records", "Left on"),
    "churn_note": QT_TRANSLATE_NOOP("Records", "Note on leaving"),
    "notes": QT_TRANSLATE_NOOP("Records", "Notes"),
    "tags": QT_TRANSLATE_NOOP("Records", "Tags"),
}
ACTION_NAMES = {
    "created": QT_TRANSLATE_NOOP("Records", "Added"),
    "trashed": QT_TRANSLATE_NOOP("Records", "Moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("Records", "Restored from the trash"),
    "tagged": QT_TRANSLATE_NOOP("Records", "Tagged"),
    "untagged": QT_TRANSLATE_NOOP("Records", "Tag removed"),
    "merged": QT_TRANSLATE_NOOP("Records", "Merged with a duplicate"),
    "merged_into": QT_TRANSLATE_NOOP("Records", "Merged into another customer"),
    "unmerged": QT_TRANSLATE_NOOP("Records", "Merge undone"),
}
VALUE_NAMES = {
    ("gender", "M"): QT_TRANSLATE_NOOP("Records", "Male"),
    ("gender", "F"): QT_TRANSLATE_NOOP("Records", "Female"),
    ("mail_consent", "yes"): QT_TRANSLATE_NOOP("Records", "Yes"),
    ("mail_consent", "no"): QT_TRANSLATE_NOOP("Records", "No"),
    ("churn_status", "active"): QT_TRANSLATE_NOOP("Records", "Active"),
    ("churn_status", "churned"): QT_TRANSLATE_NOOP("Records", "Churned"),
    ("churn_reason", "natural"): QT_TRANSLATE_NOOP("Records", "Natural"),
    ("churn_reason", "competitive"): QT_TRANSLATE_NOOP("Records", "Lost to a competitor"),
    ("churn_reason", "fault"): QT_TRANSLATE_NOOP("Records", "Our fault"),
}


def change_value(field: str, value: str) -> str:
    label = VALUE_NAMES.get((field, value))
    return _label(label) if label else value


class ChangesTab(RecordsTab):
    """Who changed what and when, with the values as typed."""

    kinds = (changes.CUSTOMERS,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"), self.tr("After")])
        self.finish_buttons()

    def fill(self, customer_id: int) -> None:
        from smallcrm.domain.customers.audit import history

        records = history(customer_id)
        rows = []
        for h in records:
            if h["action"] == "edited":
                what = _label(FIELD_NAMES.get(h["field"], h["field"]))
            elif h["field"]:
                what = self.tr("%1 (%2)").replace("%1", _label(FIELD_NAMES.get(h["field"], h["field"])))
                what = what.replace("%2", _label(ACTION_NAMES.get(h["action"], h["action"])))
            else:
                what = _label(ACTION_NAMES.get(h["action"], h["action"]))
            rows.append(
                (
                    h["at"][:16],
                    h["actor"],
                    what,
                    change_value(h["field"], h["old"]),
                    change_value(h["field"], h["new"]),
                )
            )
        self.show_rows(records, rows, self.tr("%1 changes, newest first").replace("%1", f"{len(records):,}"))


class FollowUpDialog(QDialog):
    """Title and date of the follow-up reminder to create for the selected customers."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up reminder"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A reminder to follow up with each selected customer (%1).").replace("%1", f"{count:,}"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title = QLineEdit(self.tr("Follow-up call"))
        self.due = DateEdit(QDate.currentDate().addDays(7))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Due"), self.due)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title.selectAll()
        self.setMinimumWidth(360)

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text(), "due": self.due.date().toString("yyyy-MM-dd")}
