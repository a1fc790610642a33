"""The owner's own label sheet: page size, rows and columns, margins, pitch and label
size in millimetres, measured from the sheet's pack or with a ruler. Saved in the
database (``printing.templates.save_user_template``), so a backup carries it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from smallcrm.errors import UserError
from smallcrm.printing.templates import PAPERS, save_user_template
from smallcrm.ui.shell import changes, worker


class SheetDialog(QDialog):
    """A form for one label sheet; ``saved(name)`` once it is in the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom Label Sheet"))
        self.saved_name = ""
        self.job: worker.Job | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Stationery shop 3x7"))
        self.paper = QComboBox()
        for key, label in (("A4", "A4"), ("Letter", "US Letter"), ("A5", "A5"), ("custom", self.tr("Other size"))):
            self.paper.addItem(label, key)
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.page_width = self._mm(210)
        self.page_height = self._mm(297)
        self.rows = QSpinBox()
        self.rows.setRange(1, 40)
        self.rows.setValue(7)
        self.columns = QSpinBox()
        self.columns.setRange(1, 40)
        self.columns.setValue(3)
        self.label_width = self._mm(63.5)
        self.label_height = self._mm(38.1)
        self.top = self._mm(15.15)
        self.left = self._mm(7.2)
        self.pitch_x = self._mm(66.0)
        self.pitch_y = self._mm(38.1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Page width:"), self.page_width)
        form.addRow(self.tr("Page height:"), self.page_height)
        form.addRow(self.tr("Rows:"), self.rows)
        form.addRow(self.tr("Columns:"), self.columns)
        form.addRow(self.tr("Label width:"), self.label_width)
        form.addRow(self.tr("Label height:"), self.label_height)
        form.addRow(self.tr("Top margin (to the first label):"), self.top)
        form.addRow(self.tr("Left margin (to the first label):"), self.left)
        form.addRow(self.tr("Across, label to label:"), self.pitch_x)
        form.addRow(self.tr("Down, label to label:"), self.pitch_y)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._paper_changed()

    def _mm(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 1000)
        box.setDecimals(2)
        box.setSingleStep(0.1)
        box.setSuffix(self.tr(" mm"))
        box.setValue(value)
        return box

    def _paper_changed(self) -> None:
        paper = self.paper.currentData()
        custom = paper not in PAPERS
        self.page_width.setEnabled(custom)
        self.page_height.setEnabled(custom)
        if not custom:
            self.page_width.setValue(PAPERS[paper][0])
            self.page_height.setValue(PAPERS[paper][1])

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "paper": self.paper.currentData(),
            "page_width": self.page_width.value(),
            "page_height": self.page_height.value(),
            "rows": self.rows.value(),
            "columns": self.columns.value(),
            "label_width": self.label_width.value(),
            "label_height": self.label_height.value(),
            "top": self.top.value(),
            "left": self.left.value(),
            "pitch_x": self.pitch_x.value(),
            "pitch_y": self.pitch_y.value(),
        }

    def save(self) -> None:
        data = self.values()

        def command() -> str:
            return save_user_template(data).name

        def done(name: str) -> None:
            self.saved_name = name
            self.accept()

        def refused(error: Any) -> bool:
            if isinstance(error, UserError):
                self.error.setText(error.render(QCoreApplication.translate))
                return True
            return False

        self.job = changes.run_command(self, command, on_done=done, on_user_error=refused)
