"""A sale's lines, from what was typed to exact cents.

A line is a product of the catalogue or a line of free text, a quantity (an exact
decimal: 1.5 斤), a unit price (the product's, unless changed), and a discount of its
own. A discount on the whole sale is spread over the lines in proportion to what
each costs after its own discount, by the largest remainders, so the lines' amounts
add up to the sale's total to the cent: the analysis, which reads lines, and the
receipt, which shows the total, always agree.

Money is rounded half up to the cent once per line (unit price x quantity); a cost
known per unit is rounded the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from smallcrm.domain.catalogue.products import find_product
from smallcrm.domain.values.money import format_cents, parse_cents
from smallcrm.domain.values.quantities import parse_quantity
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.models import Product

MAX_LINES = 500  # a receipt longer than this is a scanner stuck on Enter


@dataclass(frozen=True)
class LineInput:
    """One line as the counter or the CLI gives it: a product (by id) or free text, a
    quantity, and a unit price in cents (None: the product's price)."""

    product_id: int | None = None
    text: str = ""
    quantity: Decimal = Decimal(1)
    unit_price_cents: int | None = None
    discount_cents: int = 0


@dataclass(frozen=True)
class PricedLine:
    """A line worked out: what is stored for it."""

    product_id: int | None
    item: str
    category: str
    quantity: Decimal
    unit_price_cents: int
    discount_cents: int  # its own and its share of the sale's
    amount_cents: int  # what is paid for it
    cost_cents: int | None


def cents_of(unit_cents: int, quantity: Decimal) -> int:
    """``unit_cents`` x ``quantity``, half up to the cent (1.5 斤 at ¥33.33: ¥50.00)."""
    return int((Decimal(unit_cents) * quantity).to_integral_value(rounding=ROUND_HALF_UP))


def parse_line_spec(spec: str) -> LineInput:
    """'PRODUCT_OR_TEXT[:QTY[:PRICE]]' (the CLI's --line): a product's id ('#12'), barcode
    or exact name, or free text, which then needs its price ('修拉链:1:15'). The
    quantity and price are read from the right, so a name may itself hold a colon; an
    empty quantity or price is its default ('铁观音::60'). A quantity or price that is
    wrong ('铁观音:0', '铁观音:2:abc', '修鞋:-1:15') is said as such, not taken for part
    of a name: when it looks like a number, or what is left of it names a product."""
    text = str(spec or "").replace("：", ":").strip()
    if not text:
        raise ValidationError("line", QT_TRANSLATE_NOOP("UserError", "Name a product."))
    parts = text.split(":")
    for tail in (2, 1, 0):
        if len(parts) <= tail:
            continue
        name = ":".join(parts[: len(parts) - tail]).strip()
        extra = [part.strip() for part in parts[len(parts) - tail :]]
        try:
            quantity = parse_quantity(extra[0], "quantity") if tail >= 1 and extra[0] else Decimal(1)
            price = parse_cents(extra[1], "price") if tail == 2 and extra[1] else None
        except ValidationError:
            if tail == 0 or (name and (any(_NUMBER_LIKE.fullmatch(part) for part in extra) or _names_product(name))):
                raise
            continue
        if not name:
            break
        return _line_for(name, quantity, price)
    raise ValidationError("line", QT_TRANSLATE_NOOP("UserError", "{value} is not a sale line."), value=spec)


# A quantity or price that was meant as one, though it is wrong: digits with signs,
# points, commas, an exponent or a currency sign ('-1', '0', '1.2345', '1e999', '¥-5').
_NUMBER_LIKE = re.compile(r"[-+()¥￥$元.,\deE\s]*\d[-+()¥￥$元.,\deE\s]*")


def _names_product(name: str) -> bool:
    try:
        find_product(name)
    except UserError:
        return False
    return True


def _line_for(name: str, quantity: Decimal, price: int | None) -> LineInput:
    try:
        product = find_product(name)
    except UserError:
        if price is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "There is no product {value}; to sell it as a line of text, give its price."
                ),
                value=name,
            ) from None
        return LineInput(text=name, quantity=quantity, unit_price_cents=price)
    return LineInput(product_id=product.id, quantity=quantity, unit_price_cents=price)


def price_lines(lines: Sequence[LineInput], sale_discount_cents: int = 0) -> list[PricedLine]:
    """The lines' amounts, costs and discounts in cents; refuses an empty sale, a bad
    quantity or price, a discount above what it applies to."""
    if not lines:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("UserError", "A sale needs at least one line."))
    if len(lines) > MAX_LINES:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("UserError", "A sale has at most {max} lines."), max=MAX_LINES)
    products = _products({line.product_id for line in lines if line.product_id is not None})
    drafts = [_draft(line, products, number) for number, line in enumerate(lines, start=1)]
    net = [gross - own for _line, gross, own, _cost in drafts]
    if sale_discount_cents < 0:
        raise ValidationError("discount", QT_TRANSLATE_NOOP("UserError", "A discount cannot be below zero."))
    if sale_discount_cents > sum(net):
        raise ValidationError(
            "discount",
            QT_TRANSLATE_NOOP("UserError", "The discount {discount} is more than the sale's total {total}."),
            discount=format_cents(sale_discount_cents),
            total=format_cents(sum(net)),
        )
    shares = spread(sale_discount_cents, net)
    priced = []
    for (line, _gross, own, cost), after_own, share in zip(drafts, net, shares, strict=True):
        product = products.get(line.product_id) if line.product_id is not None else None
        priced.append(
            PricedLine(
                product_id=line.product_id,
                item=product.name if product is not None else line.text,
                category=product.category if product is not None else "",
                quantity=line.quantity,
                unit_price_cents=_unit_price(line, product),
                discount_cents=own + share,
                amount_cents=after_own - share,
                cost_cents=cost,
            )
        )
    return priced


def _products(ids: set[int]) -> dict[int, Product]:
    # The columns a line needs, not the whole row: peewee builds the SQL of each column.
    columns = (Product.id, Product.name, Product.category, Product.price_cents, Product.cost_cents)
    found = {p.id: p for p in Product.select(*columns).where(Product.id.in_(sorted(ids)))} if ids else {}
    missing = ids - found.keys()
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no product with id {id}."), id=min(missing))
    return found


def _unit_price(line: LineInput, product: Product | None) -> int:
    if line.unit_price_cents is not None:
        return line.unit_price_cents
    return product.price_cents if product is not None else 0


def _draft(line: LineInput, products: dict[int, Product], number: int) -> tuple[LineInput, int, int, int | None]:
    """(line, gross cents, its own discount, cost cents) of line ``number``."""
    product = products.get(line.product_id) if line.product_id is not None else None
    if product is None and not line.text.strip():
        raise ValidationError("line", QT_TRANSLATE_NOOP("UserError", "Line {number} names no product."), number=number)
    quantity = line.quantity
    if not isinstance(quantity, Decimal) or not quantity.is_finite() or quantity <= 0:
        raise ValidationError("quantity", QT_TRANSLATE_NOOP("UserError", "The quantity must be more than 0."))
    parse_quantity(quantity, "quantity")  # the same bounds and places as everywhere
    if product is None and line.unit_price_cents is None:
        raise ValidationError(
            "price",
            QT_TRANSLATE_NOOP("UserError", "Line {number} ({item}) needs a price."),
            number=number,
            item=line.text.strip(),
        )
    unit = _unit_price(line, product)
    if unit < 0:
        raise ValidationError("price", QT_TRANSLATE_NOOP("UserError", "A price cannot be below zero."))
    gross = cents_of(unit, quantity)
    if line.discount_cents < 0 or line.discount_cents > gross:
        raise ValidationError(
            "discount",
            QT_TRANSLATE_NOOP("UserError", "The discount on line {number} is more than the line's {total}."),
            number=number,
            total=format_cents(gross),
        )
    cost = None if product is None or product.cost_cents is None else cents_of(product.cost_cents, quantity)
    return line, gross, line.discount_cents, cost


def spread(total: int, weights: Sequence[int]) -> list[int]:
    """``total`` cents shared in proportion to ``weights``, largest remainders first, so
    the shares add up to ``total`` exactly (ties to the earlier line)."""
    whole = sum(weights)
    if total == 0 or whole == 0:
        return [0] * len(weights)
    shares = [total * w // whole for w in weights]
    left = total - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in order[:left]:
        shares[i] += 1
    return shares
