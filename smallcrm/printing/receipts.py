"""A sale's receipt (小票) on a 58 mm or 80 mm roll: what it says, how it wraps, and
drawing it to a PDF or a printer.

Three steps, so each can be tested on its own:

1. :func:`receipt_rows` says what the receipt holds, in the shop's language: the shop,
   the sale's number and time, the customer (or walk-in), the staff member, every
   line (item; quantity × unit price, its discount, its amount), the totals, the
   payment method, and a return's or a voided sale's marking. Rows have no width.
2. :func:`layout` wraps the rows to the paper's width with a ``measure`` function, so
   the same code lays out the PDF (millimetres, the bundled font's real widths) and
   the thermal printer's text (:func:`receipt_lines`: columns, a Chinese character
   taking two, as a GB18030 printer prints it). Nothing is ever cut off: a long item
   name wraps, a word longer than the line is broken, and an amount that no longer
   fits beside its text moves to a line of its own.
3. :func:`render_receipt_pdf` and :func:`print_receipt` draw the lines on a custom page
   as wide as the roll and as long as the receipt (a continuous roll has no page
   length); a receipt longer than :data:`MAX_PAGE_MM` goes on more than one page,
   each as long as its part.

The sale is ``domain.sales.reading.sale_dict``'s dictionary: printing knows paper,
not the shop's records, so the caller reads the sale and passes it in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPen

from smallcrm import settings
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.printing import layout as lay
from smallcrm.printing import render

Translate = Callable[[str, str], str]  # (context, English) -> the shop's language
Measure = Callable[[str, str], float]  # (text, style) -> width in the layout's unit

CONTEXT = "Receipt"
WIDTHS_MM = (58, 80)
# What a thermal printer prints on: 48 mm (384 dots at 203 dpi) of a 58 mm roll,
# 72 mm (576 dots) of an 80 mm one; the rest is the printer's own margin.
PRINTABLE_MM = {58: 48.0, 80: 72.0}
# Characters per line in the printer's standard font (12 x 24 dots): an ASCII
# character takes one column, a Chinese one two (16 or 24 to the line).
COLUMNS = {58: 32, 80: 48}
TOP_MM = 4.0
BOTTOM_MM = 10.0  # room to tear the paper off below the last line
MAX_PAGE_MM = 1000.0  # a longer receipt goes on more pages: printer drivers refuse endless pages
GAP_COLUMNS = 1  # at least this much space between a row's text and its amount
GAP_MM = 2.0
INDENT = "  "  # a sale line's quantity and price stand under its item, this far in
INDENT_MM = 3.0

# Style -> (size in points, bold). The body is as big as the thermal printer's own
# font (24 dots: 3 mm), so the PDF and the roll look alike.
STYLES: dict[str, tuple[float, bool]] = {
    "title": (11.0, True),
    "mark": (12.0, True),
    "body": (8.0, False),
    "small": (7.0, False),
    "total": (10.0, True),
}

_T = {
    "tel": QT_TRANSLATE_NOOP("Receipt", "Tel: %1"),
    "number": QT_TRANSLATE_NOOP("Receipt", "Receipt No.: %1"),
    "time": QT_TRANSLATE_NOOP("Receipt", "Time: %1"),
    "customer": QT_TRANSLATE_NOOP("Receipt", "Customer: %1"),
    "member": QT_TRANSLATE_NOOP("Receipt", "Customer: %1 (No. %2)"),
    "walk_in": QT_TRANSLATE_NOOP("Receipt", "Customer: walk-in"),
    "staff": QT_TRANSLATE_NOOP("Receipt", "Served by: %1"),
    "line": QT_TRANSLATE_NOOP("Receipt", "%1 × %2"),
    "line_discount": QT_TRANSLATE_NOOP("Receipt", "%1 × %2, discount %3"),
    "subtotal": QT_TRANSLATE_NOOP("Receipt", "Subtotal"),
    "discount": QT_TRANSLATE_NOOP("Receipt", "Discount"),
    "total": QT_TRANSLATE_NOOP("Receipt", "Total"),
    "refund": QT_TRANSLATE_NOOP("Receipt", "Refund"),
    "payment": QT_TRANSLATE_NOOP("Receipt", "Paid by"),
    "refund_payment": QT_TRANSLATE_NOOP("Receipt", "Refunded by"),
    "return": QT_TRANSLATE_NOOP("Receipt", "RETURN"),
    "return_of": QT_TRANSLATE_NOOP("Receipt", "Return of receipt %1"),
    "reason": QT_TRANSLATE_NOOP("Receipt", "Reason: %1"),
    "voided": QT_TRANSLATE_NOOP("Receipt", "VOIDED"),
    "voided_at": QT_TRANSLATE_NOOP("Receipt", "Voided: %1"),
    "not_valid": QT_TRANSLATE_NOOP("Receipt", "This sale was voided: this receipt is not valid."),
    "thanks": QT_TRANSLATE_NOOP("Receipt", "Thank you for your visit!"),
    "title": QT_TRANSLATE_NOOP("Receipt", "Receipt %1"),
}
# The payment methods' labels (domain.sales.payments.PAYMENTS, context "Payments"),
# repeated here because printing does not import the domain: lupdate finds them there.
_PAYMENT_LABELS = {
    "cash": "Cash",
    "wechat": "WeChat Pay",
    "alipay": "Alipay",
    "card": "Bank card",
    "stored_value": "Stored value",
    "other": "Other",
}
BAD_WIDTH = QT_TRANSLATE_NOOP("UserError", "A receipt is 58 or 80 mm wide, not {width}.")


def qt_translate(context: str, text: str) -> str:
    """The window's translation (the translators the application installed)."""
    return QCoreApplication.translate(context, text)


def check_width(width_mm: object) -> int:
    """58 or 80 (a roll's width in mm), or a UserError saying so."""
    try:
        width = int(str(width_mm).strip().removesuffix("mm").strip())
    except ValueError:
        width = 0
    if width not in WIDTHS_MM:
        raise UserError(BAD_WIDTH, width=width_mm)
    return width


# --- what the receipt says -------------------------------------------------------------


@dataclass(frozen=True)
class Shop:
    """The shop at the top of the receipt (settings: shop_name, shop_address, shop_phone)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    currency_symbol: str = "¥"

    @classmethod
    def from_settings(cls, currency_symbol: str = "¥") -> Shop:
        """The shop as its settings name it (the database must be open)."""
        return cls(settings.get("shop_name"), settings.get("shop_address"), settings.get("shop_phone"), currency_symbol)


@dataclass(frozen=True)
class Row:
    """One thing the receipt says: text on the left, an amount (or value) on the right,
    or a rule across the paper."""

    left: str = ""
    right: str = ""
    style: str = "body"
    center: bool = False
    rule: bool = False
    indent: bool = False  # a sale line's quantity and price, under its item


@dataclass(frozen=True)
class Line:
    """One printed line: a row's text wrapped to the width."""

    left: str = ""
    right: str = ""
    style: str = "body"
    center: bool = False
    rule: bool = False
    indent: bool = False


def money(cents: int, symbol: str = "") -> str:
    """12345 -> '123.45', thousands separated, sign first ('-¥5.00')."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(int(cents)), 100)
    return f"{sign}{symbol}{whole:,}.{frac:02d}"


def quantity_text(quantity: object) -> str:
    """Decimal('1.500') -> '1.5', Decimal('2') -> '2' (never '2E+1')."""
    try:
        value = Decimal(str(quantity))
    except ArithmeticError:
        return str(quantity)
    if not value.is_finite():
        return str(quantity)
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _time(value: object) -> str:
    """'2026-12-08 10:30:15' -> '2026-12-08 10:30'."""
    text = str(value or "")
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})", text)
    return f"{match.group(1)} {match.group(2)}" if match else text


def receipt_rows(sale: Mapping[str, Any], shop: Shop | None = None, translate: Translate = qt_translate) -> list[Row]:
    """What the receipt for ``sale`` says, row by row, in the language of ``translate``."""
    shop = shop or Shop()

    def t(key: str, *args: object) -> str:
        text = translate(CONTEXT, _T[key])
        for i, arg in reversed(list(enumerate(args, 1))):  # %10 before %1
            text = text.replace(f"%{i}", str(arg))
        return text

    is_return = bool(sale.get("returns_sale_id"))
    sign = -1 if is_return else 1  # a return's amounts are stored negative; its receipt shows what went back
    rows: list[Row] = []
    if shop.name:
        rows.append(Row(shop.name, style="title", center=True))
    if shop.address:
        rows.append(Row(shop.address, style="small", center=True))
    if shop.phone:
        rows.append(Row(t("tel", shop.phone), style="small", center=True))
    if sale.get("voided"):
        rows.append(Row(t("voided"), style="mark", center=True))
    if is_return:
        rows.append(Row(t("return"), style="mark", center=True))
    rows.append(Row(rule=True))
    rows.append(Row(t("number", sale.get("number") or sale.get("id", ""))))
    rows.append(Row(t("time", _time(sale.get("sold_at")))))
    if is_return:
        rows.append(Row(t("return_of", sale.get("returns_sale_number") or f"#{sale.get('returns_sale_id')}")))
    rows.append(Row(_customer(sale, t)))
    if sale.get("staff"):
        rows.append(Row(t("staff", sale["staff"])))
    rows.append(Row(rule=True))
    lines = list(sale.get("lines") or [])
    discounts = 0
    for line in lines:
        unit = str(line.get("unit") or "")
        qty = quantity_text(line.get("quantity", 1)) + (f" {unit}" if unit else "")
        price = money(int(line.get("unit_price_cents") or 0))
        discount = int(line.get("discount_cents") or 0)
        discounts += discount
        text = t("line_discount", qty, price, money(discount)) if discount else t("line", qty, price)
        rows.append(Row(str(line.get("item") or ""), money(sign * int(line.get("amount_cents") or 0))))
        rows.append(Row(text, indent=True))
    rows.append(Row(rule=True))
    total = sign * int(sale.get("total_cents") or 0)
    if discounts:
        rows.append(Row(t("subtotal"), money(total + discounts)))
        rows.append(Row(t("discount"), money(-discounts)))
    rows.append(Row(t("refund" if is_return else "total"), money(total, shop.currency_symbol), style="total"))
    payment = str(sale.get("payment") or "")
    if payment:
        label = translate("Payments", _PAYMENT_LABELS[payment]) if payment in _PAYMENT_LABELS else payment
        rows.append(Row(t("refund_payment" if is_return else "payment"), label))
    rows.append(Row(rule=True))
    if is_return and sale.get("reason"):
        rows.append(Row(t("reason", sale["reason"])))
    if sale.get("voided"):
        rows.append(Row(t("voided_at", _time(sale.get("voided_at")))))
        if sale.get("void_reason"):
            rows.append(Row(t("reason", sale["void_reason"])))
        rows.append(Row(t("not_valid"), style="body"))
    else:
        rows.append(Row(t("thanks"), style="small", center=True))
    return rows


def _customer(sale: Mapping[str, Any], t: Callable[..., str]) -> str:
    if sale.get("walk_in") or not sale.get("customer_id"):
        return t("walk_in")
    name, number = str(sale.get("customer_name") or ""), str(sale.get("customer_no") or "")
    if name and number:
        return t("member", name, number)
    return t("customer", name or number or f"#{sale['customer_id']}")


def receipt_title(sale: Mapping[str, Any], translate: Translate = qt_translate) -> str:
    """'Receipt 20261208-0001': the PDF's title and the print job's name."""
    return translate(CONTEXT, _T["title"]).replace("%1", str(sale.get("number") or sale.get("id", "")))


# --- wrapping to the width -------------------------------------------------------------

_TOKENS = re.compile(r" +|[\x21-\x7e]+|.", re.DOTALL)
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """One line of printable text: control and format characters (a tab, a newline, a
    zero-width joiner, a lone surrogate) become spaces, runs of spaces one."""
    out = []
    for ch in str(text):
        category = unicodedata.category(ch)
        out.append(" " if category[0] in "CZ" and ch != " " else ch)
    return _SPACES.sub(" ", "".join(out)).strip()


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` in lines no wider than ``width``: breaks at spaces and between Chinese
    characters, a word longer than the line broken where it must be. A character
    wider than the whole line (never on a real roll) gets a line of its own."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(clean(text)):
        if token.isspace():
            if line:
                line += " "
            continue
        candidate = line + token
        if measure(candidate.rstrip()) <= width:
            line = candidate
            continue
        if line.strip():
            lines.append(line.rstrip())
            line = ""
        if measure(token) <= width:
            line = token
            continue
        for ch in token:  # a word longer than the line
            if line and measure(line + ch) > width:
                lines.append(line)
                line = ""
            line += ch
    if line.strip():
        lines.append(line.rstrip())
    return lines


def layout(rows: Iterable[Row], width: float, measure: Measure, gap: float, indent: float) -> list[Line]:
    """The rows wrapped to ``width`` (in ``measure``'s unit): the amount on a row's last
    line when it fits beside the text, else on a line of its own, right-aligned; an
    indented row's text starts ``indent`` in."""
    out: list[Line] = []
    for row in rows:
        if row.rule:
            out.append(Line(rule=True))
            continue

        def m(text: str, style: str = row.style) -> float:
            return measure(text, style)

        inset = indent if row.indent else 0.0
        left = wrap(row.left, width - inset, m)
        right = wrap(row.right, width, m) if row.right.strip() else []
        if not left and not right:
            continue
        out.extend(Line(text, style=row.style, center=row.center, indent=row.indent) for text in left[:-1])
        last = left[-1] if left else ""
        if right and (not last or inset + m(last) + gap + m(right[0]) <= width):
            out.append(Line(last, right[0], row.style, indent=row.indent))
            right = right[1:]
        elif last:
            out.append(Line(last, style=row.style, center=row.center, indent=row.indent))
        out.extend(Line("", text, row.style) for text in right)
    return out


# --- the thermal printer's text ------------------------------------------------------

# Characters a GB18030 printer has no glyph for are printed as '?', never dropped; the
# yen sign is in GB18030 only as a four-byte code: the full-width ￥ prints.
_PRINTER_CHARS = {"¥": "￥"}


def printer_text(text: str) -> str:
    """``text`` as a GB18030 thermal printer can print it: what its built-in fonts hold
    (GBK's one- and two-byte codes); anything else (an emoji) as '?'."""
    out = []
    for ch in clean(text):
        ch = _PRINTER_CHARS.get(ch, ch)
        try:
            encoded = ch.encode("gb18030")
        except UnicodeEncodeError:
            encoded = b"????"
        out.append(ch if len(encoded) <= 2 else "?")
    return "".join(out)


def columns_of(text: str) -> int:
    """How many columns ``text`` takes on the printer: a byte of GB18030 is a column (a
    Chinese character two), a character it cannot print one (its '?')."""
    return sum(_columns(ch) for ch in text)


def _columns(ch: str) -> int:
    try:
        size = len(_PRINTER_CHARS.get(ch, ch).encode("gb18030"))
    except UnicodeEncodeError:
        return 1
    return size if size <= 2 else 1


def printer_lines(
    sale: Mapping[str, Any], width_mm: int = 58, *, shop: Shop | None = None, translate: Translate = qt_translate
) -> list[Line]:
    """The receipt wrapped to the printer's columns, text made printable."""
    columns = COLUMNS[check_width(width_mm)]
    rows = [
        Row(printer_text(r.left), printer_text(r.right), r.style, r.center, r.rule, r.indent)
        for r in receipt_rows(sale, shop, translate)
    ]
    return layout(rows, columns, lambda text, _style: columns_of(text), GAP_COLUMNS, len(INDENT))


def text_line(line: Line, columns: int) -> str:
    """One printed line as the printer gets it: padded with spaces to place the amount
    at the right edge and centred text in the middle; a rule is a row of dashes."""
    if line.rule:
        return "-" * columns
    left = INDENT + line.left if line.indent and line.left else line.left
    used = columns_of(left) + columns_of(line.right)
    if line.center and not line.right:
        pad = max(0, columns - used) // 2
        return " " * pad + left
    if line.right:
        return left + " " * max(0, columns - used) + line.right
    return left


def receipt_lines(
    sale: Mapping[str, Any], width_mm: int = 58, *, shop: Shop | None = None, translate: Translate = qt_translate
) -> list[str]:
    """The receipt as the thermal printer prints it: lines of at most 32 (58 mm) or
    48 (80 mm) columns, a Chinese character taking two."""
    columns = COLUMNS[check_width(width_mm)]
    return [text_line(line, columns) for line in printer_lines(sale, width_mm, shop=shop, translate=translate)]


# --- drawing: PDF and the system printer ------------------------------------------------


@dataclass
class ReceiptReport:
    """What was drawn: the pages and their size."""

    pages: int
    width_mm: int
    heights_mm: list[float]

    def as_dict(self) -> dict[str, Any]:
        return {"pages": self.pages, "width_mm": self.width_mm, "height_mm": [round(h, 1) for h in self.heights_mm]}


def _line_height(style: str) -> float:
    return STYLES[style][0] * lay.PT_MM * lay.LINE_SPACING


RULE_MM = 3.0  # the height a rule takes


def _height(line: Line) -> float:
    return RULE_MM if line.rule else _line_height(line.style)


class _Metrics:
    """Text widths in mm at the receipt's styles, measured for a device's resolution."""

    def __init__(self, dpi: float) -> None:
        self.family = render.font_family()
        self.k = dpi / 25.4
        image = QImage(1, 1, QImage.Format.Format_Mono)  # a device with the target's resolution
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        self._metrics = {style: QFontMetricsF(self.font(style), image) for style in STYLES}
        self._cache: dict[tuple[str, str], float] = {}

    def font(self, style: str) -> QFont:
        size, bold = STYLES[style]
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        render.plain_digits(font)
        return font

    def __call__(self, text: str, style: str) -> float:
        key = (text, style)
        width = self._cache.get(key)
        if width is None:
            width = self._cache[key] = self._metrics[style].horizontalAdvance(text) / self.k
        return width


def pdf_lines(
    sale: Mapping[str, Any],
    width_mm: int = 58,
    *,
    shop: Shop | None = None,
    translate: Translate = qt_translate,
    dpi: float = render.PDF_DPI,
) -> list[Line]:
    """The receipt wrapped to the printable width of the roll in the bundled font."""
    width = check_width(width_mm)
    render.ensure_gui()
    measure = _Metrics(dpi)
    return layout(receipt_rows(sale, shop, translate), PRINTABLE_MM[width], measure, GAP_MM, INDENT_MM)


def pages_of(lines: Sequence[Line], max_mm: float = MAX_PAGE_MM) -> list[list[Line]]:
    """The lines in pages of at most ``max_mm`` each (a line is never split)."""
    pages: list[list[Line]] = [[]]
    used = TOP_MM + BOTTOM_MM
    for line in lines:
        h = _height(line)
        if pages[-1] and used + h > max_mm:
            pages.append([])
            used = TOP_MM + BOTTOM_MM
        pages[-1].append(line)
        used += h
    return pages


def _page_height(page: Sequence[Line]) -> float:
    return TOP_MM + sum(_height(line) for line in page) + BOTTOM_MM


def _page_layout(width_mm: int, height_mm: float, title: str) -> QPageLayout:
    size = QPageSize(
        QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, title, QPageSize.SizeMatchPolicy.ExactMatch
    )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def _draw(
    target: render.Target, sale: Mapping[str, Any], width_mm: int, shop: Shop | None, translate: Translate
) -> ReceiptReport:
    width = check_width(width_mm)
    title = receipt_title(sale, translate)
    dpi = target.logicalDpiX() if isinstance(target, QPagedPaintDevice) else render.PDF_DPI
    lines = pdf_lines(sale, width, shop=shop, translate=translate, dpi=dpi)
    pages = pages_of(lines)
    heights = [_page_height(page) for page in pages]
    left = (width - PRINTABLE_MM[width]) / 2
    right = left + PRINTABLE_MM[width]
    with render._canvas(target, (width, heights[0]), title) as canvas:
        for number, page in enumerate(pages):
            if number:
                canvas.device.setPageLayout(_page_layout(width, heights[number], title))
                canvas.new_page()
            y = TOP_MM
            for line in page:
                if line.rule:
                    _rule(canvas, left, right, y + RULE_MM / 2)
                    y += RULE_MM
                    continue
                size, bold = STYLES[line.style]
                h = _line_height(line.style)
                lead = (h - size * lay.PT_MM) / 2
                if line.left:
                    x = left + (INDENT_MM if line.indent else 0.0)
                    if line.center:
                        x = left + (PRINTABLE_MM[width] - canvas.measure(line.left, size, bold)) / 2
                    canvas.text(x, y + lead, line.left, size, bold)
                if line.right:
                    canvas.text(right - canvas.measure(line.right, size, bold), y + lead, line.right, size, bold)
                y += h
        pages_drawn = canvas.pages
    return ReceiptReport(pages_drawn, width, heights)


def _rule(canvas: render.Canvas, left: float, right: float, y: float) -> None:
    pen = QPen(QColor("#000000"))
    pen.setWidthF(0.2 * canvas.k)
    pen.setStyle(Qt.PenStyle.DashLine)
    canvas.painter.save()
    canvas.painter.setPen(pen)
    canvas.painter.drawLine(QPointF(canvas.x(left), canvas.y(y)), QPointF(canvas.x(right), canvas.y(y)))
    canvas.painter.restore()


def render_receipt_pdf(
    sale: Mapping[str, Any],
    path: str | Path,
    width_mm: int = 58,
    *,
    shop: Shop | None = None,
    translate: Translate = qt_translate,
) -> ReceiptReport:
    """The receipt as a PDF at ``path``: one page as wide as the roll and as long as the
    receipt (more pages only past :data:`MAX_PAGE_MM`). Written whole or not at all."""
    return _draw(Path(path), sale, width_mm, shop, translate)


def print_receipt(
    sale: Mapping[str, Any],
    printer: QPagedPaintDevice,
    width_mm: int = 58,
    *,
    shop: Shop | None = None,
    translate: Translate = qt_translate,
) -> ReceiptReport:
    """The receipt on ``printer`` (a QPrinter: the system printer, or the print
    preview's), on a custom page as wide as the roll and as long as the receipt."""
    return _draw(printer, sale, width_mm, shop, translate)
