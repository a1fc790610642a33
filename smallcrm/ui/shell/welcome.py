"""The page the window shows while the shop has no customers: import a spreadsheet,
demo data, or a first customer, and where the database is."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from smallcrm.ui.widgets.labels import MUTED

DEMO_CUSTOMERS = 2000


def demo_available() -> bool:
    """True when the demo data generator is part of this build."""
    return importlib.util.find_spec("smallcrm.domain.demo") is not None


class WelcomePage(QWidget):
    """Shown while the database has no customers: import, demo data, or a first customer."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        layout = QVBoxLayout(column)
        layout.setSpacing(14)

        title = QLabel(self.tr("Welcome to SmallCRM"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)

        intro = QLabel(
            self.tr(
                "SmallCRM keeps your customers in one place: who they are, how to reach them, "
                "their birthdays and what they bought. Your customer list is still empty."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        def choice(button_text: str, text: str) -> tuple[QPushButton, QLabel]:
            button = QPushButton(button_text)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet(MUTED)
            layout.addSpacing(4)
            layout.addWidget(button)
            layout.addWidget(label)
            return button, label

        self.import_button, self.import_text = choice(
            self.tr("Import a Spreadsheet…"),
            self.tr("Bring in the customers you keep in Excel or WPS: SmallCRM reads the columns it knows."),
        )
        self.demo_button, self.demo_text = choice(
            self.tr("Explore with demo data"),
            self.tr(
                "To look around first, fill it with {count} made-up customers. They stay in this database, "
                "so use it for trying SmallCRM out, not for your real customers."
            ).format(count=f"{DEMO_CUSTOMERS:,}"),
        )
        self.add_button, self.add_text = choice(
            self.tr("Add a Customer…"), self.tr("Start with your first customer; a name or a phone number is enough.")
        )
        self.demo_button.setDefault(True)
        # Shown once the import issue provides the action (MainWindow.set_import_action).
        self.import_button.hide()
        self.import_text.hide()
        if not demo_available():
            self.demo_text.hide()
            self.demo_button.hide()

        if db_path is not None:
            where = QLabel(self.tr("Database: %1").replace("%1", str(db_path)))
            where.setWordWrap(True)
            where.setStyleSheet(MUTED)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addSpacing(12)
            layout.addWidget(where)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
