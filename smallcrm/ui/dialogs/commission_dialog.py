"""The commission rules (提成规则): a percentage of sales or of gross profit, for a staff
member, a category, or both; the most particular rule decides each sale line
(``domain.analysis.commission``). Opened from the staff results in the Analysis area.

One row per rule; Save replaces them all in one command, so a half-edited set of
rules is never stored. A rule the domain refuses (the same staff member and category
twice) is said in one sentence and the dialog stays open with what was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.ui.shell import changes
from smallcrm.ui.widgets.labels import MUTED

EVERYONE = -1  # the staff box's "everyone" (no staff member is -1)


class CommissionDialog(QDialog):
    """Edit ``rules`` (as ``commission.rule_rows`` gives them) for ``staff`` ((id, name))
    and the catalogue's ``categories``."""

    def __init__(
        self,
        rules: list[dict[str, Any]],
        staff: list[tuple[int, str]],
        categories: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commission Rules"))
        self.staff = staff
        self.categories = categories
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each rule gives a staff member (or everyone) a percentage of the sales or of the gross profit of "
                "a category (or of everything). The most particular rule decides each sale line: a staff member's "
                "rule for the category, then their own rule, then the category's rule for everyone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Staff"), self.tr("Category"), self.tr("Percent"), self.tr("Of")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add Rule"))
        self.add_button.clicked.connect(lambda: self.add_rule())
        self.remove_button = QPushButton(self.tr("&Remove Rule"))
        self.remove_button.clicked.connect(self.remove_rule)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(self.tr("A commission is taken once per rule from what its lines add up to, half up to the fen."))
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for rule in rules:
            self.add_rule(rule)
        self._update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 420)

    def add_rule(self, rule: dict[str, Any] | None = None) -> None:
        """A row for ``rule`` (None: a new rule, everyone, 5 % of sales)."""
        rule = rule or {"staff_id": None, "category": "", "percent": "5", "of": "sales"}
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = QComboBox()
        who.addItem(self.tr("Everyone"), EVERYONE)
        for staff_id, name in self.staff:
            who.addItem(name, staff_id)
        who.setCurrentIndex(max(0, who.findData(EVERYONE if rule["staff_id"] is None else rule["staff_id"])))
        what = QComboBox()
        what.setEditable(True)  # a category not in the catalogue yet (typed lines, an import's categories)
        what.addItem(self.tr("Every category"), "")
        for category in self.categories:
            what.addItem(category, category)
        index = what.findData(rule["category"])
        if index >= 0:
            what.setCurrentIndex(index)
        else:
            what.setEditText(rule["category"])
        percent = QDoubleSpinBox()
        percent.setRange(0, 100)
        percent.setDecimals(2)
        percent.setSuffix(" %")
        percent.setValue(float(rule["percent"]))
        base = QComboBox()
        base.addItem(self.tr("Sales"), "sales")
        base.addItem(self.tr("Gross profit"), "profit")
        base.setCurrentIndex(max(0, base.findData(rule["of"])))
        for column, widget in enumerate((who, what, percent, base)):
            self.table.setCellWidget(row, column, widget)
        self.table.selectRow(row)
        self._update()

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def rules(self) -> list[dict[str, Any]]:
        """The rows as ``commission.save_rules`` takes them."""
        out = []
        for row in range(self.table.rowCount()):
            who, what, percent, base = (self.table.cellWidget(row, c) for c in range(4))
            assert isinstance(who, QComboBox) and isinstance(what, QComboBox)
            assert isinstance(percent, QDoubleSpinBox) and isinstance(base, QComboBox)
            staff_id = who.currentData()
            typed = what.currentText().strip()
            category = "" if typed == what.itemText(0) else typed
            out.append(
                {
                    "staff_id": None if staff_id == EVERYONE else int(staff_id),
                    "category": category,
                    "percent": f"{percent.value():.2f}",  # the box's two decimals, as exact text
                    "of": base.currentData(),
                }
            )
        return out

    def save(self) -> None:
        # The commission module: 45 ms at import (the customers' modules), only when rules are saved.
        from smallcrm.domain.analysis.commission import save_rules

        rules = self.rules()
        changes.run_command(self, lambda: save_rules(rules), kind=changes.SETTINGS, on_done=lambda _r: self.accept())
