"""Who takes over the selected customers, and whether their open reminders go along.

The dairy case (DOMAIN.md) is the reason for the second question: customers handed to
another staff member take their open reminders and follow-ups along unless the owner
says otherwise, so no planned call stays with someone who has left.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smallcrm.ui.widgets.labels import MUTED


class AssignStaffDialog(QDialog):
    """A staff member (one of ``names``, or a new name) for ``count`` customers, and a
    box to keep their open reminders with the staff member who has them now."""

    def __init__(self, count: int, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign Staff"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Staff member responsible for the selected customers (%1):").replace("%1", f"{count:,}"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.staff = QComboBox()
        self.staff.setEditable(True)  # a new name adds the staff member
        self.staff.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff.addItems(names)
        intro.setBuddy(self.staff)
        layout.addWidget(self.staff)
        self.keep = QCheckBox(self.tr("&Keep their open reminders with the staff member who has them now"))
        layout.addWidget(self.keep)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.staff.currentTextChanged.connect(self._update)
        self.keep.toggled.connect(self._update)
        self._update()
        self.setMinimumWidth(440)
        self.staff.setFocus()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.staff_name()))
        self.hint.setText(
            self.tr("Their open reminders and follow-ups stay with whoever has them now.")
            if self.keep.isChecked()
            else self.tr("Their open reminders and follow-ups move to the new staff member along with them.")
        )

    def staff_name(self) -> str:
        return self.staff.currentText().strip()

    def keep_reminders(self) -> bool:
        return self.keep.isChecked()
