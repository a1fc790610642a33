"""A receipt for an ESC/POS thermal printer, checked byte by byte on python-escpos's
Dummy printer: reset and Chinese mode first, GB18030 text in lines of at most 32
(58 mm) or 48 (80 mm) columns, the paper fed and cut at the end; and sent whole to a
printer on the network or behind a device file, or refused in one sentence."""

from __future__ import annotations

import re
import socket
import socketserver
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import usb.core
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.cli.i18n import translator
from smallcrm.errors import UserError
from smallcrm.printing import escpos_receipt
from smallcrm.printing.escpos_receipt import print_escpos, receipt_bytes
from smallcrm.printing.receipts import Shop, receipt_lines

SHOP = Shop("老王茶叶店", "四川省成都市武侯区人民南路四段12号", "028-8555 1234")
ZH = translator({"SMALLCRM_LANG": "zh_CN"})
EN = translator({"SMALLCRM_LANG": "en"})
INIT, CHINESE, FULL_CUT = b"\x1b@", b"\x1c&", b"\x1dV\x00"
# Every command the receipt sends: ESC @, FS &, ESC ! n (size), ESC E n (bold), ESC d n (feed), GS V 0 (cut).
COMMANDS = re.compile(rb"\x1b@|\x1c&|\x1b[!Ed].|\x1dV.", re.DOTALL)


def sale(items: list[tuple[str, int]] | None = None, **extra: Any) -> dict[str, Any]:
    items = items or [("铁观音", 13600), ("瓜子", 5000), ("修拉链", 1500)]
    lines = [
        {"item": item, "quantity": Decimal(1), "unit": "", "unit_price_cents": cents, "discount_cents": 0,
         "amount_cents": cents}
        for item, cents in items
    ]  # fmt: skip
    return {
        "id": 1,
        "number": "20261208-0001",
        "sold_at": "2026-12-08 10:30:00",
        "customer_id": 3,
        "customer_name": "张三",
        "customer_no": "C000003",
        "walk_in": False,
        "staff": "小李",
        "payment": "wechat",
        "total_cents": sum(cents for _item, cents in items),
        "returns_sale_id": None,
        "voided": False,
        "lines": lines,
        **extra,
    }


def printed_lines(data: bytes) -> list[bytes]:
    """The text lines in what the printer gets, commands taken out."""
    return [COMMANDS.sub(b"", piece) for piece in data.split(b"\n")]


@pytest.mark.parametrize(("width", "columns"), [(58, 32), (80, 48)])
def test_the_printer_gets_gb18030_lines_of_its_width_and_a_cut_at_the_end(width: int, columns: int) -> None:
    data = receipt_bytes(sale(), width, shop=SHOP, translate=ZH)
    assert data.startswith(INIT + CHINESE)
    assert data.endswith(FULL_CUT) and b"\x1bd\x06" + FULL_CUT in data  # fed past the tear bar, then cut
    lines = printed_lines(data[: data.rindex(b"\x1bd\x06")])
    assert max(len(line) for line in lines) == columns  # the amounts stand at the right edge
    text = [line.decode("gb18030") for line in lines]
    assert text[:-1] == receipt_lines(sale(), width, shop=SHOP, translate=ZH)
    for words in ("老王茶叶店", "单号：20261208-0001", "顾客：张三（编号 C000003）", "收银员：小李", "微信支付"):
        assert words.encode("gb18030") in data, words
    total = next(line for line in text if line.startswith("合计"))
    assert total.endswith("￥201.00") and len(total.encode("gb18030")) == columns
    assert "¥".encode() not in data  # the half-width yen is not in the printer's GB18030 fonts: ￥ is
    assert len("老王茶叶店".encode("gb18030")) == 10  # two bytes, two columns, a Chinese character


def test_the_shop_and_the_total_are_bold_and_twice_as_tall_but_not_wider() -> None:
    data = receipt_bytes(sale(), 58, shop=SHOP, translate=EN)
    big = b"\x1b!\x10\x1bE\x01"  # ESC ! 0x10 (double height only), ESC E 1 (bold)
    shop_at = data.index("老王茶叶店".encode("gb18030"))
    assert data.rindex(big, 0, shop_at) > data.rfind(b"\x1bE\x00", 0, shop_at)
    total_at = data.index(b"Total")
    assert data.rindex(big, 0, total_at) > data.rfind(b"\x1bE\x00", 0, total_at)
    assert b"\x1b!\x20" not in data and b"\x1b!\x30" not in data  # never double width


ITEM = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from("铁观音😀👨‍👩‍👧\t\n\x00\x1b\x1d\u0301 ¥W")),
    max_size=80,
)


@given(st.lists(ITEM, min_size=1, max_size=3), st.sampled_from([(58, 32), (80, 48)]))
def test_any_item_text_reaches_the_printer_as_lines_of_its_width(items: list[str], size: tuple[int, int]) -> None:
    width, columns = size
    data = receipt_bytes(sale([(item, 100) for item in items]), width, shop=SHOP, translate=EN)
    assert data.startswith(INIT + CHINESE) and data.endswith(FULL_CUT)
    for line in printed_lines(data[: data.rindex(b"\x1bd\x06")]):
        assert len(line) <= columns
        assert not re.search(rb"[\x00-\x1f\x7f]", line)  # a typed ESC or GS never becomes a printer command
        line.decode("gb18030")


def test_a_printer_behind_a_device_file_gets_exactly_the_receipt(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    sent = print_escpos(sale(), f"file:{device}", 80, shop=SHOP, translate=EN)
    assert device.read_bytes() == receipt_bytes(sale(), 80, shop=SHOP, translate=EN)
    assert sent == device.stat().st_size


def test_a_network_printer_gets_the_receipt_in_one_connection() -> None:
    received: list[bytes] = []

    class Printer(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            chunks = []
            while chunk := self.request.recv(65536):
                chunks.append(chunk)
            received.append(b"".join(chunks))

    with socketserver.TCPServer(("127.0.0.1", 0), Printer) as server:
        thread = threading.Thread(target=server.handle_request)
        thread.start()
        port = server.server_address[1]
        print_escpos(sale(), f"network:127.0.0.1:{port}", 58, shop=SHOP, translate=EN)
        thread.join(10)
    assert received == [receipt_bytes(sale(), 58, shop=SHOP, translate=EN)]


def test_a_printer_that_is_not_there_is_one_sentence_naming_it(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(UserError) as refused:
        print_escpos(sale(), f"network:127.0.0.1:{port}", 58, shop=SHOP, translate=EN)
    message = refused.value.render()
    assert f"network:127.0.0.1:{port}" in message and "could not be reached" in message
    assert "\n" not in message
    with pytest.raises(UserError, match="could not be reached"):
        print_escpos(sale(), f"file:{tmp_path / 'no' / 'such' / 'device'}", 58, shop=SHOP, translate=EN)
    with pytest.raises(UserError, match=r"usb:0416:5011 (could not be reached|is on USB, which needs libusb)"):
        print_escpos(sale(), "usb:0416:5011", 58, shop=SHOP, translate=EN)  # unplugged, or no libusb at all


def test_a_computer_without_libusb_is_told_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_backend(**_kwargs: Any) -> None:
        raise usb.core.NoBackendError("No backend available")

    monkeypatch.setattr(usb.core, "find", no_backend)
    with pytest.raises(UserError) as refused:
        print_escpos(sale(), "usb:0416:5011", 58, shop=SHOP, translate=EN)
    assert "needs libusb on this computer: install it (libusb-1.0)" in refused.value.render()


def test_the_escpos_import_leaves_no_temporary_folder_per_run(tmp_path: Path) -> None:
    escpos_receipt._escpos()
    folder = Path(escpos_receipt.os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"])
    assert folder.name == "smallcrm-escpos" and folder.is_dir()
