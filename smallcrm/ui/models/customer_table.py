"""The customer list as a Qt model: ids in memory, rows on demand, order and filter in SQL.

The model holds only the ordered id list of the current query (about 1 MB at 100,000
customers) and reads the rows the view asks for in batches of :data:`BATCH` into a
cache, with the derived columns (last purchase, total spent, profit) computed for
that batch in one grouped query over its purchases. Searching, filtering and sorting
run a new id query; there is no QSortFilterProxyModel, which would need every row in
memory. The queries are ``domain.customers.list_queries``'s: this module knows the
columns' titles and how a cell is shown, not SQL.

A search in relevance order arrives in two steps: the first page (a LIMITed walk of
the search index, milliseconds) and then the whole ordered list of hits (a quarter of
a second when 50,000 customers match), which extends the page without moving what
is on screen. A query overtaken by a newer one is interrupted in SQLite, so fast
typing never queues up stale work.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

from smallcrm import jobs, settings
from smallcrm.domain.customers import list_queries
from smallcrm.domain.values import phones
from smallcrm.domain.values.birthdays import Birthday
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.ui.shell import worker

ModelIndex = QModelIndex | QPersistentModelIndex

BATCH = 100  # rows read per query: three screens' worth
CACHE_LIMIT = 2000  # rows kept before the cache is emptied and refilled on demand
FIRST_PAGE = 100  # rows of a search shown before the whole list of hits is ordered
AFTER_PAINT_MS = 100  # after_paint's wait when the view does not paint (hidden)

# Named roles (ARCHITECTURE.md): views ask for the id, never for a column position.
CustomerIdRole = Qt.ItemDataRole.UserRole + 1
HighlightRole = Qt.ItemDataRole.UserRole + 2  # the search term, for the delegate to mark


@dataclass(frozen=True)
class Column:
    """One column the owner can show: its title and how it is shown (its SQL sort and
    whether it is a purchase total are ``list_queries``'s, by key)."""

    key: str
    title: str  # English; QT_TRANSLATE_NOOP("CustomerTableModel", ...)
    shown: bool = False  # shown by default
    money: bool = False
    pinyin: bool = False  # the search may have matched its pinyin (names)

    @property
    def derived(self) -> bool:
        """Computed from purchases per page, not a customer column."""
        return self.key in list_queries.DERIVED


COLUMNS: tuple[Column, ...] = (
    Column("customer_no", QT_TRANSLATE_NOOP("CustomerTableModel", "No."), shown=True),
    # By the name's pinyin (A to Z, as Excel and a phone's contacts sort), ties by name.
    Column("name", QT_TRANSLATE_NOOP("CustomerTableModel", "Name"), shown=True, pinyin=True),
    # Shown and sorted in one national format, whatever way each number was typed.
    Column("phone", QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"), shown=True),
    Column("city", QT_TRANSLATE_NOOP("CustomerTableModel", "City"), shown=True),
    Column("district", QT_TRANSLATE_NOOP("CustomerTableModel", "District"), shown=True),
    Column("last_purchase", QT_TRANSLATE_NOOP("CustomerTableModel", "Last purchase"), shown=True),
    Column("revenue", QT_TRANSLATE_NOOP("CustomerTableModel", "Total spent"), money=True),
    Column("profit", QT_TRANSLATE_NOOP("CustomerTableModel", "Profit"), money=True),
    Column("purchase_count", QT_TRANSLATE_NOOP("CustomerTableModel", "Purchases")),
    Column("staff", QT_TRANSLATE_NOOP("CustomerTableModel", "Staff")),
    Column("tags", QT_TRANSLATE_NOOP("CustomerTableModel", "Tags")),
    Column("gender", QT_TRANSLATE_NOOP("CustomerTableModel", "Gender")),
    Column("birthday", QT_TRANSLATE_NOOP("CustomerTableModel", "Birthday")),
    Column("phone2", QT_TRANSLATE_NOOP("CustomerTableModel", "Phone 2")),
    Column("wechat", QT_TRANSLATE_NOOP("CustomerTableModel", "WeChat")),
    Column("email", QT_TRANSLATE_NOOP("CustomerTableModel", "Email")),
    Column("province", QT_TRANSLATE_NOOP("CustomerTableModel", "Province")),
    Column("street", QT_TRANSLATE_NOOP("CustomerTableModel", "Street")),
    Column("postcode", QT_TRANSLATE_NOOP("CustomerTableModel", "Postcode")),
    Column("occupation", QT_TRANSLATE_NOOP("CustomerTableModel", "Occupation")),
    Column("source", QT_TRANSLATE_NOOP("CustomerTableModel", "Source")),
    Column("churn_status", QT_TRANSLATE_NOOP("CustomerTableModel", "Status")),
    Column("created_at", QT_TRANSLATE_NOOP("CustomerTableModel", "Added")),
)
COLUMN_KEYS = [c.key for c in COLUMNS]
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROLES = frozenset({_DISPLAY, int(CustomerIdRole), int(HighlightRole), int(Qt.ItemDataRole.TextAlignmentRole)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COL_NO, COL_NAME, COL_PHONE, COL_CITY, COL_DISTRICT, COL_LAST_PURCHASE = range(6)
COL_REVENUE, COL_PROFIT = COLUMN_KEYS.index("revenue"), COLUMN_KEYS.index("profit")

_POS = list_queries.POSITIONS
_TOTALS = list_queries.TOTALS
_PHONES = frozenset({"phone", "phone2"})
_DERIVED = list_queries.DERIVED


def _query_ids(term: str, column: int, descending: bool, filters: Sequence[Any]) -> list[int]:
    """The ordered ids of the list by ``column`` (-1: best match first while searching)."""
    key = COLUMN_KEYS[column] if 0 <= column < len(COLUMNS) else None
    return list_queries.query_ids(term, key, descending, filters)


def _cancellable(fn: Callable[[], Any]) -> worker.JobFunction:
    """A query job that a newer query (or quitting) stops in the middle of its SQL."""

    def run(_progress: Any, cancel: Any) -> Any:
        with worker.sql_cancellable(cancel):
            return fn()

    return worker.reading(run)


class _PaintWatch(QObject):
    """Tells the model that its view is painting (see CustomerTableModel.after_paint)."""

    def __init__(self, model: CustomerTableModel) -> None:
        super().__init__(model)
        self._model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self._model._view_painting()
        return False


class Connections:
    """The SQLite connections of the queries in flight, to interrupt superseded ones."""

    def __init__(self) -> None:
        self.connections: list[sqlite3.Connection] = []

    def add(self, connection: sqlite3.Connection) -> None:
        self.connections.append(connection)

    def interrupt(self) -> None:
        for connection in self.connections:
            # Thread-safe in SQLite; a finished query ignores it; a closed connection
            # (its job is over) has nothing to stop.
            with contextlib.suppress(sqlite3.Error):
                connection.interrupt()
        self.connections.clear()


class CustomerTableModel(QAbstractTableModel):
    """Live customers, searched, filtered and ordered by relevance or a column.

    The id query runs on the read pool (at 100,000 customers a full sort takes a
    good part of a second); the rows on screen are read on the GUI thread, a batch
    at a time, which takes a few milliseconds. When the user types faster than
    queries return, only the answer to the latest one is shown.
    """

    # Emitted after every re-query with the number of rows now shown (also after a
    # search's first page, with ``complete`` False until the whole list is in).
    reloaded = Signal(int)
    # Emitted when match_counts is known for the hits now listed (after the whole list).
    matches_counted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._term = ""
        self._sort_column = COL_NAME  # -1: best match first while searching
        self._descending = False
        self._filters: list[Any] = []
        self._ids: list[int] = []
        self._row_index: dict[int, int] | None = None
        self._rows: dict[int, tuple[Any, ...]] = {}
        self._pending: worker.Job | None = None
        self._pending_rest: worker.Job | None = None
        self._rest_query: tuple[str, int, bool, list[Any]] = ("", -1, False, [])
        # Work that should wait until the list has painted (see after_paint).
        self._after_paint: dict[Callable[[], None], None] = {}
        self._after_paint_timer = QTimer(self)
        self._after_paint_timer.setSingleShot(True)
        self._after_paint_timer.timeout.connect(self._run_after_paint)
        self._loaded = False  # the list's first query has not answered yet
        self.complete = True  # False while only a search's first page is in
        self.generation = 0  # counts re-queries, so views can tell a new list from an old one
        self._headers = [QCoreApplication.translate("CustomerTableModel", c.title) for c in COLUMNS]
        self._region = "CN"  # the shop's phone region, read at each re-query (phones.display)
        # What the current search's hits matched (search.match_kinds), once counted:
        # the window says "13 phones end in 8000" apart from the postcodes holding it.
        self.match_counts: dict[str, int] = {}
        self._pending_kinds: worker.Job | None = None
        self._genders = {"M": self.tr("Male"), "F": self.tr("Female")}
        self._statuses = {"active": self.tr("Active"), "churned": self.tr("Churned")}

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
    def filters(self) -> list[Any]:
        return list(self._filters)

    @property
    def loading(self) -> bool:
        """True while a re-query is on its way (or before the first); the rows shown are
        the previous ones. Counting what the hits matched (match_counts) is part of it."""
        return (
            not self._loaded
            or self._pending is not None
            or self._pending_rest is not None
            or self._pending_kinds is not None
            or self._start_rest in self._after_paint
            or self._count_matches in self._after_paint
        )

    def set_filters(self, filters: Sequence[Any]) -> None:
        """Show only customers for whom every condition holds (peewee expressions on Customer)."""
        self._filters = list(filters)
        self.reload()

    # -- after the paint -----------------------------------------------------------------------

    def follow_paints_of(self, viewport: QWidget) -> None:
        """Watch the view that shows this model, for :meth:`after_paint`."""
        viewport.installEventFilter(_PaintWatch(self))

    def after_paint(self, call: Callable[[], None]) -> None:
        """Call ``call`` once the view has painted what it shows now (a keystroke's first
        page), so that secondary work (the rest of the hits, the profile beside the
        list) does not come before it. A zero timer started during the paint fires when
        the paint is over; if no paint comes (the view hidden), after AFTER_PAINT_MS."""
        self._after_paint[call] = None
        if not self._after_paint_timer.isActive():
            self._after_paint_timer.start(AFTER_PAINT_MS)

    def _view_painting(self) -> None:
        if self._after_paint:
            self._after_paint_timer.start(0)

    def _run_after_paint(self) -> None:
        waiting, self._after_paint = list(self._after_paint), {}
        for call in waiting:
            call()

    def set_query(self, term: str, sort_column: int, descending: bool = False) -> None:
        """Search and order in one re-query (the window changes both at once when the
        box goes from empty to text: browsing is by name, hits by relevance)."""
        term = term.strip()
        sort_column = sort_column if 0 <= sort_column < len(COLUMNS) else -1
        if not term and sort_column < 0:
            sort_column, descending = COL_NAME, False  # "best match" without a search: by name
        if (term, sort_column, descending) == (self._term, self._sort_column, self._descending):
            return
        self._term, self._sort_column, self._descending = term, sort_column, descending
        self.reload()

    def reload(self) -> None:
        """Run the id query again (after a search, a sort, a filter or a change to the data)."""
        self._cancel_pending()
        self._region = settings.get("phone_region")
        term, column, descending, filters = self._term, self._sort_column, self._descending, list(self._filters)
        if (term and column < 0) or (not term and column == COL_NAME):
            # Relevance, or browsing by name: the first page at once, the whole list
            # after it (not beside it: its rows would compete for the interpreter with
            # the first page's delivery and painting, which measured 20-50 ms later).
            if term:
                self._pending = worker.start(
                    _cancellable(lambda: list_queries.first_page_ids(term, filters, FIRST_PAGE))
                )
            else:
                self._pending = worker.start(
                    _cancellable(lambda: list_queries.first_page_by_name(descending, filters, FIRST_PAGE))
                )
            self._pending.finished.connect(self._first_page_arrived)
            self._rest_query = (term, column, descending, filters)
        else:
            self._pending = worker.start(_cancellable(lambda: _query_ids(term, column, descending, filters)))
            self._pending.finished.connect(self._ids_arrived)

    def load_first_page(self) -> None:
        """Read the list's first page here and now, on the GUI thread, so that the
        window's first paint already shows customers (start-up: MainWindow).

        Browsing by name, the first page is a LIMITed walk of the name index (about a
        millisecond at 100,000 customers), cheaper than the worker's round trip: a
        thread's own connection opened, the answer queued back, a second paint. The
        whole ordered list follows after the paint, as after any reload. Any other
        order (a sort the owner left on "Last purchase") needs the full query, which
        goes to the worker as usual, as does a file that fails to read here (the
        worker's answer reports it as every reload does)."""
        term, column, descending, filters = self._term, self._sort_column, self._descending, list(self._filters)
        if term or column != COL_NAME:
            self.reload()
            return
        self._cancel_pending()
        try:
            ids = list_queries.first_page_by_name(descending, filters, FIRST_PAGE)
        except list_queries.ReadError:
            self.reload()
            return
        self._rest_query = (term, column, descending, filters)
        self._reset(ids, complete=False)
        self.after_paint(self._start_rest)

    def _cancel_pending(self) -> None:
        self._after_paint.pop(self._start_rest, None)
        self._after_paint.pop(self._count_matches, None)
        for job in (self._pending, self._pending_rest, self._pending_kinds):
            if job is not None:
                job.cancel()  # its answer is no longer wanted: SQLite stops at once
        self._pending = self._pending_rest = self._pending_kinds = None
        self.match_counts = {}

    def _usable(self, job: worker.Job | None, error: Any) -> bool:
        if self.sender() is not job or job is None:
            return False  # an older query, overtaken by a newer one
        if error is not None and not isinstance(error, jobs.Cancelled):
            if isinstance(error, list_queries.ReadError):  # a damaged or vanished file: the user's problem
                raise list_queries.failure(error) from error
            raise error  # a bug: the app's error reporter shows it
        return error is None

    @Slot(object, object)
    def _ids_arrived(self, ids: Any, error: Any) -> None:
        if not self._usable(self._pending, error):
            return
        self._pending = None
        self._reset(ids, complete=True)
        if self._term:
            self.after_paint(self._count_matches)

    @Slot(object, object)
    def _first_page_arrived(self, ids: Any, error: Any) -> None:
        if not self._usable(self._pending, error):
            return
        self._pending = None
        term = self._rest_query[0]
        if term and len(ids) < FIRST_PAGE:
            self._reset(ids, complete=True)  # fewer hits than a page: that is all of them
            self.after_paint(self._count_matches)
            return
        self._reset(ids, complete=False)
        # The ordering of every hit waits for the first page to be on screen: beside
        # it, a worker building a list of thousands of ids holds the interpreter and
        # one of the cores while the page's rows are read and painted.
        self.after_paint(self._start_rest)

    def _start_rest(self) -> None:
        term, column, descending, filters = self._rest_query
        self._pending_rest = worker.start(_cancellable(lambda: _query_ids(term, column, descending, filters)))
        self._pending_rest.finished.connect(self._rest_arrived)

    @Slot(object, object)
    def _rest_arrived(self, ids: Any, error: Any) -> None:
        if not self._usable(self._pending_rest, error):
            return
        self._pending_rest = None
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self._reset(ids, complete=True)  # the data changed in between
            self.after_paint(self._count_matches)
            return
        self.complete = True
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self._row_index = None
            self.endInsertRows()
        self.reloaded.emit(len(self._ids))
        if self._term:
            self.after_paint(self._count_matches)

    def _count_matches(self) -> None:
        """What the hits matched, counted on the read pool once the whole list is in
        (one grouped pass over them, a few milliseconds for a phone's digits)."""
        term, filters = self._term, list(self._filters)
        if not term or len(self._ids) > list_queries.count_kinds_up_to():
            return
        self._pending_kinds = worker.start(_cancellable(lambda: list_queries.match_kinds(term, filters)))
        self._pending_kinds.finished.connect(self._matches_arrived)

    @Slot(object, object)
    def _matches_arrived(self, counts: Any, error: Any) -> None:
        if not self._usable(self._pending_kinds, error):
            return
        self._pending_kinds = None
        self.match_counts = counts
        self.matches_counted.emit()

    def _reset(self, ids: list[int], *, complete: bool) -> None:
        self.beginResetModel()
        self._loaded = True
        self._ids = ids
        self._row_index = None
        self._rows.clear()
        self.complete = complete
        self.generation += 1
        self.endResetModel()
        self.reloaded.emit(len(self._ids))

    def clear(self) -> None:
        """Show nothing and forget the cache (before the database is closed for a restore)."""
        self._cancel_pending()
        self.beginResetModel()
        self._ids, self._row_index = [], None
        self._rows.clear()
        self.endResetModel()

    def refresh_rows(self, ids: Sequence[int] | None = None) -> None:
        """Re-read rows whose values changed (all when ``ids`` is None) without a new query."""
        if ids is None:
            self._rows.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
            return
        for cid in ids:
            self._rows.pop(cid, None)
            row = self.row_of(cid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- lookups for the view ---------------------------------------------------------------

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids_in_rows(self, ranges: Sequence[tuple[int, int]]) -> list[int]:
        """The ids in the given (first, last) row ranges: a selection of 100,000 rows
        is read as a few slices, not 100,000 model indexes."""
        out: list[int] = []
        for first, last in ranges:
            out.extend(self._ids[first : last + 1])
        return out

    def row_of(self, customer_id: int) -> int | None:
        if self._row_index is None:
            self._row_index = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_index.get(customer_id)

    def column_of(self, key: str) -> int:
        return COLUMN_KEYS.index(key)

    def _row(self, row: int) -> tuple[Any, Any] | None:
        cid = self._ids[row]
        cached = self._rows.get(cid)
        if cached is None:
            self._fetch(row)
            cached = self._rows.get(cid)
        return cached

    def _fetch(self, row: int) -> None:
        """Read the batch around ``row`` (``list_queries.read_rows``: one query for the
        customers, one for their purchases). Values stay as SQLite gives them (dates as
        ISO text), which is what the list shows anyway."""
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        start = max(0, row - BATCH // 5)  # a little above too: scrolling goes both ways
        ids = [cid for cid in self._ids[start : start + BATCH] if cid not in self._rows]
        if not ids:
            return
        # Raw rows; each cell is made text when the view asks for it (a few dozen on
        # screen, not the whole batch). A customer purged meanwhile by another window
        # shows as an empty row until the next reload rather than shifting every row
        # below it.
        self._rows.update(list_queries.read_rows(ids, BATCH))

    def text_at(self, row: int, column: int) -> str:
        """A cell's shown text, for the delegate: the same as data(DisplayRole) without
        the round trip through Qt (which costs more than the lookup, per cell painted)."""
        if not 0 <= row < len(self._ids):
            return ""
        cached = self._row(row)
        return "" if cached is None else self._cell(cached, column)

    def _cell(self, cached: tuple[Any, ...], column: int) -> str:
        """One cell's text from a cached (customer row, purchase totals) pair."""
        r, bought = cached
        if r is None:
            return ""
        key = COLUMN_KEYS[column]
        if key in _DERIVED:
            if not bought:
                return ""
            if key in ("revenue", "profit"):
                return format_cents(bought[_TOTALS[key]] or 0)
            total = bought[_TOTALS[key]]
            return str(total or "") if key == "last_purchase" else f"{total:,}"
        if key == "birthday":
            month, day = r[_POS["birth_month"]], r[_POS["birth_day"]]
            if not (month and day):
                return ""
            calendar, year, leap = r[_POS["birth_calendar"]], r[_POS["birth_year"]], r[_POS["birth_leap"]]
            return Birthday(month, day, year, calendar or "solar", bool(leap)).to_text().removeprefix("--")
        value = r[_POS[key]]
        if key in _PHONES:  # in one format (the customer's page shows it as typed)
            norm = r[_POS[key + "_norm"]]
            return phones.display(norm, self._region) if norm else str(value or "")
        if key == "gender":
            return self._genders.get(value, "")
        if key == "churn_status":
            return self._statuses.get(value, value)
        if key == "created_at":
            return str(value or "")[:10]
        return "" if value is None else str(value)

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each cell for nine roles on every paint; the ones this model has
        # no answer for leave first, before any call into Qt (a third of a repaint).
        if role not in _ROLES:
            return None
        row = index.row()
        if row < 0 or row >= len(self._ids):
            return None
        if role == _DISPLAY:
            cached = self._row(row)
            return None if cached is None else self._cell(cached, index.column())
        if role == CustomerIdRole:
            return self._ids[row]
        if role == HighlightRole:
            return self._term if self._term else None
        if COLUMNS[index.column()].money:  # TextAlignmentRole
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                align = Qt.AlignmentFlag.AlignRight if COLUMNS[section].money else Qt.AlignmentFlag.AlignLeft
                return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column in SQL; column -1 means "best match first" (or by name)."""
        self.set_query(self._term, column, order == Qt.SortOrder.DescendingOrder)
