"""`smallcrm receipt SALE_ID OUT.pdf [--width 58|80] [--escpos PRINTER]` as scripts use it:
the PDF on the roll's width with the sale in the shop's language, one JSON object,
and mistakes as one sentence with nothing written."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from smallcrm import settings
from smallcrm.cli.i18n import translator
from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.domain.sales.recording import record_sale
from smallcrm.printing.escpos_receipt import receipt_bytes
from smallcrm.printing.receipts import Shop
from tests.cli.cli_runs import run, run_json

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (see .ci/run)")


@pytest.fixture
def sale_id(crm: Path, qapp: Any) -> int:
    settings.put_many({"shop_name": "老王茶叶店", "shop_phone": "028-8555 1234"})
    cid = create_customer({"name": "张三", "phone": "13812345678"}).id
    tea = add_product({"name": "铁观音", "price": "68", "cost": "40", "unit": "盒"}).id
    lines = [LineInput(product_id=tea, quantity=Decimal(2))]
    return int(record_sale(cid, lines, payment="alipay", sold_at=dt.datetime(2026, 12, 8, 10, 30))["id"])


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout


def pdf_width_mm(pdf: Path) -> float:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x", info)
    assert match
    return float(match.group(1)) * 25.4 / 72


@pytest.mark.parametrize("width", [58, 80])
def test_receipt_writes_the_pdf_on_the_rolls_width_and_says_so_in_one_object(
    capsys: pytest.CaptureFixture[str], crm: Path, sale_id: int, tmp_path: Path, width: int
) -> None:
    out = tmp_path / "小票.pdf"
    result = run_json(capsys, "--db", str(crm), "receipt", str(sale_id), str(out), "--width", str(width))
    assert result["file"] == str(out) and result["pages"] == 1 and result["width_mm"] == width
    assert result["number"] == "20261208-0001" and result["sale_id"] == sale_id
    assert pdf_width_mm(out) == pytest.approx(width, abs=0.2)
    text = pdf_text(out)
    assert "老王茶叶店" in text and "铁观音" in text and "Alipay" in text
    assert re.search(r"Total\s+¥136\.00", text)


def test_the_width_comes_from_the_shops_setting_and_the_words_from_its_language(
    capsys: pytest.CaptureFixture[str], crm: Path, sale_id: int, tmp_path: Path
) -> None:
    settings.put_many({"receipt_width": 80, "language": "zh_CN"})
    out = tmp_path / "r.pdf"
    code, stdout, _ = run(capsys, "--db", str(crm), "receipt", str(sale_id), str(out))
    assert code == 0 and "80 mm" in stdout
    assert pdf_width_mm(out) == pytest.approx(80, abs=0.2)
    text = pdf_text(out)
    assert "合计" in text and "支付宝" in text and "顾客：张三" in text


def test_escpos_sends_the_same_receipt_to_the_printer(
    capsys: pytest.CaptureFixture[str], crm: Path, sale_id: int, tmp_path: Path
) -> None:
    device = tmp_path / "lp0"
    settings.put("receipt_printer", f"file:{device}")
    result = run_json(capsys, "--db", str(crm), "receipt", str(sale_id), "--escpos")
    assert result["file"] is None and result["escpos"] == {"printer": f"file:{device}", "bytes": device.stat().st_size}
    expected = receipt_bytes(sale_dict(sale_id), 58, shop=Shop.from_settings(), translate=translator({}))
    assert device.read_bytes() == expected


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["receipt", "999", "{out}"], 1, "There is no sale with id 999."),
        (["receipt", "{sale}", "{out}", "--width", "57"], 2, "--width"),
        (["receipt", "{sale}", "{out}", "--width", "eighty"], 2, "--width"),
        (["receipt", "{sale}"], 2, "needs OUT.pdf or --escpos"),
        (["receipt", "{sale}", "--escpos"], 1, "No ESC/POS receipt printer is set"),
        (["receipt", "{sale}", "--escpos", "lpt1"], 1, "lpt1 is not a receipt printer"),
        (["receipt", "{sale}", "{tmp}/no/such/folder/r.pdf"], 1, "folder"),
    ],
)
def test_mistakes_are_one_sentence_and_write_nothing(
    capsys: pytest.CaptureFixture[str],
    crm: Path,
    sale_id: int,
    tmp_path: Path,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    out = tmp_path / "r.pdf"
    words = [a.format(out=out, sale=sale_id, tmp=tmp_path) for a in argv]
    got, stdout, stderr = run(capsys, "--db", str(crm), *words)
    assert (got, stdout) == (code, "")
    assert message in stderr and stderr.count("\n") == 1
    assert not out.exists()
