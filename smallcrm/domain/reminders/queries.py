"""Reminders as the Reminders area and the command line list them: with their
customer's name, phone and last purchase; by due window; the area's sections (the
day's work ranked by ``reminders.worth``); a month's counts for the calendar; what
has fallen due for a notification.

Reads only; what changes reminders is ``reminders.commands``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, cast

from peewee import JOIN, Select, fn

from smallcrm.domain.reminders.kinds import KINDS, OPEN
from smallcrm.domain.reminders.worth import _ranked, _values, _worth_at_end, _worth_columns, rank_key
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Purchase, Reminder, Staff

_UNSET: Any = object()


def _phone(c: Customer) -> str:
    return c.phone or c.phone2 or ""


def _purchase_summary(p: Purchase | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"date": p.date.isoformat(), "item": p.item, "amount_cents": p.amount_cents}


def _last_purchase_id(customer: Any) -> Any:
    """A subquery: the id of a customer's latest purchase (one seek in the
    (customer_id, date) index)."""
    p = Purchase.alias("last_p")
    return p.select(p.id).where(p.customer == customer).order_by(p.date.desc(), p.id.desc()).limit(1)


def reminder_dict(
    r: Reminder,
    customer_name: str | None = None,
    *,
    customer_phone: str | None = None,
    last_purchase: dict[str, Any] | None = _UNSET,
) -> dict[str, Any]:
    """A reminder as the CLI prints it and the view shows it: with the customer's name,
    phone and last purchase ({"date", "item", "amount_cents"} or None), so the owner
    can act without opening the record. Pass what is known to skip the look-ups."""
    if r.customer_id and (customer_name is None or customer_phone is None):
        c = Customer.get_or_none(Customer.id == r.customer_id)
        customer_name = c.name if c and customer_name is None else customer_name
        customer_phone = _phone(c) if c and customer_phone is None else customer_phone
    if last_purchase is _UNSET:
        last = None
        if r.customer_id:
            last = Purchase.get_or_none(Purchase.id == _last_purchase_id(r.customer_id))
        last_purchase = _purchase_summary(last)
    return _shape(
        (
            *(r.id, r.due_date, r.due_time, r.title, r.kind, r.customer_id, customer_name, customer_phone),
            *(r.status, r.recur_every, r.recur_unit, r.outcome, r.origin, r.staff_id),
        ),
        last_purchase,
    )


def _shape(row: tuple[Any, ...], last_purchase: dict[str, Any] | None) -> dict[str, Any]:
    """The one shape of a reminder dict (the CLI's JSON contract), from its columns in order
    (the due date a date, or already ISO text as a raw SQLite row gives it)."""
    rid, due, due_time, title, kind, cid, name, phone, status, every, unit, outcome, origin, staff = row
    return {
        "id": rid,
        "due": due if isinstance(due, str) else due.isoformat(),
        "due_time": due_time,
        "title": title,
        "kind": kind,
        "customer_id": cid,
        "customer_name": name or "",
        "customer_phone": phone or "",
        "last_purchase": last_purchase,
        "status": status,
        "every": f"{every} {unit}" if every else "",
        "outcome": outcome,
        "origin": origin,
        "staff_id": staff,
    }


def list_reminders(customer_id: int) -> list[dict[str, Any]]:
    query = Reminder.select().where(Reminder.customer == customer_id).order_by(Reminder.due_date, Reminder.id)
    return [reminder_dict(r) for r in query]


def _view_select() -> Select:
    """Reminders with their customer's name, phone and last purchase, as plain columns
    (the order ``_row_dict`` reads)."""
    last = Purchase.alias("last_p")
    return (
        Reminder.select(
            Reminder.id,
            Reminder.due_date,
            Reminder.due_time,
            Reminder.title,
            Reminder.kind,
            Reminder.customer,
            Customer.name,
            fn.COALESCE(fn.NULLIF(Customer.phone, ""), Customer.phone2),
            Reminder.status,
            Reminder.recur_every,
            Reminder.recur_unit,
            Reminder.outcome,
            Reminder.origin,
            Reminder.staff,
            last.date,
            last.item,
            last.amount_cents,
            Reminder.done_at,
        )
        .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
        .join(last, JOIN.LEFT_OUTER, on=(last.id == _last_purchase_id(Reminder.customer)))
        .where(Customer.deleted_at.is_null() | Reminder.customer.is_null())
    )


def _filtered(
    query: Select, customer_id: int | None, kind: str | None, staff: object, customer_text: str = ""
) -> Select:
    """Only one customer's, one kind, one staff member's (the reminder's, else its
    customer's; by id or name), or those whose customer's name or phone contains a text."""
    if customer_id is not None:
        query = query.where(Reminder.customer == customer_id)
    if kind is not None:
        if kind not in KINDS:
            raise ValidationError(
                "kind", QT_TRANSLATE_NOOP("UserError", "{value} is not a kind of reminder."), value=kind
            )
        query = query.where(Reminder.kind == kind)
    if staff not in (None, ""):
        query = query.where(fn.COALESCE(Reminder.staff, Customer.staff) == _find_staff(staff))
    text = customer_text.strip()
    if text:
        query = query.where(
            Customer.name.contains(text) | Customer.phone.contains(text) | Customer.phone2.contains(text)
        )
    return query


def _row_dicts(query: Select) -> list[dict[str, Any]]:
    # Raw rows, not model objects: the week's list at 100,000 customers is thousands of rows.
    return [_shape_raw(row) for row in db.execute(query)]


def _shape_raw(row: tuple[Any, ...]) -> dict[str, Any]:
    """``_shape`` from a raw SQLite row of ``_view_select`` (dates as ISO text)."""
    last = None if row[14] is None else {"date": row[14], "item": row[15], "amount_cents": row[16]}
    return _shape(row[:14], last)


def due_reminders(
    due: str,
    *,
    today: dt.date,
    customer_id: int | None = None,
    kind: str | None = None,
    staff: object = None,
) -> list[dict[str, Any]]:
    """Open (and snoozed) reminders by due window: today, overdue, week (overdue,
    today and the next 7 days) or all; in the Reminders area's order: overdue, then
    today, each ranked by what is most worth doing (``rank_key``), then the days ahead
    oldest first. Each carries ``worth`` (``Worth.as_dict``) and ``rank`` (1, 2, ...
    within overdue and within today; None for the days ahead). Optionally only one
    customer's, one kind, or one staff member's (the reminder's, else its customer's;
    by id or name)."""
    query = _view_select().select_extend(*_worth_columns(Reminder.customer, today))
    active = Reminder.status.in_(OPEN)
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
    query = _filtered(query, customer_id, kind, staff)
    day = today.isoformat()
    rows = []
    for row in db.execute(query.order_by(Reminder.due_date, Reminder.due_time, Reminder.id)):
        r = _shape_raw(row)
        w = _worth_at_end(row)
        r["worth"] = w.as_dict()
        section = 0 if r["due"] < day else 1 if r["due"] == day else 2
        ranked = rank_key(r["kind"], r["customer_id"], w.cents, r["due"], r["due_time"], r["id"])
        rows.append(((section, *ranked) if section < 2 else (section,), r))
    rows.sort(key=lambda item: item[0])  # stable: the days ahead stay oldest first
    out, position, previous = [], 0, None
    for key, r in rows:
        position = position + 1 if key[0] == previous else 1
        previous = key[0]
        r["rank"] = position if key[0] < 2 else None
        out.append(r)
    return out


# --- what is most worth doing ------------------------------------------------------------------
#
# A day's reminders at 100,000 customers run to thousands; the day's sections (overdue
# and today) are ordered by what is at stake with each customer, so the owner works
# from the top and sees how many are left. Computed from the purchases with a few index
# seeks per reminder (about 60 ms for 4,700 reminders), not from the whole-shop
# analysis, which takes seconds: the value of a customer is their profit over the last
# year, their risk how far they have gone past their usual rhythm of buying.

RANKED = ("overdue", "today")  # the day's work, in order of worth
# Rows of a ranked section shown before "and N more": what a day's calls can cover (the
# care issue's daily capacity), and few enough that Overdue's and Today's tops both fit
# a 1280 x 800 window.
TOP = 20


# --- the reminders view ----------------------------------------------------------------------

SECTIONS = ("overdue", "today", "week", "later", "done")
DONE_DAYS = 14  # "Done (recent)": what was closed in the last two weeks
DONE_LIMIT = 200


Outline = dict[str, list[tuple[int, str, int | None]]]


def _outline_base(kind: str | None, staff: object, customer_text: str) -> Select:
    """(id, due date, customer id) of the reminders the view may list, filtered as it asks.

    Without a staff or customer filter the customer table is not joined: the trash is
    left out through its own index instead of 16,000 look-ups into wide rows."""
    columns = (Reminder.id, Reminder.due_date, Reminder.customer)
    if staff in (None, "") and not customer_text.strip():
        trashed = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
        base = Reminder.select(*columns).where(Reminder.customer.is_null() | Reminder.customer.not_in(trashed))
    else:
        base = (
            Reminder.select(*columns)
            .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
            .where(Customer.deleted_at.is_null() | Reminder.customer.is_null())
        )
    return _filtered(base, None, kind, staff, customer_text)


def _outline_sections(base: Select, today: dt.date, done_days: int, open_limit: int | None) -> Outline:
    sections: Outline = {key: [] for key in SECTIONS}
    day, week = today.isoformat(), (today + dt.timedelta(days=7)).isoformat()
    overdue, due_today, this_week, later = (sections[k] for k in ("overdue", "today", "week", "later"))
    # The day's work (overdue and today) ranked (``rank_key``): what is most worth doing
    # first; the top of the list (``open_limit``) only the first TOP of each. Raw rows,
    # not peewee's: at 100,000 customers the open list is some 16,000 rows, and converting
    # every date to a date and back to text costs more than the query. Dates are ISO
    # text here, which orders and compares as dates.
    day_query = base.select_extend(Reminder.kind, Reminder.due_time)
    day_rows = list(db.execute(day_query.where(Reminder.status.in_(OPEN) & (Reminder.due_date <= day))))
    values = _values([r[2] for r in day_rows if r[2] is not None], today)
    for row in day_rows:
        (overdue if row[1] < day else due_today).append((*row, values.get(row[2], 0)))
    top = None if open_limit is None else TOP
    sections["overdue"], sections["today"] = _ranked(overdue, today, top), _ranked(due_today, today, top)
    # The days ahead by day (the top of the list reads only the first of them).
    open_query = base.where(Reminder.status.in_(OPEN) & (Reminder.due_date > day))
    open_query = open_query.order_by(Reminder.due_date, Reminder.due_time, Reminder.id)
    if open_limit is not None:
        open_query = open_query.limit(open_limit)
    for row in db.execute(open_query):
        (this_week if row[1] <= week else later).append(row)
    since = dt.datetime.combine(today - dt.timedelta(days=done_days), dt.time())
    done_query = base.where(~Reminder.status.in_(OPEN) & (Reminder.done_at >= since))
    sections["done"] = list(
        db.execute(done_query.order_by(Reminder.done_at.desc(), Reminder.id.desc()).limit(DONE_LIMIT))
    )
    return sections


def view_outline(
    today: dt.date,
    *,
    kind: str | None = None,
    staff: object = None,
    customer_text: str = "",
    done_days: int = DONE_DAYS,
) -> Outline:
    """Everything the reminders view lists, by section (``SECTIONS``): every open
    reminder (overdue and today ranked by ``rank_key``, the next 7 days and later
    oldest first) and those done or
    dismissed in the last ``done_days`` days (newest first, at most DONE_LIMIT),
    filtered as the view asks, as (id, due date as ISO text, customer id) only;
    ``view_rows`` gives the rest of the rows the view shows. At 100,000 customers the
    open list is some 16,000 reminders: reading all of them with their customer and
    last purchase takes half a second, their ids and dates a tenth of that, so the view
    lists every reminder at once and reads the details of those on screen."""
    return _outline_sections(_outline_base(kind, staff, customer_text), today, done_days, None)


def _open_counts(base: Select, today: dt.date) -> Select:
    """One row: how many open reminders of ``base`` are overdue, due today, in the next
    7 days and later."""
    day, week = today.isoformat(), (today + dt.timedelta(days=7)).isoformat()
    due = Reminder.due_date
    return base.select(
        fn.COALESCE(fn.SUM(due < day), 0),
        fn.COALESCE(fn.SUM(due == day), 0),
        fn.COALESCE(fn.SUM((due > day) & (due <= week)), 0),
        fn.COALESCE(fn.SUM(due > week), 0),
    ).where(Reminder.status.in_(OPEN))


def view_head(
    today: dt.date,
    limit: int,
    *,
    kind: str | None = None,
    staff: object = None,
    customer_text: str = "",
    done_days: int = DONE_DAYS,
) -> tuple[dict[str, int], Outline]:
    """How many reminders each section of ``view_outline`` holds, and its outline with
    the days ahead cut to their first ``limit`` reminders (overdue, today and done
    whole: the day's work is ranked, which needs all of it): what the top of the list
    shows, for less than the outline's cost (counting reads no more than the dates)."""
    base = _outline_base(kind, staff, customer_text)
    sections = _outline_sections(base, today, done_days, limit)
    numbers = db.execute(_open_counts(base, today)).fetchone() or (0, 0, 0, 0)
    counts = {key: int(n) for key, n in zip(("overdue", "today", "week", "later"), numbers, strict=True)}
    counts["done"] = len(sections["done"])
    return counts, sections


VIEW_ROWS_CHUNK = 500  # ids a statement, well under SQLite's limit on parameters


def view_rows(reminder_ids: list[int], today: dt.date | None = None) -> dict[int, dict[str, Any]]:
    """The reminders with these ids as the view shows them (with the customer's
    name, phone and last purchase, and ``worth``: ``Worth.as_dict`` as of ``today``),
    by id; one gone meanwhile (or whose customer went to the trash) is missing."""
    today = today or dt.date.today()
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(reminder_ids), VIEW_ROWS_CHUNK):
        chunk = reminder_ids[start : start + VIEW_ROWS_CHUNK]
        query = _view_select().select_extend(*_worth_columns(Reminder.customer, today))
        for row in db.execute(query.where(Reminder.id.in_(chunk))):
            out[row[0]] = _shape_raw(row) | {"worth": _worth_at_end(row).as_dict()}
    return out


def due_on_days(start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """How many open reminders fall on each day from ``start`` to ``end`` (for a month
    calendar); customers in the trash do not count."""
    query = (
        Reminder.select(Reminder.due_date, fn.COUNT(Reminder.id))
        .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
        .where(
            Reminder.status.in_(OPEN)
            & Reminder.due_date.between(start, end)
            & (Customer.deleted_at.is_null() | Reminder.customer.is_null())
        )
        .group_by(Reminder.due_date)
    )
    return {day: int(count) for day, count in cast("Iterable[tuple[dt.date, int]]", query.tuples())}


def reminders_on(day: dt.date) -> list[dict[str, Any]]:
    """The open reminders due on one day, and those done that day: a calendar's agenda."""
    query = _view_select().where(
        (Reminder.status.in_(OPEN) & (Reminder.due_date == day))
        | (
            ~Reminder.status.in_(OPEN)
            & Reminder.done_at.between(dt.datetime.combine(day, dt.time()), dt.datetime.combine(day, dt.time.max))
        )
    )
    return _row_dicts(query.order_by(Reminder.due_date, Reminder.due_time, Reminder.id))


def due_now(moment: dt.datetime) -> list[tuple[int, str, str]]:
    """(id, title, customer name) of every open reminder that has fallen due by
    ``moment``: due before today, or today without a time or at a time now passed.
    For the notifications of a running app (a minute's poll: index reads only)."""
    today, clock = moment.date(), moment.strftime("%H:%M")
    query = (
        Reminder.select(Reminder.id, Reminder.title, fn.COALESCE(Customer.name, ""))
        .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
        .where(
            Reminder.status.in_(OPEN)
            & (
                (Reminder.due_date < today)
                | ((Reminder.due_date == today) & ((Reminder.due_time == "") | (Reminder.due_time <= clock)))
            )
            & (Customer.deleted_at.is_null() | Reminder.customer.is_null())
        )
        .order_by(Reminder.due_date, Reminder.due_time, Reminder.id)
    )
    rows = cast("Iterable[tuple[int, str, str | None]]", query.tuples())
    return [(int(rid), str(title), str(name)) for rid, title, name in rows]


# --- several at once -------------------------------------------------------------------------


def _find_staff(value: object) -> int:
    """A staff member by id or exact name, for filtering (never adds one)."""
    text = str(value).strip()
    by_id = text.isascii() and text.isdigit() and len(text) <= 18  # an id SQLite can hold, else a name
    staff = Staff.get_or_none((Staff.id == int(text)) if by_id else (Staff.name == text))
    if staff is None:
        raise ValidationError("staff", QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=value)
    return int(staff.id)
