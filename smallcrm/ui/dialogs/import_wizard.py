"""The import wizard: a shop's spreadsheet into SmallCRM, checked before anything is written.

Pages: choose the file (and what it holds), check the columns, preview (duplicate
policy, counts, the first rows as they will be stored, duplicates, rejected rows),
import. Every step that reads the file or the database runs on a worker thread
(:mod:`smallcrm.ui.shell.worker`): the file's first rows are read while the owner looks at
the first page, the preview is the real import run in a transaction that is rolled
back (``run_import(dry_run=True)``), so its counts are exactly what the import will
do, and the import itself runs on the write thread with a progress bar and a cancel
that rolls everything back. The wizard never writes through the models.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from smallcrm import jobs
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.ui.shell import changes, worker

MUTED = "color: palette(placeholder-text);"
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
}

# What the preview shows of a row as it will be stored, per kind: (stored field, label key).
# A rejected or total row's cells are shown under the column of the field they were
# mapped to: the raw fields whose stored column has another key.
_CELL_COLUMNS = {"lunar_birthday": "birthday", "amount": "amount_cents", "cost": "cost_cents"}
# The Rejected tab lists this many (a wrong file may reject every row: 100,000 table
# rows would hold the window for seconds); the report file has them all.
REJECTS_SHOWN = 1000

_PREVIEW_COLUMNS = {
    "customers": [
        ("customer_no", "customer_no"),
        ("name", "name"),
        ("gender", "gender"),
        ("birthday", "birthday"),
        ("phone", "phone"),
        ("phone2", "phone2"),
        ("wechat", "wechat"),
        ("email", "email"),
        ("province", "province"),
        ("city", "city"),
        ("district", "district"),
        ("street", "street"),
        ("postcode", "postcode"),
        ("occupation", "occupation"),
        ("preferences", "preferences"),
        ("buying_habits", "buying_habits"),
        ("source", "source"),
        ("notes", "notes"),
    ],
    "purchases": [
        ("date", "date"),
        ("item", "item"),
        ("category", "category"),
        ("quantity", "quantity"),
        ("amount_cents", "amount"),
        ("cost_cents", "cost"),
        ("channel", "channel"),
        ("note", "note"),
    ],
}

_ACTIONS = {
    "add": QT_TRANSLATE_NOOP("ImportWizard", "New"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "Update"),
    "skip": QT_TRANSLATE_NOOP("ImportWizard", "Skip"),
    "summary": QT_TRANSLATE_NOOP("ImportWizard", "Summary row"),
    "reject": QT_TRANSLATE_NOOP("ImportWizard", "Rejected"),
}
_DUPLICATE_ACTIONS = {
    "skipped": QT_TRANSLATE_NOOP("ImportWizard", "Skipped"),
    "updated": QT_TRANSLATE_NOOP("ImportWizard", "Updated"),
    "added": QT_TRANSLATE_NOOP("ImportWizard", "Added as another customer"),
}
_MATCHES = {
    "customer_no": QT_TRANSLATE_NOOP("ImportWizard", "Same customer number"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Same phone"),
}
# Consent to be mailed for the whole import (ImportOptions.consent); "column" only when
# a column is mapped to it.
CONSENT_CHOICES = [
    ("column", QT_TRANSLATE_NOOP("ImportWizard", "As the Mail consent column says")),
    ("no", QT_TRANSLATE_NOOP("ImportWizard", "No one may receive mail yet (ask them first)")),
    ("yes", QT_TRANSLATE_NOOP("ImportWizard", "All may receive mail (they agreed)")),
]
POLICIES = [
    ("skip", QT_TRANSLATE_NOOP("ImportWizard", "Skip the row; the customer stays as it is")),
    ("fill", QT_TRANSLATE_NOOP("ImportWizard", "Fill the customer's empty fields from the row")),
    ("overwrite", QT_TRANSLATE_NOOP("ImportWizard", "Overwrite the customer's fields with the row's values")),
    ("keep", QT_TRANSLATE_NOOP("ImportWizard", "Keep both: add the row as another customer")),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def field_label(name: str) -> str:
    return QCoreApplication.translate("ImportField", FIELD_LABELS.get(name, name))


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the owner would read it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def stored_text(key: str, fields: dict[str, Any]) -> str:
    """A stored value of a preview row as the list would show it."""
    from smallcrm.domain.values.money import format_cents

    if key == "birthday":
        from smallcrm.domain.values.birthdays import Birthday

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
    if key == "gender":
        genders = {
            "M": QCoreApplication.translate("ImportWizard", "Male"),
            "F": QCoreApplication.translate("ImportWizard", "Female"),
        }
        return genders.get(value, str(value))
    return " ".join(str(value).split())


def _table(headers: list[str]) -> QTableWidget:
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


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))


def _more_note() -> QLabel:
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


# ---------------------------------------------------------------------------------
# Jobs (worker threads)


def _inspect_job(path: str, kind: str | None) -> worker.JobFunction:
    def run(_progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        from smallcrm.sheets import importer

        cancel.check()
        return importer.inspect(path, kind=kind)

    return worker.reading(run)


def _preview_job(path: Path, options: Any) -> worker.JobFunction:
    """The import run and rolled back, plus the names of the customers rows duplicate."""

    def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        from smallcrm.sheets import importer
        from smallcrm.store.models import Customer

        result = importer.run_import(path, options, dry_run=True, progress=progress, cancel=cancel)
        before = result.new_ids_from  # customers with lower ids were there before the import
        ids = sorted({d["customer_id"] for d in result.duplicates if d["customer_id"] and d["customer_id"] < before})
        names: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            query = Customer.select(Customer.id, Customer.name, Customer.customer_no)
            part = query.where(Customer.id.in_(ids[start : start + 500])).tuples()
            for cid, name, number in cast("Iterable[tuple[int, str, str]]", part):
                names[cid] = f"{name} ({number})" if name else number
        return result, names

    return run


def _commit_job(path: Path, options: Any, remember: tuple[str, list[str], list[str]] | None) -> worker.JobFunction:
    def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        from smallcrm.sheets import headers as hdr
        from smallcrm.sheets import importer

        result = importer.run_import(path, options, progress=progress, cancel=cancel)
        if remember is not None:  # the owner's adjusted columns, for the next file like this
            hdr.remember_mapping(*remember)
        return result

    return run


# ---------------------------------------------------------------------------------
# Pages


class FilePage(QWizardPage):
    """Choose the file and what it holds; its first rows are read at once."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a spreadsheet"))
        self.setSubTitle(
            self.tr(
                "Excel (.xlsx, .xls), LibreOffice (.ods) or CSV files saved by Excel or WPS. Title rows above "
                "the headers are fine; nothing is stored before the last step."
            )
        )
        self.inspection: Any = None
        self.error: str = ""
        self._job: worker.Job | None = None
        self._asked: tuple[str, str | None] | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The spreadsheet to import"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Find out from the columns"), None)
        self.kind_combo.addItem(self.tr("Customers"), "customers")
        self.kind_combo.addItem(self.tr("Purchases"), "purchases")

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.force_box = QCheckBox(self.tr("Import it again anyway"))
        self.force_box.hide()

        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("The file holds:"), self.kind_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addWidget(self.force_box)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(INSPECT_DELAY_MS)
        self._timer.timeout.connect(self.inspect)
        self.path_edit.textChanged.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._changed)

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a Spreadsheet"),
            start,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.inspect()

    def _changed(self) -> None:
        self.inspection = None
        self.error = ""
        self.force_box.hide()
        self.status.clear()
        self.completeChanged.emit()
        self._timer.start()

    def kind(self) -> str | None:
        return self.kind_combo.currentData()

    def inspect(self) -> None:
        """Read the file's first rows on a worker thread (the newest request wins)."""
        self._timer.stop()
        path = self.path_edit.text().strip()
        if not path:
            return
        asked = (path, self.kind())
        if asked == self._asked and (self.inspection is not None or self.loading):
            return
        if self._job is not None:
            self._job.cancel()
        self._asked = asked
        self.inspection = None
        self.status.setStyleSheet(MUTED)
        self.status.setText(self.tr("Reading the file…"))
        self._job = worker.start(_inspect_job(path, self.kind()))
        self._job.finished.connect(self._inspected)
        self.completeChanged.emit()

    @property
    def loading(self) -> bool:
        return self._job is not None and not self._job.done

    def _inspected(self, inspection: Any, error: Any) -> None:
        if self.sender() is not self._job:
            return  # an older request
        self._job = None
        if isinstance(error, jobs.Cancelled):
            return
        if error is not None:
            self.inspection = None
            self.error = error.render(QCoreApplication.translate) if isinstance(error, UserError) else str(error)
            self.status.setStyleSheet(ERROR)
            self.status.setText(self.error)
            if not isinstance(error, UserError):
                sys.excepthook(type(error), error, error.__traceback__)
            self.completeChanged.emit()
            return
        self.inspection = inspection
        what = self.tr("customers") if inspection.kind == "customers" else self.tr("purchases")
        lines = [
            self.tr("Sheet “%1”: headers in row %2; it looks like a list of %3.")
            .replace("%1", inspection.source.sheet or inspection.file_name)
            .replace("%2", str(inspection.header_row))
            .replace("%3", what)
        ]
        if inspection.source.estimated_rows:
            lines.append(self.tr("About %1 rows.").replace("%1", f"{inspection.source.estimated_rows:,}"))
        self.status.setStyleSheet("")
        if inspection.already_imported is not None:
            lines.append(
                self.tr(
                    "This file was imported before (import %1). Undo that import first, or import it again on purpose."
                ).replace("%1", str(inspection.already_imported))
            )
            self.force_box.setChecked(False)
            self.force_box.show()
        self.status.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.inspection is not None and self.inspection.path == Path(self.path_edit.text().strip())

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        pass


class MappingPage(QWizardPage):
    """Which column is which field; the owner changes any of it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file and what it becomes in SmallCRM. Columns SmallCRM does not know "
                "are kept in the notes; choose a field for them, or not to import them."
            )
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = _table([self.tr("Column"), self.tr("Examples"), self.tr("Import as")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # only the boxes take input
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR)
        self.reset_button = QPushButton(self.tr("Use the Suggested Columns"))
        self.reset_button.clicked.connect(self.reset)
        self.combos: list[QComboBox] = []
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        from smallcrm.sheets import headers as hdr

        ins = self.w.inspection()
        self.kind = ins.kind
        self.headers = list(ins.headers)
        self.proposed = hdr.propose_mapping(self.headers, self.kind)
        self.shown = list(ins.mapping)
        text = self.tr("Headers found in row %1.").replace("%1", str(ins.header_row))
        if ins.remembered:
            text += " " + self.tr("These are the columns you chose last time for a file with the same headers.")
        self.info.setText(text)
        choices = [(self.tr("Don't import"), hdr.IGNORE), (self.tr("Keep in the notes"), hdr.AS_NOTE)]
        choices += [(field_label(f), f) for f in hdr.fields_of(self.kind)]
        self.table.setRowCount(len(self.headers))
        self.combos = []
        for column, header in enumerate(self.headers):
            name = hdr.column_letter(column) + (f"  {header}" if header else "")
            self.table.setItem(column, 0, QTableWidgetItem(name))
            examples = [cell_text(cells[column]) for _n, cells in ins.sample if column < len(cells)]
            examples = [e for e in examples if e][:SAMPLE_VALUES]
            example_item = QTableWidgetItem(" · ".join(examples))
            example_item.setToolTip("\n".join(examples))
            self.table.setItem(column, 1, example_item)
            combo = QComboBox()
            for label, value in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(self.shown[column] if column < len(self.shown) else "")))
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0) + 16, 240))
        widest = max((c.sizeHint().width() for c in self.combos), default=120)
        self.table.setColumnWidth(2, widest + 8)
        self.table.verticalHeader().setDefaultSectionSize(max(self.fontMetrics().height() + 10, 30))
        self._check()

    def mapping(self) -> list[str]:
        return [c.currentData() for c in self.combos]

    def set_field(self, column: int, field: str) -> None:
        """Choose what column ``column`` (0-based) becomes, as the owner would in its box."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def adjusted(self) -> bool:
        return self.mapping() != self.shown

    def reset(self) -> None:
        for column, field in enumerate(self.proposed):
            self.set_field(column, field)

    def _check(self) -> None:
        from smallcrm.sheets import importer

        self.problem.clear()
        try:
            importer.check_mapping(self.kind, self.headers, self.mapping(), self.w.inspection().path)
        except UserError as exc:
            self.problem.setText(exc.render(QCoreApplication.translate))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.combos) and not self.problem.text()


class PreviewPage(QWizardPage):
    """What the import will do, row by row, before anything is stored."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been stored yet. This is exactly what the import will do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.result: Any = None
        self.names: dict[int, str] = {}
        self._job: worker.Job | None = None

        self.policy_combo = QComboBox()
        for key, text in POLICIES:
            self.policy_combo.addItem(tr(text), key)
        self.policy_combo.currentIndexChanged.connect(self.run_preview)
        self.create_box = QCheckBox(
            self.tr("Add customers who are not in SmallCRM yet (from the row's name and phone)")
        )
        self.create_box.toggled.connect(self.run_preview)
        self.consent_combo = QComboBox()
        self.consent_combo.setToolTip(
            self.tr("Greeting cards go only to customers who may receive mail; you can change it later for a selection")
        )
        self.consent_combo.currentIndexChanged.connect(self.run_preview)
        # The default follows the file (its consent column, if mapped) until the owner picks
        # one: going back and mapping a consent column must not keep an unchosen "no".
        self._consent_chosen = False
        self.consent_combo.activated.connect(lambda _index: setattr(self, "_consent_chosen", True))
        self.rules = QLabel(
            self.tr(
                "A row with the same customer number or phone as a customer you have (or an earlier row) is a "
                "duplicate. Blank rows count as nothing; total rows (合计, 小计, Total) are skipped. A row without "
                "name and phone, or with an impossible value, is rejected whole. The import is all or nothing, "
                "and can be undone."
            )
        )
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet(MUTED)
        form = QFormLayout()
        form.addRow(self.tr("Duplicates:"), self.policy_combo)
        self.consent_label = QLabel(self.tr("Mail consent:"))
        form.addRow(self.consent_label, self.consent_combo)
        form.addRow("", self.create_box)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.counts = QLabel()
        font = QFont(self.counts.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.counts.setFont(font)
        self.counts.setWordWrap(True)

        self.tabs = QTabWidget()
        self.rows_table = _table([])
        self.duplicates_table = _table([self.tr("Row"), self.tr("Customer"), self.tr("Matched by"), self.tr("Outcome")])
        self.rejects_table = _table([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.save_button = QPushButton(self.tr("Save Rejected Rows…"))
        self.save_button.setToolTip(self.tr("An Excel file with the rejected rows and why, to fix and import again"))
        self.save_button.clicked.connect(lambda: self.w.save_rejects(self.result))
        rejects = QWidget()
        rejects_layout = QVBoxLayout(rejects)
        rejects_layout.setContentsMargins(0, 4, 0, 0)
        rejects_layout.addWidget(self.rejects_table, 1)
        # Reasons wrap, rows follow the width: the whole sentence is read (at most
        # REJECTS_SHOWN rows, so sizing them all stays cheap).
        self.rejects_table.setWordWrap(True)
        rows_header = self.rejects_table.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows_header.setMinimumSectionSize(rows_header.defaultSectionSize())  # one line: as tall as the other tabs'
        self.rejects_more = _more_note()
        save_row = QHBoxLayout()
        save_row.addWidget(self.rejects_more, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        rejects_layout.addLayout(save_row)
        self.tabs.addTab(self.rows_table, "")
        self.duplicates_more = _more_note()
        duplicates = QWidget()
        duplicates_layout = QVBoxLayout(duplicates)
        duplicates_layout.setContentsMargins(0, 4, 0, 0)
        duplicates_layout.addWidget(self.duplicates_table, 1)
        duplicates_layout.addWidget(self.duplicates_more)
        self.tabs.addTab(duplicates, "")
        self.tabs.addTab(rejects, "")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        purchases = self.w.inspection().kind == "purchases"
        self.create_box.setVisible(purchases)
        self.policy_combo.setEnabled(not purchases)
        self.consent_label.setVisible(not purchases)
        self.consent_combo.setVisible(not purchases)
        self._fill_consent()
        self.run_preview()

    def _fill_consent(self) -> None:
        """The consent choices this file allows: from the column only when one is mapped,
        and then chosen first, as the import does by default; else no one, until asked."""
        mapped = "mail_consent" in self.w.mapping_page.mapping()
        current = self.consent() if self._consent_chosen else None
        self.consent_combo.blockSignals(True)
        self.consent_combo.clear()
        for key, text in CONSENT_CHOICES:
            if key != "column" or mapped:
                self.consent_combo.addItem(tr(text), key)
        index = self.consent_combo.findData(current)
        self.consent_combo.setCurrentIndex(index if index >= 0 else 0)
        self.consent_combo.blockSignals(False)

    def consent(self) -> str | None:
        """The choice for a customer import; None for purchases (their new customers get none)."""
        if self.w.inspection() is None or self.w.inspection().kind != "customers":
            return None
        data = self.consent_combo.currentData()
        return str(data) if data is not None else None

    def set_consent(self, key: str) -> None:
        self.consent_combo.setCurrentIndex(self.consent_combo.findData(key))

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        self.stop()

    def stop(self) -> None:
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._job = None

    def policy(self) -> str:
        return str(self.policy_combo.currentData())

    def set_policy(self, key: str) -> None:
        self.policy_combo.setCurrentIndex(self.policy_combo.findData(key))

    @property
    def loading(self) -> bool:
        return self._job is not None and not self._job.done

    def run_preview(self) -> None:
        """The import, rolled back: on the write thread, like the import itself."""
        if self.wizard() is None or self.w.currentPage() is not self:
            return
        self.stop()
        self.result = None
        self.counts.setText(self.tr("Checking every row…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.tabs.setEnabled(False)
        self._job = worker.start(
            _preview_job(self.w.inspection().path, self.w.options()), write=True, on_progress=self._progress
        )
        self._job.finished.connect(self._previewed)
        self.completeChanged.emit()

    def _progress(self, done: int, total: int, _message: str) -> None:
        if self.sender() is self._job and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _previewed(self, answer: Any, error: Any) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        self.progress.hide()
        if isinstance(error, jobs.Cancelled):
            return
        if error is not None:
            self.counts.setText("")
            if isinstance(error, UserError):
                self.counts.setText(error.render(QCoreApplication.translate))
            else:
                sys.excepthook(type(error), error, error.__traceback__)
            self.completeChanged.emit()
            return
        self.result, self.names = answer
        self._show()
        self.completeChanged.emit()

    def _show(self) -> None:
        r = self.result
        self.counts.setText(self.w.counts_text(r))
        self.tabs.setEnabled(True)
        present = {"birthday" if k == "birth_month" else k for p in r.preview for k in p["fields"]}
        present |= {_CELL_COLUMNS.get(k, k) for p in r.preview for k in p.get("cells", ())}
        columns = [(key, label) for key, label in _PREVIEW_COLUMNS[r.kind] if key in present]
        self.rows_table.setColumnCount(2 + len(columns))
        self.rows_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), *[field_label(label) for _k, label in columns]]
        )
        rows = []
        for p in r.preview:
            fields = p["fields"]
            action = tr(_ACTIONS.get(p["action"], p["action"]))
            if "cells" in p:  # a row that stores nothing: its cells as read
                cells = {_CELL_COLUMNS.get(k, k): v for k, v in p["cells"].items()}
                rows.append([str(p["row"]), action, *[cell_text(cells.get(k)) for k, _l in columns]])
            else:
                rows.append([str(p["row"]), action, *[stored_text(k, fields) for k, _l in columns]])
        _fill(self.rows_table, rows)
        duplicates = []
        for d in r.duplicates:
            cid = d["customer_id"]
            who = self.names.get(cid)  # only customers that were there before the import have a name here
            duplicates.append(
                [
                    str(d["row"]),
                    who or self.tr("an earlier row of this file"),
                    tr(_MATCHES.get(d["match"], d["match"])),
                    tr(_DUPLICATE_ACTIONS.get(d["action"], d["action"])),
                ]
            )
        _fill(self.duplicates_table, duplicates)
        self.duplicates_more.setVisible(r.duplicate_count > len(r.duplicates))
        self.duplicates_more.setText(
            self.tr("The first %1 of %2 duplicate rows are listed here.")
            .replace("%1", f"{len(r.duplicates):,}")
            .replace("%2", f"{r.duplicate_count:,}")
        )
        shown_rejects = r.rejects[:REJECTS_SHOWN]
        rejects = [[str(x.row), x.column, x.reason_text(QCoreApplication.translate)] for x in shown_rejects]
        _fill(self.rejects_table, rejects)
        more = len(r.rejects) - len(shown_rejects)
        self.rejects_more.setVisible(more > 0)
        self.rejects_more.setText(
            self.tr("The first %1 are listed here; Save Rejected Rows writes all %2.")
            .replace("%1", f"{len(shown_rejects):,}")
            .replace("%2", f"{len(r.rejects):,}")
        )
        self.save_button.setEnabled(bool(r.rejects))
        shown = len(r.preview)
        self.tabs.setTabText(0, self.tr("First rows (%1)").replace("%1", str(shown)))
        self.tabs.setTabText(1, self.tr("Duplicates (%1)").replace("%1", f"{r.duplicate_count:,}"))
        self.tabs.setTabText(2, self.tr("Rejected (%1)").replace("%1", f"{r.rejected:,}"))
        if r.rejected and not r.added and not r.updated:
            self.tabs.setCurrentIndex(2)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.result is not None and (self.result.added + self.result.updated) > 0


class ResultPage(QWizardPage):
    """The import itself, with a progress bar and Cancel; then what it did."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.result: Any = None
        self.error: BaseException | None = None
        self.job: worker.Job | None = None
        self.progress = QProgressBar()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save Rejected Rows…"))
        self.save_button.clicked.connect(lambda: self.w.save_rejects(self.result))
        self.undo_button = QPushButton(self.tr("Undo This Import"))
        self.undo_button.clicked.connect(self.undo)
        for b in (self.save_button, self.undo_button):
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            b.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Cancel stops the import and leaves your customers exactly as they were."))
        self.text.setText(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.job = worker.start(self.w.commit_job(), write=True, on_progress=self._progress)
        self.job.finished.connect(self._done)
        self.completeChanged.emit()

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def cancel(self) -> None:
        if self.running:
            assert self.job is not None
            self.job.cancel()
            self.text.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, result: Any, error: Any) -> None:
        self.progress.hide()
        self.w.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # nothing left to cancel
        self.error = error
        self.setSubTitle("")
        if isinstance(error, jobs.Cancelled):
            self.setTitle(self.tr("Import cancelled"))
            self.text.setText(self.tr("Nothing was imported: your customers are exactly as they were."))
        elif error is not None:
            self.setTitle(self.tr("Import failed"))
            nothing = self.tr("Nothing was imported.")
            if isinstance(error, UserError):
                self.text.setText(error.render(QCoreApplication.translate) + "\n\n" + nothing)
            else:
                self.text.setText(nothing)
                sys.excepthook(type(error), error, error.__traceback__)
        else:
            self.result = result
            self.setTitle(self.tr("Import finished"))
            text = self.w.counts_text(result)
            text += "\n\n" + self.tr(
                "This was import %1. You can undo it here or later under File, Import History."
            ).replace("%1", str(result.batch))
            self.text.setText(text)
            self.undo_button.show()
            self.save_button.setVisible(bool(result.rejects))
            changes.announce(changes.CUSTOMERS)
            if result.kind == "purchases":
                changes.announce(changes.PURCHASES)
        self.completeChanged.emit()

    def undo(self) -> None:
        from smallcrm.ui.dialogs.import_history import confirm_and_undo

        if self.result is None:
            return

        def undone(_answer: Any) -> None:
            self.undo_button.setEnabled(False)
            self.text.setText(self.text.text() + "\n\n" + self.tr("The import was undone."))

        confirm_and_undo(self, self.result.batch, self.result.file_name, undone)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.job is not None and self.job.done


class ImportWizard(QWizard):
    """File, columns, preview, import. ``path`` starts it on a file (a dropped file, tests)."""

    def __init__(self, parent: QWidget | None = None, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a Spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(860, 620)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
            self.file_page.inspect()

    def inspection(self) -> Any:
        return self.file_page.inspection

    def options(self) -> Any:
        from smallcrm.sheets.importer import ImportOptions

        ins = self.inspection()
        return ImportOptions(
            kind=ins.kind,
            mapping=self.mapping_page.mapping(),
            header_row=ins.header_row,
            sheet=ins.source.sheet or None,
            on_duplicate=self.preview_page.policy() if ins.kind == "customers" else "skip",
            create_missing=ins.kind == "purchases" and self.preview_page.create_box.isChecked(),
            force=self.file_page.force_box.isChecked(),
            consent=self.preview_page.consent(),
        )

    def commit_job(self) -> worker.JobFunction:
        ins = self.inspection()
        page = self.mapping_page
        remember = (ins.kind, list(ins.headers), page.mapping()) if page.adjusted() else None
        return _commit_job(ins.path, self.options(), remember)

    def counts_text(self, result: Any) -> str:
        text = (
            self.tr("New: %1   Updated: %2   Skipped: %3   Rejected: %4")
            .replace("%1", f"{result.added:,}")
            .replace("%2", f"{result.updated:,}")
            .replace("%3", f"{result.skipped:,}")
            .replace("%4", f"{result.rejected:,}")
        )
        if result.customers_added:
            text += "\n" + self.tr("New customers for these purchases: %1").replace("%1", f"{result.customers_added:,}")
        if result.addresses_split:
            text += "\n" + self.tr("Addresses split into province, city and district: %1").replace(
                "%1", f"{result.addresses_split:,}"
            )
        return text

    def save_rejects(self, result: Any, path: str | None = None) -> worker.Job | None:
        """The rejected rows with their reasons, as .xlsx beside the imported file."""
        if result is None or not result.rejects:
            return None
        if path is None:
            suggested = result.path.with_name(result.path.stem + self.tr("-rejected") + ".xlsx")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save Rejected Rows"), str(suggested), self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        from smallcrm.sheets.importer import save_rejects_report

        out = path

        def run(_progress: Any, _cancel: Any) -> int:
            return save_rejects_report(result, out, translate=QCoreApplication.translate)

        def done(count: Any, error: Any) -> None:
            if error is not None:
                show_error(self, self.tr("Save Rejected Rows"), error)
            else:
                QMessageBox.information(
                    self,
                    self.tr("Save Rejected Rows"),
                    self.tr("%1 rejected rows saved to %2. Fix them there and import that file.")
                    .replace("%1", f"{count:,}")
                    .replace("%2", str(out)),
                )

        return worker.start(run, on_finished=done)

    def reject(self) -> None:
        """Cancel: stops a running import (which rolls back) before the wizard closes."""
        if self.result_page.running:
            self.result_page.cancel()
            return
        self.preview_page.stop()
        super().reject()
