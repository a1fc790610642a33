"""Receipts as the customer gets them: read back from the PDF with poppler's pdftotext
and pdfinfo (the shop, every line, the total and the payment are there, the page is
the roll's width and as long as the receipt), and as the thermal printer's lines
(never wider than the roll, whatever the item is called)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from smallcrm import settings
from smallcrm.cli.i18n import translator
from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.staff import add_staff
from smallcrm.domain.sales.corrections import return_sale, void_sale
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.domain.sales.recording import record_sale
from smallcrm.errors import UserError
from smallcrm.printing import receipts
from smallcrm.printing.receipts import Shop, receipt_lines, render_receipt_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (see .ci/run)")
AT = dt.datetime(2026, 12, 8, 10, 30)
SHOP = Shop("老王茶叶店", "四川省成都市武侯区人民南路四段12号", "028-8555 1234")
ZH = translator({"SMALLCRM_LANG": "zh_CN"})
EN = translator({"SMALLCRM_LANG": "en"})


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    """Every page's size, as pdfinfo reports it (points), in millimetres."""
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, check=True, text=True
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    return [(float(w) * 25.4 / 72, float(h) * 25.4 / 72) for w, h in sizes]


@pytest.fixture
def shop(crm: Path) -> dict[str, int]:
    settings.put_many({"shop_name": SHOP.name, "shop_address": SHOP.address, "shop_phone": SHOP.phone})
    return {
        "cid": create_customer({"name": "张三", "phone": "13812345678"}).id,
        "tea": add_product({"name": "铁观音", "price": "68", "cost": "40", "unit": "盒"}).id,
        "nuts": add_product({"name": "瓜子", "price": "33.33", "cost": "20", "unit": "斤"}).id,
        "staff": add_staff("小李").id,
    }


@pytest.fixture
def sale(shop: dict[str, int]) -> dict[str, Any]:
    lines = [
        LineInput(product_id=shop["tea"], quantity=Decimal(2)),
        LineInput(product_id=shop["nuts"], quantity=Decimal("1.5")),
        LineInput(text="修拉链", unit_price_cents=1500),
    ]
    return record_sale(shop["cid"], lines, discount_cents=100, payment="wechat", staff="小李", sold_at=AT)


@pytest.mark.parametrize("width", [58, 80])
def test_the_pdf_says_the_shop_every_line_the_total_and_the_payment_on_the_rolls_width(
    tmp_path: Path, sale: dict[str, Any], width: int
) -> None:
    out = tmp_path / "receipt.pdf"
    report = render_receipt_pdf(sale_dict(sale["id"]), out, width, shop=Shop.from_settings(), translate=EN)
    text = pdftotext(out)
    for expected in (
        "老王茶叶店",
        "人民南路四段12号",
        "Tel: 028-8555 1234",
        "Receipt No.: 20261208-0001",
        "Time: 2026-12-08 10:30",
        "Customer: 张三 (No. C000001)",
        "Served by: 小李",
        "铁观音",
        "2 盒 × 68.00",
        "1.5 斤 × 33.33",
        "修拉链",
        "Paid by",
        "WeChat Pay",
    ):
        assert expected in text, expected
    assert re.search(r"Total\s+¥200\.00", text)  # 136.00 + 50.00 + 15.00 - 1.00
    assert re.search(r"Subtotal\s+201\.00", text) and re.search(r"Discount\s+-1\.00", text)
    for line in sale_dict(sale["id"])["lines"]:
        assert f"{line['amount_cents'] // 100}.{line['amount_cents'] % 100:02d}" in text
    (size,) = page_sizes_mm(out)
    assert size[0] == pytest.approx(width, abs=0.2)
    assert 60 < size[1] < 150  # as long as the receipt, not an A4 page
    assert report.pages == 1 and report.width_mm == width


def test_chinese_comes_out_of_the_pdf_as_chinese(tmp_path: Path, sale: dict[str, Any]) -> None:
    out = tmp_path / "receipt.pdf"
    render_receipt_pdf(sale_dict(sale["id"]), out, 58, shop=SHOP, translate=ZH)
    text = pdftotext(out)
    for expected in (
        "单号：20261208-0001",
        "顾客：张三（编号 C000001）",
        "收银员：小李",
        "合计",
        "微信支付",
        "谢谢惠顾",
    ):
        assert expected in text, expected
    assert [hex(ord(ch)) for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF] == []  # no Kangxi radicals for hanzi


def test_digits_in_latin_text_are_text_in_the_pdf(tmp_path: Path) -> None:
    """Noto Sans CJK's localized digits had no character behind them: 'Tel: 028' read 'Tel: '."""
    out = tmp_path / "receipt.pdf"
    sale = _sale([_line("Tea 2026 edition", 1234)], number="20261208-0042")
    render_receipt_pdf(sale, out, 58, shop=Shop("Shop", "", "028-8555 1234"), translate=EN)
    text = pdftotext(out)
    assert "Tel: 028-8555 1234" in text and "Tea 2026 edition" in text and "20261208-0042" in text


def test_a_walk_in_sale_says_walk_in_and_a_return_says_what_it_returns(shop: dict[str, int], tmp_path: Path) -> None:
    walk_in = record_sale(None, [LineInput(product_id=shop["tea"])], payment="cash", sold_at=AT)
    assert "Customer: walk-in" in receipt_lines(sale_dict(walk_in["id"]), 58, shop=SHOP, translate=EN)
    sale = record_sale(shop["cid"], [LineInput(product_id=shop["tea"], quantity=Decimal(2))], sold_at=AT)
    back = return_sale(sale["id"], {sale["lines"][0]["id"]: 1}, reason="盒子坏了", returned_at=AT)
    out = tmp_path / "return.pdf"
    render_receipt_pdf(sale_dict(back["id"]), out, 80, shop=SHOP, translate=EN)
    text = pdftotext(out)
    assert "RETURN" in text and "Return of receipt 20261208-0002" in text and "Reason: 盒子坏了" in text
    assert re.search(r"Refund\s+¥68\.00", text)


def test_a_voided_sale_is_marked_void_on_its_receipt(shop: dict[str, int]) -> None:
    sale = record_sale(shop["cid"], [LineInput(product_id=shop["tea"])], sold_at=AT)
    void_sale(sale["id"], "记错了")
    lines = receipt_lines(sale_dict(sale["id"]), 58, shop=SHOP, translate=ZH)
    assert any("已作废" in line for line in lines[:5])  # at the top, before anything else is read
    assert "原因：记错了" in lines
    assert "谢谢惠顾，欢迎再次光临！" not in " ".join(lines)


def _line(item: str, amount: int, quantity: str = "1", discount: int = 0, unit: str = "") -> dict[str, Any]:
    return {
        "item": item,
        "quantity": Decimal(quantity),
        "unit": unit,
        "unit_price_cents": amount + discount,
        "discount_cents": discount,
        "amount_cents": amount,
    }


def _sale(lines: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": 7,
        "number": "20261208-0007",
        "sold_at": "2026-12-08 10:30:00",
        "customer_id": None,
        "walk_in": True,
        "staff": "",
        "payment": "cash",
        "discount_cents": 0,
        "total_cents": sum(line["amount_cents"] for line in lines),
        "returns_sale_id": None,
        "voided": False,
        "lines": lines,
        **extra,
    }


def test_sixty_lines_make_one_long_page_with_every_line(tmp_path: Path) -> None:
    sale = _sale([_line(f"商品{i:02d}号 Oolong", 1000 + i) for i in range(60)])
    out = tmp_path / "long.pdf"
    report = render_receipt_pdf(sale, out, 58, shop=SHOP, translate=EN)
    text = pdftotext(out)
    assert all(text.count(f"商品{i:02d}号 Oolong") == 1 for i in range(60))
    (size,) = page_sizes_mm(out)
    assert report.pages == 1 and size[0] == pytest.approx(58, abs=0.2) and size[1] > 400
    assert re.search(r"Total\s+¥(\d|,)+\.\d\d", text)


def test_a_receipt_longer_than_a_page_goes_on_more_pages_and_loses_no_line(tmp_path: Path) -> None:
    sale = _sale(
        [_line(f"第{i:03d}行 一个很长很长的商品名字，要在五十八毫米的纸上折成好几行", 100) for i in range(200)]
    )
    out = tmp_path / "longer.pdf"
    report = render_receipt_pdf(sale, out, 58, shop=SHOP, translate=EN)
    sizes = page_sizes_mm(out)
    assert report.pages == len(sizes) > 1
    assert all(w == pytest.approx(58, abs=0.2) and h <= receipts.MAX_PAGE_MM + 0.5 for w, h in sizes)
    text = pdftotext(out)
    assert all(text.count(f"第{i:03d}行") == 1 for i in range(200))
    assert "Total" in text and "Thank you for your visit!" in text


@pytest.mark.parametrize("width", ["57", "0", "", "eighty", "80.5"])
def test_a_width_other_than_58_or_80_is_refused_in_a_sentence(tmp_path: Path, width: str) -> None:
    with pytest.raises(UserError, match="58 or 80 mm"):
        render_receipt_pdf(_sale([_line("茶", 100)]), tmp_path / "x.pdf", width)  # type: ignore[arg-type]  # typed text, as the CLI gets it
    assert not (tmp_path / "x.pdf").exists()


def test_the_thermal_printers_lines_keep_the_amounts_at_the_right_edge() -> None:
    sale = _sale([_line("铁观音", 13600, "2", unit="盒"), _line("一个非常非常长的商品名字需要折行才能放下", 500)])
    for width, columns in ((58, 32), (80, 48)):
        lines = receipt_lines(sale, width, shop=SHOP, translate=EN)
        assert all(receipts.columns_of(line) <= columns for line in lines)
        assert lines[lines.index("-" * columns) + 0] == "-" * columns
        tea = next(line for line in lines if line.startswith("铁观音"))
        assert tea.endswith("136.00") and receipts.columns_of(tea) == columns
        assert "  2 盒 × 136.00" in lines


# Item text from outside: typed at the counter or imported. Any of it (long, mixed
# scripts, emoji, control characters, spaces only) lays out within the width.
ITEM = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("铁观音龙井𠀀😀👨‍👩‍👧\t\n\r\x00\x1b\u200b\u200d\u0301 WWWMMM"),
    ),
    max_size=120,
)


@given(st.lists(st.tuples(ITEM, st.integers(-(10**9), 10**9)), min_size=1, max_size=4), st.sampled_from([58, 80]))
@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_item_text_fits_the_roll_and_never_crashes(items: list[tuple[str, int]], width: int) -> None:
    sale = _sale([_line(text, cents) for text, cents in items], staff="小李\n")
    lines = receipt_lines(sale, width, shop=SHOP, translate=EN)
    assert all(receipts.columns_of(line) <= receipts.COLUMNS[width] for line in lines)
    assert all(line == line.strip("\r\n") and "\x00" not in line and "\x1b" not in line for line in lines)
    for line in lines:
        line.encode("gb18030")  # the printer gets every character it is sent
    measure = receipts._Metrics(receipts.render.PDF_DPI)
    for line in receipts.pdf_lines(sale, width, shop=SHOP, translate=EN):
        used = (receipts.INDENT_MM if line.indent else 0) + measure(line.left, line.style)
        if line.right:
            used += receipts.GAP_MM + measure(line.right, line.style)
        assert used <= receipts.PRINTABLE_MM[width] + 1e-6 or len(line.left + line.right) == 1


@given(st.text(max_size=200))
def test_wrapping_keeps_every_printable_character_in_order(text: str) -> None:
    lines = receipts.wrap(text, 10, receipts.columns_of)
    assert "".join(lines).replace(" ", "") == receipts.clean(text).replace(" ", "")
    assert all(receipts.columns_of(line) <= 10 or len(line) == 1 for line in lines)
