"""An area of the window made the first time it is shown (or asked for), so that the
window's start does not import and build what the owner may not open today."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyArea(QWidget):
    """Holds the place of ``make()``'s widget in the window until it is needed."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def made(self) -> bool:
        return self._widget is not None

    def widget(self) -> QWidget:
        """The area's widget, made now if it was not yet."""
        if self._widget is None:
            self._widget = self._make()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._widget)
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.widget()
        super().showEvent(event)
