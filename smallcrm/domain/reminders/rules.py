"""Reminders the app makes itself: birthdays, festival greetings, complaint follow-ups,
new-customer check-ins and win-back calls.

Each rule is switched on or off and tuned in the shop settings (``rule_*`` in
``smallcrm.settings``). :func:`run_rules` runs them all for one day, in one
transaction, as set-based ``INSERT ... SELECT`` statements: at 100,000 customers no
customer row is loaded into Python.

Never twice. Every reminder a rule makes carries a ``rule_key`` naming the occurrence
it is for, and the column is unique, so re-running the rules (on every start, from the
CLI, from two processes at once) makes nothing new. The key names the occurrence,
not the day the reminder is due, so a reminder that is done, dismissed or snoozed
stays the one reminder for its occurrence and is not made again:

===============  =========================================  ==============================
rule             fires when (N from the settings)           rule_key
===============  =========================================  ==============================
birthday         the next birthday is at most N days away   birthday:CUSTOMER:BIRTHDAY
festival         a greeting festival is at most N days      festival:CUSTOMER:DATE
                 away, for customers of the chosen group
complaint        a complaint has been open N days (and      complaint:INTERACTION:K
                 again every N days while it stays open)
new_customer     N days after the first purchase            new_customer:CUSTOMER
reengage         no purchase for N x the usual interval     reengage:CUSTOMER:LAST_PURCHASE
===============  =========================================  ==============================

What counts:

- Trashed and churned customers get no reminders (a churned customer's story is the
  churn analysis', not a birthday card's).
- Birthdays follow ``domain.values.birthdays``: lunar birthdays move with the lunar calendar,
  the 30th of a short lunar month falls on its 29th, a leap-month birthday falls in
  the leap month in years that have it and in the ordinary month otherwise, 29
  February falls on 28 February in other years.
- Festivals: the built-in ones chosen in ``rule_festival_builtins`` and every active
  one the owner added (``domain.reminders.festivals``); the group is ``rule_festival_group``
  (``all``, ``tag:NAME``, later ``segment:NAME``: ``domain.customers.groups``). One greeting
  per customer per day, however many festivals share it.
- Complaint follow-up: the K-th follow-up falls K x N days after the complaint; a new
  one is made only while no earlier follow-up of it is still open, so an owner who has
  not called yet gets one reminder, not a pile. Resolving the complaint stops them.
- New-customer check-in: once per customer, N days after the first purchase.
- Re-engagement (until the analysis issue supplies an at-risk signal, which can
  replace ``RULES["reengage"]``): a customer who bought on at least two different
  days has a usual interval, (last - first purchase day) / (purchase days - 1),
  taken as at least ``MIN_INTERVAL_DAYS`` so two purchases a day apart do not make a
  nag three days later. When N x that interval has passed since the last purchase,
  one win-back reminder; a new purchase starts a new count. Purchase days count,
  not lines: three items in one visit are one purchase. Returns count as purchases
  (the customer came in).
- Catching up, not backfilling: a run makes the check-ins and win-backs whose day came
  since the rules last ran (``rule_run``), at most ``rule_catch_up_days`` days back, so
  days the app was closed are caught up; the first run of all makes only today's.
  Birthdays and festivals look ahead only. Opening three years of imported history
  must give the owner a day's work, not a pile of stale reminders: measured on the
  100,000-customer demo shop, the first start made 6,667 reminders due today (4,635
  check-ins for first purchases of the last three weeks among them), now 1,455.
- A birthday or festival already past is not overdue: its open reminder (made by the
  rule, not snoozed by the owner) is dismissed by the next run with a note saying the
  day has passed, instead of piling up in Overdue.

Every reminder a rule makes is due on the day the rule runs (for a birthday, N days
before it) and belongs to the customer's responsible staff member. Titles are made
from templates translated by the ``translate`` the caller passes (the GUI passes
``QCoreApplication.translate``; the CLI leaves them in English).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, SQL, ColumnBase, Select, Value, ValuesList, fn

from smallcrm import jobs, settings
from smallcrm.domain.customers.groups import group_ids
from smallcrm.domain.reminders import festivals as fest
from smallcrm.domain.reminders.kinds import OPEN, STATUSES
from smallcrm.domain.values.birthdays import Birthday
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Interaction, Purchase, Reminder, RuleRun, now
from smallcrm.store.sqlite import generation
from smallcrm.store.sqlite.sqlfn import date_of, days_between, evaluated_once, greatest

Translate = Callable[[str, str], str]

MAX_DAYS_AHEAD = 60  # birthday/festival look-ahead is clamped to this
MIN_INTERVAL_DAYS = 7  # a usual purchase interval is taken as at least a week
MAX_CATCH_UP_DAYS = 366

RULE_NAMES = ("birthday", "festival", "complaint", "new_customer", "reengage")
RULE_LABELS = {
    "birthday": QT_TRANSLATE_NOOP("ReminderRules", "Birthdays"),
    "festival": QT_TRANSLATE_NOOP("ReminderRules", "Festival greetings"),
    "complaint": QT_TRANSLATE_NOOP("ReminderRules", "Complaint follow-up"),
    "new_customer": QT_TRANSLATE_NOOP("ReminderRules", "New-customer check-in"),
    "reengage": QT_TRANSLATE_NOOP("ReminderRules", "Win back quiet customers"),
}
PROGRESS_LABEL = QT_TRANSLATE_NOOP("Progress", "Making reminders")

# Title templates. Placeholders are filled inside SQL; a translation that uses an
# unknown placeholder falls back to the English template instead of failing.
TITLE_BIRTHDAY = QT_TRANSLATE_NOOP("ReminderRules", "Birthday of {name} on {when}")
WHEN_LUNAR = QT_TRANSLATE_NOOP("ReminderRules", "{date} (lunar {lunar})")
TITLE_FESTIVAL = QT_TRANSLATE_NOOP("ReminderRules", "{festival} on {date}: send {name} greetings")
TITLE_COMPLAINT = QT_TRANSLATE_NOOP("ReminderRules", "Follow up the complaint of {name} from {date}: {summary}")
TITLE_NEW_CUSTOMER = QT_TRANSLATE_NOOP("ReminderRules", "Check in with new customer {name} (first purchase {date})")
TITLE_REENGAGE = QT_TRANSLATE_NOOP("ReminderRules", "Win back {name}: no purchase since {date}")
NOTE_PASSED = QT_TRANSLATE_NOOP("ReminderRules", "The day has passed")
# Rules whose reminders are for a day (the rule_key ends with it as ISO text).
DATED_RULES = ("birthday", "festival")

SUMMARY_CHARS = 40  # of a complaint, in its follow-up's title


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class RuleSettings:
    """The rule settings, read once per run and clamped to sensible ranges."""

    enabled: dict[str, bool]
    birthday_days: int
    festival_days: int
    festival_group: str
    festival_builtins: tuple[str, ...]
    complaint_days: int
    new_customer_days: int
    reengage_factor: int
    catch_up_days: int

    @classmethod
    def load(cls) -> RuleSettings:
        def clamp(key: str, lo: int, hi: int) -> int:
            return max(lo, min(hi, int(settings.get(key))))

        builtins = tuple(k.strip() for k in str(settings.get("rule_festival_builtins")).split(",") if k.strip())
        return cls(
            enabled={rule: bool(settings.get(f"rule_{rule}")) for rule in RULE_NAMES},
            birthday_days=clamp("rule_birthday_days", 0, MAX_DAYS_AHEAD),
            festival_days=clamp("rule_festival_days", 0, MAX_DAYS_AHEAD),
            festival_group=str(settings.get("rule_festival_group")),
            festival_builtins=builtins,
            complaint_days=clamp("rule_complaint_days", 1, 3650),
            new_customer_days=clamp("rule_new_customer_days", 0, 3650),
            reengage_factor=clamp("rule_reengage_factor", 1, 100),
            catch_up_days=clamp("rule_catch_up_days", 0, MAX_CATCH_UP_DAYS),
        )


@dataclass(frozen=True)
class _Run:
    today: dt.date
    conf: RuleSettings
    translate: Translate
    created_at: str
    catch_up: int = 0  # days before today whose check-ins and win-backs are still made
    keep: bool = False  # keep what a rule worked out for the next run (run_rules, not a preview)

    def text(self, template: str, fields: dict[str, ColumnBase | str]) -> ColumnBase:
        """A title template, translated, filled inside SQL."""
        return sql_format(self.translate("ReminderRules", template), template, fields)

    def format(self, template: str, **values: str) -> str:
        """A template, translated, filled in Python; English if the translation is broken."""
        try:
            return self.translate("ReminderRules", template).format(**values)
        except (KeyError, IndexError, ValueError):
            return template.format(**values)


def sql_format(template: str, fallback: str, fields: dict[str, ColumnBase | str]) -> ColumnBase:
    """``template.format(**fields)`` as an SQL expression, so titles are made inside the
    INSERT ... SELECT. Falls back to ``fallback`` when the template is malformed or
    names a placeholder that ``fields`` lacks (a translation mistake)."""
    try:
        parts = list(string.Formatter().parse(template))
        if any(f is not None and (f not in fields or spec or conv) for _, f, spec, conv in parts):
            raise ValueError(template)
    except ValueError:
        parts = list(string.Formatter().parse(fallback))
    nodes: list[ColumnBase] = []
    for literal, field, _spec, _conv in parts:
        if literal:
            nodes.append(Value(literal))
        if field is not None:
            value = fields[field]
            nodes.append(Value(value) if isinstance(value, str) else value)
    if not nodes:
        return Value("")
    return functools.reduce(lambda a, b: a.concat(b), nodes)


def _name() -> ColumnBase:
    """The customer as a title names them: the name, else the customer number."""
    return fn.COALESCE(fn.NULLIF(Customer.name, ""), Customer.customer_no)


def _live() -> ColumnBase:
    return Customer.deleted_at.is_null() & (Customer.churn_status != "churned")


_FIELDS = [
    Reminder.customer,
    Reminder.due_date,
    Reminder.due_time,
    Reminder.title,
    Reminder.kind,
    Reminder.recur_every,
    Reminder.recur_unit,
    Reminder.status,
    Reminder.outcome,
    Reminder.origin,
    Reminder.rule_key,
    Reminder.staff,
    Reminder.created_at,
]


def _columns(
    run: _Run, rule: str, customer: ColumnBase, title: ColumnBase, key: ColumnBase, staff: ColumnBase
) -> list[ColumnBase]:
    """The SELECT list matching ``_FIELDS`` for a reminder of ``rule``."""
    return [
        customer,
        Value(run.today.isoformat()),
        Value(""),
        title,
        Value(rule),  # the rule names are reminder kinds (domain.reminders.KINDS)
        Value(0),
        Value(""),
        Value("open"),
        Value(""),
        Value(f"rule:{rule}"),
        key,
        staff,
        Value(run.created_at),
    ]


def _insert(query: Select) -> int:
    """Insert the reminders ``query`` selects, skipping occurrences that already have one."""
    inserted = Reminder.insert_from(query, _FIELDS).on_conflict_ignore().as_rowcount().execute()
    return int(inserted or 0)


def _key(*parts: ColumnBase | str) -> ColumnBase:
    nodes = [Value(p) if isinstance(p, str) else p for p in parts]
    return functools.reduce(lambda a, b: a.concat(b), nodes)


# --- birthdays ---------------------------------------------------------------------------


def birthday_window(today: dt.date, days: int) -> dict[tuple[str, int, int, bool], dt.date]:
    """Every stored birthday (calendar, month, day, leap) whose next occurrence is within
    ``days`` days of ``today``, with that occurrence.

    Found by walking the days of the window and asking, for each, which birthdays
    fall on it under the rules of ``domain.values.birthdays`` (Birthday.in_year): a few
    calendar conversions instead of one per customer.
    """
    from borax.calendars.lunardate import LCalendars, LunarDate  # 10 ms a start (measured): when rules run

    found: dict[tuple[str, int, int, bool], dt.date] = {}
    for offset in range(days + 1):
        day = today + dt.timedelta(days=offset)
        solar = [(day.month, day.day)]
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            solar.append((2, 29))
        for month, mday in solar:
            for leap in (False, True):  # leap means nothing for a solar birthday; match either
                found.setdefault(("solar", month, mday, leap), day)
        ld = LunarDate.from_solar_date(day.year, day.month, day.day)
        mdays = [ld.day]
        if ld.day == 29 and LCalendars.ndays(ld.year, ld.month, ld.leap) == 29:
            mdays.append(30)  # the 30th of a short month falls on its 29th
        leaps = [True] if ld.leap else [False]
        if not ld.leap and LCalendars.leap_month(ld.year) != ld.month:
            leaps.append(True)  # no leap month of this number this year: leap-month birthdays fall here
        for mday in mdays:
            for leap in leaps:
                found.setdefault(("lunar", ld.month, mday, leap), day)
    return found


def _birthdays(run: _Run) -> list[Select]:
    window = birthday_window(run.today, run.conf.birthday_days)
    rows = []
    for (cal, month, mday, leap), day in sorted(window.items(), key=lambda kv: (kv[1], kv[0])):
        when = day.isoformat()
        if cal == "lunar":
            lunar = Birthday(month, mday, None, "lunar", leap).to_text().removeprefix("农历")
            when = run.format(WHEN_LUNAR, date=when, lunar=lunar)
        rows.append((cal, month, mday, int(leap), day.isoformat(), when))
    if not rows:
        return []
    occ = ValuesList(rows).cte("birthday_window", columns=("cal", "m", "d", "lp", "occ", "when_text"))
    title = run.text(TITLE_BIRTHDAY, {"name": _name(), "when": occ.c.when_text})
    key = _key("birthday:", Customer.id, ":", occ.c.occ)
    query = (
        Customer.select(*_columns(run, "birthday", Customer.id, title, key, Customer.staff))
        .join(
            occ,
            on=(
                (Customer.birth_calendar == occ.c.cal)
                & (Customer.birth_month == occ.c.m)
                & (Customer.birth_day == occ.c.d)
                & (Customer.birth_leap == occ.c.lp)
            ),
        )
        .where(_live())
        .with_cte(occ)
    )
    return [query]


# --- festivals ---------------------------------------------------------------------------


def _festivals(run: _Run) -> list[Select]:
    group = group_ids(run.conf.festival_group)  # refuses a malformed group before anything is made
    chosen = fest.greeting_festivals(run.conf.festival_builtins)
    ahead = run.today + dt.timedelta(days=run.conf.festival_days)
    queries: list[Select] = []
    for day, festival in fest.festivals_between(run.today, ahead, chosen):
        title = run.text(
            TITLE_FESTIVAL,
            {"festival": festival.label(run.translate), "date": day.isoformat(), "name": _name()},
        )
        key = _key("festival:", Customer.id, ":" + day.isoformat())
        query = Customer.select(*_columns(run, "festival", Customer.id, title, key, Customer.staff)).where(
            _live() & Customer.id.in_(group)
        )
        queries.append(query)
    return queries


# --- complaints ----------------------------------------------------------------------------


def _complaints(run: _Run) -> list[Select]:
    n = run.conf.complaint_days
    days_open = days_between(run.today, date_of(Interaction.at))
    k = (days_open / n).cast("INTEGER")
    summary = fn.SUBSTR(Interaction.summary, 1, SUMMARY_CHARS)
    title = run.text(TITLE_COMPLAINT, {"name": _name(), "date": date_of(Interaction.at), "summary": summary})
    key = _key("complaint:", Interaction.id, ":", k)
    # The complaint's follow-ups: the keys from 'complaint:ID:' up to 'complaint:ID;' (';'
    # follows ':'), a range of the unique rule_key index. Only this rule writes keys that
    # start with 'complaint:' (each rule's keys start with its name, its origin's), so the
    # range says origin = 'rule:complaint' too; naming the origin as well made SQLite walk
    # its index instead, every rule-made complaint reminder for each open complaint, and
    # so did LIKE 'complaint:ID:%', whose pattern is not a constant: once a day's first run
    # had made them, the second took 110-150 ms here instead of 6 (100,000 customers).
    # Still open: not done or dismissed (a reminder has one of the four STATUSES); as
    # status IN ('open', 'snoozed') it drew SQLite to the status index in the same way.
    closed = [status for status in STATUSES if status not in OPEN]
    still_open = Reminder.select(Value(1)).where(
        (Reminder.rule_key >= _key("complaint:", Interaction.id, ":"))
        & (Reminder.rule_key < _key("complaint:", Interaction.id, ";"))
        & Reminder.status.not_in(closed)
    )
    query = (
        Interaction.select(*_columns(run, "complaint", Interaction.customer, title, key, Customer.staff))
        .join(Customer, on=(Interaction.customer == Customer.id))
        .where(
            (Interaction.kind == "complaint")
            & (Interaction.status == "open")
            & (days_open >= n)
            & _live()
            & ~fn.EXISTS(still_open)
        )
    )
    return [query]


# --- new customers -------------------------------------------------------------------------


def _new_customers(run: _Run) -> list[Select]:
    hi = run.today - dt.timedelta(days=run.conf.new_customer_days)
    lo = hi - dt.timedelta(days=run.catch_up)
    # Customers whose first purchase falls in [lo, hi]: bought in the window and never
    # before it. Both tests read only the purchase indexes; the wide customer rows are
    # read for the few that pass.
    earlier = Purchase.alias("earlier")
    before = earlier.select(Value(1)).where((earlier.customer == Purchase.customer) & (earlier.date < lo))
    first = evaluated_once(
        Purchase.select(Purchase.customer.alias("cid"), fn.MIN(Purchase.date).alias("first"))
        .where(Purchase.date.between(lo, hi))
        .group_by(Purchase.customer)
        .having(~fn.EXISTS(before))
    ).alias("first_purchase")
    title = run.text(TITLE_NEW_CUSTOMER, {"name": _name(), "date": first.c.first})
    key = _key("new_customer:", Customer.id)
    query = (
        Customer.select(*_columns(run, "new_customer", Customer.id, title, key, Customer.staff))
        .join(first, on=(first.c.cid == Customer.id))
        .where(_live())
    )
    return [query]


# --- re-engagement -------------------------------------------------------------------------


def _reengage_scores(run: _Run) -> Select:
    """(customer, last purchase day, days quiet, days after which a win-back is due) of
    every customer whose win-back falls due on ``run.today`` or in the catch-up days
    before it (live or not: the insert checks that), computed from the purchases."""
    factor, catch_up = run.conf.reengage_factor, run.catch_up
    # In steps, cheapest first, each step's rows evaluated once (evaluated_once), so the
    # usual interval (a count of distinct days per customer, the costly part) is
    # computed last, for fewest customers.
    p = Purchase.alias("p")
    c = Customer.alias("c")
    # 1. every customer's last purchase day: one seek in the (customer_id, date) index,
    #    the ids read from an index too;
    last = p.select(fn.MAX(p.date)).where(p.customer == c.id)
    spans = evaluated_once(c.select(c.id.alias("cid"), last.alias("last"))).alias("spans")
    # 2. of those quiet for at least N weeks (N x the shortest usual interval; ISO date
    #    text compares as dates), the first purchase day, one more seek;
    quiet_since = (run.today - dt.timedelta(days=factor * MIN_INTERVAL_DAYS)).isoformat()
    first = p.select(fn.MIN(p.date)).where(p.customer == spans.c.cid)
    ranged = evaluated_once(
        Select([spans], [spans.c.cid, spans.c.last, first.alias("first")]).where(spans.c.last <= quiet_since)
    ).alias("ranged")
    # 3. of those who bought on two days or more and could have an interval that long
    #    (it is at most last - first), the usual interval: (last - first purchase day)
    #    / (purchase days - 1), at least MIN_INTERVAL_DAYS; one index range each;
    #    The win-back is due on the first whole day the silence reaches N intervals:
    #    ceil(N x span / gaps), worked out in integers (3 x 10.5 = 31.5 days is due on
    #    day 32; compared as a fraction, a silence of whole days never equalled it).
    q = Purchase.alias("q")
    gaps = q.select(fn.COUNT(q.date.distinct()) - 1).where(q.customer == ranged.c.cid)
    span = days_between(ranged.c.last, ranged.c.first).cast("INTEGER")
    quiet = days_between(run.today, ranged.c.last)
    due_day = (factor * span + gaps - 1) / gaps  # integers: SQLite divides them whole
    scored = evaluated_once(
        Select(
            [ranged],
            [
                ranged.c.cid,
                ranged.c.last,
                quiet.alias("quiet"),
                greatest(due_day, factor * MIN_INTERVAL_DAYS).alias("due_after"),
            ],
        ).where((ranged.c.first < ranged.c.last) & (factor * greatest(span, MIN_INTERVAL_DAYS) + catch_up >= quiet))
    ).alias("scored")
    # 4. those whose silence has just passed N usual intervals (within the catch-up days).
    return Select([scored], [scored.c.cid, scored.c.last, scored.c.quiet, scored.c.due_after]).where(
        scored.c.quiet.between(scored.c.due_after, scored.c.due_after + catch_up)
    )


def _reengage_due(run: _Run) -> list[tuple[int, str]]:
    """(customer, last purchase day) of the win-backs due (``_reengage_scores``), kept per
    data generation and day (``store.sqlite.generation``): they follow from the purchases
    and customers alone, so a second run on a day when nothing was written reads them
    back instead of counting every quiet customer's purchase days again (350-590 ms of
    a run at 100,000 customers). Kept with the catch-up days they were computed for: a
    later run of the day has as many or fewer, and keeps those rows that are due within
    its own."""
    catch_up = run.catch_up
    key = f"rules:reengage:v2:{run.today.isoformat()}:{run.conf.reengage_factor}:{MIN_INTERVAL_DAYS}"
    kept = generation.get(key)
    if kept is not None and kept["catch_up"] >= catch_up:
        rows = kept["rows"]
    else:
        started = generation.current()
        rows = [list(row) for row in db.execute(_reengage_scores(run))]
        if run.keep and started is not None:
            generation.put(key, started, {"catch_up": catch_up, "rows": rows})
    # The same test as the query's last step, on the same numbers (SQLite's doubles and
    # integers are Python's floats and ints, and JSON gives them back unchanged).
    return [(cid, last) for cid, last, quiet, due_after in rows if due_after <= quiet <= due_after + catch_up]


def _reengage(run: _Run) -> list[Select]:
    due = _reengage_due(run)
    if not due:
        return []
    # The due customers as one JSON parameter (json_each), whatever their number (a
    # catch-up of a year may find thousands), in the order the scoring gave them: read
    # first (CROSS JOIN keeps SQLite from walking the customers instead), each customer
    # then looked up by id.
    items = fn.json_each(json.dumps(due))
    pairs = evaluated_once(
        Select([items], [fn.json_extract(_ITEM, "$[0]").alias("cid"), fn.json_extract(_ITEM, "$[1]").alias("last")])
    ).alias("reengage_due")
    title = run.text(TITLE_REENGAGE, {"name": _name(), "date": pairs.c.last})
    key = _key("reengage:", Customer.id, ":", pairs.c.last)
    query = (
        Select([pairs], _columns(run, "reengage", Customer.id, title, key, Customer.staff))
        .join(Customer, JOIN.CROSS)
        .where((Customer.id == pairs.c.cid) & _live())
    )
    return [query]


_ITEM = SQL('"value"')  # json_each's column: one [customer, last purchase day] pair


# Each rule builds the SELECTs of the reminders it calls for (one per festival day,
# one otherwise); run_rules inserts them. The analysis issue can replace "reengage".
RULES: dict[str, Callable[[_Run], list[Select]]] = {
    "birthday": _birthdays,
    "festival": _festivals,
    "complaint": _complaints,
    "new_customer": _new_customers,
    "reengage": _reengage,
}


def catch_up_days(today: dt.date, conf: RuleSettings) -> int:
    """How many days before ``today`` a run still makes check-ins and win-backs for: the
    days since the rules last ran (the app closed over a holiday), at most the setting;
    none on the very first run, whatever history the file holds."""
    last = RuleRun.select(fn.MAX(RuleRun.day)).scalar()
    if last is None:
        return 0
    if isinstance(last, str):  # an aggregate comes back as SQLite's text
        last = dt.date.fromisoformat(last)
    return max(0, min(conf.catch_up_days, (today - last).days - 1))


def _run(today: dt.date, translate: Translate | None, keep: bool = False) -> _Run:
    conf = RuleSettings.load()
    return _Run(today, conf, translate or _identity, now().isoformat(" "), catch_up_days(today, conf), keep)


def rule_queries(today: dt.date, *, translate: Translate | None = None) -> dict[str, list[Select]]:
    """The SELECTs each switched-on rule would insert from on ``today``, without running
    them: for a preview ("this would make N reminders") and the benchmark."""
    fest.check_today(today)
    run = _run(today, translate)
    return {rule: RULES[rule](run) for rule in RULE_NAMES if run.conf.enabled[rule]}


def reengage_scores(today: dt.date) -> Select:
    """The SELECT that picks the win-backs due on ``today`` (customer, last purchase day,
    days quiet, days after which one is due): the costly part of the rules, which
    ``rule_queries`` leaves out once it has picked them (the benchmark runs it bare)."""
    return _reengage_scores(_run(today, None))


def _expire_passed(run: _Run) -> int:
    """Dismiss the open birthday and festival reminders whose day is past, with a note:
    a greeting for a day gone is not overdue work. Snoozed ones stay (the owner chose a
    day for them)."""
    day_of = fn.SUBSTR(Reminder.rule_key, -10)  # birthday:CUSTOMER:YYYY-MM-DD
    query = Reminder.update(status="dismissed", done_at=run.created_at, outcome=run.format(NOTE_PASSED)).where(
        Reminder.origin.in_([f"rule:{rule}" for rule in DATED_RULES])
        & (Reminder.status == "open")
        & (day_of < run.today.isoformat())
    )
    return int(query.execute() or 0)


def run_rules(
    today: dt.date,
    *,
    translate: Translate | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> dict[str, Any]:
    """Make the reminders every switched-on rule calls for on ``today``.

    Returns ``{"created": N, "by_rule": {rule: n, ...}, "disabled": [rule, ...],
    "expired": N}`` (every rule appears in ``by_rule``; a switched-off one with 0;
    ``expired``: birthday and festival reminders dismissed because their day passed).
    Idempotent: a second run on the same day makes nothing. All or nothing: one
    transaction, and cancelling rolls it back. The run is recorded (``rule_run``) for
    the next one's catching up.
    """
    fest.check_today(today)
    cancel = cancel or jobs.CancelToken()
    with db.atomic():
        run = _run(today, translate, keep=True)
        conf = run.conf
        active = [rule for rule in RULE_NAMES if conf.enabled[rule]]
        by_rule = dict.fromkeys(RULE_NAMES, 0)
        expired = _expire_passed(run)
        for i, rule in enumerate(active):
            cancel.check()
            progress(i, len(active), PROGRESS_LABEL)
            by_rule[rule] = sum(_insert(query) for query in RULES[rule](run))
        cancel.check()
        created = sum(by_rule.values())
        RuleRun.insert(day=today, created=created, ran_at=run.created_at).on_conflict(
            conflict_target=[RuleRun.day], update={RuleRun.created: RuleRun.created + created}
        ).execute()
    progress(len(active), len(active), PROGRESS_LABEL)
    return {
        "created": created,
        "by_rule": by_rule,
        "disabled": [rule for rule in RULE_NAMES if not conf.enabled[rule]],
        "expired": expired,
    }
