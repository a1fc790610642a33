"""The facts behind every analysis screen: the live customers, their purchase days and
interactions up to a day, read once.

Why it is built this way: at 100,000 customers and a million purchase lines the
analysis must take about a second, and most of that second would go into turning
rows into Python objects. So the database is read in three set-based queries (live
customers, purchase lines, interactions) that cross into Python as whole columns
(``store.sqlite.columns``), and everything after that is numpy over arrays indexed by
customer: per-customer sums over any window of days are binary searches on rows
sorted by (customer, day) (``analysis.series``), never a loop over customers.

Why the purchase lines and not sums that SQLite works out (issue 17 asked; measured on
the 100,000-customer demo shop, 1,014,139 lines, SQLite's CPU time, load 2): the four
columns as texts take 290 ms, where a bare sqlite3 fetch of the rows takes 786 ms.
Grouping costs SQLite more than that, because the amounts are not in any index: per
customer, sums and first and last day, 468 ms through the (customer_id, date) index
and a table lookup per line, 555 ms scanning with a sorter (first and last day alone,
from the index only, 273 ms); per customer and month 1,704 ms; per customer and day
1,384 ms. And the sums would not replace the lines: the KPIs judge every customer at
every month's end (purchase days and last day up to each), the profit tiers need
profit up to each of some 25 days, the cohort chart every month with a purchase, and
there are 970,183 purchase days and 583,864 customer-months for 1,014,139 lines, so
rows per customer and month or day would be nearly as many as the lines.

Conventions (stated to the owner in the help texts of ``analysis.segment_names``):

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

import datetime as dt
import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
from peewee import Case, fn

from smallcrm.domain.analysis.series import NO_DAY, Series, day_number
from smallcrm.domain.records.profit import SERVICE_KINDS  # one definition of a service contact
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Interaction, Purchase
from smallcrm.store.sqlite import columns

T = TypeVar("T")
INTERACTION_KINDS = ("visit", "call", "message", "complaint", "feedback", "greeting", "note")
COMPLAINT = INTERACTION_KINDS.index("complaint") + 1
MARKED_REASONS = ("natural", "competitive", "fault")  # owner-recorded churn reasons, codes 1..3; 4: none recorded


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
    raises its exception). For numpy work that lets go of the GIL, on a second core;
    when there is none to spare (:func:`spare_core`), ``fn`` runs here and now."""
    box: list[Any] = []

    def run() -> None:
        try:
            box.append((True, fn()))
        except BaseException as exc:  # handed to whoever waits
            box.append((False, exc))

    thread = threading.Thread(target=run, name="smallcrm-analysis", daemon=True) if spare_core() else None
    if thread is None:
        run()
    else:
        thread.start()

    def wait() -> T:
        if thread is not None:
            thread.join()
        ok, value = box[0]
        if not ok:
            raise value
        return value

    return wait


def spare_core() -> bool:
    """Whether a second thread of the analysis would find a core to itself: the last
    minute's load average leaves one free besides this work.

    On a machine whose cores are taken by other programs the helper threads cost more
    than they give: they wait for a core, for the GIL held by a thread that is itself
    waiting, and (reading) for pages their own connection has not cached yet. Measured
    on 2 cores at load 2.3-3.0, all segments and 12 months of KPIs at 100,000 customers,
    11 interleaved rounds: 1,593 ms with the helpers, 1,282 ms without (another run:
    1,852 and 1,640); at load 5, 1,396 ms of CPU time against 1,148. With a core to
    spare they read half the purchase lines and work out the KPIs' profit beside the rest.
    Windows has no load average: assume a core to spare, as on most desktops."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return True
    return load + 1 <= (os.cpu_count() or 1)


def _can_read_beside() -> bool:

    name = str(db.database or "")
    in_memory = name == ":memory:" or name.startswith("file::memory:")
    return bool(name) and not in_memory and not db.in_transaction() and spare_core()


def load_facts(as_of: dt.date | None = None) -> Facts:
    """Read everything the analysis needs, as of ``as_of`` (default today), inclusive."""
    as_of = as_of or dt.date.today()
    today = day_number(as_of)
    purchase_data, customer_data, interaction_data = _read_all(_purchase_read(), _customer_read(), _interaction_read())
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

    days, buys = _purchase_days(purchase_data[0], index_of, today, n)
    contacts, complaints, resolutions, scores = _contact_series(interaction_data[0], index_of, today, n)
    income, bands = _income_codes(income_text)
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
        income=income[order],
        income_bands=bands,
        days=days,
        buys=buys,
        contacts=contacts,
        complaints=complaints,
        resolutions=resolutions,
        scores=scores,
    )


def _customer_read() -> _Read:
    """The live customers: id, staff, the churn reason and day the owner marked, the
    birthday as one number (lunar ones above 10^8), created; the income band's text."""
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
    return _Read(
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
        Customer.deleted_at.is_null(),
        dates=(Customer.created_at,),
        words=(Customer.income_band,),
    )


def _purchase_read() -> _Read:
    """Every purchase line: customer, amount, cost (0 when not recorded), day."""
    return _Read(
        Purchase,
        [Purchase.customer, Purchase.amount_cents, fn.COALESCE(Purchase.cost_cents, 0)],
        dates=(Purchase.date,),
    )


def _interaction_read() -> _Read:
    """Every contact: customer, kind (as its index), satisfaction, resolved and the day
    it was (complaints only), day."""
    kind = Case(Interaction.kind, [(k, i) for i, k in enumerate(INTERACTION_KINDS, start=1)], 0)
    return _Read(
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


def _purchase_days(
    data: Sequence[np.ndarray], index_of: Callable[[np.ndarray], np.ndarray], today: int, n: int
) -> tuple[Series, Series]:
    """Purchase lines -> purchase days (amount, profit, whether anything was bought,
    summed per customer and day), and the days something was bought."""
    p_cust, p_amount, p_cost, p_day = data
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
    return days, Series(d_cust[is_buy], d_day[is_buy], n, amount=d_amount[is_buy])


def _contact_series(
    data: Sequence[np.ndarray], index_of: Callable[[np.ndarray], np.ndarray], today: int, n: int
) -> tuple[Series, Series, Series, Series]:
    """Contacts (kind, satisfaction, whether they cost service), complaints, the days
    complaints were resolved, and satisfaction scores."""
    i_cust, i_kind, i_sat, i_resolved, i_res_day, i_day = data
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
    return contacts, complaints, resolutions, scores


def _income_codes(income_text: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """Income bands as typed in the profile (free text): one index per customer (in
    read order) into the sorted distinct bands. A shop has a handful of distinct
    texts: each is stripped and coded once, then looked up per row (stripping and
    coding every customer's text in Python loops took ~22 ms, now ~8 ms)."""
    stripped = {text: text.strip() for text in set(income_text)}
    bands = sorted(set(stripped.values()), key=income_sort_key)
    code = {band: i for i, band in enumerate(bands)}
    code_of_text = {text: code[band] for text, band in stripped.items()}
    income = np.fromiter(map(code_of_text.__getitem__, income_text), dtype=np.int64, count=len(income_text))
    return income, bands


def income_sort_key(band: str) -> tuple[int, float, str]:
    """Income bands in order of money: '<5千' < '5千-1万' < '1-2万' < '2万以上'; bands
    without a number by name; 'not recorded' last."""
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
