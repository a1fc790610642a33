"""A month calendar of what falls on each day: how many reminders, the festivals, and
the lunar date (农历) under the day number, as Chinese wall calendars print it; below
it the chosen day's agenda.

The month's notes are read on a worker thread and painted from plain dicts; the lunar
dates come from borax through ``domain.reminders.festivals``, which loads it when it
first converts a date. The Reminders area loads this module with its Calendar tab.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm import jobs
from smallcrm.domain.reminders import festivals
from smallcrm.domain.reminders.queries import due_on_days, reminders_on
from smallcrm.errors import UserError
from smallcrm.ui.models.reminder_labels import kind_label
from smallcrm.ui.shell import worker

FESTIVAL_COLOUR = "#c62828"
BADGE_COLOUR = "#1565c0"


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def read_month(start: dt.date, end: dt.date) -> dict[str, Any]:
    """For each day from ``start`` to ``end``: open reminders due, festivals, the lunar
    cell text (a worker-thread read)."""
    translate = QCoreApplication.translate
    notes: dict[dt.date, list[str]] = {}
    for day, festival in festivals.festivals_between(start, end):
        notes.setdefault(day, []).append(festival.label(translate))
    lunar = {}
    day = start
    while day <= end:
        lunar[day] = festivals.lunar_day(day).cell
        day += dt.timedelta(days=1)
    return {"counts": due_on_days(start, end), "festivals": notes, "lunar": lunar}


def read_day(day: dt.date) -> dict[str, Any]:
    translate = QCoreApplication.translate
    return {
        "lunar": festivals.lunar_text(day),
        "festivals": [f.label(translate) for f in festivals.festivals_on(day)],
        "reminders": reminders_on(day),
    }


class ReminderCalendar(QCalendarWidget):
    """QCalendarWidget painting each day's lunar date, festival and reminder count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[dt.date, int] = {}
        self.festivals: dict[dt.date, list[str]] = {}
        self.lunar: dict[dt.date, str] = {}
        self._job: worker.Job | None = None
        self.loading = False
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        fm = self.fontMetrics()
        self.setMinimumSize(fm.horizontalAdvance("中秋节中秋") * 7 + 16, fm.height() * 3 * 7 + 24)
        self.currentPageChanged.connect(lambda _y, _m: self.reload())

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The six weeks the page shows, days of the months around it included."""
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        monday_based = first.weekday()  # the calendar starts its weeks on Monday
        start = first - dt.timedelta(days=monday_based or 7)  # Qt shows a whole week before a month starting on Monday
        return start, start + dt.timedelta(days=41)

    def reload(self) -> None:
        if self._job is not None and not self._job.done:
            self._job.cancel()
        start, end = self.visible_range()
        self.loading = True
        self._job = worker.start(worker.reading(lambda _p, _c: read_month(start, end)))
        self._job.finished.connect(self._loaded)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        if self.sender() is not self._job:
            return
        self.loading = False
        if error is not None:
            if isinstance(error, jobs.Cancelled | UserError):  # a month outside the lunar calendar: plain days
                self.counts, self.festivals, self.lunar = {}, {}, {}
                self.updateCells()
                return
            raise error
        self.counts, self.festivals, self.lunar = result["counts"], result["festivals"], result["lunar"]
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802 - Qt's name
        day = _date(qdate)
        palette = self.palette()
        # The painter is the calendar's: hand it back as it came (its pen, brush, font, hints).
        pen, brush, font_before, hints = painter.pen(), painter.brush(), painter.font(), painter.renderHints()
        selected = qdate == self.selectedDate()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif day == dt.date.today():
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText)
        if qdate.month() != self.monthShown() and not selected:
            text_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(3, 2, -3, -2)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(qdate.day()))
        count = self.counts.get(day, 0)
        if count:
            small = QFont(self.font())
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
            painter.setFont(small)
            label = str(count) if count < 100 else "99+"
            width = max(painter.fontMetrics().horizontalAdvance(label) + 8, painter.fontMetrics().height())
            badge = QRect(inner.right() - width + 1, inner.top(), width, painter.fontMetrics().height())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BADGE_COLOUR))
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        note = self.festivals.get(day)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        if note:
            painter.setPen(QColor("white") if selected else QColor(FESTIVAL_COLOUR))
            text = note[0]
        else:
            painter.setPen(text_colour)
            text = self.lunar.get(day, "")
        text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.setFont(font_before)
        painter.setRenderHints(hints)


class CalendarPanel(QWidget):
    """The calendar and the chosen day's agenda (festivals, lunar date, reminders)."""

    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = ReminderCalendar()
        self.day_title = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        self.day_title.setFont(font)
        self.day_title.setWordWrap(True)
        self.agenda = QListWidget()
        self.agenda.itemDoubleClicked.connect(self._item_opened)
        self._day_job: worker.Job | None = None
        side = QVBoxLayout()
        side.addWidget(self.day_title)
        side.addWidget(self.agenda, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.calendar, 3)
        layout.addLayout(side, 2)
        self.calendar.selectionChanged.connect(self.show_day)
        self.reload()

    def reload(self) -> None:
        self.calendar.reload()
        self.show_day()

    def show_day(self) -> None:
        day = _date(self.calendar.selectedDate())
        if self._day_job is not None and not self._day_job.done:
            self._day_job.cancel()
        job = worker.start(worker.reading(lambda _p, _c: read_day(day)))
        # A lambda slot, so no sender(): the job itself says whether it is still the latest.
        job.finished.connect(lambda result, error: self._day_loaded(job, day, result, error))
        self._day_job = job

    def _day_loaded(self, job: worker.Job, day: dt.date, result: Any, error: BaseException | None) -> None:
        if job is not self._day_job:
            return
        self.agenda.clear()
        if error is not None:
            if isinstance(error, jobs.Cancelled | UserError):
                self.day_title.setText(day.isoformat())
                return
            raise error
        title = self.tr("%1 · lunar %2").replace("%1", day.isoformat()).replace("%2", result["lunar"])
        self.day_title.setText(title)
        for name in result["festivals"]:
            item = QListWidgetItem("🏮 " + name)
            item.setForeground(QColor(FESTIVAL_COLOUR))
            self.agenda.addItem(item)
        for r in result["reminders"]:
            who = f" — {r['customer_name']}" if r["customer_name"] else ""
            text = f"{r['due_time'] + ' ' if r['due_time'] else ''}{r['title']}{who}"
            if r["status"] not in ("open", "snoozed"):
                text = "✓ " + text
            item = QListWidgetItem(text)
            item.setToolTip(kind_label(r["kind"]))
            item.setData(Qt.ItemDataRole.UserRole, r["customer_id"])
            self.agenda.addItem(item)
        if not self.agenda.count():
            self.agenda.addItem(self.tr("Nothing on this day."))

    def _item_opened(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid:
            self.open_customer.emit(int(cid))
