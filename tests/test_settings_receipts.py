"""The receipt settings: the roll's width (58 or 80 mm) and where receipts go (the
system printer, or an ESC/POS printer by USB ids, network address or device file),
checked when stored so a typo is a sentence, not a printer that is never found."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm import settings
from smallcrm.errors import UserError
from smallcrm.settings import ReceiptPrinter, parse_receipt_printer

pytestmark = pytest.mark.usefixtures("crm")


def test_receipts_default_to_58_mm_on_the_system_printer() -> None:
    assert settings.get("receipt_width") == 58
    assert parse_receipt_printer(settings.get("receipt_printer")) == ReceiptPrinter("system")


@pytest.mark.parametrize(
    ("typed", "stored", "target"),
    [
        ("", "", ReceiptPrinter()),
        ("  ", "", ReceiptPrinter()),
        ("usb:0416:5011", "usb:0416:5011", ReceiptPrinter("usb", vendor_id=0x0416, product_id=0x5011)),
        ("USB:0x0416:0X5011", "usb:0416:5011", ReceiptPrinter("usb", vendor_id=0x0416, product_id=0x5011)),
        ("network:192.168.1.87", "network:192.168.1.87", ReceiptPrinter("network", host="192.168.1.87")),
        ("network:192.168.1.87:9100", "network:192.168.1.87", ReceiptPrinter("network", host="192.168.1.87")),
        ("network:pos.lan:9101", "network:pos.lan:9101", ReceiptPrinter("network", host="pos.lan", port=9101)),
        ("network:[fe80::1]:9101", "network:[fe80::1]:9101", ReceiptPrinter("network", host="fe80::1", port=9101)),
        ("file:/dev/usb/lp0", "file:/dev/usb/lp0", ReceiptPrinter("file", path="/dev/usb/lp0")),
    ],
)  # fmt: skip
def test_a_printer_is_stored_in_one_spelling(typed: str, stored: str, target: ReceiptPrinter) -> None:
    settings.put("receipt_printer", typed)
    assert settings.get("receipt_printer") == stored
    assert parse_receipt_printer(stored) == target


@pytest.mark.parametrize(
    "typed", ["usb:0416", "usb:zz:5011", "usb:0:0", "usb:10000:1", "network:", "network:host:99999", "lpt1", "file:"]
)
def test_a_printer_that_is_not_one_is_refused_and_nothing_changes(typed: str) -> None:
    settings.put("receipt_printer", "usb:0416:5011")
    with pytest.raises(UserError, match="is not a receipt printer"):
        settings.put("receipt_printer", typed)
    assert settings.get("receipt_printer") == "usb:0416:5011"


@pytest.mark.parametrize("width", [57, 0, 100, "wide"])
def test_a_roll_is_58_or_80_mm_wide(width: object) -> None:
    settings.put("receipt_width", "80")
    assert settings.get("receipt_width") == 80
    with pytest.raises(UserError):
        settings.put("receipt_width", width)
    assert settings.get("receipt_width") == 80


@given(st.text(max_size=40))
def test_any_typed_printer_is_a_target_that_reads_back_the_same_or_a_sentence(typed: str) -> None:
    try:
        target = parse_receipt_printer(typed)
    except UserError as exc:
        assert "is not a receipt printer" in exc.render()
        return
    assert parse_receipt_printer(str(target)) == target


def test_settings_file_is_untouched_by_a_refused_printer(crm: Path) -> None:
    before = settings.all_settings()
    with pytest.raises(UserError):
        settings.put_many({"receipt_width": 80, "receipt_printer": "nonsense"})
    assert settings.all_settings() == before
