"""A customer's history: who changed what, and when (the "Changes" the owner reads).

The customer commands (``domain.customers``, ``domain.customers.duplicates``) write these rows
inside their own transaction, so a change and its record commit or roll back together.
Values are recorded as the owner typed or saw them: the phone as typed (not its
normalised form, which is what playhouse's sqlite_changelog would have logged, and as
an integer at that), a birthday as '农历八月十五', the staff member by name, tags as a
list. Bulk imports and demo data are not logged row by row: an import has its own
record (``ImportBatch``), and logging 100,000 'created' rows would double its time.

Who: the computer account the app runs under. A shop without logins has nothing
better to offer, and on a shared computer it still tells the owner's changes from a
staff member's when each has an account.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from smallcrm.domain.values.birthdays import Birthday
from smallcrm.store.db import execute_many
from smallcrm.store.models import CustomerChange, Staff, now

ACTIONS = ("created", "edited", "trashed", "restored", "tagged", "untagged", "merged", "merged_into", "unmerged")
_actor: str | None = None


def actor() -> str:
    """The name recorded as 'who' (the login name; '' if the system cannot tell)."""
    global _actor
    if _actor is None:
        try:
            _actor = getpass.getuser()
        except (OSError, KeyError, ImportError):  # no login name: a container, a service
            _actor = ""
    return _actor


def set_actor(name: str) -> None:
    """Record changes under ``name`` from now on (tests; a future staff login)."""
    global _actor
    _actor = name


def field_text(field: str, data: Mapping[str, Any], staff_names: dict[int, str] | None = None) -> str:
    """A customer field as the owner reads it, from the model's column values."""
    if field == "birthday":
        month, day = data.get("birth_month"), data.get("birth_day")
        if not month or not day:
            return ""
        return Birthday(
            month, day, data.get("birth_year"), data.get("birth_calendar") or "solar", bool(data.get("birth_leap"))
        ).to_text()
    if field == "staff":
        staff_id = data.get("staff")
        if not staff_id:
            return ""
        if staff_names is not None and staff_id in staff_names:
            return staff_names[staff_id]
        row = Staff.get_or_none(Staff.id == staff_id)
        name = row.name if row else str(staff_id)
        if staff_names is not None:
            staff_names[staff_id] = name
        return name
    if field == "mail_consent":
        return "yes" if data.get(field) else "no"
    value = data.get(field)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record(customer_id: int, action: str, field: str = "", old: str = "", new: str = "") -> None:
    """One history row, in the caller's transaction."""
    CustomerChange.insert(
        customer=customer_id, at=now(), actor=actor(), action=action, field=field, old=old, new=new
    ).execute()


def record_many(rows: Iterable[tuple[int, str, str, str, str]]) -> int:
    """Many ``(customer_id, action, field, old, new)`` rows with one timestamp; returns how many."""
    stamp, who = str(now()), actor()  # the time as peewee writes a datetime
    fields = [CustomerChange.customer, CustomerChange.at, CustomerChange.actor, CustomerChange.action]
    fields += [CustomerChange.field, CustomerChange.old, CustomerChange.new]
    data: list[Sequence[Any]] = [[cid, stamp, who, action, field, old, new] for cid, action, field, old, new in rows]
    # executemany, not peewee's insert_many: a bulk action on 100,000 customers logs
    # 100,000 rows, and building them as peewee queries took seconds.
    execute_many(CustomerChange.insert_many([[None] * len(fields)], fields=fields), data)
    return len(data)


def record_event(ids: Sequence[int], action: str, new: str = "") -> int:
    """The same event (trashed, restored, ...) for several customers."""
    return record_many((cid, action, "", "", new) for cid in ids)


def history(customer_id: int, limit: int | None = None) -> list[dict[str, Any]]:
    """The customer's history, newest first."""
    query = (
        CustomerChange.select()
        .where(CustomerChange.customer == customer_id)
        .order_by(CustomerChange.at.desc(), CustomerChange.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        {
            "id": c.id,
            "at": c.at.isoformat(sep=" ") if isinstance(c.at, dt.datetime) else str(c.at),
            "actor": c.actor,
            "action": c.action,
            "field": c.field,
            "old": c.old,
            "new": c.new,
        }
        for c in query
    ]
