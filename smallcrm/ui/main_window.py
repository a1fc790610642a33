"""The first window: find a customer and read their profile.

A search box above the customer list, the selected customer's profile beside it,
and counts in the status bar. An empty database shows a welcome page instead, which
can fill the database with demo customers (off the GUI thread, cancellable).

The window only reads through the models for display; every write is a domain
function run by :mod:`smallcrm.ui.worker` (ARCHITECTURE.md, rule 4).
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import smallcrm
from smallcrm import jobs, settings
from smallcrm.domain.customers import customer_dict, get_customer
from smallcrm.domain.money import format_cents
from smallcrm.domain.stats import stats
from smallcrm.errors import UserError
from smallcrm.ui import worker
from smallcrm.ui.customer_table import COL_NAME, CustomerIdRole, CustomerTableModel, has_live_customers

SEARCH_DELAY_MS = 150  # long enough to skip the keystrokes of a fast typist
DEMO_CUSTOMERS = 2000
SETTINGS_ORG = SETTINGS_APP = "SmallCRM"
MUTED = "color: palette(placeholder-text);"


def demo_available() -> bool:
    """True when the demo data generator is part of this build."""
    return importlib.util.find_spec("smallcrm.domain.demo") is not None


def window_settings() -> QSettings:
    """Window state only (geometry, splitter); shop settings live in the database.

    An INI file on every system rather than the Windows registry or a macOS plist:
    one plain file in the user's config folder, and tests can redirect it with
    ``QSettings.setPath`` on every platform.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_ORG, SETTINGS_APP)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    # WORKAROUND: a word-wrapped QLabel in a QFormLayout reports the width of its
    # whole text as its minimum and can push the panel wider than the splitter
    # allows; a small minimum lets it wrap instead of being clipped.
    label.setMinimumWidth(60)
    return label


class CustomerDetail(QWidget):
    """Read-only profile of one customer, or a hint when none is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.hint = QLabel(self.tr("Select a customer to see their details."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED)
        self.hint.setMargin(24)
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint.setBackgroundRole(QPalette.ColorRole.Base)
        self.hint.setAutoFillBackground(True)
        self._stack.addWidget(self.hint)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        self.name_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label = QLabel()
        self.number_label.setStyleSheet(MUTED)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name_label)
        layout.addWidget(self.number_label)
        layout.addSpacing(10)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.fields: dict[str, QLabel] = {}
        line_height = max(QLabel("Ag").sizeHint().height(), QLabel("王").sizeHint().height())
        for key, label in [
            ("phone", self.tr("Phone")),
            ("wechat", self.tr("WeChat")),
            ("birthday", self.tr("Birthday")),
            ("next_birthday", self.tr("Next birthday")),
            ("address", self.tr("Address")),
            ("staff", self.tr("Staff")),
            ("tags", self.tr("Tags")),
            ("purchases", self.tr("Purchases")),
            ("revenue", self.tr("Total spent")),
            ("profit", self.tr("Profit")),
            ("last_purchase", self.tr("Last purchase")),
        ]:
            value = _value_label()
            self.fields[key] = value
            name = QLabel(label)
            name.setStyleSheet(MUTED)
            # The label sits beside the first line of its value, also when the value
            # wraps. WORKAROUND: a line holding Chinese is taller than a Latin one (the
            # CJK fallback font), so the label is centred in a box one such line high
            # instead of top-aligned, which would put English labels a little high.
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            name.setFixedHeight(line_height)
            self.form.addRow(name, value)
        layout.addLayout(self.form)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        # The profile sits on the same white "paper" as the list beside it.
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setBackgroundRole(QPalette.ColorRole.Base)
        body.setBackgroundRole(QPalette.ColorRole.Base)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._stack.addWidget(scroll)
        self.clear()

    def clear(self) -> None:
        self.customer_id = None
        self._stack.setCurrentWidget(self.hint)

    def show_customer(self, customer_id: int) -> None:
        try:
            c = customer_dict(get_customer(customer_id))
        except UserError:  # purged by another window meanwhile: nothing to show
            self.clear()
            return
        self.customer_id = customer_id
        dash = "—"
        self.name_label.setText(c["name"] or self.tr("(no name)"))
        self.number_label.setText(self.tr("Customer No. %1").replace("%1", c["customer_no"]))
        phones = [p for p in (c["phone"], c["phone2"]) if p]
        self.fields["phone"].setText("\n".join(phones) or dash)
        self.fields["wechat"].setText(c["wechat"] or dash)
        self.fields["birthday"].setText(self._birthday_text(c) or dash)
        self.fields["next_birthday"].setText(self._next_birthday_text(c) or dash)
        parts = [c[k] for k in ("province", "city", "district", "street") if c[k]]
        address = " ".join(dict.fromkeys(parts))  # a municipality is its own province
        if address and c["postcode"]:
            address += "  " + c["postcode"]
        self.fields["address"].setText(address or dash)
        self.fields["staff"].setText(c["staff"] or dash)
        self.fields["tags"].setText(self.tr(", ", "separator between tags").join(c["tags"]) or dash)
        self.fields["purchases"].setText(f"{c['purchase_count']:,}")
        self.fields["revenue"].setText(format_cents(c["revenue_cents"], "¥"))
        profit = format_cents(c["profit_cents"], "¥")
        if c["lines_without_cost"]:
            profit += "\n" + self.tr("Not counted (no cost price): %1").replace("%1", f"{c['lines_without_cost']:,}")
        self.fields["profit"].setText(profit if c["purchase_count"] else dash)
        self.fields["last_purchase"].setText(c["last_purchase"] or dash)
        self._stack.setCurrentIndex(1)

    def _birthday_text(self, c: dict[str, Any]) -> str:
        b = c["birthday"]
        if not b:
            return ""
        if b["calendar"] == "lunar":
            text = b["text"]  # 农历二月初二: the form the owner writes
        elif b["year"]:
            text = f"{b['year']:04d}-{b['month']:02d}-{b['day']:02d}"
        else:
            text = self.tr("{month}/{day}").format(month=b["month"], day=b["day"])
        if c.get("age") is not None:
            text = self.tr("%1 (age %2)").replace("%1", text).replace("%2", str(c["age"]))
        return text

    def _next_birthday_text(self, c: dict[str, Any]) -> str:
        when = c.get("next_birthday")
        if not when:
            return ""
        days = (dt.date.fromisoformat(when) - dt.date.today()).days
        if days == 0:
            return self.tr("%1, today").replace("%1", when)
        if days == 1:
            return self.tr("%1, tomorrow").replace("%1", when)
        # days >= 2 here, so one plural form is enough even in English.
        return self.tr("%1, in %2 days").replace("%1", when).replace("%2", str(days))


class WelcomePage(QWidget):
    """Shown while the database has no customers."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget()
        column.setMaximumWidth(560)
        layout = QVBoxLayout(column)
        layout.setSpacing(14)

        title = QLabel(self.tr("Welcome to SmallCRM"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)

        intro = QLabel(
            self.tr(
                "SmallCRM keeps your customers in one place: who they are, how to reach them, "
                "their birthdays and what they bought. Your customer list is still empty."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.demo_button = QPushButton(self.tr("Explore with demo data"))
        self.demo_button.setDefault(True)
        self.demo_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.demo_text = QLabel(
            self.tr(
                "To look around first, fill it with {count} made-up customers. They stay in this database, "
                "so use it for trying SmallCRM out, not for your real customers."
            ).format(count=f"{DEMO_CUSTOMERS:,}")
        )
        self.demo_text.setWordWrap(True)
        layout.addWidget(self.demo_text)
        layout.addWidget(self.demo_button)
        if not demo_available():
            self.demo_text.hide()
            self.demo_button.hide()

        if db_path is not None:
            where = QLabel(self.tr("Database: %1").replace("%1", str(db_path)))
            where.setWordWrap(True)
            where.setStyleSheet(MUTED)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addSpacing(12)
            layout.addWidget(where)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)


class MainWindow(QMainWindow):
    """Search box, customer list and profile; a welcome page when there is nothing yet."""

    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.demo_job: worker.Job | None = None
        self._progress: QProgressDialog | None = None
        self._selected_id: int | None = None
        self._stats_job: worker.Job | None = None

        shop = settings.get("shop_name")
        self.setWindowTitle(self.tr("SmallCRM — %1").replace("%1", shop) if shop else "SmallCRM")

        # -- list page -------------------------------------------------------------------
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search name, pinyin, phone, number or address"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.search_count = QLabel()
        self.search_count.setStyleSheet(MUTED)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_entered)

        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)
        vheader = self.table.verticalHeader()
        vheader.hide()
        # Fixed row heights: the view never measures rows, so 100,000 stay cheap.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # calls model.sort(): the first query
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.reloaded.connect(self._reloaded)

        self.detail = CustomerDetail()
        self.detail.setMinimumWidth(260)

        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.search_count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.list_page = QWidget()
        page_layout = QVBoxLayout(self.list_page)
        page_layout.setContentsMargins(10, 10, 10, 4)
        page_layout.addWidget(self.splitter)

        # -- welcome page and the stack ----------------------------------------------------
        self.welcome = WelcomePage(db_path)
        self.welcome.demo_button.clicked.connect(self.generate_demo)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.list_page)
        self.setCentralWidget(self.pages)

        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self._make_menus()
        self.refresh()
        self._restore_state()

    # -- construction helpers ------------------------------------------------------------------

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find Customer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        edit_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About SmallCRM"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    def _size_columns(self) -> None:
        fm = self.table.fontMetrics()
        pad = 28  # cell margins plus room for the sort arrow
        widths = [
            fm.horizontalAdvance("C0000000") + pad,
            fm.horizontalAdvance("欧阳小明明") + pad,
            fm.horizontalAdvance("+86 138 0000 0000") + pad,
            fm.horizontalAdvance("哈尔滨市市") + pad,
            fm.horizontalAdvance("经济技术开发区") + pad,
        ]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(
                column, max(width, fm.horizontalAdvance(self.model.headerData(column, Qt.Orientation.Horizontal)) + pad)
            )

    def _restore_state(self) -> None:
        s = window_settings()
        geometry = s.value("main_window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            # First start: roomy, but never bigger than a small laptop's screen.
            screen = self.screen().availableGeometry()
            self.resize(min(1120, int(screen.width() * 0.9)), min(720, int(screen.height() * 0.9)))
        splitter = s.value("main_window/splitter")
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            self.splitter.setSizes([680, 420])

    def _save_state(self) -> None:
        s = window_settings()
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/splitter", self.splitter.saveState())

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list and the counts, and show the welcome page if there is nobody."""
        empty = not self.model.term and not has_live_customers()
        self.pages.setCurrentWidget(self.welcome if empty else self.list_page)
        self.find_action.setEnabled(not empty)
        self.model.reload()
        # stats() sums every purchase: a few hundred ms at a million lines, so off the GUI thread.
        self._stats_job = worker.start(lambda _progress, _cancel: stats())
        self._stats_job.finished.connect(self._show_counts)

    @Slot(object, object)
    def _show_counts(self, counts: Any, error: Any) -> None:
        if self.sender() is not self._stats_job:
            return  # an older count, overtaken by a newer one
        if error is not None:
            raise error  # a bug: the app's error reporter shows it
        self.counts.setText(
            self.tr("Customers: %1").replace("%1", f"{counts['customers']:,}")
            + "   ·   "
            + self.tr("Open reminders: %1").replace("%1", f"{counts['open_reminders']:,}")
        )

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

    def _reloaded(self, rows: int) -> None:
        if self.model.term:
            self.search_count.setText(self.tr("%1 found").replace("%1", f"{rows:,}"))
            self.search_count.show()
        else:
            self.search_count.hide()
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        if row is None and self.model.term and rows:
            row = 0  # searching: show the best hit straight away
        if row is None:
            self.detail.clear()
            self._selected_id = None
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = current.data(CustomerIdRole) if current.isValid() else None
        if customer_id is None:
            return  # a reset clears the current row; _reloaded decides what to show
        self._selected_id = customer_id
        if customer_id != self.detail.customer_id:
            self.detail.show_customer(customer_id)

    # -- keyboard ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.list_page:
            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_box.selectAll()

    def _search_entered(self) -> None:
        self.apply_search()
        if self.model.rowCount() or self.model.loading:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down arrow moves from the search box into the list; Escape clears the box."""
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
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
        return super().eventFilter(watched, event)

    # -- demo data -------------------------------------------------------------------------------

    def generate_demo(self) -> worker.Job | None:
        """Fill the empty database with demo customers on the write thread."""
        if self.demo_job is not None and not self.demo_job.done:
            return self.demo_job
        from smallcrm.domain import demo

        def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
            return demo.generate(customers=DEMO_CUSTOMERS, seed=1, progress=progress, cancel=cancel)

        self.welcome.demo_button.setEnabled(False)
        dialog = QProgressDialog(self.tr("Creating demo customers…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Demo data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        self._progress = dialog
        job = worker.start(run, write=True, on_progress=self._demo_progress, on_finished=self._demo_finished)
        dialog.canceled.connect(job.cancel)
        dialog.canceled.connect(lambda: self.statusBar().showMessage(self.tr("Cancelling…")))
        dialog.show()
        self.demo_job = job
        return job

    def _demo_progress(self, done: int, total: int, message: str) -> None:
        dialog = self._progress
        if dialog is None or dialog.wasCanceled():
            return
        if message:  # domain steps are marked QT_TRANSLATE_NOOP("Progress", ...)
            dialog.setLabelText(QCoreApplication.translate("Progress", message))
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _demo_finished(self, _result: Any, error: BaseException | None) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        self.welcome.demo_button.setEnabled(True)
        if isinstance(error, jobs.Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled: no demo customers were added."), 10_000)
        elif isinstance(error, UserError):
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Demo data"), error.render(QCoreApplication.translate))
        elif error is not None:
            self.statusBar().clearMessage()
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            self.statusBar().showMessage(self.tr("Demo customers added."), 10_000)
        self.refresh()
        if error is None:
            self.focus_search()

    # -- window ------------------------------------------------------------------------------------

    def show_about(self) -> None:
        text = self.tr("<h3>SmallCRM %1</h3><p>Customers, purchases and reminders for a small shop.</p>").replace(
            "%1", smallcrm.__version__
        )
        if self.db_path is not None:
            text += "<p>" + self.tr("Database: %1").replace("%1", html.escape(str(self.db_path))) + "</p>"
        QMessageBox.about(self, self.tr("About SmallCRM"), text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.demo_job is not None and not self.demo_job.done:
            self.demo_job.cancel()  # rolls back; app.main waits for the pool before exiting
        self._save_state()
        super().closeEvent(event)
