"""What the Reminders area does to the reminders chosen in its list: done (with what came
of it), snooze, reschedule, edit, dismiss.

The area makes its buttons at start and this module at the first action (it imports
the domain's reminder commands and the dialogs, which a start need not load). Each
action asks what it needs, runs its domain command on the write thread through
``changes.run_command`` (which announces the change, so the list re-reads) and says
in the status bar what it did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from smallcrm.domain.reminders.commands import complete_reminders, dismiss_reminders, edit_reminder, snooze_reminders
from smallcrm.ui.dialogs.reminder_dialogs import DateDialog, EditReminderDialog
from smallcrm.ui.shell import changes, worker

LATER_TODAY_HOURS = 2

Reminder = dict[str, Any]  # as ReminderModel.reminder_at gives it


def later_today(now: dt.datetime) -> tuple[dt.date, str]:
    """ "Later today": a couple of hours on, but never past midnight."""
    later = min(now + dt.timedelta(hours=LATER_TODAY_HOURS), dt.datetime.combine(now.date(), dt.time(23, 59)))
    return now.date(), later.strftime("%H:%M")


class ReminderActions(QObject):
    """The actions of one Reminders area (``view``), whose day is ``today()`` and whose
    messages go to ``say``."""

    def __init__(self, view: QWidget, today: Callable[[], dt.date], say: Callable[[str], None]) -> None:
        super().__init__(view)
        self.view = view
        self.today = today
        self.say = say

    def _run(self, command: Any, message: str) -> worker.Job:
        return changes.run_command(
            self.view,
            command,
            kind=changes.REMINDERS,
            ids=lambda customers: customers,
            on_done=lambda _r: self.say(message),
            title=self.tr("Reminders"),
        )

    def done(self, targets: list[Reminder], outcome: str | None = None) -> worker.Job | None:
        """Done: asks what came of it (kept as a note on the customer); a repeating
        reminder comes back on its next day."""
        if outcome is None:
            title = (
                self.tr("Reminder Done")
                if len(targets) == 1
                else self.tr("%1 Reminders Done").replace("%1", str(len(targets)))
            )
            outcome, ok = QInputDialog.getText(
                self.view, title, self.tr("What came of it? (optional, kept in the customer's timeline)")
            )
            if not ok:
                return None
        ids, text = [r["id"] for r in targets], outcome
        return self._run(
            lambda: complete_reminders(ids, text),
            self.tr("Done: %1.").replace("%1", str(len(ids))),
        )

    def snooze(self, targets: list[Reminder], to: str | None) -> worker.Job | None:
        """'later' (a couple of hours on), 'tomorrow', 'next week', or None: pick a date."""
        at: str | None = None
        if to == "later":
            day, at = later_today(dt.datetime.now())
            to = day.isoformat()
        elif to is None:
            dialog = DateDialog(
                self.tr("Snooze until"), self.today() + dt.timedelta(days=1), with_time=False, parent=self.view
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            to = dialog.day()
        ids, day_text, today = [r["id"] for r in targets], to, self.today()
        return self._run(
            lambda: snooze_reminders(ids, day_text, today=today, at=at),
            self.tr("Snoozed: %1.").replace("%1", str(len(ids))),
        )

    def reschedule(self, r: Reminder) -> worker.Job | None:
        """Another day (and time) for one reminder."""
        dialog = DateDialog(
            self.tr("Reschedule"), dt.date.fromisoformat(r["due"]), r["due_time"], with_time=True, parent=self.view
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = {"due": dialog.day(), "due_time": dialog.time.text()}
        return self._run(
            lambda: [edit_reminder(r["id"], values).customer_id or 0],
            self.tr("Rescheduled to %1.").replace("%1", values["due"]),
        )

    def edit(self, r: Reminder) -> worker.Job | None:
        """One reminder's title, day, time, repeat and kind."""
        dialog = EditReminderDialog(r, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        return self._run(lambda: [edit_reminder(r["id"], values).customer_id or 0], self.tr("Reminder saved."))

    def dismiss(self, targets: list[Reminder]) -> worker.Job | None:
        """Not needed any more: closed without an outcome."""
        ids = [r["id"] for r in targets]
        return self._run(lambda: dismiss_reminders(ids), self.tr("Dismissed: %1.").replace("%1", str(len(ids))))
