"""Running an import: :func:`inspect` reads the first rows for the wizard's first
page, :func:`check_mapping` checks the owner's columns, and :func:`run_import` imports
(or previews) the whole file in one transaction."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from smallcrm import jobs
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets import headers as hdr
from smallcrm.sheets.importer import collector
from smallcrm.sheets.importer.cells import Columns
from smallcrm.sheets.importer.customers import CustomerImport
from smallcrm.sheets.importer.engine import Job
from smallcrm.sheets.importer.history import previous_batch
from smallcrm.sheets.importer.products import ProductImport
from smallcrm.sheets.importer.purchases import PurchaseImport
from smallcrm.sheets.importer.results import (
    CONSENT_CHOICES,
    DUPLICATE_POLICIES,
    PREVIEW_ROWS,
    ImportOptions,
    ImportResult,
    Inspection,
)
from smallcrm.sheets.reader import Row, SheetReader, kept, open_sheet, read_sample
from smallcrm.store.db import PRAGMAS, db
from smallcrm.store.models import Customer, ImportBatch
from smallcrm.store.sqlite import activity, bulk, fts
from smallcrm.store.sqlite.page_cache import limit_page_cache

SAMPLE_ROWS = 60


def file_hash(path: str | Path) -> str:
    """The file's SHA-256: the same content imported twice is noticed."""
    return kept.file_hash(path)


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
        already_imported=previous_batch(digest, guess.kind),
    )


def run_import(
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> ImportResult:
    """Import (or with ``dry_run`` preview) ``path`` in one transaction; see the package's
    docstring for the outcome rules. Raises UserError for a file it cannot read,
    Cancelled when ``cancel`` is set; either way nothing is changed."""
    options = options or ImportOptions()
    cancel = cancel or jobs.CancelToken()
    path = Path(path)
    _check_options(options)
    key = kept.identity(path, options.sheet)
    # The cyclic collector paused for the whole read and import (importer.collector).
    with collector.paused():
        reader = open_sheet(path, options.sheet, reader=options.reader)
        try:
            digest = key.digest if key is not None else file_hash(path)
            result = _read_and_import(path, digest, reader, options, dry_run, progress, cancel)
        except BaseException:
            reader.close()
            raise
    if dry_run:  # a preview: the import that follows reads the sheet loaded here (sheets.reader.kept)
        kept.keep(key, reader)
    else:
        reader.close()
    return result


def _read_and_import(
    path: Path,
    digest: str,
    reader: SheetReader,
    options: ImportOptions,
    dry_run: bool,
    progress: jobs.Progress,
    cancel: jobs.CancelToken,
) -> ImportResult:
    """run_import's work on the opened sheet: the plan, then the rows in one transaction."""
    plan = _plan(path, digest, reader, options)
    if not dry_run:  # the rows read, the sheet's memory goes before the indexes are built
        plan.rows = _closing(plan.rows, reader)
    result = ImportResult(
        kind=options.kind,
        file_name=path.name,
        file_hash=plan.digest,
        dry_run=dry_run,
        sheet=reader.source.sheet,
        header_row=plan.header_row,
        headers=plan.headers,
        mapping=plan.mapping,
        path=path,
    )
    try:
        # Marked so that a write waiting in another SmallCRM hears "importing" (store.sqlite.activity).
        with activity.doing(activity.IMPORT), db.atomic():
            result.batch = _import_rows(plan, reader.source.estimated_rows, options, result, progress, cancel)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        result.batch = None
    return result


def _closing(rows: Iterator[tuple[int, Row]], reader: SheetReader) -> Iterator[tuple[int, Row]]:
    """``rows``, then the reader closed (calamine's loaded sheet freed: 40-60 MB at
    100,000 customers, while the search index and the indexes are built after them)."""
    yield from rows
    reader.close()


class _DryRun(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised at the end of a preview so that its transaction rolls back."""


@dataclass
class _Plan:
    """What the first rows of a file decide: where the header is, the columns' fields,
    and the data rows after it (the rows read to decide, then the rest of the file)."""

    header_row: int
    headers: list[str]
    mapping: list[str]
    rows: Iterator[tuple[int, Row]]
    digest: str


def _check_options(options: ImportOptions) -> None:
    """A duplicate policy, a consent choice and a kind the import knows."""
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


def _plan(path: Path, digest: str, reader: SheetReader, options: ImportOptions) -> _Plan:
    """Read up to SAMPLE_ROWS rows with data, find the header among them and check the
    mapping before any row is imported."""
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
    data_rows = ((n, c) for n, c in itertools.chain(buffered, rows) if n > header_row)
    return _Plan(header_row, headers, mapping, data_rows, digest)


def _import_rows(
    plan: _Plan,
    estimated: int,
    options: ImportOptions,
    result: ImportResult,
    progress: jobs.Progress,
    cancel: jobs.CancelToken,
) -> int:
    """The import itself, inside its transaction: refuse a file imported before, record
    the batch, run the rows and keep what undo needs. Returns the batch's id."""
    previous = previous_batch(plan.digest, options.kind)
    if previous is not None and not options.force:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This file was already imported (import {batch}); undo that import first, "
                "or import it again on purpose with --force.",
            ),
            file=result.file_name,
            batch=previous,
        )
    batch = ImportBatch.create(file_name=result.file_name, file_hash=plan.digest, kind=options.kind)
    columns = Columns(plan.headers, plan.mapping)
    job_class = {"customers": CustomerImport, "purchases": PurchaseImport, "products": ProductImport}[options.kind]
    job: Job = job_class(batch.id, result, options, columns, cancel)
    result.new_ids_from = job.first_new_id
    # A big customer import into a small shop builds the customer indexes and search
    # entries once, at the end (store/sqlite/bulk.py). Not purchases: measured, a
    # 1,000,000-line file gained 10 % and its index sort held 60 MB more, so its memory
    # would grow with the file.
    bulk_load = options.kind == "customers" and bulk.worth_rebuilding(Customer, estimated)
    with (
        bulk.indexes_rebuilt_after(Customer) if bulk_load else nullcontext(),
        fts.deferred_from(job.first_new_id) if bulk_load else nullcontext(),
        _small_page_cache() if options.kind == "purchases" else nullcontext(),
    ):
        job.run(plan.rows, estimated, progress)
    ImportBatch.update(
        added=result.added,
        updated=result.updated,
        skipped=result.skipped,
        rejected=result.rejected,
        undo_data=json.dumps(job.undo_data(), ensure_ascii=False),
    ).where(ImportBatch.id == batch.id).execute()
    return int(batch.id)


# The page cache while purchase lines are stored. With the connection's 64 MiB the
# peak grew as the cache filled: 151 / 163 MB at 200,000 / 2,000,000 CSV lines; with
# 8 MiB 126 / 126 MB, and no slower (CPU 3.8 / 40.1 s against 3.4 / 42.4 s, noise):
# the lines go to the end of the table and the (date, customer) index, whose pages
# the OS keeps cached anyway. 16 MiB leaves room for the customer index as well.
PURCHASE_CACHE_KIB = 16 * 1024


@contextmanager
def _small_page_cache() -> Iterator[None]:
    """The writing connection's page cache at PURCHASE_CACHE_KIB for the block, then
    back at the size every connection opens with (store.db.PRAGMAS)."""
    opened = PRAGMAS["cache_size"]  # negative: KiB
    assert isinstance(opened, int)
    limit_page_cache(PURCHASE_CACHE_KIB)
    try:
        yield
    finally:
        limit_page_cache(-opened)


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
    if kind == "products" and not mapped & {"name", "barcode"}:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "No column is mapped to the name or the barcode, so no product can be found or added."
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
