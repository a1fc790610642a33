"""Phone numbers: kept as typed, normalised for matching.

The normalised form is E.164 (``+8613812345678``) whenever the number parses, so that
'138 1234 5678', '+86 138-1234-5678' and '13812345678' are recognised as the same
customer. Parsing is phonenumbers' job; the one shape that dominates a Chinese shop's
data (an 11-digit mobile) takes a fast path because phonenumbers.parse costs about
30 µs a number, which is most of an import's time at 100,000 rows.

This module is the one place that knows how phone text is read and written: the
number cell's '.0' tail, the country code ('+86', '0086') and the trunk '0', the
digits the search index holds for a number and reads from the search box, the shapes
people write a mobile in, and the format lists show. Storage (``customers.fields``),
the search index (``customers.search_text``), the search box (``customers.search``),
the importer and the demo data all ask it, so a number typed or imported any usual
way is found by any of its usual spellings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

COUNTRY_CODE = "+86"  # the shop's country, mainland China, in E.164
TRUNK_PREFIX = "0"  # what a landline's area code starts with when dialled inside China

_CN_MOBILE = re.compile(r"^(?:\+?86|0086)?(1(?:[3-689]\d|7[0-8])\d{8})$", re.ASCII)  # not 179xx: see is_plain_mobile
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?e\+?\d+$", re.IGNORECASE)
_ALLOWED = re.compile(r"^[\d\s+\-().#/]*(?:ext\.?\s*\d+|x\s*\d+|转\d+)?$", re.IGNORECASE)


def clean(raw: str) -> str:
    """Full-width digits and punctuation to ASCII, surrounding space removed."""
    return unicodedata.normalize("NFKC", raw).strip()


def digits(raw: str) -> str:
    return "".join(ch for ch in clean(raw) if ch.isdigit())


def without_float_tail(text: str) -> str:
    """``text`` without the '.0' a spreadsheet adds to a number read as a float
    ('13812345678.0' -> '13812345678', '123.0' -> '123'); other text as it is. For any
    number kept as text that a number cell may have carried: phones, customer numbers."""
    return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text


def is_plain_mobile(text: str) -> bool:
    """Whether ``text`` is exactly an 11-digit mainland mobile in ASCII digits
    ('1[3-9]' and nine more): nine in ten numbers in a shop's file, and the one shape
    whose E.164 form is simply '+86' in front (tests/domain/values/test_phones.py checks this
    against phonenumbers)."""
    return (
        len(text) == 11
        and text.isdigit()
        and text.isascii()
        and text[0] == "1"
        and text[1] in "3456789"
        and not text.startswith("179")  # 179xx: IP-call prefixes, no mobile range (phonenumbers decides)
    )


def normalise(raw: str, region: str = "CN", field: str = "phone") -> str:
    """The matching form of ``raw``: E.164, or '' for an empty value.

    Raises :class:`ValidationError` for text that is not a phone number, including a
    number that a spreadsheet turned into scientific notation (its digits are lost).
    """
    if region == "CN" and is_plain_mobile(raw):
        return COUNTRY_CODE + raw  # what every step below (and phonenumbers) makes of it
    text = without_float_tail(clean(raw))  # a number cell read as a float: 13812345678.0
    if not text:
        return ""
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
        return COUNTRY_CODE + m.group(1)
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
    gives '138') when digits follow it ('0086' alone is kept: the end of a mobile such
    as 130 0000 0086): part of a number is looked for wherever it occurs.
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
    # A country code is taken off only when digits follow it: '0086' alone is as
    # likely the last four of a mobile (…0086) as a code, and is looked for as typed.
    for code, length in ((COUNTRY_CODE, 2), ("0086", 4)):
        if text.startswith(code) and len(digits) > length:
            return digits[length:]
    return digits


def search_digits(norm: str) -> list[str]:
    """The digit strings people type to find this number, which the search index
    holds for it: the national number and, for a Chinese landline, the same with its
    trunk '0' ('028...'); a number of another country with its country code."""
    if not norm:
        return []
    if norm.startswith(COUNTRY_CODE):
        national = norm[len(COUNTRY_CODE) :]
        return [national] if national.startswith("1") else [national, TRUNK_PREFIX + national]
    return [norm.lstrip("+")]


def national(norm: str) -> str:
    """A stored Chinese number's national significant number ('+8613812345678' ->
    '13812345678', '+862885551234' -> '2885551234'); another country's with its code."""
    return search_digits(norm)[0] if norm else ""


# How a stored number becomes its digits as dialled from the shop, replacement by
# replacement in this order: SQL applies the same list (customers.search), so the two agree.
DIALLED_REPLACEMENTS = ((COUNTRY_CODE, TRUNK_PREFIX), ("+", ""))


def dialled(norm: str) -> str:
    """A stored number's digits as dialled from the shop: a Chinese number with its
    trunk '0' instead of the country code ('+862885551234' -> '02885551234', a mobile
    '013812345678'), another country's with its code. What "a phone holds these
    digits" compares with (DIALLED_REPLACEMENTS, applied in order)."""
    text = norm or ""
    for old, new in DIALLED_REPLACEMENTS:
        text = text.replace(old, new)
    return text


def from_national(number: str) -> str:
    """The stored form of a Chinese number our own code wrote in full national form,
    a mobile's 11 digits or a landline's trunk '0', area code and number
    ('028-85551234' as '02885551234' -> '+862885551234'), without parsing or checking
    it: for numbers made up, as the demo shop's are. Anything typed goes through
    :func:`normalise`."""
    return COUNTRY_CODE + number.removeprefix(TRUNK_PREFIX)


def spellings(mobile: str) -> tuple[str, str, str, str, str]:
    """The usual ways people write a mainland mobile ('13812345678'), commonest
    first: its digits, grouped 3-4-4 with dashes or with spaces, and with the country
    code, grouped or not. Each normalises to the same number and finds it in search."""
    grouped = _grouped(mobile)
    return (mobile, grouped.replace(" ", "-"), grouped, f"{COUNTRY_CODE} {grouped}", COUNTRY_CODE + mobile)


def _grouped(mobile: str) -> str:
    """A mainland mobile grouped 3-4-4 with spaces, as phonenumbers' national format."""
    return f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"


def display(norm: str, region: str = "CN") -> str:
    """A normalised number as lists show it, in one format whatever way it was typed:
    the national format for a number of the shop's ``region`` ('138 1234 5678',
    '028 8555 1234'), the international one for others ('+1 415-555-0100'). The
    customer's page keeps the number as typed.

    A Chinese mobile (nine in ten numbers) is formatted here, as phonenumbers formats
    it (tests/domain/values/test_phones.py checks this), because the list formats every
    number it paints and importing phonenumbers takes a tenth of a second.
    """
    if norm.startswith("+861") and len(norm) == 14 and region == "CN":
        return _grouped(norm[3:])
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
