"""What the Customers page does to the customers selected in its list, all at once:
trash them (and bring them back), tag or untag them, hand them to a staff member,
record their mail consent, remind to follow them up, export them.

The page makes its actions at start and this module at the first bulk action (it
imports the domain's commands, the exporter and the dialogs, which a start need not
load). Each action asks what it needs, runs its domain command on the write thread
through ``changes.run_command`` (which announces the change, so the list re-reads)
and says in the status bar what changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from smallcrm.domain.customers import filters as cf
from smallcrm.domain.customers.commands import (
    Reassignment,
    delete_customers,
    reassign,
    restore_customers,
    set_mail_consent,
    tag_customers,
)
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.reminders.commands import add_follow_ups
from smallcrm.errors import UserError
from smallcrm.sheets.exporter import export_customers
from smallcrm.ui.dialogs.assign_dialog import AssignStaffDialog
from smallcrm.ui.dialogs.export_dialog import LIST, SELECTION, ExportDialog, for_customer_list
from smallcrm.ui.dialogs.record_dialogs import FollowUpDialog
from smallcrm.ui.shell import changes, worker

# From this many customers a bulk action says it has started (see _say_working).
BIG_SELECTION = 1000


class Page(Protocol):
    """What the bulk actions need of the customers page."""

    status_message: SignalInstance

    def targets(self) -> list[int]:
        """The customers an action is for: the selection, or the one in the editor."""
        ...

    def selected_ids(self) -> list[int]: ...

    def listed_ids(self) -> list[int]:
        """Every customer the list shows, in its order."""
        ...

    def trashed(self, moved: list[int]) -> None:
        """Customers went to the trash: Ctrl+Z may bring them back."""
        ...

    def restored(self, restored: list[int]) -> None:
        """The customers trashed last came back."""
        ...


def _names(ids: list[int]) -> str:
    """'张三' for one customer, '3 customers' for several (for status messages)."""
    if len(ids) == 1:
        try:
            row = get_customer(ids[0])
        except UserError:  # purged meanwhile
            row = None
        if row is not None and (row.name or row.customer_no):
            return str(row.name or row.customer_no)
    return QCoreApplication.translate("CustomersPage", "%1 customers").replace("%1", f"{len(ids):,}")


class BulkActions(QObject):
    """The bulk actions of one customers page (``page``, a QWidget that is a :class:`Page`)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.widget = page  # the parent of the dialogs and of the commands' messages
        self.page = cast(Page, page)

    def _say(self, text: str) -> None:
        self.page.status_message.emit(text)

    def _say_working(self, ids: list[int]) -> None:
        """A bulk action on many customers takes seconds on the write thread (trashing
        100,000 about 6): say it has started, or nothing would seem to happen until its
        own message replaces this one."""
        if len(ids) >= BIG_SELECTION:
            self._say(self.tr("Working on %1 customers…").replace("%1", f"{len(ids):,}"))

    def _run(
        self, command: Callable[[], Any], ids: list[int], done: Callable[[Any], None], changed: Callable[[Any], Any]
    ) -> None:
        """Run ``command`` on the write thread for the customers ``ids``; ``changed(result)``
        names the customers it changed, ``done(result)`` says so."""
        self._say_working(ids)
        changes.run_command(self.widget, command, kind=changes.CUSTOMERS, ids=changed, on_done=done)

    def delete(self) -> None:
        """Delete: the selected customers to the trash (Ctrl+Z brings them back)."""
        ids = self.page.targets()
        if not ids:
            return

        def done(moved: list[int]) -> None:
            self.page.trashed(moved)
            self._say(self.tr("Moved to the trash: %1. Ctrl+Z brings them back.").replace("%1", _names(moved)))

        self._run(lambda: delete_customers(ids), ids, done, lambda r: r)

    def undo_delete(self, ids: list[int]) -> None:
        """Ctrl+Z: bring back the customers moved to the trash last (``ids``)."""
        if not ids:
            return

        def done(restored: list[int]) -> None:
            self.page.restored(restored)
            self._say(self.tr("Back from the trash: %1.").replace("%1", _names(restored)))

        self._run(lambda: restore_customers(ids), ids, done, lambda r: r)

    def tag(self) -> None:
        self._choose_then_run(
            self.tr("Tag"),
            self.tr("Tag for the selected customers (%1):"),
            lambda: [name for _id, name in cf.tag_choices()],
            tag_customers,
            lambda _name, n: self.tr("Customers tagged: %1.").replace("%1", f"{n:,}"),
        )

    def untag(self) -> None:
        self._choose_then_run(
            self.tr("Remove Tag"),
            self.tr("Tag to take off the selected customers (%1):"),
            lambda: [name for _id, name in cf.tag_choices()],
            lambda ids, name: tag_customers(ids, name, remove=True),
            lambda _name, n: self.tr("Tag taken off customers: %1.").replace("%1", f"{n:,}"),
            new_allowed=False,
            none_yet=self.tr("No customer has a tag yet."),
        )

    def assign(self) -> None:
        """Hand the selection to a staff member; their open reminders go along unless
        the owner ticks the box to keep them, and the status bar says what moved."""
        ids = self.page.targets()
        if not ids:
            return
        names = [name for _id, name, _active in cf.staff_choices(include_inactive=False)]
        dialog = AssignStaffDialog(len(ids), names, self.widget)
        if not dialog.exec():
            return
        name, keep = dialog.staff_name(), dialog.keep_reminders()

        def done(r: Reassignment) -> None:
            said = [
                self.tr("%1 took over %2 customers.").replace("%2", f"{r.customers:,}").replace("%1", r.staff or name)
            ]
            if r.reminders_kept:
                kept = self.tr("%1 open reminders and follow-ups stay with whoever had them.")
                said.append(kept.replace("%1", f"{r.reminders_kept:,}"))
            if r.reminders_moved or not r.reminders_kept:
                moved = self.tr("%1 open reminders and follow-ups went with the customers.")
                said.append(moved.replace("%1", f"{r.reminders_moved:,}"))
            self._say(" ".join(said))

        self._run(lambda: reassign(ids, name, keep_reminders=keep), ids, done, lambda _r: ids)

    def consent(self) -> None:
        """Grant or withdraw "may receive mail" for the selected customers at once: an
        imported list comes without consent, and the owner records the answers after
        asking the customers."""
        ids = self.page.targets()
        if not ids:
            return
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Mail Consent"))
        box.setText(
            self.tr("May the selected customers (%1) receive greeting cards and letters by post?").replace(
                "%1", f"{len(ids):,}"
            )
        )
        box.setInformativeText(self.tr("Mailings include only the customers who may receive mail."))
        grant = box.addButton(self.tr("May Receive Mail"), QMessageBox.ButtonRole.YesRole)
        withdraw = box.addButton(self.tr("May Not Receive Mail"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(grant)
        box.exec()
        if box.clickedButton() not in (grant, withdraw):
            return
        allowed = box.clickedButton() is grant

        def done(changed: int) -> None:
            text = self.tr("May receive mail: %1 changed.") if allowed else self.tr("May not receive mail: %1 changed.")
            self._say(text.replace("%1", f"{changed:,}"))

        self._run(lambda: set_mail_consent(ids, allowed), ids, done, lambda _r: ids)

    def _choose_then_run(
        self,
        title: str,
        prompt: str,
        choices: Callable[[], list[str]],
        command: Callable[[list[int], str], int],
        done: Callable[[str, int], str],
        *,
        new_allowed: bool = True,
        none_yet: str = "",
    ) -> None:
        """A bulk action that needs one name (a tag, a staff member): ask for it among
        ``choices`` (or a new one, where ``new_allowed``), run ``command(ids, name)`` on
        the selected customers and say ``done(name, changed)`` in the status bar."""
        ids = self.page.targets()
        if not ids:
            return
        names = choices()
        if not names and none_yet:
            self._say(none_yet)
            return
        name, ok = QInputDialog.getItem(
            self.widget, title, prompt.replace("%1", f"{len(ids):,}"), names, 0, new_allowed
        )
        name = name.strip()
        if not ok or not name:
            return
        self._run(lambda: command(ids, name), ids, lambda n: self._say(done(name, n)), lambda _r: ids)

    def follow_up(self) -> None:
        """A follow-up reminder for each selected customer, on the day the owner picks."""
        ids = self.page.targets()
        if not ids:
            return
        dialog = FollowUpDialog(len(ids), self.widget)
        if not dialog.exec():
            return
        values = dialog.values()
        changes.run_command(
            self.widget,
            lambda: add_follow_ups(ids, values),
            kind=changes.REMINDERS,
            ids=lambda r: r,
            on_done=lambda r: self._say(self.tr("Follow-up reminders created: %1.").replace("%1", f"{len(r):,}")),
        )

    def export(self, path: str | None = None) -> ExportDialog | worker.Job | None:
        """The selection (or, with none, every customer the list shows) to .xlsx or
        .csv: through the export dialog, or straight to ``path`` on a worker."""
        selected = self.page.selected_ids()
        ids = selected if len(selected) >= 2 else self.page.listed_ids()  # one row: merely the current one
        if not ids:
            return None
        if path is None:  # the export dialog, set to the selection (or the list shown)
            dialog = for_customer_list(self.widget, scope=SELECTION if len(selected) > 1 else LIST)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return dialog

        def run(progress: Any, cancel: Any) -> int:
            return int(export_customers(path, ids=ids, progress=progress, cancel=cancel))

        def finished(count: Any, error: BaseException | None) -> None:
            if error is None:
                self._say(self.tr("Exported %1 customers to %2").replace("%1", f"{count:,}").replace("%2", str(path)))
            elif isinstance(error, UserError):
                QMessageBox.warning(self.widget, self.tr("Export Customers"), error.render(QCoreApplication.translate))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        self._say(self.tr("Exporting…"))
        return worker.start(run, on_finished=finished)
