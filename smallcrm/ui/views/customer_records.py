"""The editor's tabs beside the form: Purchases, Interactions, Reminders and Changes.

Each tab lists one customer's records (tens, rarely thousands: a small list model is
enough) and offers the domain commands for them; every write goes through
``changes.run_command``, which announces it, and the tabs re-read on the announcement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLayoutItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.customers.audit import history
from smallcrm.domain.records.interactions import (
    add_interaction,
    delete_interaction,
    edit_interaction,
    list_interactions,
    resolve_complaint,
)
from smallcrm.domain.records.purchases import add_purchase, delete_purchase, edit_purchase, list_purchases, totals
from smallcrm.domain.reminders.commands import (
    add_reminder,
    complete_reminder,
    delete_reminder,
    dismiss_reminder,
    edit_reminder,
    snooze_reminder,
)
from smallcrm.domain.reminders.queries import list_reminders
from smallcrm.domain.values.money import format_cents
from smallcrm.domain.values.quantities import format_quantity
from smallcrm.ui.dialogs.record_dialogs import (
    InteractionDialog,
    PurchaseDialog,
    RecordDialog,
    ReminderDialog,
    SnoozeDialog,
)
from smallcrm.ui.models.rows_model import RowsModel
from smallcrm.ui.shell import changes, mnemonics, translations
from smallcrm.ui.views.record_labels import (
    ACTION_NAMES,
    FIELD_NAMES,
    INTERACTION_KINDS,
    REMINDER_STATUSES,
    change_value,
    record_label,
)
from smallcrm.ui.widgets.repeats import repeat_label

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
        money = translations.format_money
        text = self.tr("%1 purchases · paid %2 · profit %3").replace("%1", f"{t['purchase_count']:,}")
        text = text.replace("%2", money(t["revenue_cents"])).replace("%3", money(t["profit_cents"]))
        # The parts, as the analysis counts them (domain.records.profit).
        parts = self.tr("(cost of goods %1, service %2 for %3 contacts)")
        text += " " + (
            parts.replace("%1", money(t["cost_cents"]))
            .replace("%2", money(t["service_cost_cents"]))
            .replace("%3", f"{t['service_contacts']:,}")
        )
        if t["lines_without_cost"]:
            text += " " + self.tr("(%1 without a cost price, counted as no cost)").replace(
                "%1", f"{t['lines_without_cost']:,}"
            )
        self.show_rows(records, rows, text)

    def add(self) -> None:
        self.add_with(PurchaseDialog, add_purchase)

    def edit_current(self) -> None:
        self.edit_with(PurchaseDialog, edit_purchase)

    def delete(self) -> None:
        self.act_with(
            delete_purchase,
            title=self.tr("Delete Purchase"),
            question=lambda record: (
                self.tr("Delete the purchase of %1 on %2?")
                .replace("%1", record["item"] or "—")
                .replace("%2", record["date"])
            ),
        )


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
                    record_label(INTERACTION_KINDS.get(i["kind"], i["kind"])),
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
        self.add_with(InteractionDialog, add_interaction)

    def edit_current(self) -> None:
        self.edit_with(InteractionDialog, edit_interaction)

    def resolve(self) -> None:
        self.act_with(resolve_complaint)

    def delete(self) -> None:
        self.act_with(
            delete_interaction,
            title=self.tr("Delete Contact"),
            question=lambda _record: self.tr("Delete this contact from the timeline?"),
        )


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
                    record_label(REMINDER_STATUSES.get(r["status"], r["status"])),
                    r["outcome"],
                )
            )
        open_count = sum(1 for r in records if r["status"] in ("open", "snoozed"))
        text = self.tr("%1 open reminders").replace("%1", str(open_count))
        if due_now:
            text += " · " + self.tr("%1 due now").replace("%1", str(due_now))
        self.show_rows(records, rows, text)

    def add(self) -> None:
        self.add_with(ReminderDialog, lambda cid, values: add_reminder({**values, "customer": cid}))

    def edit_current(self) -> None:
        self.edit_with(ReminderDialog, edit_reminder)

    def done(self) -> None:
        record = self.current()
        if record is None:
            return
        outcome, ok = QInputDialog.getText(
            self, self.tr("Reminder Done"), self.tr("What came of it? (optional, kept in the timeline)")
        )
        if ok:
            self.run(lambda: complete_reminder(record["id"], outcome), self.kind)

    def snooze(self) -> None:
        self.edit_with(SnoozeDialog, lambda rid, values: snooze_reminder(rid, values["to"]))

    def dismiss(self) -> None:
        self.act_with(dismiss_reminder)

    def delete(self) -> None:
        self.act_with(
            delete_reminder,
            title=self.tr("Delete Reminder"),
            question=lambda record: self.tr("Delete the reminder “%1” for good? Dismiss keeps it in the list.").replace(
                "%1", record["title"]
            ),
        )


class ChangesTab(RecordsTab):
    """Who changed what and when, with the values as typed."""

    kinds = (changes.CUSTOMERS,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"), self.tr("After")])
        self.finish_buttons()

    def fill(self, customer_id: int) -> None:
        records = history(customer_id)
        rows = []
        for h in records:
            if h["action"] == "edited":
                what = record_label(FIELD_NAMES.get(h["field"], h["field"]))
            elif h["field"]:
                what = self.tr("%1 (%2)").replace("%1", record_label(FIELD_NAMES.get(h["field"], h["field"])))
                what = what.replace("%2", record_label(ACTION_NAMES.get(h["action"], h["action"])))
            else:
                what = record_label(ACTION_NAMES.get(h["action"], h["action"]))
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
