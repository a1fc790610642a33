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

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from peewee import JOIN, SQL, Select, fn

from smallcrm.domain.values.dates import add_months, parse_date, parse_time
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
VALUE_DAYS = 365
RISK_INTERVALS = 3  # past this many usual intervals without buying, the risk is whole
ONE_VISIT_RISK_DAYS = 365  # a customer with one purchase day: whole risk after a year


@dataclass(frozen=True)
class Worth:
    """What a reminder's customer is worth to the shop now, and why (for the row's tip)."""

    value_cents: int  # profit of their purchases in the last VALUE_DAYS days
    quiet_days: int | None  # since their last purchase (None: never bought)
    usual_days: int | None  # their usual interval between purchase days (None: one day)
    risk: float  # 0 at their usual rhythm, 1 at RISK_INTERVALS intervals quiet

    @property
    def cents(self) -> int:
        """The ranking's key: the value, up to doubled for a customer drifting away."""
        return round(self.value_cents * (1 + self.risk))

    def as_dict(self) -> dict[str, Any]:
        return {
            "worth_cents": self.cents,
            "value_cents": self.value_cents,
            "quiet_days": self.quiet_days,
            "usual_days": self.usual_days,
            "risk": round(self.risk, 3),
        }


MIN_USUAL_DAYS = 7  # as the win-back rule: two visits a day apart are not a daily habit


def _usual_and_risk(quiet: float, span: float, days: int) -> tuple[float | None, float]:
    if days >= 2:
        usual = max(MIN_USUAL_DAYS, span / (days - 1))
        return usual, min(1.0, quiet / (RISK_INTERVALS * usual))
    return None, min(1.0, quiet / ONE_VISIT_RISK_DAYS)


def worth_of(value_cents: int, quiet_days: float | None, span_days: float | None, purchase_days: int) -> Worth:
    """A customer's worth from their last year's profit, the days since their last
    purchase, the days between their first and last, and how many days they bought on."""
    if quiet_days is None or span_days is None:
        return Worth(int(value_cents or 0), None, None, 0.0)
    usual, risk = _usual_and_risk(max(0.0, quiet_days), span_days, purchase_days)
    return Worth(int(value_cents or 0), round(max(0.0, quiet_days)), None if usual is None else round(usual), risk)


def _worth_cents(value: int, quiet: float | None, span: float | None, days: int) -> int:
    """``worth_of(...).cents`` without building the Worth: the ranking's inner loop."""
    if quiet is None or span is None:
        return int(value or 0)
    return round((value or 0) * (1 + _usual_and_risk(max(0.0, quiet), span, days)[1]))


def _worth_columns(customer: Any, today: dt.date) -> list[Any]:
    """Per reminder, what ``worth_of`` needs, as numbers SQLite works out (julianday):
    last year's profit, days since the last purchase, days from the first to the last,
    purchase days; one range or seek each in the (customer, date) index. Measured at
    100,000 customers: 45 ms for the 5,300 reminders of a day's work."""
    since, day = (today - dt.timedelta(days=VALUE_DAYS)).isoformat(), today.isoformat()
    v, a, b, d = (Purchase.alias(name) for name in ("worth_v", "worth_a", "worth_b", "worth_d"))
    return [
        v.select(fn.COALESCE(fn.SUM(v.amount_cents - fn.COALESCE(v.cost_cents, 0)), 0)).where(
            (v.customer == customer) & (v.date > since) & (v.date <= day)
        ),
        a.select(fn.julianday(day) - fn.julianday(fn.MAX(a.date))).where(a.customer == customer),
        b.select(fn.julianday(fn.MAX(b.date)) - fn.julianday(fn.MIN(b.date))).where(b.customer == customer),
        d.select(fn.COUNT(d.date.distinct())).where(d.customer == customer),
    ]


def _worth_at_end(row: tuple[Any, ...]) -> Worth:
    """``worth_of`` from a row that ends with the ``_worth_columns``."""
    value, quiet, span, days = row[-4:]
    return worth_of(value, quiet, span, days)


def rank_key(kind: str, customer_id: int | None, worth: int, due: str, due_time: str, rid: int) -> tuple[Any, ...]:
    """The order of a day's reminders: complaints first whatever the customer's worth
    (an unhappy customer waits for nobody), then the owner's own tasks (no customer,
    nothing to weigh), then by worth, most first; ties by day, time and id."""
    group = 0 if kind == "complaint" else 1 if customer_id is None else 2
    return (group, -worth, due, due_time, rid)


# What the ranking read of each customer, kept while the database connection, the data
# generation (every write to customers, purchases, ...: ``store.sqlite.generation``) and the
# day stay the same: the
# area re-reads its list after every done or snooze, and reminders do not move the
# generation, so those re-reads rank from here.
_cache_lock = threading.Lock()
_cache: dict[str, Any] = {"key": None, "value": {}, "rhythm": {}}


def _per_customer(
    part: str, customer_ids: list[int], today: dt.date, column: Any, convert: Callable[[Any], Any]
) -> dict[int, Any]:
    """``convert(column)`` (a subquery on ``Purchase`` about the customer ``_EACH``; None
    when they never bought) for each of the customers, read for those not kept yet and
    kept for the data generation and day.

    The ids go in as one JSON array walked by json_each, the subquery correlated with
    each: measured at 100,000 customers for 5,000 customers, 30 ms for last year's
    profit where an IN list of them with GROUP BY took 64 ms."""
    from smallcrm.store.sqlite import generation

    stamp = generation.current()
    # The connection too (compared by identity, kept alive by the key): another file
    # (a restored backup, another shop) may stand at the same generation number.
    key = None if stamp is None else (db.connection(), stamp, today)
    with _cache_lock:
        if key is None or _cache["key"] != key:
            _cache.update(key=key, value={}, rhythm={})
        kept = dict(_cache[part])
    missing = sorted(set(customer_ids) - kept.keys())
    if missing:
        each = fn.json_each(json.dumps(missing)).alias("each")
        got = {int(cid): convert(value) for cid, value in db.execute(Select([each], [_EACH, column]))}
        kept.update(got)
        with _cache_lock:
            if key is not None and _cache["key"] == key and generation.current() == stamp:
                _cache[part].update(got)
    return kept


_EACH = SQL('"each"."value"')


def _values(customer_ids: list[int], today: dt.date) -> dict[int, int]:
    """Each customer's profit over the last VALUE_DAYS days (cents): a range of the
    (customer, date) index and those purchases' rows."""
    since, day = (today - dt.timedelta(days=VALUE_DAYS)).isoformat(), today.isoformat()
    profit = Purchase.select(fn.SUM(Purchase.amount_cents - fn.COALESCE(Purchase.cost_cents, 0))).where(
        (Purchase.customer == _EACH) & (Purchase.date > since) & (Purchase.date <= day)
    )
    return _per_customer("value", customer_ids, today, profit, lambda value: int(value or 0))


def _rhythm(customer_ids: list[int], today: dt.date) -> dict[int, tuple[float | None, float | None, int]]:
    """(days since the last purchase, days from the first to the last, purchase days) of
    each customer, from the (customer, date) index alone; one subquery for the three,
    as text ("12.0 300.0 4"), cheaper than three."""
    last, first = fn.julianday(fn.MAX(Purchase.date)), fn.julianday(fn.MIN(Purchase.date))
    three = (fn.julianday(today.isoformat()) - last).concat(" ").concat(last - first).concat(" ")
    rhythm = Purchase.select(three.concat(fn.COUNT(Purchase.date.distinct()))).where(Purchase.customer == _EACH)

    def parse(text: str | None) -> tuple[float | None, float | None, int]:
        if not text:
            return (None, None, 0)
        quiet, span, days = text.split()
        return (float(quiet), float(span), int(days))

    return _per_customer("rhythm", customer_ids, today, rhythm, parse)


def _ranked(rows: list[tuple[Any, ...]], today: dt.date, top: int | None = None) -> list[tuple[int, str, int | None]]:
    """Rows of (id, due, customer, kind, due_time, last year's profit), ranked by
    ``rank_key``, as outline tuples; with ``top``, only the first ``top``.

    The risk part of a worth needs each customer's rhythm of buying. With ``top`` it is
    read only for the rows that can still reach the top: a worth lies between the
    profit and twice it, so when the ``top``-th largest profit is P > 0, no row with a
    profit under P / 2 can outrank ``top`` rows worth at least P (measured at 100,000
    customers, the top of a 5,300-reminder day: 45 -> 30 ms)."""
    weighed = [r for r in rows if r[3] != "complaint" and r[2] is not None]
    candidates = rows
    if top is not None and len(weighed) > top:
        floor = sorted((r[5] for r in weighed), reverse=True)[top - 1]
        if floor > 0:
            candidates = [r for r in rows if r[3] == "complaint" or r[2] is None or r[5] * 2 >= floor]
    rhythm = _rhythm([r[2] for r in candidates if r[2] is not None], today)
    keyed = []
    for rid, due, cid, kind, due_time, value in candidates:
        quiet, span, days = rhythm.get(cid, (None, None, 0)) if cid is not None else (None, None, 0)
        keyed.append((rank_key(kind, cid, _worth_cents(value, quiet, span, days), due, due_time, rid), (rid, due, cid)))
    keyed.sort(key=lambda item: item[0])
    return [outline for _key, outline in keyed[:top]]


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
