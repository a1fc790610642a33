"""Money is integer cents (fen). Text is parsed with Decimal, never float."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

_STRIP = re.compile(r"[\s,¥￥$元]|rmb|cny", re.IGNORECASE)
# Far above any shop's takings, far below SQLite's 64-bit integers (sums stay safe).
MAX_CENTS = 10**15 - 1


def parse_cents(value: object, field: str = "amount") -> int:
    """'¥1,234.50', '1234.5', 1234 or Decimal('12.3') -> cents. Refuses sub-cent values."""
    if isinstance(value, bool):
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not an amount of money."), value=value)
    if isinstance(value, int):
        return _bounded(value * 100, value, field)
    # A float is a spreadsheet number cell: its shortest repr is what the user typed.
    text = repr(value) if isinstance(value, float) else unicodedata.normalize("NFKC", str(value)).strip()
    negative = text.startswith("(") and text.endswith(")")  # accounting style (12.00)
    text = _STRIP.sub("", text.strip("()"))
    if negative and text.startswith(("-", "+")):  # '(-12)': which sign was meant is unclear
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not an amount of money."), value=value)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("UserError", "{value} is not an amount of money."), value=value
        ) from None
    if not amount.is_finite():
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not an amount of money."), value=value)
    if amount.copy_abs() > MAX_CENTS:  # checked before arithmetic: 1e999999999 would overflow Decimal
        raise _too_large(value, field)
    if amount != amount.quantize(Decimal("0.01")):  # not amount * 100: 1e-999999999 would underflow to 0
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("UserError", "{value} has more than two decimal places."), value=value
        )
    result = int(amount * 100)
    return _bounded(-result if negative else result, value, field)


def _too_large(value: object, field: str) -> ValidationError:
    return ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is too large an amount."), value=value)


def _bounded(cents: int, value: object, field: str) -> int:
    if abs(cents) > MAX_CENTS:
        raise _too_large(value, field)
    return cents


def format_cents(cents: int, symbol: str = "") -> str:
    """12345 -> '123.45' (with thousands separators), sign first."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{symbol}{whole:,}.{frac:02d}"


# The currencies a shop can choose (settings: "currency"), with the symbol shown before
# amounts. Amounts are always kept and shown in hundredths, whatever the currency.
CURRENCY_SYMBOLS: dict[str, str] = {
    "CNY": "¥",
    "HKD": "HK$",
    "MOP": "MOP$",
    "TWD": "NT$",
    "SGD": "S$",
    "MYR": "RM",
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "AUD": "A$",
    "CAD": "C$",
}
DEFAULT_CURRENCY = "CNY"


def currency_symbol(code: str) -> str:
    """The symbol for an ISO 4217 code; an unknown code is shown as itself ('THB 12.00')."""
    code = (code or DEFAULT_CURRENCY).upper()
    return CURRENCY_SYMBOLS.get(code, code + " ")


def format_money(cents: int, currency: str = DEFAULT_CURRENCY, *, group: str = ",", decimal: str = ".") -> str:
    """12345, 'CNY' -> '¥123.45'; -5 -> '-¥0.05'. Exact (integers, never float); the
    separators are the locale's (the UI passes QLocale's)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{currency_symbol(currency)}{whole:,}".replace(",", group) + f"{decimal}{frac:02d}"
