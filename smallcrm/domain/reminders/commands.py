"""Follow-up reminders: add, edit, done (with the next occurrence of a recurring one),
snooze, dismiss and delete; several at once, and one for each of many customers.

Done and dismissed reminders are closed: they cannot be snoozed, done again or
dismissed again, which would reopen them or spawn a second next occurrence. The
rules that create reminders by themselves (birthdays, festivals, ...) are in
``reminders.rules``; how a repeating series steps on, in ``reminders.recurrence``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from smallcrm.domain.customers.fields import resolve_staff
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.records.interactions import add_interaction
from smallcrm.domain.reminders.kinds import KINDS
from smallcrm.domain.reminders.recurrence import next_due, parse_recurrence
from smallcrm.domain.values.dates import parse_date, parse_time
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db, execute_many
from smallcrm.store.models import Customer, Reminder, now
from smallcrm.store.sqlite.columns import ids_select


def delete_reminder(reminder_id: int) -> int | None:
    """Delete a reminder for good, from the customer's Reminders tab: one typed by
    mistake should not linger as 'dismissed' in the customer's list (dismissing is for
    a reminder that was real but is no longer wanted). Returns its customer's id."""

    with db.atomic():
        r = get_reminder(reminder_id)
        Reminder.delete().where(Reminder.id == r.id).execute()
    return r.customer_id


# Days written relative to today, as a snooze menu or a quick command line says them.
_RELATIVE_DAYS = {"today": 0, "今天": 0, "tomorrow": 1, "明天": 1, "next week": 7, "next-week": 7, "下周": 7}


def resolve_day(value: object, today: dt.date | None, field: str = "date") -> dt.date:
    """A date, or a day relative to ``today``: 'today', 'tomorrow', 'next week' (7 days
    on), '+N' (N days on), and 今天, 明天, 下周. Without ``today``, the real today."""
    if isinstance(value, str):
        text = " ".join(value.strip().lower().split())
        base = today or dt.date.today()
        days = _RELATIVE_DAYS.get(text)
        if days is None and text.startswith("+") and text[1:].isascii() and text[1:].isdigit() and len(text) <= 7:
            days = int(text[1:])
        if days is not None:
            try:
                return base + dt.timedelta(days=days)
            except OverflowError:  # past the year 9999
                pass
    return parse_date(value, field)


def clean_reminder(data: dict[str, Any], *, today: dt.date | None = None) -> dict[str, Any]:

    out: dict[str, Any] = {}
    for field, value in data.items():
        if field in ("due", "due_date"):
            out["due_date"] = resolve_day(value, today, "due")
        elif field == "due_time":
            out["due_time"] = "" if value in (None, "") else parse_time(value, field).strftime("%H:%M")
        elif field == "title":
            title = str(value or "").strip()
            if not title:
                raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "A reminder needs a title."))
            out["title"] = title
        elif field == "kind":
            if value not in KINDS:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("UserError", "{value} is not a kind of reminder."), value=value
                )
            out["kind"] = value
        elif field == "customer":
            out["customer"] = None if value in (None, "") else get_customer(value, include_deleted=False).id
        elif field == "every":
            out.update(parse_recurrence(value))
        elif field == "staff":
            out["staff"] = resolve_staff(value)
        elif field in ("outcome", "origin"):
            out[field] = str(value or "").strip()
        else:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("UserError", "There is no reminder field {field}."), field=field
            )
    return out


def add_reminder(data: dict[str, Any], *, today: dt.date | None = None) -> Reminder:
    """Add a reminder; ``today`` resolves relative due dates ('tomorrow', '+7')."""
    fields = clean_reminder(data, today=today)
    if "due_date" not in fields:
        raise ValidationError("due", QT_TRANSLATE_NOOP("UserError", "A reminder needs a due date."))
    if "title" not in fields:
        raise ValidationError("title", QT_TRANSLATE_NOOP("UserError", "A reminder needs a title."))
    if fields.get("recur_every"):
        fields["recur_anchor"] = fields["due_date"]
    with db.atomic():
        return Reminder.create(**fields)


def get_reminder(reminder_id: int) -> Reminder:
    r = Reminder.get_or_none(Reminder.id == reminder_id)
    if r is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no reminder with id {id}."), id=reminder_id)
    return r


def edit_reminder(reminder_id: int, data: dict[str, Any], *, today: dt.date | None = None) -> Reminder:
    r = get_reminder(reminder_id)
    fields = clean_reminder(data, today=today)
    if "due_date" in fields or "recur_every" in fields:  # a new date or interval starts a new series
        repeats = fields.get("recur_every", r.recur_every)
        fields["recur_anchor"] = fields.get("due_date", r.due_date) if repeats else None
    with db.atomic():
        Reminder.update(**fields).where(Reminder.id == r.id).execute()
    return get_reminder(r.id)


def _refuse_closed(r: Reminder) -> None:
    """A done or dismissed reminder is closed: snoozing it would reopen it, and doing
    it again would spawn a second next occurrence."""
    if r.status == "done":
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Reminder {id} is already done."), id=r.id)
    if r.status == "dismissed":
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Reminder {id} was dismissed."), id=r.id)


def _moment(today: dt.date | None) -> dt.datetime:
    """Now, or the present time of day on a pinned ``today``."""
    moment = now()
    return moment if today is None else dt.datetime.combine(today, moment.time())


def complete_reminder(
    reminder_id: int, outcome: str = "", *, today: dt.date | None = None
) -> tuple[Reminder, Reminder | None]:
    """Mark done; log the outcome on the customer; spawn the next occurrence."""

    r = get_reminder(reminder_id)
    _refuse_closed(r)
    when = _moment(today)
    with db.atomic():
        Reminder.update(status="done", outcome=outcome.strip(), done_at=when).where(Reminder.id == r.id).execute()
        if r.customer_id and outcome.strip():
            add_interaction(r.customer_id, {"kind": "note", "summary": f"{r.title}: {outcome.strip()}", "at": when})
        follow = None
        due = next_due(r)
        if due is not None:
            follow = Reminder.create(
                customer=r.customer_id,
                due_date=due,
                due_time=r.due_time,
                title=r.title,
                kind=r.kind,
                recur_every=r.recur_every,
                recur_unit=r.recur_unit,
                recur_anchor=r.recur_anchor or r.due_date,
                origin=r.origin,  # rule_key is not copied: it names the occurrence just done
                staff=r.staff_id,
            )
    return get_reminder(r.id), follow


def snooze_reminder(reminder_id: int, to: object, *, today: dt.date | None = None, at: object = None) -> Reminder:
    """Move an open reminder to another day: a date, or 'tomorrow', 'next week', '+3'
    counted from ``today``; ``at`` ('16:30') also sets the time of day ("later today")."""
    r = get_reminder(reminder_id)
    _refuse_closed(r)
    day = resolve_day(to, today, "to")
    fields: dict[str, Any] = {"due_date": day, "status": "snoozed"}
    if at not in (None, ""):
        fields["due_time"] = parse_time(at, "at").strftime("%H:%M")
    with db.atomic():
        Reminder.update(**fields).where(Reminder.id == r.id).execute()
    return get_reminder(r.id)


def dismiss_reminder(reminder_id: int, *, today: dt.date | None = None) -> Reminder:
    r = get_reminder(reminder_id)
    _refuse_closed(r)
    with db.atomic():
        Reminder.update(status="dismissed", done_at=_moment(today)).where(Reminder.id == r.id).execute()
    return get_reminder(r.id)


def complete_reminders(reminder_ids: list[int], outcome: str = "", *, today: dt.date | None = None) -> list[int]:
    """Mark several reminders done with one outcome, in one transaction (all or none);
    returns the customers concerned. Closed ones are refused, as one by one."""
    customers: list[int] = []
    with db.atomic():
        for rid in reminder_ids:
            done, _follow = complete_reminder(rid, outcome, today=today)
            if done.customer_id:
                customers.append(done.customer_id)
    return customers


def snooze_reminders(
    reminder_ids: list[int], to: object, *, today: dt.date | None = None, at: object = None
) -> list[int]:
    """Snooze several reminders to one day (and time), in one transaction; returns their customers."""
    customers: list[int] = []
    with db.atomic():
        for rid in reminder_ids:
            r = snooze_reminder(rid, to, today=today, at=at)
            if r.customer_id:
                customers.append(r.customer_id)
    return customers


def dismiss_reminders(reminder_ids: list[int], *, today: dt.date | None = None) -> list[int]:
    """Dismiss several reminders in one transaction; returns their customers."""
    customers: list[int] = []
    with db.atomic():
        for rid in reminder_ids:
            r = dismiss_reminder(rid, today=today)
            if r.customer_id:
                customers.append(r.customer_id)
    return customers


def add_follow_ups(customer_ids: Sequence[int], data: dict[str, Any]) -> list[int]:
    """A follow-up reminder (``data`` as for ``add_reminder``, without a
    customer) for each live customer among ``customer_ids``; returns the customers
    that got one."""
    fields = clean_reminder({k: v for k, v in data.items() if k != "customer"})
    if "due_date" not in fields:
        raise ValidationError("due", QT_TRANSLATE_NOOP("UserError", "A reminder needs a due date."))
    if "title" not in fields:
        raise ValidationError("title", QT_TRANSLATE_NOOP("UserError", "A reminder needs a title."))
    fields.setdefault("kind", "callback")
    # One executemany, the ids as one JSON parameter: peewee building the reminders and
    # binding the ids one by one took ~5 s for 100,000 customers.
    names = sorted(fields)
    template = Reminder.insert_many(
        [[None] * (1 + len(names))], fields=[Reminder.customer, *(getattr(Reminder, k) for k in names)]
    )
    values = [str(v) if isinstance(v, dt.date) else v for v in (fields[k] for k in names)]  # as peewee writes dates
    with db.atomic():
        live = Customer.select(Customer.id).where(
            Customer.id.in_(ids_select(customer_ids)) & Customer.deleted_at.is_null()
        )
        ids = [row[0] for row in cast("Iterable[tuple[int]]", live.order_by(Customer.id).tuples())]
        execute_many(template, [[cid, *values] for cid in ids])
    return ids
