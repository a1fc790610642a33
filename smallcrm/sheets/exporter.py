"""Exporting customers, purchases, reminders, a mailing list and the catalogue to .xlsx or .csv.

The .xlsx has a bold, frozen header row with an auto-filter, column widths from the
content, real date cells, and phone numbers and customer numbers as text (so Excel
neither drops a leading zero nor shows 1.38E+10). The .csv is UTF-8 with a BOM, so
Excel in China opens the Chinese correctly. Exports are deterministic: the same
database gives the same cells (rows in id order, no 'exported at' stamp; the file's
own creation date is fixed too, so the same database gives the same bytes).

Formula injection: a text value starting with = + - @, a tab or a carriage return is
written as inert text: in .xlsx a string cell with Excel's quote prefix (the value
itself is unchanged, so it imports back exactly); in .csv, which has no types, with a
leading apostrophe, which the CSV reader takes off again (reader.unguard_csv). Text that
itself starts with an apostrophe gets one more in .csv, so that '=1+1 comes back as
'=1+1 and not as =1+1.

Customer exports use the importer's own headers (Chinese, or English when the shop's
language is English), so exporting and importing into an empty database gives back
the same customers.

The .xlsx is written by ``xlsx_writer`` (XlsxWriter, chosen by measurement; openpyxl is
kept for reading only), the .csv here.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from peewee import JOIN

from smallcrm import files, jobs, settings
from smallcrm.domain.customers.search import match_condition
from smallcrm.domain.values.birthdays import Birthday
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets.headers import CUSTOMER_FIELDS, LABELS, PRODUCT_LABELS
from smallcrm.sheets.reader import FORMULA_STARTS
from smallcrm.store.models import Customer, CustomerTag, Product, Purchase, Reminder, Staff, Tag
from smallcrm.store.sqlite.columns import ids_select

# The sentences for a file that cannot be written (also the mailing's contact file).
NO_FOLDER = QT_TRANSLATE_NOOP("UserError", "The folder to export to does not exist.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("UserError", "The export could not be written: {reason}.")

WHAT = ("customers", "purchases", "reminders", "mailing")
_CSV_GUARDED = (*FORMULA_STARTS, "'")
_CHUNK = 2000

# The customer import's fields in its order, so an export reads back as it was: the lunar
# birthday shares the birthday column ("农历八月十五"), and the notes come last.
CUSTOMER_COLUMNS = (*(f for f in CUSTOMER_FIELDS if f not in ("lunar_birthday", "notes")), "notes")
PURCHASE_COLUMNS = (
    "customer_no",
    "name",
    "phone",
    "date",
    "item",
    "category",
    "quantity",
    "amount",
    "cost",
    "channel",
    "note",
    "refund",  # 是 on a refund (a negative amount): the import needs it said to take one
)
# The catalogue import's fields, so that an export reads back as it was; a retired
# product's status (which the import does not read) only when retired ones are exported.
PRODUCT_COLUMNS = ("name", "barcode", "category", "unit", "kind", "price", "cost")
_PRODUCT_STATUS = {"status": ("Status", "状态")}
_PRODUCT_WORDS = {  # (English, Chinese); the import reads both (domain.catalogue.products.KIND_WORDS)
    "goods": ("goods", "商品"),
    "service": ("service", "服务"),
    True: ("active", "在售"),
    False: ("retired", "已停售"),
}
MAILING_COLUMNS = ("customer_no", "name", "postcode", "province", "city", "district", "street", "phone")
# Reminder columns have no import synonyms: (English, Chinese).
_REMINDER_LABELS = {
    "due_date": ("Due date", "到期日"),
    "due_time": ("Time", "时间"),
    "title": ("Title", "事项"),
    "kind": ("Kind", "类型"),
    "status": ("Status", "状态"),
    "repeat": ("Repeats", "重复"),
    "staff": ("Staff", "负责员工"),
    "customer_no": LABELS["customer_no"],
    "name": LABELS["name"],
    "phone": LABELS["phone"],
}
REMINDER_COLUMNS = (
    "due_date",
    "due_time",
    "title",
    "kind",
    "status",
    "repeat",
    "customer_no",
    "name",
    "phone",
    "staff",
)


def header_language() -> str:
    """'en' when the shop's language setting is English, else 'zh' (a Chinese shop)."""
    try:
        return "en" if str(settings.get("language")).lower().startswith("en") else "zh"
    except Exception:
        return "zh"


def _labels(columns: Sequence[str], language: str, table: dict[str, tuple[str, str]] = LABELS) -> list[str]:
    index = 0 if language == "en" else 1
    return [table[c][index] for c in columns]


def guard_csv(value: str) -> str:
    """A text value as inert CSV text: a leading apostrophe before = + - @ tab CR, and
    before an apostrophe (so that reading it back, which takes one off, is exact)."""
    return "'" + value if value.startswith(_CSV_GUARDED) else value


# ---------------------------------------------------------------------------------
# Writing a table


def write_table(
    out: Path,
    header: Sequence[str],
    rows: Iterator[Sequence[Any]],
    *,
    money_columns: Iterable[int] = (),
    total: int = 0,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """Write ``header`` and ``rows`` to ``out`` (.xlsx or .csv by its suffix) through a
    temporary file, so a cancelled or failed export leaves no half-written file.
    Values: str, int, float (money columns: yuan), Decimal (quantities), bool, date,
    datetime or None."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Export to a file ending in .xlsx or .csv."),
            file=out.name,
        )
    cancel = cancel or jobs.CancelToken()
    with files.replaced_when_done(out, no_folder=NO_FOLDER, failed=NOT_WRITTEN) as tmp:
        if suffix == ".xlsx":
            # XlsxWriter: 43 ms at import (measured), which a .csv export, and the importer
            # that imports this module for its rejects report, do not need.
            from smallcrm.sheets.xlsx_writer import write_xlsx

            return write_xlsx(tmp, list(header), rows, frozenset(money_columns), total, progress, cancel)
        return _write_csv(tmp, list(header), rows, frozenset(money_columns), total, progress, cancel)


def _write_csv(
    path: Path,
    header: list[str],
    rows: Iterator[Sequence[Any]],
    money: frozenset[int],
    total: int,
    progress: jobs.Progress,
    cancel: jobs.CancelToken,
) -> int:
    number = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([guard_csv(h) for h in header])
        for number, row in enumerate(rows, start=1):
            if number % _CHUNK == 0:
                cancel.check()
                progress(number, max(total, number))
            out = []
            for col, value in enumerate(row):
                if value is None:
                    out.append("")
                elif isinstance(value, str):
                    out.append(guard_csv(value))
                elif isinstance(value, bool):
                    out.append("yes" if value else "no")
                elif isinstance(value, float) and col in money:
                    out.append(f"{value:.2f}")
                elif isinstance(value, (dt.date, dt.datetime)):
                    out.append(value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat())
                else:
                    out.append(str(value))
            writer.writerow(out)
    cancel.check()
    progress(max(number, 1), max(number, 1))
    return number


# ---------------------------------------------------------------------------------
# What to export


def _chunked_ids(query: Any) -> Iterator[list[int]]:
    ids = [cid for (cid,) in query.tuples()]
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def customer_query(
    *, ids: Sequence[int] | None = None, tag: str | None = None, search: str | None = None, where: Any = None
) -> Any:
    """Live customers to export, by id: all, a selection (``ids``), a tag, the search
    box's term, or any condition a view built (``where``, e.g. a segment's)."""
    query = Customer.select(Customer.id).where(Customer.deleted_at.is_null())
    if ids is not None:
        query = query.where(Customer.id.in_(ids_select(ids)))  # one JSON parameter: "select all" is 100,000
    if tag:
        tagged = CustomerTag.select(CustomerTag.customer).join(Tag).where(Tag.name == tag)
        query = query.where(Customer.id.in_(tagged))
    if search:
        condition = match_condition(search)
        if condition is not None:
            query = query.where(condition)
    if where is not None:
        query = query.where(where)
    return query.order_by(Customer.id)


def _staff_names() -> dict[int, str]:
    return dict(cast("Iterable[tuple[int, str]]", Staff.select(Staff.id, Staff.name).tuples()))


def _birthday_cell(calendar: str, year: int | None, month: int | None, day: int | None, leap: bool) -> Any:
    if not month or not day:
        return None
    if calendar != "lunar" and year:
        return dt.date(year, month, day)  # a real date cell
    return Birthday(month, day, year, calendar or "solar", bool(leap)).to_text()  # what the importer reads back


def customer_rows(query: Any, language: str = "zh") -> Iterator[list[Any]]:
    """The export's rows for the customers ``query`` selects, in id order: one
    streamed query (tuples, not model rows) plus one for all their tags."""
    staff = _staff_names()
    yes, no = ("yes", "no") if language == "en" else ("是", "否")
    genders = {"M": "M", "F": "F", "": None} if language == "en" else {"M": "男", "F": "女", "": None}
    tags: dict[int, str] = {}
    links = (
        CustomerTag.select(CustomerTag.customer, Tag.name)
        .join(Tag)
        .where(CustomerTag.customer.in_(query))
        .order_by(CustomerTag.customer, Tag.name)
        .tuples()
    )
    for cid, name in links.iterator():
        tags[cid] = f"{tags[cid]}, {name}" if cid in tags else name
    plain = [c for c in CUSTOMER_COLUMNS if c not in ("birthday", "tags")]
    birth = ("birth_calendar", "birth_year", "birth_month", "birth_day", "birth_leap")
    fields = [Customer.id, *(getattr(Customer, c) for c in plain), *(getattr(Customer, c) for c in birth)]
    width = len(plain)
    # The plain columns are copied in one comprehension; the few that need work are
    # patched by position (a per-cell dispatch cost a fifth of the export at 100,000).
    at = {c: i for i, c in enumerate(CUSTOMER_COLUMNS)}
    birthday_at, tags_at = at["birthday"], at["tags"]
    assert birthday_at < tags_at
    gender_at, staff_at, consent_at = at["gender"], at["staff"], at["mail_consent"]
    rows = Customer.select(*fields).where(Customer.id.in_(query)).order_by(Customer.id).tuples()
    for row in rows.iterator():
        out: list[Any] = [None if v == "" else v for v in row[1 : width + 1]]
        out.insert(birthday_at, _birthday_cell(*row[width + 1 :]))
        out.insert(tags_at, tags.get(row[0]))
        out[gender_at] = genders.get(out[gender_at] or "", out[gender_at])
        out[staff_at] = staff.get(out[staff_at]) if out[staff_at] else None
        out[consent_at] = yes if out[consent_at] else no
        yield out


def _count(query: Any) -> int:
    return int(query.order_by().count())


def export_customers(
    out: str | Path,
    *,
    ids: Sequence[int] | None = None,
    tag: str | None = None,
    search: str | None = None,
    where: Any = None,
    language: str | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """Customers (all live ones, or the selection/tag/search/condition) to ``out``."""
    language = language or header_language()
    query = customer_query(ids=ids, tag=tag, search=search, where=where)
    return write_table(
        Path(out),
        _labels(CUSTOMER_COLUMNS, language),
        customer_rows(query, language),
        total=_count(query),
        progress=progress,
        cancel=cancel,
    )


def export_purchases(
    out: str | Path,
    *,
    ids: Sequence[int] | None = None,
    tag: str | None = None,
    search: str | None = None,
    where: Any = None,
    language: str | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """Purchases of the chosen live customers, by date then id; columns the purchase
    import reads back (customer number and phone link them)."""
    language = language or header_language()
    customers = customer_query(ids=ids, tag=tag, search=search, where=where)
    query = (
        Purchase.select(
            Customer.customer_no,
            Customer.name,
            Customer.phone,
            Purchase.date,
            Purchase.item,
            Purchase.category,
            Purchase.quantity,
            Purchase.amount_cents,
            Purchase.cost_cents,
            Purchase.channel,
            Purchase.note,
        )
        .join(Customer)
        .where(Purchase.customer.in_(customers))
        .order_by(Purchase.date, Purchase.id)
    )

    refund = "yes" if language == "en" else "是"

    def rows() -> Iterator[list[Any]]:
        for no, name, phone, date, item, category, qty, amount, cost, channel, note in query.tuples().iterator():
            yield [
                no,
                name or None,
                phone or None,
                date,
                item or None,
                category or None,
                qty,
                amount / 100,
                None if cost is None else cost / 100,
                channel or None,
                note or None,
                refund if amount < 0 else None,
            ]

    return write_table(
        Path(out),
        _labels(PURCHASE_COLUMNS, language),
        rows(),
        money_columns=(7, 8),
        total=int(Purchase.select().where(Purchase.customer.in_(customers)).count()),
        progress=progress,
        cancel=cancel,
    )


def export_reminders(
    out: str | Path,
    *,
    include_closed: bool = False,
    language: str | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """Open and snoozed reminders (all with ``include_closed``), by due date."""
    language = language or header_language()
    query = (
        Reminder.select(
            Reminder.due_date,
            Reminder.due_time,
            Reminder.title,
            Reminder.kind,
            Reminder.status,
            Reminder.recur_every,
            Reminder.recur_unit,
            Customer.customer_no,
            Customer.name,
            Customer.phone,
            Reminder.staff,
        )
        .join(Customer, JOIN.LEFT_OUTER)
        .order_by(Reminder.due_date, Reminder.id)
    )
    if not include_closed:
        query = query.where(Reminder.status.in_(["open", "snoozed"]))
    staff = _staff_names()

    def rows() -> Iterator[list[Any]]:
        for due, time, title, kind, status, every, unit, no, name, phone, staff_id in query.tuples().iterator():
            repeat = f"{every} {unit}" if every else None
            yield [due, time or None, title, kind, status, repeat, no, name or None, phone or None, staff.get(staff_id)]

    return write_table(
        Path(out),
        _labels(REMINDER_COLUMNS, language, _REMINDER_LABELS),
        rows(),
        total=int(query.count()),
        progress=progress,
        cancel=cancel,
    )


def export_products(
    out: str | Path,
    *,
    include_retired: bool = False,
    language: str | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """The catalogue by category and name, in the columns the product import reads
    back (prices and costs in yuan, barcodes as text); retired products, with a status
    column, only with ``include_retired``."""
    language = language or header_language()
    index = 0 if language == "en" else 1
    query = Product.select(
        Product.name,
        Product.barcode,
        Product.category,
        Product.unit,
        Product.kind,
        Product.price_cents,
        Product.cost_cents,
        Product.active,
    ).order_by(Product.category, Product.name, Product.id)
    if not include_retired:
        query = query.where(Product.active)

    def rows() -> Iterator[list[Any]]:
        for name, barcode, category, unit, kind, price, cost, active in query.tuples().iterator():
            row = [
                name,
                barcode or None,
                category or None,
                unit or None,
                _PRODUCT_WORDS.get(kind, (kind, kind))[index],
                price / 100,
                None if cost is None else cost / 100,
            ]
            if include_retired:
                row.append(_PRODUCT_WORDS[bool(active)][index])
            yield row

    columns = [*PRODUCT_COLUMNS, *(("status",) if include_retired else ())]
    return write_table(
        Path(out),
        _labels(columns, language, {**PRODUCT_LABELS, **_PRODUCT_STATUS}),
        rows(),
        money_columns=(5, 6),
        total=int(query.count()),
        progress=progress,
        cancel=cancel,
    )


def mailing_condition() -> Any:
    """Who may get a greeting card: consented, active, with a street address."""
    return (Customer.mail_consent == True) & (Customer.street != "") & (Customer.churn_status == "active")  # noqa: E712 - peewee builds SQL from ==


def export_mailing(
    out: str | Path,
    *,
    ids: Sequence[int] | None = None,
    tag: str | None = None,
    where: Any = None,
    language: str | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> int:
    """The mailing list: customers who agreed to be mailed, with their address."""
    language = language or header_language()
    condition = mailing_condition() if where is None else (mailing_condition() & where)
    query = customer_query(ids=ids, tag=tag, where=condition)
    columns = [getattr(Customer, c) for c in MAILING_COLUMNS]

    def rows() -> Iterator[list[Any]]:
        for part in _chunked_ids(query):
            chunk = Customer.select(*columns).where(Customer.id.in_(ids_select(part))).order_by(Customer.id).tuples()
            for values in cast("Iterable[tuple[Any, ...]]", chunk):
                yield [v or None for v in values]

    return write_table(
        Path(out),
        _labels(MAILING_COLUMNS, language),
        rows(),
        total=_count(query),
        progress=progress,
        cancel=cancel,
    )


def export(
    out: str | Path,
    what: str = "customers",
    **options: Any,
) -> int:
    """One entry point for the CLI and the GUI's Export menu."""
    if what not in WHAT:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "{what} cannot be exported; choose customers, purchases, reminders or mailing."
            ),
            what=what,
        )
    if what == "reminders":
        options = {k: v for k, v in options.items() if k in ("language", "progress", "cancel", "include_closed")}
        return export_reminders(out, **options)
    if what == "mailing":
        options.pop("search", None)
        return export_mailing(out, **options)
    if what == "purchases":
        return export_purchases(out, **options)
    return export_customers(out, **options)
