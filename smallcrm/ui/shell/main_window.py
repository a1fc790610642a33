"""The main window: the app's areas beside a navigation list, menus, a toolbar and a
status bar; a welcome page while the database has no customers.

Areas (Customers now; Reminders, Analysis and Mailing come with their issues) are
added with one call, :meth:`MainWindow.add_area`, which puts them in the navigation
list and the View menu with a Ctrl+number shortcut. The navigation list is shown
once there is more than one area.

Window state (geometry, toolbars, splitter, the list's columns) is kept in QSettings;
the shop's own settings live in the database. Backups: one at every close by the
rotation policy, one on demand, and a restore that keeps the current file aside;
all file work runs off the GUI thread. The window only reads through the models for
display; every write is a domain function run by :mod:`smallcrm.ui.shell.worker`
(ARCHITECTURE.md, rule 4).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smallcrm import jobs, settings
from smallcrm.domain.customers.list_queries import has_live_customers
from smallcrm.errors import UserError
from smallcrm.ui.models.customer_table import Connections
from smallcrm.ui.shell import changes, mnemonics, worker
from smallcrm.ui.views.analysis_view import AnalysisView
from smallcrm.ui.views.customers_page import CustomersPage
from smallcrm.ui.views.mailing_view import MailingView
from smallcrm.ui.views.reminders_view import RemindersView
from smallcrm.ui.widgets.labels import MUTED

DEMO_CUSTOMERS = 2000
SETTINGS_ORG = SETTINGS_APP = "SmallCRM"
COUNTS_REFRESH_MS = 10 * 60 * 1000  # the date moves on while the app stays open


def demo_available() -> bool:
    """True when the demo data generator is part of this build."""
    return importlib.util.find_spec("smallcrm.domain.demo") is not None


def window_settings() -> QSettings:
    """Window state only (geometry, splitter, columns); shop settings live in the database.

    An INI file on every system rather than the Windows registry or a macOS plist:
    one plain file in the user's config folder, and tests can redirect it with
    ``QSettings.setPath`` on every platform.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_ORG, SETTINGS_APP)


def _status_counts(_progress: Any, cancel: jobs.CancelToken) -> dict[str, int]:
    from smallcrm.domain.analysis.stats import status_counts

    with worker.sql_cancellable(cancel):
        return status_counts(dt.date.today())


class WelcomePage(QWidget):
    """Shown while the database has no customers: import, demo data, or a first customer."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
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

        def choice(button_text: str, text: str) -> tuple[QPushButton, QLabel]:
            button = QPushButton(button_text)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet(MUTED)
            layout.addSpacing(4)
            layout.addWidget(button)
            layout.addWidget(label)
            return button, label

        self.import_button, self.import_text = choice(
            self.tr("Import a Spreadsheet…"),
            self.tr("Bring in the customers you keep in Excel or WPS: SmallCRM reads the columns it knows."),
        )
        self.demo_button, self.demo_text = choice(
            self.tr("Explore with demo data"),
            self.tr(
                "To look around first, fill it with {count} made-up customers. They stay in this database, "
                "so use it for trying SmallCRM out, not for your real customers."
            ).format(count=f"{DEMO_CUSTOMERS:,}"),
        )
        self.add_button, self.add_text = choice(
            self.tr("Add a Customer…"), self.tr("Start with your first customer; a name or a phone number is enough.")
        )
        self.demo_button.setDefault(True)
        # Shown once the import issue provides the action (MainWindow.set_import_action).
        self.import_button.hide()
        self.import_text.hide()
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
    """Navigation between the app's areas, menus, toolbar and status bar."""

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
        self.reminder_service: Any = None
        self._badges: dict[str, int] = {}
        self.db_path = db_path
        self.backup_on_close = backup_on_close and db_path is not None
        self.demo_job: worker.Job | None = None
        self.backup_job: worker.Job | None = None  # the one made when closing
        self.manual_backup_job: worker.Job | None = None
        self.check_job: worker.Job | None = None
        self._progress: Any = None  # the demo data's QProgressDialog
        self._counts_job: worker.Job | None = None
        self._closing = False
        self._may_close = False
        self._painted = False
        self._check_connections = Connections()
        self.areas: dict[str, tuple[QWidget, QAction, str, QIcon | None]] = {}
        self.import_action: QAction | None = None
        self._update_title()

        # -- areas ---------------------------------------------------------------------------
        self.nav: Any = None  # QListWidget, once there are two areas
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

        # -- welcome page and the stack ----------------------------------------------------
        self.welcome = WelcomePage(db_path)
        self.welcome.demo_button.clicked.connect(self.generate_demo)
        self.welcome.add_button.clicked.connect(self.add_first_customer)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(body)
        self.body = body
        self.setCentralWidget(self.pages)

        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self._make_menus()
        self._make_sheet_actions()
        self.add_area("customers", self.tr("&Customers"), self.customers)
        self.add_area("reminders", self.tr("&Reminders"), self.reminders)
        self.customers.reminders_requested.connect(lambda: self.show_area("reminders"))
        self.analysis = AnalysisView()
        self.analysis.show_customers.connect(self.show_customers)
        self.add_area("analysis", self.tr("&Analysis"), self.analysis)
        self.add_area("mailing", self.tr("&Mailing"), MailingView(self.customers.selected_ids))
        self._make_toolbar()
        changes.hub().changed.connect(self._on_changed)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()
        # What other processes write (the command line, an import elsewhere) shows too.
        self.watcher = changes.ExternalChangeWatcher(self)
        self._damage_shown = False
        self._restore_state()
        try:
            self.refresh_pages()
            # The list's first page now (a millisecond's index walk), so that the first
            # paint shows customers; the counts and the filters' choices after that paint.
            if self.pages.currentWidget() is self.body:
                self.customers.model.load_first_page()
            else:
                self.first_painted.connect(self.customers.model.reload)
        except Exception as exc:
            from smallcrm.store.sqlite.failures import is_damaged

            if not is_damaged(exc):
                raise
            # The first reads met a damaged page: the window still opens, with the one
            # "damaged" message (and its way forward) once it is shown.
            self.pages.setCurrentWidget(self.body)
            QTimer.singleShot(0, lambda error=exc: self.damaged_on_read(error))
        self.first_painted.connect(self.refresh_counts)
        self.first_painted.connect(self.customers.filter_bar.fill_all)
        if backup_on_close if run_reminders is None else run_reminders:
            self.first_painted.connect(self.start_reminders)
        if db_path is not None:
            self.first_painted.connect(self.watcher.start)

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

    def start_reminders(self) -> Any:
        """The reminder rules now and every new day; the start-up summary in the status
        bar and the Reminders area; tray notifications (smallcrm.ui.shell.notifications)."""
        if self.reminder_service is None:
            from smallcrm.ui.shell.notifications import ReminderService

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

    # -- construction helpers ----------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        return a

    def _make_menus(self) -> None:
        c = self.customers
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(c.new_action)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back Up Now"), self.backup_now)
        self.restore_action = self._action(self.tr("&Restore from Backup…"), self.restore_from_backup)
        for a in (self.backup_action, self.restore_action):
            a.setEnabled(self.db_path is not None)
            file_menu.addAction(a)
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(c.undo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find Customer"), self.focus_search, QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(c.select_all_action)

        customers_menu = bar.addMenu(self.tr("C&ustomers"))
        customers_menu.addAction(c.new_action)
        customers_menu.addAction(c.open_action)
        customers_menu.addSeparator()
        for a in (c.tag_action, c.untag_action, c.assign_action, c.consent_action, c.follow_up_action):
            customers_menu.addAction(a)
        customers_menu.addAction(c.export_action)
        customers_menu.addSeparator()
        customers_menu.addAction(c.delete_action)
        self.trash_action = self._action(self.tr("Tra&sh…"), self.show_trash)
        self.duplicates_action = self._action(self.tr("&Duplicates…"), self.show_duplicates)
        customers_menu.addAction(self.trash_action)
        customers_menu.addAction(self.duplicates_action)
        customers_menu.addSeparator()
        customers_menu.addAction(c.columns_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._view_separator = self.view_menu.addSeparator()

        from smallcrm.ui.shell import help

        self.help_menu = help.add_help_menu(self)  # guide, shortcuts, data folders, About

    def _make_toolbar(self) -> None:
        c = self.customers
        self.toolbar = QToolBar(self.tr("Toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        # Words, not pictures: "Trash" and "Duplicates" say more to a shop owner than icons,
        # and they translate.
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(c.new_action)
        self.toolbar.addAction(c.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.trash_action)
        self.toolbar.addAction(self.duplicates_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.backup_action)
        if self.import_action is not None:
            self.toolbar.insertAction(c.delete_action, self.import_action)
        # A tool button shows the menu text without '&' but keeps a Chinese "(&N)" as "(N)".
        for action in self.toolbar.actions():
            if action.text():
                action.setIconText(mnemonics.plain(action.text()).removesuffix("…"))
        self.addToolBar(self.toolbar)
        self.view_menu.addAction(self.toolbar.toggleViewAction())

    def _make_sheet_actions(self) -> None:
        """File menu: Import Spreadsheet (Ctrl+I, also on the welcome page), Import History, Export."""
        self.set_import_action(
            self._action(self.tr("&Import Spreadsheet…"), lambda: self.show_import_wizard(), QKeySequence("Ctrl+I"))
        )
        self.history_action = self._action(self.tr("Import &History…"), self.show_import_history)
        self.export_action = self._action(self.tr("&Export…"), self.show_export)
        file_menu = cast(QMenu, self.menuBar().actions()[0].menu())
        after = file_menu.actions()[2]  # after New Customer and Import Spreadsheet
        file_menu.insertAction(after, self.history_action)
        file_menu.insertAction(after, self.export_action)

    def show_import_wizard(self, path: str | None = None) -> Any:
        from smallcrm.ui.dialogs.import_wizard import ImportWizard

        self.import_wizard = ImportWizard(self, path)
        self.import_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard.open()
        return self.import_wizard

    def show_import_history(self) -> Any:
        from smallcrm.ui.dialogs.import_history import ImportHistoryDialog

        dialog = getattr(self, "import_history", None)
        if dialog is not None and not dialog.isVisible():
            dialog.reload()
        return self._dialog("import_history", ImportHistoryDialog)

    def show_export(self) -> Any:
        from smallcrm.ui.dialogs.export_dialog import for_customer_list

        dialog = for_customer_list(self.customers, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_import_action(self, action: QAction) -> None:
        """Offer importing (the import issue calls this): File menu and welcome page."""
        self.import_action = action
        file_menu = cast(QMenu, self.menuBar().actions()[0].menu())
        file_menu.insertAction(file_menu.actions()[1], action)
        self.welcome.import_button.clicked.connect(action.trigger)
        self.welcome.import_button.show()
        self.welcome.import_text.show()

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

    def refresh(self) -> None:
        """Re-read everything (after demo data or a restore)."""
        changes.announce(changes.DATABASE)

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

    # -- dialogs ----------------------------------------------------------------------------------

    def _dialog(self, attr: str, make: Any) -> Any:
        dialog = getattr(self, attr, None)
        if dialog is None:
            dialog = make(self)
            setattr(self, attr, dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_trash(self) -> Any:
        from smallcrm.ui.dialogs.trash import TrashDialog

        return self._dialog("trash_dialog", TrashDialog)

    def show_duplicates(self) -> Any:
        from smallcrm.ui.dialogs.duplicates_view import DuplicatesDialog

        dialog = getattr(self, "duplicates_dialog", None)
        if dialog is not None and not dialog.isVisible():
            dialog.reload()  # the customers may have changed since
        return self._dialog("duplicates_dialog", DuplicatesDialog)

    def show_settings(self) -> Any:
        from smallcrm.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_first_customer(self) -> None:
        self.pages.setCurrentWidget(self.body)
        self.show_area("customers")
        self.customers.new_customer({})

    # -- demo data -------------------------------------------------------------------------------

    def generate_demo(self) -> worker.Job | None:
        """Fill the empty database with demo customers on the write thread."""
        if self.demo_job is not None and not self.demo_job.done:
            return self.demo_job
        from smallcrm.domain import demo

        def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
            return demo.generate(customers=DEMO_CUSTOMERS, seed=1, progress=progress, cancel=cancel)

        from PySide6.QtWidgets import QProgressDialog

        self.welcome.demo_button.setEnabled(False)
        dialog = QProgressDialog(self.tr("Creating demo customers…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Demo data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        self._progress = dialog
        job = worker.start(run, write=True, on_progress=self._job_progress, on_finished=self._demo_finished)
        dialog.canceled.connect(job.cancel)
        dialog.canceled.connect(lambda: self.statusBar().showMessage(self.tr("Cancelling…")))
        dialog.show()
        self.demo_job = job
        return job

    def _job_progress(self, done: int, total: int, message: str) -> None:
        dialog = self._progress
        if dialog is None or dialog.wasCanceled():
            return
        if message:  # domain steps are marked QT_TRANSLATE_NOOP("Progress", ...)
            dialog.setLabelText(QCoreApplication.translate("Progress", message))
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None

    def _demo_finished(self, _result: Any, error: BaseException | None) -> None:
        self._close_progress()
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

    # -- backups -----------------------------------------------------------------------------------

    def backup_now(self) -> worker.Job | None:
        """A manual backup in the backups folder (manual backups are never pruned).
        A backup only reads, so it runs beside a write in progress, not after it."""
        if self.db_path is None:
            return None
        from smallcrm import paths
        from smallcrm.store.sqlite.backup import copy_database

        dest = paths.backup_dir() / f"smallcrm-backup-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
        self.statusBar().showMessage(self.tr("Backing up…"))

        def done(path: Any, error: BaseException | None) -> None:
            if error is None:
                self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 15_000)
            elif isinstance(error, UserError):
                self.statusBar().clearMessage()
                QMessageBox.warning(self, self.tr("Back Up"), error.render(QCoreApplication.translate))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        self.manual_backup_job = worker.start(lambda _p, _c: copy_database(dest), on_finished=done)
        return self.manual_backup_job

    def restore_from_backup(self, path: str | None = None) -> bool:
        """Choose a backup, confirm, and put it in place of the database (the current
        file is kept aside). Returns False when the owner cancelled."""
        if self.db_path is None:
            return False
        from smallcrm import paths

        if path is None:
            from PySide6.QtWidgets import QFileDialog

            folder = paths.backup_dir()
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from Backup"),
                str(folder if folder.is_dir() else paths.home()),
                self.tr("SmallCRM databases (*.db);;All files (*)"),
            )
            if not path:
                return False
        busy = [job for job in worker.running_jobs() if job.write or job is self.manual_backup_job]
        if busy:  # an import, demo data, a backup...
            QMessageBox.information(
                self, self.tr("Restore from Backup"), self.tr("Please wait until the current task has finished.")
            )
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from Backup"))
        box.setText(self.tr("Replace all customers in SmallCRM with the ones in this backup?") + "\n\n" + str(path))
        box.setInformativeText(
            self.tr(
                "The database as it is now is kept beside it as a separate file, so nothing is lost; "
                "the backup's customers replace what you see."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return False
        self._restore(Path(path))
        return True

    def _restore(self, backup: Path) -> None:
        from smallcrm.store.db import close_db
        from smallcrm.store.sqlite.backup import restore_database

        assert self.db_path is not None
        current = self.db_path
        self.customers.close_editor()
        self.customers.model.clear()
        self.watcher.stop()  # its next look would open the file again
        worker.shutdown()  # every reader closes its connection to the file
        close_db()
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Restoring…"))

        def finished(aside: Any, error: BaseException | None) -> None:
            from smallcrm.domain.session import open_crm

            self.setEnabled(True)
            try:
                open_crm(current, check=False)
                worker.limit_cache()
            except UserError as exc:
                QMessageBox.critical(self, self.tr("Restore from Backup"), exc.render(QCoreApplication.translate))
                return
            self._damage_shown = False  # a damaged file was replaced: a new one would be news
            self.refresh()
            self.watcher.start()
            if error is None:
                self.statusBar().showMessage(
                    self.tr("Restored. The database as it was is kept as %1").replace("%1", str(aside)), 20_000
                )
            elif isinstance(error, UserError):
                self.statusBar().clearMessage()
                QMessageBox.warning(self, self.tr("Restore from Backup"), error.render(QCoreApplication.translate))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        worker.start(lambda _p, _c: restore_database(backup, current), write=True, on_finished=finished)

    # -- the integrity check after a quick start -----------------------------------------------------

    def check_database(self) -> worker.Job | None:
        """SQLite's quick_check off the GUI thread (0.65 s on a 265 MB file), started
        once the window is up; a damaged file gets a dialog with a way forward."""
        if self.db_path is None:
            return None
        from smallcrm.store.db import db, quick_check

        path, connections = self.db_path, self._check_connections

        def check(_progress: Any, cancel: jobs.CancelToken) -> None:
            # PRAGMA quick_check is one SQLite step: only an interrupt stops it midway.
            connections.add(db.connection())
            cancel.check()
            quick_check(path)

        self.check_job = worker.start(worker.reading(check), on_finished=self._checked)
        return self.check_job

    def stop_background_work(self) -> None:
        """Stop the integrity check and the reads in flight, so quitting is immediate."""
        self.watcher.stop()
        if self.reminder_service is not None:
            self.reminder_service.stop()
        for job in worker.running_jobs():
            if job is not self.backup_job:
                job.cancel()
        self._check_connections.interrupt()
        self.customers.model.clear()

    def _checked(self, _result: Any, error: BaseException | None) -> None:
        if error is None or isinstance(error, jobs.Cancelled) or "interrupted" in str(error).lower():
            return
        if not isinstance(error, UserError):
            from smallcrm.store.sqlite.failures import translate_db_error

            error = translate_db_error(error, self.db_path or "")
        self.database_damaged(error)

    def damaged_on_read(self, error: BaseException) -> None:
        """A read or write met a damaged page (the app's error reporter sends it here)."""
        from smallcrm.store.sqlite.failures import translate_db_error

        self.database_damaged(translate_db_error(error, self.db_path or ""))

    def database_damaged(self, error: UserError) -> None:
        """Say once that the file is damaged, with a way forward. Reads that meet the
        damage before the integrity check does (the list, the counts) come here too,
        through the app's error reporter, instead of each showing a program fault."""
        if self._damage_shown:
            return
        self._damage_shown = True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setText(error.render(QCoreApplication.translate))
        box.setInformativeText(
            self.tr(
                "Restore the latest backup to carry on safely. Working on with a damaged file "
                "may lose more; quit if you want to ask for help first."
            )
        )
        restore = box.addButton(self.tr("Restore a Backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep Working"), QMessageBox.ButtonRole.RejectRole)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_from_backup()
        elif box.clickedButton() is quit_button:
            self.backup_on_close = False  # never rotate a damaged file over good backups
            self.close()

    # -- window ------------------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """Another launch on the same database asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_about(self) -> Any:
        from smallcrm.ui.shell import help

        return help.show_about(self, self.db_path)

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
        from smallcrm.domain.backups import automatic_backup

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
