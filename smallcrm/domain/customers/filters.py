"""Conditions on customers for the list's quick filters, as peewee expressions.

Each function returns a WHERE condition on ``Customer`` that a view ANDs with its
search and its other filters and orders in one query; nothing here reads customers.
The analysis adds its own the same way: segments (profit tier, RFM group, lifecycle
stage, age and income band, saved segments), churn risk, and an explicit set of ids
(the customers behind a bar of a chart). Conditions on other tables are correlated
EXISTS probes through an index, so a query that stops after the first page (the
list's first page while typing) stops early.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from peewee import SQL, ColumnBase, Node, fn

from smallcrm.domain.analysis.segment_names import CUSTOM, builtin_names, label_of, split_name
from smallcrm.domain.analysis.segments import segment_condition
from smallcrm.domain.values.birthdays import Birthday
from smallcrm.store.models import Customer, CustomerTag, Interaction, SavedSegment, Staff, Tag
from smallcrm.store.sqlite.columns import ids_select

# The segment dimensions the list filters by, in the order its menu shows them.
SEGMENT_DIMENSIONS = ("tier", "rfm", "lifecycle", "age", "income")
RISK_SEGMENTS = ("churn:at_risk", "churn:churned")


def staff_is(staff_id: int | None) -> Any:
    """Customers of one staff member; None: customers nobody is responsible for."""
    return Customer.staff.is_null() if staff_id is None else (Customer.staff == staff_id)


def has_tag(tag_id: int) -> Any:
    return fn.EXISTS(
        CustomerTag.select(SQL("1")).where((CustomerTag.customer == Customer.id) & (CustomerTag.tag == tag_id))
    )


def churn_status_is(status: str) -> Any:
    return Customer.churn_status == status


def has_open_complaint() -> Any:
    return fn.EXISTS(
        Interaction.select(SQL("1")).where(
            (Interaction.customer == Customer.id) & (Interaction.kind == "complaint") & (Interaction.status == "open")
        )
    )


def birthday_in_month(year: int, month: int) -> Any:
    """Customers whose birthday falls in solar ``month`` of ``year``: solar birthdays by
    their month, lunar ones (农历) by the lunar dates that land in that month this year,
    with the same rules as ``Birthday.in_year`` (a 30th in a 29-day month, leap months)."""
    cond = (Customer.birth_calendar != "lunar") & (Customer.birth_month == month) & Customer.birth_day.is_null(False)
    by_month: dict[tuple[int, bool], list[int]] = {}
    for m, d, leap in _lunar_dates_in(year, month):
        by_month.setdefault((m, leap), []).append(d)
    for (m, leap), days in sorted(by_month.items()):
        cond |= (
            (Customer.birth_calendar == "lunar")
            & (Customer.birth_month == m)
            & (Customer.birth_leap == leap)
            & Customer.birth_day.in_(sorted(days))
        )
    return cond


@lru_cache(maxsize=32)
def _lunar_dates_in(year: int, month: int) -> tuple[tuple[int, int, bool], ...]:
    """Every lunar birthday (month, day, leap) whose date in ``year`` lies in the solar
    month. A birthday is placed in each lunar year that touches the month (January
    is mostly in the previous lunar year), exactly as ``Birthday.in_year`` places it."""

    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    found = []
    for m in range(1, 13):
        for d in range(1, 31):
            for leap in (False, True):
                b = Birthday(m, d, None, "lunar", leap)
                if any(first <= b.in_year(y) <= last for y in (year - 1, year)):
                    found.append((m, d, leap))
    return tuple(found)


def tag_choices() -> list[tuple[int, str]]:
    """(id, name) of the tags in use, by name."""
    used = fn.EXISTS(CustomerTag.select(SQL("1")).where(CustomerTag.tag == Tag.id))  # one index probe a tag
    return [(t.id, t.name) for t in Tag.select(Tag.id, Tag.name).where(used).order_by(Tag.name)]


def staff_choices(include_inactive: bool = True) -> list[tuple[int, str, bool]]:
    """(id, name, active) of the staff, active ones first, then by name."""
    query = Staff.select(Staff.id, Staff.name, Staff.active)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee builds SQL from ==
    return [(s.id, s.name, bool(s.active)) for s in query.order_by(Staff.active.desc(), Staff.name)]


class Deferred(ColumnBase):
    """A condition made only when its query is turned into SQL.

    A computed segment (a profit tier, an RFM group) needs the whole analysis, about a
    second at a large shop: choosing the filter must not do that on the GUI thread. The
    list builds its SQL on a worker thread, and that is when ``build`` runs."""

    def __init__(self, build: Callable[[], Node]) -> None:
        super().__init__()
        self.build = build

    def __sql__(self, ctx: Any) -> Any:
        return ctx.sql(self.build())


def with_rule(condition: Any, rule: dict[str, Any]) -> Any:
    """Remember the saved-segment rule (``domain.segments``' JSON filters) that selects the
    same customers as ``condition``, so the list can save what it shows as a segment.
    Conditions without one (birthdays this month, open complaints, a chart's picked
    customers) cannot be saved."""
    condition.segment_rule = rule
    return condition


def rule_of(condition: Any) -> dict[str, Any] | None:
    # The instance's own attribute only: peewee's fn.X objects answer any attribute name.
    rule: dict[str, Any] | None = vars(condition).get("segment_rule")
    return rule


def in_ids(ids: Iterable[int]) -> Any:
    """Exactly these customers (the ones behind a bar or cell of a chart)."""

    return Customer.id.in_(ids_select(ids))


def in_segment(name: str, resolve: Callable[[str], Iterable[int]] | None = None) -> Any:
    """Customers in segment ``name`` (``domain.segments``: tier:high, rfm:champions,
    lifecycle:loyal, age:35_44, income:BAND, churn:at_risk, custom:NAME) as of the day
    the list asks. Income bands are a plain condition; the others are resolved when the
    query runs, by ``resolve(name) -> ids`` (a caller's cache) or else by the segment's
    own SQL (which analyses the file afresh)."""

    dimension, _key = split_name(name)
    if dimension == "income":
        condition = segment_condition(name)
    elif resolve is not None and dimension != CUSTOM:
        condition = Deferred(lambda: in_ids(resolve(name)))
    else:
        condition = Deferred(lambda: segment_condition(name))
    return with_rule(condition, {"segment": name})


def segment_choices() -> list[tuple[str, str, str]]:
    """(dimension, segment name, English label) for the list's segment filter: the
    built-in segments of ``SEGMENT_DIMENSIONS`` (income bands as recorded in the file),
    then the saved segments by name. Labels translate with context 'Segments' except
    saved segments' and income bands' (the shop's own words)."""

    out = []
    names = builtin_names()
    for dimension in SEGMENT_DIMENSIONS:
        for name in names:
            if name.startswith(dimension + ":"):
                out.append((dimension, name, label_of(name)))
    saved: Any = SavedSegment.select(SavedSegment.name).order_by(SavedSegment.name).tuples()
    out += [(CUSTOM, f"{CUSTOM}:{row[0]}", row[0]) for row in saved]
    return out
