"""Printing a receipt from the window, driven as the owner would: the preview shows one
page as wide as the roll chosen, Save as PDF writes that page, Print sends the
receipt to the shop's ESC/POS printer, and a printer that is not there is one sentence
with the dialog still open."""

from __future__ import annotations

import datetime as dt
import re
import socket
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from smallcrm import settings
from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.domain.sales.recording import record_sale
from smallcrm.printing.escpos_receipt import receipt_bytes
from smallcrm.printing.receipts import Shop
from smallcrm.ui.dialogs.receipt_print import ReceiptDialog, print_receipt
from smallcrm.ui.shell import worker
from tests.ui.ui_helpers import User

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def sale_id(crm: Path) -> int:
    settings.put_many({"shop_name": "老王茶叶店", "shop_phone": "028-8555 1234"})
    cid = create_customer({"name": "张三", "phone": "13812345678"}).id
    tea = add_product({"name": "铁观音", "price": "68", "cost": "40", "unit": "盒"}).id
    lines = [LineInput(product_id=tea, quantity=Decimal(2)), LineInput(text="修拉链", unit_price_cents=1500)]
    return int(record_sale(cid, lines, payment="cash", sold_at=dt.datetime(2026, 12, 8, 10, 30))["id"])


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def opened(qtbot: Any, parent: QWidget, sale_id: int, user: User) -> ReceiptDialog:
    dialog = print_receipt(parent, sale_id)
    assert dialog is not None
    user.ignore(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def noting(said: list[str]) -> Any:
    """An answer to a message box: note what it says, then OK."""

    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    return answer


def pdf_size_mm(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match
    return float(match.group(1)) * 25.4 / 72, float(match.group(2)) * 25.4 / 72


@pytest.mark.parametrize(("keys", "width"), [([], 58), ([Qt.Key.Key_Down], 80)])
def test_the_preview_shows_one_page_as_wide_as_the_roll(
    qtbot: Any, parent: QWidget, sale_id: int, user: User, keys: list[Any], width: int
) -> None:
    dialog = opened(qtbot, parent, sale_id, user)
    for key in keys:
        qtbot.keyClick(dialog.width_box, key)
    assert dialog.width_mm == width
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview_dialog
    assert preview is not None
    user.ignore(preview)
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    page = dialog.preview_printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    assert page.width() == pytest.approx(width, abs=0.1)
    assert 40 < page.height() < 150  # as long as the receipt: a roll has no page length
    assert preview.windowTitle() == "Receipt 20261208-0001"
    preview.close()


def test_save_as_pdf_writes_the_receipt_on_the_roll(
    qtbot: Any, parent: QWidget, sale_id: int, user: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "小票.pdf"
    asked: list[str] = []

    def choose(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = opened(qtbot, parent, sale_id, user)
    qtbot.keyClick(dialog.width_box, Qt.Key.Key_Down)  # 80 mm
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("Receipt 20261208-0001.pdf")
    assert pdf_size_mm(out)[0] == pytest.approx(80, abs=0.2)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "老王茶叶店" in text and "铁观音" in text and re.search(r"Total\s+¥151\.00", text)
    assert dialog.isVisible()  # more copies, or a print, may follow


def test_print_sends_the_receipt_to_the_shops_escpos_printer(
    qtbot: Any, parent: QWidget, sale_id: int, user: User, tmp_path: Path
) -> None:
    device = tmp_path / "lp0"
    settings.put_many({"receipt_printer": f"file:{device}", "receipt_width": 80})
    dialog = opened(qtbot, parent, sale_id, user)
    assert "ESC/POS receipt printer file:" in dialog.printer_label.text() and dialog.width_mm == 80
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Print is the default button
    expected = receipt_bytes(sale_dict(sale_id), 80, shop=Shop.from_settings())
    assert device.read_bytes() == expected
    assert worker.shutdown()


def test_a_printer_that_is_not_there_is_one_sentence_and_the_dialog_stays(
    qtbot: Any, parent: QWidget, sale_id: int, user: User
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.put("receipt_printer", f"network:127.0.0.1:{port}")
    dialog = opened(qtbot, parent, sale_id, user)
    said: list[str] = []
    user.will(noting(said))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0].startswith(f"The receipt printer network:127.0.0.1:{port} could not be reached")
    assert "\n" not in said[0]
    assert dialog.isVisible() and dialog.print_button.isEnabled()


def test_a_sale_that_is_not_there_is_said_and_no_dialog_opens(
    qtbot: Any, parent: QWidget, crm: Path, user: User
) -> None:
    said: list[str] = []
    user.will(noting(said))
    assert print_receipt(parent, 4242) is None
    assert said == ["There is no sale with id 4242."]
    assert not [w for w in parent.findChildren(ReceiptDialog) if w.isVisible()]
