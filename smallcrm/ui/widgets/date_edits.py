"""Date and date-time fields written as 2026-03-12 (14:30), with a calendar, that Tab leaves."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


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
