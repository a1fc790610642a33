"""The Reminders area: where the owner starts the day.

Every open reminder in sections (Overdue, Today, Next 7 days, Later) and what was
done lately, each row with the customer's name, phone, last purchase and profit tier
so the owner can call without opening the record. The day's work (Overdue, Today) is
ranked by what is most worth doing (``domain.reminders.rank_key``: complaints first,
then the customer's last year's profit raised by how far they have drifted) and shows
its first 20 with a row "and N more" that shows the rest; Enter or a double-click opens the
customer. Done (with an outcome logged on the customer), snooze, reschedule, edit and
dismiss work on one reminder or a selection. Beside the list a month calendar shows
what falls on each day, festivals and lunar dates included.

Cheap to construct: nothing is read until the area is first shown. The list is read
on a worker thread (``worker.reading``); every change goes through a domain command
(``changes.run_command``) and comes back as a ``changes`` announcement.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm import jobs
from smallcrm.errors import UserError
from smallcrm.ui.models.reminder_labels import KIND_LABELS, kind_label, reminder_text
from smallcrm.ui.models.reminder_model import (
    COL_CUSTOMER,
    COL_DUE,
    COL_KIND,
    COL_LAST,
    COL_PHONE,
    COL_TIER,
    COL_TITLE,
    FIRST_ROWS,
    ReminderModel,
    read_outline,
    read_sections,
    read_top,
)
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.widgets.banner import Banner
from smallcrm.ui.widgets.row_runs import row_runs

if TYPE_CHECKING:
    from smallcrm.ui.views.reminder_actions import ReminderActions

log = logging.getLogger(__name__)

PAINT_GRACE_MS = 100


class RemindersView(QWidget):
    """The Reminders area."""

    open_customer = Signal(int)
    status_message = Signal(str)
    loaded = Signal()  # the list shows the latest data, all of it (tests wait for it)
    shown = Signal()  # the list's top shows the latest data (the benchmark waits for it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: worker.Job | None = None
        self._tier_job: worker.Job | None = None
        self._stale = True  # nothing read yet: the first show reads
        self._tiers_stale = True
        self._after_paint: list[Any] = []  # what waits for the list's next paint
        self._selection: tuple[set[int], int | None] = (set(), None)  # kept over a reload
        self._reading: tuple[dt.date, dict[str, Any]] = (dt.date.today(), {})
        self._staff_loaded = False
        self.loading = False
        self.calendar: Any = None  # reminder_calendar.CalendarPanel, made on first show

        self._actions: ReminderActions | None = None  # made at the first action

        self.banner = Banner()
        filters = self._build_filters()
        actions = self._build_actions()
        self._build_table()
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty)
        list_layout.addLayout(actions)
        # The list and the month calendar each get the whole width: a calendar cell needs
        # room for a festival's name, a row for the customer's phone and last purchase.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.list_page, self.tr("To Do"))
        self.calendar_page = QWidget()
        QVBoxLayout(self.calendar_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.calendar_page, self.tr("Calendar"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._update_actions()
        changes.hub().changed.connect(self._on_changed)

    def _build_filters(self) -> QHBoxLayout:
        """Kind, staff and customer filters over the list."""
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for key in KIND_LABELS:
            self.kind_filter.addItem(kind_label(key), key)
        self.staff_filter = QComboBox()
        self.staff_filter.addItem(self.tr("Everyone"), None)
        self.customer_filter = QLineEdit()
        self.customer_filter.setPlaceholderText(self.tr("Customer name or phone"))
        self.customer_filter.setClearButtonEnabled(True)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.staff_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.customer_filter.textChanged.connect(lambda _t: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind")))
        filters.addWidget(self.kind_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Staff")))
        filters.addWidget(self.staff_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Customer")))
        filters.addWidget(self.customer_filter, 1)
        return filters

    def _build_actions(self) -> QHBoxLayout:
        """Done, Snooze, Reschedule, Edit, Dismiss and Open Customer under the list."""
        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setToolTip(self.tr("Mark the selected reminders done and note what came of it"))
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.snooze_button = QPushButton(self.tr("Snooze"))
        snooze_menu = QMenu(self.snooze_button)
        self.snooze_later = snooze_menu.addAction(self.tr("Later Today"), lambda: self.snooze("later"))
        self.snooze_tomorrow = snooze_menu.addAction(self.tr("Tomorrow"), lambda: self.snooze("tomorrow"))
        self.snooze_week = snooze_menu.addAction(self.tr("Next Week"), lambda: self.snooze("next week"))
        self.snooze_pick = snooze_menu.addAction(self.tr("Pick a Date…"), lambda: self.snooze(None))
        self.snooze_button.setMenu(snooze_menu)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.reschedule_button.clicked.connect(lambda: self.reschedule())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss())
        self.open_button = QPushButton(self.tr("Open Customer"))
        self.open_button.clicked.connect(self.open_current)
        actions = QHBoxLayout()
        for b in (self.done_button, self.snooze_button, self.reschedule_button, self.edit_button, self.dismiss_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        self.open_action = QAction(self.tr("Open Customer"), self)
        self.open_action.triggered.connect(self.open_current)
        return actions

    def _build_table(self) -> None:
        """The flat table of sections and reminders, and the line shown when it is empty."""
        self.model = ReminderModel(self)
        self.model.rows_arrived.connect(self._update_actions)
        # A flat table with the sections' headings as rows spanning the columns: every row
        # one height, no row measured, nothing visited that is not on screen.
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.clicked.connect(self._clicked)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._update_actions())
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widths = {
            COL_DUE: fm.horizontalAdvance("2026-12-31 14:30") + 24,
            COL_CUSTOMER: max(fm.horizontalAdvance("欧阳晓明"), fm.horizontalAdvance(reminder_text("Customer"))) + 16,
            COL_PHONE: fm.horizontalAdvance("138 0000 0000") + 12,
            COL_LAST: fm.horizontalAdvance("2026-12-31 铁观音礼盒 1,234.00") + 12,
            COL_TIER: fm.horizontalAdvance("Medium profit") + 12,
            COL_KIND: fm.horizontalAdvance("Complaint follow-up") + 12,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setMinimumSectionSize(fm.horizontalAdvance("M") * 4)
        self.empty = QLabel(self.tr("Nothing to do: no reminders match."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.hide()

    # -- loading --------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return dt.date.today()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.calendar_page:
            self.show_calendar()

    def show_calendar(self) -> Any:
        """The Calendar tab, made (and its month read) when first shown."""
        if self.calendar is None:
            # The calendar with its domain reads (~12 ms at import): loaded with the Calendar tab, not at start.
            from smallcrm.ui.views.reminder_calendar import CalendarPanel

            self.calendar = CalendarPanel()
            self.calendar.open_customer.connect(self.open_customer)
            layout = self.calendar_page.layout()
            assert layout is not None
            layout.addWidget(self.calendar)
        self.tabs.setCurrentWidget(self.calendar_page)
        return self.calendar

    def filters(self) -> dict[str, Any]:
        return {
            "kind": self.kind_filter.currentData(),
            "staff": self.staff_filter.currentData(),
            "customer_text": self.customer_filter.text(),
        }

    def reload(self) -> None:
        """Re-read the list now if the area is shown, else when it next is."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self._job is not None and not self._job.done:
            self._job.cancel()
        today, filters, with_staff = self.today(), self.filters(), not self._staff_loaded
        if not self.loading:
            current = self.current()
            self._selection = ({r["id"] for r in self.selected()}, current["id"] if current else None)
        expanded = frozenset(self.model.expanded)
        if self.table.rowAt(0) <= 0 and not self.model.collapsed:
            # At the top of the list (as when the area opens): its top first, which costs a
            # third of the whole outline, painted while the rest is read.
            rows = self.rows_on_screen()

            def run(_progress: Any, cancel: Any) -> dict[str, Any]:
                with worker.sql_cancellable(cancel):
                    return read_top(today, filters, with_staff, rows, expanded)

        else:  # further down: the whole outline, and the rows on screen read again
            on_screen, collapsed = self._ids_on_screen(), set(self.model.collapsed)

            def run(_progress: Any, cancel: Any) -> dict[str, Any]:
                with worker.sql_cancellable(cancel):
                    return read_sections(today, filters, with_staff, on_screen, collapsed, expanded)

        self.loading = True
        self._reading = (today, filters)
        self._job = worker.start(worker.reading(run))
        self._job.finished.connect(self._loaded)

    def rows_on_screen(self) -> int:
        """How many rows the list reads with its top: what the table shows and some."""
        height = self.table.verticalHeader().defaultSectionSize()
        return max(FIRST_ROWS, self.table.viewport().height() // max(1, height) + FIRST_ROWS // 3)

    def _read_rest(self) -> None:
        """The rest of the outline of a list whose top is shown."""
        if not self.loading or self._job is None or not self._job.done:
            return  # a newer read is under way
        today, filters = self._reading

        def run(_progress: Any, cancel: Any) -> dict[str, Any]:
            with worker.sql_cancellable(cancel):
                return read_outline(today, filters)

        self._job = worker.start(worker.reading(run))
        self._job.finished.connect(self._loaded)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        if self.sender() is not self._job:
            return  # overtaken by a newer read
        if error is not None:
            self.loading = False
            if isinstance(error, jobs.Cancelled):
                return
            if isinstance(error, UserError):  # a staff member removed meanwhile, say
                self.status_message.emit(error.render(QCoreApplication.translate))
                return
            raise error
        if "staff" in result:
            self._fill_staff(result["staff"])
        if "details" not in result:  # the rest of the outline, under the top shown
            if not self.model.complete(result["outline"]):  # changed in between: as read now
                self.model.set_outline(result["outline"], self.model.details, result["today"])
                self._span_headings()
        else:
            self.model.set_outline(result["outline"], result["details"], result["today"], result.get("counts"))
            self._span_headings()
        self._reselect(*self._selection)
        self.empty.setVisible(self.model.total() == 0)
        if self.model.partial:
            self._update_actions()
            self.shown.emit()
            self._once_painted(self._read_rest)
            return
        self.loading = False
        self._update_actions()
        if "details" in result:
            self.shown.emit()
        self.loaded.emit()
        # The tiers' analysis holds the interpreter for a second at 100,000 customers:
        # it starts once the list has painted, not in its way.
        if self._tiers_stale:
            self._once_painted(self._load_tiers)

    def _once_painted(self, fn: Any) -> None:
        """Run ``fn`` once the list has painted what it shows now (or a moment later if
        it does not paint, hidden meanwhile), so work that follows is not in its way."""
        self._after_paint.append(fn)
        self.table.viewport().update()
        QTimer.singleShot(PAINT_GRACE_MS, self._painted)

    def _painted(self) -> None:
        waiting, self._after_paint = self._after_paint, []
        for fn in waiting:
            fn()

    def _span_headings(self) -> None:
        """Each section's heading, and the "and N more" row under a ranked section, across
        the whole width (a few spans, not one a row)."""
        self.table.clearSpans()
        for row in self.model.heading_rows() + self.model.more_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())

    def _ids_on_screen(self) -> list[int]:
        """The reminders now on screen (and a screen around them), read again with the
        list so that it repaints whole where the owner is looking."""
        if self.model.rowCount() == 0:
            return []
        viewport = self.table.viewport()
        top = self.table.rowAt(0)
        bottom = self.table.rowAt(viewport.height() - 1)
        if top < 0:
            return []
        if bottom < 0:
            bottom = self.model.rowCount() - 1
        span = bottom - top + 1
        return self.model.ids_near(top - span, bottom + span)

    def toggle_section(self, key: str) -> None:
        """Collapse a section to its heading, or open it again (a click on the heading,
        or Enter on it)."""
        self.model.toggle(key)
        self._span_headings()

    def show_all(self, key: str) -> None:
        """Every reminder of a ranked section, not only the most worth doing (a click on
        its "and N more" row, or Enter on it); the first of those shown is made current."""
        rows = self.model.rows_of(key)
        first_hidden = rows.stop
        self.model.expand(key)
        self._span_headings()
        if first_hidden < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(first_hidden, COL_TITLE))

    def _fill_staff(self, staff: list[tuple[int, str]]) -> None:
        self._staff_loaded = True
        self.staff_filter.blockSignals(True)
        chosen = self.staff_filter.currentData()
        while self.staff_filter.count() > 1:
            self.staff_filter.removeItem(1)
        for sid, name in staff:
            self.staff_filter.addItem(name, sid)
        self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(chosen)))
        self.staff_filter.blockSignals(False)

    def _load_tiers(self) -> None:
        """Profit tiers come from the whole shop's analysis (about a second at 100,000
        customers), so they follow the list instead of holding it up."""
        ids = self.model.customer_ids()
        if not ids:
            return
        self._tiers_stale = False
        today = self.today()

        def run(_progress: Any, cancel: Any) -> dict[int, str]:
            # domain.analysis (numpy, the fits): ~250 ms at import, on the worker once the list is in.
            from smallcrm.domain.analysis.result import customer_tiers

            with worker.sql_cancellable(cancel):
                return customer_tiers(ids, today)

        self._tier_job = worker.start(worker.reading(run))
        self._tier_job.finished.connect(self._tiers_loaded)

    def _tiers_loaded(self, tiers: Any, error: BaseException | None) -> None:
        if self.sender() is not self._tier_job:
            return
        if error is None:
            self.model.set_tiers(tiers)
        else:  # without tiers the list is still whole; say why once, in the log
            log.info("profit tiers not shown: %s", error)

    def _reselect(self, ids: set[int], current: int | None) -> None:
        """Select again what was selected before a reload, wherever it is now: as runs
        of rows, in one go (a selection changed row by row is re-read row by row)."""
        selection = self.table.selectionModel()
        rows = [row for row in (self.model.row_of(rid) for rid in ids) if row is not None]
        if rows:
            selection.select(row_runs(self.model, rows), QItemSelectionModel.SelectionFlag.Select)
        if current is not None:
            index = self.model.index_of(current)
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.PURCHASES, changes.DATABASE, changes.SETTINGS):
            self._tiers_stale = True
        if kind in (changes.STAFF, changes.DATABASE):
            self._staff_loaded = False
        if kind in (
            changes.REMINDERS,
            changes.INTERACTIONS,
            changes.CUSTOMERS,
            changes.PURCHASES,
            changes.STAFF,
            changes.DATABASE,
        ):
            self.reload()
            if self.calendar is not None:
                self.calendar.reload()

    def show_summary(self, text: str) -> None:
        self.banner.show_text(text)

    # -- selection ------------------------------------------------------------------------------------

    def selected(self) -> list[dict[str, Any]]:
        """The selected reminders, in list order: each as ``ReminderModel.reminder_at``
        gives it (a short one while its row is not read yet)."""
        rows: list[int] = []
        selection = self.table.selectionModel().selection()
        for span in (selection.at(i) for i in range(selection.count())):  # the stub declares no __iter__
            rows.extend(range(span.top(), span.bottom() + 1))
        return [r for r in (self.model.reminder_at(row) for row in sorted(set(rows))) if r is not None]

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.reminder_at(index.row()) if index.isValid() else None

    def _targets(self, *, open_only: bool = True) -> list[dict[str, Any]]:
        if self.model.partial:
            return []  # the rows under the top are not known yet: a moment after the list opens
        chosen = self.selected()
        current = self.current()
        if not chosen and current is not None:
            chosen = [current]
        return [r for r in chosen if r["status"] in ("open", "snoozed")] if open_only else chosen

    def _update_actions(self) -> None:
        open_ones = self._targets()
        # Rescheduling and editing show the reminder's day, time and title: its row must be read.
        one = len(open_ones) == 1 and not open_ones[0].get("partial")
        self.done_button.setEnabled(bool(open_ones))
        self.snooze_button.setEnabled(bool(open_ones))
        self.dismiss_button.setEnabled(bool(open_ones))
        self.reschedule_button.setEnabled(one)
        self.edit_button.setEnabled(one)
        current = self.current()
        self.open_button.setEnabled(bool(current and current["customer_id"]))
        self.done_button.setText(
            self.tr("Done (%1)…").replace("%1", str(len(open_ones))) if len(open_ones) > 1 else self.tr("Done…")
        )

    # -- actions ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._after_paint and event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            QTimer.singleShot(0, self._painted)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                row = self.table.currentIndex().row()
                key, more = self.model.section_at(row), self.model.more_at(row)
                if key is not None:
                    self.toggle_section(key)
                elif more is not None:
                    self.show_all(more)
                else:
                    self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _clicked(self, index: QModelIndex) -> None:
        key, more = self.model.section_at(index.row()), self.model.more_at(index.row())
        if key is not None:
            self.toggle_section(key)
        elif more is not None:
            self.show_all(more)

    def _double_clicked(self, index: QModelIndex) -> None:
        r = self.model.reminder_at(index.row())
        if r is not None and r["customer_id"]:
            self.open_customer.emit(r["customer_id"])

    def open_current(self) -> None:
        r = self.current()
        if r is not None and r["customer_id"]:
            self.open_customer.emit(r["customer_id"])

    def reminder_actions(self) -> ReminderActions:
        """The work of the actions, made at the first one."""
        if self._actions is None:
            # reminder_actions imports the domain's reminder commands and the dialogs
            # (10-17 ms at import): the first action pays for them, not the start.
            from smallcrm.ui.views.reminder_actions import ReminderActions

            self._actions = ReminderActions(self, self.today, self.status_message.emit)
        return self._actions

    def mark_done(self, outcome: str | None = None) -> worker.Job | None:
        """Done, with what came of it (asked unless ``outcome`` is given)."""
        targets = self._targets()
        return self.reminder_actions().done(targets, outcome) if targets else None

    def snooze(self, to: str | None) -> worker.Job | None:
        """'later' (a couple of hours on), 'tomorrow', 'next week', or None: pick a date."""
        targets = self._targets()
        return self.reminder_actions().snooze(targets, to) if targets else None

    def reschedule(self) -> worker.Job | None:
        targets = self._targets()
        return self.reminder_actions().reschedule(targets[0]) if len(targets) == 1 else None

    def edit(self) -> worker.Job | None:
        targets = self._targets()
        return self.reminder_actions().edit(targets[0]) if len(targets) == 1 else None

    def dismiss(self) -> worker.Job | None:
        targets = self._targets()
        return self.reminder_actions().dismiss(targets) if targets else None

    def _context_menu(self, pos: QPoint) -> QMenu | None:
        if not self.table.indexAt(pos).isValid():
            return None
        self._update_actions()
        menu = QMenu(self)
        for button in (self.done_button, self.reschedule_button, self.edit_button, self.dismiss_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        snooze = menu.addMenu(self.snooze_button.text())
        snooze.setEnabled(self.snooze_button.isEnabled())
        for action in (self.snooze_later, self.snooze_tomorrow, self.snooze_week, self.snooze_pick):
            snooze.addAction(action)
        menu.addSeparator()
        self.open_action.setEnabled(self.open_button.isEnabled())
        menu.addAction(self.open_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu
