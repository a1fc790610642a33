"""Reminders while the app runs: the rules at start and every new day, a summary of
what is due, and a tray notification when something falls due.

At start (after the window's first paint) the reminder rules run on the write thread
(``domain.reminders.rules.run_rules``, idempotent, so a second start on the same day
makes nothing), then a short summary of what is due today and overdue goes to the
status bar and the Reminders area's banner: never a modal dialog that stands between
the owner and the customer on the phone. Then once a minute a cheap read looks for
reminders that have fallen due since (a time of day passed, or a new day began, which
also runs the rules again) and shows them as a tray notification, where the platform
has a tray (QSystemTrayIcon); where it has none, the status bar says it.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from smallcrm import jobs
from smallcrm.domain.analysis.stats import status_counts
from smallcrm.domain.reminders.queries import due_now
from smallcrm.errors import UserError
from smallcrm.ui.shell import changes, worker

POLL_MS = 60 * 1000
TRAY_MESSAGE_MS = 15 * 1000
TITLES_SHOWN = 3  # in one notification; the rest are counted


def summary_text(due_today: int, overdue: int) -> str:
    """'Reminders due today: 3 · Overdue: 2' in the reader's language."""
    if not due_today and not overdue:
        return QCoreApplication.translate("Notifications", "No reminders due today.")
    parts = []
    if due_today:
        parts.append(
            QCoreApplication.translate("Notifications", "Reminders due today: %1").replace("%1", f"{due_today:,}")
        )
    if overdue:
        parts.append(QCoreApplication.translate("Notifications", "Overdue: %1").replace("%1", f"{overdue:,}"))
    return " · ".join(parts)


def notification_text(due: list[tuple[int, str, str]]) -> str:
    """The titles (and customers) of what just fell due, the first few by name."""
    lines = [f"{title} — {name}" if name else title for _id, title, name in due[:TITLES_SHOWN]]
    if len(due) > TITLES_SHOWN:
        lines.append(
            QCoreApplication.translate("Notifications", "and %1 more").replace("%1", f"{len(due) - TITLES_SHOWN:,}")
        )
    return "\n".join(lines)


class ReminderService(QObject):
    """Runs the rules at start and daily, summarises, notifies. ``clock`` (now) can be
    pinned by tests."""

    summary = Signal(str)  # the start-up summary
    rules_ran = Signal(object)  # run_rules' result
    fell_due = Signal(object)  # [(id, title, customer name)] that fell due while running
    show_reminders = Signal()  # the owner clicked the notification

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self.clock = clock
        self.known: set[int] | None = None  # ids due at the last look; None before the first
        self.rules_day: dt.date | None = None
        self.tray: QSystemTrayIcon | None = None
        self._jobs: list[worker.Job] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)

    # -- the day's rules ------------------------------------------------------------------------------

    def start(self) -> None:
        """Run the rules, then summarise; then look every minute."""
        self.run_rules(then_summarise=True)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        for job in self._jobs:
            job.cancel()
        if self.tray is not None:
            self.tray.hide()

    def run_rules(self, *, then_summarise: bool = False) -> worker.Job:
        today = self.clock().date()
        self.rules_day = today
        translate = QCoreApplication.translate  # titles in the owner's language

        def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
            # On the write thread: the rules' modules took 0.1-0.2 s of the GUI thread after the first paint.
            from smallcrm.domain.reminders.rules import run_rules

            return run_rules(today, translate=translate, progress=progress, cancel=cancel)

        def finished(result: Any, error: BaseException | None) -> None:
            if error is None:
                if result["created"] or result.get("expired"):
                    changes.announce(changes.REMINDERS)
                self.rules_ran.emit(result)
            elif isinstance(error, UserError):  # a malformed festival group, say: the rest still shows
                self.summary.emit(error.render(QCoreApplication.translate))
            elif not isinstance(error, jobs.Cancelled):
                sys.excepthook(type(error), error, error.__traceback__)
            if then_summarise:
                self.look(summarise=True)

        return self._start(worker.start(run, write=True, on_finished=finished))

    def _start(self, job: worker.Job) -> worker.Job:
        self._jobs = [j for j in self._jobs if not j.done] + [job]
        return job

    # -- what is due ----------------------------------------------------------------------------------

    def tick(self) -> None:
        """Once a minute: a new day runs the rules; anything newly due is announced."""
        if self.rules_day is not None and self.clock().date() != self.rules_day:
            self.run_rules(then_summarise=False)
        self.look()

    def look(self, *, summarise: bool = False) -> worker.Job:
        moment = self.clock()
        today = moment.date()

        def run(_progress: Any, cancel: jobs.CancelToken) -> Any:
            with worker.sql_cancellable(cancel):
                due = due_now(moment)
                if not summarise:
                    return due, None
                return due, status_counts(today)

        def finished(result: Any, error: BaseException | None) -> None:
            if error is not None:
                if isinstance(error, jobs.Cancelled):
                    return
                raise error
            due, counts = result
            self._seen(due)
            if counts is not None:
                self.summary.emit(summary_text(counts["due_today"], counts["overdue"]))

        return self._start(worker.start(worker.reading(run), on_finished=finished))

    def _seen(self, due: list[tuple[int, str, str]]) -> None:
        ids = {rid for rid, _title, _name in due}
        if self.known is None:  # the start: the summary tells of these
            self.known = ids
            return
        new = [row for row in due if row[0] not in self.known]
        self.known = ids
        if new:
            self.fell_due.emit(new)
            self.notify(new)

    def notify(self, new: list[tuple[int, str, str]]) -> bool:
        """A tray message; False where the platform has no tray (the caller's status
        bar then says it)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("SmallCRM")
            self.tray.messageClicked.connect(self.show_reminders)
            self.tray.activated.connect(lambda _reason: self.show_reminders.emit())
            self.tray.show()
        title = QCoreApplication.translate("Notifications", "Reminders now due: %1").replace("%1", f"{len(new):,}")
        self.tray.showMessage(title, notification_text(new), QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
        return True
