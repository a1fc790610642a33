"""The Customers area: search box, quick filters, the list, the selected customer's
profile beside it, bulk actions on a selection, and the editor over the list.

Every write is a domain command run by :func:`smallcrm.ui.shell.changes.run_command`, which
announces the change once; this page, like every other view, re-reads on
``changes.hub().changed`` instead of being told by whoever made the change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelection,
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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import UserError
from smallcrm.ui.models.customer_table import COL_NAME, COLUMNS, CustomerIdRole, CustomerTableModel
from smallcrm.ui.shell import changes, mnemonics
from smallcrm.ui.views.customer_profile import CustomerProfile
from smallcrm.ui.widgets.delegates import HighlightDelegate
from smallcrm.ui.widgets.filters import FilterBar
from smallcrm.ui.widgets.labels import muted

# No waiting: a keystroke's first page comes from a LIMITed index walk in milliseconds,
# the ordering of every hit starts only after it, and a query overtaken by the next
# keystroke is stopped inside SQLite. The zero-delay timer still merges the changes
# made in one go (an input method committing a word, a paste).
SEARCH_DELAY_MS = 0
WARM_UP_MS = 1500  # after start, load what the first search needs (see delegates.warm_up)
# The column to show while a search's hits matched in it (search.MATCH_KINDS) and the
# list does not show it: an address or postcode hit is seen, in bold, like a name.
_REVEALED = {"street": "street", "postcode": "postcode", "wechat": "wechat", "email": "email"}


# From this many customers a bulk action says it has started (see _say_working).
BIG_SELECTION = 1000


def _names(ids: list[int]) -> str:
    """'张三' for one customer, '3 customers' for several (for status messages)."""
    if len(ids) == 1:
        from smallcrm.store.models import Customer

        row = Customer.get_or_none(Customer.id == ids[0])
        if row is not None and (row.name or row.customer_no):
            return str(row.name or row.customer_no)
    return QCoreApplication.translate("CustomersPage", "%1 customers").replace("%1", f"{len(ids):,}")


class CustomersPage(QWidget):
    """Find, filter, select and act on customers; open one to edit it."""

    status_message = Signal(str)
    editing_changed = Signal(bool)  # the editor opened (True) or closed
    reminders_requested = Signal()  # "Open Reminders" beside the list: the window shows that area

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected_id: int | None = None
        self._keep_selection: set[int] = set()
        self.last_deleted: list[int] = []
        self._revealed: set[int] = set()  # columns shown while a search's hits matched in them
        self.editor: Any = None  # CustomerEditor, made on first use (a quicker start)

        # -- search and filters -------------------------------------------------------------
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search name, pinyin, phone, number or address"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.search_count = muted(QLabel())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one fired 10 ms late
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_entered)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)

        # -- the list ------------------------------------------------------------------------
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
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.default_columns()
        self.table.setSortingEnabled(True)  # header clicks now call model.sort(), an SQL ORDER BY
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.reloaded.connect(self._reloaded)
        self.model.matches_counted.connect(self._show_match_counts)

        self.profile = CustomerProfile()
        self.profile.setMinimumWidth(260)
        self.profile.today.reminders_requested.connect(self.reminders_requested)
        self.profile.today.filter_requested.connect(self._list_only)
        self.model.follow_paints_of(self.table.viewport())
        QTimer.singleShot(WARM_UP_MS, self, self._warm_up)
        self.profile.open_requested.connect(self.open_customer)

        # -- the selection bar: bulk actions for several customers ----------------------------
        self._make_actions()
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

        changes.hub().changed.connect(self._on_changed)
        self._selection_changed()
        # The first query runs once the window has painted (MainWindow.first_painted):
        # setSortingEnabled asked for the order the model already has.

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
            self.delete_selected,
            QKeySequence(Qt.Key.Key_Delete),
            self.tr("Move the selected customers to the trash (Delete); Ctrl+Z brings them back"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        self.undo_action = action(self.tr("&Undo"), self.undo_delete, QKeySequence.StandardKey.Undo)
        self.tag_action = action(
            self.tr("&Tag…"), self.tag_selected, tip=self.tr("Add a tag to the selected customers")
        )
        self.untag_action = action(
            self.tr("&Remove Tag…"), self.untag_selected, tip=self.tr("Take a tag off the selected customers")
        )
        self.assign_action = action(
            self.tr("&Assign Staff…"),
            self.assign_selected,
            tip=self.tr("Make a staff member responsible for the selected customers"),
        )
        self.consent_action = action(
            self.tr("Ma&il Consent…"),
            self.consent_selected,
            tip=self.tr("Record whether the selected customers may receive greeting cards by post"),
        )
        self.follow_up_action = action(
            self.tr("&Follow-up Reminder…"),
            self.follow_up_selected,
            tip=self.tr("Create a reminder to contact each selected customer"),
        )
        self.export_action = action(
            self.tr("&Export…"),
            self.export_selected,
            tip=self.tr("Save the selected customers (or the whole list shown) as an Excel or CSV file"),
        )
        self.select_all_action = action(self.tr("Select &All"), self.table.selectAll)
        self.columns_action = action(self.tr("&Columns…"), lambda: self._header_menu(None))
        self._update_undo()

    @staticmethod
    def _button(action: QAction) -> QPushButton:
        button = QPushButton(mnemonics.plain(action.text()))
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # -- columns -------------------------------------------------------------------------------

    def default_columns(self) -> None:
        """The columns shown on first start, each wide enough for typical content."""
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        pad = 28  # cell margins plus room for the sort arrow
        # WORKAROUND: measuring Chinese text loads the CJK fallback font, 5 ms of a start
        # that shows no Chinese yet; a Han character is one em wide, which this estimates.
        han = fm.height() * 6 // 7
        latin = {"customer_no": "C0000000", "phone": "+86 138 0000 0000", "last_purchase": "2026-12-31"}
        latin |= {"revenue": "1,000,000.00", "profit": "1,000,000.00", "created_at": "2026-12-31"}
        chinese = {"name": 5, "city": 5, "district": 7, "street": 9, "tags": 6, "staff": 4}
        for logical, column in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(logical), logical)
            title = self.model.headerData(logical, Qt.Orientation.Horizontal)
            sample = fm.horizontalAdvance(latin.get(column.key, "0000-00-00"))
            if column.key in chinese:
                sample = han * chinese[column.key]
            title_width = fm.horizontalAdvance(title) if title.isascii() else han * len(title)
            width = max(sample, title_width) + pad
            self.table.setColumnWidth(logical, width)
            header.setSectionHidden(logical, not column.shown)

    def save_columns(self) -> QByteArray:
        """The owner's columns, without those a search shows for the while (_reveal_columns)."""
        header = self.table.horizontalHeader()
        for logical in self._revealed:
            header.setSectionHidden(logical, True)
        state = header.saveState()
        for logical in self._revealed:
            header.setSectionHidden(logical, False)
        return state

    def restore_columns(self, state: Any) -> bool:
        header = self.table.horizontalHeader()
        if not isinstance(state, QByteArray) or not header.restoreState(state):
            return False
        if header.count() != len(COLUMNS) or header.hiddenSectionCount() >= len(COLUMNS):
            self.default_columns()  # saved by another version: start afresh
            return False
        if header.sortIndicatorSection() < 0:  # saved while searching (best match first)
            header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        return True

    def _header_menu(self, pos: QPoint | None) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for logical, _column in enumerate(COLUMNS):
            a = menu.addAction(self.model.headerData(logical, Qt.Orientation.Horizontal))
            a.setCheckable(True)
            a.setChecked(not header.isSectionHidden(logical))
            a.toggled.connect(lambda on, c=logical: self.show_column(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset Columns"), self.default_columns)
        where = header.mapToGlobal(pos) if pos is not None else self.table.mapToGlobal(QPoint(0, 0))
        menu.popup(where)

    def show_column(self, logical: int, on: bool) -> None:
        self._revealed.discard(logical)  # the owner's choice from now on
        header = self.table.horizontalHeader()
        if not on and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last visible column stays
        header.setSectionHidden(logical, not on)

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

    def show_ids(self, label: str, ids: list[int]) -> None:
        """Show exactly these customers, with no search (a click on a chart in the
        Analysis area): from here the owner tags, reminds, exports or mails them."""
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.apply_search()
        self.filter_bar.show_ids(label, ids)

    def _list_only(self, key: str) -> None:
        """The list showing exactly the customers a line of the day counts (birthdays
        this month, open complaints): no search, no other filter, the same number."""
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.apply_search()
        if self.filter_bar.active():
            self.filter_bar.clear()
        self.filter_bar.choose(key)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filters_changed(self) -> None:
        self.model.set_filters(self.filter_bar.conditions())

    def _reloaded(self, rows: int) -> None:
        self.profile.today.start()  # the rows are in: the day's counts may be read now (once)
        if not self.model.term:
            self._reveal_columns(set())
        if self.model.term or self.filter_bar.active():
            text = self.tr("%1 found").replace("%1", f"{rows:,}")
            self.search_count.setText(text if self.model.complete else text.replace(f"{rows:,}", f"{rows:,}+"))
            self.search_count.setToolTip("")
            self.search_count.show()
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
        """Say what the hits matched once the model has counted them: digits that end
        some phones put those first ("Phone ending 8000: 13 · other matches: 2,694
        (postcode, street)"), so the postcodes and streets holding them do not pass
        for customers with that number; the tooltip has every count. A column the
        hits matched in that the list does not show (the street, the postcode) is
        shown while the search lasts, so the match is seen, in bold like the others."""
        from smallcrm.domain.customers.search import MATCH_LABELS, normalise_query

        counts = self.model.match_counts
        # The one column most hits matched in (more would push it out of sight), if it
        # is a good part of them: not the street of 2 % of the hits of a phone's digits.
        revealable = {k: n for k, n in counts.items() if k in _REVEALED}
        top = max(revealable, key=revealable.__getitem__) if revealable else None
        shown = top is not None and revealable[top] * 4 >= sum(counts.values())
        self._reveal_columns({_REVEALED[top]} if top is not None and shown else set())
        if not counts or self.search_count.isHidden():
            return
        label = {k: QCoreApplication.translate("SearchMatch", MATCH_LABELS[k]) for k in counts}
        self.search_count.setToolTip(
            "\n".join(self.tr("%1: %2").replace("%1", label[k]).replace("%2", f"{n:,}") for k, n in counts.items())
        )
        tails = counts.get("phone_tail", 0)
        if not tails:
            return
        text = (
            self.tr("Phone ending %1: %2").replace("%1", normalise_query(self.model.term)).replace("%2", f"{tails:,}")
        )
        others = sorted(((n, k) for k, n in counts.items() if k != "phone_tail"), reverse=True)
        if others:
            rest = sum(n for n, _k in others)
            if others[0][0] * 2 >= rest:  # one kind is most of them: name it alone, to stay short
                more = self.tr(" · other matches: %1, mostly %2").replace("%2", label[others[0][1]])
            else:
                more = self.tr(" · other matches: %1 (%2)").replace(
                    "%2", self.tr(", ").join(label[k] for _n, k in others[:2]) + ("…" if len(others) > 2 else "")
                )
            text += more.replace("%1", f"{rest:,}")
        self.search_count.setText(text)

    def _reveal_columns(self, keys: set[str]) -> None:
        """Show exactly these columns beyond the owner's choice (hiding those shown for
        an earlier search): the owner's own columns are never hidden here."""
        header = self.table.horizontalHeader()
        wanted = {self.model.column_of(k) for k in keys}
        for logical in sorted(self._revealed - wanted):
            header.setSectionHidden(logical, True)
            self._revealed.discard(logical)
        for logical in sorted(wanted - self._revealed):
            if header.isSectionHidden(logical):
                header.setSectionHidden(logical, False)
                self._revealed.add(logical)

    def _reselect(self, ids: set[int]) -> None:
        """Select the same customers again after the list was re-queried (a bulk action)."""
        selection = QItemSelection()
        rows = sorted(r for r in (self.model.row_of(i) for i in ids) if r is not None)
        last = self.model.columnCount() - 1
        start = prev = None
        for r in [*rows, None]:
            # prev is an int whenever start is set: the row of the previous pass
            if start is not None and (r is None or r != cast(int, prev) + 1):
                selection.select(self.model.index(start, 0), self.model.index(cast(int, prev), last))
                start = None
            if r is not None and start is None:
                start = r
            prev = r
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

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
        from smallcrm.ui.shell import worker
        from smallcrm.ui.widgets.delegates import warm_up

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
        return self._ensure_editor()

    def _ensure_editor(self) -> Any:
        if self.editor is None:
            from smallcrm.ui.views.customer_editor import CustomerEditor

            self.editor = CustomerEditor(self)
            self.editor.closed.connect(self._editor_closed)
            self.editor.open_other.connect(self.open_customer)
            self.editor.status_message.connect(self.status_message)
            self.stack.addWidget(self.editor)
        return self.editor

    def open_customer(self, customer_id: int) -> None:
        """Show the customer in the editor, over the list (double-click or Enter)."""
        editor = self._ensure_editor()
        if self.editing and not editor.maybe_leave():
            return
        editor.load(customer_id)
        self._show_editor()

    def new_customer(self, prefill: dict[str, Any] | None = None) -> None:
        """An empty editor for a new customer (Ctrl+N); the search text helps fill it."""
        editor = self._ensure_editor()
        if self.editing and not editor.maybe_leave():
            return
        if prefill is None:
            prefill = self._prefill_from_search()
        editor.new(prefill)
        self._show_editor()

    def _prefill_from_search(self) -> dict[str, Any]:
        """Looked for someone who is not there: start the new customer with what was typed."""
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

    def _targets(self) -> list[int]:
        ids = self.selected_ids()
        if not ids and self.editing and self.editor.customer_id is not None:
            ids = [self.editor.customer_id]
        return ids

    def delete_selected(self) -> None:
        ids = self._targets()
        if not ids:
            return
        from smallcrm.domain.customers.commands import delete_customers

        def done(moved: list[int]) -> None:
            self.last_deleted = moved
            self._update_undo()
            self.status_message.emit(
                self.tr("Moved to the trash: %1. Ctrl+Z brings them back.").replace("%1", _names(moved))
            )
            if self.editing and self.editor.customer_id in moved:
                self.editor.discard_and_close()

        self._say_working(ids)
        changes.run_command(self, lambda: delete_customers(ids), kind=changes.CUSTOMERS, ids=lambda r: r, on_done=done)

    def _say_working(self, ids: list[int]) -> None:
        """A bulk action on many customers takes seconds on the write thread (trashing
        100,000 about 6): say it has started, or nothing would seem to happen until its
        own message replaces this one."""
        if len(ids) >= BIG_SELECTION:
            self.status_message.emit(self.tr("Working on %1 customers…").replace("%1", f"{len(ids):,}"))

    def undo_delete(self) -> None:
        """Ctrl+Z: bring back the customers moved to the trash last."""
        ids = self.last_deleted
        if not ids:
            return
        from smallcrm.domain.customers.commands import restore_customers

        def done(restored: list[int]) -> None:
            self.last_deleted = []
            self._update_undo()
            if restored:
                self._selected_id = restored[0]
                self._keep_selection = set(restored) if len(restored) > 1 else set()
            self.status_message.emit(self.tr("Back from the trash: %1.").replace("%1", _names(restored)))

        self._say_working(ids)
        changes.run_command(self, lambda: restore_customers(ids), kind=changes.CUSTOMERS, ids=lambda r: r, on_done=done)

    def _update_undo(self) -> None:
        n = len(self.last_deleted)
        self.undo_action.setEnabled(n > 0)
        self.undo_action.setText(self.tr("&Undo Move to Trash (%1)").replace("%1", f"{n:,}") if n else self.tr("&Undo"))

    def tag_selected(self) -> None:
        from smallcrm.domain.customers import filters as cf
        from smallcrm.domain.customers.commands import tag_customers

        self._bulk_choice(
            self.tr("Tag"),
            self.tr("Tag for the selected customers (%1):"),
            lambda: [name for _id, name in cf.tag_choices()],
            tag_customers,
            lambda _name, n: self.tr("Customers tagged: %1.").replace("%1", f"{n:,}"),
        )

    def untag_selected(self) -> None:
        from smallcrm.domain.customers import filters as cf
        from smallcrm.domain.customers.commands import tag_customers

        self._bulk_choice(
            self.tr("Remove Tag"),
            self.tr("Tag to take off the selected customers (%1):"),
            lambda: [name for _id, name in cf.tag_choices()],
            lambda ids, name: tag_customers(ids, name, remove=True),
            lambda _name, n: self.tr("Tag taken off customers: %1.").replace("%1", f"{n:,}"),
            new_allowed=False,
            none_yet=self.tr("No customer has a tag yet."),
        )

    def assign_selected(self) -> None:
        """Hand the selection to a staff member; their open reminders go along unless
        the owner ticks the box to keep them, and the status bar says what moved."""
        ids = self._targets()
        if not ids:
            return
        from smallcrm.domain.customers import filters as cf
        from smallcrm.domain.customers.commands import Reassignment, reassign
        from smallcrm.ui.dialogs.assign_dialog import AssignStaffDialog

        names = [name for _id, name, _active in cf.staff_choices(include_inactive=False)]
        dialog = AssignStaffDialog(len(ids), names, self)
        if not dialog.exec():
            return
        name, keep = dialog.staff_name(), dialog.keep_reminders()

        def done(r: Reassignment) -> None:
            said = [
                self.tr("%1 took over %2 customers.").replace("%2", f"{r.customers:,}").replace("%1", r.staff or name)
            ]
            if r.reminders_kept:
                kept = self.tr("%1 open reminders and follow-ups stay with whoever had them.")
                said.append(kept.replace("%1", f"{r.reminders_kept:,}"))
            if r.reminders_moved or not r.reminders_kept:
                moved = self.tr("%1 open reminders and follow-ups went with the customers.")
                said.append(moved.replace("%1", f"{r.reminders_moved:,}"))
            self.status_message.emit(" ".join(said))

        self._say_working(ids)
        changes.run_command(
            self,
            lambda: reassign(ids, name, keep_reminders=keep),
            kind=changes.CUSTOMERS,
            ids=lambda _r: ids,
            on_done=done,
        )

    def consent_selected(self) -> None:
        """Grant or withdraw "may receive mail" for the selected customers at once: an
        imported list comes without consent, and the owner records the answers after
        asking the customers."""
        ids = self._targets()
        if not ids:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Mail Consent"))
        box.setText(
            self.tr("May the selected customers (%1) receive greeting cards and letters by post?").replace(
                "%1", f"{len(ids):,}"
            )
        )
        box.setInformativeText(self.tr("Mailings include only the customers who may receive mail."))
        grant = box.addButton(self.tr("May Receive Mail"), QMessageBox.ButtonRole.YesRole)
        withdraw = box.addButton(self.tr("May Not Receive Mail"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(grant)
        box.exec()
        if box.clickedButton() not in (grant, withdraw):
            return
        allowed = box.clickedButton() is grant
        from smallcrm.domain.customers.commands import set_mail_consent

        def done(changed: int) -> None:
            text = self.tr("May receive mail: %1 changed.") if allowed else self.tr("May not receive mail: %1 changed.")
            self.status_message.emit(text.replace("%1", f"{changed:,}"))

        self._say_working(ids)
        changes.run_command(
            self, lambda: set_mail_consent(ids, allowed), kind=changes.CUSTOMERS, ids=lambda _r: ids, on_done=done
        )

    def _bulk_choice(
        self,
        title: str,
        prompt: str,
        choices: Callable[[], list[str]],
        command: Callable[[list[int], str], int],
        done: Callable[[str, int], str],
        *,
        new_allowed: bool = True,
        none_yet: str = "",
    ) -> None:
        """A bulk action that needs one name (a tag, a staff member): ask for it among
        ``choices`` (or a new one, where ``new_allowed``), run ``command(ids, name)`` on
        the selected customers and say ``done(name, changed)`` in the status bar."""
        ids = self._targets()
        if not ids:
            return
        names = choices()
        if not names and none_yet:
            self.status_message.emit(none_yet)
            return
        name, ok = QInputDialog.getItem(self, title, prompt.replace("%1", f"{len(ids):,}"), names, 0, new_allowed)
        name = name.strip()
        if not ok or not name:
            return
        self._say_working(ids)
        changes.run_command(
            self,
            lambda: command(ids, name),
            kind=changes.CUSTOMERS,
            ids=lambda _r: ids,
            on_done=lambda n: self.status_message.emit(done(name, n)),
        )

    def follow_up_selected(self) -> None:
        ids = self._targets()
        if not ids:
            return
        from smallcrm.ui.dialogs.record_dialogs import FollowUpDialog

        dialog = FollowUpDialog(len(ids), self)
        if not dialog.exec():
            return
        from smallcrm.domain.reminders.commands import add_follow_ups

        values = dialog.values()
        changes.run_command(
            self,
            lambda: add_follow_ups(ids, values),
            kind=changes.REMINDERS,
            ids=lambda r: r,
            on_done=lambda r: self.status_message.emit(
                self.tr("Follow-up reminders created: %1.").replace("%1", f"{len(r):,}")
            ),
        )

    def export_selected(self, path: str | None = None) -> Any:
        """The selection (or, with none, every customer the list shows) to .xlsx or .csv."""
        ids = self.selected_ids()
        if len(ids) < 2:  # one row is merely the current customer: take the whole list
            ids = self.model.ids_in_rows([(0, self.model.rowCount() - 1)]) if self.model.rowCount() else []
        if not ids:
            return None
        if path is None:  # the export dialog, set to the selection (or the list shown)
            from smallcrm.ui.dialogs.export_dialog import LIST, SELECTION, for_customer_list

            dialog = for_customer_list(self, scope=SELECTION if len(self.selected_ids()) > 1 else LIST)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return dialog
        from smallcrm.ui.shell import worker

        def run(progress: Any, cancel: Any) -> int:
            from smallcrm.sheets.exporter import export_customers

            return int(export_customers(path, ids=ids, progress=progress, cancel=cancel))

        def finished(count: Any, error: BaseException | None) -> None:
            if error is None:
                self.status_message.emit(
                    self.tr("Exported %1 customers to %2").replace("%1", f"{count:,}").replace("%2", str(path))
                )
            elif isinstance(error, UserError):
                QMessageBox.warning(self, self.tr("Export Customers"), error.render(QCoreApplication.translate))
            else:
                import sys

                sys.excepthook(type(error), error, error.__traceback__)

        self.status_message.emit(self.tr("Exporting…"))
        return worker.start(run, on_finished=finished)

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
