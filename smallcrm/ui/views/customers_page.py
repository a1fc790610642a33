"""The Customers area: search box, quick filters, the list, the selected customer's
profile beside it, bulk actions on a selection, and the editor over the list.

Every write is a domain command run by :func:`smallcrm.ui.shell.changes.run_command`, which
announces the change once; this page, like every other view, re-reads on
``changes.hub().changed`` instead of being told by whoever made the change. The bulk
actions' work is ``ui.views.customer_bulk``'s, the columns' ``ui.widgets.list_columns``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.ui.models.customer_table import COL_NAME, CustomerIdRole, CustomerTableModel
from smallcrm.ui.shell import changes, mnemonics, worker
from smallcrm.ui.views.customer_profile import CustomerProfile
from smallcrm.ui.widgets.delegates import HighlightDelegate, warm_up
from smallcrm.ui.widgets.filters import FilterBar
from smallcrm.ui.widgets.list_columns import ListColumns
from smallcrm.ui.widgets.row_runs import row_runs
from smallcrm.ui.widgets.search_count import SearchCount, column_to_reveal

if TYPE_CHECKING:
    from smallcrm.ui.views.customer_bulk import BulkActions

# No waiting: a keystroke's first page comes from a LIMITed index walk in milliseconds,
# the ordering of every hit starts only after it, and a query overtaken by the next
# keystroke is stopped inside SQLite. The zero-delay timer still merges the changes
# made in one go (an input method committing a word, a paste).
SEARCH_DELAY_MS = 0
WARM_UP_MS = 1500  # after start, load what the first search needs (see delegates.warm_up)


class CustomersPage(QWidget):
    """Find, filter, select and act on customers; open one to edit it."""

    status_message = Signal(str)
    editing_changed = Signal(bool)  # the editor opened (True) or closed
    reminders_requested = Signal()  # "Open Reminders" beside the list: the window shows that area
    sale_requested = Signal(int)  # "New Sale" on a customer's page: the window shows the sale screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected_id: int | None = None
        self._keep_selection: set[int] = set()
        self.last_deleted: list[int] = []
        self.editor: Any = None  # CustomerEditor, made on first use (a quicker start)
        self._bulk: BulkActions | None = None  # made at the first bulk action

        self._build_search()
        self._build_list()
        self.profile = CustomerProfile()
        self.profile.setMinimumWidth(260)
        self.profile.today.reminders_requested.connect(self.reminders_requested)
        self.profile.today.filter_requested.connect(self._list_only)
        self.profile.open_requested.connect(self.open_customer)
        self.profile.sale_requested.connect(self.sale_requested)
        self.model.follow_paints_of(self.table.viewport())
        QTimer.singleShot(WARM_UP_MS, self, self._warm_up)
        self._make_actions()
        self._build_selection_bar()
        self._build_layout()
        changes.hub().changed.connect(self._on_changed)
        self._selection_changed()
        # The first query runs once the window has painted (MainWindow.first_painted):
        # setSortingEnabled asked for the order the model already has.

    def _build_search(self) -> None:
        """The search box (searching as the owner types) and the quick filters under it."""
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search name, pinyin, phone, number or address"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.search_count = SearchCount()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one fired 10 ms late
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_entered)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)

    def _build_list(self) -> None:
        """The list: ids in the model, rows on demand, ordered by a click on a header."""
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(HighlightDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        vheader = self.table.verticalHeader()
        vheader.hide()
        # Fixed row heights: the view never measures rows, so 100,000 stay cheap.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.columns_menu)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.columns = ListColumns(self.table, self.model)
        self.columns.reset()
        self.table.setSortingEnabled(True)  # header clicks now call model.sort(), an SQL ORDER BY
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.reloaded.connect(self._reloaded)
        self.model.matches_counted.connect(self._show_match_counts)

    def _build_selection_bar(self) -> None:
        """The bar over the list with the bulk actions, shown while several are selected."""
        self.selection_bar = QFrame()
        self.selection_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.selection_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.selection_bar.setAutoFillBackground(True)
        bar = QHBoxLayout(self.selection_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self.selection_label = QLabel()
        bar.addWidget(self.selection_label)
        bar.addStretch(1)
        for action in (self.tag_action, self.untag_action, self.assign_action, self.consent_action):
            bar.addWidget(self._button(action))
        bar.addWidget(self._button(self.follow_up_action))
        bar.addWidget(self._button(self.export_action))
        bar.addWidget(self._button(self.delete_action))
        self.selection_bar.hide()

    def _build_layout(self) -> None:
        """Search and filters over the list, the profile beside it, the editor over both."""
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.search_count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.selection_bar)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addWidget(self.stack)

    # -- actions -----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(shortcut)
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if tip:
                a.setToolTip(tip)
                a.setStatusTip(tip)
            a.triggered.connect(slot)
            return a

        self.new_action = action(
            self.tr("&New Customer…"),
            self.new_customer,
            QKeySequence.StandardKey.New,
            self.tr("Add a customer (Ctrl+N)"),
        )
        # Enter in the list opens the customer too (eventFilter): no shortcut here, which
        # would also take Enter from the search box.
        self.open_action = action(self.tr("&Open Customer"), self.open_current)
        self.delete_action = action(
            self.tr("&Move to Trash"),
            lambda: self.bulk_actions().delete(),
            QKeySequence(Qt.Key.Key_Delete),
            self.tr("Move the selected customers to the trash (Delete); Ctrl+Z brings them back"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        self.undo_action = action(self.tr("&Undo"), self.undo_delete, QKeySequence.StandardKey.Undo)
        self.tag_action = action(
            self.tr("&Tag…"), lambda: self.bulk_actions().tag(), tip=self.tr("Add a tag to the selected customers")
        )
        self.untag_action = action(
            self.tr("&Remove Tag…"),
            lambda: self.bulk_actions().untag(),
            tip=self.tr("Take a tag off the selected customers"),
        )
        self.assign_action = action(
            self.tr("&Assign Staff…"),
            lambda: self.bulk_actions().assign(),
            tip=self.tr("Make a staff member responsible for the selected customers"),
        )
        self.consent_action = action(
            self.tr("Ma&il Consent…"),
            lambda: self.bulk_actions().consent(),
            tip=self.tr("Record whether the selected customers may receive greeting cards by post"),
        )
        self.follow_up_action = action(
            self.tr("&Follow-up Reminder…"),
            lambda: self.bulk_actions().follow_up(),
            tip=self.tr("Create a reminder to contact each selected customer"),
        )
        self.export_action = action(
            self.tr("&Export…"),
            self.export_selected,
            tip=self.tr("Save the selected customers (or the whole list shown) as an Excel or CSV file"),
        )
        self.select_all_action = action(self.tr("Select &All"), self.table.selectAll)
        self.columns_action = action(self.tr("&Columns…"), lambda: self.columns_menu(None))
        self._update_undo()

    @staticmethod
    def _button(action: QAction) -> QPushButton:
        button = QPushButton(mnemonics.plain(action.text()))
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # -- columns -------------------------------------------------------------------------------

    def save_columns(self) -> QByteArray:
        """The owner's columns, without those a search shows for the while."""
        return self.columns.state()

    def restore_columns(self, state: Any) -> bool:
        return self.columns.restore(state)

    def show_column(self, logical: int, on: bool) -> None:
        self.columns.show(logical, on)

    def columns_menu(self, pos: QPoint | None) -> None:
        """Choose the columns: at ``pos`` on the header, or at the list's corner."""
        self.columns.menu(pos, self)

    # -- search and filters ------------------------------------------------------------------------

    def apply_search(self) -> None:
        """Run the search for the box's text now (the debounce timer calls this)."""
        self._search_timer.stop()
        term = self.search_box.text().strip()
        header = self.table.horizontalHeader()
        column, order = self.model.sort_column, header.sortIndicatorOrder()
        if term and not self.model.term:
            column = -1  # a new search: best match first
        elif not term and column < 0:
            column, order = COL_NAME, Qt.SortOrder.AscendingOrder  # back to browsing by name
        # The model re-queries once for the new term and order together; the header
        # must not ask for a second sort while its indicator is moved.
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self.model.set_query(term, column, order == Qt.SortOrder.DescendingOrder)

    def _clear_search(self) -> None:
        """An empty search box, and the list by name again (at once, not after the debounce)."""
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.apply_search()

    def show_ids(self, label: str, ids: list[int]) -> None:
        """Show exactly these customers, with no search (a click on a chart in the
        Analysis area): from here the owner tags, reminds, exports or mails them."""
        self._clear_search()
        self.filter_bar.show_ids(label, ids)

    def _list_only(self, key: str) -> None:
        """The list showing exactly the customers a line of the day counts (birthdays
        this month, open complaints): no search, no other filter, the same number."""
        self._clear_search()
        if self.filter_bar.active():
            self.filter_bar.clear()
        self.filter_bar.choose(key)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filters_changed(self) -> None:
        self.model.set_filters(self.filter_bar.conditions())

    def _reloaded(self, rows: int) -> None:
        self.profile.today.start()  # the rows are in: the day's counts may be read now (once)
        if not self.model.term:
            self.columns.reveal(set())
        if self.model.term or self.filter_bar.active():
            self.search_count.show_found(rows, self.model.complete)
        else:
            self.search_count.hide()
        if self._keep_selection and len(self._keep_selection) > 1:
            self._reselect(self._keep_selection)
            return
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        if row is None and self.model.term and rows:
            row = 0  # searching: show the best hit straight away
        if row is None:
            self.profile.clear()
            self._selected_id = None
            return
        index = self.model.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _show_match_counts(self) -> None:
        """Say what the hits matched once the model has counted them; a column the hits
        matched in that the list does not show (the street, the postcode) is shown
        while the search lasts, so the match is seen, in bold like the others."""
        counts = self.model.match_counts
        self.columns.reveal(column_to_reveal(counts))
        self.search_count.show_matches(counts, self.model.term)

    def _reselect(self, ids: set[int]) -> None:
        """Select the same customers again after the list was re-queried (a bulk action)."""
        rows = (r for r in (self.model.row_of(i) for i in ids) if r is not None)
        self.table.selectionModel().select(row_runs(self.model, rows), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = current.data(CustomerIdRole) if current.isValid() else None
        if customer_id is None:
            return  # a reset clears the current row; _reloaded decides what to show
        self._selected_id = customer_id
        # The list paints first, the profile just after: a keystroke's hits are on screen
        # without waiting for the best hit's purchases to be summed. Arrow keys held
        # down coalesce to the row where they stop.
        self.model.after_paint(self._show_profile)

    def _warm_up(self) -> None:
        worker.start(warm_up)

    def _show_profile(self) -> None:
        customer_id = self._selected_id
        if customer_id is not None and customer_id != self.profile.customer_id:
            self.profile.show_customer(customer_id)

    def selected_ids(self) -> list[int]:
        selection = self.table.selectionModel().selection()
        spans = (selection.at(i) for i in range(selection.count()))  # the stub declares no __iter__
        ranges = [(r.top(), r.bottom()) for r in spans]
        return self.model.ids_in_rows(ranges)

    def _selection_changed(self, *_args: Any) -> None:
        ids = self.selected_ids()
        count = len(ids)
        self._keep_selection = set(ids) if count > 1 else set()
        for a in (
            self.tag_action,
            self.untag_action,
            self.assign_action,
            self.consent_action,
            self.follow_up_action,
            self.delete_action,
        ):
            a.setEnabled(count > 0)
        self.export_action.setText(self.tr("&Export Selection…") if count > 1 else self.tr("&Export List…"))
        self.selection_bar.setVisible(count > 1)
        self.selection_label.setText(self.tr("Selected: %1").replace("%1", f"{count:,}"))

    # -- keyboard ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.splitter:
            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_box.selectAll()

    def _search_entered(self) -> None:
        self.apply_search()
        if self.model.rowCount() or self.model.loading:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down arrow moves from the search box into the list; Escape clears the box;
        Enter in the list opens the customer."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            if key == Qt.Key.Key_Down and self._search_timer.isActive():
                self.apply_search()
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                self.apply_search()
                return True
        elif watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # -- opening and editing ------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        customer_id = index.data(CustomerIdRole)
        if customer_id is not None:
            self.open_customer(customer_id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_customer(index.data(CustomerIdRole))

    def ensure_editor(self) -> Any:
        """The editor, made on first use (a quicker start). Help's shortcut list asks for
        it too: the shortcuts of a customer's tabs are its actions."""
        if self.editor is None:
            # The editor, its tabs and their domain commands: 40-60 ms at import, not wanted at start.
            from smallcrm.ui.views.customer_editor import CustomerEditor

            self.editor = CustomerEditor(self)
            self.editor.closed.connect(self._editor_closed)
            self.editor.open_other.connect(self.open_customer)
            self.editor.status_message.connect(self.status_message)
            self.editor.sale_requested.connect(self.sale_requested)
            self.stack.addWidget(self.editor)
        return self.editor

    def open_customer(self, customer_id: int) -> None:
        """Show the customer in the editor, over the list (double-click or Enter)."""
        editor = self.ensure_editor()
        if self.editing and not editor.maybe_leave():
            return
        editor.load(customer_id)
        self._show_editor()

    def new_customer(self, prefill: dict[str, Any] | None = None) -> None:
        """An empty editor for a new customer (Ctrl+N); the search text helps fill it."""
        editor = self.ensure_editor()
        if self.editing and not editor.maybe_leave():
            return
        if prefill is None:
            prefill = self._prefill_from_search()
        editor.new(prefill)
        self._show_editor()

    def _prefill_from_search(self) -> dict[str, Any]:
        """Looked for someone who is not there: start the new customer with what was typed."""
        # domain.customers.search: 5-10 ms at import, loaded by the first search rather than at start.
        from smallcrm.domain.customers.search import normalise_query

        term = self.search_box.text().strip()
        if not term or self.model.rowCount():
            return {}
        q = normalise_query(term)
        return {"phone": term} if q.isdigit() and len(q) >= 7 else {"name": term}

    def _show_editor(self) -> None:
        self.stack.setCurrentWidget(self.editor)
        self.editor.focus_first()
        self.editing_changed.emit(True)

    @property
    def editing(self) -> bool:
        return self.editor is not None and self.stack.currentWidget() is self.editor

    def _editor_closed(self, customer_id: int | None) -> None:
        self.stack.setCurrentWidget(self.splitter)
        self.editing_changed.emit(False)
        if customer_id is not None:
            self._selected_id = customer_id
            row = self.model.row_of(customer_id)
            if row is not None:
                index = self.model.index(row, COL_NAME)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_editor(self) -> bool:
        """Leave the editor (asking about unsaved changes); False if the owner stays."""
        if not self.editing:
            return True
        return bool(self.editor.close_editor())

    # -- bulk actions ------------------------------------------------------------------------------

    def bulk_actions(self) -> BulkActions:
        """The work of the bulk actions, made at the first one."""
        if self._bulk is None:
            # customer_bulk imports the domain's commands, the exporter and the dialogs
            # (45-60 ms at import): the first bulk action pays for them, not the start.
            from smallcrm.ui.views.customer_bulk import BulkActions

            self._bulk = BulkActions(self)
        return self._bulk

    def targets(self) -> list[int]:
        """The customers a bulk action is for: the selection, or the one in the editor."""
        ids = self.selected_ids()
        if not ids and self.editing and self.editor.customer_id is not None:
            ids = [self.editor.customer_id]
        return ids

    def listed_ids(self) -> list[int]:
        """Every customer the list shows, in its order."""
        return self.model.ids_in_rows([(0, self.model.rowCount() - 1)]) if self.model.rowCount() else []

    def trashed(self, moved: list[int]) -> None:
        """Customers went to the trash: Ctrl+Z brings them back; the editor showing one closes."""
        self.last_deleted = moved
        self._update_undo()
        if self.editing and self.editor.customer_id in moved:
            self.editor.discard_and_close()

    def export_selected(self, path: str | None = None) -> Any:
        """The selection (or, with none, every customer the list shows) to .xlsx or .csv:
        the export dialog, or straight to ``path`` (a worker job)."""
        return self.bulk_actions().export(path)

    def undo_delete(self) -> None:
        """Ctrl+Z: bring back the customers moved to the trash last."""
        if self.last_deleted:
            self.bulk_actions().undo_delete(self.last_deleted)

    def restored(self, restored: list[int]) -> None:
        """The customers trashed last are back: selected again once the list has them."""
        self.last_deleted = []
        self._update_undo()
        if restored:
            self._selected_id = restored[0]
            self._keep_selection = set(restored) if len(restored) > 1 else set()

    def _update_undo(self) -> None:
        n = len(self.last_deleted)
        self.undo_action.setEnabled(n > 0)
        self.undo_action.setText(self.tr("&Undo Move to Trash (%1)").replace("%1", f"{n:,}") if n else self.tr("&Undo"))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        if self.table.indexAt(pos).isValid():
            menu.addAction(self.open_action)
            menu.addSeparator()
            for a in (
                self.tag_action,
                self.untag_action,
                self.assign_action,
                self.consent_action,
                self.follow_up_action,
            ):
                menu.addAction(a)
            menu.addAction(self.export_action)
            menu.addSeparator()
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addAction(self.columns_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- changes ------------------------------------------------------------------------------------

    def _on_changed(self, kind: str, ids: list[int] | None) -> None:
        if kind in (changes.CUSTOMERS, changes.DATABASE):
            if kind == changes.DATABASE:
                self.last_deleted = []
                self._update_undo()
            self.model.reload()
            self.filter_bar.refresh(kind)
            if self.profile.customer_id is not None and (ids is None or self.profile.customer_id in ids):
                self.profile.show_customer(self.profile.customer_id)
        elif kind in (changes.PURCHASES, changes.STAFF):
            if self.filter_bar.uses_analysis():
                self.model.reload()  # a purchase can move a customer into or out of a segment
            else:
                self.model.refresh_rows(ids)
            self.filter_bar.refresh(kind)
            if self.profile.customer_id is not None and (ids is None or self.profile.customer_id in ids):
                self.profile.show_customer(self.profile.customer_id)
        elif kind == changes.INTERACTIONS and self.filter_bar.active():
            self.model.reload()  # an open-complaint filter may now show someone else
