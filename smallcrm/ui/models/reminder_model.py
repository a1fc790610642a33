"""The Reminders area's list: one flat table, each section a heading row spanning the
columns followed by its reminders.

At 100,000 customers the open list is some 16,000 reminders. A tree over a Python model
made Qt visit every row through Python on each reload (well over a second), and reading
every row with its customer and last purchase takes half a second of SQL. So the model
holds the outline only (id, due date and customer of each reminder, one tuple a row,
``reminders.queries.view_outline``) and reads the rest of a row (``reminders.queries.view_rows``) on a
worker thread, a batch at a time, when the table first asks to paint it. The rows on
screen when the list is read come with the outline, so the first paint is complete.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from smallcrm import settings
from smallcrm.domain.customers import filters as cf
from smallcrm.domain.values import phones
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.ui.models.reminder_labels import (
    OVERDUE_COLOUR,
    SECTION_LABELS,
    TIER_LABELS,
    kind_label,
    last_purchase_text,
    reminder_text,
    worth_text,
)
from smallcrm.ui.shell import worker

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
ReminderRole = Qt.ItemDataRole.UserRole + 1  # the reminder's dict (None on a heading or a row not read yet)
SectionRole = Qt.ItemDataRole.UserRole + 2  # the section's key, on a heading row
MoreRole = Qt.ItemDataRole.UserRole + 3  # the section's key, on its "and N more" row

COLUMNS = [
    QT_TRANSLATE_NOOP("Reminders", "Due"),
    QT_TRANSLATE_NOOP("Reminders", "What to do"),
    QT_TRANSLATE_NOOP("Reminders", "Customer"),
    QT_TRANSLATE_NOOP("Reminders", "Phone"),
    QT_TRANSLATE_NOOP("Reminders", "Last purchase"),
    QT_TRANSLATE_NOOP("Reminders", "Tier"),
    QT_TRANSLATE_NOOP("Reminders", "Kind"),
]
COL_DUE, COL_TITLE, COL_CUSTOMER, COL_PHONE, COL_LAST, COL_TIER, COL_KIND = range(len(COLUMNS))
# Rows read at a time when the table scrolls onto rows not read yet: a few screens.
BATCH = 150
# Rows read with the top of the list: at least a tall window's screenful, so it opens
# complete (more when the window shows more: ``RemindersView.rows_on_screen``).
FIRST_ROWS = 60

Outline = dict[str, list[tuple[int, str, int | None]]]
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        ReminderRole,
        SectionRole,
        MoreRole,
    }
)


def day_work() -> tuple[tuple[str, ...], int]:
    """The sections ranked by worth and how many reminders each lists before "and N
    more" (``domain.reminders``), read when the list is first read: importing that
    module at start cost every window start 3-8 ms."""
    from smallcrm.domain.reminders.queries import RANKED, TOP  # see above: 3-8 ms a start

    return RANKED, TOP


def first_ids(
    outline: Outline, collapsed: set[str], count: int = FIRST_ROWS, expanded: frozenset[str] | set[str] = frozenset()
) -> list[int]:
    """The ids of the first ``count`` reminders the table lists (collapsed sections
    show none, a ranked one its first TOP unless ``expanded``): what the first screens
    paint."""
    ranked, top = day_work()
    out: list[int] = []
    for key, rows in outline.items():
        if key in collapsed:
            continue
        shown = rows[:top] if key in ranked and key not in expanded else rows
        out.extend(r[0] for r in shown[: count - len(out)])
        if len(out) >= count:
            break
    return out


# -- what the area reads on its worker ---------------------------------------------------


def read_top(
    today: dt.date, filters: dict[str, Any], with_staff: bool, rows: int, expanded: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """What the top of the list shows (a worker-thread read): how many reminders each
    section holds, the outline and details of the first rows, and, the first time, the
    staff for the filter. The rest of the outline follows (``read_outline``)."""
    # domain.reminders.queries: 6-30 ms at import, read on the worker when the area is first shown.
    from smallcrm.domain.reminders.queries import view_head, view_rows

    counts, head = view_head(today, rows, **filters)
    details = view_rows(first_ids(head, set(), rows, expanded), today)
    out: dict[str, Any] = {"counts": counts, "outline": head, "details": details}
    out["today"] = today
    if with_staff:
        out["staff"] = _staff()
    return out


def read_outline(today: dt.date, filters: dict[str, Any]) -> dict[str, Any]:
    """The whole outline of the list whose top ``read_top`` read (a worker-thread read)."""
    # domain.reminders.queries: 6-30 ms at import, read on the worker when the area is first shown.
    from smallcrm.domain.reminders.queries import view_outline

    return {"outline": view_outline(today, **filters), "today": today}


def _staff() -> list[tuple[int, str]]:
    """(id, name) of every staff member, by name, for the staff filter."""
    return sorted(((sid, name) for sid, name, _active in cf.staff_choices()), key=lambda s: s[1])


def read_sections(
    today: dt.date,
    filters: dict[str, Any],
    with_staff: bool,
    on_screen: list[int],
    collapsed: set[str],
    expanded: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """What the view shows first (a worker-thread read): the outline of every section,
    the details of the first rows and of those on screen before (``on_screen``), and,
    the first time, the staff for the filter."""
    # domain.reminders.queries: 6-30 ms at import, read on the worker when the area is first shown.
    from smallcrm.domain.reminders.queries import view_outline, view_rows

    outline = view_outline(today, **filters)
    wanted = first_ids(outline, collapsed, expanded=expanded)
    seen = set(wanted)
    wanted += [rid for rid in on_screen if rid not in seen]
    out: dict[str, Any] = {"outline": outline, "details": view_rows(wanted, today), "today": today}
    if with_staff:
        out["staff"] = _staff()
    return out


class ReminderModel(QAbstractTableModel):
    """The sections' heading rows and their reminders, in one flat table.

    A row is found by bisecting the headings' rows; a reminder is its outline tuple
    until its details are read (``details``, by id). A collapsed section shows its
    heading only; a ranked one (the day's work: overdue, today) its first ``cap``
    reminders and a row "and N more" until it is ``expand``ed."""

    rows_arrived = Signal()  # details of rows not read before came in

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sections: list[tuple[str, list[tuple[int, str, int | None]]]] = []
        self.counts: list[int] = []  # of each section's reminders, known before all their outline
        self.collapsed: set[str] = set()
        self.expanded: set[str] = set()  # ranked sections shown whole
        self.ranked: tuple[str, ...] = ()  # with cap, from day_work() when the list is first read
        self.cap = 0
        self.details: dict[int, dict[str, Any] | None] = {}  # None: gone when asked for
        self.tiers: dict[int, str] = {}
        self.today = dt.date.today()
        self._starts: list[int] = []  # the row of each section's heading
        self._rows = 0
        self._row_of: dict[int, int] | None = None
        self._wanted: list[int] = []  # ids to read in the next batch
        self._asked: set[int] = set()  # ids asked for and not come back yet
        self._fetch_job: worker.Job | None = None
        self._generation = 0  # a batch read for an older outline is dropped
        self._bold = QFont()
        self._bold.setBold(True)
        self._region = "CN"  # phones are shown in one format for the shop's region (set_outline)

    # -- what the view asks ------------------------------------------------------------------

    def set_outline(
        self,
        outline: Outline,
        details: dict[int, dict[str, Any] | None],
        today: dt.date,
        counts: dict[str, int] | None = None,
    ) -> None:
        """A new list (after a read): its outline and the details read with it. With
        ``counts``, the outline may be only the top of the list (``partial``): the rows
        below show nothing until ``complete`` brings the whole outline."""
        self.beginResetModel()
        if not self.ranked:
            self.ranked, self.cap = day_work()
        self._generation += 1
        self._region = settings.get("phone_region")
        self.today = today
        self.sections = list(outline.items())
        self.counts = [len(rows) if counts is None else counts[key] for key, rows in self.sections]
        self.details = dict(details)
        self._wanted, self._asked = [], set()
        self._layout()
        self.endResetModel()

    @property
    def partial(self) -> bool:
        return any(len(rows) < n for (_key, rows), n in zip(self.sections, self.counts, strict=True))

    def complete(self, outline: Outline) -> bool:
        """The whole outline of the list whose top is shown; False (and nothing done) if
        it no longer fits the counts shown (the reminders changed in between)."""
        if [len(outline.get(key, ())) for key, _rows in self.sections] != self.counts:
            return False
        self.sections = [(key, outline[key]) for key, _rows in self.sections]
        self._row_of = None
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
        return True

    def set_tiers(self, tiers: dict[int, str]) -> None:
        self.tiers = tiers
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_TIER), self.index(self._rows - 1, COL_TIER))

    def _shown(self, s: int) -> tuple[int, bool]:
        """How many reminders section ``s`` lists, and whether an "and N more" row follows."""
        key, n = self.sections[s][0], self.counts[s]
        if key in self.collapsed:
            return 0, False
        if key in self.ranked and key not in self.expanded and n > self.cap:
            return self.cap, True
        return n, False

    def toggle(self, key: str) -> None:
        """Collapse a section to its heading, or open it again."""
        s = next(i for i, (k, _rows) in enumerate(self.sections) if k == key)
        first = self._starts[s] + 1
        if key in self.collapsed:
            self.collapsed.discard(key)
            shown, more = self._shown(s)
            n = shown + more
            if n:
                self.beginInsertRows(QModelIndex(), first, first + n - 1)
            self._layout()
            if n:
                self.endInsertRows()
        else:
            shown, more = self._shown(s)
            n = shown + more
            if n:
                self.beginRemoveRows(QModelIndex(), first, first + n - 1)
            self.collapsed.add(key)
            self._layout()
            if n:
                self.endRemoveRows()
        heading = self.index(self._starts[s], 0)
        self.dataChanged.emit(heading, heading)

    def expand(self, key: str) -> None:
        """Show every reminder of a ranked section, not only its first ``cap``: the row
        "and N more" becomes the next reminder and the rest follow it."""
        s = next(i for i, (k, _rows) in enumerate(self.sections) if k == key)
        shown, more = self._shown(s)
        if not more:
            return
        more_row, rest = self._starts[s] + 1 + shown, self.counts[s] - shown - 1
        if rest:
            self.beginInsertRows(QModelIndex(), more_row + 1, more_row + rest)
        self.expanded.add(key)
        self._layout()
        if rest:
            self.endInsertRows()
        self.dataChanged.emit(self.index(more_row, 0), self.index(more_row, len(COLUMNS) - 1))

    def heading_rows(self) -> list[int]:
        return list(self._starts)

    def more_rows(self) -> list[int]:
        """The rows "and N more" under the ranked sections cut to their first reminders."""
        out = []
        for s, start in enumerate(self._starts):
            shown, more = self._shown(s)
            if more:
                out.append(start + 1 + shown)
        return out

    def more_at(self, row: int) -> str | None:
        """The key of the section whose "and N more" row this is (None elsewhere)."""
        s = bisect.bisect_right(self._starts, row) - 1
        if s < 0:
            return None
        shown, more = self._shown(s)
        return self.sections[s][0] if more and row == self._starts[s] + 1 + shown else None

    def count(self, key: str) -> int:
        return next((n for (k, _rows), n in zip(self.sections, self.counts, strict=True) if k == key), 0)

    def total(self) -> int:
        return sum(self.counts)

    def customer_ids(self) -> list[int]:
        return sorted({r[2] for _key, rows in self.sections for r in rows if r[2]})

    def section_at(self, row: int) -> str | None:
        """The key of the section a heading row starts (None on a reminder's row)."""
        s = bisect.bisect_right(self._starts, row) - 1
        return self.sections[s][0] if s >= 0 and self._starts[s] == row else None

    def rows_of(self, key: str) -> range:
        """The rows of a section's reminders listed now (none while it is collapsed)."""
        s = next(i for i, (k, _rows) in enumerate(self.sections) if k == key)
        first = self._starts[s] + 1
        return range(first, first + self._shown(s)[0])

    def outline_at(self, row: int) -> tuple[str, tuple[int, str, int | None]] | None:
        """(section key, (id, due, customer id)) of a reminder's row; None on a heading
        or an "and N more" row (or below the top of a ``partial`` list)."""
        s = bisect.bisect_right(self._starts, row) - 1
        if s < 0 or row == self._starts[s] or row >= self._rows:
            return None
        key, rows = self.sections[s]
        i = row - self._starts[s] - 1
        return (key, rows[i]) if i < min(len(rows), self._shown(s)[0]) else None

    def reminder_at(self, row: int) -> dict[str, Any] | None:
        """A row's reminder as ``reminders.queries.view_rows`` gives it, once read; else a short
        one from the outline (id, due, customer_id, status; ``partial`` True), enough to
        open its customer or to close, snooze or dismiss it."""
        found = self.outline_at(row)
        if found is None:
            return None
        key, (rid, due, cid) = found
        r = self.details.get(rid)
        if r is not None:
            return r
        status = "done" if key == "done" else "open"
        return {"id": rid, "due": due, "customer_id": cid, "status": status, "partial": True}

    def row_of(self, reminder_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {
                r[0]: self._starts[s] + 1 + i
                for s, (_key, rows) in enumerate(self.sections)
                for i, r in enumerate(rows[: self._shown(s)[0]])
            }
        return self._row_of.get(reminder_id)

    def index_of(self, reminder_id: int) -> QModelIndex:
        row = self.row_of(reminder_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def ids_near(self, first: int, last: int) -> list[int]:
        """Ids of the reminders in rows ``first`` to ``last`` (the rows on screen)."""
        out = []
        for row in range(max(0, first), min(last, self._rows - 1) + 1):
            found = self.outline_at(row)
            if found is not None:
                out.append(found[1][0])
        return out

    @property
    def fetching(self) -> bool:
        """Rows asked for by the table are being read."""
        return bool(self._wanted or self._asked)

    # -- reading rows as the table reaches them ---------------------------------------------------

    def _layout(self) -> None:
        starts, row = [], 0
        for s in range(len(self.sections)):
            starts.append(row)
            shown, more = self._shown(s)
            row += 1 + shown + more
        self._starts, self._rows, self._row_of = starts, row, None

    def _want(self, row: int) -> None:
        """Queue a batch of rows from ``row`` on (and a few above: scrolling goes both
        ways) whose details are not read yet; one read per turn of the event loop."""
        ids = [
            rid
            for rid in self.ids_near(row - BATCH // 5, row + BATCH)
            if rid not in self.details and rid not in self._asked
        ]
        if not ids:
            return
        if not self._wanted:
            QTimer.singleShot(0, self._fetch)
        self._wanted.extend(ids)
        self._asked.update(ids)

    def _fetch(self) -> None:
        ids, self._wanted = self._wanted, []
        if not ids:
            return
        generation = self._generation

        today = self.today

        def run(_progress: Any, cancel: Any) -> dict[int, dict[str, Any]]:
            from smallcrm.domain.reminders.queries import view_rows  # on the worker, as read_top's

            with worker.sql_cancellable(cancel):
                return view_rows(ids, today)

        job = worker.start(worker.reading(run))
        job.finished.connect(lambda rows, error: self._arrived(generation, ids, rows, error))
        self._fetch_job = job

    def _arrived(self, generation: int, ids: list[int], rows: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return  # read for a list since replaced
        self._asked.difference_update(ids)
        if error is not None:  # shown as their outline until the next reload; never asked again
            log.info("reminders not read: %s", error)
            rows = {}
        for rid in ids:
            self.details[rid] = rows.get(rid)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
        self.rows_arrived.emit()

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return reminder_text(COLUMNS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if index.isValid() and (self.section_at(index.row()) is not None or self.more_at(index.row()) is not None):
            return Qt.ItemFlag.ItemIsEnabled  # a heading is not selected with the reminders
        return super().flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # most of what a delegate asks for every cell it paints
        row, column = index.row(), index.column()
        s = bisect.bisect_right(self._starts, row) - 1
        key, rows = self.sections[s]
        if row == self._starts[s]:
            return self._heading(key, self.counts[s], column, role)
        i = row - self._starts[s] - 1
        shown, more = self._shown(s)
        if more and i == shown:
            return self._more(key, self.counts[s] - shown, column, role)
        if i >= len(rows):  # below the top of a partial list: the whole outline is on its way
            return None
        rid, due, cid = rows[i]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if role == Qt.ItemDataRole.ToolTipRole and column not in (COL_TITLE, COL_LAST):
                return None
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE and key in self.ranked:
                r = self.details.get(rid)
                return None if r is None else "\n".join(t for t in (str(r["title"]), worth_text(r.get("worth"))) if t)
            if column == COL_TIER:
                tier = self.tiers.get(cid or 0)
                return reminder_text(TIER_LABELS[tier], "Segments") if tier in TIER_LABELS else ""
            r = self.details.get(rid)
            if r is None:
                if rid not in self.details and rid not in self._asked:
                    self._want(row)
                return due if column == COL_DUE else ""
            return self._text(r, column, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "overdue" and column == COL_DUE:
                return QBrush(QColor(OVERDUE_COLOUR))
            if key == "done":
                return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        if role == ReminderRole:
            return self.details.get(rid)
        return None

    def _more(self, key: str, rest: int, column: int, role: int) -> Any:
        """The row under a ranked section cut to its first reminders: how many more."""
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            more = QCoreApplication.translate("Reminders", "… and %1 more: click to show them")
            return more.replace("%1", f"{rest:,}")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QPalette().color(QPalette.ColorRole.Link))
        if role == MoreRole:
            return key
        return None

    def _heading(self, key: str, count: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            arrow = "▸" if key in self.collapsed else "▾"
            return f"{arrow} {reminder_text(SECTION_LABELS[key])}  ({count:,})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and key == "overdue" and count:
            return QBrush(QColor(OVERDUE_COLOUR))
        if role == SectionRole:
            return key
        return None

    def _text(self, r: dict[str, Any], column: int, key: str) -> str:
        if column == COL_DUE:
            return (r["due"] + " " + r["due_time"]).strip()
        if column == COL_TITLE:
            if key == "done" and r["outcome"]:
                return f"{r['title']} — {r['outcome']}"
            if key == "done" and r["status"] == "dismissed":
                return f"{r['title']} — {QCoreApplication.translate('Reminders', 'dismissed')}"
            return str(r["title"])
        if column == COL_CUSTOMER:
            return str(r["customer_name"])
        if column == COL_PHONE:  # in one format, as the customer list shows it
            return phones.display_typed(str(r["customer_phone"]), self._region)
        if column == COL_LAST:
            return last_purchase_text(r["last_purchase"])
        if column == COL_KIND:
            text = kind_label(r["kind"])
            return text + " ↻" if r["every"] else text
        return ""
