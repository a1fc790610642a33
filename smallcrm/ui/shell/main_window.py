"""The main window: the app's areas beside a navigation list, menus, a toolbar and a
status bar; a welcome page while the database has no customers.

Areas (Customers, Reminders, Sale, Analysis, Mailing) are added with one call,
:meth:`MainWindow.add_area`, which puts them in the navigation list and the View menu
with a Ctrl+number shortcut. The navigation list is shown once there is more than one
area.

The window's other jobs each have a module of their own, which the window inherits:
its menus, toolbar and the dialogs they open (:mod:`~smallcrm.ui.shell.menus`), demo
data (:mod:`~smallcrm.ui.shell.demo_data`), backup and restore
(:mod:`~smallcrm.ui.shell.backups`) and the integrity check
(:mod:`~smallcrm.ui.shell.integrity`); the welcome page is
:mod:`~smallcrm.ui.shell.welcome`.

Window state (geometry, toolbars, splitter, the list's columns) is kept in QSettings;
the shop's own settings live in the database. A backup is made at every close by the
rotation policy, off the GUI thread. The window only reads through the models for
display; every write is a domain function run by :mod:`smallcrm.ui.shell.worker`
(ARCHITECTURE.md, rule 6).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from smallcrm import jobs, settings
from smallcrm.domain.analysis.stats import status_counts
from smallcrm.domain.customers.list_queries import has_live_customers
from smallcrm.errors import UserError
from smallcrm.store.sqlite.failures import is_damaged
from smallcrm.ui.models.customer_table import Connections
from smallcrm.ui.shell import changes, mnemonics, worker
from smallcrm.ui.shell.backups import BackupActions
from smallcrm.ui.shell.demo_data import DemoData
from smallcrm.ui.shell.integrity import IntegrityCheck
from smallcrm.ui.shell.menus import MenusAndToolbar
from smallcrm.ui.shell.welcome import WelcomePage, demo_available
from smallcrm.ui.views.analysis_view import AnalysisView
from smallcrm.ui.views.customers_page import CustomersPage
from smallcrm.ui.views.mailing_view import MailingView
from smallcrm.ui.views.reminders_view import RemindersView
from smallcrm.ui.widgets.lazy_area import LazyArea

if TYPE_CHECKING:
    from smallcrm.ui.views.sale_view import SaleView

__all__ = ["MainWindow", "demo_available", "window_settings"]

SETTINGS_ORG = SETTINGS_APP = "SmallCRM"
COUNTS_REFRESH_MS = 10 * 60 * 1000  # the date moves on while the app stays open


def window_settings() -> QSettings:
    """Window state only (geometry, splitter, columns); shop settings live in the database.

    An INI file on every system rather than the Windows registry or a macOS plist:
    one plain file in the user's config folder, and tests can redirect it with
    ``QSettings.setPath`` on every platform.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_ORG, SETTINGS_APP)


def _status_counts(_progress: Any, cancel: jobs.CancelToken) -> dict[str, int]:
    with worker.sql_cancellable(cancel):
        return status_counts(dt.date.today())


class MainWindow(MenusAndToolbar, DemoData, BackupActions, IntegrityCheck):
    """Navigation between the app's areas, the pages, the status bar, start and close."""

    # Emitted when the window is ready to close for good (after the closing backup).
    ready_to_close = Signal()
    # Emitted once, just after the window first painted: work that can wait starts here
    # (listening for a second launch, the integrity check, the filters' choices).
    first_painted = Signal()

    def __init__(
        self,
        db_path: Path | None = None,
        *,
        backup_on_close: bool = False,
        run_reminders: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``run_reminders``: run the reminder rules after the first paint and every new
        day, and notify (notifications.ReminderService). By default the app's own window
        does (the one that backs up on close); a window a test or a benchmark makes does
        not, so it sees only the reminders it makes itself."""
        super().__init__(parent)
        self.reminder_service: Any = None  # notifications.ReminderService, once started
        self._badges: dict[str, int] = {}
        self.db_path = db_path
        self.backup_on_close = backup_on_close and db_path is not None
        self.backup_job: worker.Job | None = None  # the one made when closing
        self._counts_job: worker.Job | None = None
        self._closing = False
        self._may_close = False
        self._painted = False
        self._check_connections = Connections()
        self.areas: dict[str, tuple[QWidget, QAction, str, QIcon | None]] = {}
        self._update_title()
        self._make_pages(db_path)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self._make_menus()
        self._make_sheet_actions()
        self._make_areas()
        self._make_toolbar()
        changes.hub().changed.connect(self._on_changed)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()
        # What other processes write (the command line, an import elsewhere) shows too.
        self.watcher = changes.ExternalChangeWatcher(self)
        self._restore_state()
        self._first_reads()
        self.first_painted.connect(self.refresh_counts)
        self.first_painted.connect(self.customers.filter_bar.fill_all)
        if backup_on_close if run_reminders is None else run_reminders:
            self.first_painted.connect(self.start_reminders)
        if db_path is not None:
            self.first_painted.connect(self.watcher.start)

    def _make_pages(self, db_path: Path | None) -> None:
        """The welcome page and the body (navigation and the areas' stack), and the two
        areas the others refer to: Customers and Reminders."""
        self.nav: QListWidget | None = None  # made when the second area arrives
        self.area_stack = QStackedWidget()
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.area_stack, 1)
        self.area_group = QActionGroup(self)
        self.area_group.setExclusive(True)

        self.customers = CustomersPage()
        self.customers.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.customers.editing_changed.connect(lambda _on: self.refresh_pages())
        self.reminders = RemindersView()
        self.reminders.open_customer.connect(self.open_customer)
        self.reminders.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))

        self.welcome = WelcomePage(db_path)
        self.welcome.demo_button.clicked.connect(self.generate_demo)
        self.welcome.add_button.clicked.connect(self.add_first_customer)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(body)
        self.body = body
        self.setCentralWidget(self.pages)

    def _make_areas(self) -> None:
        self.add_area("customers", self.tr("&Customers"), self.customers)
        self.add_area("reminders", self.tr("&Reminders"), self.reminders)
        self.customers.reminders_requested.connect(lambda: self.show_area("reminders"))
        self.sale_area = LazyArea(self._make_sale)
        self.customers.sale_requested.connect(self.start_sale)
        self.add_area("sale", self.tr("&Sale"), self.sale_area)
        self.analysis = AnalysisView()
        self.analysis.show_customers.connect(self.show_customers)
        self.add_area("analysis", self.tr("&Analysis"), self.analysis)
        self.add_area("mailing", self.tr("&Mailing"), MailingView(self.customers.selected_ids))

    def _first_reads(self) -> None:
        """The list's first page now (a millisecond's index walk), so that the first
        paint shows customers; the counts and the filters' choices after that paint."""
        try:
            self.refresh_pages()
            if self.pages.currentWidget() is self.body:
                self.customers.model.load_first_page()
            else:
                self.first_painted.connect(self.customers.model.reload)
        except Exception as exc:
            if not is_damaged(exc):
                raise
            # The first reads met a damaged page: the window still opens, with the one
            # "damaged" message (and its way forward) once it is shown.
            self.pages.setCurrentWidget(self.body)
            QTimer.singleShot(0, lambda error=exc: self.damaged_on_read(error))

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            # After this paint, not inside it, and one turn of the event loop later, so
            # that what is already queued (an input, a quit) goes first.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.first_painted.emit))
        return super().event(event)

    # -- areas ---------------------------------------------------------------------------------

    def add_area(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> QAction:
        """Add an area of the app: a navigation entry, a View menu item (Ctrl+1, Ctrl+2...)
        and a page. The one call the Reminders, Analysis and Mailing issues need."""
        self.area_stack.addWidget(widget)
        action = QAction(title, self)
        if icon is not None:
            action.setIcon(icon)
        action.setCheckable(True)
        number = len(self.areas) + 1
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _on=False, k=key: self.show_area(k))
        self.area_group.addAction(action)
        self.view_menu.insertAction(self._view_separator, action)
        self.areas[key] = (widget, action, mnemonics.plain(title), icon)
        if len(self.areas) > 1:
            self._update_nav()
        if len(self.areas) == 1:
            self.show_area(key)
        return action

    def set_area_badge(self, key: str, count: int) -> None:
        """A count after an area's name in the navigation ("Reminders (5)"); 0 shows none."""
        self._badges[key] = count
        if key not in self.areas:
            return
        _widget, _action, text, _icon = self.areas[key]
        if self.nav is not None:
            item = self.nav.item(list(self.areas).index(key))
            item.setText(f"{text} ({count:,})" if count else text)
            font = item.font()
            font.setBold(bool(count))
            item.setFont(font)

    def open_customer(self, customer_id: int) -> None:
        """Show a customer in the editor of the Customers area (from a reminder, say)."""
        if self.pages.currentWidget() is not self.body:
            self.pages.setCurrentWidget(self.body)
        self.show_area("customers")
        self.customers.open_customer(customer_id)

    def _make_sale(self) -> QWidget:
        # The sale screen with the domain's sales, catalogue and search and its dialogs:
        # 100-200 ms of imports at start-up (2 shared cores), made when first shown.
        from smallcrm.ui.views.sale_view import SaleView

        view = SaleView(window_settings)
        view.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return view

    @property
    def sale(self) -> SaleView:
        """The sale screen (made now if it was not yet)."""
        return cast("SaleView", self.sale_area.widget())

    def start_sale(self, customer_id: int) -> None:
        """The sale screen with this customer chosen ("New Sale" on a customer's page)."""
        self.show_area("sale")
        self.sale.start_for_customer(customer_id)

    def start_reminders(self) -> Any:
        """The reminder rules now and every new day; the start-up summary in the status
        bar and the Reminders area; tray notifications (smallcrm.ui.shell.notifications)."""
        if self.reminder_service is None:
            from smallcrm.ui.shell.notifications import ReminderService  # 13 ms at start-up: after the first paint

            service = ReminderService(self)
            service.summary.connect(lambda text: self.statusBar().showMessage(text, 30_000))
            service.summary.connect(self.reminders.show_summary)

            def show_reminders() -> None:
                self.bring_to_front()
                self.show_area("reminders")

            service.show_reminders.connect(show_reminders)
            self.reminder_service = service
        self.reminder_service.start()
        return self.reminder_service

    def _update_nav(self) -> None:
        """The navigation list, made when the second area arrives (one area needs none)."""

        if self.nav is None:
            self.nav = QListWidget()
            self.nav.setFrameShape(QListWidget.Shape.NoFrame)
            self.nav.setIconSize(QSize(20, 20))
            self.nav.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
            # Room around each entry: a list of bare lines reads as text, not as places to go.
            self.nav.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
            self.nav.currentRowChanged.connect(self._nav_changed)
            layout = self.body.layout()
            assert isinstance(layout, QHBoxLayout)
            layout.insertWidget(0, self.nav)
        self.nav.blockSignals(True)
        self.nav.clear()
        for _widget, _action, text, icon in self.areas.values():
            self.nav.addItem(QListWidgetItem(icon, text) if icon is not None else QListWidgetItem(text))
        self.nav.setCurrentRow(list(self.areas).index(self.current_area()) if self.current_area() else 0)
        self.nav.blockSignals(False)
        for key, count in self._badges.items():
            self.set_area_badge(key, count)
        fm = self.nav.fontMetrics()
        widest = max(fm.horizontalAdvance(text) for _w, _a, text, _i in self.areas.values())
        self.nav.setFixedWidth(widest + 56 + fm.horizontalAdvance(" (9,999)"))  # room for a count

    def show_area(self, key: str) -> None:
        widget, action, _text, _icon = self.areas[key]
        # An open editor stays open in its area (its unsaved changes too) while another is shown.
        self.area_stack.setCurrentWidget(widget)
        action.setChecked(True)
        if self.nav is not None:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(list(self.areas).index(key))
            self.nav.blockSignals(False)

    def show_customers(self, label: str, ids: list[int]) -> None:
        """The customer list showing exactly these customers (a click on a chart)."""
        self.show_area("customers")
        self.customers.show_ids(label, ids)

    def current_area(self) -> str:
        current = self.area_stack.currentWidget()
        return next((k for k, (w, _a, _t, _i) in self.areas.items() if w is current), "")

    def _nav_changed(self, row: int) -> None:
        keys = list(self.areas)
        if 0 <= row < len(keys):
            self.show_area(keys[row])

    def _update_title(self) -> None:
        shop = settings.get("shop_name")
        self.setWindowTitle(self.tr("SmallCRM — %1").replace("%1", shop) if shop else "SmallCRM")

    # -- window state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = window_settings()
        geometry = s.value("main_window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            # First start: roomy, but never bigger than a small laptop's screen.
            screen = self.screen().availableGeometry()
            self.resize(min(1180, int(screen.width() * 0.9)), min(740, int(screen.height() * 0.9)))
        state = s.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("main_window/splitter")
        if not (isinstance(splitter, QByteArray) and self.customers.splitter.restoreState(splitter)):
            self.customers.splitter.setSizes([740, 400])
        self.customers.restore_columns(s.value("customers/columns"))
        area = s.value("main_window/area")
        if isinstance(area, str) and area in self.areas:
            self.show_area(area)

    def save_state(self) -> None:
        s = window_settings()
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/splitter", self.customers.splitter.saveState())
        s.setValue("customers/columns", self.customers.save_columns())
        s.setValue("main_window/area", self.current_area())

    # -- data --------------------------------------------------------------------------------------

    def refresh_pages(self) -> None:
        """The welcome page while there is nobody (and no customer is being added)."""
        empty = not self.customers.editing and not self.customers.model.term and not has_live_customers()
        self.pages.setCurrentWidget(self.welcome if empty else self.body)
        self.find_action.setEnabled(not empty)

    def refresh_counts(self) -> None:
        # Cheap counts (no sums over a million purchases), still off the GUI thread.
        self._counts_job = worker.start(worker.reading(_status_counts))
        self._counts_job.finished.connect(self._show_counts)

    @Slot(object, object)
    def _show_counts(self, counts: Any, error: Any) -> None:
        if self.sender() is not self._counts_job:
            return  # an older count, overtaken by a newer one
        if isinstance(error, jobs.Cancelled):
            return
        if error is not None:
            raise error  # a bug: the app's error reporter shows it
        text = self.tr("Customers: %1").replace("%1", f"{counts['customers']:,}")
        text += "   ·   " + self.tr("Due today: %1").replace("%1", f"{counts['due_today']:,}")
        if counts["overdue"]:
            text += "   ·   " + self.tr("Overdue: %1").replace("%1", f"{counts['overdue']:,}")
        self.counts.setText(text)
        self.set_area_badge("reminders", counts["due_today"] + counts["overdue"])

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.CUSTOMERS, changes.DATABASE):
            self.refresh_pages()
        if kind in (changes.CUSTOMERS, changes.REMINDERS, changes.DATABASE):
            self.refresh_counts()
        if kind in (changes.SETTINGS, changes.DATABASE):
            self._update_title()

    # -- keyboard ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.body:
            self.show_area("customers")
            self.customers.focus_search()

    def add_first_customer(self) -> None:
        self.pages.setCurrentWidget(self.body)
        self.show_area("customers")
        self.customers.new_customer({})

    # -- window ------------------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """Another launch on the same database asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def stop_background_work(self) -> None:
        """Stop the integrity check and the reads in flight, so quitting is immediate."""
        self.watcher.stop()
        if self.reminder_service is not None:
            self.reminder_service.stop()
        for job in worker.running_jobs():
            if job is not self.backup_job:
                job.cancel()
        self.stop_check()
        self.customers.model.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._may_close:
            super().closeEvent(event)
            return
        if self._closing:
            event.ignore()  # the closing backup is running; the window closes after it
            return
        if not self.customers.close_editor():
            event.ignore()  # the owner chose Cancel (or Save, which has to finish first)
            return
        if self.demo_job is not None and not self.demo_job.done:
            self.demo_job.cancel()  # rolls back; app.main waits for the pool before exiting
        self.save_state()
        if not self.backup_on_close:
            self._may_close = True
            super().closeEvent(event)
            self.ready_to_close.emit()
            return
        # Backup by the rotation policy, off the GUI thread; the window stays up,
        # disabled, and closes when the copy is done (a second or two at 100,000 customers).
        # It only reads, so it runs on the read pool: on the write pool it waited behind
        # the reminder rules' run of the day (seconds at 100,000 customers), which is
        # stopped here anyway (it rolls back and runs again at the next start).
        from smallcrm.domain.backups import automatic_backup  # 10 ms at start-up: only closing needs it

        event.ignore()
        self._closing = True
        self.setEnabled(False)
        self.watcher.stop()
        if self.reminder_service is not None:
            self.reminder_service.stop()
        self.statusBar().showMessage(self.tr("Backing up before closing…"))
        self.backup_job = worker.start(lambda _p, _c: automatic_backup(), on_finished=self._backed_up)

    def _backed_up(self, _result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.setEnabled(True)
            self._closing = False
            message = error.render(QCoreApplication.translate) if isinstance(error, UserError) else str(error)
            answer = QMessageBox.warning(
                self,
                self.tr("Backup failed"),
                self.tr("The backup before closing failed: %1\n\nClose anyway?").replace("%1", message),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                self.watcher.start()
                if self.reminder_service is not None:
                    self.reminder_service.start()
                return
        self._may_close = True
        self.close()
        self.ready_to_close.emit()
