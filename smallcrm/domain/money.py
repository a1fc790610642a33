"""Money is integer cents (fen). Text is parsed with Decimal, never float."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

_STRIP = re.compile(r"[\s,¥￥$元]|rmb|cny", re.IGNORECASE)


def parse_cents(value: object, field: str = "amount") -> int:
    """'¥1,234.50', '1234.5', 1234 or Decimal('12.3') -> cents. Refuses sub-cent values."""
    if isinstance(value, bool):
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not an amount of money."), value=value)
    if isinstance(value, int):
        return value * 100
    # A float is a spreadsheet number cell: its shortest repr is what the user typed.
    text = repr(value) if isinstance(value, float) else unicodedata.normalize("NFKC", str(value)).strip()
    negative = text.startswith("(") and text.endswith(")")  # accounting style (12.00)
    text = _STRIP.sub("", text.strip("()"))
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("UserError", "{value} is not an amount of money."), value=value
        ) from None
    if not amount.is_finite():
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not an amount of money."), value=value)
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("UserError", "{value} has more than two decimal places."), value=value
        )
    result = int(cents)
    return -result if negative else result


def format_cents(cents: int, symbol: str = "") -> str:
    """12345 -> '123.45' (with thousands separators), sign first."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{symbol}{whole:,}.{frac:02d}"
