"""Products and Services: the shop's catalogue, kept by hand or from a spreadsheet.

The list finds a product as the counter does (``domain.catalogue.products.lookup``:
name, pinyin, initials, barcode) while the owner types, narrowed by a category and,
on request, showing retired products. The form beside it adds a product or edits the
selected one; each field is checked as it is typed by the rule that stores it
(``clean_product``), and what the domain refuses on saving (a barcode already used)
is said under its field. Retire and Restore keep a product's sales pointing at it.
Import opens the import wizard for products; Export writes the catalogue as the
import reads it back. Every read runs on a worker, every write through
``changes.run_command``: the dialog never touches the models.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm import jobs
from smallcrm.domain.catalogue.products import (
    add_product,
    categories,
    clean_product,
    edit_product,
    list_products,
    product_dict,
    set_product_active,
)
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.sheets.exporter import export_products
from smallcrm.ui.models.rows_model import RowsModel
from smallcrm.ui.shell import changes, worker
from smallcrm.ui.widgets.form_field import Field, error_text
from smallcrm.ui.widgets.labels import MUTED

SEARCH_DELAY_MS = 150  # typing in the search box: the list follows once the typing pauses
# The units a shop sells by, offered in the form's box (data the shop types and prints on
# receipts, not words of the window: an English shop types its own).
UNITS = ("件", "个", "斤", "公斤", "克", "两", "盒", "包", "袋", "瓶", "罐", "饼", "套", "次")
KIND_LABELS = {
    "goods": QT_TRANSLATE_NOOP("CatalogueDialog", "Goods"),
    "service": QT_TRANSLATE_NOOP("CatalogueDialog", "Service"),
}
PRICE_COLUMNS = (4, 5)
STATUS_COLUMN = 7


def _kind_label(kind: str) -> str:
    return QCoreApplication.translate("CatalogueDialog", KIND_LABELS.get(kind, kind))


def _money(cents: int | None) -> str:
    return "" if cents is None else format_cents(cents)


def _read(query: str, category: str, include_retired: bool) -> worker.JobFunction:
    def run(_progress: jobs.Progress, cancel: jobs.CancelToken) -> Any:
        with worker.sql_cancellable(cancel):
            return list_products(query, include_retired=include_retired, category=category), categories()

    return worker.reading(run)


class CatalogueDialog(QDialog):
    """The catalogue: find, add, edit, retire or restore products; import and export them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Products and Services"))
        self.product: dict[str, Any] | None = None  # the product in the form; None: a new one
        self.job: worker.Job | None = None
        self.save_job: worker.Job | None = None
        self.export_job: worker.Job | None = None
        self._select_after: int | None = None
        self._make_list()
        self._make_form()
        self._make_buttons()
        columns = QHBoxLayout()
        columns.addLayout(self.list_layout, 1)
        columns.addWidget(self.form_box)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(self.bottom)
        # Enter saves the form (returnPressed), never a button that happens to have focus.
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.resize(1040, 620)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        changes.hub().changed.connect(self._on_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_product)
        self.show_product(None)
        self.reload()

    # -- building

    def _make_list(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name, pinyin, initials or barcode"))
        self.search.setClearButtonEnabled(True)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), "")
        self.category_filter.currentIndexChanged.connect(self.reload)
        self.retired_box = QCheckBox(self.tr("Show retired"))
        self.retired_box.toggled.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.category_filter)
        top.addWidget(self.retired_box)
        headers = [
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Unit"),
            self.tr("Kind"),
            self.tr("Price"),
            self.tr("Cost"),
            self.tr("Barcode"),
            self.tr("Status"),
        ]
        self.model = RowsModel(headers, right=PRICE_COLUMNS, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(max(self.fontMetrics().height() + 8, 24))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((1, 90), (2, 56), (3, 72), (4, 84), (5, 84), (6, 130), (7, 72)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(STATUS_COLUMN, True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED)
        self.list_layout = QVBoxLayout()
        self.list_layout.addLayout(top)
        self.list_layout.addWidget(self.table, 1)
        self.list_layout.addWidget(self.count_label)

    def _make_form(self) -> None:
        self.form_box = QGroupBox()
        self.form_box.setMinimumWidth(330)
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.category_edit = QComboBox()
        self.category_edit.setEditable(True)
        self.unit_edit = QComboBox()
        self.unit_edit.setEditable(True)
        self.unit_edit.addItems(UNITS)
        self.kind_edit = QComboBox()
        for kind in KIND_LABELS:
            self.kind_edit.addItem(_kind_label(kind), kind)
        self.price_edit = QLineEdit()
        self.cost_edit = QLineEdit()
        self.price_edit.setPlaceholderText("0.00")
        self.cost_edit.setPlaceholderText(self.tr("not known"))
        self.barcode_edit = QLineEdit()
        self.barcode_edit.setPlaceholderText(self.tr("scan or type; may stay empty"))
        self.fields: dict[str, Field] = {}
        rows = (
            ("name", self.tr("Name:"), QLineEdit()),
            ("category", self.tr("Category:"), self.category_edit),
            ("unit", self.tr("Unit:"), self.unit_edit),
            ("kind", self.tr("Kind:"), self.kind_edit),
            ("price", self.tr("Price:"), self.price_edit),
            ("cost", self.tr("Cost:"), self.cost_edit),
            ("barcode", self.tr("Barcode:"), self.barcode_edit),
        )
        for key, label, widget in rows:
            field = Field(key, widget, "combo" if isinstance(widget, QComboBox) else "text")
            field.form = self.form
            self.form.addRow(label, widget)
            self.form.addRow("", field.message)
            field.show_message("", error=False)
            self.fields[key] = field
            edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            if edit is not None:
                edit.returnPressed.connect(self.save)
                edit.textEdited.connect(lambda _text, k=key: self._check(k))
        self.kind_edit.currentIndexChanged.connect(lambda _i: self._check("kind"))
        self.name_edit = self.fields["name"].widget
        self.sold_note = QLabel()
        self.sold_note.setWordWrap(True)
        self.sold_note.setStyleSheet(MUTED)
        self.form.addRow(self.sold_note)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("&New Product"))
        self.new_button.clicked.connect(self.new_product)
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.save_button)
        self.form.addRow(buttons)

    def _make_buttons(self) -> None:
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.import_products)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.import_button)
        self.bottom.addWidget(self.export_button)
        self.bottom.addWidget(self.status, 1)
        self.bottom.addWidget(close)

    # -- the list

    @property
    def loading(self) -> bool:
        return self.job is not None and not self.job.done

    def reload(self) -> None:
        """Read the list the search, category and Show retired ask for (the newest request wins)."""
        self._timer.stop()
        if self.job is not None and not self.job.done:
            self.job.cancel()
        query = self.search.text().strip()
        category = self.category_filter.currentData() or ""
        self.table.setColumnHidden(STATUS_COLUMN, not self.retired_box.isChecked())
        self.job = worker.start(_read(query, category, self.retired_box.isChecked()))
        self.job.finished.connect(self._loaded)

    def _loaded(self, answer: Any, error: Any) -> None:
        if self.sender() is not self.job:
            return
        if isinstance(error, jobs.Cancelled):
            return
        if error is not None:
            raise error  # a bug: the app's error reporter shows it
        products, names = answer
        retired = self.tr("Retired")
        rows = [
            (
                p["name"],
                p["category"],
                p["unit"],
                _kind_label(p["kind"]),
                _money(p["price_cents"]),
                _money(p["cost_cents"]),
                p["barcode"],
                "" if p["active"] else retired,
            )
            for p in products
        ]
        keep = self._select_after if self._select_after is not None else self.selected_id()
        self._select_after = None
        self.model.set_rows(products, rows)
        self._fill_categories(names)
        self.count_label.setText(self.tr("Products listed: %1").replace("%1", f"{len(products):,}"))
        if keep is not None and keep in self.model.ids:
            row = self.model.ids.index(keep)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _fill_categories(self, names: list[str]) -> None:
        """The filter's and the form's category choices, what each shows kept."""
        chosen = self.category_filter.currentData() or ""
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), "")
        for name in names:
            self.category_filter.addItem(name, name)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(chosen)))
        self.category_filter.blockSignals(False)
        typed = self.category_edit.currentText()
        self.category_edit.blockSignals(True)
        self.category_edit.clear()
        self.category_edit.addItems(names)
        self.category_edit.setCurrentText(typed)
        self.category_edit.blockSignals(False)

    def selected_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.ids[index.row()] if index.isValid() and index.row() < len(self.model.ids) else None

    def _row_changed(self, current: Any, previous: Any) -> None:
        if not current.isValid() or current.row() >= len(self.model.records):
            return
        record = self.model.records[current.row()]
        if self.product is not None and record["id"] == self.product["id"]:
            return  # the list was read again: the same product, and what is typed stays
        if not self._may_leave():
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            if previous.isValid():
                selection.setCurrentIndex(
                    previous,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                selection.clear()
            selection.blockSignals(False)
            return
        self.show_product(record)

    def dirty(self) -> bool:
        """The form holds something typed and not saved."""
        return any(field.dirty() for field in self.fields.values())

    def _may_leave(self) -> bool:
        """Nothing typed is dropped unasked: True when the form may show another product."""
        if not self.dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Products and Services"),
            self.tr("Discard what you typed for %1?").replace(
                "%1", self.product["name"] if self.product is not None else self.tr("the new product")
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.PRODUCTS, changes.DATABASE):
            self.reload()

    # -- the form

    def new_product(self) -> None:
        """An empty form for a new product; the name box has the focus."""
        if not self._may_leave():
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.show_product(None)
        self.name_edit.setFocus()

    def show_product(self, product: dict[str, Any] | None) -> None:
        self.product = product
        p = product or {"name": "", "category": "", "unit": "", "kind": "goods", "price_cents": 0}
        values = {
            "name": p["name"],
            "category": p["category"],
            "unit": p["unit"],
            "kind": p["kind"],
            "price": _money(p["price_cents"]) if product is not None else "",
            "cost": _money(p.get("cost_cents")),
            "barcode": p.get("barcode", ""),
        }
        for key, field in self.fields.items():
            field.set_value(values[key])
            field.show_message("", error=False)
        if product is None:
            self.form_box.setTitle(self.tr("New product"))
        else:
            self.form_box.setTitle(self.tr("Product: %1").replace("%1", product["name"]))
        self.retire_button.setEnabled(product is not None)
        active = product is None or product["active"]
        self.retire_button.setText(self.tr("&Retire") if active else self.tr("Re&store"))
        self.sold_note.setText(
            ""
            if active
            else self.tr("Retired: no longer offered at the counter; its sales keep it. Restore offers it again.")
        )

    def data(self) -> dict[str, Any]:
        return {key: field.value() for key, field in self.fields.items()}

    def _check(self, key: str) -> bool:
        """The field's value by the rule that stores it; its error said under it."""
        field = self.fields[key]
        try:
            clean_product({key: field.value()})
        except ValidationError as exc:
            field.show_message(error_text(exc), error=True)
            return False
        field.show_message("", error=False)
        return True

    def save(self) -> None:
        """Add the product in the form, or save the changes to the one shown."""
        if self.save_job is not None and not self.save_job.done:
            return
        checks = [self._check(key) for key in self.fields]
        if not all(checks):
            return
        data = self.data()
        product = self.product
        if product is None:

            def command() -> dict[str, Any]:
                return product_dict(add_product(data))
        else:
            pid = product["id"]

            def command() -> dict[str, Any]:
                return product_dict(edit_product(pid, data))

        self.save_job = changes.run_command(
            self,
            command,
            kind=changes.PRODUCTS,
            on_done=self._saved,
            on_user_error=self._refused,
            title=self.tr("Products and Services"),
        )

    def _saved(self, product: dict[str, Any]) -> None:
        self.status.setText(self.tr("Saved %1.").replace("%1", product["name"]))
        self._select_after = product["id"]
        self.show_product(product)

    def _refused(self, error: Any) -> bool:
        """A field the domain refused (a barcode already used): said under it."""
        if isinstance(error, ValidationError) and error.field in self.fields:
            self.fields[error.field].show_message(error_text(error), error=True)
            self.fields[error.field].widget.setFocus()
            return True
        return False

    def toggle_active(self) -> None:
        """Retire the product shown (it leaves the counter's lookup) or restore it."""
        if self.product is None:
            return
        pid, active = self.product["id"], not self.product["active"]
        self.save_job = changes.run_command(
            self,
            lambda: product_dict(set_product_active(pid, active)),
            kind=changes.PRODUCTS,
            on_done=self._toggled,
            title=self.tr("Products and Services"),
        )

    def _toggled(self, product: dict[str, Any]) -> None:
        text = self.tr("%1 is retired.") if not product["active"] else self.tr("%1 is offered again.")
        self.status.setText(text.replace("%1", product["name"]))
        if product["active"] or self.retired_box.isChecked():
            self._select_after = product["id"]
            self.show_product(product)
        else:
            self.show_product(None)  # it leaves the list: the form is for a new product
            self.name_edit.setFocus()

    # -- import and export

    def import_products(self) -> Any:
        """The import wizard, for products; the list follows when it has imported."""
        # 65 ms (the importer's pages) at opening this dialog: imported on first use
        from smallcrm.ui.dialogs.import_wizard import ImportWizard

        self.import_wizard = ImportWizard(self, kind="products")
        self.import_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard.open()
        return self.import_wizard

    def export(self, path: str | None = None) -> worker.Job | None:
        """The catalogue (retired products too when they are shown) as .xlsx or .csv."""
        if path is None:
            suggested = str(Path.home() / (self.tr("catalogue") + ".xlsx"))
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export Products"),
                suggested,
                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
            )
            if not path:
                return None
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".xlsx"
        out = path
        retired = self.retired_box.isChecked()

        def run(progress: jobs.Progress, cancel: jobs.CancelToken) -> int:
            return export_products(out, include_retired=retired, progress=progress, cancel=cancel)

        def done(count: Any, error: Any) -> None:
            if isinstance(error, UserError):
                self.status.setText(error.render(QCoreApplication.translate))
            elif error is not None:
                raise error  # a bug: the app's error reporter shows it
            else:
                self.status.setText(
                    self.tr("%1 products exported to %2.").replace("%1", f"{count:,}").replace("%2", out)
                )

        self.export_job = worker.start(worker.reading(run), on_finished=done)
        return self.export_job
