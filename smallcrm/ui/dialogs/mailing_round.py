"""The question before a second mailing for the same round of cards (the same festival
day, birthday month or title): it would send the same people a second card."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

OPEN, ANOTHER = "open", "another"


class SameRoundQuestion(QMessageBox):
    """Open the mailing there is (``earlier``, as ``mailing.same_round`` lists it),
    start another anyway, or cancel."""

    def __init__(self, earlier: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        state = (
            self.tr("sent on %1").replace("%1", earlier["sent_at"][:10])
            if earlier["sent_at"]
            else self.tr("not sent yet")
        )
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("New Mailing"))
        self.setText(
            self.tr("There is already a mailing for this occasion: %1 (made on %2, %3 recipients, %4).")
            .replace("%1", earlier["title"])
            .replace("%2", earlier["created_at"][:10])
            .replace("%3", f"{earlier['recipients']:,}")
            .replace("%4", state)
        )
        self.setInformativeText(self.tr("A second mailing would send the same customers another card."))
        self.open_button = self.addButton(self.tr("Open It"), QMessageBox.ButtonRole.AcceptRole)
        self.another_button = self.addButton(self.tr("Start Another"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.open_button)

    def ask(self) -> str | None:
        """OPEN, ANOTHER, or None for Cancel."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.open_button:
            return OPEN
        return ANOTHER if clicked is self.another_button else None
