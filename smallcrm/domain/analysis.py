"""The facts behind every analysis screen, read once, and the segments computed from them.

Why it is built this way: at 100,000 customers and a million purchase lines the
analysis must take about a second, and most of that second would go into turning
rows into Python objects. So the database is read in three set-based queries (live
customers, purchase lines, interactions) that cross into Python as whole columns
(``store.columns``), and everything after that is numpy over arrays indexed by
customer: per-customer sums over any window of days are binary searches on rows
sorted by (customer, day) (:class:`Series`), never a loop over customers.

Conventions (stated to the owner in the help texts of ``domain.segments``):

- A *purchase day* is a calendar day on which the customer has at least one purchase
  line with a positive amount; same-day lines are one purchase. A day with only a
  refund or a free gift is not a purchase day (its money still counts in profit).
- Profit = revenue − cost of goods (a line without a recorded cost counts as cost 0,
  as everywhere in SmallCRM) − the service-cost setting × the customer's contacts in
  the window (visits, calls, messages, complaints, feedback, greetings; not internal
  notes): the articles' activity-based costing, kept simple.
- Everything is "as of" a day, inclusive: nothing after it is read, so an analysis
  as of last month shows what the owner would have seen then (with today's
  customers: trashed ones are left out).
- Money stays integer cents; floats appear only inside the statistical model.
"""

from __future__ import annotations

import calendar
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

import numpy as np
from peewee import Case, fn

from smallcrm import settings
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store import columns
from smallcrm.store.models import Customer, Interaction, Purchase

T = TypeVar("T")
EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
NO_DAY = 1 << 40  # "never": later than any real day
INTERACTION_KINDS = ("visit", "call", "message", "complaint", "feedback", "greeting", "note")
SERVICE_KINDS = ("visit", "call", "message", "complaint", "feedback", "greeting")  # what the service cost counts
COMPLAINT = INTERACTION_KINDS.index("complaint") + 1
MARKED_REASONS = ("natural", "competitive", "fault")  # owner-recorded churn reasons, codes 1..3; 4: none recorded

# Profit tiers, in ascending order of worth (a move up is an upgrade).
TIERS = ("loss", "none", "medium", "high")
LOSS, NONE, MEDIUM, HIGH = range(4)

# RFM groups from the recency score (rows, 1..5) and the frequency-monetary score
# (columns, 1..5): the widely used R×F segment map, with F replaced by
# FM = round((F + M) / 2) so that spending counts too.
RFM_GROUPS = (
    "champions",
    "loyal",
    "potential_loyalist",
    "new",
    "promising",
    "need_attention",
    "about_to_sleep",
    "at_risk",
    "cant_lose",
    "hibernating",
)
_G = {name: i for i, name in enumerate(RFM_GROUPS)}
RFM_MAP = np.array(
    [
        # FM:  1                  2                  3                  4                 5
        [_G["hibernating"], _G["hibernating"], _G["at_risk"], _G["at_risk"], _G["cant_lose"]],  # R = 1
        [_G["hibernating"], _G["hibernating"], _G["at_risk"], _G["at_risk"], _G["cant_lose"]],  # R = 2
        [_G["about_to_sleep"], _G["about_to_sleep"], _G["need_attention"], _G["loyal"], _G["loyal"]],  # R = 3
        [_G["promising"], _G["potential_loyalist"], _G["potential_loyalist"], _G["loyal"], _G["loyal"]],  # R = 4
        [_G["new"], _G["potential_loyalist"], _G["potential_loyalist"], _G["champions"], _G["champions"]],  # R = 5
    ],
    dtype=np.int8,
)

AGE_BANDS = ("under_25", "25_34", "35_44", "45_54", "55_64", "65_plus", "unknown")
AGE_EDGES = (25, 35, 45, 55, 65)

LIFECYCLE = ("potential", "new", "satisfied", "retained", "loyal")
POTENTIAL, NEW, SATISFIED, RETAINED, LOYAL = range(5)
# The lifecycle rules' numbers (the help text in domain.segments spells them out).
RECENT_MONTHS = 12  # retained and loyal customers bought within this many months
RETAINED_MIN_DAYS = 3  # purchase days
LOYAL_MIN_DAYS = 6  # purchase days
LOYAL_MIN_MONTHS = 24  # since the first purchase
GOOD_SCORE = 4  # a satisfaction score this high makes a one-time buyer 'satisfied'
UNHAPPY_SCORE = 2  # a latest score this low (or an open complaint) holds a customer below 'retained'


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01 (what ``store.columns.epoch_day`` computes in SQL)."""
    return day.toordinal() - EPOCH_ORDINAL


def day_date(number: int) -> dt.date:
    return dt.date.fromordinal(int(number) + EPOCH_ORDINAL)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day of month, clamped to the month's end (31 March − 1 month = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


# --- Settings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    """The analysis settings (``smallcrm.settings``), checked once."""

    window_months: int = 12
    service_cost_cents: int = 1000
    high_profit_percent: int = 80
    no_profit_cents: int = 0
    at_risk_percent: int = 50
    lost_percent: int = 20
    rule_at_risk_days: int = 180
    rule_lost_days: int = 365
    clv_months: int = 12
    clv_discount_percent: int = 10

    _KEYS: ClassVar[dict[str, tuple[str, int, int]]] = {
        "window_months": ("analysis_window_months", 1, 120),
        "service_cost_cents": ("service_cost_cents", 0, 10**9),
        "high_profit_percent": ("tier_high_profit_percent", 0, 100),
        "no_profit_cents": ("tier_no_profit_cents", 0, 10**9),
        "at_risk_percent": ("churn_at_risk_percent", 0, 100),
        "lost_percent": ("churn_lost_percent", 0, 100),
        "rule_at_risk_days": ("churn_rule_at_risk_days", 1, 36500),
        "rule_lost_days": ("churn_rule_lost_days", 1, 36500),
        "clv_months": ("clv_months", 1, 600),
        "clv_discount_percent": ("clv_discount_percent", 0, 1000),
    }

    @classmethod
    def from_settings(cls) -> Config:
        values: dict[str, int] = {}
        for attr, (key, lo, hi) in cls._KEYS.items():
            value = settings.get(key)
            if not lo <= value <= hi:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "The setting {key} must be between {lo} and {hi}, not {value}."),
                    key=key,
                    lo=lo,
                    hi=hi,
                    value=value,
                )
            values[attr] = value
        config = cls(**values)
        if config.lost_percent > config.at_risk_percent or config.rule_lost_days < config.rule_at_risk_days:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "A customer must be at risk before being lost: check the churn settings "
                    "(lost below at-risk, lost days above at-risk days).",
                )
            )
        return config


# --- Window queries over sorted rows ------------------------------------------------------


class Series:
    """Rows of one kind for n customers, sorted by (customer, day), with per-customer
    counts and sums over day windows found by binary search on one combined key.

    ``pos(d)`` is, for every customer, the index just past their last row on or before
    day ``d`` (``d`` a scalar, a per-customer array, or any array broadcasting against
    the customers); their rows on days in (a, b] are ``pos(a):pos(b)``.
    """

    def __init__(self, cust: np.ndarray, day: np.ndarray, n: int, **values: np.ndarray) -> None:
        key_base = int(day.min()) if len(day) else 0
        span = (int(day.max()) - key_base + 2) if len(day) else 2
        key = cust.astype(np.int64) * span + (day - key_base)
        if len(key) > 1 and not bool(np.all(key[1:] >= key[:-1])):
            order = np.argsort(key, kind="stable")  # stable: same-day rows keep their id order
            key, cust, day = key[order], cust[order], day[order]
            values = {k: v[order] for k, v in values.items()}
        self.n = n
        self.cust = cust
        self.day = day
        self.values = values
        self._base = key_base
        self._span = span
        self._key = key
        self._rows = np.arange(n, dtype=np.int64) * span
        self._cums: dict[str, np.ndarray] = {}
        self._pos: dict[int, np.ndarray] = {}  # by scalar day: the analysis asks for the as-of day often
        rows_per_customer = np.bincount(cust, minlength=n) if len(cust) else np.zeros(n, dtype=np.int64)
        self.end = np.cumsum(rows_per_customer)
        self.start = self.end - rows_per_customer

    def __len__(self) -> int:
        return len(self.day)

    def pos(self, day: Any) -> np.ndarray:
        if np.ndim(day) == 0:
            d = int(day)
            if d < self._base:
                return self.start
            if d >= self._base + self._span - 2:  # on or after the last day
                return self.end
            if d not in self._pos:
                self._pos[d] = np.searchsorted(self._key, self._rows + (d - self._base), side="right")
            return self._pos[d]
        rel = np.clip(np.asarray(day, dtype=np.int64) - self._base, -1, self._span - 1)
        return np.searchsorted(self._key, self._rows + rel, side="right")

    def cum(self, name: str) -> np.ndarray:
        if name not in self._cums:
            self._cums[name] = np.concatenate(([0], np.cumsum(self.values[name], dtype=np.int64)))
        return self._cums[name]

    def count(self, after: Any, upto: Any) -> np.ndarray:
        """Rows on days in (after, upto], per customer."""
        return self.pos(upto) - self.pos(after)

    def sum(self, name: str, after: Any, upto: Any) -> np.ndarray:
        c = self.cum(name)
        return c[self.pos(upto)] - c[self.pos(after)]

    def last(self, name: str, upto: Any, missing: int) -> np.ndarray:
        """The value of each customer's last row on or before ``upto`` (``missing`` if none)."""
        p = self.pos(upto)
        has = p > self.start
        src = self.day if name == "day" else self.values[name]
        return np.where(has, src[np.maximum(p - 1, 0)] if len(src) else missing, missing)

    def cumulative(self, days: np.ndarray, *names: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Per customer and each of the ascending ``days``: the number of rows on or
        before that day, and the sums of the named values (customers × days). One pass
        over the rows (a bincount) instead of a search per day."""
        days = np.asarray(days, dtype=np.int64)
        key, early = self._slots(days)
        counted = _running(key, None, self.n, len(days))
        sums = {name: _running(key, self.values[name][early], self.n, len(days)) for name in names}
        return counted, sums

    def _slots(self, days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each row's slot in a days × customers table (its day's bin: the first of the
        ascending ``days`` on or after it), for the rows on or before the last day; and
        which rows those are."""
        # The bins from a table over the rows' days.
        by_day = np.searchsorted(days, np.arange(self._base, self._base + self._span), side="left")
        bins = by_day[self.day - self._base] if len(self.day) else np.zeros(0, dtype=np.int64)
        early = bins < len(days)  # rows after the last day count nowhere
        # Day-major layout: the running sum adds whole rows of n customers at a time.
        return bins[early] * self.n + self.cust[early], early

    def first_day(self) -> np.ndarray:
        """Each customer's first day (NO_DAY if none)."""
        has = self.end > self.start
        return np.where(has, self.day[np.minimum(self.start, max(len(self.day) - 1, 0))] if len(self) else 0, NO_DAY)


def _running(key: np.ndarray, weights: np.ndarray | None, n: int, k: int) -> np.ndarray:
    """Customers × days running counts (``weights`` None) or sums over rows in the
    day-major slots ``key`` (:meth:`Series._slots`)."""
    out = np.bincount(key, weights=None if weights is None else weights.astype(np.float64), minlength=n * k)
    out = out.reshape(k, n)
    np.cumsum(out, axis=0, out=out)
    if weights is not None:
        out = np.rint(out).astype(np.int64)  # sums of cents: exact below 2^53
    return out.T  # customers × days (a view)


def running_total(days: Any, *terms: tuple[Series, str, int]) -> np.ndarray:
    """Customers × ascending ``days``: the sum over ``terms`` (series, value name, factor)
    of factor × the value on the series' rows on or before each day. One bincount and one
    running sum for all the terms instead of one each (the KPIs' profit: purchase days'
    profit minus the service cost of each contact); exact below 2^53 like ``cumulative``."""
    days = np.asarray(days, dtype=np.int64)
    slots = [series._slots(days) for series, _, _ in terms]
    key = np.concatenate([slot for slot, _ in slots])
    weights = np.concatenate(
        [series.values[name][early] * factor for (series, name, factor), (_, early) in zip(terms, slots, strict=True)]
    )
    return _running(key, weights, terms[0][0].n, len(days))


# --- Facts ---------------------------------------------------------------------------------


@dataclass(eq=False)
class Facts:
    """The live customers and their purchase days and interactions up to ``as_of``."""

    as_of: dt.date
    today: int  # day_number(as_of)
    ids: np.ndarray  # customer ids, ascending; index i everywhere below is ids[i]
    staff: np.ndarray  # staff id, 0: nobody
    created: np.ndarray  # day the customer was entered
    marked_day: np.ndarray  # day the owner marked them churned, NO_DAY if not
    marked_reason: np.ndarray  # 1..3: MARKED_REASONS, 4: marked without a reason, 0: not marked
    birth_year: np.ndarray  # 0: unknown
    birth_month: np.ndarray
    birth_day: np.ndarray
    birth_lunar: np.ndarray  # bool
    income: np.ndarray  # index into income_bands
    income_bands: list[str]  # the incomes as written (stripped), '' = not recorded; segments groups them into bands
    days: Series  # purchase days (any line): amount, profit (amount − cost), buy (a positive line)
    buys: Series  # purchase days with a positive line: amount
    contacts: Series  # interactions: kind (1-based INTERACTION_KINDS), sat (0: none), service (0/1)
    complaints: Series  # complaints by the day opened
    resolutions: Series  # complaints by the day resolved
    scores: Series  # interactions with a satisfaction score: sat
    known: np.ndarray = field(init=False)  # day the customer first appears (entered, bought or contacted)

    def __post_init__(self) -> None:
        first_contact = self.contacts.first_day()
        self.known = np.minimum(np.minimum(self.created, self.days.first_day()), first_contact)

    @property
    def n(self) -> int:
        return len(self.ids)


def _parse(chunks: list[str]) -> np.ndarray:
    if not chunks:
        return np.zeros(0, dtype=np.int64)
    return np.concatenate([np.fromstring(text, dtype=np.int64, sep=",") for text in chunks])


def _parse_days(chunks: list[str], count: int) -> np.ndarray | None:
    """Days since 1970 from ``count`` ISO dates or date-times written back to back, all
    of one width ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'); None for anything else."""
    raw = "".join(chunks)
    if count == 0:
        return np.zeros(0, dtype=np.int64) if not raw else None
    width, extra = divmod(len(raw), count)
    if extra or width not in (10, 19):
        return None
    try:
        b = np.frombuffer(raw.encode("ascii"), dtype=np.uint8).reshape(count, width)
    except UnicodeEncodeError:
        return None
    digit_columns = b[:, [0, 1, 2, 3, 5, 6, 8, 9]] - np.uint8(48)  # '0'..'9' -> 0..9, anything else > 9
    if (digit_columns > 9).any() or (b[:, 4] != 45).any() or (b[:, 7] != 45).any():
        return None
    c = [digit_columns[:, i].astype(np.int32) for i in range(8)]
    y = c[0] * 1000 + c[1] * 100 + c[2] * 10 + c[3]
    m = c[4] * 10 + c[5]
    d = c[6] * 10 + c[7]
    if (m < 1).any() or (m > 12).any() or (d < 1).any() or (d > 31).any():
        return None
    # Days from the civil date (Howard Hinnant's algorithm), vectorised.
    y = y - (m <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * np.where(m > 2, m - 3, m + 9) + 2) // 5 + d - 1
    return (era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468).astype(np.int64)


_UNIT_SEPARATOR = "\x1f"  # between free texts (income bands): a control character nobody types


@dataclass(frozen=True)
class _Read:
    """Integer columns, then date columns (as days since 1970), then NOT NULL text
    columns of one table's rows matching ``where``."""

    model: Any
    ints: list[Any]
    where: Any = None
    dates: tuple[Any, ...] = ()
    words: tuple[Any, ...] = ()

    def plan(self) -> columns.ColumnRead:
        texts = [(d, "") for d in self.dates] + [(w, _UNIT_SEPARATOR) for w in self.words]
        return columns.plan(self.model, self.ints, self.where, texts=texts)

    def decode(self, texts: list[list[str]]) -> tuple[list[np.ndarray], list[list[str]]]:
        decoded = self._decode(texts, whole=True)
        assert decoded is not None
        return decoded

    def decode_part(self, texts: list[list[str]]) -> tuple[list[np.ndarray], list[list[str]]] | None:
        """Like :meth:`decode` for some of the row ranges; None when a value is not plain
        text (the fallbacks re-read the whole table: decode the whole read instead)."""
        return self._decode(texts, whole=False)

    def _decode(self, texts: list[list[str]], whole: bool) -> tuple[list[np.ndarray], list[list[str]]] | None:
        n_ints, n_dates = len(self.ints), len(self.dates)
        out = [_parse(chunks) for chunks in texts[:n_ints]]
        count = len(out[0])
        for expr, chunks in zip(self.dates, texts[n_ints : n_ints + n_dates], strict=True):
            days = _parse_days(chunks, count)
            if days is None:  # not plain ISO text: let SQLite convert each value
                if not whole:
                    return None
                days = _parse(columns.int_columns(self.model, [columns.epoch_day(expr)], self.where)[0])
            out.append(days)
        lists: list[list[str]] = []
        for expr, chunks in zip(self.words, texts[n_ints + n_dates :], strict=True):
            values = _UNIT_SEPARATOR.join(chunks).split(_UNIT_SEPARATOR) if count else []
            if len(values) != count:  # the separator inside a value: read them one by one
                if not whole:
                    return None
                query = self.model.select(expr).where(self.where).order_by(self.model._meta.primary_key)
                values = [v for (v,) in query.tuples()]
            lists.append(values)
        return out, lists


def _read_all(*reads: _Read) -> list[tuple[list[np.ndarray], list[list[str]]]]:
    """Plan every read, run the queries, decode.

    On two threads when it may: SQLite lets go of the GIL while it runs a query, so a
    helper thread with its own connection reads half of the work on a second core. The
    first read (the purchase lines, most of the work) is split by its row ranges, every
    other one between the two threads; each thread decodes what only it read. Not
    inside a transaction (the helper could not see its writes) nor on an in-memory file.
    """
    plans = [r.plan() for r in reads]
    if len(reads) < 2 or not _can_read_beside():
        texts = columns.run(plans)
        return [r.decode(t) for r, t in zip(reads, texts, strict=True)]
    ranges = [columns.ColumnRead([query], plans[0].columns) for query in plans[0].queries]
    mine, theirs = ranges[0::2], ranges[1::2]
    my_reads, their_reads = list(range(1, len(reads), 2)), list(range(2, len(reads), 2))
    head = reads[0]

    def helper() -> tuple[list[list[list[str]]], list[Any], list[Any]]:
        from smallcrm.store.db import db

        try:
            texts = columns.run([*theirs, *(plans[i] for i in their_reads)])
            parts = [head.decode_part(t) for t in texts[: len(theirs)]]
            decoded = [reads[i].decode(t) for i, t in zip(their_reads, texts[len(theirs) :], strict=True)]
            return texts[: len(theirs)], parts, decoded
        finally:
            db.close()  # this thread's own connection

    wait = beside(helper)
    try:
        texts = columns.run([*mine, *(plans[i] for i in my_reads)])
        my_parts = [head.decode_part(t) for t in texts[: len(mine)]]
        decoded = {i: reads[i].decode(t) for i, t in zip(my_reads, texts[len(mine) :], strict=True)}
    finally:
        their_texts, their_parts, their_decoded = wait()
    decoded.update(zip(their_reads, their_decoded, strict=True))
    # The first read's ranges back in their order (the rows stay in the file's order).
    in_order: list[Any] = [None] * len(ranges)
    in_order[0::2], in_order[1::2] = my_parts, their_parts
    if in_order and all(part is not None for part in in_order):
        columns_of = [np.concatenate([p[0][c] for p in in_order]) for c in range(len(in_order[0][0]))]
        words = [[w for p in in_order for w in p[1][c]] for c in range(len(in_order[0][1]))]
        first = (columns_of, words)
    else:  # no rows, or some value needs the whole-table fallback
        in_order[0::2], in_order[1::2] = texts[: len(mine)], their_texts
        first = head.decode([[chunk for part in in_order for chunk in part[c]] for c in range(plans[0].columns)])
    return [first, *(decoded[i] for i in range(1, len(reads)))]


def beside(fn: Callable[[], T]) -> Callable[[], T]:
    """Start ``fn`` on a helper thread; the returned function waits for its result (or
    raises its exception). For numpy work that lets go of the GIL, on a second core."""
    box: list[Any] = []

    def run() -> None:
        try:
            box.append((True, fn()))
        except BaseException as exc:  # handed to whoever waits
            box.append((False, exc))

    thread = threading.Thread(target=run, name="smallcrm-analysis", daemon=True)
    thread.start()

    def wait() -> T:
        thread.join()
        ok, value = box[0]
        if not ok:
            raise value
        return value

    return wait


def _can_read_beside() -> bool:
    from smallcrm.store.db import db

    name = str(db.database or "")
    return bool(name) and name != ":memory:" and not name.startswith("file::memory:") and not db.in_transaction()


def load_facts(as_of: dt.date | None = None) -> Facts:
    """Read everything the analysis needs, as of ``as_of`` (default today), inclusive."""
    as_of = as_of or dt.date.today()
    today = day_number(as_of)
    live = Customer.deleted_at.is_null()
    reason = Case(
        Customer.churn_reason, [(r, i) for i, r in enumerate(MARKED_REASONS, start=1)], len(MARKED_REASONS) + 1
    )
    birth = (
        fn.COALESCE(Customer.birth_year, 0) * 10000
        + fn.COALESCE(Customer.birth_month, 0) * 100
        + fn.COALESCE(Customer.birth_day, 0)
        + (Customer.birth_calendar == "lunar") * 100_000_000
    )
    churned = Customer.churn_status == "churned"
    customer_read = _Read(
        Customer,
        [
            Customer.id,
            fn.COALESCE(Customer.staff, 0),
            Case(None, [(churned, reason)], 0),
            # Marked churned without a date: since the record last changed (the best the file knows).
            # Only for the churned: julianday() on every customer was ~10 % of this read.
            Case(None, [(churned, columns.epoch_day(fn.COALESCE(Customer.churned_on, Customer.updated_at)))], 0),
            birth,
        ],
        live,
        dates=(Customer.created_at,),
        words=(Customer.income_band,),
    )
    purchase_read = _Read(
        Purchase,
        [Purchase.customer, Purchase.amount_cents, fn.COALESCE(Purchase.cost_cents, 0)],
        dates=(Purchase.date,),
    )
    kind = Case(Interaction.kind, [(k, i) for i, k in enumerate(INTERACTION_KINDS, start=1)], 0)
    interaction_read = _Read(
        Interaction,
        [
            Interaction.customer,
            kind,
            fn.COALESCE(Interaction.satisfaction, 0),
            Interaction.status == "resolved",
            # Only complaints are resolved (below); for the rest a short 0 instead of
            # julianday() and a 20-digit NULL_INT on every row.
            Case(None, [(Interaction.kind == "complaint", columns.epoch_day(Interaction.resolved_at))], 0),
        ],
        dates=(Interaction.at,),
    )
    purchase_data, customer_data, interaction_data = _read_all(purchase_read, customer_read, interaction_read)
    (cid, staff, marked, marked_day, birth_code, created), (income_text,) = customer_data
    order = np.argsort(cid, kind="stable")
    cid, staff, marked, marked_day, birth_code, created = (
        a[order] for a in (cid, staff, marked, marked_day, birth_code, created)
    )
    n = len(cid)
    marked_day = np.where((marked > 0) & (marked_day != columns.NULL_INT), marked_day, NO_DAY)
    marked_day = np.where((marked > 0) & (marked_day == NO_DAY), today, marked_day)
    lunar = birth_code >= 100_000_000
    birth_code = birth_code % 100_000_000
    # Row index of each customer id: a lookup table (ids are dense), -1 for trashed ones.
    lookup = np.full(int(cid[-1]) + 2 if n else 1, -1, dtype=np.int64)
    lookup[cid] = np.arange(n)

    def index_of(customer_ids: np.ndarray) -> np.ndarray:
        inside = (customer_ids >= 0) & (customer_ids < len(lookup))
        return np.where(inside, lookup[np.clip(customer_ids, 0, len(lookup) - 1)], -1)

    # Purchase lines -> purchase days.
    (p_cust, p_amount, p_cost, p_day), _ = purchase_data
    p_idx = index_of(p_cust)
    ok = (p_idx >= 0) & (p_day <= today)
    if not ok.all():
        p_idx, p_day, p_amount, p_cost = p_idx[ok], p_day[ok], p_amount[ok], p_cost[ok]
    lines = Series(p_idx, p_day, n, amount=p_amount, profit=p_amount - p_cost, buy=(p_amount > 0).astype(np.int64))
    if len(lines):
        new_day = np.ones(len(lines), dtype=bool)
        new_day[1:] = (lines.cust[1:] != lines.cust[:-1]) | (lines.day[1:] != lines.day[:-1])
        starts = np.flatnonzero(new_day)
        d_cust, d_day = lines.cust[starts], lines.day[starts]
        d_amount = np.add.reduceat(lines.values["amount"], starts)
        d_profit = np.add.reduceat(lines.values["profit"], starts)
        d_buy = np.maximum.reduceat(lines.values["buy"], starts)
    else:
        d_cust = d_day = d_amount = d_profit = d_buy = np.zeros(0, dtype=np.int64)
    days = Series(d_cust, d_day, n, amount=d_amount, profit=d_profit, buy=d_buy)
    is_buy = d_buy > 0
    buys = Series(d_cust[is_buy], d_day[is_buy], n, amount=d_amount[is_buy])

    # Interactions.
    (i_cust, i_kind, i_sat, i_resolved, i_res_day, i_day), _ = interaction_data
    i_idx = index_of(i_cust)
    ok = (i_idx >= 0) & (i_day <= today)
    i_idx, i_day, i_kind, i_sat, i_resolved, i_res_day = (
        a[ok] for a in (i_idx, i_day, i_kind, i_sat, i_resolved, i_res_day)
    )
    service_codes = [INTERACTION_KINDS.index(k) + 1 for k in SERVICE_KINDS]
    contacts = Series(i_idx, i_day, n, kind=i_kind, sat=i_sat, service=np.isin(i_kind, service_codes).astype(np.int64))
    is_complaint = i_kind == COMPLAINT
    complaints = Series(i_idx[is_complaint], i_day[is_complaint], n)
    # Resolved without a date: resolved the day it was made. Open: never (yet).
    res_day = np.where(i_res_day == columns.NULL_INT, np.where(i_resolved > 0, i_day, NO_DAY), i_res_day)
    res_day = np.maximum(res_day, i_day)
    done = is_complaint & (res_day <= today)
    resolutions = Series(i_idx[done], res_day[done], n)
    scored = (i_sat >= 1) & (i_sat <= 5)
    scores = Series(i_idx[scored], i_day[scored], n, sat=i_sat[scored])

    # Income bands as typed in the profile (free text), one index per customer. A shop has a
    # handful of distinct texts: each is stripped and coded once, then looked up per row
    # (stripping and coding every customer's text in Python loops took ~22 ms, now ~8 ms).
    stripped = {text: text.strip() for text in set(income_text)}
    bands = sorted(set(stripped.values()), key=income_sort_key)
    code = {band: i for i, band in enumerate(bands)}
    code_of_text = {text: code[band] for text, band in stripped.items()}
    income = np.fromiter(map(code_of_text.__getitem__, income_text), dtype=np.int64, count=len(income_text))[order]

    return Facts(
        as_of=as_of,
        today=today,
        ids=cid,
        staff=staff,
        created=created,
        marked_day=marked_day,
        marked_reason=marked,
        birth_year=birth_code // 10000,
        birth_month=birth_code // 100 % 100,
        birth_day=birth_code % 100,
        birth_lunar=lunar,
        income=income,
        income_bands=bands,
        days=days,
        buys=buys,
        contacts=contacts,
        complaints=complaints,
        resolutions=resolutions,
        scores=scores,
    )


def income_sort_key(band: str) -> tuple[int, float, str]:
    """Income bands in order of money: '<5千' < '5千-1万' < '1-2万' < '2万以上'; bands
    without a number by name; 'not recorded' last."""
    import re

    if not band:
        return (2, 0.0, "")
    m = re.search(r"(\d+(?:\.\d+)?)", band)
    if not m:
        return (1, 0.0, band)
    value = float(m.group(1))
    unit = re.search(r"[千kK万wW]", band[m.end() :])
    if unit:
        value *= 1000 if unit.group(0) in "千kK" else 10000
    if band.lstrip().startswith(("<", "＜", "少于", "低于")):
        value = 0.0
    return (0, value, band)


# --- Segments --------------------------------------------------------------------------------


def profit_tiers(
    profit: np.ndarray, known: np.ndarray, high_percent: int, no_profit_cents: int
) -> tuple[np.ndarray, int | None]:
    """Tier of each customer (-1 where not ``known``) and the high tier's lowest profit.

    loss: profit < 0; none: 0 ≤ profit ≤ no_profit_cents; the others are ranked by
    profit and the best of them, down to the first whose running total reaches
    ``high_percent`` % of their total profit, are high (customers tied with that last
    one too); the rest are medium.
    """
    # Whole-array selects rather than assignments through boolean masks: the KPIs tier
    # every customer at every month's end, and the masked writes were most of the time.
    earning = known & (profit > no_profit_cents)
    rest = np.where(profit < 0, np.int8(LOSS), np.int8(NONE))
    tier = np.where(earning, np.int8(MEDIUM), np.where(known, rest, np.int8(-1)))
    ranked = np.sort(profit[earning])[::-1]
    if not len(ranked) or high_percent <= 0:
        return tier, None
    running = np.cumsum(ranked)
    j = int(np.searchsorted(running * 100 >= high_percent * int(running[-1]), True))
    threshold = int(ranked[min(j, len(ranked) - 1)])
    return np.where(earning & (profit >= threshold), np.int8(HIGH), tier), threshold


def quintile_scores(values: np.ndarray) -> np.ndarray:
    """1..5: 1 + ⌊5 × (share of the customers with a strictly lower value)⌋, so equal
    values always get equal scores."""
    if not len(values):
        return np.zeros(0, dtype=np.int8)
    lo, hi = (int(values.min()), int(values.max())) if values.dtype.kind in "iu" else (0, -1)
    if lo <= hi and hi - lo <= 4 * len(values):
        # Whole numbers over a short range (days since the last purchase, purchase days):
        # count each value and take the running count below it, no sort and no binary
        # search of every value (a tenth of the time at 100,000 customers).
        below = np.cumsum(np.bincount(values - lo, minlength=hi - lo + 1))
        lower = np.concatenate(([0], below[:-1]))[values - lo]
    else:
        lower = np.searchsorted(np.sort(values), values, side="left")
    return (1 + (5 * lower) // len(values)).astype(np.int8)


def ages(facts: Facts) -> np.ndarray:
    """Completed years on the as-of day (-1 unknown); lunar birthdays count lunar years,
    as ``Birthday.age_on`` does."""
    from borax.calendars.lunardate import LunarDate

    as_of = facts.as_of
    lunar_now = LunarDate.from_solar_date(as_of.year, as_of.month, as_of.day)
    ref_year = np.where(facts.birth_lunar, lunar_now.year, as_of.year)
    ref_month = np.where(facts.birth_lunar, lunar_now.month, as_of.month)
    ref_day = np.where(facts.birth_lunar, lunar_now.day, as_of.day)
    b_day = facts.birth_day.copy()
    if not calendar.isleap(as_of.year):  # 29 February falls on the 28th in other years
        b_day[(~facts.birth_lunar) & (facts.birth_month == 2) & (b_day == 29)] = 28
    before = (facts.birth_month > ref_month) | ((facts.birth_month == ref_month) & (b_day > ref_day))
    age = ref_year - facts.birth_year - before.astype(np.int64)
    return np.where((facts.birth_year > 0) & (facts.birth_month > 0) & (age >= 0), age, -1)


def age_bands(age: np.ndarray) -> np.ndarray:
    band = np.searchsorted(np.array(AGE_EDGES), age, side="right").astype(np.int8)
    band[age < 0] = len(AGE_BANDS) - 1
    return band


@dataclass(eq=False)
class SegmentTable:
    """Every customer's segment in every dimension as of one day (-1: not in any)."""

    facts: Facts
    config: Config
    window_start: dt.date  # the profit window is (window_start, as_of]
    known: np.ndarray  # bool: a customer on the as-of day
    profit: np.ndarray  # window profit, cents (after service cost)
    revenue: np.ndarray  # window revenue, cents
    tier: np.ndarray
    high_threshold: int | None
    recency: np.ndarray  # days since the last purchase day (-1: never bought)
    frequency: np.ndarray  # purchase days
    monetary: np.ndarray  # spend up to the as-of day, cents
    r_score: np.ndarray  # 1..5, 0: never bought
    f_score: np.ndarray
    m_score: np.ndarray
    rfm: np.ndarray  # index into RFM_GROUPS
    age: np.ndarray
    age_band: np.ndarray
    lifecycle: np.ndarray
    first_buy: np.ndarray  # day, NO_DAY if never
    last_buy: np.ndarray  # day, -1 if never


def window_profit(facts: Facts, config: Config, after: Any, upto: Any) -> np.ndarray:
    """Profit per customer on days in (after, upto]: purchases minus the service cost of contacts."""
    goods = facts.days.sum("profit", after, upto)
    served = facts.contacts.sum("service", after, upto)
    return goods - served * config.service_cost_cents


def segment_table(facts: Facts, config: Config) -> SegmentTable:
    today = facts.today
    known = facts.known <= today
    start = add_months(facts.as_of, -config.window_months)
    after = day_number(start)
    profit = window_profit(facts, config, after, today)
    revenue = facts.days.sum("amount", after, today)
    tier, threshold = profit_tiers(profit, known, config.high_profit_percent, config.no_profit_cents)

    buys = facts.buys
    frequency = buys.count(-1 << 40, today)
    first_buy = np.where(frequency > 0, buys.first_day(), NO_DAY)
    last_buy = buys.last("day", today, -1)
    bought = known & (frequency > 0)
    recency = np.where(bought, today - last_buy, -1)
    monetary = facts.days.sum("amount", -1 << 40, today)
    r_score = np.zeros(facts.n, dtype=np.int8)
    f_score = np.zeros(facts.n, dtype=np.int8)
    m_score = np.zeros(facts.n, dtype=np.int8)
    r_score[bought] = quintile_scores(-recency[bought])
    f_score[bought] = quintile_scores(frequency[bought])
    m_score[bought] = quintile_scores(monetary[bought])
    rfm = np.full(facts.n, -1, dtype=np.int8)
    fm = (f_score[bought].astype(np.int64) + m_score[bought] + 1) // 2
    rfm[bought] = RFM_MAP[r_score[bought] - 1, fm - 1]

    age = ages(facts)
    band = age_bands(age)

    latest_score = facts.scores.last("sat", today, 0)
    open_complaints = facts.complaints.count(-1 << 40, today) - facts.resolutions.count(-1 << 40, today)
    unhappy = ((latest_score > 0) & (latest_score <= UNHAPPY_SCORE)) | (open_complaints > 0)
    recent = last_buy > day_number(add_months(facts.as_of, -RECENT_MONTHS))
    long_ago = first_buy <= day_number(add_months(facts.as_of, -LOYAL_MIN_MONTHS))
    life = np.full(facts.n, POTENTIAL, dtype=np.int8)
    life[bought] = NEW
    life[bought & ((frequency >= 2) | (latest_score >= GOOD_SCORE))] = SATISFIED
    retained = bought & (frequency >= RETAINED_MIN_DAYS) & recent & ~unhappy
    life[retained] = RETAINED
    life[retained & long_ago & (frequency >= LOYAL_MIN_DAYS)] = LOYAL
    life[~known] = -1

    return SegmentTable(
        facts=facts,
        config=config,
        window_start=start,
        known=known,
        profit=profit,
        revenue=revenue,
        tier=np.where(known, tier, -1).astype(np.int8),
        high_threshold=threshold,
        recency=recency,
        frequency=frequency,
        monetary=monetary,
        r_score=r_score,
        f_score=f_score,
        m_score=m_score,
        rfm=rfm,
        age=age,
        age_band=np.where(known, band, -1).astype(np.int8),
        lifecycle=life,
        first_buy=first_buy,
        last_buy=last_buy,
    )


# --- One analysis, cached until the data changes ---------------------------------------------


@dataclass(eq=False)
class Analysis:
    """Facts, segments and (on first use) the churn model and KPIs, as of one day."""

    facts: Facts
    config: Config
    segments: SegmentTable
    model: Any = None  # a churn.ChurnModel fitted earlier, to reuse instead of fitting
    _churn: Any = None
    _kpis: dict[int, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def as_of(self) -> dt.date:
        return self.facts.as_of

    @property
    def churn(self) -> Any:
        """The fitted churn model and every customer's status (``domain.churn.ChurnResult``)."""
        with self._lock:
            if self._churn is None:
                from smallcrm.domain import churn

                self._churn = churn.analyse(self.facts, self.config, self.model)
            return self._churn

    def kpis(self, months: int = 12) -> Any:
        """KPIs for the ``months`` calendar months up to the as-of day (``domain.kpis.Kpis``)."""
        churn_result = self.churn
        with self._lock:
            if months not in self._kpis:
                from smallcrm.domain import kpis

                self._kpis[months] = kpis.compute(self, churn_result, months)
            return self._kpis[months]


def analyse(as_of: dt.date | None = None, config: Config | None = None, model: Any = None) -> Analysis:
    """A fresh analysis of the open database (no cache). ``model``: a churn model fitted
    before (``Analysis.churn.model``) to reuse, e.g. after a small change to the data."""
    config = config or Config.from_settings()
    facts = load_facts(as_of)
    return Analysis(facts=facts, config=config, segments=segment_table(facts, config), model=model)


_cache_lock = threading.Lock()
_cache: dict[str, tuple[Any, Analysis]] = {}


def current(as_of: dt.date | None = None) -> Analysis:
    """The analysis as of ``as_of`` (default today), reused until the data or the
    settings change (any write moves ``store.columns.change_stamp``)."""
    as_of = as_of or dt.date.today()
    key = (as_of, columns.change_stamp())
    with _cache_lock:
        hit = _cache.get("last")
        if hit is not None and hit[0] == key:
            return hit[1]
    result = analyse(as_of)
    with _cache_lock:
        _cache["last"] = (key, result)
    return result


def forget_cache() -> None:
    with _cache_lock:
        _cache.clear()
