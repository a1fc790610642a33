"""Staff members: who is responsible for which customers (the dairy case's lesson:
the shop owns the customer; reassigning a customer loses nothing)."""

from __future__ import annotations

from typing import Any

from peewee import JOIN, fn

from smallcrm.domain.customers.commands import Reassignment, reassign
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Staff


def add_staff(name: str, phone: str = "") -> Staff:
    """Add a staff member, or return the existing one of that name."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("UserError", "A staff member needs a name."))
    with db.atomic():
        staff, _created = Staff.get_or_create(name=name, defaults={"phone": phone.strip()})
    return staff


def list_staff() -> list[dict[str, Any]]:
    """Staff with how many live customers each is responsible for."""
    count = fn.COUNT(Customer.id)
    query = (
        Staff.select(Staff, count.alias("customers"))
        .join(Customer, JOIN.LEFT_OUTER, on=((Customer.staff == Staff.id) & Customer.deleted_at.is_null()))
        .group_by(Staff.id)
        .order_by(Staff.name)
    )
    return [
        {"id": s.id, "name": s.name, "phone": s.phone, "active": bool(s.active), "customers": s.customers}  # type: ignore[attr-defined]  # the COUNT alias
        for s in query
    ]


def _get(staff_id: int) -> Staff:
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=staff_id)
    return staff


def rename_staff(staff_id: int, name: str) -> Staff:
    """Give a staff member a new name; their customers stay theirs."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("UserError", "A staff member needs a name."))
    with db.atomic():
        staff = _get(staff_id)
        taken = Staff.get_or_none((Staff.name == name) & (Staff.id != staff.id))
        if taken is not None:
            raise ValidationError(
                "name", QT_TRANSLATE_NOOP("UserError", "There is already a staff member called {name}."), name=name
            )
        Staff.update(name=name).where(Staff.id == staff.id).execute()
    return _get(staff_id)


def set_staff_active(staff_id: int, active: bool) -> Staff:
    """Deactivate a staff member who left (or bring them back). An inactive member is
    no longer offered for new customers; the customers they had keep their history and
    stay theirs until the owner reassigns them, which is the dairy case's lesson."""
    with db.atomic():
        staff = _get(staff_id)
        Staff.update(active=bool(active)).where(Staff.id == staff.id).execute()
    return _get(staff_id)


def find_staff(value: object) -> Staff:
    """A staff member by id or exact name; unlike a customer's staff field, never adds one."""
    text = str(value).strip()
    by_id = text.isascii() and text.isdigit() and len(text) < 19  # beyond that no id fits SQLite's integer
    query = Staff.id == int(text) if by_id else Staff.name == text
    staff = Staff.get_or_none(query)
    if staff is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=value)
    return staff


def hand_over(from_staff: object, to_staff: object, *, keep_reminders: bool = False) -> Reassignment:
    """Make ``to_staff`` responsible for every customer ``from_staff`` has (not those in
    the trash), with their open reminders and follow-ups unless ``keep_reminders``:
    what the owner does when a staff member leaves. The customers are chosen inside
    the same transaction, so one added to ``from_staff`` meanwhile is not left behind."""
    with db.atomic():
        source = find_staff(from_staff)
        theirs = Customer.select(Customer.id).where((Customer.staff == source.id) & Customer.deleted_at.is_null())
        ids = [row[0] for row in db.execute(theirs)]
        return reassign(ids, to_staff, keep_reminders=keep_reminders)
