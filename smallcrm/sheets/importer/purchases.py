"""Importing purchases: each line linked to its customer (by customer number, else
phone), cleaned as the purchase form cleans one (clean_purchase), and stored chunk by
chunk; see the package's docstring for the outcome rules."""

from __future__ import annotations

from typing import Any

from smallcrm.domain.customers.bulk import insert_rows
from smallcrm.domain.customers.fields import clean_fields, require_identity
from smallcrm.domain.records.purchases import clean_purchase
from smallcrm.domain.values.yes_no import parse_bool
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.sheets.importer import engine
from smallcrm.sheets.importer.cells import cell_text, date_like, phone_text, with_notes
from smallcrm.sheets.importer.engine import Job, Rejected, Target
from smallcrm.sheets.reader import Cell, Row
from smallcrm.store.models import Purchase, now

# A line's fields in clean_purchase's order (the first bad one names the column), and
# those whose cleaning is remembered per distinct cell.
_FIELDS = ("refund", "date", "item", "category", "quantity", "amount", "cost", "channel", "note")
_TYPED = frozenset({"refund", "date", "quantity", "amount", "cost"})
MEMO_SIZE = 50_000


def _as_data(name: str, value: Cell) -> Any:
    """A typed cell as clean_purchase takes it: a date cell, serial or text with a time
    as a date; a number as it is; anything else as its text."""
    if name == "date":
        return date_like(value)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else cell_text(value)


class PurchaseImport(Job):
    """A purchase list: each line linked to its customer (by number, else phone) and
    stored; an unknown customer is added with ``create_missing``."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.purchases: list[tuple[Target, dict[str, Any]]] = []
        # Cleaned values per distinct cell (see _clean), cleared when it reaches
        # MEMO_SIZE, so that memory does not grow with the lines. (Not the customers'
        # cells: a shop's customer numbers are too many to repeat within it, measured.)
        self.memo: dict[tuple[str, type, Cell, bool], Any] = {}
        by_field = self.columns.by_field
        # The mapped fields in clean_purchase's order, with their column and whether
        # their cleaning is remembered; the date and the amount are always there (the
        # mapping is refused without them). The customer's cells, likewise.
        self.plan = [(name, by_field[name], name in _TYPED) for name in _FIELDS if name in by_field]
        if "note" not in by_field and self.columns.note_columns:
            self.plan.append(("note", len(self.columns.mapping) + 1, False))  # never a cell: the notes alone
        self.who = [(name, by_field[name]) for name in ("customer_no", "name", "phone") if name in by_field]

    def row(self, number: int, cells: Row) -> None:
        width = len(cells)
        notes = self.columns.notes(cells) if self.columns.note_columns else []
        fields = self._clean(cells, width, notes)
        customer = self._customer(cells, width)
        self.purchases.append((customer, fields))
        self.result.added += 1
        self.show(number, "add", fields)
        if len(self.purchases) >= engine.CHUNK * 2:
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

    def _customer(self, cells: Row, width: int) -> Target:
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
        target, _how = self.match(fields)
        if target is not None:
            return target
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
