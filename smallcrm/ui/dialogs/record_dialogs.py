"""The small forms of a customer's records: a purchase, a contact, a reminder, a snooze,
and the follow-up reminder for a selection of customers.

Each checks its values with the domain function that will store them before it closes,
and names what is wrong under its fields (the dialog stays open with what was typed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.records.interactions import clean_interaction
from smallcrm.domain.records.purchases import clean_purchase
from smallcrm.domain.reminders.commands import clean_reminder
from smallcrm.domain.values.money import currency_symbol, format_cents
from smallcrm.domain.values.quantities import format_quantity
from smallcrm.errors import ValidationError
from smallcrm.ui.shell import translations
from smallcrm.ui.views.record_labels import INTERACTION_KINDS, record_label
from smallcrm.ui.widgets.date_edits import DateEdit, DateTimeEdit
from smallcrm.ui.widgets.form_field import error_text
from smallcrm.ui.widgets.repeats import fill_repeat_box


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


class InteractionDialog(RecordDialog):
    def __init__(self, record: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Contact") if record else self.tr("Add Contact"))
        record = record or {}
        self.kind = QComboBox()
        for key, label in INTERACTION_KINDS.items():
            self.kind.addItem(record_label(label), key)
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


class ReminderDialog(RecordDialog):
    def __init__(self, record: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Reminder") if record else self.tr("Add Reminder"))
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
        self.form.addRow(QLabel(record["title"]))
        self.to = DateEdit(QDate.currentDate().addDays(1))
        self.form.addRow(self.tr("Remind me on"), self.to)
        self.check = lambda values: clean_reminder({"due": values["to"]})

    def values(self) -> dict[str, Any]:
        return {"to": self.to.date().toString("yyyy-MM-dd")}


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
