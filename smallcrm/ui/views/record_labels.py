"""The words a customer's records are shown in: kinds of contact, reminder states, and the
fields, actions and values of the history of changes (translation context "Records").

Shared by the editor's tabs, their dialogs and the duplicates dialog, which shows two
customers' fields side by side in the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smallcrm.errors import QT_TRANSLATE_NOOP

INTERACTION_KINDS = {
    "visit": QT_TRANSLATE_NOOP("Records", "Visit"),
    "call": QT_TRANSLATE_NOOP("Records", "Call"),
    "message": QT_TRANSLATE_NOOP("Records", "Message"),
    "complaint": QT_TRANSLATE_NOOP("Records", "Complaint"),
    "feedback": QT_TRANSLATE_NOOP("Records", "Feedback"),
    "greeting": QT_TRANSLATE_NOOP("Records", "Greeting sent"),
    "note": QT_TRANSLATE_NOOP("Records", "Note"),
}
REMINDER_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Records", "Open"),
    "snoozed": QT_TRANSLATE_NOOP("Records", "Snoozed"),
    "done": QT_TRANSLATE_NOOP("Records", "Done"),
    "dismissed": QT_TRANSLATE_NOOP("Records", "Dismissed"),
}


def record_label(text: str) -> str:
    """One of the tables' labels above, translated (their strings are in context Records)."""
    return QCoreApplication.translate("Records", text)


FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Records", "Name"),
    "customer_no": QT_TRANSLATE_NOOP("Records", "Customer No."),
    "gender": QT_TRANSLATE_NOOP("Records", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("Records", "Birthday"),
    "phone": QT_TRANSLATE_NOOP("Records", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("Records", "Phone 2"),
    "wechat": QT_TRANSLATE_NOOP("Records", "WeChat"),
    "email": QT_TRANSLATE_NOOP("Records", "Email"),
    "country": QT_TRANSLATE_NOOP("Records", "Country"),
    "province": QT_TRANSLATE_NOOP("Records", "Province"),
    "city": QT_TRANSLATE_NOOP("Records", "City"),
    "district": QT_TRANSLATE_NOOP("Records", "District"),
    "street": QT_TRANSLATE_NOOP("Records", "Street"),
    "postcode": QT_TRANSLATE_NOOP("Records", "Postcode"),
    "occupation": QT_TRANSLATE_NOOP("Records", "Occupation"),
    "income_band": QT_TRANSLATE_NOOP("Records", "Income"),
    "family": QT_TRANSLATE_NOOP("Records", "Family"),
    "preferences": QT_TRANSLATE_NOOP("Records", "Preferences"),
    "buying_habits": QT_TRANSLATE_NOOP("Records", "Buying habits"),
    "source": QT_TRANSLATE_NOOP("Records", "Source"),
    "staff": QT_TRANSLATE_NOOP("Records", "Staff"),
    "mail_consent": QT_TRANSLATE_NOOP("Records", "May be mailed"),
    "churn_status": QT_TRANSLATE_NOOP("Records", "Status"),
    "churn_reason": QT_TRANSLATE_NOOP("Records", "Reason for leaving"),
    "churned_on": QT_TRANSLATE_NOOP("Records", "Left on"),
    "churn_note": QT_TRANSLATE_NOOP("Records", "Note on leaving"),
    "notes": QT_TRANSLATE_NOOP("Records", "Notes"),
    "tags": QT_TRANSLATE_NOOP("Records", "Tags"),
}
ACTION_NAMES = {
    "created": QT_TRANSLATE_NOOP("Records", "Added"),
    "trashed": QT_TRANSLATE_NOOP("Records", "Moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("Records", "Restored from the trash"),
    "tagged": QT_TRANSLATE_NOOP("Records", "Tagged"),
    "untagged": QT_TRANSLATE_NOOP("Records", "Tag removed"),
    "merged": QT_TRANSLATE_NOOP("Records", "Merged with a duplicate"),
    "merged_into": QT_TRANSLATE_NOOP("Records", "Merged into another customer"),
    "unmerged": QT_TRANSLATE_NOOP("Records", "Merge undone"),
}
VALUE_NAMES = {
    ("gender", "M"): QT_TRANSLATE_NOOP("Records", "Male"),
    ("gender", "F"): QT_TRANSLATE_NOOP("Records", "Female"),
    ("mail_consent", "yes"): QT_TRANSLATE_NOOP("Records", "Yes"),
    ("mail_consent", "no"): QT_TRANSLATE_NOOP("Records", "No"),
    ("churn_status", "active"): QT_TRANSLATE_NOOP("Records", "Active"),
    ("churn_status", "churned"): QT_TRANSLATE_NOOP("Records", "Churned"),
    ("churn_reason", "natural"): QT_TRANSLATE_NOOP("Records", "Natural"),
    ("churn_reason", "competitive"): QT_TRANSLATE_NOOP("Records", "Lost to a competitor"),
    ("churn_reason", "fault"): QT_TRANSLATE_NOOP("Records", "Our fault"),
}


def change_value(field: str, value: str) -> str:
    label = VALUE_NAMES.get((field, value))
    return record_label(label) if label else value
