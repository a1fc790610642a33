"""The shop's day beside the customer list while no customer is selected.

The profile pane takes a third of the Customers area; with nobody selected it used to
say only "Select a customer", which is what the owner sees every morning. Hiding it
instead would make the list jump wider and back at every selection. So the pane shows
the day's work, each line leading to it: the reminders due (the Reminders area), the
birthdays this month and the open complaints (the list, filtered to exactly those
customers). The counts are cheap index counts read on a worker thread, first once the
list has painted its rows (never before: start-up time), then after every change
that can move them.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from smallcrm import jobs
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.widgets.labels import MUTED

REFRESH_DELAY_MS = 300  # changes made in one go (a bulk action's several announcements) count once
KINDS = (changes.CUSTOMERS, changes.REMINDERS, changes.INTERACTIONS, changes.DATABASE)


def _read(_progress: jobs.Progress, cancel: jobs.CancelToken) -> dict[str, int]:
    # domain.customers.today: imported here, on the worker, so the window's start does not wait for it.
    from smallcrm.domain.customers.today import today_summary

    with worker.sql_cancellable(cancel):
        return today_summary(dt.date.today())


class ShopToday(QFrame):
    """Reminders due, birthdays this month, open complaints, each with its way there."""

    reminders_requested = Signal()
    filter_requested = Signal(str)  # a quick filter of the list: 'birthday' or 'complaint'

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.counts: dict[str, int] | None = None
        self._started = False  # nothing is read before the list has painted its rows
        self._stale = True
        self._job: worker.Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.title = QLabel(self.tr("Today"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.date = QLabel()
        self.date.setStyleSheet(MUTED)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        number_font = QFont(self.font())
        number_font.setPointSizeF(number_font.pointSizeF() * 1.4)
        number_font.setBold(True)
        self.numbers: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        rows = [
            ("reminders", self.tr("Reminders to do today"), self.tr("Open Reminders"), self.reminders_requested.emit),
            (
                "birthday",
                self.tr("Birthdays this month"),
                self.tr("List Them"),
                lambda: self.filter_requested.emit("birthday"),
            ),
            (
                "complaint",
                self.tr("Customers with an open complaint"),
                self.tr("List Them"),
                lambda: self.filter_requested.emit("complaint"),
            ),
        ]
        for row, (key, text, action, slot) in enumerate(rows):
            number = QLabel("…")
            number.setFont(number_font)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(60)  # wraps in a narrow pane instead of widening it
            button = QPushButton(action)
            button.clicked.connect(slot)
            button.hide()
            grid.addWidget(number, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
            self.numbers[key], self.texts[key], self.buttons[key] = number, label, button
        self._reminder_text = rows[0][1]

        self.hint = QLabel(self.tr("Select a customer in the list to see their details here; Enter opens them."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.date)
        layout.addSpacing(16)
        layout.addLayout(grid)
        layout.addSpacing(24)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        changes.hub().changed.connect(self._on_changed)

    def start(self) -> None:
        """The list has its rows: read the counts now and after every change from here on
        (called after every list query; only the first one counts)."""
        if self._started:
            return
        self._started = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the counts again on a worker (a read running already is not doubled)."""
        if not self._started:
            return
        self._stale = False
        self.date.setText(QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        if self._job is not None and not self._job.done:
            self._stale = True  # read again once this one is in
            return
        self._job = worker.start(worker.reading(_read))
        self._job.finished.connect(self._finished)

    def _finished(self, counts: Any, error: BaseException | None) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        if isinstance(error, jobs.Cancelled):
            return
        if error is not None:
            sys.excepthook(type(error), error, error.__traceback__)  # a bug: the error report shows it
            return
        self.show_counts(counts)
        if self._stale and self.isVisible():
            self.refresh()

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        due = counts["due_today"] + counts["overdue"]
        values = {"reminders": due, "birthday": counts["birthdays_this_month"], "complaint": counts["open_complaints"]}
        for key, value in values.items():
            self.numbers[key].setText(f"{value:,}")
            self.buttons[key].setVisible(value > 0)
        text = self._reminder_text
        if counts["overdue"]:
            text = self.tr("Reminders to do today (%1 of them overdue)").replace("%1", f"{counts['overdue']:,}")
        self.texts["reminders"].setText(text)

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind not in KINDS or not self._started:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._started and self._stale:
            self.refresh()
