"""Follow-up reminders: add, edit, list, done (with the next occurrence of a
recurring one), snooze and dismiss. The rules that create reminders by themselves
(birthdays, festivals, ...) build on this module."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from peewee import JOIN

from smallcrm.domain.dates import parse_date, parse_time
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Reminder, now

KINDS = ("callback", "birthday", "festival", "complaint", "new_customer", "reengage", "custom")
STATUSES = ("open", "done", "snoozed", "dismissed")
UNITS = ("days", "weeks", "months", "years")


def clean_reminder(data: dict[str, Any]) -> dict[str, Any]:
    from smallcrm.domain.customers import _staff_id, get_customer

    out: dict[str, Any] = {}
    for field, value in data.items():
        if field in ("due", "due_date"):
            out["due_date"] = parse_date(value, "due")
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
            out["staff"] = _staff_id(value)
        elif field in ("outcome", "origin"):
            out[field] = str(value or "").strip()
        else:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("UserError", "There is no reminder field {field}."), field=field
            )
    return out


def parse_recurrence(value: object) -> dict[str, Any]:
    """'3 months', '1 years', 'yearly', '' -> recur_every/recur_unit."""
    text = str(value or "").strip().lower()
    if not text:
        return {"recur_every": 0, "recur_unit": ""}
    named = {"daily": "1 days", "weekly": "1 weeks", "monthly": "1 months", "yearly": "1 years"}
    text = named.get(text, text)
    parts = text.split()
    if len(parts) == 2 and parts[0].isdigit() and int(parts[0]) > 0:
        unit = parts[1] if parts[1].endswith("s") else parts[1] + "s"
        if unit in UNITS:
            return {"recur_every": int(parts[0]), "recur_unit": unit}
    raise ValidationError(
        "every", QT_TRANSLATE_NOOP("UserError", "{value} is not a repeat interval such as '2 weeks'."), value=value
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day of month, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def next_due(r: Reminder) -> dt.date | None:
    if not r.recur_every:
        return None
    if r.recur_unit == "days":
        return r.due_date + dt.timedelta(days=r.recur_every)
    if r.recur_unit == "weeks":
        return r.due_date + dt.timedelta(weeks=r.recur_every)
    return add_months(r.due_date, r.recur_every * (12 if r.recur_unit == "years" else 1))


def add_reminder(data: dict[str, Any]) -> Reminder:
    fields = clean_reminder(data)
    if "due_date" not in fields:
        raise ValidationError("due", QT_TRANSLATE_NOOP("UserError", "A reminder needs a due date."))
    if "title" not in fields:
        raise ValidationError("title", QT_TRANSLATE_NOOP("UserError", "A reminder needs a title."))
    with db.atomic():
        return Reminder.create(**fields)


def get_reminder(reminder_id: int) -> Reminder:
    r = Reminder.get_or_none(Reminder.id == reminder_id)
    if r is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no reminder with id {id}."), id=reminder_id)
    return r


def edit_reminder(reminder_id: int, data: dict[str, Any]) -> Reminder:
    r = get_reminder(reminder_id)
    fields = clean_reminder(data)
    with db.atomic():
        Reminder.update(**fields).where(Reminder.id == r.id).execute()
    return get_reminder(r.id)


def complete_reminder(reminder_id: int, outcome: str = "") -> tuple[Reminder, Reminder | None]:
    """Mark done; log the outcome on the customer; spawn the next occurrence."""
    from smallcrm.domain.interactions import add_interaction

    r = get_reminder(reminder_id)
    if r.status == "done":  # a second 'done' would spawn a second next occurrence
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Reminder {id} is already done."), id=r.id)
    with db.atomic():
        Reminder.update(status="done", outcome=outcome.strip(), done_at=now()).where(Reminder.id == r.id).execute()
        if r.customer_id and outcome.strip():
            add_interaction(r.customer_id, {"kind": "note", "summary": f"{r.title}: {outcome.strip()}"})
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
                origin=r.origin,
                staff=r.staff_id,
            )
    return get_reminder(r.id), follow


def snooze_reminder(reminder_id: int, to: object) -> Reminder:
    r = get_reminder(reminder_id)
    with db.atomic():
        Reminder.update(due_date=parse_date(to, "to"), status="snoozed").where(Reminder.id == r.id).execute()
    return get_reminder(r.id)


def dismiss_reminder(reminder_id: int) -> Reminder:
    r = get_reminder(reminder_id)
    with db.atomic():
        Reminder.update(status="dismissed", done_at=now()).where(Reminder.id == r.id).execute()
    return get_reminder(r.id)


def reminder_dict(r: Reminder, customer_name: str | None = None) -> dict[str, Any]:
    if customer_name is None and r.customer_id:
        c = Customer.get_or_none(Customer.id == r.customer_id)
        customer_name = c.name if c else ""
    return {
        "id": r.id,
        "due": r.due_date.isoformat(),
        "due_time": r.due_time,
        "title": r.title,
        "kind": r.kind,
        "customer_id": r.customer_id,
        "customer_name": customer_name or "",
        "status": r.status,
        "every": f"{r.recur_every} {r.recur_unit}" if r.recur_every else "",
        "outcome": r.outcome,
        "origin": r.origin,
    }


def list_reminders(customer_id: int) -> list[dict[str, Any]]:
    query = Reminder.select().where(Reminder.customer == customer_id).order_by(Reminder.due_date, Reminder.id)
    return [reminder_dict(r) for r in query]


def due_reminders(due: str, *, today: dt.date, customer_id: int | None = None) -> list[dict[str, Any]]:
    """Open (and snoozed) reminders by due window: today, overdue, week (overdue,
    today and the next 7 days) or all; oldest first."""
    query = Reminder.select(Reminder, Customer.name.alias("customer_name")).join(
        Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id)
    )
    active = Reminder.status.in_(["open", "snoozed"])
    if due == "today":
        query = query.where(active & (Reminder.due_date == today))
    elif due == "overdue":
        query = query.where(active & (Reminder.due_date < today))
    elif due == "week":
        query = query.where(active & (Reminder.due_date <= today + dt.timedelta(days=7)))
    elif due != "all":
        raise ValidationError(
            "due", QT_TRANSLATE_NOOP("UserError", "{value} is not today, overdue, week or all."), value=due
        )
    if customer_id is not None:
        query = query.where(Reminder.customer == customer_id)
    query = query.where(Customer.deleted_at.is_null() | Reminder.customer.is_null())
    rows = query.order_by(Reminder.due_date, Reminder.due_time, Reminder.id).objects()
    return [reminder_dict(r, getattr(r, "customer_name", "") or "") for r in rows]
