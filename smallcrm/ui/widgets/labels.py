"""Labels the areas share: the muted grey of hints and captions, and a value that wraps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

MUTED = "color: palette(placeholder-text);"
"""The style sheet of secondary text (hints, captions, counts): the palette's
placeholder colour, so it follows a light or dark scheme."""


def muted(label: QLabel) -> QLabel:
    """``label`` in the muted grey of secondary text."""
    label.setStyleSheet(MUTED)
    return label


def value_label() -> QLabel:
    """A selectable value beside its name in a form, wrapping instead of widening the form."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    # WORKAROUND: a word-wrapped QLabel in a QFormLayout reports the width of its
    # whole text as its minimum and can push the panel wider than the splitter
    # allows; a small minimum lets it wrap instead of being clipped.
    label.setMinimumWidth(60)
    return label
