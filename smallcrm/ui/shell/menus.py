"""The window's menu bar and toolbar, and the dialogs their entries open.

File (new customer, import, history, export, backups, settings, quit), Edit, Customers
(the list's actions, trash, duplicates), Products (the catalogue, its import and
export), View (one entry per area, added by ``MainWindow.add_area``, and the toolbar)
and Help. A dialog opened here is either window-modal and deleted on close (import,
export, settings) or one non-modal dialog kept and shown again (trash, duplicates,
import history, the catalogue).

Each dialog's module is imported when the dialog is first opened: at the window's
start they would add 9-65 ms each (measured with ``python -X importtime``), 250 ms in
all, to the launch the start-up benchmark times.

A part of :class:`~smallcrm.ui.shell.main_window.MainWindow`, which inherits it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolBar, QWidget

from smallcrm.ui.shell import help, mnemonics
from smallcrm.ui.shell.welcome import WelcomePage
from smallcrm.ui.views.customers_page import CustomersPage


class MenusAndToolbar(QMainWindow):
    """The window's menus, toolbar and the dialogs they open."""

    import_action: QAction | None = None
    # The window provides these.
    db_path: Path | None
    customers: CustomersPage
    welcome: WelcomePage
    focus_search: Callable[[], None]
    backup_now: Callable[[], Any]  # BackupActions
    restore_from_backup: Callable[..., bool]  # BackupActions

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        return a

    def _make_menus(self) -> None:
        """File, Edit, Customers, View and Help (the sheet actions join File later)."""
        bar = self.menuBar()
        self._make_file_menu(bar.addMenu(self.tr("&File")))
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.customers.undo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find Customer"), self.focus_search, QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.customers.select_all_action)
        self._make_customers_menu(bar.addMenu(self.tr("C&ustomers")))
        self._make_products_menu(bar.addMenu(self.tr("&Products")))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._view_separator = self.view_menu.addSeparator()
        self.help_menu = help.add_help_menu(self)  # guide, shortcuts, data folders, About

    def _make_file_menu(self, file_menu: QMenu) -> None:
        file_menu.addAction(self.customers.new_action)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back Up Now"), self.backup_now)
        # Not the method itself: the action's checked=False would arrive as the backup's path.
        self.restore_action = self._action(self.tr("&Restore from Backup…"), lambda: self.restore_from_backup())
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

    def _make_customers_menu(self, customers_menu: QMenu) -> None:
        c = self.customers
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

    def _make_products_menu(self, products_menu: QMenu) -> None:
        """The catalogue: the Products and Services dialog, and its import and export."""
        self.catalogue_action = self._action(self.tr("Products and &Services…"), self.show_catalogue)
        self.import_products_action = self._action(self.tr("&Import Products…"), self.show_product_import)
        self.export_products_action = self._action(self.tr("&Export Products…"), lambda: self.show_catalogue().export())
        products_menu.addAction(self.catalogue_action)
        products_menu.addSeparator()
        products_menu.addAction(self.import_products_action)
        products_menu.addAction(self.export_products_action)

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

    def set_import_action(self, action: QAction) -> None:
        """Offer importing (the import issue calls this): File menu and welcome page."""
        self.import_action = action
        file_menu = cast(QMenu, self.menuBar().actions()[0].menu())
        file_menu.insertAction(file_menu.actions()[1], action)
        self.welcome.import_button.clicked.connect(action.trigger)
        self.welcome.import_button.show()
        self.welcome.import_text.show()

    # -- the dialogs ---------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> Any:
        """A window-modal dialog, deleted when it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _dialog(self, attr: str, make: Callable[[QWidget], QDialog]) -> Any:
        """The one non-modal dialog kept in ``attr``, made on first use and shown again."""
        dialog = getattr(self, attr, None)
        if dialog is None:
            dialog = make(self)
            setattr(self, attr, dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_import_wizard(self, path: str | None = None) -> Any:
        # 65 ms (the importer) at start-up: imported on first use
        from smallcrm.ui.dialogs.import_wizard import ImportWizard

        self.import_wizard = self._open(ImportWizard(self, path))
        return self.import_wizard

    def show_catalogue(self) -> Any:
        # 147 ms (the catalogue, the exporter) at start-up: imported on first use
        from smallcrm.ui.dialogs.catalogue_dialog import CatalogueDialog

        dialog = getattr(self, "catalogue_dialog", None)
        if dialog is not None and not dialog.isVisible():
            dialog.reload()  # the catalogue may have changed since
        return self._dialog("catalogue_dialog", CatalogueDialog)

    def show_product_import(self, path: str | None = None) -> Any:
        # 65 ms (the importer) at start-up: imported on first use
        from smallcrm.ui.dialogs.import_wizard import ImportWizard

        self.import_wizard = self._open(ImportWizard(self, path, kind="products"))
        return self.import_wizard

    def show_import_history(self) -> Any:
        # 42 ms (the importer) at start-up: imported on first use
        from smallcrm.ui.dialogs.import_history import ImportHistoryDialog

        dialog = getattr(self, "import_history", None)
        if dialog is not None and not dialog.isVisible():
            dialog.reload()
        return self._dialog("import_history", ImportHistoryDialog)

    def show_export(self) -> Any:
        # 50 ms (the exporter) at start-up: imported on first use
        from smallcrm.ui.dialogs.export_dialog import for_customer_list

        return self._open(for_customer_list(self.customers, self))

    def show_trash(self) -> Any:
        # 9 ms at start-up: imported on first use
        from smallcrm.ui.dialogs.trash import TrashDialog

        return self._dialog("trash_dialog", TrashDialog)

    def show_duplicates(self) -> Any:
        # 41 ms at start-up: imported on first use
        from smallcrm.ui.dialogs.duplicates_view import DuplicatesDialog

        dialog = getattr(self, "duplicates_dialog", None)
        if dialog is not None and not dialog.isVisible():
            dialog.reload()  # the customers may have changed since
        return self._dialog("duplicates_dialog", DuplicatesDialog)

    def show_settings(self) -> Any:
        # 38 ms at start-up: imported on first use
        from smallcrm.ui.dialogs.settings_dialog import SettingsDialog

        return self._open(SettingsDialog(self))

    def show_about(self) -> Any:
        return help.show_about(self, self.db_path)
