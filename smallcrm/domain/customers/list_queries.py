"""The customer list's queries: the ordered ids of what it shows, and its rows a page at a time.

The window's list (``ui.models.customer_table``) keeps only the ordered id list of one
query (about 1 MB at 100,000 customers) and asks here for the rows it paints, a batch
of ids at a time. Searching, filtering and sorting are a new id query: every order and
filter is SQL, so no list of 100,000 rows is ever built in Python.

A row is a plain tuple as SQLite gives it (dates as ISO text), with the customer's
columns at :data:`POSITIONS` and the purchase totals of the batch (last purchase,
total spent, profit, number of purchases) beside it; the list makes each cell text
only when it is painted. The ids and rows are read with a plain cursor over
statements peewee generated: at 100,000 ids, building peewee row objects would cost
more than the query, and building the batch's query nodes anew cost more than running
them (about 6 ms of a 10 ms page).

The filters are peewee conditions on ``Customer`` (``domain.customers.filters``),
ANDed here. SQLite's spelling: ``GROUP_CONCAT`` for a customer's tags (``string_agg``
on PostgreSQL) and the cursor's ``?`` parameters.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from peewee import JOIN, SQL, DatabaseError, Field, fn

from smallcrm.domain.records import profit
from smallcrm.errors import UserError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, CustomerTag, Interaction, Purchase, Staff, Tag
from smallcrm.store.sqlite.failures import translate_db_error

ReadError = DatabaseError
"""What a list query raises when the file cannot be read (damaged, vanished, locked)."""

Row = tuple[Any, ...]


def _staff_name() -> Any:
    return Staff.select(Staff.name).where(Staff.id == Customer.staff)


def _tag_list() -> Any:
    return (
        Tag.select(fn.GROUP_CONCAT(Tag.name, SQL("', '")))  # a constant, not a parameter: see _batch_sql
        .join(CustomerTag, on=(CustomerTag.tag == Tag.id))
        .where(CustomerTag.customer == Customer.id)
    )


def _purchase_total(expr: Any) -> Any:
    return fn.IFNULL(Purchase.select(fn.SUM(expr)).where(Purchase.customer == Customer.id), 0)


def _profit() -> Any:
    """What the customer paid less cost of goods less the service cost of their contacts:
    the one profit of domain.records.profit."""
    goods = _purchase_total(Purchase.amount_cents - fn.IFNULL(Purchase.cost_cents, 0))
    return goods - profit.service_cost_sql(profit.service_cost_cents())


def _last_purchase() -> Any:
    """Correlated subquery: the latest purchase date ('' without any); one index probe
    per customer, so sorting 100,000 customers by it takes most of a second."""
    return fn.IFNULL(Purchase.select(fn.MAX(Purchase.date)).where(Purchase.customer == Customer.id), "")


def _text(field: Any) -> Callable[[], list[Any]]:
    return lambda: [field]


# Each column the list can show, by key: its SQL sort keys, ascending. The name sorts by
# its pinyin (A to Z, as Excel and a phone's contacts sort), ties by the name as written;
# phones in one national format, whatever way each number was typed.
SORTS: dict[str, Callable[[], list[Any]]] = {
    "customer_no": _text(Customer.customer_no),
    "name": _text(Customer.name_sort),
    "phone": _text(Customer.phone_norm),
    "city": lambda: [Customer.city, Customer.district],
    "district": _text(Customer.district),
    "last_purchase": lambda: [_last_purchase()],
    "revenue": lambda: [_purchase_total(Purchase.amount_cents)],
    "profit": lambda: [_profit()],
    "purchase_count": lambda: [_purchase_total(1)],
    "staff": lambda: [_staff_name()],
    "tags": lambda: [_tag_list()],
    "gender": _text(Customer.gender),
    "birthday": lambda: [Customer.birth_month, Customer.birth_day],
    "phone2": _text(Customer.phone2_norm),
    "wechat": _text(Customer.wechat),
    "email": _text(Customer.email),
    "province": _text(Customer.province),
    "street": _text(Customer.street),
    "postcode": _text(Customer.postcode),
    "occupation": _text(Customer.occupation),
    "source": _text(Customer.source),
    "churn_status": _text(Customer.churn_status),
    "created_at": _text(Customer.created_at),
}
# Computed from purchases per batch (TOTALS), not customer columns.
DERIVED = frozenset({"last_purchase", "revenue", "profit", "purchase_count"})

# The customer columns one list row holds.
_ROW_FIELDS: tuple[Field[Any], ...] = (
    Customer.id,
    Customer.customer_no,
    Customer.name,
    Customer.phone,
    Customer.city,
    Customer.district,
    Staff.name,
    Customer.gender,
    Customer.birth_calendar,
    Customer.birth_year,
    Customer.birth_month,
    Customer.birth_day,
    Customer.birth_leap,
    Customer.phone2,
    Customer.wechat,
    Customer.email,
    Customer.province,
    Customer.street,
    Customer.postcode,
    Customer.occupation,
    Customer.source,
    Customer.churn_status,
    Customer.created_at,
    Customer.phone_norm,
    Customer.phone2_norm,
)
POSITIONS: dict[str, int] = {
    **{("staff" if f.model is Staff else f.name): i for i, f in enumerate(_ROW_FIELDS)},
    "tags": len(_ROW_FIELDS),  # the tags come last, as one text
}
"""Where each value sits in a customer row of :func:`read_rows` (the customer id at 0)."""
TOTALS: dict[str, int] = {"last_purchase": 1, "revenue": 2, "profit": 3, "purchase_count": 4}
"""Where each purchase total sits in the totals row of :func:`read_rows` (the customer id at 0)."""


@functools.lru_cache(maxsize=1)
def _batch_sql(count: int) -> tuple[str, str, str]:
    """The three statements that read a page of ``count`` customers (ids as parameters):
    their rows, their purchase totals, and their service contacts (for the profit)."""
    ids = list(range(count))
    customers = (
        Customer.select(*_ROW_FIELDS, _tag_list().alias("tags"))
        .join(Staff, JOIN.LEFT_OUTER, on=(Staff.id == Customer.staff))
        .where(Customer.id.in_(ids))
    )
    purchases = (
        Purchase.select(
            Purchase.customer,
            fn.MAX(Purchase.date),
            fn.SUM(Purchase.amount_cents),
            fn.SUM(Purchase.amount_cents - fn.IFNULL(Purchase.cost_cents, SQL("0"))),
            fn.COUNT(SQL("*")),
        )
        .where(Purchase.customer.in_(ids))
        .group_by(Purchase.customer)
    )
    kinds = SQL("(" + ", ".join(f"'{kind}'" for kind in profit.SERVICE_KINDS) + ")")  # constants, not parameters
    contacts = (
        Interaction.select(Interaction.customer, fn.COUNT(SQL("*")))
        .where(Interaction.customer.in_(ids) & Interaction.kind.in_(kinds))
        .group_by(Interaction.customer)
    )
    out = []
    for query in (customers, purchases, contacts):
        sql, params = query.sql()
        if params != ids:  # the ids must be the statement's only parameters, in order
            raise AssertionError(f"unexpected parameters in {sql}")
        out.append(sql)
    return out[0], out[1], out[2]


def read_rows(ids: Sequence[int], size: int) -> dict[int, tuple[Row | None, Row | None]]:
    """Each customer's row and purchase totals, by id: one query for the customers, one
    for their purchases. ``size`` is the batch the caller reads in (at least
    ``len(ids)``): the statements always take that many ids (id 0 is never a
    customer), so their text is made once. A customer purged meanwhile (by another
    window) has no row; one without purchases or service contacts has no totals. The
    profit is domain.records.profit's: less the service cost of the contacts."""
    params = list(ids) + [0] * (size - len(ids))
    customers_sql, purchases_sql, contacts_sql = _batch_sql(size)
    found = {r[0]: r for r in db.cursor().execute(customers_sql, params).fetchall()}
    bought = {r[0]: r for r in db.cursor().execute(purchases_sql, params).fetchall()}
    served = dict(db.cursor().execute(contacts_sql, params).fetchall())
    if served:  # the profit less the service cost of the contacts, as everywhere
        cost = profit.service_cost_cents()
        for cid, contacts in served.items():
            row = bought.get(cid) or (cid, "", 0, 0, 0)
            position = TOTALS["profit"]
            bought[cid] = (*row[:position], row[position] - contacts * cost, *row[position + 1 :])
    return {cid: (found.get(cid), bought.get(cid)) for cid in ids}


def sort_terms(key: str, descending: bool) -> list[Any]:
    """ORDER BY for a column (by name when ``key`` is not one of SORTS); empty values
    sort after the rest (an unnamed customer is rarely the one looked for), then the
    name (by its pinyin, then as written: 张三 and 章三 read alike), and the id last
    so the order is stable."""
    key = key if key in SORTS else "name"
    terms: list[Any] = []
    for expr in SORTS[key]():
        if key not in DERIVED:
            terms.append((fn.COALESCE(expr, "") == "").asc())
        terms.append(expr.desc() if descending else expr.asc())
    if key == "name":
        terms.append(Customer.name.desc() if descending else Customer.name.asc())
    else:
        terms += [Customer.name_sort, Customer.name]
    return [*terms, Customer.id.desc() if descending else Customer.id.asc()]


def has_live_customers() -> bool:
    """Whether the list has anyone to show (one index probe)."""
    return bool(Customer.select(Customer.id).where(Customer.deleted_at.is_null()).exists())


def where_all(filters: Iterable[Any]) -> Any:
    """The filters (conditions on Customer) ANDed into one, or None for no filter."""
    cond = None
    for f in filters:
        cond = f if cond is None else (cond & f)
    return cond


def query_ids(term: str, sort: str | None, descending: bool, filters: Sequence[Any] = ()) -> list[int]:
    """The ordered ids of the customers the list shows: those matching ``term`` (all
    live ones for an empty term) for whom every filter holds, ordered by the column
    ``sort`` (a key of SORTS), or best match first with ``sort`` None while searching
    (by name without a search). For a worker thread: a full sort of 100,000 takes a
    good part of a second."""
    # search: 5-10 ms at import, not needed by the window's start (it reads the first page by name).
    from smallcrm.domain.customers import search

    where = where_all(filters)
    cond = search.match_condition(term) if term else None
    if cond is None:
        cond = Customer.deleted_at.is_null()
        order = sort_terms(sort or "name", descending)
    else:
        order = search.list_order(term) if sort is None else sort_terms(sort, descending)
    if where is not None:
        cond = cond & where
    return [row[0] for row in db.execute(Customer.select(Customer.id).where(cond).order_by(*order))]


def first_page_ids(term: str, filters: Sequence[Any] = (), limit: int = 100) -> list[int]:
    """The first ``limit`` hits of a search in relevance order, in milliseconds however
    many match (``search.first_list_page``); :func:`query_ids` orders all of them."""
    # search: 5-10 ms at import, not needed by the window's start (it reads the first page by name).
    from smallcrm.domain.customers import search

    return search.first_list_page(term, where_all(filters), limit)


def first_page_by_name(descending: bool, filters: Sequence[Any] = (), limit: int = 100) -> list[int]:
    """The first ``limit`` customers by name, read along the (name_sort, name) index (a
    millisecond; sorting every customer takes a sixth of a second at 100,000). The
    same rows as the start of :func:`query_ids` by name: named customers first, by the
    name's pinyin, then the name, then id."""
    # Not 'deleted_at IS NULL': without the statistics of ANALYZE (a new shop, or one
    # just upgraded), SQLite walks the deleted_at index over every live customer and
    # sorts them all (0.4 s at 100,000) instead of reading the first page off this one.
    cond = (fn.COALESCE(Customer.deleted_at, "") == "") & (Customer.name_sort != "")
    where = where_all(filters)
    if where is not None:
        cond = cond & where
    keys = (Customer.name_sort, Customer.name, Customer.id)
    order = [k.desc() for k in keys] if descending else list(keys)
    query = Customer.select(Customer.id).where(cond).order_by(*order).limit(limit)
    return [row[0] for row in db.execute(query)]


def match_kinds(term: str, filters: Sequence[Any] = ()) -> dict[str, int]:
    """What the hits of ``term`` among the filtered customers matched, counted by kind
    (``search.match_kinds``): the phones ending in the digits apart from the postcodes
    holding them."""
    # search: 5-10 ms at import, not needed by the window's start (it reads the first page by name).
    from smallcrm.domain.customers import search

    return search.match_kinds(term, where_all(filters))


def count_kinds_up_to() -> int:
    """Beyond this many hits a search is too broad for counting what they matched to help."""
    # search: 5-10 ms at import, not needed by the window's start (it reads the first page by name).
    from smallcrm.domain.customers import search

    return search.COUNT_KINDS_UP_TO


def failure(error: ReadError) -> UserError:
    """A list query's failure in the owner's words (a damaged or vanished file, a shop
    another process holds): their problem, said in one sentence, not a bug."""
    return translate_db_error(error, db.database or "")
