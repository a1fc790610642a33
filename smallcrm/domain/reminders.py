"""Follow-up reminders: add, edit, list, done (with the next occurrence of a
recurring one), snooze and dismiss. The rules that create reminders by themselves
(birthdays, festivals, ...) are in ``domain.reminder_rules``.

A repeating series keeps its day: ``recur_anchor`` is the first due date, and each
next occurrence is the first date of the series after the one just done, so a
monthly reminder on the 31st falls on 28 February and then on 31 March again (not
the 28th for ever), and one snoozed for a few days does not shift the series.

Done and dismissed reminders are closed: they cannot be snoozed, done again or
dismissed again, which would reopen them or spawn a second next occurrence.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Any, cast

from peewee import JOIN, Select, fn

from smallcrm.domain.dates import parse_date, parse_time
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Purchase, Reminder, Staff, now

KINDS = ("callback", "birthday", "festival", "complaint", "new_customer", "reengage", "custom")
STATUSES = ("open", "done", "snoozed", "dismissed")
UNITS = ("days", "weeks", "months", "years")
OPEN = ("open", "snoozed")

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
    from smallcrm.domain.customers import _staff_id, get_customer

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
    """The series' first date after ``r.due_date``, counted from its anchor (the first
    due date), so the series keeps its day of the month and its rhythm; None when there
    is none: a one-off, or a next date past the calendar's end (the year 9999, or 'every
    99999999 years'), where marking the last one done crashed with OverflowError."""
    if not r.recur_every:
        return None
    try:
        return _next_in_series(r)
    except (OverflowError, ValueError):
        return None


def _next_in_series(r: Reminder) -> dt.date:
    anchor = r.recur_anchor or r.due_date
    if r.recur_unit in ("days", "weeks"):
        step = r.recur_every * (7 if r.recur_unit == "weeks" else 1)
        k = max(0, (r.due_date - anchor).days // step + 1)
        return anchor + dt.timedelta(days=k * step)
    step = r.recur_every * (12 if r.recur_unit == "years" else 1)
    months = (r.due_date.year - anchor.year) * 12 + r.due_date.month - anchor.month
    k = max(0, months // step)
    while add_months(anchor, k * step) <= r.due_date:
        k += 1
    return add_months(anchor, k * step)


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
    from smallcrm.domain.interactions import add_interaction

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
    today and the next 7 days) or all; oldest first. Optionally only one customer's,
    one kind, or one staff member's (the reminder's, else its customer's; by id or
    name)."""
    query = _view_select()
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
    return _row_dicts(query.order_by(Reminder.due_date, Reminder.due_time, Reminder.id))


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
    open_query = base.where(Reminder.status.in_(OPEN)).order_by(Reminder.due_date, Reminder.due_time, Reminder.id)
    if open_limit is not None:
        open_query = open_query.limit(open_limit)
    # Raw rows, not peewee's: at 100,000 customers the open list is some 16,000 rows, and
    # converting every date to a date and back to text costs more than the query.
    # Dates are ISO text here, which orders and compares as dates.
    for row in db.execute(open_query):
        due = row[1]
        (overdue if due < day else due_today if due == day else this_week if due <= week else later).append(row)
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
    reminder (overdue, today, the next 7 days, later; oldest first) and those done or
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
    """How many reminders each section of ``view_outline`` holds, and its outline cut
    to the first ``limit`` open reminders (the done ones whole): what the top of the
    list shows, for a third of the outline's cost (counting reads no more than the
    dates, and nothing is sorted but the first rows)."""
    base = _outline_base(kind, staff, customer_text)
    sections = _outline_sections(base, today, done_days, limit)
    numbers = db.execute(_open_counts(base, today)).fetchone() or (0, 0, 0, 0)
    counts = {key: int(n) for key, n in zip(("overdue", "today", "week", "later"), numbers, strict=True)}
    counts["done"] = len(sections["done"])
    return counts, sections


VIEW_ROWS_CHUNK = 500  # ids a statement, well under SQLite's limit on parameters


def view_rows(reminder_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The reminders with these ids as the view shows them (with the customer's
    name, phone and last purchase), by id; one gone meanwhile (or whose customer went
    to the trash) is missing."""
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(reminder_ids), VIEW_ROWS_CHUNK):
        chunk = reminder_ids[start : start + VIEW_ROWS_CHUNK]
        for row in db.execute(_view_select().where(Reminder.id.in_(chunk))):
            out[row[0]] = _shape_raw(row)
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


def customer_tiers(customer_ids: list[int], today: dt.date) -> dict[int, str]:
    """The profit tier (``segments`` key: high, medium, none, loss) of each customer, from
    the analysis (``domain.analysis``): the whole shop's profit decides a tier, so this
    costs about a second at 100,000 customers; the view asks after showing its list."""
    from smallcrm.domain import analysis

    result = analysis.current(today)
    ids = result.facts.ids
    if not len(ids):
        return {}
    tiers: dict[int, str] = {}
    wanted = sorted(set(customer_ids))
    positions = ids.searchsorted(wanted)
    for cid, i in zip(wanted, positions, strict=True):
        if i < len(ids) and ids[i] == cid and result.segments.known[i] and result.segments.tier[i] >= 0:
            tiers[cid] = analysis.TIERS[int(result.segments.tier[i])]
    return tiers


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


def close_complaint_follow_ups(interaction_id: int, when: dt.datetime, *, status: str = "done") -> int:
    """Close the open follow-up reminders the complaint rule made for a complaint that
    is resolved (done) or deleted (dismissed); returns how many. Called inside the
    caller's transaction by ``domain.interactions``."""
    return int(
        Reminder.update(status=status, done_at=when)
        .where(
            (Reminder.origin == "rule:complaint")
            & Reminder.status.in_(OPEN)
            & Reminder.rule_key.startswith(f"complaint:{interaction_id}:")
        )
        .execute()
    )


def _find_staff(value: object) -> int:
    """A staff member by id or exact name, for filtering (never adds one)."""
    text = str(value).strip()
    by_id = text.isascii() and text.isdigit() and len(text) <= 18  # an id SQLite can hold, else a name
    staff = Staff.get_or_none((Staff.id == int(text)) if by_id else (Staff.name == text))
    if staff is None:
        raise ValidationError("staff", QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=value)
    return int(staff.id)
