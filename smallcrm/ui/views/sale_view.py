"""The sale screen (收银 / 记一笔): a sale recorded at the counter from the keyboard.

The product box holds the focus. A USB barcode scanner types the digits and Enter: the
product with that barcode goes on the sale at once, a second scan raises its quantity,
and the box is empty for the next scan. A name, its pinyin or its initials ('tgy' for
铁观音) shows the catalogue's matches under the box (arrows and Enter); '2*tgy' takes
two. A line of free text (a repair, goods not in the catalogue) takes its price next.
Enter in the empty box saves the sale; the screen is then ready for the next one. Esc
clears the sale in progress (asking first when it has lines).

The customer is found with the Customers area's one-box search (F3); with nobody
chosen the sale is a walk-in customer's (散客). Opened from a customer's page the
screen keeps that customer for the sales that follow, until another is chosen.

Every cell is read with the domain's parser as it is typed, and the whole sale is
checked with the domain's pricing (``domain.sales.lines.price_lines``) as it changes,
so a mistake is the domain's own sentence under the lines, in the owner's language,
before Enter is pressed; ``record_sale`` stores the sale in one transaction.

Product lookups run on the GUI thread: ``products.lookup`` answers in milliseconds at
10,000 products (benchmarks/), and a scanner's Enter must find the product its digits
name, which an answer still on its way from a worker thread could not promise. The
customer search and the day's list are read on worker threads.

Beside the sale, the day's sales (voided ones struck through), from which a sale is
returned (Return…) or voided (Void…) through ``ui.dialogs.sale_corrections``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm import jobs
from smallcrm.domain.catalogue.products import list_products, lookup
from smallcrm.domain.customers.filters import staff_choices
from smallcrm.domain.customers.lookup import get_customer, summary
from smallcrm.domain.customers.search import search
from smallcrm.domain.sales.lines import price_lines
from smallcrm.domain.sales.payments import COUNTER_PAYMENTS
from smallcrm.domain.sales.reading import list_sales, sale_dict
from smallcrm.domain.sales.recording import record_sale
from smallcrm.domain.values.money import format_cents, parse_cents
from smallcrm.domain.values.quantities import format_quantity, parse_quantity
from smallcrm.errors import UserError, ValidationError
from smallcrm.ui.dialogs.receipt_print import ReceiptDialog, print_receipt
from smallcrm.ui.dialogs.sale_corrections import ReturnDialog, VoidDialog
from smallcrm.ui.models.day_sales import COL_CUSTOMER, DaySalesModel, SaleIdRole, customer_label, payment_label
from smallcrm.ui.models.sale_lines import COL_ITEM, COL_PRICE, COL_QUANTITY, SaleLinesModel
from smallcrm.ui.shell import changes, translations, worker
from smallcrm.ui.widgets.form_field import error_color, error_text
from smallcrm.ui.widgets.labels import muted
from smallcrm.ui.widgets.lookup_box import LookupBox

SUGGESTIONS = 8  # products or customers listed under a box while typing
DAY_LIMIT = 2000  # sales listed for the day; a busy shop rings up a few hundred
STAFF_KEY = "sale/staff"  # QSettings: who sells at this computer (a name; '' for nobody)
# '2*tgy', '1.5×铁观音', '3 * 6901234567890': a quantity before the product.
_QUANTITY_FIRST = re.compile(r"^\s*([0-9][0-9.,]*)\s*[*×]\s*(.*)$")
# Digits only and this long: a scanned barcode, not a name to sell as free text.
_BARCODE = re.compile(r"^[0-9]{8,}$")


def customer_text(c: dict[str, Any]) -> str:
    """'张三 · No. 000123 · 138 1234 5678': who a sale is for."""
    parts = [c["name"] or QCoreApplication.translate("SaleView", "(no name)")]
    if c.get("customer_no"):
        parts.append(QCoreApplication.translate("SaleView", "No. %1").replace("%1", c["customer_no"]))
    if c.get("phone"):
        parts.append(c["phone"])
    return " · ".join(parts)


class SaleView(QWidget):
    """Ring up a sale; the day's sales beside it, to return or void one."""

    status_message = Signal(str)

    def __init__(self, settings: Callable[[], QSettings] | None = None, parent: QWidget | None = None) -> None:
        """``settings``: where this computer's choices are kept (the window's QSettings)."""
        super().__init__(parent)
        self._settings = settings or QSettings
        self.customer: dict[str, Any] | None = None  # None: a walk-in customer
        self.keep_customer = False  # opened from a customer's page: the customer stays for the next sale
        self.saving: worker.Job | None = None
        self._pending: list[str] = []  # scans that arrived while the sale before them was saving
        self._customer_job: worker.Job | None = None
        self._day_job: worker.Job | None = None
        self.day_loading = False
        self._shown_once = False
        self.correction: ReturnDialog | VoidDialog | None = None
        self.last_saved: dict[str, Any] | None = None

        self.model = SaleLinesModel(self)
        self.model.lines_changed.connect(self.update_total)
        self._product_timer = QTimer(self)
        self._product_timer.setSingleShot(True)
        self._product_timer.setInterval(0)  # merges a scanner's burst of digits into one lookup
        self._product_timer.timeout.connect(self._suggest_products)
        self._customer_timer = QTimer(self)
        self._customer_timer.setSingleShot(True)
        self._customer_timer.setInterval(0)
        self._customer_timer.timeout.connect(self._search_customers)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_sale())
        splitter.addWidget(self._build_day())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addWidget(splitter)
        self._make_actions()
        self.fill_payments()
        self.fill_staff()
        self._show_customer()
        self.update_total()
        changes.hub().changed.connect(self._on_changed)

    # -- building ----------------------------------------------------------------------------------

    def _build_sale(self) -> QWidget:
        """The customer and product boxes, the lines, the sale's fields and the total."""
        self.customer_box = LookupBox()
        self.customer_box.setPlaceholderText(self.tr("Name, pinyin or phone"))
        self.customer_box.setToolTip(
            self.tr("Find the customer as in the Customers area; Enter with nothing typed: a walk-in customer")
        )
        self.customer_box.setClearButtonEnabled(True)
        self.customer_box.textEdited.connect(lambda _text: self._customer_timer.start())
        self.customer_box.chosen.connect(self._customer_chosen)
        self.customer_box.entered.connect(self._customer_entered)
        self.customer_chip = QLabel()
        chip_font = QFont(self.font())
        chip_font.setBold(True)
        self.customer_chip.setFont(chip_font)
        self.customer_chip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.walk_in_button = QPushButton(self.tr("Walk-in"))
        self.walk_in_button.setToolTip(self.tr("Sell to a walk-in customer (散客) instead"))
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(self.choose_walk_in)

        self.product_box = LookupBox()
        self.product_box.setPlaceholderText(
            self.tr("Scan a barcode, or type a name or its initials; 2*… sells two; Enter with nothing saves")
        )
        self.product_box.textEdited.connect(lambda _text: self._product_timer.start())
        self.product_box.chosen.connect(self._product_chosen)
        self.product_box.entered.connect(self._product_entered)
        self.product_box.installEventFilter(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.product_box.setFont(big)
        self.customer_box.setFont(big)
        self.catalogue_hint = muted(QLabel())
        self.catalogue_hint.setWordWrap(True)
        self.catalogue_hint.setText(
            self.tr(
                "No products in the catalogue yet. Add them in the catalogue (Products menu) or with "
                "“smallcrm product add”; meanwhile type what you sell, press Enter, then type its price."
            )
        )
        self.catalogue_hint.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("0000000.00") + 24
        for number in range(1, self.model.columnCount()):
            header.resizeSection(number, width if number != 2 else width * 2 // 3)
        self.table.itemDelegate().closeEditor.connect(self._editor_closed)
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.discount = QLineEdit()
        self.discount.setPlaceholderText("0.00")
        self.discount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.discount.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000.00") + 24)
        self.discount.textChanged.connect(self.update_total)
        self.payment = QComboBox()
        self.staff = QComboBox()
        self.staff.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.staff.setMinimumContentsLength(6)  # '（不指定）': full-width brackets measured short
        self.staff.activated.connect(self._remember_staff)
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(self.tr("Anything to remember about this sale"))

        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        fields.setVerticalSpacing(8)
        fields.addWidget(QLabel(self.tr("Customer (F3)")), 0, 0)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_box, 3)
        customer_row.addWidget(self.customer_chip, 4)
        customer_row.addWidget(self.walk_in_button)
        fields.addLayout(customer_row, 0, 1)
        fields.addWidget(QLabel(self.tr("Product (F4)")), 1, 0)
        fields.addWidget(self.product_box, 1, 1)
        fields.setColumnStretch(1, 1)

        extra = QHBoxLayout()
        extra.setSpacing(8)
        for text, widget in (
            (self.tr("Discount (F6)"), self.discount),
            (self.tr("Payment (F7)"), self.payment),
            (self.tr("Staff (F8)"), self.staff),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            extra.addWidget(label)
            extra.addWidget(widget)
            extra.addSpacing(8)
        extra.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note (F9)")))
        note_row.addWidget(self.note, 1)

        self.save_button = QPushButton(self.tr("Save Sale (Enter)"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save_sale)
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear_sale)
        self.remove_button = QPushButton(self.tr("Remove Line (Del)"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_line)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.total_caption = muted(QLabel(self.tr("Total")))
        self.total_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.total_label = QLabel()
        total_font = QFont(self.font())
        total_font.setPointSizeF(max(32.0, total_font.pointSizeF() * 4))
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.breakdown = muted(QLabel())
        self.breakdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_bottom = QVBoxLayout()
        left_bottom.addLayout(buttons)
        left_bottom.addWidget(self.status)
        left_bottom.addStretch(1)
        totals = QVBoxLayout()
        totals.setSpacing(0)
        totals.addWidget(self.total_caption)
        totals.addWidget(self.total_label)
        totals.addWidget(self.breakdown)
        bottom = QHBoxLayout()
        bottom.addLayout(left_bottom, 1)
        bottom.addLayout(totals)

        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(8)
        column.addLayout(fields)
        column.addWidget(self.catalogue_hint)
        column.addWidget(self.table, 1)
        column.addWidget(self.problem)
        column.addLayout(extra)
        column.addLayout(note_row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        column.addLayout(bottom)
        self.setTabOrder(self.customer_box, self.product_box)
        self.setTabOrder(self.product_box, self.table)
        self.setTabOrder(self.table, self.discount)
        self.setTabOrder(self.discount, self.payment)
        self.setTabOrder(self.payment, self.staff)
        self.setTabOrder(self.staff, self.note)
        return panel

    def _build_day(self) -> QWidget:
        """Today's sales, newest first, and what can be done to the one selected."""
        self.day_title = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        self.day_title.setFont(font)
        self.day_model = DaySalesModel(self)
        self.day_table = QTableView()
        self.day_table.setModel(self.day_model)
        self.day_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_table.setAlternatingRowColors(True)
        self.day_table.setWordWrap(False)
        self.day_table.verticalHeader().hide()
        self.day_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.day_table.setTabKeyNavigation(False)
        header = self.day_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.day_table.selectionModel().currentRowChanged.connect(lambda *_: self._day_selection())
        self.sale_details = QLabel()
        self.sale_details.setWordWrap(True)
        self.sale_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sale_details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.sale_details.setMinimumHeight(self.fontMetrics().height() * 5)
        self.return_button = QPushButton(self.tr("&Return…"))
        self.return_button.setToolTip(self.tr("Goods of the selected sale come back; the money goes back"))
        self.return_button.clicked.connect(self.return_selected)
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setToolTip(self.tr("The selected sale should not have been recorded: keep it, marked voided"))
        self.void_button.clicked.connect(self.void_selected)
        self.receipt_button = QPushButton(self.tr("Rec&eipt…"))
        self.receipt_button.setToolTip(self.tr("Print the selected sale's receipt, or save it as a PDF (Ctrl+P)"))
        self.receipt_button.clicked.connect(self.print_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.day_title)
        column.addWidget(self.day_table, 1)
        column.addWidget(self.sale_details)
        column.addLayout(buttons)
        self._day_selection()
        return panel

    def _make_actions(self) -> None:
        """F3 customer, F4 product, F6 discount, F7 payment, F8 staff, F9 note; Ctrl+Enter
        saves from anywhere on the screen; Del removes the line selected in the table.
        Named, so Help › Keyboard Shortcuts lists them with where they work."""
        area = self.tr("Sale")

        def action(text: str, keys: list[QKeySequence], slot: Callable[[], object], on: QWidget) -> QAction:
            a = QAction(text, self)
            a.setShortcuts(keys)
            a.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut if on is not self else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            a.setProperty("shortcut_area", area)
            a.triggered.connect(slot)
            on.addAction(a)
            return a

        def focus(widget: QWidget) -> Callable[[], None]:
            def go() -> None:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()

            return go

        self.find_customer_action = action(
            self.tr("Find Customer for the Sale"), [QKeySequence(Qt.Key.Key_F3)], focus(self.customer_box), self
        )
        action(self.tr("Product Box"), [QKeySequence(Qt.Key.Key_F4)], focus(self.product_box), self)
        action(self.tr("Sale Discount"), [QKeySequence(Qt.Key.Key_F6)], focus(self.discount), self)
        action(self.tr("Payment Method"), [QKeySequence(Qt.Key.Key_F7)], focus(self.payment), self)
        action(self.tr("Staff Member"), [QKeySequence(Qt.Key.Key_F8)], focus(self.staff), self)
        action(self.tr("Sale Note"), [QKeySequence(Qt.Key.Key_F9)], focus(self.note), self)
        self.save_action = action(
            self.tr("Save Sale"), [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], self.save_sale, self
        )
        self.remove_action = action(
            self.tr("Remove Line"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.remove_line, self.table
        )
        self.receipt_action = action(
            self.tr("Print Receipt"), [QKeySequence(QKeySequence.StandardKey.Print)], self.print_receipt, self
        )

    # -- choices -----------------------------------------------------------------------------------

    def fill_payments(self) -> None:
        current = self.payment.currentData()
        self.payment.clear()
        for key in COUNTER_PAYMENTS:
            self.payment.addItem(payment_label(key), key)
        self.payment.setCurrentIndex(max(0, self.payment.findData(current)))

    def fill_staff(self) -> None:
        """The active staff; the one this computer sold as last time chosen again."""
        chosen = self.staff.currentData() if self.staff.count() else self._settings().value(STAFF_KEY, "")
        self.staff.clear()
        self.staff.addItem(self.tr("(nobody)"), "")
        # staff_choices, not list_staff: that one counts each member's customers (150 ms at 100,000).
        for _staff_id, name, _active in staff_choices(include_inactive=False):
            self.staff.addItem(name, name)
        self.staff.setCurrentIndex(max(0, self.staff.findData(chosen or "")))

    def _remember_staff(self) -> None:
        self._settings().setValue(STAFF_KEY, self.staff.currentData() or "")

    # -- the customer ------------------------------------------------------------------------------

    def _search_customers(self) -> None:
        term = self.customer_box.text().strip()
        if not term:
            self.customer_box.hide_suggestions()
            return
        if self._customer_job is not None:
            self._customer_job.cancel()

        def read(_progress: Any, cancel: jobs.CancelToken) -> list[dict[str, Any]]:
            with worker.sql_cancellable(cancel):
                return search(term, limit=SUGGESTIONS).hits

        self._customer_job = worker.start(
            worker.reading(read), on_finished=lambda hits, error: self._customers_found(term, hits, error)
        )

    def _customers_found(self, term: str, hits: Any, error: BaseException | None) -> None:
        if isinstance(error, jobs.Cancelled):
            return
        if error is not None:
            raise error  # a bug: the app's error reporter shows it
        if term != self.customer_box.text().strip():
            return  # overtaken by what was typed since
        self.customer_box.set_suggestions(
            [(self._hit_text(hit), hit) for hit in hits], for_text=self.customer_box.text()
        )

    @staticmethod
    def _hit_text(hit: dict[str, Any]) -> str:
        place = " ".join(p for p in (hit.get("city"), hit.get("district")) if p)
        parts = [customer_text(hit)] + ([place] if place else [])
        return "   ".join(parts)

    def _customer_entered(self, text: str) -> None:
        """Enter before the hits arrived (or with none): the best hit now; an empty box
        is a walk-in customer."""
        self._customer_timer.stop()
        term = text.strip()
        if not term:
            self.choose_walk_in()
            self.product_box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        hits = search(term, limit=1).hits
        if not hits:
            self.show_problem(self.tr("Nobody found for “%1”.").replace("%1", term))
            return
        self._customer_chosen(hits[0])

    def _customer_chosen(self, hit: dict[str, Any]) -> None:
        self.choose_customer(hit, keep=False)
        self.product_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_customer(self, customer: dict[str, Any], *, keep: bool) -> None:
        """Sell to ``customer`` (a ``lookup.summary`` dict); ``keep``: for the sales that
        follow too (opened from the customer's page)."""
        self.customer = customer
        self.keep_customer = keep
        self.customer_box.clear()
        self.customer_box.hide_suggestions()
        self.show_problem("")
        self._show_customer()

    def choose_walk_in(self) -> None:
        self.customer = None
        self.keep_customer = False
        self.customer_box.clear()
        self._show_customer()

    def start_for_customer(self, customer_id: int) -> None:
        """The screen opened from a customer's page ("New Sale"): that customer, kept."""
        try:
            customer = summary(get_customer(customer_id, include_deleted=False))
        except UserError as exc:
            self.show_problem(error_text(exc))
            return
        self.choose_customer(customer, keep=True)
        self.product_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_customer(self) -> None:
        if self.customer is None:
            self.customer_chip.setText(self.tr("Walk-in customer"))
        else:
            self.customer_chip.setText(customer_text(self.customer))
        self.walk_in_button.setVisible(self.customer is not None)

    # -- products and lines ------------------------------------------------------------------------

    def _split_quantity(self, text: str) -> tuple[Decimal, str]:
        """'2*tgy' -> (2, 'tgy'); raises ValidationError for a quantity that is not one."""
        normal = unicodedata.normalize("NFKC", text)
        match = _QUANTITY_FIRST.match(normal)
        if match is None:
            return Decimal(1), text.strip()
        return parse_quantity(match.group(1), "quantity"), match.group(2).strip()

    def _suggest_products(self) -> None:
        text = self.product_box.text()
        try:
            _quantity, term = self._split_quantity(text)
        except ValidationError:
            term = ""
        found = lookup(term, limit=SUGGESTIONS) if term else []
        self.product_box.set_suggestions([(self._product_text(p), p) for p in found], for_text=text)

    @staticmethod
    def _product_text(p: dict[str, Any]) -> str:
        price = translations.format_money(p["price_cents"])
        if p["unit"]:
            price = QCoreApplication.translate("SaleView", "%1 / %2").replace("%1", price).replace("%2", p["unit"])
        return "   ".join(part for part in (p["name"], price, p["barcode"]) if part)

    def _product_chosen(self, product: dict[str, Any]) -> None:
        """A suggestion picked (Enter or a click): the quantity typed before it, if any."""
        try:
            quantity, _term = self._split_quantity(self.product_box.text())
        except ValidationError as exc:
            self.show_problem(error_text(exc))
            return
        self._add_product(product, quantity)

    def _product_entered(self, text: str) -> None:
        """Enter in the product box: an empty box saves; a scanned barcode or typed text
        adds the best match, or a line of free text when nothing matches."""
        self._product_timer.stop()
        if not text.strip():
            self.save_sale()
            return
        if self.saving is not None:
            self._pending.append(text)  # the next customer's first scan, while this sale is stored
            self.product_box.clear()
            return
        try:
            quantity, term = self._split_quantity(text)
        except ValidationError as exc:
            self.show_problem(error_text(exc))
            return
        if not term:
            self.show_problem(self.tr("Type or scan a product after the quantity."))
            return
        found = lookup(term, limit=1)
        if found:
            self._add_product(found[0], quantity)
        elif _BARCODE.match(term):
            self.product_box.clear()  # the next scan must not run into these digits
            self.show_problem(
                self.tr("No product has the barcode %1; add it to the catalogue, or type its name.").replace("%1", term)
            )
        else:
            self._add_text(term, quantity)

    def _add_product(self, product: dict[str, Any], quantity: Decimal) -> None:
        row = self.model.add_product(product, quantity)
        self.product_box.clear()
        self._select_line(row, COL_QUANTITY)
        self.product_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_text(self, text: str, quantity: Decimal) -> None:
        """A line of free text: its price is typed next, then Enter goes back to the box."""
        row = self.model.add_text(text, quantity)
        self.product_box.clear()
        index = self.model.index(row, COL_PRICE)
        self._select_line(row, COL_PRICE)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def _select_line(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """A cell typed and Enter: back to the product box for the next scan."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            QTimer.singleShot(0, lambda: self.product_box.setFocus(Qt.FocusReason.OtherFocusReason))

    def remove_line(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = index.row()
            self.model.remove(row)
            if self.model.rowCount():
                self._select_line(min(row, self.model.rowCount() - 1), index.column())

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        """Up or Down in the empty product box goes to the last line's quantity, to
        change it (type the number, Enter comes back)."""
        if (
            watched is self.product_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and not self.product_box.suggestions_shown()
            and self.model.rowCount()
        ):
            self._select_line(self.model.rowCount() - 1, COL_QUANTITY)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- the total and the checks ------------------------------------------------------------------

    def _sale_discount(self) -> int:
        text = self.discount.text().strip()
        return parse_cents(text, "discount") if text else 0

    def check(self) -> str:
        """What is wrong with the sale as it stands, in one sentence ('' when nothing):
        a cell typed wrong, then the domain's pricing of the whole sale."""
        problem = self.model.problem()
        if problem is not None:
            return problem[1]
        if not self.model.lines:
            return ""
        try:
            price_lines(self.model.inputs(), self._sale_discount())
        except UserError as exc:
            return error_text(exc)
        return ""

    def update_total(self) -> None:
        """The running total (what the lines come to, less the sale's discount), the
        breakdown under it and the first problem, after every change."""
        amounts = [line.amount_cents() for line in self.model.lines]
        subtotal = sum(a for a in amounts if a is not None)
        try:
            discount = self._sale_discount()
        except ValidationError:
            discount = 0
        self.total_label.setText(translations.format_money(max(0, subtotal - max(0, discount))))
        count = len(self.model.lines)
        parts = [self.tr("Lines: %1").replace("%1", str(count))]
        if discount > 0 and count:
            parts.append(self.tr("before discount %1").replace("%1", translations.format_money(subtotal)))
        self.breakdown.setText(" · ".join(parts))
        self.show_problem(self.check())
        if self.discount.text().strip():
            try:
                self._sale_discount()
            except ValidationError as exc:
                self.show_problem(error_text(exc))
        self.save_button.setEnabled(bool(count))
        self.remove_button.setEnabled(bool(count))

    def show_problem(self, text: str) -> None:
        self.problem.setStyleSheet(f"color: {error_color(self.problem).name()};")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- saving ------------------------------------------------------------------------------------

    def save_sale(self) -> None:
        """Store the sale (Enter in the empty product box, Ctrl+Enter anywhere); a
        mistake is shown under the lines and nothing is stored."""
        if self.saving is not None:
            return
        if not self.model.lines:
            self.show_problem(self.tr("Scan or type a product first; Enter in the empty box then saves the sale."))
            return
        problem = self.check()
        try:
            discount = self._sale_discount()
        except ValidationError as exc:
            problem = problem or error_text(exc)
        if problem:
            self.show_problem(problem)
            return
        customer_id = None if self.customer is None else self.customer["id"]
        lines = self.model.inputs()
        payment = self.payment.currentData()
        staff = self.staff.currentData() or None
        note = self.note.text()
        self.saving = changes.run_command(
            self,
            lambda: record_sale(customer_id, lines, discount_cents=discount, payment=payment, staff=staff, note=note),
            kind=changes.PURCHASES,
            ids=lambda sale: [sale["customer_id"]] if sale["customer_id"] is not None else [],
            on_done=self._saved,
            on_user_error=self._not_saved,
            title=self.tr("Sale"),
        )

    def _saved(self, sale: dict[str, Any]) -> None:
        self.saving = None
        self.last_saved = sale
        text = (
            self.tr("Saved sale %1: %2, %3, %4")
            .replace("%1", sale["number"])
            .replace("%2", translations.format_money(sale["total_cents"]))
            .replace("%3", payment_label(sale["payment"]))
            .replace("%4", customer_label(sale))
        )
        self.status.setText(text)
        self.status_message.emit(text)
        self._next_sale()
        self._run_pending()

    def _not_saved(self, error: UserError) -> bool:
        self.saving = None
        self.show_problem(error_text(error))
        self._run_pending()
        return True

    def _run_pending(self) -> None:
        pending, self._pending = self._pending, []
        for text in pending:
            self._product_entered(text)

    def _next_sale(self) -> None:
        """Ready for the next customer: no lines, no discount or note, the customer a
        walk-in again (unless the screen was opened from a customer's page)."""
        self.model.clear()
        self.discount.clear()
        self.note.clear()
        if not self.keep_customer:
            self.choose_walk_in()
        self.show_problem("")
        self.product_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_sale(self) -> None:
        """Esc: the sale in progress goes (asking first when it has lines); with no
        lines, the customer goes back to walk-in."""
        if self.model.lines:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Clear Sale"))
            box.setText(
                self.tr("Clear the sale in progress (%1 lines, %2)? Nothing of it is stored.")
                .replace("%1", str(len(self.model.lines)))
                .replace("%2", self.total_label.text())
            )
            clear = box.addButton(self.tr("Clear Sale"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(clear)
            box.exec()
            self.product_box.setFocus(Qt.FocusReason.OtherFocusReason)
            if box.clickedButton() is not clear:
                return
            self.model.clear()
            self.discount.clear()
            self.note.clear()
            self.status.setText(self.tr("Sale cleared; nothing was stored."))
        else:
            self.discount.clear()
            self.note.clear()
            self.choose_walk_in()
        self.show_problem("")
        self.product_box.clear()
        self.product_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Keys no field took: Esc clears the sale; Enter (from the discount, the
        payment, the note) saves it."""
        if event.key() == Qt.Key.Key_Escape:
            self.clear_sale()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.day_table.hasFocus():
            self.save_sale()  # (Enter in the day's list is about a sale already stored: not this one)
            return
        super().keyPressEvent(event)

    # -- the day's sales ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            # The sale gets most of the room; the day's list enough for its columns.
            width = self.splitter.width()
            self.splitter.setSizes([width * 3 // 5, width - width * 3 // 5])
        self._shown_once = True
        self.catalogue_hint.setVisible(not list_products(limit=1))
        self.reload_day()
        QTimer.singleShot(0, lambda: self.product_box.setFocus(Qt.FocusReason.OtherFocusReason))

    def reload_day(self) -> None:
        if self._day_job is not None:
            self._day_job.cancel()
        today = dt.date.today()

        def read(_progress: Any, cancel: jobs.CancelToken) -> list[dict[str, Any]]:
            with worker.sql_cancellable(cancel):
                return list_sales(day_from=today, day_to=today, limit=DAY_LIMIT)

        self.day_loading = True
        job = worker.start(worker.reading(read))
        job.finished.connect(lambda sales, error, job=job: self._show_day(job, sales, error))
        self._day_job = job

    def _show_day(self, job: worker.Job, sales: Any, error: BaseException | None) -> None:
        if job is not self._day_job or isinstance(error, jobs.Cancelled):
            return  # overtaken by a newer read
        self.day_loading = False
        if error is not None:
            raise error  # a bug: the app's error reporter shows it
        selected = self.selected_sale_id()
        self.day_model.set_sales(sales)
        counted = [s for s in sales if not s["voided"] and s["returns_sale_id"] is None]
        self.day_title.setText(
            self.tr("Sales today: %1 · takings %2")
            .replace("%1", f"{len(counted):,}")
            .replace("%2", translations.format_money(self.day_model.takings_cents()))
        )
        row = self.day_model.row_of(selected) if selected is not None else None
        if row is not None:
            self.day_table.selectRow(row)
        self._day_selection()

    def selected_sale_id(self) -> int | None:
        index = self.day_table.currentIndex()
        return index.data(SaleIdRole) if index.isValid() else None

    def _day_selection(self) -> None:
        """Return and Void for the sale selected, and what it was."""
        sale = self.day_model.sale_at(self.day_table.currentIndex().row())
        self.receipt_button.setEnabled(sale is not None)
        self.return_button.setEnabled(sale is not None and not sale["voided"] and sale["returns_sale_id"] is None)
        self.void_button.setEnabled(sale is not None and not sale["voided"])
        self.sale_details.setText(self._details(sale["id"]) if sale is not None else "")

    def _details(self, sale_id: int) -> str:
        try:
            sale = sale_dict(sale_id)
        except UserError:
            return ""
        rows = []
        for line in sale["lines"]:
            row = (
                self.tr("%1: %2 × %3 = %4")
                .replace("%1", line["item"])
                .replace("%2", format_quantity(abs(line["quantity"])))
                .replace("%3", format_cents(line["unit_price_cents"] or 0))
                .replace("%4", format_cents(line["amount_cents"]))
            )
            if line["returned_quantity"]:
                row += "  " + self.tr("(%1 back)").replace("%1", format_quantity(line["returned_quantity"]))
            rows.append(row)
        more = [customer_label(sale)]
        if sale["staff"]:
            more.append(self.tr("Staff: %1").replace("%1", sale["staff"]))
        if sale["discount_cents"]:
            more.append(self.tr("Discount: %1").replace("%1", format_cents(sale["discount_cents"])))
        if sale["note"]:
            more.append(self.tr("Note: %1").replace("%1", sale["note"]))
        if sale["reason"]:
            more.append(self.tr("Reason: %1").replace("%1", sale["reason"]))
        if sale["voided"]:
            more.append(self.tr("Voided: %1").replace("%1", sale["void_reason"]))
        return "\n".join([*rows, " · ".join(more)])

    def _selected_sale(self) -> dict[str, Any] | None:
        sale_id = self.selected_sale_id()
        if sale_id is None:
            return None
        try:
            return sale_dict(sale_id)
        except UserError as exc:
            self.status.setText(error_text(exc))
            return None

    def return_selected(self) -> ReturnDialog | None:
        """Return… : the dialog for the selected sale's lines (window-modal)."""
        sale = self._selected_sale()
        if sale is None:
            return None
        dialog = ReturnDialog(sale, self)
        dialog.corrected.connect(self._returned)
        self._open(dialog)
        return dialog

    def print_selected(self) -> ReceiptDialog | None:
        """Receipt… : the selected sale's receipt (preview, printer or PDF)."""
        sale_id = self.selected_sale_id()
        return None if sale_id is None else print_receipt(self, sale_id)

    def print_receipt(self) -> ReceiptDialog | None:
        """Ctrl+P: the receipt of the sale selected in the day's list, else of the sale
        just saved (the customer is usually still at the counter)."""
        sale_id = self.selected_sale_id()
        if sale_id is None and self.last_saved is not None:
            sale_id = self.last_saved["id"]
        return None if sale_id is None else print_receipt(self, sale_id)

    def void_selected(self) -> VoidDialog | None:
        sale = self._selected_sale()
        if sale is None:
            return None
        dialog = VoidDialog(sale, self)
        dialog.corrected.connect(self._voided)
        self._open(dialog)
        return dialog

    def _open(self, dialog: ReturnDialog | VoidDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "correction", None))
        self.correction = dialog
        dialog.open()

    def _returned(self, sale: dict[str, Any]) -> None:
        text = (
            self.tr("Recorded return %1: %2 back")
            .replace("%1", sale["number"])
            .replace("%2", translations.format_money(-sale["total_cents"]))
        )
        self.status.setText(text)
        self.status_message.emit(text)

    def _voided(self, sale: dict[str, Any]) -> None:
        text = self.tr("Voided sale %1: %2").replace("%1", sale["number"]).replace("%2", sale["void_reason"])
        self.status.setText(text)
        self.status_message.emit(text)

    # -- changes -----------------------------------------------------------------------------------

    def _on_changed(self, kind: str, _ids: Any) -> None:
        if kind in (changes.PURCHASES, changes.DATABASE) and self._shown_once:
            self.reload_day()
        if kind in (changes.STAFF, changes.DATABASE):
            self.fill_staff()
        if kind in (changes.CUSTOMERS, changes.DATABASE) and self.customer is not None:
            try:
                self.customer = summary(get_customer(self.customer["id"], include_deleted=False))
            except UserError:
                self.choose_walk_in()  # moved to the trash or merged meanwhile
            self._show_customer()
