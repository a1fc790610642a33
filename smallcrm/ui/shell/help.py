"""The Help menu: a getting-started guide, the keyboard shortcuts, where the data
lives, and the About box with the version and the licences of what is bundled.

The guide is HTML under ``resources/help/`` (``en.html``, ``zh_CN.html``), written
by people rather than assembled from tr() fragments, and shown in the language the
window speaks. The shortcuts are read from the main window's actions when the
dialog opens, so every area's shortcuts are listed and none is out of date.
"""

from __future__ import annotations

import html
import platform
from typing import Any, cast

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import smallcrm
from smallcrm import paths
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.store.db import db
from smallcrm.ui.shell import mnemonics, translations
from smallcrm.ui.widgets.lazy_area import LazyArea

GUIDE, SHORTCUTS, DATA = range(3)

# The bundled components and their licences (the About box); Qt's LGPL asks that the
# user be told and be able to replace it, which the one-folder build allows.
COMPONENTS: list[tuple[str, str, str]] = [
    ("Qt / PySide6", QT_TRANSLATE_NOOP("Help", "windows, dialogs, printing"), "LGPL-3.0"),
    ("peewee", QT_TRANSLATE_NOOP("Help", "database access"), "MIT"),
    ("SQLite", QT_TRANSLATE_NOOP("Help", "the database file"), "Public domain"),
    ("openpyxl", QT_TRANSLATE_NOOP("Help", "reading and writing Excel files"), "MIT"),
    ("XlsxWriter", QT_TRANSLATE_NOOP("Help", "writing Excel files"), "BSD-2-Clause"),
    ("python-calamine", QT_TRANSLATE_NOOP("Help", "reading spreadsheets fast"), "MIT"),
    ("xlrd", QT_TRANSLATE_NOOP("Help", "reading old .xls files"), "BSD-3-Clause"),
    ("matplotlib", QT_TRANSLATE_NOOP("Help", "charts"), "PSF-based (matplotlib licence)"),
    ("NumPy", QT_TRANSLATE_NOOP("Help", "analysis"), "BSD-3-Clause"),
    ("SciPy", QT_TRANSLATE_NOOP("Help", "the churn and lifetime-value model"), "BSD-3-Clause"),
    ("pypinyin", QT_TRANSLATE_NOOP("Help", "pinyin search"), "MIT"),
    ("phonenumbers", QT_TRANSLATE_NOOP("Help", "phone numbers"), "Apache-2.0"),
    ("borax", QT_TRANSLATE_NOOP("Help", "lunar calendar birthdays and festivals"), "MIT"),
    ("platformdirs", QT_TRANSLATE_NOOP("Help", "where the data folder is"), "MIT"),
    ("Noto Sans SC", QT_TRANSLATE_NOOP("Help", "Chinese font for labels and envelopes"), "SIL OFL 1.1"),
    ("Python", QT_TRANSLATE_NOOP("Help", "the language SmallCRM is written in"), "PSF-2.0"),
]


def _t(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def guide_html(lang: str | None = None) -> str:
    """The getting-started guide in ``lang`` (default: the window's), English if the
    translation is missing."""
    lang = lang or translations.current_language()
    for name in (lang, "en"):
        path = paths.resource_path("help", f"{name}.html")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return (
        "<p>" + html.escape(QCoreApplication.translate("Help", "The guide is missing from this installation.")) + "</p>"
    )


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu action of ``window`` that has a shortcut,
    in menu order; the keys as the platform writes them (Ctrl+F, ⌘F)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    customers = getattr(window, "customers", None)
    if customers is not None and hasattr(customers, "ensure_editor"):
        customers.ensure_editor()  # made on first use; its tabs' shortcuts belong in the list
    for area in window.findChildren(LazyArea):
        area.widget()  # an area made when first shown (the sale screen): its keys belong in the list too

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(cast(QMenu, action.menu()), f"{path} › {_plain(action.text())}")  # a QtWidgets menu
                continue
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            if not keys or id(action) in seen:
                continue
            seen.add(id(action))
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((path, _plain(action.text()), text))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(cast(QMenu, top.menu()), _plain(top.text()))
    # Shortcuts that live on the window rather than in a menu (e.g. the search box's Esc),
    # or in one part of it (a customer's Purchases tab): the "shortcut_area" property
    # says where they work. Grouped by that place (findChildren has no useful order).
    others: list[tuple[str, str, str]] = []
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys and id(action) not in seen and action.text():
            seen.add(id(action))
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            others.append((str(action.property("shortcut_area") or ""), _plain(action.text()), text))
    return rows + sorted(others, key=lambda row: row[0])


def _plain(text: str) -> str:
    """A menu text without its mnemonic or trailing ellipsis, for the shortcuts table."""
    return mnemonics.plain(text).replace("…", "").strip()


def data_html() -> str:
    """Where the database, backups and logs are, as the app sees them now."""
    current = getattr(db, "database", None) or str(paths.default_db_path())
    rows = [
        (QCoreApplication.translate("Help", "Database (your customers)"), str(current)),
        (QCoreApplication.translate("Help", "Backups"), str(paths.backup_dir())),
        (QCoreApplication.translate("Help", "Log files"), str(paths.log_dir())),
    ]
    body = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(name)}</b></td><td>{html.escape(where)}</td></tr>"
        for name, where in rows
    )
    notes = [
        QCoreApplication.translate(
            "Help", "Everything SmallCRM knows is in the database file; the shop's settings are in it too."
        ),
        QCoreApplication.translate(
            "Help",
            "A backup is made automatically each time you close SmallCRM (the newest of each of the "
            "last 7 days and 4 weeks are kept); File › Back Up Now makes one whenever you like.",
        ),
        QCoreApplication.translate(
            "Help",
            "Copy the backups folder to a USB stick or cloud drive now and then: a backup on the same "
            "computer does not help if the computer is lost.",
        ),
        QCoreApplication.translate(
            "Help", "File › Restore from Backup puts a backup back; the database as it was is kept beside it."
        ),
    ]
    title = QCoreApplication.translate("Help", "Where your data is")
    return f"<h3>{html.escape(title)}</h3><table>{body}</table>" + "".join(f"<p>{html.escape(n)}</p>" for n in notes)


class HelpDialog(QDialog):
    """Getting started, keyboard shortcuts and data locations, one tab each."""

    def __init__(self, window: QMainWindow, tab: int = GUIDE, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("SmallCRM Help"))
        self.tabs = QTabWidget()
        self.guide = QTextBrowser()
        self.guide.setOpenExternalLinks(True)
        self.guide.setHtml(guide_html())
        self.shortcuts = QTableWidget(0, 3)
        self.shortcuts.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.shortcuts.verticalHeader().hide()
        self.shortcuts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.shortcuts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.shortcuts.setAlternatingRowColors(True)
        for row, values in enumerate(shortcut_rows(window)):
            self.shortcuts.insertRow(row)
            for column, value in enumerate(values):
                self.shortcuts.setItem(row, column, QTableWidgetItem(value))
        header = self.shortcuts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.data = QTextBrowser()
        self.data.setHtml(data_html())
        self.data.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.tabs.addTab(self.guide, self.tr("Getting Started"))
        self.tabs.addTab(self.shortcuts, self.tr("Keyboard Shortcuts"))
        self.tabs.addTab(self.data, self.tr("Your Data"))
        self.tabs.setCurrentIndex(tab)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 52, em * 40)


class AboutDialog(QDialog):
    """Version, where the database is, and what SmallCRM is built from, with licences."""

    def __init__(self, db_path: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SmallCRM"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self.about_html(db_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 46, em * 40)

    def about_html(self, db_path: Any) -> str:
        parts = [
            f"<h2>SmallCRM {html.escape(smallcrm.__version__)}</h2>",
            "<p>" + html.escape(self.tr("Customers, purchases and reminders for a small shop.")) + "</p>",
            "<p>"
            + html.escape(
                self.tr("SmallCRM is free software under the MIT licence. Python %1, Qt %2, PySide6 %3.")
                .replace("%1", platform.python_version())
                .replace("%2", qVersion())
                .replace("%3", pyside_version)
            )
            + "</p>",
        ]
        if db_path is not None:
            parts.append("<p>" + html.escape(self.tr("Database: %1").replace("%1", str(db_path))) + "</p>")
        parts.append("<h3>" + html.escape(self.tr("Built with")) + "</h3><table>")
        for name, what, licence in COMPONENTS:
            parts.append(
                f"<tr><td style='padding-right:12px'><b>{html.escape(name)}</b></td>"
                f"<td style='padding-right:12px'>{html.escape(_t(what))}</td><td>{html.escape(licence)}</td></tr>"
            )
        parts.append("</table>")
        parts.append(
            "<p>"
            + html.escape(
                self.tr(
                    "Qt is used under the GNU LGPL version 3: its libraries are separate files in the "
                    "installation folder and can be replaced with other builds of the same version."
                )
            )
            + "</p>"
        )
        return "".join(parts)


def add_help_menu(window: Any) -> QMenu:
    """The Help menu of the main window (its About box is ``window.show_about``)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))

    def action(text: str, slot: Any, shortcut: Any = None, role: Any = None) -> QAction:
        a = QAction(text, window)
        if shortcut is not None:
            a.setShortcut(shortcut)
        if role is not None:
            a.setMenuRole(role)
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    window.help_action = action(
        QCoreApplication.translate("Help", "SmallCRM &Help"),
        lambda: show_help(window, GUIDE),
        QKeySequence.StandardKey.HelpContents,
    )
    window.shortcuts_action = action(
        QCoreApplication.translate("Help", "&Keyboard Shortcuts"), lambda: show_help(window, SHORTCUTS)
    )
    window.data_action = action(
        QCoreApplication.translate("Help", "Where Is My &Data?"), lambda: show_help(window, DATA)
    )
    menu.addSeparator()
    window.about_action = action(
        QCoreApplication.translate("Help", "&About SmallCRM"), window.show_about, role=QAction.MenuRole.AboutRole
    )
    action(QCoreApplication.translate("Help", "About &Qt"), QApplication.aboutQt, role=QAction.MenuRole.AboutQtRole)
    return menu


def show_help(window: QMainWindow, tab: int = GUIDE) -> HelpDialog:
    """Not modal: the guide can stay open beside the window while the owner follows it."""
    dialog = HelpDialog(window, tab)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_about(window: QMainWindow, db_path: Any = None) -> AboutDialog:
    """Modal, like every platform's About box."""
    dialog = AboutDialog(db_path, window)
    dialog.exec()
    return dialog
