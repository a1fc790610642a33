"""What the import wizard's pages share: the fields a column can become, how a cell and
a stored value read to the owner, the preview's tables, and how an error is shown.

The wizard is :mod:`smallcrm.ui.dialogs.import_wizard`; each page has a module of its
own (``import_file_page``, ``import_mapping_page``, ``import_preview_page``,
``import_result_page``).
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from smallcrm.domain.values.birthdays import Birthday
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.ui.shell import worker
from smallcrm.ui.widgets.labels import MUTED

ERROR = "color: #b3261e;"
INSPECT_DELAY_MS = 250  # typing a path: read the file once the typing pauses
SAMPLE_VALUES = 3  # example values shown per column on the columns page

# The fields a column can be imported as, in the order the columns page lists them.
FIELD_LABELS: dict[str, str] = {
    "customer_no": QT_TRANSLATE_NOOP("ImportField", "Customer No."),
    "name": QT_TRANSLATE_NOOP("ImportField", "Name"),
    "gender": QT_TRANSLATE_NOOP("ImportField", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("ImportField", "Birthday"),
    "lunar_birthday": QT_TRANSLATE_NOOP("ImportField", "Lunar birthday"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("ImportField", "Phone 2"),
    "wechat": QT_TRANSLATE_NOOP("ImportField", "WeChat"),
    "email": QT_TRANSLATE_NOOP("ImportField", "Email"),
    "country": QT_TRANSLATE_NOOP("ImportField", "Country"),
    "province": QT_TRANSLATE_NOOP("ImportField", "Province"),
    "city": QT_TRANSLATE_NOOP("ImportField", "City"),
    "district": QT_TRANSLATE_NOOP("ImportField", "District"),
    "street": QT_TRANSLATE_NOOP("ImportField", "Address"),
    "postcode": QT_TRANSLATE_NOOP("ImportField", "Postcode"),
    "occupation": QT_TRANSLATE_NOOP("ImportField", "Occupation"),
    "income_band": QT_TRANSLATE_NOOP("ImportField", "Income"),
    "family": QT_TRANSLATE_NOOP("ImportField", "Family"),
    "preferences": QT_TRANSLATE_NOOP("ImportField", "Preferences"),
    "buying_habits": QT_TRANSLATE_NOOP("ImportField", "Buying habits"),
    "source": QT_TRANSLATE_NOOP("ImportField", "Source"),
    "staff": QT_TRANSLATE_NOOP("ImportField", "Staff"),
    "mail_consent": QT_TRANSLATE_NOOP("ImportField", "Mail consent"),
    "tags": QT_TRANSLATE_NOOP("ImportField", "Tags"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "Notes"),
    "churn_status": QT_TRANSLATE_NOOP("ImportField", "Churn status"),
    "churn_reason": QT_TRANSLATE_NOOP("ImportField", "Churn reason"),
    "churned_on": QT_TRANSLATE_NOOP("ImportField", "Churned on"),
    "churn_note": QT_TRANSLATE_NOOP("ImportField", "Churn note"),
    "date": QT_TRANSLATE_NOOP("ImportField", "Date"),
    "item": QT_TRANSLATE_NOOP("ImportField", "Item"),
    "category": QT_TRANSLATE_NOOP("ImportField", "Category"),
    "quantity": QT_TRANSLATE_NOOP("ImportField", "Quantity"),
    "amount": QT_TRANSLATE_NOOP("ImportField", "Amount"),
    "cost": QT_TRANSLATE_NOOP("ImportField", "Cost"),
    "channel": QT_TRANSLATE_NOOP("ImportField", "Channel"),
    "note": QT_TRANSLATE_NOOP("ImportField", "Note"),
    "refund": QT_TRANSLATE_NOOP("ImportField", "Refund"),
    "barcode": QT_TRANSLATE_NOOP("ImportField", "Barcode"),
    "unit": QT_TRANSLATE_NOOP("ImportField", "Unit"),
    "kind": QT_TRANSLATE_NOOP("ImportField", "Goods or service"),
    "price": QT_TRANSLATE_NOOP("ImportField", "Price"),
}

# What the preview shows of a row as it will be stored, per kind: (stored field, label key).
# A rejected or total row's cells are shown under the column of the field they were
# mapped to: the raw fields whose stored column has another key.


class WizardSteps(Protocol):
    """What a page asks of the wizard it belongs to (``ImportWizard``, which imports the
    pages, so they know it by this protocol)."""

    def inspection(self) -> Any: ...

    def mapping(self) -> list[str]: ...

    def options(self) -> Any: ...

    def commit_job(self) -> worker.JobFunction: ...

    def counts_text(self, result: Any) -> str: ...

    def save_rejects(self, result: Any, path: str | None = None) -> worker.Job | None: ...

    def currentPage(self) -> QWizardPage: ...  # noqa: N802 - Qt's name

    def setOption(self, option: QWizard.WizardOption, on: bool = True) -> None: ...  # noqa: N802 - Qt's name


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


# A product's fields whose words differ from a customer's (a customer's name is 姓名).
PRODUCT_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ImportField", "Product name"),
}


def field_label(name: str, kind: str = "") -> str:
    labels = PRODUCT_FIELD_LABELS if kind == "products" and name in PRODUCT_FIELD_LABELS else FIELD_LABELS
    return QCoreApplication.translate("ImportField", labels.get(name, name))


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the owner would read it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        midnight = value.time() == dt.time()  # a time object is true even at midnight
        return value.date().isoformat() if midnight else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def stored_text(key: str, fields: dict[str, Any]) -> str:
    """A stored value of a preview row as the list would show it."""
    if key == "birthday":
        month, day = fields.get("birth_month"), fields.get("birth_day")
        if not month or not day:
            return ""
        calendar = fields.get("birth_calendar") or "solar"
        birthday = Birthday(month, day, fields.get("birth_year"), calendar, bool(fields.get("birth_leap")))
        return birthday.to_text() if calendar == "lunar" or birthday.year else f"{month:02d}-{day:02d}"
    value = fields.get(key)
    if value is None or value == "":
        return ""
    if key.endswith("_cents"):
        return format_cents(int(value))
    if key == "kind":
        kinds = {
            "goods": QCoreApplication.translate("ImportWizard", "Goods"),
            "service": QCoreApplication.translate("ImportWizard", "Service"),
        }
        return kinds.get(value, str(value))
    if key == "gender":
        genders = {
            "M": QCoreApplication.translate("ImportWizard", "Male"),
            "F": QCoreApplication.translate("ImportWizard", "Female"),
        }
        return genders.get(value, str(value))
    return " ".join(str(value).split())


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))


def more_note() -> QLabel:
    """The muted line under a preview list that says only its first rows are listed
    (hidden until there are more)."""
    note = QLabel()
    note.setStyleSheet(MUTED)
    note.setWordWrap(True)
    note.hide()
    return note


def show_error(parent: QWidget, title: str, error: BaseException) -> None:
    """A UserError as one translated sentence; anything else to the error reporter."""
    if isinstance(error, UserError):
        QMessageBox.warning(parent, title, error.render(QCoreApplication.translate))
    else:
        sys.excepthook(type(error), error, error.__traceback__)
