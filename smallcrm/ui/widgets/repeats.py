"""The repeat choices a reminder is offered, one list for every place a reminder is
edited (the Reminders area and a customer's Reminders tab), so the owner sees the
same choices in both. The keys are intervals ``domain.reminders.parse_recurrence``
reads; the labels are in translation context "Reminders"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from smallcrm.errors import QT_TRANSLATE_NOOP

REPEATS = {
    "": QT_TRANSLATE_NOOP("Reminders", "Does not repeat"),
    "1 days": QT_TRANSLATE_NOOP("Reminders", "Every day"),
    "1 weeks": QT_TRANSLATE_NOOP("Reminders", "Every week"),
    "2 weeks": QT_TRANSLATE_NOOP("Reminders", "Every two weeks"),
    "1 months": QT_TRANSLATE_NOOP("Reminders", "Every month"),
    "3 months": QT_TRANSLATE_NOOP("Reminders", "Every three months"),
    "1 years": QT_TRANSLATE_NOOP("Reminders", "Every year"),
}


def repeat_label(every: str) -> str:
    """How a reminder's interval is shown: its translated choice, or the interval as
    stored when it is not one of the choices (made by the CLI or a rule)."""
    label = REPEATS.get(every)
    return QCoreApplication.translate("Reminders", label) if label is not None else every


def fill_repeat_box(box: QComboBox, every: str) -> None:
    """Offer the repeat choices in ``box`` with ``every`` selected. An interval made
    elsewhere (CLI, rules) that is not among them stays on offer, so saving the
    reminder unchanged keeps it."""
    for key in REPEATS:
        box.addItem(repeat_label(key), key)
    if box.findData(every) < 0:
        box.addItem(every, every)
    box.setCurrentIndex(box.findData(every))
