"""Quantities are exact decimals (goods sold by weight: 1.5 kg, 0.25 斤), never float.

Kept to the thousandth: grams in a kilogram, millilitres in a litre. The database
stores them as whole thousandths (``store.models.MilliField``; the migration
``purchase_quantity_milli`` says why), so a sum or a comparison in SQL stays exact.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

PLACES = 3
MAX_QUANTITY = 10**9  # far above any real order; keeps sums of thousandths inside SQLite's integers
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d*)?$")  # 1,250.5 as Excel shows it
_ONE_THOUSANDTH = Decimal(1).scaleb(-PLACES)


def parse_quantity(value: object, field: str = "quantity") -> Decimal:
    """2, 2.0, '1.5', '１.５', '1,250.5' or Decimal('0.25') -> an exact Decimal.

    A float is a spreadsheet's number cell: its shortest repr is what the user typed
    (1.5 -> '1.5'), as for money. Refused: anything but a number, zero or less, more
    than three decimal places (never rounded away), and absurdly large quantities.
    """
    if isinstance(value, bool) or value is None:
        raise _not_a_quantity(value, field)
    if isinstance(value, str) and not value.strip():
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "Give a quantity (a number such as 2 or 1.5)."))
    if isinstance(value, int):
        quantity = Decimal(value)
    else:
        text = repr(value) if isinstance(value, float) else unicodedata.normalize("NFKC", str(value)).strip()
        if _GROUPED.match(text):
            text = text.replace(",", "")
        if not re.fullmatch(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", text):
            raise _not_a_quantity(value, field)
        try:
            quantity = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only what Decimal reads
            raise _not_a_quantity(value, field) from None
    if quantity <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "The quantity must be more than 0."))
    if quantity > MAX_QUANTITY:  # checked before arithmetic: 1e999999999 would overflow Decimal
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is too large a quantity."), value=value)
    if quantity != quantity.quantize(_ONE_THOUSANDTH):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("UserError", "{value} has more than three decimal places; a quantity is kept to 0.001."),
            value=value,
        )
    return quantity


def format_quantity(quantity: Decimal | int) -> str:
    """Decimal('1.500') -> '1.5', Decimal('2') -> '2', 12000 -> '12,000'."""
    exact = Decimal(quantity)
    whole = exact.to_integral_value()
    if exact == whole:
        return f"{int(whole):,}"
    return f"{exact.normalize():,f}"


def _not_a_quantity(value: object, field: str) -> ValidationError:
    return ValidationError(
        field, QT_TRANSLATE_NOOP("UserError", "{value} is not a quantity (a number such as 2 or 1.5)."), value=value
    )
