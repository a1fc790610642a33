"""The Mailing area: greeting cards from "who gets one" to printed labels.

Left, the mailings (newest first) and a form to start one: an occasion, and the
recipients by segment, tag, staff member or the customer list's selection. Right, the
chosen mailing: its recipients (editable until it is sent), the customers left out and
why (double-click one to fix their address), and what to print on. Preview, print and
save as PDF; export .xlsx or .vcf; mark as sent.

Reads and writes go through ``smallcrm.ui.shell.worker`` to ``smallcrm.domain.mailing``;
printing and PDFs are drawn on a worker thread with progress and cancel. Nothing is loaded
until the area is first shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.printing.layout import Address, family_name
from smallcrm.ui.dialogs.mailing_round import ANOTHER, OPEN, SameRoundQuestion
from smallcrm.ui.models.rows_model import RowsModel
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.views.mailing_output import MailingOutput

PICK_BY = (
    ("all", QT_TRANSLATE_NOOP("MailingView", "Everyone who may be mailed")),
    ("segment", QT_TRANSLATE_NOOP("MailingView", "A segment")),
    ("tag", QT_TRANSLATE_NOOP("MailingView", "A tag")),
    ("staff", QT_TRANSLATE_NOOP("MailingView", "A staff member's customers")),
    ("selection", QT_TRANSLATE_NOOP("MailingView", "The customers selected in the list")),
)
PROBLEMS = {
    "street": QT_TRANSLATE_NOOP("MailingView", "no street"),
    "city": QT_TRANSLATE_NOOP("MailingView", "no city or province"),
    "postcode": QT_TRANSLATE_NOOP("MailingView", "postcode is not 6 digits"),
}


def _load_choices(_progress: Any, _cancel: Any) -> dict[str, Any]:
    from smallcrm.domain import mailing  # on the worker: 12-40 ms at import, not at start
    from smallcrm.printing.templates import all_templates, envelope_sizes  # on the worker too: 5-9 ms

    return {
        **mailing.picker_choices(),
        "mailings": mailing.list_mailings(),
        "templates": [t.name for t in all_templates()],
        "envelopes": envelope_sizes(),
    }


def _tr(text: str, context: str = "MailingView") -> str:
    return QCoreApplication.translate(context, text)


class MailingView(QWidget):
    """The Mailing area. ``selection`` returns the customer list's selected ids."""

    status_message = Signal(str)

    def __init__(self, selection: Callable[[], list[int]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection or (lambda: [])
        self.mailing_id: int | None = None
        self.mailing: dict[str, Any] | None = None
        self.people: list[dict[str, Any]] = []
        self.left_out: list[dict[str, Any]] = []
        self._set_aside: dict[int, list[dict[str, Any]]] = {}  # per mailing: left out when made or added to
        self._loaded = False
        self._stale = False  # customers changed while the area was hidden
        self._job: worker.Job | None = None
        self.choices: dict[str, Any] = {}

        splitter = QSplitter()
        splitter.addWidget(self._build_mailings())
        splitter.addWidget(self._build_chosen())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_mailing(None)
        changes.hub().changed.connect(self._on_changed)

    def _build_mailings(self) -> QWidget:
        """Left: the mailings, newest first, Delete, and the form to start one."""
        self.mailing_list = QListWidget()
        self.mailing_list.currentItemChanged.connect(self._mailing_chosen)
        self.occasion = QComboBox()
        self.occasion.currentIndexChanged.connect(self._suggest_title)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title, e.g. Spring Festival 2027"))
        self.pick_by = QComboBox()
        for key, label in PICK_BY:
            self.pick_by.addItem(self.tr(label), key)
        self.pick_by.currentIndexChanged.connect(self._fill_pick_values)
        self.pick_value = QComboBox()
        self.pick_value.setMinimumContentsLength(12)
        self.include_churned = QCheckBox(self.tr("Include churned customers"))
        self.one_per_household = QCheckBox(self.tr("One card per household"))
        self.one_per_household.setChecked(True)
        self.to_family = QCheckBox(self.tr("Address a shared home's card to the family (张伟 全家)"))
        self.to_family.setToolTip(
            self.tr("Where several customers live at one address, their one card goes to the whole family.")
        )
        self.one_per_household.toggled.connect(self.to_family.setEnabled)
        self.create_button = QPushButton(self.tr("&Start Mailing"))
        self.create_button.clicked.connect(self.start_mailing)

        new_box = QGroupBox(self.tr("New mailing"))
        form = QFormLayout(new_box)
        form.addRow(self.tr("Occasion:"), self.occasion)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Recipients:"), self.pick_by)
        form.addRow("", self.pick_value)
        form.addRow(self.include_churned)
        form.addRow(self.one_per_household)
        form.addRow(self.to_family)
        form.addRow(self.create_button)

        self.delete_button = QPushButton(self.tr("Delete Mailing"))
        self.delete_button.clicked.connect(self.delete_mailing)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Mailings:")))
        left_layout.addWidget(self.mailing_list, 1)
        left_layout.addWidget(self.delete_button)
        left_layout.addWidget(new_box)

        return left

    def _build_chosen(self) -> QWidget:
        """Right: the chosen mailing's recipients and those left out, printing, exports
        and Mark as Sent; a hint while there is none."""
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.recipients = self._table([self.tr("Name"), self.tr("Address"), self.tr("Phone")], address=1)
        self.remove_button = QPushButton(self.tr("&Remove Selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button = QPushButton(self.tr("&Add Customers Selected in the List"))
        self.add_button.clicked.connect(self.add_from_list)
        recipients_page = QWidget()
        rl = QVBoxLayout(recipients_page)
        rl.addWidget(self.recipients, 1)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        row.addStretch(1)
        rl.addLayout(row)

        self.excluded = self._table([self.tr("Name"), self.tr("Why left out"), self.tr("Address")], address=2)
        self.excluded.doubleClicked.connect(self._fix_customer)
        left_out_page = QWidget()
        el = QVBoxLayout(left_out_page)
        hint = QLabel(self.tr("Double-click a customer to open their profile and fix the address or consent."))
        hint.setWordWrap(True)
        el.addWidget(hint)
        el.addWidget(self.excluded, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(recipients_page, self.tr("Recipients"))
        self.tabs.addTab(left_out_page, self.tr("Left out"))

        self.printing = MailingOutput(self._status, self._report)
        actions = QHBoxLayout()
        self.xlsx_button = QPushButton(self.tr("Export .xlsx…"))
        self.xlsx_button.clicked.connect(lambda: self.printing.export("xlsx"))
        self.vcf_button = QPushButton(self.tr("Export Contacts .vcf…"))
        self.vcf_button.clicked.connect(lambda: self.printing.export("vcf"))
        self.sent_button = QPushButton(self.tr("&Mark as Sent"))
        self.sent_button.clicked.connect(lambda: self.mark_sent())
        actions.addWidget(self.xlsx_button)
        actions.addWidget(self.vcf_button)
        actions.addStretch(1)
        actions.addWidget(self.sent_button)

        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.addWidget(self.heading)
        dl.addWidget(self.summary)
        dl.addWidget(self.tabs, 1)
        dl.addWidget(self.printing)
        dl.addLayout(actions)
        self.empty = QLabel(self.tr("Start a mailing on the left: choose the occasion and who gets a card."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty, 1)
        right_layout.addWidget(self.detail, 1)

        return right

    @staticmethod
    def _table(headers: list[str], *, address: int) -> QTableView:
        """A read-only table over a RowsModel: a model rather than a QTableWidget's
        items, because a Spring Festival mailing to every customer of a big shop has tens
        of thousands of rows (70,000 recipients as items held the window 1.2 s).

        The ``address`` column takes the width left; the short ones fit their first 100
        rows (sizing every column over 1,000 rows, Qt's default, held the window ~50 ms
        each time a big mailing was laid out)."""
        table = QTableView()
        table.setModel(RowsModel(headers, (), table))
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # as the customer list
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(address, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(100)
        return table

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded or self._stale:
            self._loaded, self._stale = True, False
            self.reload()

    def reload(self) -> worker.Job:
        """Re-read the mailings and the pickers' choices, then the chosen mailing."""
        self._job = worker.start(_load_choices, on_finished=self._choices_loaded)
        return self._job

    def _choices_loaded(self, result: Any, error: Any) -> None:
        if error is not None:
            self._report(error)
            return
        self.choices = result
        keep = self.occasion.currentData()
        self.occasion.blockSignals(True)
        self.occasion.clear()
        for key, label in result["occasions"]:
            context = "Festival" if key in ("spring_festival", "mid_autumn", "dragon_boat") else "Mailing"
            self.occasion.addItem(_tr(label, context), key)
        self.occasion.setCurrentIndex(max(0, self.occasion.findData(keep)))
        self.occasion.blockSignals(False)
        self._suggest_title()
        self._fill_pick_values()
        self.printing.fill_outputs(result["templates"], result["envelopes"])
        self.mailing_list.blockSignals(True)
        self.mailing_list.clear()
        for m in result["mailings"]:
            sent = self.tr("sent %1").replace("%1", m["sent_at"][:10]) if m["sent_at"] else self.tr("not sent yet")
            item = QListWidgetItem(
                self.tr("%1\n%2 recipients, %3")
                .replace("%1", m["title"])
                .replace("%2", str(m["recipients"]))
                .replace("%3", sent)
            )
            item.setData(Qt.ItemDataRole.UserRole, m["id"])
            item.setSizeHint(self._two_lines(item.text()))
            self.mailing_list.addItem(item)
            if m["id"] == self.mailing_id:
                self.mailing_list.setCurrentItem(item)
        self.mailing_list.blockSignals(False)
        if self.mailing_id is not None:
            self.load_mailing(self.mailing_id)

    def _two_lines(self, text: str) -> QSize:
        """An item's size with room for two lines of Chinese, whatever the text.
        # WORKAROUND: Qt sizes a line by the fonts its own characters use, but draws a
        # Chinese title in the taller fallback font: an English second line under it
        # left the item a few pixels short, and the title was elided ('春节贺卡 2027…')
        # with the second line gone."""
        metrics = self.mailing_list.fontMetrics()
        height = metrics.boundingRect(QRect(0, 0, 10_000, 1_000), 0, "春\n春").height()
        width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        return QSize(width + 2 * metrics.averageCharWidth(), height + metrics.height() // 2)

    def _suggest_title(self) -> None:
        occasion = self.occasion.currentData()
        if occasion:
            # domain.mailing: 12-40 ms at import, not wanted at start (the area is built then).
            from smallcrm.domain.mailing import default_title

            self.title_edit.setPlaceholderText(default_title(occasion, translate=QCoreApplication.translate))

    def _fill_pick_values(self) -> None:
        kind = self.pick_by.currentData()
        self.pick_value.clear()
        values = {"segment": "segments", "tag": "tags", "staff": "staff"}.get(kind)
        self.pick_value.setVisible(values is not None)
        for key, label in self.choices.get(values or "", []):
            self.pick_value.addItem(_tr(label, "Segments") if kind == "segment" else label, key)

    def _mailing_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self.load_mailing(int(item.data(Qt.ItemDataRole.UserRole)))

    def load_mailing(self, mailing_id: int) -> worker.Job:
        def run(_progress: Any, _cancel: Any) -> dict[str, Any]:
            from smallcrm.domain import mailing  # on the worker: 12-40 ms at import, not at start

            info = mailing.mailing_dict(mailing_id)
            current = mailing.mailable(mailing_id)  # who withdrew consent since is left out
            people = mailing.people(current.included, current.families)
            # The table's text too, here: for 70,000 recipients building it took the GUI 60 ms.
            rows = [(_card_name(p), p["address"], p["phone"]) for p in people]
            withdrawn = mailing.excluded_people(current)
            return {"mailing": info, "people": people, "rows": rows, "ids": current.included, "withdrawn": withdrawn}

        self.mailing_id = mailing_id
        self._job = worker.start(run, on_finished=self._mailing_loaded)
        return self._job

    def _mailing_loaded(self, result: Any, error: Any) -> None:
        if error is not None:
            self._report(error)
            return
        if result["mailing"]["id"] != self.mailing_id:
            return  # another mailing was chosen meanwhile
        self.people = result["people"]
        _rows(self.recipients).set_rows(self.people, result["rows"], result["ids"])
        self._show_mailing(result["mailing"])
        # Left out: who was set aside when the list was made or added to (this session),
        # and who has withdrawn consent since.
        listed = set(result["ids"]) | {p["id"] for p in result["withdrawn"]}
        chosen = [p for p in self._set_aside.get(int(result["mailing"]["id"]), []) if p["id"] not in listed]
        self._show_left_out(result["withdrawn"] + chosen)

    def _show_mailing(self, info: dict[str, Any] | None) -> None:
        self.mailing = info
        self.printing.set_mailing(self.mailing_id, info, self.people, self._ids())
        self.detail.setVisible(info is not None)
        self.empty.setVisible(info is None)
        self.delete_button.setEnabled(info is not None)
        if info is None:
            return
        sent = info["sent_at"] is not None
        self.heading.setText(info["title"])
        text = self.tr("%1 recipients.").replace("%1", f"{len(self.people):,}")
        if sent:
            text += " " + self.tr("Sent on %1: the list is kept as it was.").replace("%1", info["sent_at"][:10])
        self.summary.setText(text)
        self.tabs.setTabText(0, self.tr("Recipients (%1)").replace("%1", f"{len(self.people):,}"))
        has_people = bool(self.people)
        self.add_button.setEnabled(not sent)
        self.remove_button.setEnabled(not sent and has_people)
        self.sent_button.setEnabled(not sent and has_people)
        printing = self.printing
        for w in (
            printing.preview_button,
            printing.print_button,
            printing.pdf_button,
            self.xlsx_button,
            self.vcf_button,
        ):
            w.setEnabled(has_people)

    def _show_left_out(self, rows: list[dict[str, Any]]) -> None:
        # domain.mailing: 12-40 ms at import, not wanted at start (the area is built then).
        from smallcrm.domain.mailing import EXCLUSION_LABELS

        self.left_out = rows
        reasons = {key: _tr(label, "Mailing") for key, label in EXCLUSION_LABELS.items()}
        problems = {key: self.tr(": %1").replace("%1", self.tr(text)) for key, text in PROBLEMS.items()}
        texts = []
        for p in rows:
            why = reasons[p["reason"]]
            if p["reason"] == "no_address" and p.get("problem"):
                why += problems[p["problem"]]
            texts.append((p["name"], why, p["address"]))
        _rows(self.excluded).set_rows(rows, texts)
        self.tabs.setTabText(1, self.tr("Left out (%1)").replace("%1", f"{len(rows):,}"))

    # -- commands ---------------------------------------------------------------------------

    def start_mailing(self) -> worker.Job | None:
        """Create the mailing from the form; the left-out customers show in their tab."""
        kind = self.pick_by.currentData()
        filters: dict[str, Any] = {
            "include_churned": self.include_churned.isChecked(),
            "one_per_household": self.one_per_household.isChecked(),
            "to_family": self.one_per_household.isChecked() and self.to_family.isChecked(),
        }
        if kind in ("segment", "tag", "staff"):
            if self.pick_value.currentData() is None:
                QMessageBox.information(self, self.tr("New Mailing"), self.tr("There is nothing to choose from yet."))
                return None
            filters[kind] = self.pick_value.currentData()
        elif kind == "selection":
            ids = self.selection()
            if not ids:
                QMessageBox.information(
                    self, self.tr("New Mailing"), self.tr("Select customers in the customer list first.")
                )
                return None
            filters["ids"] = ids
        occasion = self.occasion.currentData() or "custom"
        title = self.title_edit.text().strip() or default_title_for(occasion)
        if not self._new_round_confirmed(occasion, title):
            return None

        def command() -> dict[str, Any]:
            from smallcrm.domain import mailing  # on the worker: 12-40 ms at import, not at start

            mailing_id, choice = mailing.create_mailing(occasion, title, **filters)
            return {"id": mailing_id, "left_out": mailing.excluded_people(choice)}

        def done(result: dict[str, Any]) -> None:
            self.mailing_id = result["id"]
            self._set_aside[result["id"]] = result["left_out"]
            self._show_left_out(result["left_out"])
            self.title_edit.clear()
            self.reload()
            self._status(self.tr("Mailing started."))

        return changes.run_command(self, command, on_done=done, title=self.tr("New Mailing"))

    def _new_round_confirmed(self, occasion: str, title: str) -> bool:
        """Ask before a second mailing for the same round of cards (the same festival
        day, birthday month or title): it would send the same people a second card.
        The owner can open the one there is, start another anyway, or cancel."""
        # domain.mailing: 12-40 ms at import, not wanted at start (the area is built then).
        from smallcrm.domain.mailing import same_round

        earlier = same_round(occasion, title)  # a few rows of the mailing table, read here
        if not earlier:
            return True
        answer = SameRoundQuestion(earlier[0], self).ask()
        if answer == OPEN:
            self.mailing_id = int(earlier[0]["id"])
            self.reload()
        return answer == ANOTHER

    def _chosen_ids(self, table: QTableView) -> list[int]:
        rows = sorted({i.row() for i in table.selectionModel().selectedIndexes()})
        ids = _rows(table).ids
        return [ids[r] for r in rows]

    def remove_selected(self) -> worker.Job | None:
        ids = self._chosen_ids(self.recipients)
        if not ids or self.mailing_id is None:
            return None
        mailing_id = self.mailing_id

        def command() -> int:
            from smallcrm.domain import mailing  # on the worker: 12-40 ms at import, not at start

            return mailing.remove_recipients(mailing_id, ids)

        return changes.run_command(self, command, on_done=lambda _n: self.reload(), title=self.tr("Mailing"))

    def add_from_list(self) -> worker.Job | None:
        ids = self.selection()
        if self.mailing_id is None:
            return None
        if not ids:
            QMessageBox.information(self, self.tr("Mailing"), self.tr("Select customers in the customer list first."))
            return None
        mailing_id = self.mailing_id

        def command() -> list[dict[str, Any]]:
            from smallcrm.domain import mailing  # on the worker: 12-40 ms at import, not at start

            return mailing.excluded_people(mailing.add_recipients(mailing_id, ids))

        def done(left_out: list[dict[str, Any]]) -> None:
            now_left_out = {q["id"] for q in left_out}
            earlier = [p for p in self._set_aside.get(mailing_id, []) if p["id"] not in now_left_out]
            self._set_aside[mailing_id] = left_out + earlier
            self._show_left_out(left_out)
            self.reload()

        return changes.run_command(self, command, on_done=done, title=self.tr("Mailing"))

    def delete_mailing(self) -> worker.Job | None:
        if self.mailing_id is None or self.mailing is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Delete Mailing"),
            self.tr("Delete the mailing %1? Greetings already logged on customers stay.").replace(
                "%1", self.mailing["title"]
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        mailing_id = self.mailing_id

        def command() -> None:
            from smallcrm.domain import mailing  # on the worker: 12-40 ms at import, not at start

            mailing.delete_mailing(mailing_id)

        def done(_result: Any) -> None:
            self.mailing_id = None
            self._show_mailing(None)
            self.reload()

        return changes.run_command(self, command, on_done=done, title=self.tr("Delete Mailing"))

    def mark_sent(self, confirm: bool = True) -> worker.Job | None:
        """Log a greeting for every recipient and close the festival reminders, once."""
        if self.mailing_id is None or self.mailing is None:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Mark as Sent"),
                self.tr(
                    "Log a greeting card for each of the %1 recipients and close their festival reminders?"
                ).replace("%1", f"{len(self.people):,}"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        mailing_id = self.mailing_id

        def command() -> Any:
            from smallcrm.domain import mailing  # on the worker: 12-40 ms at import, not at start

            return mailing.mark_sent(mailing_id, translate=QCoreApplication.translate)

        def done(sent: Any) -> None:
            text = (
                self.tr("%1 greetings logged, %2 reminders closed.")
                .replace("%1", str(sent.greetings))
                .replace("%2", str(sent.reminders_closed))
            )
            if sent.no_consent:
                text += " " + self.tr("%1 taken off the list: they no longer consent to be mailed.").replace(
                    "%1", str(sent.no_consent)
                )
            self._status(text)
            changes.announce(changes.REMINDERS)
            self.reload()

        return changes.run_command(
            self, command, kind=changes.INTERACTIONS, ids=lambda _s: list(self._ids()), on_done=done
        )

    def _ids(self) -> list[int]:
        return list(_rows(self.recipients).ids)  # the recipients listed, as the worker read them

    def _fix_customer(self, index: Any) -> None:
        ids = _rows(self.excluded).ids
        if not index.isValid() or index.row() >= len(ids):
            return
        customer_id = ids[index.row()]
        window = self.window()
        if hasattr(window, "show_area") and hasattr(window, "customers"):
            window.show_area("customers")
            window.customers.open_customer(customer_id)

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if self._loaded and kind in (changes.CUSTOMERS, changes.DATABASE, changes.STAFF):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def _status(self, text: str) -> None:
        """Say it in the window's status bar (and to whoever listens)."""
        self.status_message.emit(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def _report(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("Mailing"), error.render(QCoreApplication.translate))
        else:
            sys.excepthook(type(error), error, error.__traceback__)


def _card_name(person: dict[str, Any]) -> str:
    """The name as the card is addressed: '张伟 全家' on a household's card."""
    return family_name(Address.of(person)) if person.get("family") else str(person["name"])


def default_title_for(occasion: str) -> str:
    # domain.mailing: 12-40 ms at import, not wanted at start (the area is built then).
    from smallcrm.domain.mailing import default_title

    return default_title(occasion, translate=QCoreApplication.translate)


def _rows(table: QTableView) -> RowsModel:
    """The RowsModel behind one of the mailing's tables."""
    return cast(RowsModel, table.model())
