"""Phone numbers: kept as typed, normalised for matching.

The normalised form is E.164 (``+8613812345678``) whenever the number parses, so that
'138 1234 5678', '+86 138-1234-5678' and '13812345678' are recognised as the same
customer. Parsing is phonenumbers' job; the one shape that dominates a Chinese shop's
data (an 11-digit mobile) takes a fast path because phonenumbers.parse costs about
30 µs a number, which is most of an import's time at 100,000 rows.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

_CN_MOBILE = re.compile(r"^(?:\+?86|0086)?(1[3-9]\d{9})$", re.ASCII)
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?e\+?\d+$", re.IGNORECASE)
_ALLOWED = re.compile(r"^[\d\s+\-().#/]*(?:ext\.?\s*\d+|x\s*\d+|转\d+)?$", re.IGNORECASE)


def clean(raw: str) -> str:
    """Full-width digits and punctuation to ASCII, surrounding space removed."""
    return unicodedata.normalize("NFKC", raw).strip()


def digits(raw: str) -> str:
    return "".join(ch for ch in clean(raw) if ch.isdigit())


def is_plain_mobile(text: str) -> bool:
    """Whether ``text`` is exactly an 11-digit mainland mobile in ASCII digits
    ('1[3-9]' and nine more): nine in ten numbers in a shop's file, and the one shape
    whose E.164 form is simply '+86' in front (tests/domain/test_phones.py checks this
    against phonenumbers)."""
    return len(text) == 11 and text.isdigit() and text.isascii() and text[0] == "1" and text[1] in "3456789"


def normalise(raw: str, region: str = "CN", field: str = "phone") -> str:
    """The matching form of ``raw``: E.164, or '' for an empty value.

    Raises :class:`ValidationError` for text that is not a phone number, including a
    number that a spreadsheet turned into scientific notation (its digits are lost).
    """
    if region == "CN" and is_plain_mobile(raw):
        return "+86" + raw  # what every step below (and phonenumbers) makes of it
    text = clean(raw)
    if not text:
        return ""
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]  # a number cell read as a float: 13812345678.0
    if _SCIENTIFIC.match(text):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "UserError",
                "The phone number {value} is in scientific notation, so its last digits are lost; "
                "type it again or format the column as text.",
            ),
            value=raw,
        )
    compact = re.sub(r"[\s\-().]", "", text)
    m = _CN_MOBILE.match(compact)
    if m and (region == "CN" or compact.startswith(("+86", "0086"))):
        return "+86" + m.group(1)
    if not _ALLOWED.match(text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not a phone number."), value=raw)
    return _parse(text, region, field, raw)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, region: str) -> str | None:
    import phonenumbers  # 27 ms at every start (measured): only numbers that are not plain mobiles need it

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    # Valid, not merely possible: '12345' or a landline without its area code is a
    # possible *local* number, and was stored as '+8612345', matching nobody.
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse(text: str, region: str, field: str, raw: str) -> str:
    result = _parse_cached(text, region)
    if result is None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("UserError", "{value} is not a complete phone number for region {region}."),
            value=raw,
            region=region,
        )
    return result


WHOLE_NUMBER_DIGITS = 7  # the shortest whole number: a local number without its area code


def query_digits(typed: str, region: str = "CN") -> str:
    """The digits to look for when ``typed`` (text that looks like a phone number) is
    put in the search box: the number as the search index holds it whenever
    :func:`normalise` reads ``typed`` as a whole number, exactly as a stored number is
    read ('86 138 1234 5678' and '+86 138-1234-5678' both give '13812345678'), and
    otherwise its digits, less a country code written as '+86' or '0086' ('+86 138'
    gives '138'): part of a number is looked for wherever it occurs.
    """
    text = clean(typed)
    digits = "".join(ch for ch in text if ch.isdigit())
    norm = ""
    # Fewer than seven digits are never a whole number (the last four of a mobile are
    # the commonest search), and phonenumbers need not be loaded for them.
    if len(digits) >= WHOLE_NUMBER_DIGITS:
        try:
            norm = normalise(text, region)
        except ValidationError:
            norm = ""
    if norm:
        found = search_digits(norm)[0]
        if found in digits:  # a whole number read as typed, not a short one made possible by a code
            return found
    if text.startswith("+86"):
        return digits[2:]
    if text.startswith("0086"):
        return digits[4:]
    return digits


def search_digits(norm: str) -> list[str]:
    """The digit strings people type to find this number: the national number and,
    for a Chinese landline, the same with its trunk '0' ('028...')."""
    if not norm:
        return []
    if norm.startswith("+86"):
        national = norm[3:]
        return [national] if national.startswith("1") else [national, "0" + national]
    return [norm.lstrip("+")]


def display(norm: str, region: str = "CN") -> str:
    """A normalised number as lists show it, in one format whatever way it was typed:
    the national format for a number of the shop's ``region`` ('138 1234 5678',
    '028 8555 1234'), the international one for others ('+1 415-555-0100'). The
    customer's page keeps the number as typed.

    A Chinese mobile (nine in ten numbers) is formatted here, as phonenumbers formats
    it (tests/domain/test_phones.py checks this), because the list formats every
    number it paints and importing phonenumbers takes a tenth of a second.
    """
    if norm.startswith("+86") and len(norm) == 14 and norm[3] == "1" and region == "CN":
        n = norm[3:]
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    return _display(norm, region) if norm else ""


def display_typed(typed: str, region: str = "CN") -> str:
    """A number as typed, shown as :func:`display` shows it (for lists that hold only
    the typed text); text that is not a number is shown as it is."""
    try:
        norm = normalise(typed, region)
    except ValidationError:
        return typed
    return display(norm, region) if norm else typed


@lru_cache(maxsize=4096)
def _display(norm: str, region: str) -> str:
    import phonenumbers  # 27 ms at every start (measured), see _parse_cached

    try:
        number = phonenumbers.parse(norm, region)
    except phonenumbers.NumberParseException:
        return norm
    national = phonenumbers.region_code_for_number(number) == region
    style = phonenumbers.PhoneNumberFormat.NATIONAL if national else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def kept_text(raw: str) -> str:
    """A phone as it is kept: as typed, trimmed, full-width digits made ASCII, and without
    the '.0' a spreadsheet program adds to a number it saved from a float cell
    ('13812345678.0' in a CSV): that is no part of what anyone typed, and :func:`normalise`
    reads such a number the same way."""
    text = clean(raw)
    if text.endswith(".0") and text[:-2].isdigit():
        return text[:-2]
    return text
