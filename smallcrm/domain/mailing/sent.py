"""The cards went out: a greeting logged on every recipient, their name and address
copied as printed, and the reminders the card answers closed, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from smallcrm import jobs
from smallcrm.domain.mailing.mailings import (
    SENDING_WINDOW,
    delete_recipients,
    festival_of,
    get_mailing,
    mailable,
    refuse_sent,
    untranslated,
)
from smallcrm.domain.mailing.recipients import people, staff_id_of
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.printing.layout import Address, address_lines, family_name
from smallcrm.store.db import db, execute_many
from smallcrm.store.models import Interaction, Mailing, MailingRecipient, Reminder, now
from smallcrm.store.sqlite.columns import ids_select

GREETING_SUMMARY = QT_TRANSLATE_NOOP("Mailing", "Greeting card sent: {title}")
REMINDER_OUTCOME = QT_TRANSLATE_NOOP("Mailing", "Card sent with the mailing {title}")
_CHUNK = 500
_SENT_CHUNK = 2000  # recipients a step of mark_sent: progress and Cancel between steps


@dataclass(frozen=True)
class Sent:
    greetings: int
    reminders_closed: int
    no_consent: int = 0  # taken off the list: consent withdrawn after the list was made

    def as_dict(self) -> dict[str, int]:
        return {"greetings": self.greetings, "reminders_closed": self.reminders_closed, "no_consent": self.no_consent}


def mark_sent(
    mailing_id: int,
    *,
    at: dt.datetime | None = None,
    staff: object = None,
    translate: Any = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken = jobs.NEVER,
) -> Sent:
    """The cards went out: one transaction that logs a greeting on every recipient,
    copies name and address as printed, closes the reminders the card answers and
    stamps the mailing as sent. Cancelling rolls all of it back.

    Customers who withdrew their consent since the list was made got no card (every
    print route leaves them out): they are taken off the list, so the kept list says
    truthfully who was sent one, and no greeting is logged for them."""
    translate = translate or untranslated
    mailing = get_mailing(mailing_id)
    refuse_sent(mailing)
    when = at or now()
    staff_id = staff_id_of(staff) if staff not in (None, "") else None
    current = mailable(mailing_id)
    ids, withdrawn = current.included, current.excluded["no_consent"]
    if not ids:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The mailing {title} has nobody on it."), title=mailing.title)
    summary = str(translate("Mailing", GREETING_SUMMARY)).format(title=mailing.title)
    outcome = str(translate("Mailing", REMINDER_OUTCOME)).format(title=mailing.title)
    rows = {row["id"]: row for row in people(ids, current.families)}
    # Two statements run with executemany (store.db.execute_many) per chunk: a peewee
    # query built per recipient took 14 s for a 70,000-card Spring Festival mailing.
    greeting = Interaction.insert_many(
        [[0, "", "", "", None]],
        fields=[Interaction.customer, Interaction.at, Interaction.kind, Interaction.summary, Interaction.staff],
    )
    copy = MailingRecipient.update(name="", address="").where(
        (MailingRecipient.mailing == 0) & (MailingRecipient.customer == 0)
    )
    stamp = str(when)  # as peewee writes a datetime
    with db.atomic():
        delete_recipients(mailing_id, withdrawn)
        for start in range(0, len(ids), _SENT_CHUNK):
            cancel.check()
            part = ids[start : start + _SENT_CHUNK]
            execute_many(greeting, [[cid, stamp, "greeting", summary, staff_id] for cid in part])
            copies: list[Sequence[Any]] = []
            for cid in part:
                a = Address.of(rows[cid])
                name = family_name(a) if a.family else a.name  # as the card was addressed
                copies.append([name, "\n".join(address_lines(a, with_name=False)), mailing_id, cid])
            execute_many(copy, copies)
            progress(start + len(part), len(ids))
        closed = _close_reminders(mailing, ids, when, outcome)
        cancel.check()
        Mailing.update(sent_at=when).where(Mailing.id == mailing_id).execute()
    return Sent(len(ids), closed, len(withdrawn))


def _close_reminders(mailing: Mailing, ids: Sequence[int], when: dt.datetime, outcome: str) -> int:
    """Close the open reminders this card answers: for a festival, the festival
    greeting reminders of its day (``festival:CUSTOMER:DATE``); for birthdays of the
    month, the birthday reminders due within a month of sending."""
    festival = festival_of(mailing.occasion)
    closed = 0
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        still_open = Reminder.status.in_(["open", "snoozed"]) & Reminder.customer.in_(ids_select(part))
        if festival is not None:
            day = festival.next_occurrence(when.date() - SENDING_WINDOW).isoformat()
            which = Reminder.rule_key.in_([f"festival:{cid}:{day}" for cid in part])
        elif mailing.occasion == "birthday_month":
            which = (Reminder.origin == "rule:birthday") & Reminder.due_date.between(
                when.date() - SENDING_WINDOW, when.date() + SENDING_WINDOW
            )
        else:
            return 0
        closed += Reminder.update(status="done", done_at=when, outcome=outcome).where(still_open & which).execute()
    return closed
