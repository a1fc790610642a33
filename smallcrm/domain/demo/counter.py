"""The demo shop's counter: its recent purchases recorded as sales with receipts.

The shop began selling at SmallCRM's counter ``COUNTER_DAYS`` ago. Every purchase of
a customer since then is a line of a sale (one sale per customer and day): the
product from the catalogue (``demo.catalogue``), the quantity (packaged tea by the
tin, loose tea and snacks weighed to the half 斤), the unit price, the discount that
made the price the history drew, the staff member at the counter and the payment
method in the shares a Chinese counter sees (WeChat Pay and Alipay most, cash, bank
cards). Some sales gain a line the history never had (a bag of sunflower seeds, gift
wrapping, sending by courier). People nobody knows buy too (walk-in sales, lines no
customer analysis counts); goods come back (returns linked to the lines they bring
back: the history's refunds and a few more, some of them part of a weighed line);
and a few sales were voided with a reason. Older history stays the free-text lines it
was, as an import leaves it.

The money is the history's: a converted line is paid what the history drew, so the
analysis sees the same shop; what the counter adds (the extra lines, returns, weighed
tea instead of a tin) is worked out in cents the way ``domain.sales`` does.

Speed: the rows are written in bulk (``bulk.insert_rows``), never through the
one-sale domain commands, so a 100,000-customer shop gains its counter in seconds.
Determinism: the counter draws from a stream of its own (``counter_rng``), so the
history stays the one its seed gave, and the receipts are numbered in the order of
the day as a till numbers them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import fn

from smallcrm.domain.customers import bulk
from smallcrm.domain.demo.catalogue import (
    LOOSE_TEA,
    PACKED_SNACKS,
    WEIGHED_SNACKS,
    DemoProduct,
    make_catalogue,
)
from smallcrm.domain.demo.goods import ITEMS
from smallcrm.domain.demo.picker import Picker
from smallcrm.domain.demo.purchases import FIELDS as HISTORY_FIELDS
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS
from smallcrm.domain.demo.staff import STAFF
from smallcrm.store.models import Purchase, Sale, UncountedLine
from smallcrm.store.sqlite import bulk as sqlite_bulk

COUNTER_DAYS = 120  # the last this many days (and today) were sold at the counter
WALK_IN_SHARE = 0.2  # walk-in sales for every sale to a known customer
EXTRA_RETURN = 0.002  # share of counter lines that come back (beside the history's refunds)
VOID_EVERY = 2000  # one sale in this many was voided (at least one in any shop with sales)
OWN_STAFF = 0.55  # a customer is served by their own staff member this often
STORE_CHUNK = 20_000  # sales written at a time: bounds the rows held in memory

PAYMENTS = Picker((("wechat", 48), ("alipay", 28), ("cash", 13), ("card", 9), ("other", 2)))
WALK_IN_PAYMENTS = Picker((("wechat", 45), ("alipay", 27), ("cash", 23), ("card", 4), ("other", 1)))
BUSINESS_PAYMENTS = Picker((("card", 45), ("wechat", 30), ("alipay", 15), ("other", 10)))  # wholesale, corporate
HALF_JIN = (500, 500, 1000, 1000, 1000, 1500, 2000, 2500)  # weighed quantities in thousandths of a 斤
RETURN_REASONS = (
    "茶叶受潮，客户退回", "礼盒包装破损", "口味不合适", "送礼对方不需要了", "买多了，未拆封退回", "买错了规格",
)  # fmt: skip
VOID_REASONS = ("重复录入", "选错了客户，已重新录入", "收银时按错了商品", "客户改主意，当场取消")
REFUND_REASON = "已拆封，无法再售"

PURCHASE_FIELDS = [
    *HISTORY_FIELDS,
    Purchase.sale,
    Purchase.product,
    Purchase.unit_price_cents,
    Purchase.discount_cents,
    Purchase.payment,
    Purchase.staff,
    Purchase.returns_line,
]
UNCOUNTED_FIELDS = [
    UncountedLine.reason,
    UncountedLine.sale,
    UncountedLine.customer,
    UncountedLine.purchase_id,
    UncountedLine.date,
    UncountedLine.item,
    UncountedLine.category,
    UncountedLine.quantity,
    UncountedLine.amount_cents,
    UncountedLine.cost_cents,
    UncountedLine.product,
    UncountedLine.unit_price_cents,
    UncountedLine.discount_cents,
    UncountedLine.payment,
    UncountedLine.staff,
    UncountedLine.returns_line,
    UncountedLine.note,
    UncountedLine.created_at,
]
SALE_FIELDS = [
    Sale.number,
    Sale.sold_at,
    Sale.customer,
    Sale.staff,
    Sale.payment,
    Sale.discount_cents,
    Sale.total_cents,
    Sale.note,
    Sale.returns_sale,
    Sale.reason,
    Sale.voided_at,
    Sale.void_reason,
    Sale.created_at,
]


def counter_rng(seed: int) -> random.Random:
    """The counter's own stream (string seeds are hashed with SHA-512: the same in
    every process)."""
    return random.Random(f"smallcrm-demo-counter-{seed}")


def cents_of(unit_cents: int, milli: int) -> int:
    """``unit_cents`` x ``milli``/1000, half up to the cent (as domain.sales.lines)."""
    return (unit_cents * milli + 500) // 1000 if unit_cents >= 0 else -((-unit_cents * milli + 500) // 1000)


@dataclass(slots=True)
class Line:
    product: DemoProduct
    milli: int  # quantity in thousandths
    unit_cents: int
    discount_cents: int
    amount_cents: int
    cost_cents: int | None
    channel: str = ""
    note: str = ""
    returns: Line | None = None  # a return's line: the line it brings back
    returned: bool = False  # an original line that has come back (not returned twice)
    id: int | None = None  # the purchase's (or walk-in uncounted line's) id, once stored


@dataclass(slots=True)
class DemoSale:
    sold_at: dt.datetime
    customer: int | None
    staff: int | None
    payment: str
    lines: list[Line] = field(default_factory=list)
    returns: DemoSale | None = None
    reason: str = ""
    voided_at: dt.datetime | None = None
    void_reason: str = ""
    has_returns: bool = False
    id: int | None = None
    number: str = ""  # the receipt's number, given when the day's sales are all known
    at_text: str = ""  # sold_at as the database keeps it ('2026-12-08 09:30:55'), made once

    @property
    def total(self) -> int:
        return sum(line.amount_cents for line in self.lines)


class Counter:
    """Collects the customers' recent purchase lines while the history is made (``take``)
    and writes the counter's catalogue, sales, returns and voids at the end (``write``)."""

    def __init__(self, run: Run, seed: int, staff_ids: list[int]) -> None:
        self.run = run
        self.rng = counter_rng(seed)
        self.first_day = HISTORY_DAYS - COUNTER_DAYS  # index into the calendar
        self.cutoff = run.cal.days[self.first_day]
        self.shifts = Picker(zip(staff_ids, (w for _, w in STAFF), strict=True))
        since = run.cal.midnight[self.first_day] + dt.timedelta(hours=8, minutes=30)
        self.products, self.products_added = make_catalogue(since)
        self.sales: list[DemoSale] = []
        self.returns: list[DemoSale] = []
        self.leftover: list[tuple[Any, ...]] = []  # refunds with nothing to return: stay free-text lines

    def take(self, cid: int, staff: int | None, kind: str, rows: list[tuple[Any, ...]], begin: int) -> None:
        """Ring up customer ``cid``'s lines of the counter's days, the tail of
        ``rows[begin:]`` (in day order), as sales, and take them out of ``rows``."""
        cutoff = self.cutoff
        k = len(rows)
        while k > begin and rows[k - 1][1] >= cutoff:
            k -= 1
        if k < len(rows):
            self._customer_sales(cid, staff, kind, rows[k:])
            del rows[k:]

    # -- making the sales ------------------------------------------------------------------------

    def write(self) -> dict[str, int]:
        """Walk-in sales, more returns, the voids, then every counter row; returns how
        many products, sales (receipts, returns included) and purchases were added."""
        sales, returns = self.sales, self.returns
        self._walk_ins(round(len(sales) * WALK_IN_SHARE))
        self._extra_returns()
        self._voids()
        if self.leftover:
            bulk.insert_rows(Purchase, HISTORY_FIELDS, self.leftover, returning_ids=False)
        purchases = self._store() + len(self.leftover)
        return {"products": self.products_added, "sales": len(sales) + len(returns), "purchases": purchases}

    def _staff(self, own: int | None) -> int:
        rng = self.rng
        return own if own is not None and rng.random() < OWN_STAFF else self.shifts.pick(rng)

    def _customer_sales(self, cid: int, own: int | None, kind: str, rows: list[tuple[Any, ...]]) -> None:
        """One sale per day the customer bought on; a refund brings back the customer's
        latest line that has not come back yet."""
        rng = self.rng
        business = kind in ("wholesale", "corporate")
        payments = BUSINESS_PAYMENTS if business else PAYMENTS
        mine: list[DemoSale] = []
        sale: DemoSale | None = None
        for row in rows:
            _cid, day, name, _category, milli, amount, _cost, channel, note, at = row
            if amount < 0:
                if not self._refund(mine, row):
                    self.leftover.append(row)
                continue
            if sale is None or sale.sold_at.date() != day:
                at += dt.timedelta(seconds=int(rng.random() * 1800))  # the history's times of day, spread out
                sale = DemoSale(at, cid, self._staff(own), payments.pick(rng))
                self.sales.append(sale)
                mine.append(sale)
            sale.lines.append(self._line(name, milli, amount, channel, note, business))
        for sale in mine:
            self._extras(sale, sale.lines[0].channel)

    def _line(self, name: str, milli: int, amount: int, channel: str, note: str, business: bool) -> Line:
        """A history line as the counter rings it up: the same goods and money, or (some
        of the packaged teas) the same tea weighed out loose at the price the history's
        discount gives."""
        product = self.products[name]
        loose = LOOSE_TEA.get(name)
        if loose is not None and not business and self.rng.random() < 0.45:
            weighed = self.products[loose]
            gross_before = product.price_cents * milli // 1000
            share = amount / gross_before if gross_before else 0.0
            milli = HALF_JIN[int(self.rng.random() * len(HALF_JIN))]
            gross = cents_of(weighed.price_cents, milli)
            paid = int(gross * share + 0.5)
            return Line(weighed, milli, weighed.price_cents, gross - paid, paid, _cost(weighed, milli), channel, note)
        gross = cents_of(product.price_cents, milli)
        return Line(product, milli, product.price_cents, gross - amount, amount, _cost(product, milli), channel, note)

    def _extras(self, sale: DemoSale, channel: str) -> None:
        """Lines the history never had: a snack beside the tea, wrapping for a gift,
        sending by courier, now and then a tea ceremony class."""
        rand = self.rng.random
        if rand() < 0.12:
            sale.lines.append(self._full(WEIGHED_SNACKS[int(rand() * len(WEIGHED_SNACKS))], HALF_JIN[int(rand() * 5)]))
        if rand() < 0.05:
            sale.lines.append(self._full(PACKED_SNACKS[int(rand() * len(PACKED_SNACKS))], 1000 * (1 + int(rand() * 3))))
        if channel != "门店" and rand() < 0.25:
            sale.lines.append(self._full("快递代发", 1000))
        r = rand()
        if r < 0.06:
            sale.lines.append(self._full("礼盒包装", 1000))
        elif r < 0.075:
            sale.lines.append(self._full("茶叶真空分装", 1000 * (1 + int(rand() * 4))))
        elif r < 0.078:
            sale.lines.append(self._full("茶艺体验课", 1000))
        for line in sale.lines:
            line.channel = line.channel or channel

    def _full(self, name: str, milli: int) -> Line:
        product = self.products[name]
        amount = cents_of(product.price_cents, milli)
        return Line(product, milli, product.price_cents, 0, amount, _cost(product, milli))

    def _refund(self, mine: list[DemoSale], row: tuple[Any, ...]) -> bool:
        """A refund of the history as a return of the customer's latest goods not yet
        back; False when the counter sold them nothing before it."""
        at = row[9]
        for sale in reversed(mine):
            if sale.sold_at >= at:
                continue
            for line in reversed(sale.lines):
                if not line.returned and line.amount_cents > 0 and line.product.category != "服务":
                    self.returns.append(self._return(sale, line, line.milli, at, REFUND_REASON))
                    return True
        return False

    def _return(self, sale: DemoSale, line: Line, milli: int, at: dt.datetime, reason: str) -> DemoSale:
        """A return bringing back ``milli`` of ``line``: the money and cost in proportion
        (all of what is left when it is the whole line), at the counter at ``at``."""
        line.returned = True
        sale.has_returns = True
        whole = milli == line.milli
        paid = line.amount_cents if whole else (line.amount_cents * milli + line.milli // 2) // line.milli
        cost = line.cost_cents
        if cost is not None and not whole:
            cost = (cost * milli + line.milli // 2) // line.milli
        back = Line(line.product, milli, line.unit_cents, 0, -paid, None if cost is None else -cost, line.channel)
        back.returns = line
        at = max(at, sale.sold_at + dt.timedelta(minutes=20))
        record = DemoSale(at, sale.customer, self._staff(sale.staff), sale.payment, [back], sale, reason)
        return record

    def _walk_ins(self, count: int) -> None:
        """Sales to people nobody knows, on the counter's days weighted as the shop's."""
        rng = self.rng
        rand = rng.random
        cal, times = self.run.cal, self.run.times
        cum = cal.cum
        lo, hi = cum[self.first_day], cum[HISTORY_DAYS + 1]
        teas = [name for name, category, _price, _ratio in ITEMS if category in ("茶叶", "坚果", "糕点", "土特产")]
        loose = sorted(set(LOOSE_TEA.values()))
        for _ in range(count):
            day = min(HISTORY_DAYS, bisect.bisect_right(cum, lo + rand() * (hi - lo)) - 1)
            at = cal.midnight[day] + times[int(rand() * len(times))] + dt.timedelta(seconds=int(rand() * 1800))
            sale = DemoSale(at, None, self.shifts.pick(rng), WALK_IN_PAYMENTS.pick(rng))
            for _line in range(1 if rand() < 0.6 else 2 if rand() < 0.75 else 3):
                r = rand()
                if r < 0.4:
                    line = self._full(WEIGHED_SNACKS[int(rand() * len(WEIGHED_SNACKS))], HALF_JIN[int(rand() * 5)])
                elif r < 0.7:
                    line = self._full(PACKED_SNACKS[int(rand() * len(PACKED_SNACKS))], 1000 * (1 + int(rand() * 2)))
                elif r < 0.85:
                    line = self._full(loose[int(rand() * len(loose))], HALF_JIN[int(rand() * 6)])
                else:
                    line = self._full(teas[int(rand() * len(teas))], 1000)
                line.channel = "门店"
                sale.lines.append(line)
            self.sales.append(sale)
            if rand() < 0.003:
                line = sale.lines[0]
                later = sale.sold_at + dt.timedelta(minutes=30 + int(rand() * 120))
                self.returns.append(self._return(sale, line, line.milli, later, RETURN_REASONS[int(rand() * 6)]))

    def _extra_returns(self) -> None:
        """Goods that came back a few days after a sale to a customer: the whole line, or
        (weighed goods, now and then) part of it, 0.5 斤 of 1.5."""
        rand = self.rng.random
        last = self.run.cal.midnight[HISTORY_DAYS] + dt.timedelta(hours=20)
        for sale in self.sales:
            if sale.customer is None or sale.has_returns:
                continue
            for line in sale.lines:
                if line.returned or line.amount_cents <= 0 or line.product.category == "服务":
                    continue
                if rand() < EXTRA_RETURN:
                    milli = line.milli
                    if line.milli > 500 and line.milli % 500 == 0 and rand() < 0.5:
                        milli = 500  # half a 斤 of it came back
                    at = min(last, sale.sold_at + dt.timedelta(days=1 + int(rand() * 10), minutes=int(rand() * 240)))
                    self.returns.append(self._return(sale, line, milli, at, RETURN_REASONS[int(rand() * 6)]))
                    break

    def _voids(self) -> None:
        """A few sales voided at the counter minutes after they were rung up."""
        rng = self.rng
        sales = self.sales
        candidates = [s for s in sales if not s.has_returns]
        if not candidates:
            return
        customers = [s for s in candidates if s.customer is not None]
        walk_ins = [s for s in candidates if s.customer is None]
        chosen = rng.sample(customers, min(len(customers), max(1, len(sales) // VOID_EVERY)))
        if walk_ins:
            chosen.append(walk_ins[int(rng.random() * len(walk_ins))])
        for sale in chosen:
            sale.voided_at = sale.sold_at + dt.timedelta(minutes=2 + int(rng.random() * 28))
            sale.void_reason = VOID_REASONS[int(rng.random() * len(VOID_REASONS))]

    # -- storing ---------------------------------------------------------------------------------

    def _store(self) -> int:
        """Sales first (ids for the lines and the returns), numbered by the day's order;
        then their lines; then the returns and theirs. Returns how many purchases (lines
        of customers' sales not voided) were added."""
        sales, returns = self.sales, self.returns
        self._number(sorted([*sales, *returns], key=lambda s: s.sold_at))  # stable: ties keep their order
        count = len(sales) + len(returns)
        with sqlite_bulk.indexes_rebuilt_after(Sale) if sqlite_bulk.worth_rebuilding(Sale, count) else nullcontext():
            added = self._store_sales(sales) + self._store_sales(returns)
        self.sales, self.returns = [], []
        return added

    def _number(self, ordered: list[DemoSale]) -> None:
        """Receipt numbers, per day in the order of the day, after any the shop has."""
        used: dict[str, int] = {}
        if ordered:
            prefix = fn.SUBSTR(Sale.number, 1, 8)
            first = ordered[0].sold_at.strftime("%Y%m%d")
            query = Sale.select(prefix, fn.MAX(Sale.number)).where(Sale.number >= first).group_by(prefix)
            for day, last in cast("Iterable[tuple[str, str]]", query.tuples()):
                used[day] = int(last[9:])
        for sale in ordered:
            text = str(sale.sold_at)  # as peewee writes a datetime
            day = text[0:4] + text[5:7] + text[8:10]
            used[day] = used.get(day, 0) + 1
            sale.number, sale.at_text = f"{day}-{used[day]:04d}", text

    def _store_sales(self, sales: list[DemoSale]) -> int:
        """``sales`` and their lines; how many of the lines are purchases. Rows go in
        with executemany, and the ids are read back by receipt number; only the few
        lines a return or a void points at are inserted one by one for their ids."""
        if not sales:
            return 0
        before = Sale.select(fn.MAX(Sale.id)).scalar() or 0
        for start in range(0, len(sales), STORE_CHUNK):
            rows = [
                (s.number, s.at_text, s.customer, s.staff, s.payment, 0, s.total, "",
                 None if s.returns is None else s.returns.id, s.reason,
                 None if s.voided_at is None else str(s.voided_at), s.void_reason, s.at_text)
                for s in sales[start : start + STORE_CHUNK]
            ]  # fmt: skip
            bulk.insert_rows(Sale, SALE_FIELDS, rows, dates_as_text=True, returning_ids=False)
        ids = dict(
            cast("Iterable[tuple[str, int]]", Sale.select(Sale.number, Sale.id).where(Sale.id > before).tuples())
        )
        for sale in sales:
            sale.id = ids[sale.number]
        purchases = 0
        for start in range(0, len(sales), STORE_CHUNK):
            plain: list[tuple[Any, ...]] = []
            walk_in: list[tuple[Any, ...]] = []
            pointed: list[tuple[Line, DemoSale]] = []  # lines whose id a return or a void needs
            for sale in sales[start : start + STORE_CHUNK]:
                for line in sale.lines:
                    if line.returned or sale.voided_at is not None:
                        pointed.append((line, sale))
                    elif sale.customer is not None:
                        plain.append(_purchase_row(line, sale))
                    else:
                        walk_in.append(_uncounted_row(line, sale, "walk_in", None))
            if plain:
                bulk.insert_rows(Purchase, PURCHASE_FIELDS, plain, dates_as_text=True, returning_ids=False)
            if walk_in:
                bulk.insert_rows(UncountedLine, UNCOUNTED_FIELDS, walk_in, dates_as_text=True, returning_ids=False)
            purchases += len(plain) + self._store_pointed(pointed)
        return purchases

    def _store_pointed(self, pointed: list[tuple[Line, DemoSale]]) -> int:
        """Lines a return brings back or a void sets aside, with their ids: a customer's
        as purchases (a voided sale's then set aside as a void does, keeping the ids they
        had), a walk-in's as uncounted lines. Returns how many stay purchases."""
        mine = [(line, sale) for line, sale in pointed if sale.customer is not None]
        theirs = [(line, sale) for line, sale in pointed if sale.customer is None]
        if mine:
            rows = [_purchase_row(line, sale) for line, sale in mine]
            new_ids = bulk.insert_rows(Purchase, PURCHASE_FIELDS, rows, dates_as_text=True)
            for (line, _sale), line_id in zip(mine, new_ids, strict=True):
                line.id = line_id
        if theirs:
            rows = [
                _uncounted_row(line, sale, "voided" if sale.voided_at else "walk_in", None) for line, sale in theirs
            ]
            new_ids = bulk.insert_rows(UncountedLine, UNCOUNTED_FIELDS, rows, dates_as_text=True)
            for (line, _sale), line_id in zip(theirs, new_ids, strict=True):
                line.id = line_id
        voided = [(line, sale) for line, sale in mine if sale.voided_at is not None]
        if voided:
            rows = [_uncounted_row(line, sale, "voided", line.id) for line, sale in voided]
            bulk.insert_rows(UncountedLine, UNCOUNTED_FIELDS, rows, dates_as_text=True, returning_ids=False)
            Purchase.delete().where(Purchase.id.in_([line.id for line, _sale in voided])).execute()
        return len(mine) - len(voided)


def _cost(product: DemoProduct, milli: int) -> int | None:
    return None if product.cost_cents is None else cents_of(product.cost_cents, milli)


def _purchase_row(line: Line, sale: DemoSale) -> tuple[Any, ...]:
    return (
        sale.customer, sale.at_text[:10], line.product.name, line.product.category, line.milli, line.amount_cents,
        line.cost_cents, line.channel, line.note, sale.at_text, sale.id, line.product.id, line.unit_cents,
        line.discount_cents, sale.payment, sale.staff, None if line.returns is None else line.returns.id,
    )  # fmt: skip


def _uncounted_row(line: Line, sale: DemoSale, reason: str, purchase_id: int | None) -> tuple[Any, ...]:
    return (
        reason, sale.id, sale.customer, purchase_id, sale.at_text[:10], line.product.name, line.product.category,
        line.milli, line.amount_cents, line.cost_cents, line.product.id, line.unit_cents, line.discount_cents,
        sale.payment, sale.staff, None if line.returns is None else line.returns.id, line.note, sale.at_text,
    )  # fmt: skip
