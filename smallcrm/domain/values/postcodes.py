"""Postcodes: six digits in China (the envelope has six boxes); as written elsewhere."""

from __future__ import annotations

import re
import unicodedata

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.printing.layout import country_code

_SIX_DIGITS = re.compile(r"\d{6}", re.ASCII)


def parse_postcode(value: object, country: str = "CN", field: str = "postcode") -> str:
    """'610 041' -> '610041' for a customer in China; other countries' codes as written
    ('SW1A 1AA'); '' for none. A Chinese postcode that is not six digits is refused
    here rather than being dropped later by the mailing ("postcode is not 6 digits")."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    if not text or country_code(country) != "CN":
        return text
    digits = re.sub(r"[\s-]", "", text)
    if not _SIX_DIGITS.fullmatch(digits):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("UserError", "{value} is not a postcode; a postcode in China has six digits."),
            value=text,
        )
    return digits
