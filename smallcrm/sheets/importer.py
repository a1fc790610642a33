"""Importing customers and purchases from a shop's spreadsheet: forgiving in what it
reads, strict in what it stores, honest in what it reports.

The wizard (and the CLI) drive it in steps:

1. :func:`inspect` reads the first rows, finds the header row below any title rows,
   guesses the kind of file and proposes a mapping (the remembered one when the
   owner adjusted the mapping for these headers before).
2. The owner adjusts the mapping (:func:`~smallcrm.sheets.headers.remember_mapping`
   keeps it for next time) and chooses a duplicate policy.
3. :func:`run_import` with ``dry_run=True`` is the preview: the whole import runs in
   its transaction and is rolled back, so its counts, rejected rows and first stored
   rows are exactly what the real import will do.
4. :func:`run_import` commits; :func:`save_rejects_report` writes the rejected rows
   (original cells plus the reason) for the owner to fix and re-import;
   :func:`undo_import` undoes a whole import.

Outcome rules (also stated in ``smallcrm import --help`` and the wizard):

- A customer row duplicates a customer when it has the same customer number, or the
  same normalised phone in either phone slot, as a live customer in the database or an
  earlier row of the file. Policy ``skip`` (the default) counts it as skipped;
  ``fill`` fills the customer's empty fields from it and ``overwrite`` replaces fields
  with its non-empty cells (both count it as updated, or skipped when nothing
  changes; an empty cell never erases anything); ``keep`` adds it as another customer
  (a customer number can still belong to one customer only).
- Blank rows count as nothing; summary rows (合计, 总计, 小计, Total, ...) count as
  skipped; neither is ever added.
- A row with neither name nor phone, or with an impossible value in a typed column
  (a birthday of 1985年2月30日, an amount of 'abc', a phone in scientific notation), is
  rejected whole with its row number, column and reason: nothing of it is stored.
- Purchases are linked to customers by customer number, else by phone. A row whose
  customer is unknown is rejected, unless ``create_missing`` adds the customer from
  the row's name, phone and number. Identical lines are separate purchases.
- A file whose content was imported before (same SHA-256, not undone) is refused
  unless ``force``.
- One address column (地址, 详细地址) and no province, city or district column: each
  row's address is split (domain.values.addresses) into province, city, district, street and
  a postcode found in it, which fills an empty postcode (a different postcode already in
  the row stays in the street). Text that is not recognised stays whole in the street.
  ``fill`` and ``overwrite`` move such an address as a whole: never a new city with an
  old street. ``ImportResult.addresses_split`` counts the rows split.
- Consent to be mailed (``consent``): 'yes' or 'no' for every customer the import adds
  (and every one ``overwrite`` updates; ``fill`` never changes a customer's consent), or
  'column' (the mapped column; an empty cell means no); by default the column when one
  is mapped, else no.
- Everything happens in one transaction: cancelling, a crash or any error leaves the
  database exactly as it was. Each import is an ImportBatch; undo removes the
  customers and purchases it added and restores the fields it changed.

Speed: rows are read, cleaned and stored in one streaming pass, chunk by chunk,
through ``customers.insert_customers`` (which computes search tokens and indexes
them); memory holds the database's numbers and phones for matching, not the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from peewee import fn

from smallcrm import jobs, settings
from smallcrm.domain.customers.bulk import insert_customers, insert_rows
from smallcrm.domain.customers.fields import (
    CHECKED_TEXT_FIELDS,
    TEXT_FIELDS,
    birthday_columns,
    check_text,
    clean_fields,
    clean_text,
    require_identity,
    text_form,
    text_limit,
)
from smallcrm.domain.customers.lookup import next_customer_no
from smallcrm.domain.customers.search_text import store_search_text
from smallcrm.domain.records.purchases import clean_purchase
from smallcrm.domain.values import phones
from smallcrm.domain.values.addresses import split_address
from smallcrm.domain.values.birthdays import parse_birthday
from smallcrm.domain.values.genders import parse_gender
from smallcrm.domain.values.yes_no import parse_bool
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.printing.layout import country_code
from smallcrm.sheets import headers as hdr
from smallcrm.sheets.reader import Cell, Row, SheetSource, open_sheet, read_sample
from smallcrm.store.db import db
from smallcrm.store.models import (
    Customer,
    CustomerTag,
    ImportBatch,
    Interaction,
    Purchase,
    Reminder,
    Staff,
    Tag,
    now,
)
from smallcrm.store.sqlite import activity, bulk, fts
from smallcrm.store.sqlite.columns import ids_select

DUPLICATE_POLICIES = ("skip", "fill", "overwrite", "keep")
CONSENT_CHOICES = ("yes", "no", "column")  # ImportOptions.consent; None: the column if mapped, else no
PREVIEW_ROWS = 20
DUPLICATES_SHOWN = 1000  # the preview lists this many duplicates; the counts cover all
CHUNK = 2000  # rows per insert_customers call
SAMPLE_ROWS = 60
UNDO_VERSION = 1

_SUMMARY_ZH = re.compile(r"^(?:合计|总计|小计|共计|总和|汇总|累计)")
_SUMMARY_EN = re.compile(r"^(?:grand\s*total|sub-?\s*total|total|sum)(?:\W|$)", re.IGNORECASE)
_DATE_TIME = re.compile(r"^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?$")
_PHONE_SPLIT = re.compile(r"\s*[/,，;；、|]\s*|\s+或\s*")
_TAG_SPLIT = re.compile(r"[,，;；、|]")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
_TEXT = frozenset(TEXT_FIELDS)
# Column groups that fill and overwrite move as a whole.
_GROUPS: dict[str, tuple[str, ...]] = {
    "birthday": ("birth_calendar", "birth_year", "birth_month", "birth_day", "birth_leap"),
    "phone": ("phone", "phone_norm"),
    "phone2": ("phone2", "phone2_norm"),
}
_NOT_FILLED = frozenset({"customer_no", "mail_consent", "churn_status", "churn_reason", "churned_on", "churn_note"})
# The columns of an address split from one cell: filled and overwritten together.
_ADDRESS = ("province", "city", "district", "street")
_ADMIN_COLUMNS = frozenset({"province", "city", "district"})
_GROUPS_WITH_ADDRESS = {**_GROUPS, "address": _ADDRESS}


# ---------------------------------------------------------------------------------
# Results


@dataclass
class Reject:
    """A rejected row: its number as the owner sees it, the column, the reason."""

    row: int
    reason: str
    column: str = ""
    error: UserError | None = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "reason": self.reason}

    def render(self, translate: Any = None) -> str:
        """One sentence naming file, row and column, translated when the caller passes
        ``translate(context, text)``."""
        return self.error.render(translate) if self.error is not None else self.reason

    def reason_text(self, translate: Any = None) -> str:
        """The bare reason (the report has its own Row and Column columns), translated."""
        if self.error is None:
            return self.reason
        return UserError(self.error.template, **self.error.args_map).render(translate)


@dataclass
class Inspection:
    """What the wizard shows on its first page."""

    path: Path
    file_hash: str
    source: SheetSource
    header_row: int
    headers: list[str]
    kind: str
    mapping: list[str]
    remembered: bool  # the mapping is one the owner adjusted before
    sample: list[tuple[int, Row]]  # the first data rows after the header
    already_imported: int | None  # the batch that imported this very file, if any

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass
class ImportOptions:
    kind: str = "customers"
    mapping: list[str] | None = None  # per column: a field, hdr.IGNORE or hdr.AS_NOTE; default proposed
    header_row: int | None = None  # default: detected
    sheet: str | None = None  # default: the first sheet with data
    on_duplicate: str = "skip"
    create_missing: bool = False  # purchases: add unknown customers
    force: bool = False  # import a file whose content was imported before
    reader: str | None = None  # 'calamine' | 'openpyxl' for an .xlsx: tests and benchmarks
    consent: str | None = None  # 'yes' | 'no' | 'column' (CONSENT_CHOICES); None: column if mapped, else no


@dataclass
class ImportResult:
    kind: str
    file_name: str
    file_hash: str
    dry_run: bool
    sheet: str = ""
    header_row: int = 0
    headers: list[str] = field(default_factory=list)
    mapping: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    blank: int = 0
    summary_rows: int = 0
    customers_added: int = 0  # purchases: customers created with create_missing
    addresses_split: int = 0  # customers: one-cell addresses split into province, city, ...
    batch: int | None = None
    rejects: list[Reject] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # the first DUPLICATES_SHOWN
    duplicate_count: int = 0  # every duplicate row, listed or not
    preview: list[dict[str, Any]] = field(default_factory=list)
    path: Path | None = None
    # Customers this import added have ids from this one on (read in the import's own
    # transaction): a customer_id below it was there before, one at or above it was
    # added by an earlier row of the file (and, in a dry run, is gone again).
    new_ids_from: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": self.file_name,
            "dry_run": self.dry_run,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "blank": self.blank,
            "summary_rows": self.summary_rows,
            "customers_added": self.customers_added,
            "addresses_split": self.addresses_split,
            "batch": self.batch,
            "rejects": [r.as_dict() for r in self.rejects],
            "duplicates": self.duplicates,
            "duplicate_count": self.duplicate_count,
            "mapping": self.mapping_by_header(),
            "preview": self.preview,
        }

    def mapping_by_header(self) -> dict[str, str]:
        """Header -> field; a header that is empty or repeated is named by its column letter too."""
        out: dict[str, str] = {}
        for i, (header, field_name) in enumerate(zip(self.headers, self.mapping, strict=False)):
            key = header or hdr.column_letter(i)
            if key in out:
                key = f"{key} ({hdr.column_letter(i)})"
            out[key] = field_name
        return out


class _DryRun(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised at the end of a preview so that its transaction rolls back."""


# ---------------------------------------------------------------------------------
# Inspect


def file_hash(path: str | Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def inspect(path: str | Path, *, kind: str | None = None, sheet: str | None = None) -> Inspection:
    """Headers, a proposed mapping and the first rows, without reading the whole file."""
    path = Path(path)
    source, rows = read_sample(path, sheet, limit=SAMPLE_ROWS)
    if kind is not None:
        hdr.fields_of(kind)
    if not rows:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The spreadsheet has no rows with data."), file=path.name)
    guess = hdr.find_header(rows, kind)
    remembered = hdr.remembered_mapping(guess.kind, guess.headers)
    digest = file_hash(path)
    return Inspection(
        path=path,
        file_hash=digest,
        source=source,
        header_row=guess.row,
        headers=guess.headers,
        kind=guess.kind,
        mapping=remembered or guess.mapping,
        remembered=remembered is not None,
        sample=[(n, cells) for n, cells in rows if n > guess.row][:PREVIEW_ROWS],
        already_imported=_previous_batch(digest, guess.kind),
    )


def _previous_batch(digest: str, kind: str) -> int | None:
    row = (
        ImportBatch.select(ImportBatch.id)
        .where((ImportBatch.file_hash == digest) & (ImportBatch.kind == kind) & ImportBatch.undone_at.is_null())
        .order_by(ImportBatch.id.desc())
        .first()
    )
    return row.id if row else None


# ---------------------------------------------------------------------------------
# Cell values to field values


def _text(value: Cell) -> str:
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


def _date_like(value: Cell) -> Cell:
    """A date cell, serial, compact number or text with a time, as parse_date/parse_birthday read it."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, int) and 19000101 <= value <= 29991231:
            return str(value)  # 19850302
        return _serial_date(value) or value
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", _text(value)).strip()
        m = _DATE_TIME.match(text)
        if m:
            return m.group(1)
        if text.isdigit() and len(text) <= 5:
            return _serial_date(int(text)) or text
        return text
    return value


def _phone_text(value: Cell) -> str:
    if value.__class__ is int:  # a phone typed as a number (most files): its digits, nothing to clean
        return str(value)
    text = unicodedata.normalize("NFKC", _text(value)).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]  # a number cell saved as text: 13812345678.0
    return text


_SUMMARY_START = frozenset("合总小共汇累tTsSgG")


def _is_summary(cells: Row) -> bool:
    first = cells[0] if cells[0] is not None else next((c for c in cells if c is not None), None)
    if first.__class__ is not str or first[0] not in _SUMMARY_START:
        return False
    assert isinstance(first, str)
    text = unicodedata.normalize("NFKC", first).replace(" ", "").replace("\u3000", "")
    return bool(_SUMMARY_ZH.match(text) or _SUMMARY_EN.match(first.strip()))


class _Rejected(Exception):  # noqa: N818 - carries a reject, caught per row
    def __init__(self, error: UserError, column: str) -> None:
        self.error = error
        self.column = column


class _Entry:
    """A customer this import adds, while it waits in the current chunk. Once stored,
    every reference to it becomes its id (an int), so memory holds ids, not rows."""

    __slots__ = ("fields", "id", "keys", "tags")

    def __init__(self, fields: dict[str, Any], tags: list[str]) -> None:
        self.fields: dict[str, Any] | None = fields
        self.tags = tags
        self.id: int | None = None
        self.keys: list[tuple[dict[str, Any], str]] = []  # index entries to turn into the id


Target = int | _Entry  # a stored customer's id, or a pending new one


class _Columns:
    """The mapping applied to one row: field -> cell, plus the notes kept from other columns."""

    def __init__(self, headers: list[str], mapping: list[str]) -> None:
        self.headers = headers
        self.mapping = mapping
        self.names = [h or hdr.column_letter(i) for i, h in enumerate(headers)]
        self.by_field = {f: i for i, f in enumerate(mapping) if f not in (hdr.IGNORE, hdr.AS_NOTE)}
        self.note_columns = [i for i, f in enumerate(mapping) if f == hdr.AS_NOTE]
        # (column, field, Unicode form for free text or None, whether the text has a rule
        # of its own: check_text): the loop clean_customer runs per row.
        self.plan: list[tuple[int, str, Literal["NFC", "NFKC"] | None, bool]] = [
            (i, f, text_form(f) if f in _TEXT else None, f in CHECKED_TEXT_FIELDS) for f, i in self.by_field.items()
        ]
        self._pairs = [(f, i) for f, i in self.by_field.items()]

    def split(self, cells: Row) -> tuple[dict[str, Cell], list[str]]:
        width = len(cells)
        raw = {f: cells[i] for f, i in self._pairs if i < width and cells[i] is not None}
        return raw, self.notes(cells)

    def notes(self, cells: Row) -> list[str]:
        """The cells of the columns kept as notes, a 'header: value' line each."""
        width = len(cells)
        return [f"{self.names[i]}: {_text(cells[i])}" for i in self.note_columns if i < width and cells[i] is not None]

    def column(self, field_name: str) -> str:
        index = self.by_field.get(field_name)
        if index is None and field_name in ("birth_month", "birth_day", "birth_year"):
            index = self.by_field.get("birthday", self.by_field.get("lunar_birthday"))
        if index is None and field_name.endswith("_cents"):
            index = self.by_field.get(field_name[: -len("_cents")])
        return self.names[index] if index is not None else field_name


def _with_notes(text: str, notes: list[str]) -> str:
    """A row's own note followed by the lines of its columns kept as notes."""
    return "\n".join([text, *notes] if text else notes)


# ---------------------------------------------------------------------------------
# The import


def run_import(
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> ImportResult:
    """Import (or with ``dry_run`` preview) ``path`` in one transaction; see the module
    docstring for the outcome rules. Raises UserError for a file it cannot read,
    Cancelled when ``cancel`` is set; either way nothing is changed."""
    options = options or ImportOptions()
    cancel = cancel or jobs.CancelToken()
    path = Path(path)
    if options.on_duplicate not in DUPLICATE_POLICIES:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{value} is not a duplicate policy; use skip, fill, overwrite or keep."),
            value=options.on_duplicate,
        )
    if options.consent not in (None, *CONSENT_CHOICES):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{value} is not a consent choice; use yes, no or column."),
            value=options.consent,
        )
    hdr.fields_of(options.kind)
    with open_sheet(path, options.sheet, reader=options.reader) as reader:
        rows = reader.rows()
        buffered: list[tuple[int, Row]] = []
        sample: list[tuple[int, Row]] = []
        for number, cells in rows:
            buffered.append((number, cells))
            if any(c is not None for c in cells):
                sample.append((number, cells))
                if len(sample) >= SAMPLE_ROWS:
                    break
        if not sample:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The spreadsheet has no rows with data."), file=path.name)
        header_row, headers = _headers(path, sample, options)
        mapping = options.mapping if options.mapping is not None else _default_mapping(options.kind, headers)
        mapping = list(mapping) + [hdr.IGNORE] * (len(headers) - len(mapping))
        headers = headers + [""] * (len(mapping) - len(headers))
        mapping = hdr.check_mapping(mapping, options.kind, headers)
        _check_identity_columns(options.kind, mapping, path)
        _check_consent_column(options.consent, mapping, path)
        digest = file_hash(path)
        result = ImportResult(
            kind=options.kind,
            file_name=path.name,
            file_hash=digest,
            dry_run=dry_run,
            sheet=reader.source.sheet,
            header_row=header_row,
            headers=headers,
            mapping=mapping,
            path=path,
        )
        data_rows = ((n, c) for n, c in itertools.chain(buffered, rows) if n > header_row)
        try:
            # Marked so that a write waiting in another SmallCRM hears "importing" (store.sqlite.activity).
            with activity.doing(activity.IMPORT), db.atomic():
                previous = _previous_batch(digest, options.kind)
                if previous is not None and not options.force:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "UserError",
                            "This file was already imported (import {batch}); undo that import first, "
                            "or import it again on purpose with --force.",
                        ),
                        file=path.name,
                        batch=previous,
                    )
                batch = ImportBatch.create(file_name=path.name, file_hash=digest, kind=options.kind)
                job: _CustomerImport | _PurchaseImport
                columns = _Columns(headers, mapping)
                if options.kind == "customers":
                    job = _CustomerImport(batch.id, result, options, columns, cancel)
                else:
                    job = _PurchaseImport(batch.id, result, options, columns, cancel)
                result.new_ids_from = job.first_new_id
                # A big customer import into a small shop builds the customer indexes
                # and search entries once, at the end (store/sqlite/bulk.py). Not purchases:
                # measured, a 1,000,000-line file gained 10 % and its index sort held
                # 60 MB more, so its memory would grow with the file.
                estimated = reader.source.estimated_rows
                bulk_load = options.kind == "customers" and bulk.worth_rebuilding(Customer, estimated)
                with (
                    bulk.indexes_rebuilt_after(Customer) if bulk_load else nullcontext(),
                    fts.deferred_from(job.first_new_id) if bulk_load else nullcontext(),
                ):
                    job.run(data_rows, estimated, progress)
                ImportBatch.update(
                    added=result.added,
                    updated=result.updated,
                    skipped=result.skipped,
                    rejected=result.rejected,
                    undo_data=json.dumps(job.undo_data(), ensure_ascii=False),
                ).where(ImportBatch.id == batch.id).execute()
                result.batch = batch.id
                if dry_run:
                    raise _DryRun()
        except _DryRun:
            result.batch = None
    return result


def _headers(path: Path, sample: list[tuple[int, Row]], options: ImportOptions) -> tuple[int, list[str]]:
    if options.header_row is None:
        guess = hdr.find_header(sample, options.kind)
        return guess.row, guess.headers
    if options.header_row == 0:
        width = max((len(cells) for _n, cells in sample), default=0)
        return 0, [""] * width
    for number, cells in sample:
        if number == options.header_row:
            return number, [hdr.header_text(c) for c in cells]
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "Row {row} is not among the first rows with data, so it cannot be the header."),
        file=path.name,
        row=options.header_row,
    )


def _default_mapping(kind: str, headers: list[str]) -> list[str]:
    return hdr.remembered_mapping(kind, headers) or hdr.propose_mapping(headers, kind)


def check_mapping(kind: str, headers: Sequence[str], mapping: Sequence[str], path: str | Path) -> list[str]:
    """The wizard's check of the owner's columns before the preview: known fields, each
    used once, and enough of them to import a row (the same checks run_import makes)."""
    checked = hdr.check_mapping(list(mapping), kind, list(headers))
    _check_identity_columns(kind, checked, Path(path))
    return checked


def _check_consent_column(consent: str | None, mapping: list[str], path: Path) -> None:
    """Consent 'column' needs a column mapped to it."""
    if consent == "column" and "mail_consent" not in mapping:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "No column is mapped to mail consent, so the consent cannot be taken from a column; "
                "choose yes or no for the whole import.",
            ),
            file=path.name,
        )


def _check_identity_columns(kind: str, mapping: list[str], path: Path) -> None:
    """Refuse a mapping that cannot import a single row, before reading the file."""
    mapped = set(mapping)
    if kind == "customers" and not mapped & {"name", "phone", "phone2"}:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "No column is mapped to the name or the phone, so no customer can be added."
            ),
            file=path.name,
        )
    if kind == "purchases":
        if not mapped & {"customer_no", "phone"}:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "No column is mapped to the customer number or the phone, "
                    "so purchases cannot be linked to customers.",
                ),
                file=path.name,
            )
        missing = [f for f in ("date", "amount") if f not in mapped]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "No column is mapped to {field}, which every purchase needs."),
                file=path.name,
                field=missing[0],
            )


class _Job:
    """What the customer and purchase imports share: matching customers, adding new
    ones chunk by chunk, and the per-row bookkeeping."""

    def __init__(
        self, batch_id: int, result: ImportResult, options: ImportOptions, columns: _Columns, cancel: jobs.CancelToken
    ) -> None:
        self.batch_id = batch_id
        self.result = result
        self.options = options
        self.columns = columns
        self.cancel = cancel
        self.region = settings.get("phone_region")
        self.prefix = settings.get("customer_no_prefix")
        self.seq = int(next_customer_no()[len(self.prefix) :])
        self.known: dict[str, tuple[int, bool]] = {}  # number -> (id, in trash): the database's at the start
        self.used: set[str] = set()  # every number in use or handed out by this import
        # Without a number column no row can claim a number later, so the numbers this
        # import hands out need not be remembered (100,000 of them cost ~15 MB).
        self.track_numbers = "customer_no" in columns.by_field
        # The whole import's consent ('yes'/'no'), or None: each row's column (or no).
        self.consent = None if options.consent in (None, "column") else options.consent == "yes"
        # One address column and none for its parts: the shop's one-line addresses.
        self.split_addresses = "street" in columns.by_field and not _ADMIN_COLUMNS & columns.by_field.keys()
        self.phones: dict[str, int] = {}  # normalised phone -> lowest live id, the database's
        self.by_number: dict[str, Target] = {}  # this file's numbers -> the customer they matched or added
        self.by_phone: dict[str, Target] = {}  # likewise for phones
        self.auto_numbers: dict[str, Target] = {}  # numbers this import handed out -> their customer
        self.pending: list[_Entry] = []
        self.staff_ids: dict[str, int] = {}
        # (field, type, cell) -> cleaned value for the typed columns, whose values repeat
        # (genders, yes/no, birthdays); the type keeps True, 1 and 1.0 apart.
        self.memo: dict[tuple[str, type, Cell], Any] = {}
        # check_text's answers by field (income, country) and, for postcodes, by country.
        self.text_memo: defaultdict[str, dict[str, str]] = defaultdict(dict)
        self.postcode_memo: defaultdict[str, dict[str, str]] = defaultdict(dict)
        self.tag_ids: dict[str, int] = {}
        self.tag_links: list[tuple[int, int]] = []
        self.first_new_id = (Customer.select(fn.MAX(Customer.id)).scalar() or 0) + 1
        self._load_index()

    def _load_index(self) -> None:
        query = Customer.select(Customer.id, Customer.customer_no, Customer.phone_norm, Customer.phone2_norm)
        for cid, number, phone, phone2 in query.where(Customer.deleted_at.is_null()).tuples().iterator():
            self.known[number] = (cid, False)
            for p in (phone, phone2):
                if p and p not in self.phones:
                    self.phones[p] = cid
        trashed = Customer.select(Customer.id, Customer.customer_no).where(Customer.deleted_at.is_null(False))
        for cid, number in trashed.tuples().iterator():
            self.known[number] = (cid, True)
        self.used = set(self.known)
        self.db_numbers = set(self.known)

    # -- the row loop

    def run(self, rows: Iterator[tuple[int, Row]], total: int, progress: jobs.Progress) -> None:
        result = self.result
        done = 0
        for number, cells in rows:
            done += 1
            if done % 500 == 0:
                self.cancel.check()
                progress(number, max(total, number))
            if not cells or all(c is None for c in cells):
                result.blank += 1
                continue
            if _is_summary(cells):
                result.summary_rows += 1
                result.skipped += 1
                self._show(number, "summary", {}, cells)
                continue
            try:
                self.row(number, cells)
            except _Rejected as rejected:
                self.reject(number, rejected.error, rejected.column, cells)
            if len(self.pending) >= CHUNK:
                self.flush()
        self.cancel.check()
        self.flush()
        self.finish()
        progress(max(total, 1), max(total, 1))

    def row(self, number: int, cells: Row) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def finish(self) -> None:
        self._store_tags()

    def reject(self, number: int, error: UserError, column: str, cells: Row | None = None) -> None:
        """Count a rejected row; its reason is kept bare (for the report's Reason column)
        and as a full sentence naming file, row and column (for messages). The preview
        shows its ``cells`` as read, so the owner can tell which row it was."""
        self.result.rejected += 1
        bare = UserError(error.template, **error.args_map)
        located = UserError(
            error.template, file=self.result.file_name, row=number, column=column or None, **error.args_map
        )
        self.result.rejects.append(Reject(number, bare.render(), column, located))
        self._show(number, "reject", {}, cells)

    def _show(self, number: int, action: str, fields: dict[str, Any], cells: Row | None = None) -> None:
        """A preview row: the values it will store (``fields``), or for a row that
        stores nothing (rejected, a total row) its mapped ``cells`` as read, by field."""
        if len(self.result.preview) < PREVIEW_ROWS:
            shown = {k: v for k, v in fields.items() if k not in ("search_text", "import_batch")}
            entry: dict[str, Any] = {"row": number, "action": action, "fields": _jsonable(shown)}
            if cells:
                raw, notes = self.columns.split(cells)
                if notes:  # the columns kept as notes, as the notes of a stored row show them
                    raw["notes"] = _with_notes(_text(raw["notes"]) if raw.get("notes") else "", notes)
                entry["cells"] = _jsonable(raw)
            self.result.preview.append(entry)

    def undo_data(self) -> dict[str, Any]:
        return {"version": UNDO_VERSION}

    # -- cleaning customers

    def clean_customer(self, cells: Row) -> tuple[dict[str, Any], list[str]]:
        """One row's cells -> customer column values (and tags); raises _Rejected.

        The rules are clean_fields' own, applied here with the domain's parsers
        (text_form and check_text, parse_gender, phones.normalise,
        parse_birthday, parse_bool) in one loop over the mapped columns: at 100,000
        rows, building a dict per row for clean_fields and letting it dispatch on every
        field cost a third of the import. The values that repeat (genders, postcodes,
        incomes, yes/no, birthdays) are parsed once each (self.memo). Rare fields (the
        churn columns) go through clean_fields as they are.
        """
        fields: dict[str, Any] = {}
        rare: dict[str, Any] = {}
        phones_given: dict[str, str] = {}
        solar_value = lunar_value = staff = tags_value = postcode = None
        country = "CN"
        width = len(cells)
        name = ""
        normalize = unicodedata.normalize
        memo = self.memo
        try:
            for index, name, nfkc, checked in self.columns.plan:
                if index >= width:
                    continue
                value = cells[index]
                if value is None:
                    continue
                if nfkc is not None:  # free text
                    text = value if value.__class__ is str else _text(value)
                    text = normalize(nfkc, text).strip()
                    if len(text) > text_limit(name):
                        clean_text(text, name)  # raises the usual error
                    if checked:  # check_text's rule: the email's shape, a band, the country code
                        if name == "postcode":
                            postcode = text  # its rule is the row's country's: after the loop
                            continue
                        if name == "email":  # one per customer: nothing to remember
                            text = check_text(name, text)
                        else:
                            seen = self.text_memo[name]
                            clean = seen.get(text)
                            if clean is None:
                                clean = seen[text] = check_text(name, text)
                            text = clean
                            if name == "country":
                                country = text
                    fields[name] = text
                elif name == "phone" or name == "phone2":
                    phones_given[name] = _phone_text(value)
                elif name == "gender":
                    gender = memo.get((name, value.__class__, value))
                    if gender is None:
                        gender = memo[name, value.__class__, value] = parse_gender(_text(value), name)
                    fields[name] = gender
                elif name == "birthday":
                    solar_value = value
                elif name == "lunar_birthday":
                    lunar_value = value
                elif name == "mail_consent":
                    if self.consent is not None:  # the owner chose for the whole import
                        continue
                    consent = memo.get((name, value.__class__, value))
                    if consent is None:
                        consent = parse_bool(value if value.__class__ is bool else _text(value), name)
                        memo[name, value.__class__, value] = consent
                    fields[name] = consent
                elif name == "staff":
                    staff = value
                elif name == "tags":
                    tags_value = value
                elif name == "churned_on":
                    rare[name] = _date_like(value)
                else:
                    rare[name] = _text(value)
            if postcode is not None:
                name = "postcode"
                seen = self.postcode_memo[country]
                clean = seen.get(postcode)
                if clean is None:
                    clean = seen[postcode] = check_text(name, postcode, country)
                fields[name] = clean
            if phones_given:
                if "phone" in phones_given and "phone2" not in phones_given:
                    parts = [p for p in _PHONE_SPLIT.split(phones_given["phone"]) if p]
                    if len(parts) == 2:  # '13812345678/13987654321': two numbers in one cell
                        phones_given["phone"], phones_given["phone2"] = parts
                for name, text in phones_given.items():
                    fields[name] = text
                    fields[name + "_norm"] = phones.normalise(text, self.region, name)
            # A filled 农历生日 column wins: it is the day the customer celebrates.
            if lunar_value is not None or solar_value is not None:
                name = "lunar_birthday" if lunar_value is not None else "birthday"
                value = lunar_value if lunar_value is not None else solar_value
                columns = memo.get((name, value.__class__, value))
                if columns is None:
                    # In the 农历生日 column '八月十五' means 农历八月十五 (the parser's lunar=True).
                    birthday = parse_birthday(_date_like(value), lunar=name == "lunar_birthday", field=name)
                    columns = memo[name, value.__class__, value] = birthday_columns(birthday)
                fields.update(columns)
            if rare:
                fields.update(clean_fields(rare, self.region))
        except ValidationError as exc:
            raise _Rejected(exc, self.columns.column(exc.field or name)) from None
        notes = self.columns.notes(cells)
        if notes:
            try:
                fields["notes"] = clean_text(_with_notes(fields.get("notes", ""), notes), "notes")
            except ValidationError as exc:
                raise _Rejected(exc, self.columns.column("notes")) from None
        if not fields.get("name") and not fields.get("phone"):
            try:
                require_identity(fields)
            except ValidationError as exc:
                raise _Rejected(exc, "") from None
        if staff is not None:
            staff_name = " ".join(normalize("NFC", _text(staff)).split())
            if staff_name:
                fields["staff"] = self._staff(staff_name)
        if self.consent is not None:
            fields["mail_consent"] = self.consent
        if self.split_addresses and fields.get("street") and country_code(fields.get("country", "CN")) == "CN":
            self._split_address(fields)
        if tags_value is None:
            return fields, []
        tags = [t.strip() for t in _TAG_SPLIT.split(_text(tags_value))]
        return fields, [t for t in dict.fromkeys(tags) if t]

    def _split_address(self, fields: dict[str, Any]) -> None:
        """The row's one-line address into its parts (see the module docstring). A
        split row carries all four address columns, so that fill and overwrite move
        them together (_ADDRESS)."""
        text = fields["street"]
        given = fields.get("postcode", "")
        parts = split_address(text)
        if parts.postcode and given and parts.postcode != given:
            parts = split_address(text, postcode=False)  # the row's own postcode wins; the text keeps its own
        if parts.split:
            fields.update(province=parts.province, city=parts.city, district=parts.district, street=parts.street)
            self.result.addresses_split += 1
        elif parts.postcode:
            fields["street"] = parts.street
        if parts.postcode and not given:
            fields["postcode"] = parts.postcode

    def _staff(self, name: str) -> int:
        if name not in self.staff_ids:
            staff, _ = Staff.get_or_create(name=name)
            self.staff_ids[name] = staff.id
        return self.staff_ids[name]

    # -- matching and adding customers

    def match(self, fields: dict[str, Any]) -> tuple[Target | None, str]:
        """The customer this row duplicates, and by what ('customer_no' or 'phone')."""
        number = fields.get("customer_no", "")
        if number:
            target = self.by_number.get(number)
            if target is not None:
                return target, "customer_no"
            # A number this import handed out itself is not a match: add_customer gives
            # the row its own number and renumbers the earlier customer.
            known = None if number in self.auto_numbers else self.known.get(number)
            if known is not None:
                cid, trashed = known
                if trashed:
                    raise _Rejected(
                        UserError(
                            QT_TRANSLATE_NOOP(
                                "UserError",
                                "The customer number {value} belongs to a customer in the trash; restore them first.",
                            ),
                            value=number,
                        ),
                        self.columns.column("customer_no"),
                    )
                self.by_number[number] = cid
                return cid, "customer_no"
        for key in ("phone_norm", "phone2_norm"):
            phone = fields.get(key, "")
            if phone:
                target = self.by_phone.get(phone)
                if target is not None:
                    return target, "phone"
                owner = self.phones.get(phone)
                if owner is not None:
                    self.by_phone[phone] = owner
                    return owner, "phone"
        return None, ""

    def is_new(self, target: Target) -> bool:
        """Added by this import (undo removes it rather than restoring its fields)."""
        return isinstance(target, _Entry) or target >= self.first_new_id

    def register(self, target: Target, fields: dict[str, Any]) -> None:
        """Later rows with this number or these phones match ``target``."""
        number = fields.get("customer_no")
        if number and number not in self.auto_numbers and number not in self.by_number:
            self.by_number[number] = target
            if isinstance(target, _Entry):
                target.keys.append((self.by_number, number))
        for key in ("phone_norm", "phone2_norm"):
            phone = fields.get(key)
            if phone and phone not in self.by_phone:
                self.by_phone[phone] = target
                if isinstance(target, _Entry):
                    target.keys.append((self.by_phone, phone))

    def add_customer(self, fields: dict[str, Any], tags: list[str]) -> _Entry:
        number = fields.get("customer_no", "")
        entry = _Entry(fields, tags)
        if number:
            earlier = self.auto_numbers.pop(number, None)
            if earlier is not None:  # a number we handed out earlier is this row's own: renumber that one
                self._renumber(earlier)
        else:
            number = fields["customer_no"] = self._next_number()
            if self.track_numbers:
                self.auto_numbers[number] = entry
                entry.keys.append((self.auto_numbers, number))
        fields["import_batch"] = self.batch_id
        if self.track_numbers:
            self.used.add(number)
        self.register(entry, fields)
        self.pending.append(entry)
        return entry

    def _next_number(self) -> str:
        while True:
            number = f"{self.prefix}{self.seq:06d}"
            self.seq += 1
            if number not in self.used:
                if self.track_numbers:
                    self.used.add(number)
                return number

    def _renumber(self, target: Target) -> None:
        new = self._next_number()
        self.auto_numbers[new] = target
        if isinstance(target, _Entry) and target.fields is not None:
            target.fields["customer_no"] = new
            target.keys.append((self.auto_numbers, new))
            return
        cid = target if isinstance(target, int) else target.id
        assert cid is not None  # stored: only pending entries lack an id
        data = Customer.get_by_id(cid).__data__
        Customer.update(customer_no=new).where(Customer.id == cid).execute()
        store_search_text(cid, {**data, "customer_no": new})

    def flush(self) -> None:
        """Store the pending new customers (one insert_customers call)."""
        if not self.pending:
            return
        self.cancel.check()
        rows = [e.fields for e in self.pending if e.fields is not None]
        # The numbers were checked against the database's and each other as they were
        # handed out, so insert_customers need not read every number again per chunk.
        ids = insert_customers(rows, validate=False, chunk=len(rows) + 1, taken=self.db_numbers)
        for entry, cid in zip(self.pending, ids, strict=True):
            entry.id = cid
            for index, key in entry.keys:
                if index.get(key) is entry:
                    index[key] = cid
            if entry.tags:
                self.tag_links.extend((cid, self._tag(t)) for t in entry.tags)
            entry.fields = None  # stored: memory is for matching, not for the file
            entry.keys = []
        self.pending = []

    def _tag(self, name: str) -> int:
        if name not in self.tag_ids:
            tag, _ = Tag.get_or_create(name=name)
            self.tag_ids[name] = tag.id
        return self.tag_ids[name]

    def _store_tags(self) -> None:
        links = list(dict.fromkeys(self.tag_links))
        for start in range(0, len(links), 400):
            part = links[start : start + 400]
            CustomerTag.insert_many(part, fields=[CustomerTag.customer, CustomerTag.tag]).on_conflict_ignore().execute()
        self.tag_links = []


class _CustomerImport(_Job):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.before: dict[int, dict[str, Any]] = {}  # existing customers' previous values, for undo
        self.tags_added: list[tuple[int, int]] = []

    def row(self, number: int, cells: Row) -> None:
        fields, tags = self.clean_customer(cells)
        target, how = self.match(fields)
        result = self.result
        if target is None:
            self.add_customer(fields, tags)
            result.added += 1
            self._show(number, "add", fields)
            return
        policy = self.options.on_duplicate
        if policy == "keep":
            if how == "customer_no":
                raise _Rejected(
                    UserError(
                        QT_TRANSLATE_NOOP(
                            "UserError",
                            "The customer number {value} is already in use; "
                            "to keep both customers, give this row another number or none.",
                        ),
                        value=fields["customer_no"],
                    ),
                    self.columns.column("customer_no"),
                )
            self.add_customer(fields, tags)
            result.added += 1
            self._duplicate(number, target, how, "added")
            self._show(number, "add", fields)
            return
        if policy == "skip":
            result.skipped += 1
            self._duplicate(number, target, how, "skipped")
            self._show(number, "skip", fields)
            return
        changed = self._update(target, fields, tags, overwrite=policy == "overwrite")
        if changed:
            result.updated += 1
        else:
            result.skipped += 1
        self.register(target, fields)
        self._duplicate(number, target, how, "updated" if changed else "skipped")
        self._show(number, "update" if changed else "skip", fields)

    def _duplicate(self, number: int, target: Target, how: str, action: str) -> None:
        self.result.duplicate_count += 1
        if len(self.result.duplicates) < DUPLICATES_SHOWN:
            cid = target.id if isinstance(target, _Entry) else target
            self.result.duplicates.append({"row": number, "customer_id": cid, "match": how, "action": action})

    def _update(self, target: Target, fields: dict[str, Any], tags: list[str], *, overwrite: bool) -> bool:
        pending = isinstance(target, _Entry) and target.fields is not None
        cid = target.id if isinstance(target, _Entry) else target
        current = target.fields if isinstance(target, _Entry) and target.fields is not None else None
        if current is None:
            current = Customer.get_by_id(cid).__data__
        changes: dict[str, Any] = {}
        split = self.split_addresses and not _ADMIN_COLUMNS.isdisjoint(fields)
        for name, columns in _changeable(fields, _GROUPS_WITH_ADDRESS if split else _GROUPS):
            if not overwrite and (name in _NOT_FILLED or not _is_empty(name, current)):
                continue
            if any(current.get(c) != fields[c] for c in columns):
                changes.update({c: fields[c] for c in columns})
        if pending:
            assert isinstance(target, _Entry)
            new_tags = [t for t in tags if t not in target.tags]
            current.update(changes)
            target.tags.extend(new_tags)
            return bool(changes or new_tags)
        assert cid is not None
        tag_changed = self._link_tags(cid, tags)
        if not changes:
            return tag_changed
        if not self.is_new(cid):
            kept = self.before.setdefault(cid, {})
            for column in changes:
                kept.setdefault(column, _encode(current[column]))
            kept.setdefault("updated_at", _encode(current["updated_at"]))
        Customer.update(**changes, updated_at=now()).where(Customer.id == cid).execute()
        store_search_text(cid, {**current, **changes})
        return True

    def _link_tags(self, cid: int, names: list[str]) -> bool:
        if not names:
            return False
        linked = CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer == cid).tuples()
        have = {t for (t,) in cast("Iterable[tuple[int]]", linked)}
        new = [tid for tid in dict.fromkeys(self._tag(n) for n in names) if tid not in have]
        for tid in new:
            CustomerTag.insert(customer=cid, tag=tid).execute()
            if not self.is_new(cid):
                self.tags_added.append((cid, tid))
        return bool(new)

    def undo_data(self) -> dict[str, Any]:
        return {
            "version": UNDO_VERSION,
            "updated": {str(cid): cols for cid, cols in self.before.items()},
            "tags_added": self.tags_added,
        }


def _changeable(fields: dict[str, Any], groups: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The row's fields as (name, columns) groups; the number is the match key, not data."""
    seen: set[str] = set()
    for name in fields:
        if name in ("customer_no", "search_text", "import_batch") or name in seen:
            continue
        group = next((g for g, cols in groups.items() if name in cols), None)
        if group is not None:
            seen.update(groups[group])
            yield group, groups[group]
        else:
            seen.add(name)
            yield name, (name,)


def _is_empty(name: str, current: dict[str, Any]) -> bool:
    if name == "birthday":
        return current.get("birth_month") is None or current.get("birth_day") is None
    if name == "address":  # a split address fills only a customer who has none
        return not any(current.get(c) for c in _ADDRESS)
    if name in _GROUPS:
        return not current.get(_GROUPS[name][0])
    if name == "country":
        return current.get("country") in ("", None, "CN")
    return current.get(name) in ("", None)


class _PurchaseImport(_Job):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.purchases: list[tuple[Target, dict[str, Any]]] = []
        self.purchase_fields = ["date", "item", "category", "quantity", "amount_cents", "cost_cents", "channel", "note"]

    def row(self, number: int, cells: Row) -> None:
        raw, notes = self.columns.split(cells)
        data: dict[str, Any] = {}
        for name in ("refund", "date", "item", "category", "quantity", "amount", "cost", "channel", "note"):
            if name not in raw:
                continue
            value = raw[name]
            if name == "date":
                data[name] = _date_like(value)
            elif name in ("amount", "cost", "quantity", "refund"):
                data[name] = value if isinstance(value, (int, float)) and not isinstance(value, bool) else _text(value)
            else:
                data[name] = _text(value)
        if notes:
            data["note"] = _with_notes(data.get("note", ""), notes)
        try:
            fields = clean_purchase(data)
        except ValidationError as exc:
            raise _Rejected(exc, self.columns.column(exc.field)) from None
        for required in ("date", "amount"):
            if required not in data:
                raise _Rejected(
                    ValidationError(required, QT_TRANSLATE_NOOP("UserError", "A purchase needs a date and an amount.")),
                    self.columns.column(required),
                )
        customer = self._customer(raw)
        self.purchases.append((customer, fields))
        self.result.added += 1
        self._show(number, "add", fields)
        if len(self.purchases) >= CHUNK * 2:
            self.flush()

    def _customer(self, raw: dict[str, Cell]) -> Target:
        data: dict[str, Any] = {}
        for name in ("customer_no", "name", "phone"):
            if name in raw:
                value = _phone_text(raw[name]) if name == "phone" else unicodedata.normalize("NFKC", _text(raw[name]))
                data[name] = value
        try:
            fields = clean_fields(data, self.region)
        except ValidationError as exc:
            raise _Rejected(exc, self.columns.column(exc.field)) from None
        if not fields.get("customer_no") and not fields.get("phone_norm"):
            raise _Rejected(
                ValidationError(
                    "customer_no",
                    QT_TRANSLATE_NOOP("UserError", "The row names no customer: give a customer number or a phone."),
                ),
                "",
            )
        target, _how = self.match(fields)
        if target is not None:
            return target
        if not self.options.create_missing:
            raise _Rejected(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "No customer has this customer number or phone; add the customer first, "
                        "or import with --create-missing.",
                    )
                ),
                self.columns.column("customer_no" if fields.get("customer_no") else "phone"),
            )
        try:
            require_identity(fields)
        except ValidationError as exc:
            raise _Rejected(exc, "") from None
        if self.consent is not None:
            fields["mail_consent"] = self.consent
        self.result.customers_added += 1
        return self.add_customer(fields, [])

    def flush(self) -> None:
        super().flush()  # new customers first: their purchases need their ids
        if not self.purchases:
            return
        stamp = now()
        data = []
        scaled = Purchase.quantity.db_value  # insert_rows writes raw values: thousandths
        for customer, fields in self.purchases:
            cid = customer if isinstance(customer, int) else customer.id
            data.append(
                [
                    cid,
                    fields["date"],
                    fields.get("item", ""),
                    fields.get("category", ""),
                    scaled(fields.get("quantity", 1)),
                    fields["amount_cents"],
                    fields.get("cost_cents"),
                    fields.get("channel", ""),
                    fields.get("note", ""),
                    self.batch_id,
                    stamp,
                ]
            )
        columns = [
            Purchase.customer,
            Purchase.date,
            Purchase.item,
            Purchase.category,
            Purchase.quantity,
            Purchase.amount_cents,
            Purchase.cost_cents,
            Purchase.channel,
            Purchase.note,
            Purchase.import_batch,
            Purchase.created_at,
        ]
        insert_rows(Purchase, columns, data, returning_ids=False)
        self.purchases = []


def _encode(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def _decode(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in ("churned_on",):
        return dt.date.fromisoformat(value)
    if column in ("updated_at", "created_at", "deleted_at"):
        return dt.datetime.fromisoformat(value)
    return value


def _jsonable(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: _encode(v) for k, v in fields.items()}


# ---------------------------------------------------------------------------------
# Undo and history


def undo_import(batch_id: int | str) -> dict[str, Any]:
    """Undo an import in one transaction: its purchases and the customers it added
    are removed, the customers it changed get their previous values back.

    An added customer who has since gained history of their own (a purchase, visit or
    reminder added by hand) is moved to the trash rather than deleted, so nothing the
    owner typed is lost. Columns an import changed are restored even if edited since.
    """
    try:
        bid = int(batch_id)
    except (TypeError, ValueError):
        bid = -1
    with db.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == bid)
        if batch is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no import with id {id}."), id=batch_id)
        if batch.undone_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Import {id} has already been undone."), id=batch.id)
        undo = json.loads(batch.undo_data or "{}")
        purchases = Purchase.delete().where(Purchase.import_batch == batch.id).execute()
        added = list(
            cast(
                "Iterable[tuple[int, str, dt.datetime | None]]",
                Customer.select(Customer.id, Customer.search_text, Customer.deleted_at)
                .where(Customer.import_batch == batch.id)
                .tuples(),
            )
        )
        busy = _with_history([cid for cid, _t, _d in added])
        removed = [(cid, text, deleted) for cid, text, deleted in added if cid not in busy]
        fts.forget([(cid, text) for cid, text, deleted in removed if deleted is None])
        removed_ids = [cid for cid, _t, _d in removed]
        Customer.delete().where(Customer.id.in_(ids_select(removed_ids))).execute()
        from smallcrm.domain.customers.commands import move_to_trash

        move_to_trash(sorted(busy))
        restored = 0
        for key, columns in undo.get("updated", {}).items():
            customer = Customer.get_or_none(Customer.id == int(key))
            if customer is None:
                continue
            values = {c: _decode(c, v) for c, v in columns.items()}
            Customer.update(**values).where(Customer.id == customer.id).execute()
            store_search_text(customer.id, {**customer.__data__, **values})
            restored += 1
        for cid, tid in undo.get("tags_added", []):
            CustomerTag.delete().where((CustomerTag.customer == cid) & (CustomerTag.tag == tid)).execute()
        ImportBatch.update(undone_at=now()).where(ImportBatch.id == batch.id).execute()
    return {
        "batch": batch.id,
        "customers_removed": len(removed_ids),
        "customers_trashed": len(busy),
        "customers_restored": restored,
        "purchases_removed": purchases,
    }


def _with_history(ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` with purchases, visits or reminders. The ids go as one JSON
    parameter (ids_select): peewee binding them 500 at a time was most of undoing a
    100,000-row import."""
    busy: set[int] = set()
    chosen = ids_select(ids)
    for model in (Purchase, Interaction, Reminder):
        query = model.select(model.customer).where(model.customer.in_(chosen)).distinct()
        busy.update(cid for (cid,) in cast("Iterable[tuple[int]]", query.tuples()))
    return busy


def list_imports(limit: int = 50) -> list[dict[str, Any]]:
    """The latest imports, newest first, for the undo list."""
    return [
        {
            "batch": b.id,
            "file": b.file_name,
            "kind": b.kind,
            "added": b.added,
            "updated": b.updated,
            "skipped": b.skipped,
            "rejected": b.rejected,
            "created_at": _encode(b.created_at),
            "undone_at": _encode(b.undone_at),
        }
        for b in ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit)
    ]


# ---------------------------------------------------------------------------------
# Rejected rows report


def save_rejects_report(
    result: ImportResult, out: str | Path, *, translate: Callable[[str, str], str] | None = None
) -> int:
    """Write the rejected rows as .xlsx: the header row, then each rejected row's
    original cells plus its row number and reason, so the owner can fix them and
    import just those. Returns how many rows were written."""
    from smallcrm.sheets.exporter import write_table

    # Not named tr: lupdate would read tr("Import", ...) as a message of its own.
    translated = translate or (lambda _ctx, text: text)
    if result.path is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no file to take the rejected rows from."))
    reasons = {r.row: r for r in result.rejects}
    width = len(result.headers)
    rows: list[list[Any]] = []
    with open_sheet(result.path, result.sheet or None) as reader:
        for number, cells in reader.rows():
            if number in reasons:
                width = max(width, len(cells))
                reject = reasons[number]
                rows.append([*cells, number, reject.column, reject.reason_text(translate)])
    head = [*result.headers, *[""] * (width - len(result.headers))]
    for row in rows:
        cells = row[:-3]
        row[:-3] = [*cells, *[None] * (width - len(cells))]
    labels = [
        translated("Import", QT_TRANSLATE_NOOP("Import", "Row")),
        translated("Import", QT_TRANSLATE_NOOP("Import", "Column")),
        translated("Import", QT_TRANSLATE_NOOP("Import", "Reason")),
    ]
    write_table(Path(out), [*head, *labels], iter(rows))
    return len(rows)
