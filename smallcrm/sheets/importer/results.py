"""What an import reports: its options, what the wizard shows first, the counts,
the rejected rows with their reasons, the preview, and the rejected rows written as a
sheet for the owner to fix and import again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets import headers as hdr
from smallcrm.sheets.exporter import write_table
from smallcrm.sheets.reader import Row, SheetSource, open_sheet

DUPLICATE_POLICIES = ("skip", "fill", "overwrite", "keep")
CONSENT_CHOICES = ("yes", "no", "column")  # ImportOptions.consent; None: the column if mapped, else no
PREVIEW_ROWS = 20
DUPLICATES_SHOWN = 1000  # the preview lists this many duplicates; the counts cover all


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
    # purchases: lines linked to the catalogue by item text, of them lines whose cost came
    # from it, and lines whose item matched no product (domain.catalogue.matching)
    products_linked: int = 0
    costs_from_catalogue: int = 0
    products_unmatched: int = 0
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
            "products_linked": self.products_linked,
            "costs_from_catalogue": self.costs_from_catalogue,
            "products_unmatched": self.products_unmatched,
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


def save_rejects_report(
    result: ImportResult, out: str | Path, *, translate: Callable[[str, str], str] | None = None
) -> int:
    """Write the rejected rows as .xlsx: the header row, then each rejected row's
    original cells plus its row number and reason, so the owner can fix them and
    import just those. Returns how many rows were written."""
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
