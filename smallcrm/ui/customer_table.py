"""The customer list as a Qt model: ids in memory, rows on demand, order in SQL.

The model holds only the ordered id list of the current query (about 1 MB at 100,000
customers) and reads the rows the view asks for in batches of :data:`BATCH` into a
cache. Searching and sorting run a new id query; there is no
QSortFilterProxyModel, which would need every row in memory.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import SQL, fn
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot

from smallcrm.domain import search
from smallcrm.store.models import Customer, Purchase
from smallcrm.ui import worker

ModelIndex = QModelIndex | QPersistentModelIndex

BATCH = 200  # rows read per query: a few screens' worth
CACHE_LIMIT = 5000  # rows kept before the cache is emptied and refilled on demand

# Named roles (ARCHITECTURE.md): views ask for the id, never for a column position.
CustomerIdRole = Qt.ItemDataRole.UserRole + 1

COL_NO, COL_NAME, COL_PHONE, COL_CITY, COL_DISTRICT, COL_LAST_PURCHASE = range(6)


def _last_purchase() -> Any:
    """Correlated subquery: the customer's latest purchase date ('' without any).

    Served by the index on purchase.customer_id, so it costs one index probe a row.
    """
    return fn.IFNULL(Purchase.select(fn.MAX(Purchase.date)).where(Purchase.customer == Customer.id), "")


# Sort keys per column; empty values sort after the rest (an unnamed customer is
# rarely the one looked for), and id last so the order is stable.
def _sort_terms(column: int, descending: bool) -> list[Any]:
    def key(expr: Any) -> list[Any]:
        empty = (fn.COALESCE(expr, "") == "").asc()
        return [empty, expr.desc() if descending else expr.asc()]

    if column == COL_NO:
        terms = key(Customer.customer_no)
    elif column == COL_PHONE:
        terms = key(Customer.phone)
    elif column == COL_CITY:
        terms = key(Customer.city) + key(Customer.district)
    elif column == COL_DISTRICT:
        terms = key(Customer.district)
    elif column == COL_LAST_PURCHASE:
        terms = key(_last_purchase())
    else:
        terms = key(Customer.name)
    if column != COL_NAME:
        terms += [Customer.name]
    return [*terms, Customer.id.desc() if descending else Customer.id.asc()]


def has_live_customers() -> bool:
    """Whether the list has anyone to show (one index probe)."""
    return Customer.select(Customer.id).where(Customer.deleted_at.is_null()).exists()


def query_ids(term: str, sort_column: int, descending: bool) -> list[int]:
    """The ordered ids of the customers the list shows; runs on a worker thread.

    Rows are read with a plain cursor: at 100,000 ids, building peewee row objects
    would cost more than the query itself.
    """
    from smallcrm.store.db import db

    query = Customer.select(Customer.id)
    cond = search.match_condition(term) if term else None
    if cond is None:
        query = query.where(Customer.deleted_at.is_null())
        order = _sort_terms(sort_column, descending)
    elif sort_column < 0:
        query = query.where(cond).select_extend(search.rank_expression(term).alias("rank"))
        order = [SQL("rank"), *_sort_terms(COL_NAME, False)]
    else:
        query = query.where(cond)
        order = _sort_terms(sort_column, descending)
    return [row[0] for row in db.execute(query.order_by(*order))]


class CustomerTableModel(QAbstractTableModel):
    """Live customers, filtered by the search box and ordered by rank or a column.

    The id query runs on the read pool (at 100,000 customers a full sort takes a
    good part of a second); the rows on screen are read on the GUI thread, a batch
    at a time, which takes a millisecond or two. When the user types faster than
    queries return, only the answer to the latest one is shown.
    """

    # Emitted after every re-query with the number of rows now shown.
    reloaded = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._term = ""
        self._sort_column = COL_NAME  # -1: best match first while searching, name otherwise
        self._descending = False
        self._ids: list[int] = []
        self._rows: dict[int, tuple[Any, ...]] = {}
        self._pending: worker.Job | None = None
        self._headers = [
            self.tr("No."),
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("City"),
            self.tr("District"),
            self.tr("Last purchase"),
        ]

    # -- state -------------------------------------------------------------------------

    @property
    def term(self) -> str:
        return self._term

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def loading(self) -> bool:
        """True while a re-query is on its way; the rows shown are the previous ones."""
        return self._pending is not None

    def set_search(self, term: str) -> None:
        """Show the customers matching ``term`` (all live customers when empty)."""
        self.set_query(term, self._sort_column, self._descending)

    def set_query(self, term: str, sort_column: int, descending: bool = False) -> None:
        """Search and order in one re-query (the window changes both at once when the
        box goes from empty to text: browsing is by name, hits by relevance)."""
        term = term.strip()
        sort_column = sort_column if 0 <= sort_column < len(self._headers) else -1
        if (term, sort_column, descending) == (self._term, self._sort_column, self._descending):
            return
        self._term, self._sort_column, self._descending = term, sort_column, descending
        self.reload()

    def reload(self) -> None:
        """Run the id query again (after a search, a sort or a change to the data)."""
        if self._pending is not None:
            self._pending.cancel()  # its answer is no longer wanted
        term, column, descending = self._term, self._sort_column, self._descending
        self._pending = worker.start(lambda _progress, _cancel: query_ids(term, column, descending))
        self._pending.finished.connect(self._ids_arrived)

    @Slot(object, object)
    def _ids_arrived(self, ids: Any, error: Any) -> None:
        if self.sender() is not self._pending:
            return  # an older query, overtaken by a newer one
        self._pending = None
        if error is not None:
            raise error  # a bug: the app's error reporter shows it
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()
        self.reloaded.emit(len(self._ids))

    # -- lookups for the view ---------------------------------------------------------------

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def _row(self, row: int) -> tuple[Any, ...] | None:
        cid = self._ids[row]
        cached = self._rows.get(cid)
        if cached is None:
            self._fetch(row)
            cached = self._rows.get(cid)
        return cached

    def _fetch(self, row: int) -> None:
        """Read the batch around ``row`` in one query (plus one for purchase dates)."""
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        start = max(0, row - BATCH // 4)  # a little above too: scrolling goes both ways
        ids = self._ids[start : start + BATCH]
        found = {
            r[0]: r
            for r in Customer.select(
                Customer.id, Customer.customer_no, Customer.name, Customer.phone, Customer.city, Customer.district
            )
            .where(Customer.id.in_(ids))
            .tuples()
        }
        last = dict(
            Purchase.select(Purchase.customer, fn.MAX(Purchase.date))
            .where(Purchase.customer.in_(ids))
            .group_by(Purchase.customer)
            .tuples()
        )
        for cid in ids:
            r = found.get(cid)
            # A customer purged meanwhile by another window shows as an empty row
            # until the next reload rather than shifting every row below it.
            self._rows[cid] = (*r[1:], last.get(cid)) if r else ("", "", "", "", "", None)

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == CustomerIdRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._row(index.row())
            if values is None:
                return None
            value = values[index.column()]
            if isinstance(value, dt.date):
                return value.isoformat()
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column in SQL; column -1 means "best match first" (or by name)."""
        self.set_query(self._term, column, order == Qt.SortOrder.DescendingOrder)
