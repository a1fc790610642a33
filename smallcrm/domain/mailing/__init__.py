"""Greeting-card mailings: who gets a card, the list saved with the mailing, and what
happens when the cards went out.

Choosing recipients starts from live customers (all, or a segment, a tag, a staff
member's, or explicit ids) and sets aside, each in its own list so the owner sees why:

- ``churned`` — customers marked churned (optional: a win-back card may be wanted);
- ``no_consent`` — no consent to be mailed (``mail_consent``);
- ``no_address`` — no usable postal address: no street, no city or province, or a
  Chinese postcode that is not six digits. These are the ones the owner can fix;
- ``same_household`` — a second customer at the same address (optional: one card per
  household); the customer with the lowest number keeps the card.

A mailing keeps its recipients (``mailing_recipient``), so next year the owner sees
who received a card. "Mark as sent" logs a greeting interaction for every recipient,
copies the name and address as printed, and closes the festival (or birthday)
reminders the card answers, all in one transaction.
"""

from __future__ import annotations

from smallcrm.domain.mailing.mailings import (
    OCCASION_LABELS,
    add_recipients,
    create_mailing,
    default_title,
    delete_mailing,
    list_mailings,
    mailable,
    mailing_dict,
    occasion_label,
    occasions,
    picker_choices,
    recipient_ids,
    remember_template,
    remove_recipients,
    same_round,
    sent_copies,
)
from smallcrm.domain.mailing.recipients import (
    EXCLUSION_LABELS,
    EXCLUSIONS,
    Choice,
    address_problem,
    addresses,
    candidates,
    choose,
    excluded_people,
    household_key,
    keep_mailable,
    mailable_people,
    people,
    with_consent,
)
from smallcrm.domain.mailing.sent import GREETING_SUMMARY, REMINDER_OUTCOME, Sent, mark_sent

__all__ = [
    "EXCLUSIONS",
    "EXCLUSION_LABELS",
    "GREETING_SUMMARY",
    "OCCASION_LABELS",
    "REMINDER_OUTCOME",
    "Choice",
    "Sent",
    "add_recipients",
    "address_problem",
    "addresses",
    "candidates",
    "choose",
    "create_mailing",
    "default_title",
    "delete_mailing",
    "excluded_people",
    "household_key",
    "keep_mailable",
    "list_mailings",
    "mailable",
    "mailable_people",
    "mailing_dict",
    "mark_sent",
    "occasion_label",
    "occasions",
    "people",
    "picker_choices",
    "recipient_ids",
    "remember_template",
    "remove_recipients",
    "same_round",
    "sent_copies",
    "with_consent",
]
