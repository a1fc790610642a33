"""The words the Reminders area shows: sections, kinds of reminder, profit tiers, a
customer's last purchase and why a reminder stands where it does (context Reminders;
the tiers are the Analysis area's words, context Segments). The calendar and the
reminder dialogs say them the same way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP

OVERDUE_COLOUR = "#c62828"  # overdue reminders, and what is wrong in a dialog

SECTION_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("Reminders", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Reminders", "Today"),
    "week": QT_TRANSLATE_NOOP("Reminders", "Next 7 days"),
    "later": QT_TRANSLATE_NOOP("Reminders", "Later"),
    "done": QT_TRANSLATE_NOOP("Reminders", "Done (recent)"),
}
KIND_LABELS = {
    "callback": QT_TRANSLATE_NOOP("Reminders", "Call back"),
    "birthday": QT_TRANSLATE_NOOP("Reminders", "Birthday"),
    "festival": QT_TRANSLATE_NOOP("Reminders", "Festival greeting"),
    "complaint": QT_TRANSLATE_NOOP("Reminders", "Complaint follow-up"),
    "new_customer": QT_TRANSLATE_NOOP("Reminders", "New customer"),
    "reengage": QT_TRANSLATE_NOOP("Reminders", "Win back"),
    "custom": QT_TRANSLATE_NOOP("Reminders", "Other"),
}
TIER_LABELS = {  # the same words as the Analysis area (context Segments)
    "high": QT_TRANSLATE_NOOP("Segments", "High profit"),
    "medium": QT_TRANSLATE_NOOP("Segments", "Medium profit"),
    "none": QT_TRANSLATE_NOOP("Segments", "No profit"),
    "loss": QT_TRANSLATE_NOOP("Segments", "Loss-making"),
}


def reminder_text(text: str, context: str = "Reminders") -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: str) -> str:
    return reminder_text(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def last_purchase_text(last: dict[str, Any] | None) -> str:
    """'2026-02-01 茶叶 88.00': the customer's latest purchase, or nothing."""
    if not last:
        return ""
    return " ".join(p for p in (last["date"], last["item"] or "", format_cents(last["amount_cents"])) if p)


def worth_text(worth: dict[str, Any] | None) -> str:
    """Why a reminder stands where it does in the day's order: the customer's profit
    over the last year and how long since they bought, against their usual rhythm."""
    if not worth:
        return ""
    text = QCoreApplication.translate("Reminders", "Profit in the last 12 months: %1")
    text = text.replace("%1", format_cents(worth["value_cents"]))
    if worth["quiet_days"] is not None:
        if worth["usual_days"]:
            quiet = QCoreApplication.translate("Reminders", "last purchase %1 days ago, usually every %2 days")
            quiet = quiet.replace("%2", f"{worth['usual_days']:,}")
        else:
            quiet = QCoreApplication.translate("Reminders", "last purchase %1 days ago")
        text += "; " + quiet.replace("%1", f"{worth['quiet_days']:,}")
    return text
