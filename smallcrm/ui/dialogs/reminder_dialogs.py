"""The Reminders area's dialogs: a day (and time) to snooze to or reschedule for, and
the whole of one reminder to edit, checked by the domain before the dialog closes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.reminders.commands import clean_reminder
from smallcrm.errors import ValidationError
from smallcrm.ui.models.reminder_labels import KIND_LABELS, OVERDUE_COLOUR, kind_label
from smallcrm.ui.widgets.form_field import error_text
from smallcrm.ui.widgets.repeats import fill_repeat_box


class DateDialog(QDialog):
    """A day (and optionally a time) for snoozing to a chosen date or rescheduling."""

    def __init__(self, title: str, day: dt.date, time: str = "", *, with_time: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Day"), self.date)
        self.time = QLineEdit(time)
        self.time.setPlaceholderText(self.tr("any time, or 14:30"))
        if with_time:
            form.addRow(self.tr("Time"), self.time)
        else:
            self.time.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")


class EditReminderDialog(QDialog):
    """Title, day, time, repeat and kind of one reminder, checked by the domain before closing."""

    def __init__(self, r: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Reminder"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(r["title"])
        due = dt.date.fromisoformat(r["due"])
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.time = QLineEdit(r["due_time"])
        self.time.setPlaceholderText(self.tr("any time, or 14:30"))
        self.repeat = QComboBox()
        fill_repeat_box(self.repeat, r["every"])
        self.kind = QComboBox()
        for key in KIND_LABELS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(r["kind"])))
        form.addRow(self.tr("What to do"), self.title)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow(self.tr("Kind"), self.kind)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {OVERDUE_COLOUR};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "due": self.due.date().toString("yyyy-MM-dd"),
            "due_time": self.time.text(),
            "every": self.repeat.currentData(),
            "kind": self.kind.currentData(),
        }

    def _check(self) -> None:
        try:
            clean_reminder(self.values())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
