"""Printing one sale's receipt (小票): a small dialog with the roll's width and three
ways out — a print preview on the receipt's own page (58 or 80 mm wide, as long as
the receipt), printing (straight to the shop's ESC/POS printer when one is set, else
through the system's print dialog), or a PDF.

The sale screen calls :func:`print_receipt` after a sale (or for any sale by its id).
The receipt is drawn by ``smallcrm.printing.receipts`` on the GUI thread, as the
preview must (one short page: milliseconds); only sending to an ESC/POS printer runs
on a worker, since a printer that is off keeps a network connection waiting for
seconds. A problem is one sentence in a message box; the dialog stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm import settings
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.domain.values.money import currency_symbol
from smallcrm.errors import UserError
from smallcrm.printing import escpos_receipt, receipts
from smallcrm.ui.shell import translations, worker


def _say(parent: QWidget | None, error: UserError) -> None:
    """A user's problem as one translated sentence."""
    title = QCoreApplication.translate("ReceiptDialog", "Print Receipt")
    QMessageBox.warning(parent, title, error.render(QCoreApplication.translate))


def print_receipt(parent: QWidget | None, sale_id: int) -> ReceiptDialog | None:
    """Open the receipt dialog for sale ``sale_id`` (window-modal); None, after saying
    why in a message box, when the sale cannot be read (it was deleted meanwhile)."""
    try:
        sale = sale_dict(sale_id)
    except UserError as exc:
        _say(parent, exc)
        return None
    dialog = ReceiptDialog(sale, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ReceiptDialog(QDialog):
    """The roll's width, the printer it goes to, and Preview / Print / Save as PDF."""

    def __init__(self, sale: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sale = sale
        self.shop = receipts.Shop.from_settings(currency_symbol(translations.currency()))
        self.target = settings.parse_receipt_printer(settings.get("receipt_printer"))
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.job: worker.Job | None = None
        self.setWindowTitle(self.tr("Print Receipt"))

        summary = QLabel(
            self.tr("Receipt %1: %2, %3")
            .replace("%1", str(sale["number"]))
            .replace("%2", translations.format_money(int(sale["total_cents"])))
            .replace("%3", self._customer())
        )
        summary.setWordWrap(True)
        self.width_box = QComboBox()
        for width in receipts.WIDTHS_MM:
            self.width_box.addItem(self.tr("%1 mm roll").replace("%1", str(width)), width)
        self.width_box.setCurrentIndex(max(0, self.width_box.findData(int(settings.get("receipt_width")))))
        if self.target.kind == "system":
            where = self.tr("The system printer (you choose it when printing)")
        else:
            where = self.tr("ESC/POS receipt printer %1").replace("%1", str(self.target))
        self.printer_label = QLabel(where)
        self.printer_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.width_box)
        form.addRow(self.tr("Printer"), self.printer_label)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.setDefault(True)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.print_now())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _customer(self) -> str:
        if self.sale.get("walk_in") or not self.sale.get("customer_id"):
            return self.tr("walk-in customer")
        return str(self.sale.get("customer_name") or self.sale.get("customer_no") or "")

    @property
    def width_mm(self) -> int:
        return int(self.width_box.currentData())

    def _draw(self, printer: QPrinter) -> receipts.ReceiptReport:
        return receipts.print_receipt(self.sale, printer, self.width_mm, shop=self.shop)

    def _printer(self) -> QPrinter:
        """A printer on the receipt's page, measured from the paper's corner."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(receipts.receipt_title(self.sale))
        return printer

    # -- the three ways out ------------------------------------------------------------------

    def preview(self) -> QPrintPreviewDialog:
        """The print preview, showing the receipt on its own page; its Print prints it."""
        self.preview_printer = self._printer()
        dialog = QPrintPreviewDialog(self.preview_printer, self)
        dialog.setWindowTitle(self.tr("Receipt %1").replace("%1", str(self.sale["number"])))
        dialog.paintRequested.connect(self._paint_preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def _paint_preview(self, printer: QPrinter) -> None:
        try:
            self._draw(printer)
        except UserError as exc:
            _say(self, exc)

    def print_now(self) -> worker.Job | None:
        """Print: to the ESC/POS printer in the settings, on a worker; else through the
        system's print dialog. Closes the dialog once printed."""
        if self.target.kind != "system":
            self.print_button.setEnabled(False)
            sale, width, shop, target = self.sale, self.width_mm, self.shop, self.target

            def send(_progress: Any, _cancel: Any) -> int:
                return escpos_receipt.print_escpos(sale, target, width, shop=shop, translate=receipts.qt_translate)

            self.job = worker.start(send, on_finished=self._sent)
            return self.job
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        finally:
            dialog.deleteLater()
        try:
            self._draw(printer)
        except UserError as exc:
            _say(self, exc)
            return None
        self.accept()
        return None

    def _sent(self, _result: Any, error: BaseException | None) -> None:
        self.print_button.setEnabled(True)
        if isinstance(error, UserError):
            _say(self, error)
        elif error is not None:
            raise error  # a bug: the app's error reporter shows it
        else:
            self.accept()

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Save the receipt as a PDF (asks where unless ``path`` is given)."""
        if path is None:
            suggested = str(Path.home() / f"{receipts.receipt_title(self.sale)}.pdf")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save Receipt as PDF"), suggested, self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        try:
            receipts.render_receipt_pdf(self.sale, path, self.width_mm, shop=self.shop)
        except UserError as exc:
            _say(self, exc)
            return None
        return Path(path)
