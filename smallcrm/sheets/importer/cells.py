"""Reading a row's cells for the import: the mapping applied to a row, a cell as the
text or date the domain's parsers take, and the rows that are not data.

Only what is particular to spreadsheets lives here (a whole number in a text column, a
date column formatted as General showing 31108, a date saved with its time, two phones
in one cell, tags listed with Chinese commas, a total row). Cleaning a value — trimming,
its Unicode form, whether it is a phone, a birthday, a postcode — is the domain's, the
same for the form, the command line and the import (``domain.values``,
``domain.customers.fields``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from smallcrm.domain.customers.fields import CHECKED_TEXT_FIELDS, TEXT_FIELDS
from smallcrm.domain.values import phones
from smallcrm.sheets import headers as hdr
from smallcrm.sheets.reader import Cell, Row

_SUMMARY_ZH = re.compile(r"^(?:合计|总计|小计|共计|总和|汇总|累计)")
_SUMMARY_EN = re.compile(r"^(?:grand\s*total|sub-?\s*total|total|sum)(?:\W|$)", re.IGNORECASE)
_SUMMARY_START = frozenset("合总小共汇累tTsSgG")
_DATE_TIME = re.compile(r"^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?$")
_PHONE_SPLIT = re.compile(r"\s*[/,，;；、|]\s*|\s+或\s*")
_TAG_SPLIT = re.compile(r"[,，;；、|]")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
_TEXT = frozenset(TEXT_FIELDS)
_NO_NOTES: list[str] = []  # shared, never changed: Columns.notes of a file without note columns


def cell_text(value: Cell) -> str:
    """A cell as text: whole numbers without '.0', dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _serial_date(number: float) -> dt.date | None:
    """An Excel date serial (a date column formatted as General shows 31108)."""
    if 1 <= number <= _MAX_SERIAL:
        return _EXCEL_EPOCH + dt.timedelta(days=int(number))
    return None


def date_like(value: Cell) -> Cell:
    """A date cell, serial, compact number or text with a time, as parse_date and
    parse_birthday read it. (The text is made NFKC to find its time: a date typed
    with full-width digits; the parser cleans the date itself.)"""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, int) and 19000101 <= value <= 29991231:
            return str(value)  # 19850302
        return _serial_date(value) or value
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        m = _DATE_TIME.match(text)
        if m:
            return m.group(1)
        if text.isdigit() and len(text) <= 5:
            return _serial_date(int(text)) or text
        return text
    return value


def phone_text(value: Cell) -> str:
    """A phone cell as typed text: a number cell's digits, else its text trimmed, with
    ASCII digits, and without the '.0' a program adds to a number it saved as text
    ('13812345678.0' in a CSV): the domain's phone rules (``phones.clean`` and
    ``phones.without_float_tail``), which normalise() applies too."""
    if value.__class__ is int:  # a phone typed as a number (most files): its digits, nothing to clean
        return str(value)
    return phones.without_float_tail(phones.clean(cell_text(value)))


def split_phones(text: str) -> list[str]:
    """'13812345678/13987654321': the numbers one phone cell holds ('' parts dropped)."""
    return [p for p in _PHONE_SPLIT.split(text) if p]


def split_tags(value: Cell) -> list[str]:
    """A tags cell's tags, as a shop lists them: 'VIP，老客户' or 'VIP; 老客户'."""
    return _TAG_SPLIT.split(cell_text(value))


def is_summary(cells: Row) -> bool:
    """A total row (合计, 总计, 小计, Total, ...): counted as skipped, never stored."""
    first = cells[0] if cells[0] is not None else next((c for c in cells if c is not None), None)
    if first.__class__ is not str or first[0] not in _SUMMARY_START:
        return False
    assert isinstance(first, str)
    text = unicodedata.normalize("NFKC", first).replace(" ", "").replace("\u3000", "")
    return bool(_SUMMARY_ZH.match(text) or _SUMMARY_EN.match(first.strip()))


def with_notes(text: str, notes: list[str]) -> str:
    """A row's own note followed by the lines of its columns kept as notes."""
    return "\n".join([text, *notes] if text else notes)


class Columns:
    """The mapping applied to one row: field -> cell, plus the notes kept from other columns."""

    def __init__(self, headers: list[str], mapping: list[str]) -> None:
        self.headers = headers
        self.mapping = mapping
        self.names = [h or hdr.column_letter(i) for i, h in enumerate(headers)]
        self.by_field = {f: i for i, f in enumerate(mapping) if f not in (hdr.IGNORE, hdr.AS_NOTE)}
        self.note_columns = [i for i, f in enumerate(mapping) if f == hdr.AS_NOTE]
        # (column, field, whether it is free text, whether the text has a rule of its
        # own: check_text): the loop the customer import runs per row.
        self.plan: list[tuple[int, str, bool, bool]] = [
            (i, f, f in _TEXT, f in CHECKED_TEXT_FIELDS) for f, i in self.by_field.items()
        ]
        self._pairs = [(f, i) for f, i in self.by_field.items()]

    def split(self, cells: Row) -> tuple[dict[str, Cell], list[str]]:
        width = len(cells)
        raw = {f: cells[i] for f, i in self._pairs if i < width and cells[i] is not None}
        return raw, self.notes(cells)

    def notes(self, cells: Row) -> list[str]:
        """The cells of the columns kept as notes, a 'header: value' line each."""
        if not self.note_columns:
            return _NO_NOTES  # most files: no list made per row
        width = len(cells)
        return [
            f"{self.names[i]}: {cell_text(cells[i])}" for i in self.note_columns if i < width and cells[i] is not None
        ]

    def column(self, field_name: str) -> str:
        index = self.by_field.get(field_name)
        if index is None and field_name in ("birth_month", "birth_day", "birth_year"):
            index = self.by_field.get("birthday", self.by_field.get("lunar_birthday"))
        if index is None and field_name.endswith("_cents"):
            index = self.by_field.get(field_name[: -len("_cents")])
        return self.names[index] if index is not None else field_name

    def shown(self, cells: Row) -> dict[str, Any]:
        """A row that stores nothing, as the preview shows it: its mapped cells as read,
        by field, the columns kept as notes in ``notes`` as a stored row's notes show them."""
        raw: dict[str, Any] = dict(self.split(cells)[0])
        notes = self.notes(cells)
        if notes:
            raw["notes"] = with_notes(cell_text(raw["notes"]) if raw.get("notes") else "", notes)
        return raw
