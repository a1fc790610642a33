"""A form field with a line under it that names what is wrong (or what was understood).

The customer form checks each field as it is typed with the domain function that will
store it; the message under the field says what is wrong in the owner's words, or
echoes how a value was read ("Recognised as +86 138 1234 5678").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from smallcrm.errors import UserError


def error_text(error: UserError) -> str:
    """A field's error without the '(column x)' a message box would add."""
    return QCoreApplication.translate("UserError", error.template).format(**error.args_map)


def error_color(widget: QWidget) -> QColor:
    """A red readable on the widget's background, light or dark."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ef9a9a") if dark else QColor("#c62828")


class Field:
    """One form field: its widget, the error and hint lines under it, its loaded value."""

    def __init__(self, key: str, widget: QWidget, kind: str) -> None:
        self.key = key
        self.widget = widget
        self.kind = kind
        self.loaded: Any = "" if kind != "check" else False
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.form: QFormLayout | None = None  # the message's row is shown only when it says something
        self.error = False

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData() if not w.isEditable() else w.currentText().strip()
        raise TypeError(w)

    def set_value(self, value: Any) -> None:
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, QLineEdit):
            w.setText(value or "")
            w.setCursorPosition(0)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            if w.isEditable():
                w.setCurrentText(value or "")
            else:
                w.setCurrentIndex(max(0, w.findData(value)))
        w.blockSignals(False)
        self.loaded = self.value()

    def dirty(self) -> bool:
        return self.value() != self.loaded

    def show_message(self, text: str, *, error: bool, warning: bool = False) -> None:
        """A line under the field: an ``error`` blocks saving; a ``warning`` is as red
        but does not (a stored value that a newer rule refuses)."""
        self.error = error
        color = error_color(self.message) if error or warning else None
        self.message.setStyleSheet(f"color: {color.name()};" if color else "color: palette(placeholder-text);")
        self.message.setText(text)
        if self.form is not None:
            self.form.setRowVisible(self.message, bool(text))
        else:
            self.message.setVisible(bool(text))
