"""Importing purchases: each line linked to its customer (by customer number, else
phone), cleaned as the purchase form cleans one (clean_purchase), and stored chunk by
chunk; see the package's docstring for the outcome rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from smallcrm import jobs
from smallcrm.domain.customers.fields import clean_fields, require_identity
from smallcrm.domain.records.purchase_lines import LineStore, loading
from smallcrm.domain.records.purchases import clean_purchase
from smallcrm.domain.values.yes_no import parse_bool
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.sheets.importer import engine
from smallcrm.sheets.importer.cells import cell_text, date_like, is_summary, phone_text, with_notes
from smallcrm.sheets.importer.engine import Job, Rejected, Target
from smallcrm.sheets.importer.results import PREVIEW_ROWS
from smallcrm.sheets.reader import Cell, Row
from smallcrm.store.models import Purchase, now

# A line's fields in clean_purchase's order (the first bad one names the column), and
# those whose cleaning is remembered per distinct cell.
_FIELDS = ("refund", "date", "item", "category", "quantity", "amount", "cost", "channel", "note")
_TYPED = frozenset({"refund", "date", "quantity", "amount", "cost"})
MEMO_SIZE = 50_000
# The customers remembered per distinct customer cells (see _customer_of): as many as
# a big shop has, so that a file cycling through all of them still finds each one.
CUSTOMERS_SIZE = 200_000
_MISSING = object()
LINES_PER_INSERT = engine.CHUNK * 2  # lines stored by one executemany
_scaled = Purchase.quantity.db_value  # a quantity as the table stores it: thousandths
# A cleaned field (clean_purchase's output for that one field) as its column stores it.
_STORED = {
    "refund": lambda cleaned: cleaned,
    "date": lambda cleaned: str(cleaned["date"]),  # ISO, as peewee stores a date
    "quantity": lambda cleaned: _scaled(cleaned["quantity"]),
    "amount": lambda cleaned: cleaned["amount_cents"],
    "cost": lambda cleaned: cleaned["cost_cents"],
}
# What a line stores for a field whose cell is empty (the date and amount: refused).
_EMPTY = {"refund": False, "item": "", "category": "", "quantity": _scaled(1), "cost": None, "channel": "", "note": ""}


def _key(value: Cell) -> Any:
    """A cell as the fast path remembers it: a text by itself, any other value by its
    type too (True == 1, but TRUE in an amount's column is not 1 yuan)."""
    return value if value.__class__ is str else (value.__class__, value)


def _as_data(name: str, value: Cell) -> Any:
    """A typed cell as clean_purchase takes it: a date cell, serial or text with a time
    as a date; a number as it is; anything else as its text."""
    if name == "date":
        return date_like(value)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else cell_text(value)


class PurchaseImport(Job):
    """A purchase list: each line linked to its customer (by number, else phone) and
    stored; an unknown customer is added with ``create_missing``.

    Two paths store a line the same way. The first lines, which the preview shows, go
    row by row (:meth:`_reference_row`: the fields cleaned by clean_purchase into a
    dict, the customer cleaned and matched); every later line, a million of them in a
    big file, takes :meth:`_fast_row`: one function a line that looks up its typed
    cells and its customer among those already seen and builds the stored values in a
    list. A line with a cell not seen before goes by :meth:`_learning_row`, which
    cleans each new cell as the row-by-row path does and remembers it, and a line
    either finds wrong goes row by row, so that all three store the same purchases and
    refuse the same lines for the same reason at the same column
    (tests/sheets/importer/test_purchases_paths.py)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        # Lines ready to store: [customer, *values] (purchase_lines.LineStore), the
        # customer an id, or an Entry while it waits to be stored (self.waiting: where).
        self.lines: list[list[Any]] = []
        self.waiting: list[int] = []
        # Cleaned values per distinct cell (see _clean), cleared when it reaches
        # MEMO_SIZE, so that memory does not grow with the lines.
        self.memo: dict[tuple[str, type, Cell, bool], Any] = {}
        by_field = self.columns.by_field
        # The mapped fields in clean_purchase's order, with their column and whether
        # their cleaning is remembered; the date and the amount are always there (the
        # mapping is refused without them). The customer's cells, likewise.
        self.plan = [(name, by_field[name], name in _TYPED) for name in _FIELDS if name in by_field]
        if "note" not in by_field and self.columns.note_columns:
            self.plan.append(("note", len(self.columns.mapping) + 1, False))  # never a cell: the notes alone
        self.who = [(name, by_field[name]) for name in ("customer_no", "name", "phone") if name in by_field]
        # A stored line: [customer, *typed values, *texts] (purchase_lines.LineStore):
        # the date, quantity, amount and cost as the table stores them, then the item,
        # category, channel and note (the note always last), each field if mapped.
        self.typed = typed = [(name, index) for name, index, is_typed in self.plan if is_typed and name != "refund"]
        texts = [(name, index) for name, index, is_typed in self.plan if not is_typed]
        self.store = LineStore([name for name, _i in typed + texts], self.batch_id)
        # The fast path's memory: per typed field, a cell's stored value by _key; the
        # amount's per refund (self.steps[refund]: each typed field's column and memo).
        memos: dict[str, tuple[dict[Any, Any], dict[Any, Any]]] = {}
        for name in _TYPED:
            memo: dict[Any, Any] = {}
            memos[name] = (memo, {} if name == "amount" else memo)
        self.steps = tuple([(index, memos[name][refund]) for name, index in typed] for refund in (0, 1))
        self.refund_step = (by_field["refund"], memos["refund"][0]) if "refund" in by_field else None
        self.text_indexes = [index for _name, index in texts]
        self.span = 1 + max([index for _name, index, _typed in self.plan] + [index for _name, index in self.who])
        self.customers: dict[Any, Target] = {}  # a line's customer cells -> its customer (see _customer_of)
        self.take: Callable[[int, Row], None] = self.row  # what the line loop does with a line
        self.who_index = self.who[0][1] if len(self.who) == 1 else None

    def run(self, rows: Iterator[tuple[int, Row]], total: int, progress: jobs.Progress) -> None:
        """engine.Job.run's loop (the same counts, preview, rejects, progress and
        cancel every 500 rows, flushes), but a row with a first cell is not blank
        without asking every cell (the generator all() makes was 0.4 us a row, as much
        as the fast path's lookups: a million lines). A big file into a small table:
        its indexes built once, at the end (purchase_lines.loading)."""
        result = self.result
        done = 0
        with loading(total):
            for number, cells in rows:
                done += 1
                if done % 500 == 0:
                    self.cancel.check()
                    progress(number, max(total, number))
                if not cells or (cells[0] is None and all(c is None for c in cells)):
                    result.blank += 1
                    continue
                if is_summary(cells):
                    result.summary_rows += 1
                    result.skipped += 1
                    self.show(number, "summary", {}, cells)
                    continue
                try:
                    self.take(number, cells)
                except Rejected as rejected:
                    self.reject(number, rejected.error, rejected.column, cells)
                if len(self.pending) >= engine.CHUNK:
                    self.flush()
            self.cancel.check()
            self.flush()
            self.finish()
        progress(max(total, 1), max(total, 1))

    def row(self, number: int, cells: Row) -> None:
        """The lines the preview shows, row by row; once it is full, the line loop
        takes every later line to _fast_row directly (self.take)."""
        self._reference_row(number, cells)
        if len(self.result.preview) >= PREVIEW_ROWS:
            self.take = self._fast_row

    def _reference_row(self, number: int, cells: Row) -> None:
        """A line row by row: its fields cleaned into a dict (which the preview shows),
        its customer cleaned and matched; what the fast path must store too."""
        width = len(cells)
        notes = self.columns.notes(cells) if self.columns.note_columns else []
        fields = self._clean(cells, width, notes)
        customer = self._customer(cells, width)[0]
        line: list[Any] = [customer]
        for name in self.store.fields:
            key = name + "_cents" if name in ("amount", "cost") else name
            if key not in fields:
                line.append(_EMPTY[name])
            elif name == "date":
                line.append(str(fields["date"]))
            elif name == "quantity":
                line.append(_scaled(fields["quantity"]))
            else:
                line.append(fields[key])
        self._add(line)
        self.show(number, "add", fields)

    def _fast_row(self, number: int, cells: Row) -> None:
        """A line whose typed cells were all seen before: their values looked up, the
        texts as they are, the customer looked up too (or found as row by row, which
        refuses the line as the row-by-row path would: its fields were clean); a line
        with a typed cell not seen before by _learning_row. A short row (the reader
        drops empty cells at its end) is padded first. (One function a line, its
        helpers inline: a million lines.)"""
        if len(cells) < self.span:
            cells = cells + [None] * (self.span - len(cells))
        refund = False
        if self.refund_step is not None:
            index, memo = self.refund_step
            refund = memo.get(_key(cells[index]), _MISSING)
            if refund is _MISSING:
                self._learning_row(number, cells)
                return
        line: list[Any] = [None]
        for index, memo in self.steps[refund]:
            value = cells[index]
            stored = memo.get(value if value.__class__ is str else (value.__class__, value), _MISSING)  # _key
            if stored is _MISSING:
                self._learning_row(number, cells)
                return
            line.append(stored)
        key = cells[self.who_index] if self.who_index is not None else self._who(cells)
        customer = self.customers.get(key)
        if customer is None:
            customer = self._customer_of(cells, key)
        line[0] = customer
        for index in self.text_indexes:
            value = cells[index]
            line.append(value.strip() if value.__class__ is str else "" if value is None else cell_text(value).strip())
        if self.columns.note_columns:  # the note is last: the columns kept as notes follow its text
            line[-1] = with_notes(line[-1], self.columns.notes(cells)).strip()
        if customer.__class__ is not int:
            self.waiting.append(len(self.lines))
        self.lines.append(line)
        if len(self.lines) >= LINES_PER_INSERT:
            self.flush()

    def _learning_row(self, number: int, cells: Row) -> None:
        """A line with a cell not seen before: each typed cell cleaned as the row-by-row
        path cleans it and remembered, its customer found (and remembered where that is
        safe: _customer_of). A line that is refused goes row by row, which refuses it
        for the same reason at the same column."""
        refund = False
        line: list[Any] = []
        try:
            if self.refund_step is not None:
                index, memo = self.refund_step
                refund = self._stored("refund", cells[index], False, memo)
            for (name, index), (_index, memo) in zip(self.typed, self.steps[refund], strict=True):
                value = cells[index]
                if value is None and (name == "date" or name == "amount"):
                    break  # refused after the line's other fields
                line.append(self._stored(name, value, refund, memo))
        except Rejected:
            line = []
        if len(line) < len(self.typed):  # refused: row by row, for the same reason at the same column
            self._reference_row(number, cells)
            return
        key = cells[self.who_index] if self.who_index is not None else self._who(cells)
        customer = self.customers.get(key)
        if customer is None:
            customer = self._customer_of(cells, key)
        line.insert(0, customer)
        for index in self.text_indexes:
            value = cells[index]
            line.append(value.strip() if value.__class__ is str else "" if value is None else cell_text(value).strip())
        if self.columns.note_columns:
            line[-1] = with_notes(line[-1], self.columns.notes(cells)).strip()
        self._add(line)

    def _stored(self, name: str, value: Cell, refund: bool, memo: dict[Any, Any]) -> Any:
        """A typed cell's stored value (an empty cell's: _EMPTY), cleaned as the
        row-by-row path cleans it, and remembered in ``memo`` (cleared at MEMO_SIZE, so
        that memory does not grow with a file of ever new values)."""
        key = _key(value)
        stored = memo.get(key, _MISSING)
        if stored is _MISSING:
            stored = (
                _EMPTY[name] if value is None else _STORED[name](self._cleaned_one(name, _as_data(name, value), refund))
            )
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[key] = stored
        return stored

    def _who(self, cells: Row) -> tuple[Cell, ...]:
        width = len(cells)
        return tuple(cells[index] if index < width else None for _name, index in self.who)

    def _customer_of(self, cells: Row, key: Any) -> Target:
        """The line's customer by the row-by-row path; remembered for these customer
        cells when every later line with the same cells would get the same customer:
        always without create_missing (the import only learns what the database
        holds); with it, when the customer was found by the first key its cells name
        (the number, else the phone) or was added by this line (then found by that
        key), not when a later line could add a customer the number finds."""
        target, stable = self._customer(cells, len(cells))
        if stable:
            if len(self.customers) >= CUSTOMERS_SIZE:
                self.customers.clear()
            self.customers[key] = target
        return target

    def _add(self, line: list[Any]) -> None:
        """Keep ``line`` to store (as _fast_row does inline)."""
        if line[0].__class__ is not int:
            self.waiting.append(len(self.lines))
        self.lines.append(line)
        if len(self.lines) >= LINES_PER_INSERT:
            self.flush()

    def _clean(self, cells: Row, width: int, notes: list[str]) -> dict[str, Any]:
        """The line's purchase fields, cleaned by clean_purchase (the purchase form's
        rules) field by field in its order; a typed value (date, quantity, amount,
        cost, refund) once per distinct cell (self.memo): dates, amounts and quantities
        repeat across a million lines, and cleaning each (Decimal, date parsing) was
        most of a line's cost."""
        refund = False
        fields: dict[str, Any] = {}
        memo = self.memo
        missing: str | None = None
        for name, index, typed in self.plan:
            value = cells[index] if index < width else None
            if value is None:
                if (name == "date" or name == "amount") and missing is None:
                    missing = name  # refused after the other fields, as clean_purchase's checks come first
                if name == "note" and notes:
                    fields.update(self._cleaned_one("note", with_notes("", notes), refund))
                continue
            if typed:
                key = (name, value.__class__, value, refund)
                cleaned = memo.get(key)
                if cleaned is None:
                    cleaned = self._cleaned_one(name, _as_data(name, value), refund)
                    if len(memo) >= MEMO_SIZE:  # a file of ever new values: memory stays bounded
                        memo.clear()
                    memo[key] = cleaned
                if name == "refund":
                    refund = cleaned
                else:
                    fields.update(cleaned)
                continue
            text = cell_text(value)
            if name == "note" and notes:
                text = with_notes(text, notes)
            fields.update(self._cleaned_one(name, text, refund))
        if missing is not None:
            raise Rejected(
                ValidationError(missing, QT_TRANSLATE_NOOP("UserError", "A purchase needs a date and an amount.")),
                self.columns.column(missing),
            )
        return fields

    def _cleaned_one(self, name: str, value: Any, refund: bool) -> Any:
        """One field through clean_purchase (a refund cell through its parse_bool),
        or the line rejected at that field's column."""
        try:
            if name == "refund":
                return parse_bool(value, "refund")
            return clean_purchase({name: value}, refund=refund)
        except ValidationError as exc:
            raise Rejected(exc, self.columns.column(exc.field)) from None

    def _customer(self, cells: Row, width: int) -> tuple[Target, bool]:
        """The line's customer (matched, or added with create_missing), and whether
        every later line with the same customer cells gets the same one (see
        _customer_of)."""
        data: dict[str, Any] = {}
        for name, index in self.who:
            value = cells[index] if index < width else None
            if value is not None:
                # As the form's: clean_fields below makes the number and the name NFKC.
                data[name] = phone_text(value) if name == "phone" else cell_text(value)
        try:
            fields = clean_fields(data, self.region)
        except ValidationError as exc:
            raise Rejected(exc, self.columns.column(exc.field)) from None
        if not fields.get("customer_no") and not fields.get("phone_norm"):
            raise Rejected(
                ValidationError(
                    "customer_no",
                    QT_TRANSLATE_NOOP("UserError", "The row names no customer: give a customer number or a phone."),
                ),
                "",
            )
        target, how = self.match(fields)
        if target is not None:
            # Without create_missing nothing is added that a key could find later; with
            # it, a customer found by the phone (the number unknown) may not be the one
            # a later line finds once a customer with that number is added.
            first = "customer_no" if fields.get("customer_no") else "phone"
            return target, not self.options.create_missing or how == first
        if not self.options.create_missing:
            raise Rejected(
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
            raise Rejected(exc, "") from None
        if self.consent is not None:
            fields["mail_consent"] = self.consent
        self.result.customers_added += 1
        return self.add_customer(fields, []), True  # found by its first key from now on

    def flush(self) -> None:
        super().flush()  # new customers first: their purchases need their ids
        if not self.lines:
            return
        lines = self.lines
        self.result.added += len(lines)
        for at in self.waiting:
            lines[at][0] = lines[at][0].id
        self.store.insert(lines, now())
        self.lines = []
        self.waiting = []
