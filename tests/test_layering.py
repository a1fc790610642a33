"""The layering rules of docs/ARCHITECTURE.md, enforced by reading every module's imports.

The checker (tests/layering.py, which lists the rules) is fed a tree root. Each rule is
proved on a small planted tree: a clean tree with no breach, then one breach of each
kind planted in it, and the checker must report exactly that breach. Then it runs on the
real tree, which must have none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.layering import Breach, check_tree, read_tree

REPO = Path(__file__).resolve().parent.parent

# A miniature SmallCRM in which every layer does what it may, including the legitimate
# look-alikes the rules must not mistake for breaches (str.replace, set.update,
# QWidget.update, list.insert, QPixmap.save(path), the printer drawing with QtGui, the
# launcher knowing both cli and ui, a relative import inside its own layer).
CLEAN_TREE = {
    "smallcrm/__init__.py": '__version__ = "1.0"\n',
    "smallcrm/errors.py": "class UserError(Exception):\n    pass\n",
    "smallcrm/jobs.py": "import threading\n",
    "smallcrm/settings.py": "import json\n\nfrom smallcrm.store.db import db\n",
    "smallcrm/launch.py": (
        "def main():\n"
        "    from smallcrm.cli import main as cli_main\n"
        "    from smallcrm.ui.app import main as gui_main\n"
        "    return cli_main, gui_main\n"
    ),
    "smallcrm/plots.py": "from matplotlib.figure import Figure\n",
    "smallcrm/store/__init__.py": "",
    "smallcrm/store/db.py": (
        "import sqlite3\n\n"
        "from peewee import SqliteDatabase\n"
        "from playhouse.migrate import SchemaMigrator\n\n"
        "from smallcrm.errors import UserError\n\n"
        "db = SqliteDatabase(None)\n"
    ),
    "smallcrm/store/models.py": "from peewee import Model\n\nfrom . import db\n\n\nclass Customer(Model):\n    pass\n",
    "smallcrm/store/backup.py": "import shutil\n\nfrom smallcrm.store.models import Customer\n",
    "smallcrm/domain/__init__.py": "",
    "smallcrm/domain/customers.py": (
        "from smallcrm import jobs\n"
        "from smallcrm.store.db import db\n"
        "from smallcrm.store.models import Customer\n\n\n"
        "def rename(cid, name):\n"
        "    with db.atomic():\n"
        "        Customer.update(name=name).where(Customer.id == cid).execute()\n"
    ),
    "smallcrm/domain/search.py": "from .customers import rename\n",
    "smallcrm/sheets/__init__.py": "",
    "smallcrm/sheets/exporter.py": "from smallcrm.domain import customers\n",
    "smallcrm/sheets/reader.py": "import csv\n",
    "smallcrm/printing/__init__.py": "",
    "smallcrm/printing/render.py": (
        "from PySide6 import QtGui\n"
        "from PySide6.QtCore import QSizeF\n"
        "from PySide6.QtGui import QPainter, QPdfWriter\n"
        "from PySide6.QtPrintSupport import QPrinter\n"
    ),
    "smallcrm/cli/__init__.py": (
        "import argparse\n\nfrom smallcrm.domain import customers\nfrom smallcrm.sheets import exporter\n"
    ),
    "smallcrm/cli/output.py": "import json\n",
    "smallcrm/ui/__init__.py": "",
    "smallcrm/ui/app.py": (
        "from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg\n"
        "from PySide6.QtWidgets import QApplication\n\n"
        "from smallcrm.domain import customers\n"
        "from smallcrm.store.db import db\n"
        "from smallcrm.ui import view\n"
    ),
    "smallcrm/ui/view.py": (
        "from PySide6.QtWidgets import QWidget\n\n"
        "from smallcrm.domain import customers\n\n\n"
        "class View(QWidget):\n"
        "    def refresh(self, ids, path, pixmap, items, text):\n"
        "        self.seen = set()\n"
        "        self.seen.update(ids)\n"
        "        self.update()\n"
        "        self.viewport().update()\n"
        '        items.insert(0, "x")\n'
        '        path.replace(path.with_suffix(".bak"))\n'
        "        pixmap.save(str(path))\n"
        "        self.setCursor(self.cursor())\n"
        '        customers.rename(1, text.replace("%1", "a"))\n'
    ),
}


def _tree(root: Path, plant: tuple[str, str] | None = None) -> Path:
    files = dict(CLEAN_TREE)
    if plant:
        path, code = plant
        files[path] = files.get(path, "") + "\n" + code
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def _ui_plant(statement: str, imports: str = "from smallcrm.store.models import Customer\n") -> tuple[str, str]:
    return ("smallcrm/ui/view.py", f"{imports}\n\ndef planted(customer, db, query):\n    {statement}\n")


def test_the_clean_tree_has_no_breach(tmp_path: Path) -> None:
    assert check_tree(_tree(tmp_path)) == []


# (planted file, planted code) -> the one breach (rule, module, target) it must cause.
PLANTED: dict[str, tuple[tuple[str, str], tuple[str, str, str]]] = {
    # Relative imports, resolved to the module they name.
    "relative import of ui from domain": (
        ("smallcrm/domain/search.py", "from .. import ui\n"),
        ("upward-import", "smallcrm.domain.search", "smallcrm.ui"),
    ),
    "relative import of a ui module from store": (
        ("smallcrm/store/backup.py", "from ..ui import app\n"),
        ("store-imports", "smallcrm.store.backup", "smallcrm.ui.app"),
    ),
    "relative import of cli in a package's __init__": (
        ("smallcrm/domain/__init__.py", "from ..cli import main\n"),
        ("upward-import", "smallcrm.domain", "smallcrm.cli"),
    ),
    # Imports by name: importlib and __import__ with a string.
    "importlib.import_module of a ui module in a function": (
        (
            "smallcrm/domain/search.py",
            'def late():\n    import importlib\n\n    return importlib.import_module("smallcrm.ui.app")\n',
        ),
        ("upward-import", "smallcrm.domain.search", "smallcrm.ui.app"),
    ),
    "__import__ of the cli in sheets": (
        ("smallcrm/sheets/reader.py", 'cli = __import__("smallcrm.cli")\n'),
        ("upward-import", "smallcrm.sheets.reader", "smallcrm.cli"),
    ),
    "relative import_module of the cli in ui": (
        (
            "smallcrm/ui/view.py",
            'from importlib import import_module\n\nimport_module(".output", package="smallcrm.cli")\n',
        ),
        ("cli-ui-siblings", "smallcrm.ui.view", "smallcrm.cli.output"),
    ),
    # Qt widgets and Qt backends below ui; Qt at all where it is not drawing.
    "a widget in domain": (
        ("smallcrm/domain/customers.py", "from PySide6.QtWidgets import QMessageBox\n"),
        ("widgets-outside-ui", "smallcrm.domain.customers", "PySide6.QtWidgets"),
    ),
    "the widget module by its package in printing": (
        ("smallcrm/printing/render.py", "from PySide6 import QtWidgets\n"),
        ("widgets-outside-ui", "smallcrm.printing.render", "PySide6.QtWidgets"),
    ),
    "a print dialog in printing": (
        ("smallcrm/printing/render.py", "from PySide6.QtPrintSupport import QPrintDialog\n"),
        ("widgets-outside-ui", "smallcrm.printing.render", "PySide6.QtPrintSupport.QPrintDialog"),
    ),
    "matplotlib's Qt backend in domain": (
        ("smallcrm/domain/customers.py", "from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg\n"),
        ("widgets-outside-ui", "smallcrm.domain.customers", "matplotlib.backends.backend_qtagg"),
    ),
    "matplotlib switched to Qt in plots": (
        ("smallcrm/plots.py", 'import matplotlib\n\nmatplotlib.use("QtAgg")\n'),
        ("widgets-outside-ui", "smallcrm.plots", "matplotlib.backends.backend_qtagg"),
    ),
    "pyplot in plots": (
        ("smallcrm/plots.py", "from matplotlib import pyplot\n"),
        ("widgets-outside-ui", "smallcrm.plots", "matplotlib.pyplot"),
    ),
    "QtGui in domain": (
        ("smallcrm/domain/customers.py", "from PySide6.QtGui import QColor\n"),
        ("qt-outside-ui", "smallcrm.domain.customers", "PySide6.QtGui"),
    ),
    "QtCore in the cli": (
        ("smallcrm/cli/__init__.py", "from PySide6.QtCore import QCoreApplication\n"),
        ("qt-outside-ui", "smallcrm.cli", "PySide6.QtCore"),
    ),
    # Store: the standard library, peewee and itself (and errors).
    "openpyxl in store": (
        ("smallcrm/store/db.py", "import openpyxl\n"),
        ("store-imports", "smallcrm.store.db", "openpyxl"),
    ),
    "settings in store": (
        ("smallcrm/store/models.py", "from smallcrm import settings\n"),
        ("store-imports", "smallcrm.store.models", "smallcrm.settings"),
    ),
    "Qt in store": (
        ("smallcrm/store/db.py", "from PySide6.QtCore import QObject\n"),
        ("store-imports", "smallcrm.store.db", "PySide6.QtCore"),
    ),
    # Domain never imports sheets (a function-level import counts).
    "sheets in domain, inside a function": (
        (
            "smallcrm/domain/search.py",
            "def export():\n    from smallcrm.sheets import exporter\n\n    return exporter\n",
        ),
        ("domain-imports-sheets", "smallcrm.domain.search", "smallcrm.sheets.exporter"),
    ),
    # cli and ui are siblings.
    "ui in the cli": (
        ("smallcrm/cli/__init__.py", "from smallcrm.ui import app\n"),
        ("cli-ui-siblings", "smallcrm.cli", "smallcrm.ui.app"),
    ),
    "the cli in ui": (
        ("smallcrm/ui/app.py", "from smallcrm.cli import output\n"),
        ("cli-ui-siblings", "smallcrm.ui.app", "smallcrm.cli.output"),
    ),
    # ui writes through no model and runs no SQL.
    "ui saves a model": (_ui_plant("customer.save()"), ("ui-writes", "smallcrm.ui.view", ".save()")),
    "ui deletes through a model": (
        _ui_plant("Customer.delete().where(Customer.id == 1)"),
        ("ui-writes", "smallcrm.ui.view", ".delete()"),
    ),
    "ui deletes an instance": (
        _ui_plant("customer.delete_instance()"),
        ("ui-writes", "smallcrm.ui.view", ".delete_instance()"),
    ),
    "ui updates through a model": (
        _ui_plant('Customer.update(name="x")'),
        ("ui-writes", "smallcrm.ui.view", ".update()"),
    ),
    "ui updates through a module's model": (
        _ui_plant('models.Customer.update(name="x")', "from smallcrm.store import models\n"),
        ("ui-writes", "smallcrm.ui.view", ".update()"),
    ),
    "ui creates a row": (_ui_plant('Customer.create(name="x")'), ("ui-writes", "smallcrm.ui.view", ".create()")),
    "ui inserts a row": (_ui_plant('Customer.insert(name="x")'), ("ui-writes", "smallcrm.ui.view", ".insert()")),
    "ui inserts many": (_ui_plant("Customer.insert_many([])"), ("ui-writes", "smallcrm.ui.view", ".insert_many()")),
    "ui creates in bulk": (_ui_plant("Customer.bulk_create([])"), ("ui-writes", "smallcrm.ui.view", ".bulk_create()")),
    "ui replaces a row": (_ui_plant('Customer.replace(name="x")'), ("ui-writes", "smallcrm.ui.view", ".replace()")),
    "ui opens a transaction with atomic": (_ui_plant("db.atomic()"), ("ui-writes", "smallcrm.ui.view", ".atomic()")),
    "ui opens a transaction": (_ui_plant("db.transaction()"), ("ui-writes", "smallcrm.ui.view", ".transaction()")),
    "ui runs a query": (_ui_plant("query.execute()"), ("ui-sql", "smallcrm.ui.view", ".execute()")),
    "ui runs raw SQL": (
        _ui_plant('db.execute_sql("DELETE FROM customer")'),
        ("ui-sql", "smallcrm.ui.view", ".execute_sql()"),
    ),
    "ui takes a cursor": (_ui_plant("cur = db.cursor()"), ("ui-sql", "smallcrm.ui.view", ".cursor()")),
    "ui writes SQL text": (_ui_plant('SQL("1")', "from peewee import SQL\n"), ("ui-sql", "smallcrm.ui.view", "SQL()")),
    # Cycles, closed by an import inside a function.
    "a cycle of two through a function-level import": (
        ("smallcrm/domain/customers.py", "def late():\n    from smallcrm.domain import search\n\n    return search\n"),
        ("cycle", "smallcrm.domain.customers", "smallcrm.domain.customers, smallcrm.domain.search"),
    ),
    "a cycle of three through a relative import": (
        ("smallcrm/store/db.py", "def restore():\n    from . import backup\n\n    return backup\n"),
        ("cycle", "smallcrm.store.backup", "smallcrm.store.backup, smallcrm.store.db, smallcrm.store.models"),
    ),
}


@pytest.mark.parametrize(("plant", "expected"), PLANTED.values(), ids=PLANTED.keys())
def test_a_planted_breach_is_reported_exactly(
    tmp_path: Path, plant: tuple[str, str], expected: tuple[str, str, str]
) -> None:
    assert [b.key for b in check_tree(_tree(tmp_path, plant))] == [expected]


def test_a_breach_names_its_lines(tmp_path: Path) -> None:
    code = "def late():\n    from smallcrm.sheets import exporter\n    from smallcrm.sheets import exporter as again\n"
    (breach,) = check_tree(_tree(tmp_path, ("smallcrm/domain/search.py", code)))
    assert breach.lines == (4, 5)  # the clean file's line, the blank line, the def
    assert str(breach) == "[domain-imports-sheets] smallcrm.domain.search:4,5: smallcrm.sheets.exporter"


def test_a_cycle_shows_the_way_round(tmp_path: Path) -> None:
    plant = ("smallcrm/store/db.py", "def restore():\n    from . import backup\n\n    return backup\n")
    (breach,) = check_tree(_tree(tmp_path, plant))
    assert breach.note == "store.backup -> store.models -> store.db -> store.backup"


# -- the real tree ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_breaches() -> list[Breach]:
    return check_tree(REPO)


def _report(breaches: list[Breach]) -> str:
    return "\n".join(f"  {b}" for b in breaches) or "  (none)"


def test_the_checker_reads_the_real_package() -> None:
    modules = read_tree(REPO)
    assert {"store", "domain", "sheets", "printing", "cli", "ui"} <= {m.layer for m in modules.values()}
    assert len(modules) == len(list((REPO / "smallcrm").rglob("*.py")))


def test_the_real_tree_has_no_breach(real_breaches: list[Breach]) -> None:
    """No cycle, no upward arrow, no SQL or model writes in ui (issue 16 removed the last)."""
    assert not real_breaches, f"layering breaches (fix the code):\n{_report(real_breaches)}"
