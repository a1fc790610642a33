"""Income bands (收入): four bands of monthly income to choose from, anything else kept
as typed and counted as "other".

Free text made every spelling its own band in the analysis ('5000-10000', '5千-1万',
'5k-1w'). Now the form offers the bands; a recognised spelling of a band is stored as
the band, and any other text is kept as typed (nothing a user wrote is dropped) and
analysed as the one band "other". The bands are the ones shops use for a monthly
income in yuan; a number without a range ('8000', '年收入10万') is not guessed at.
"""

from __future__ import annotations

import re
import unicodedata

from smallcrm.errors import QT_TRANSLATE_NOOP

BANDS = ("<5千", "5千-1万", "1-2万", "2万以上")  # in order of money
OTHER = "other"  # the segment key of every income that is not one of the bands
OTHER_LABEL = QT_TRANSLATE_NOOP("Segments", "Other income")
# What each band is, for the form's list and tooltips (the bands themselves are data).
BAND_HINTS = {
    "<5千": QT_TRANSLATE_NOOP("Income", "under 5,000 a month"),
    "5千-1万": QT_TRANSLATE_NOOP("Income", "5,000 to 10,000 a month"),
    "1-2万": QT_TRANSLATE_NOOP("Income", "10,000 to 20,000 a month"),
    "2万以上": QT_TRANSLATE_NOOP("Income", "20,000 a month or more"),
}

_BY_BOUNDS: dict[tuple[int | None, int | None], str] = {
    (None, 5000): "<5千",
    (5000, 10000): "5千-1万",
    (10000, 20000): "1-2万",
    (20000, None): "2万以上",
}
_UNITS = {"": 1, "元": 1, "千": 1000, "k": 1000, "万": 10000, "w": 10000}
_NUMBER = r"(\d+(?:\.\d+)?)(千|k|万|w|元)?"
_RANGE = re.compile(rf"{_NUMBER}(?:-|~|—|–|至|到)+{_NUMBER}")
_BELOW = re.compile(rf"(?:<|≤|<=|少于|低于|小于|不到|不足|under|below|lessthan){_NUMBER}|{_NUMBER}(?:以下|以内|及以下)")
_ABOVE = re.compile(rf"(?:>|≥|>=|高于|超过|大于|over|above|morethan){_NUMBER}|{_NUMBER}(?:以上|及以上|\+|ormore)")
_NOISE = re.compile(r"\s|元/月|/月|每月|月薪|月收入|月入|人民币|rmb|cny|¥|,")
_CHINESE = {"五千": "5千", "一万": "1万", "两万": "2万", "二万": "2万", "五": "5", "一": "1", "两": "2", "二": "2"}


def _amount(number: str, unit: str | None, default_unit: str | None = None) -> int:
    return round(float(number) * _UNITS[unit or default_unit or ""])


def band_for(text: str) -> str | None:
    """The band a spelling names ('5000-10000', '5k-1w', '1万-2万', '五千以下',
    '2万+'), or None."""
    key = _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())
    for word, digits in _CHINESE.items():
        key = key.replace(word, digits)
    if key in BANDS:
        return key
    bounds: tuple[int | None, int | None]
    if m := _RANGE.fullmatch(key):
        low, low_unit, high, high_unit = m.groups()
        # '1-2万': the unit written once is both ends' ('5000-1万' has its own).
        shared = high_unit if not low_unit and float(low) < 100 else None
        bounds = (_amount(low, low_unit, shared), _amount(high, high_unit))
    elif m := _BELOW.fullmatch(key):
        number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        bounds = (None, _amount(number, unit))
    elif m := _ABOVE.fullmatch(key):
        number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        bounds = (_amount(number, unit), None)
    else:
        return None
    return _BY_BOUNDS.get(bounds)


def parse_income(text: str) -> str:
    """What is stored for an income typed or imported as ``text`` (already trimmed
    free text): its band when it names one, else the text itself."""
    return band_for(text) or text if text else ""


def segment_key(stored: str) -> str:
    """The analysis band of a stored income: one of BANDS, OTHER, or '' (not recorded).
    Exactly the stored text, as SQL compares it (segments.segment_condition)."""
    text = stored.strip()
    return text if text in BANDS or not text else OTHER
