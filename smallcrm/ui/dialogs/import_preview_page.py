"""The import wizard's preview: the import run on the write thread and rolled back, so
its counts, first rows, duplicates and rejected rows are exactly what the import
will do; the duplicate policy and mail consent are chosen here."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from smallcrm import jobs
from smallcrm.domain.catalogue.products import product_names
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets import importer
from smallcrm.store.models import Customer
from smallcrm.ui.dialogs.import_common import (
    MUTED,
    WizardSteps,
    cell_text,
    field_label,
    fill_table,
    make_table,
    more_note,
    stored_text,
    tr,
)
from smallcrm.ui.shell import worker

# What the preview shows of a row as it will be stored, per kind: (stored field, label key).
# A rejected or total row's cells are shown under the column of the field they were
# mapped to: the raw fields whose stored column has another key.
_CELL_COLUMNS = {"lunar_birthday": "birthday", "amount": "amount_cents", "cost": "cost_cents", "price": "price_cents"}
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
    "products": [
        ("name", "name"),
        ("barcode", "barcode"),
        ("category", "category"),
        ("unit", "unit"),
        ("kind", "kind"),
        ("price_cents", "price"),
        ("cost_cents", "cost"),
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
    "added product": QT_TRANSLATE_NOOP("ImportWizard", "Added as another product"),
}
_MATCHES = {
    "customer_no": QT_TRANSLATE_NOOP("ImportWizard", "Same customer number"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Same phone"),
    "barcode": QT_TRANSLATE_NOOP("ImportWizard", "Same barcode"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Same name"),
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
PRODUCT_POLICIES = [
    ("skip", QT_TRANSLATE_NOOP("ImportWizard", "Skip the row; the product stays as it is")),
    ("fill", QT_TRANSLATE_NOOP("ImportWizard", "Fill the product's empty fields from the row")),
    ("overwrite", QT_TRANSLATE_NOOP("ImportWizard", "Overwrite the product's fields with the row's values")),
    ("keep", QT_TRANSLATE_NOOP("ImportWizard", "Keep both: add the row as another product (not with its barcode)")),
]


def _preview_job(path: Path, options: Any) -> worker.JobFunction:
    """The import run and rolled back, plus the names of the customers rows duplicate."""

    def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        result = importer.run_import(path, options, dry_run=True, progress=progress, cancel=cancel)
        before = result.new_ids_from  # customers (products) with lower ids were there before the import
        if result.kind == "products":
            pids = sorted({d["product_id"] for d in result.duplicates if d["product_id"] and d["product_id"] < before})
            return result, product_names(pids)
        ids = sorted({d["customer_id"] for d in result.duplicates if d["customer_id"] and d["customer_id"] < before})
        names: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            query = Customer.select(Customer.id, Customer.name, Customer.customer_no)
            part = query.where(Customer.id.in_(ids[start : start + 500])).tuples()
            for cid, name, number in cast("Iterable[tuple[int, str, str]]", part):
                names[cid] = f"{name} ({number})" if name else number
        return result, names

    return run


class PreviewPage(QWizardPage):
    """What the import will do, row by row, before anything is stored."""

    def __init__(self, wizard: WizardSteps) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been stored yet. This is exactly what the import will do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.result: Any = None
        self.names: dict[int, str] = {}
        self._job: worker.Job | None = None
        form = self._make_choices()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.counts = QLabel()
        font = QFont(self.counts.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.counts.setFont(font)
        self.counts.setWordWrap(True)
        self._make_tabs()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)

    def _make_choices(self) -> QFormLayout:
        """The duplicate policy, mail consent and (for purchases) new customers, and the rules."""
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
        self.customer_rules = self.tr(
            "A row with the same customer number or phone as a customer you have (or an earlier row) is a "
            "duplicate. Blank rows count as nothing; total rows (合计, 小计, Total) are skipped. A row without "
            "name and phone, or with an impossible value, is rejected whole. The import is all or nothing, "
            "and can be undone."
        )
        self.product_rules = self.tr(
            "A row with the barcode, or else the exact name, of a product you have (or of an earlier row) is a "
            "duplicate. Blank rows count as nothing; total rows (合计, 小计, Total) are skipped. A new product "
            "without a name, or a row with an impossible value, is rejected whole. The import is all or nothing, "
            "and can be undone."
        )
        self.rules = QLabel(self.customer_rules)
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet(MUTED)
        form = QFormLayout()
        form.addRow(self.tr("Duplicates:"), self.policy_combo)
        self.consent_label = QLabel(self.tr("Mail consent:"))
        form.addRow(self.consent_label, self.consent_combo)
        form.addRow("", self.create_box)
        return form

    def _make_tabs(self) -> None:
        """First rows, Duplicates and Rejected (with Save Rejected Rows), titled once counted."""
        self.tabs = QTabWidget()
        self.rows_table = make_table([])
        self.duplicates_table = make_table(
            [self.tr("Row"), self.tr("Customer"), self.tr("Matched by"), self.tr("Outcome")]
        )
        self.rejects_table = make_table([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
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
        self.rejects_more = more_note()
        save_row = QHBoxLayout()
        save_row.addWidget(self.rejects_more, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        rejects_layout.addLayout(save_row)
        self.tabs.addTab(self.rows_table, "")
        self.duplicates_more = more_note()
        duplicates = QWidget()
        duplicates_layout = QVBoxLayout(duplicates)
        duplicates_layout.setContentsMargins(0, 4, 0, 0)
        duplicates_layout.addWidget(self.duplicates_table, 1)
        duplicates_layout.addWidget(self.duplicates_more)
        self.tabs.addTab(duplicates, "")
        self.tabs.addTab(rejects, "")

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        kind = self.w.inspection().kind
        purchases = kind == "purchases"
        self.create_box.setVisible(purchases)
        self.policy_combo.setEnabled(not purchases)
        self.consent_label.setVisible(kind == "customers")
        self.consent_combo.setVisible(kind == "customers")
        self._fill_policies(PRODUCT_POLICIES if kind == "products" else POLICIES)
        self.rules.setText(self.product_rules if kind == "products" else self.customer_rules)
        self.duplicates_table.setHorizontalHeaderItem(
            1, QTableWidgetItem(self.tr("Product") if kind == "products" else self.tr("Customer"))
        )
        self._fill_consent()
        self.run_preview()

    def _fill_policies(self, policies: list[tuple[str, str]]) -> None:
        """The duplicate policies in the words of what the file holds; the choice kept."""
        current = self.policy_combo.currentData()
        self.policy_combo.blockSignals(True)
        self.policy_combo.clear()
        for key, text in policies:
            self.policy_combo.addItem(tr(text), key)
        self.policy_combo.setCurrentIndex(max(0, self.policy_combo.findData(current)))
        self.policy_combo.blockSignals(False)

    def _fill_consent(self) -> None:
        """The consent choices this file allows: from the column only when one is mapped,
        and then chosen first, as the import does by default; else no one, until asked."""
        mapped = "mail_consent" in self.w.mapping()
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
            [self.tr("Row"), self.tr("Outcome"), *[field_label(label, r.kind) for _k, label in columns]]
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
        fill_table(self.rows_table, rows)
        duplicates = []
        for d in r.duplicates:
            cid = d.get("customer_id", d.get("product_id"))
            action = "added product" if r.kind == "products" and d["action"] == "added" else d["action"]
            who = self.names.get(cid)  # only customers that were there before the import have a name here
            duplicates.append(
                [
                    str(d["row"]),
                    who or self.tr("an earlier row of this file"),
                    tr(_MATCHES.get(d["match"], d["match"])),
                    tr(_DUPLICATE_ACTIONS.get(action, d["action"])),
                ]
            )
        fill_table(self.duplicates_table, duplicates)
        self.duplicates_more.setVisible(r.duplicate_count > len(r.duplicates))
        self.duplicates_more.setText(
            self.tr("The first %1 of %2 duplicate rows are listed here.")
            .replace("%1", f"{len(r.duplicates):,}")
            .replace("%2", f"{r.duplicate_count:,}")
        )
        shown_rejects = r.rejects[:REJECTS_SHOWN]
        rejects = [[str(x.row), x.column, x.reason_text(QCoreApplication.translate)] for x in shown_rejects]
        fill_table(self.rejects_table, rejects)
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
