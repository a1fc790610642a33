"""The import wizard's columns page: which column is which field, as proposed or as
the owner changes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from smallcrm.errors import UserError
from smallcrm.sheets import headers as hdr
from smallcrm.sheets import importer
from smallcrm.ui.dialogs.import_common import (
    ERROR,
    SAMPLE_VALUES,
    WizardSteps,
    cell_text,
    field_label,
    make_table,
)


class MappingPage(QWizardPage):
    """Which column is which field; the owner changes any of it."""

    def __init__(self, wizard: WizardSteps) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.notes_subtitle = self.tr(
            "Each column of the file and what it becomes in SmallCRM. Columns SmallCRM does not know "
            "are kept in the notes; choose a field for them, or not to import them."
        )
        self.setSubTitle(self.notes_subtitle)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = make_table([self.tr("Column"), self.tr("Examples"), self.tr("Import as")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # only the boxes take input
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR)
        self.reset_button = QPushButton(self.tr("Use the Suggested Columns"))
        self.reset_button.clicked.connect(self.reset)
        self.combos: list[QComboBox] = []
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        ins = self.w.inspection()
        self.kind = ins.kind
        self.headers = list(ins.headers)
        self.proposed = hdr.propose_mapping(self.headers, self.kind)
        self.shown = list(ins.mapping)
        text = self.tr("Headers found in row %1.").replace("%1", str(ins.header_row))
        if ins.remembered:
            text += " " + self.tr("These are the columns you chose last time for a file with the same headers.")
        self.info.setText(text)
        choices = [(self.tr("Don't import"), hdr.IGNORE)]
        if self.kind == "products":  # a product has no notes
            self.setSubTitle(
                self.tr(
                    "Each column of the file and what it becomes in SmallCRM. Columns SmallCRM does not know "
                    "are not imported; choose a field for them if they hold one."
                )
            )
        else:
            self.setSubTitle(self.notes_subtitle)
            choices.append((self.tr("Keep in the notes"), hdr.AS_NOTE))
        choices += [(field_label(f, self.kind), f) for f in hdr.fields_of(self.kind)]
        self.table.setRowCount(len(self.headers))
        self.combos = []
        for column, header in enumerate(self.headers):
            name = hdr.column_letter(column) + (f"  {header}" if header else "")
            self.table.setItem(column, 0, QTableWidgetItem(name))
            examples = [cell_text(cells[column]) for _n, cells in ins.sample if column < len(cells)]
            examples = [e for e in examples if e][:SAMPLE_VALUES]
            example_item = QTableWidgetItem(" · ".join(examples))
            example_item.setToolTip("\n".join(examples))
            self.table.setItem(column, 1, example_item)
            combo = QComboBox()
            for label, value in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(self.shown[column] if column < len(self.shown) else "")))
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0) + 16, 240))
        widest = max((c.sizeHint().width() for c in self.combos), default=120)
        self.table.setColumnWidth(2, widest + 8)
        self.table.verticalHeader().setDefaultSectionSize(max(self.fontMetrics().height() + 10, 30))
        self._check()

    def mapping(self) -> list[str]:
        return [c.currentData() for c in self.combos]

    def set_field(self, column: int, field: str) -> None:
        """Choose what column ``column`` (0-based) becomes, as the owner would in its box."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def adjusted(self) -> bool:
        return self.mapping() != self.shown

    def reset(self) -> None:
        for column, field in enumerate(self.proposed):
            self.set_field(column, field)

    def _check(self) -> None:
        self.problem.clear()
        try:
            importer.check_mapping(self.kind, self.headers, self.mapping(), self.w.inspection().path)
        except UserError as exc:
            self.problem.setText(exc.render(QCoreApplication.translate))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.combos) and not self.problem.text()
