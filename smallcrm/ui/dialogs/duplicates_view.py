"""Likely duplicate customers side by side, field by field; merge with the owner's
choice of each field's survivor, and undo the last merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain.customers.duplicates import find_duplicate_pairs, forget_not_duplicates, mark_not_duplicates
from smallcrm.domain.customers.merge import (
    UnrelatedCustomersError,
    compare,
    default_choices,
    last_merge_id,
    merge_customers,
    undo_merge,
)
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.views.record_labels import FIELD_NAMES, change_value
from smallcrm.ui.views.record_labels import record_label as _label

PAIR_LIMIT = 1000  # pairs listed at once; merging some and reopening shows the next ones
REASONS = {
    "customer_no": QT_TRANSLATE_NOOP("Records", "same customer number"),
    "phone": QT_TRANSLATE_NOOP("Records", "same phone"),
    "name_address": QT_TRANSLATE_NOOP("Records", "same name and street"),
    "name_birthday": QT_TRANSLATE_NOOP("Records", "same name and birthday"),
}


def _pairs(_progress: Any, _cancel: Any) -> tuple[list[dict[str, Any]], int | None]:
    return find_duplicate_pairs(limit=PAIR_LIMIT), last_merge_id()


class DuplicatesDialog(QDialog):
    """Pairs on the left; the chosen pair's fields side by side on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate Customers"))
        self.pairs: list[dict[str, Any]] = []
        self.pair: dict[str, Any] | None = None
        self.keep_a = True
        self.rows: list[dict[str, Any]] = []
        self.compared: dict[str, dict[str, Any]] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.last_merge: int | None = None
        # The pair just marked "not the same person", while its undo is offered.
        self.last_skip: tuple[int, int] | None = None
        self._job: worker.Job | None = None
        left, right = self._make_pair_list(), self._make_comparison()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 80, self.fontMetrics().height() * 36)
        splitter.setSizes([em * 26, em * 54])
        self._show_pair(None)
        self.reload()

    def _make_pair_list(self) -> QWidget:
        """The left side: how many pairs, and the list of them."""
        self.pair_list = QListWidget()
        self.pair_list.setWordWrap(True)  # each pair is two lines: the names, then the evidence
        self.pair_list.setAlternatingRowColors(True)
        self.pair_list.currentRowChanged.connect(self._pair_chosen)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.pair_list, 1)
        return left

    def _make_comparison(self) -> QWidget:
        """The right side: which customer stays, the fields side by side, and the buttons."""
        self.keep_label = QLabel(self.tr("Keep:"))
        self.keep_a_button = QRadioButton()
        self.keep_b_button = QRadioButton()
        keep_group = QButtonGroup(self)
        keep_group.addButton(self.keep_a_button)
        keep_group.addButton(self.keep_b_button)
        self.keep_a_button.toggled.connect(self._keep_changed)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_label)
        keep_row.addWidget(self.keep_a_button)
        keep_row.addWidget(self.keep_b_button)
        keep_row.addStretch(1)
        self.hint = QLabel(
            self.tr(
                "Pick which customer stays and, for each field that differs, whose value to keep. "
                "Purchases, contacts, reminders and tags of both are kept; the other customer goes "
                "to the trash, and the merge can be undone."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), "A", "B"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.skip_button = QPushButton(self.tr("Not the Same Person"))
        self.skip_button.setToolTip(
            self.tr("Remember that these two are different people: the pair is not listed again")
        )
        self.skip_button.clicked.connect(self.skip)
        self.undo_button = QPushButton(self.tr("Undo Last Merge"))
        self.undo_button.clicked.connect(self.undo)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(keep_row)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(buttons)
        return right

    # -- pairs -----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.count_label.setText(self.tr("Looking for duplicates…"))
        self._job = worker.start(worker.reading(_pairs))
        self._job.finished.connect(self._loaded)

    @property
    def loading(self) -> bool:
        return self._job is not None

    def _loaded(self, result: Any, error: Any) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        if error is not None:
            raise error
        self.pairs, self.last_merge = result
        self._offer_undo()
        self._fill_pairs()
        more = self.tr(" (the first %1)").replace("%1", str(PAIR_LIMIT)) if len(self.pairs) >= PAIR_LIMIT else ""
        self.count_label.setText(
            self.tr("Likely duplicates: %1 pairs").replace("%1", f"{len(self.pairs):,}") + more
            if self.pairs
            else self.tr("No likely duplicates: every customer looks like a different person.")
        )
        if self.pairs:
            self.pair_list.setCurrentRow(0)
        else:
            self._show_pair(None)

    def _fill_pairs(self) -> None:
        """One item per pair: the names, and under them the evidence."""
        # WORKAROUND: a list item's size hint counts one line even when its text has two
        # (the second was elided), so each item is given the height of two lines.
        height = self.pair_list.fontMetrics().lineSpacing() * 2 + 10
        self.pair_list.blockSignals(True)
        self.pair_list.clear()
        for p in self.pairs:
            reasons = ", ".join(_label(REASONS[r]) for r in p["reasons"])
            item = QListWidgetItem(f"{p['a_name'] or '—'}  ·  {p['b_name'] or '—'}\n{reasons}")
            item.setToolTip(f"{p['a_name']} {p['a_phone']}\n{p['b_name']} {p['b_phone']}")
            item.setSizeHint(QSize(0, height))
            self.pair_list.addItem(item)
        self.pair_list.blockSignals(False)

    def _pair_chosen(self, row: int) -> None:
        self._show_pair(self.pairs[row] if 0 <= row < len(self.pairs) else None)

    def _show_pair(self, pair: dict[str, Any] | None) -> None:
        self.pair = pair
        for w in (self.merge_button, self.skip_button, self.keep_a_button, self.keep_b_button, self.table):
            w.setEnabled(pair is not None)
        if pair is None:
            self.table.setRowCount(0)
            self.keep_a_button.setText("A")
            self.keep_b_button.setText("B")
            return
        rows = compare(pair["a"], pair["b"])
        self.compared = {r["field"]: r for r in rows}
        # The second phone stays on show while either has a phone: it can take the other's main one.
        has_phone = self._filled(self.compared["phone"])
        self.rows = [r for r in rows if self._filled(r) or (r["field"] == "phone2" and has_phone)]
        numbers = {r["field"]: r for r in rows}["customer_no"]
        for button, side in ((self.keep_a_button, "a"), (self.keep_b_button, "b")):
            # With the number: the two names are often the same.
            who = f"{pair[side + '_name']} ({numbers[side]})" if pair[side + "_name"] else numbers[side]
            button.setText(self.tr("%1: %2").replace("%1", side.upper()).replace("%2", who))
        self.keep_a_button.blockSignals(True)
        self.keep_a_button.setChecked(True)
        self.keep_a_button.blockSignals(False)
        self.keep_a = True
        self._fill_table()

    @staticmethod
    def _filled(row: dict[str, Any]) -> bool:
        return row["a"] not in ("", None) or row["b"] not in ("", None)

    def _offers(self, field: str, side: str, keep_side: str) -> list[tuple[str, str]]:
        """The (text, choice) radio buttons in one side's cell of a field's row: its own
        value, and for the second phone on the other's side also the other's main phone
        (when the survivor does not have that number already)."""
        value = self._value(field, self.compared[field][side]) or self.tr("(empty)")
        if side == keep_side:
            return [(value, "keep")]
        # The other's own value is no choice when it equals the survivor's (both empty, say).
        offers = [] if self.compared[field]["same"] else [(value, "other")]
        phone = self.compared["phone"]
        new_number = phone[side] and not phone["same"] and phone[side] != self.compared["phone2"][keep_side]
        if field == "phone2" and new_number:
            offers.append((self.tr("%1 (their phone)").replace("%1", phone[side]), "other_phone"))
        return offers

    def _value(self, field: str, value: Any) -> str:
        """As the form shows it: Yes/No, Male, Active, Lost to a competitor (not the codes)."""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return "" if value is None else change_value(field, str(value))

    def _fill_table(self) -> None:
        assert self.pair is not None
        keep, other = (self.pair["a"], self.pair["b"]) if self.keep_a else (self.pair["b"], self.pair["a"])
        keep_side = "a" if self.keep_a else "b"
        defaults = default_choices(keep, other)
        self.groups = {}
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, r in enumerate(self.rows):
            name = QTableWidgetItem(_label(FIELD_NAMES.get(r["field"], r["field"])))
            if not r["same"]:
                name.setFont(bold)
            self.table.setItem(i, 0, name)
            offers = {side: self._offers(r["field"], side, keep_side) for side in ("a", "b")}
            if (r["same"] and len(offers["a"]) + len(offers["b"]) == 1) or r["field"] == "tags":
                for col, key in ((1, "a"), (2, "b")):
                    text = self._value(r["field"], r[key])
                    if r["field"] == "tags" and not r["same"]:
                        text += "  " + self.tr("(both kept)")
                    self.table.removeCellWidget(i, col)
                    self.table.setItem(i, col, QTableWidgetItem(text))
                continue
            group = QButtonGroup(self.table)
            for col, key in ((1, "a"), (2, "b")):
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(4, 0, 4, 0)
                cell_layout.setSpacing(0)
                for text, choice in offers[key]:
                    button: QAbstractButton = QRadioButton(text)
                    button.setProperty("side", key)
                    button.setProperty("choice", choice)
                    group.addButton(button)
                    cell_layout.addWidget(button)
                self.table.setItem(i, col, QTableWidgetItem())
                self.table.setCellWidget(i, col, cell)
            default = defaults.get(r["field"], "keep")
            for button in group.buttons():
                button.setChecked(button.property("choice") == default)
            self.groups[r["field"]] = group
        # Rows of plain text as tall as rows of radio buttons, so the table reads evenly.
        self.table.resizeRowsToContents()
        tallest_single = max(
            (self.table.rowHeight(i) for i, r in enumerate(self.rows) if r["field"] != "phone2"), default=0
        )
        for i in range(len(self.rows)):
            self.table.setRowHeight(i, max(self.table.rowHeight(i), tallest_single))

    def _keep_changed(self, on: bool) -> None:
        if self.pair is None:
            return
        self.keep_a = self.keep_a_button.isChecked()
        self._fill_table()

    def choices(self) -> dict[str, str]:
        """Each differing field's survivor as merge_customers wants it: keep, other, or
        other_phone (the second phone takes the other's main phone)."""
        out = {}
        for field, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                out[field] = checked.property("choice")
        return out

    # -- actions ------------------------------------------------------------------------------------

    def merge(self) -> None:
        if self.pair is None:
            return
        keep, other = (self.pair["a"], self.pair["b"]) if self.keep_a else (self.pair["b"], self.pair["a"])
        self._merge(keep, other, self.choices(), force=False)

    def _merge(self, keep: int, other: int, choices: dict[str, str], *, force: bool) -> None:
        """Merge ``other`` into ``keep``. The list offers only pairs with evidence, but a
        pair can lose it while the view is open (an earlier merge gave the survivor
        another phone, an edit in the window): the domain then refuses, and the owner
        is asked before the merge is forced."""

        def done(result: dict[str, Any]) -> None:
            self.last_merge = result["merge_id"]
            self.last_skip = None
            self._offer_undo()
            self._drop(lambda p: other in (p["a"], p["b"]) or {p["a"], p["b"]} == {keep, other})

        def unrelated(error: Any) -> bool:
            if not isinstance(error, UnrelatedCustomersError):
                return False
            question = self.tr("Merge them all the same?")
            answer = QMessageBox.question(
                self,
                self.tr("Merge Customers"),
                error.render(QCoreApplication.translate) + "\n\n" + question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._merge(keep, other, choices, force=True)
            return True

        changes.run_command(
            self,
            lambda: merge_customers(keep, other, choices, force=force),
            kind=changes.CUSTOMERS,
            ids=lambda _r: [keep, other],
            on_done=done,
            on_user_error=unrelated,
        )

    def skip(self) -> None:
        """Remember the pair as two people (domain), so it is not offered again."""
        if self.pair is None:
            return
        pair = self.pair

        def done(_result: Any) -> None:
            self.last_skip = (pair["a"], pair["b"])
            self._offer_undo()
            self._drop(lambda p: p is pair)

        changes.run_command(self, lambda: mark_not_duplicates(pair["a"], pair["b"]), on_done=done)

    def _offer_undo(self) -> None:
        """One Undo button for the last thing done here: a "not the same person" just
        marked, else the last merge (which may be from an earlier visit)."""
        if self.last_skip is not None:
            self.undo_button.setText(self.tr("Undo “Not the Same Person”"))
            self.undo_button.setEnabled(True)
        else:
            self.undo_button.setText(self.tr("Undo Last Merge"))
            self.undo_button.setEnabled(self.last_merge is not None)

    def _drop(self, gone: Any) -> None:
        row = self.pair_list.currentRow()
        self.pairs = [p for p in self.pairs if not gone(p)]
        self._fill_pairs()
        if self.pairs:
            self.pair_list.setCurrentRow(min(row, len(self.pairs) - 1))
            self._pair_chosen(self.pair_list.currentRow())
        else:
            self._show_pair(None)
        self.count_label.setText(self.tr("Likely duplicates: %1 pairs").replace("%1", f"{len(self.pairs):,}"))

    def undo(self) -> None:
        if self.last_skip is not None:
            a, b = self.last_skip
            self.last_skip = None
            changes.run_command(self, lambda: forget_not_duplicates(a, b), on_done=lambda _r: self.reload())
            return
        merge_id = self.last_merge or last_merge_id()
        if merge_id is None:
            return
        changes.run_command(
            self,
            lambda: undo_merge(merge_id),
            kind=changes.CUSTOMERS,
            ids=lambda r: [r["kept"], r["merged"]],
            on_done=lambda _r: self.reload(),
        )
