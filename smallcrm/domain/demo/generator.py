"""One run of the demo generator: the phases in their fixed order, in one transaction,
with progress and cancel."""

from __future__ import annotations

import datetime as dt
from contextlib import nullcontext
from typing import Any

from smallcrm import jobs
from smallcrm.domain.customers import bulk
from smallcrm.domain.demo.counter import Counter
from smallcrm.domain.demo.customers import make_customers
from smallcrm.domain.demo.interactions import FIELDS as INTERACTION_FIELDS
from smallcrm.domain.demo.interactions import interaction_rows
from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.purchases import FIELDS as PURCHASE_FIELDS
from smallcrm.domain.demo.purchases import purchase_lines
from smallcrm.domain.demo.reminders import FIELDS as REMINDER_FIELDS
from smallcrm.domain.demo.reminders import customer_reminders, festival_reminders
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.staff import make_staff
from smallcrm.domain.demo.tags import tag_customers
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.store.db import db
from smallcrm.store.models import Interaction, Purchase, Reminder
from smallcrm.store.sqlite import bulk as sqlite_bulk

CHUNK = 2000  # customers per purchase/interaction batch: bounds memory, paces cancel checks
COUNTS = ("customers", "purchases", "interactions", "reminders", "staff", "tags", "products", "sales")


def generate(
    customers: int,
    *,
    seed: int = 1,
    today: dt.date | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> dict[str, int]:
    """Add ``customers`` demo customers with staff, tags, three years of purchases,
    interactions and open reminders to the open database, in one transaction.

    The last ``counter.COUNTER_DAYS`` days were sold at the counter: a catalogue, sales
    with receipts, staff and payment methods, walk-in sales, returns and a voided sale
    (``demo.counter``).

    Returns how many rows of each kind were added: customers, purchases,
    interactions, reminders, staff, tags (tag names), products and sales (receipts,
    returns included). Cancelling rolls back everything, so a cancelled run leaves the
    database as it was.
    """
    if customers < 0:
        raise ValueError("customers must not be negative")
    if customers == 0:  # nothing to show, so no staff or tags either
        return dict.fromkeys(COUNTS, 0)
    cancel = cancel or jobs.CancelToken()
    return _Generator(customers, seed, today or dt.date.today(), progress, cancel).run()


class _Generator:
    """One run: the phases in order, their progress, and the counts they add up.

    Phases run in a fixed order and draw from one stream (``Run``), which is what makes
    a seed reproduce the shop: customers (their hidden story decided up front), purchases
    and contacts per batch of customers, reminders, tags.
    """

    def __init__(self, n: int, seed: int, today: dt.date, progress: jobs.Progress, cancel: jobs.CancelToken) -> None:
        self.n = n
        self.run_state = Run.start(seed, today)
        self.progress = progress
        self.cancel = cancel
        self.total = 3 * n + 1
        self.seed = seed
        self.counts = dict.fromkeys(COUNTS, 0)

    def run(self) -> dict[str, int]:
        run = self.run_state
        with db.atomic():
            self.progress(0, self.total, QT_TRANSLATE_NOOP("Progress", "Creating demo customers"))
            self.cancel.check()
            staff_ids, self.counts["staff"] = make_staff(run)
            plans, rows = make_customers(
                run,
                self.n,
                staff_ids,
                lambda i: self.progress(i, self.total, QT_TRANSLATE_NOOP("Progress", "Creating demo customers")),
                self.cancel,
            )
            self.cancel.check()
            step = QT_TRANSLATE_NOOP("Progress", "Saving demo customers")
            ids = bulk.insert_customers(
                rows,
                validate=False,
                progress=lambda done, total, message="": self.progress(self.n + done, self.total, step),
                cancel=self.cancel,
            )
            self.counts["customers"] = len(ids)
            del rows
            counter = Counter(run, self.seed, staff_ids)
            # A new shop's purchase indexes are built once at the end, not a million rows in
            # random order: measured at 100,000 customers, CPU seconds of the whole run 45.8 -> 35.8.
            expected = sum(plan.purchases for plan in plans)
            with (
                sqlite_bulk.indexes_rebuilt_after(Purchase)
                if sqlite_bulk.worth_rebuilding(Purchase, expected)
                else nullcontext()
            ):
                self._history(plans, ids, staff_ids, counter)
                self.cancel.check()
                self.progress(3 * self.n, self.total, QT_TRANSLATE_NOOP("Progress", "Recording the counter's sales"))
                added = counter.write()
            self.counts["purchases"] += added["purchases"]
            self.counts["products"], self.counts["sales"] = added["products"], added["sales"]
            self._reminders(plans, ids)
            self.counts["tags"] = tag_customers(run, plans, ids)
            self.progress(self.total, self.total, QT_TRANSLATE_NOOP("Progress", "Demo data ready"))
        return self.counts

    def _history(self, plans: list[Plan], ids: list[int], staff_ids: list[int], counter: Counter) -> None:
        """Purchases and contacts, a batch of customers at a time; the purchases of the
        counter's days go to ``counter``, which writes them as sales at the end."""
        run = self.run_state
        step = QT_TRANSLATE_NOOP("Progress", "Creating purchases and contacts")
        for begin in range(0, len(plans), CHUNK):
            self.cancel.check()
            purchases: list[tuple[Any, ...]] = []
            interactions: list[tuple[Any, ...]] = []
            for plan, cid in zip(plans[begin : begin + CHUNK], ids[begin : begin + CHUNK], strict=True):
                if plan.purchases:
                    begin_rows = len(purchases)
                    purchase_lines(run, plan, cid, purchases)
                    counter.take(cid, plan.staff, plan.kind, purchases, begin_rows)
                interaction_rows(run, plan, cid, staff_ids, interactions)
            if purchases:
                bulk.insert_rows(Purchase, PURCHASE_FIELDS, purchases, returning_ids=False)
            if interactions:
                bulk.insert_rows(Interaction, INTERACTION_FIELDS, interactions, returning_ids=False)
            self.counts["purchases"] += len(purchases)
            self.counts["interactions"] += len(interactions)
            self.progress(2 * self.n + min(begin + CHUNK, len(plans)), self.total, step)

    def _reminders(self, plans: list[Plan], ids: list[int]) -> None:
        """Open reminders as a working shop has them: some overdue, some due today,
        some this week; a few done ones with their outcome; festival preparations."""
        rows = customer_reminders(self.run_state, plans, ids)
        self.cancel.check()
        if plans:
            rows += festival_reminders(self.run_state)
        if rows:
            bulk.insert_rows(Reminder, REMINDER_FIELDS, rows, returning_ids=False)
        self.counts["reminders"] = len(rows)
