"""Importing the catalogue: each row cleaned by the product form's rules
(``domain.catalogue.products.clean_product``), matched to a product by its barcode,
else by its exact name (case, width and spaces ignored, as ``find_product`` reads a
name), and added, skipped, filled or overwritten by the duplicate policy, as the
customer import does:

- ``skip`` (the default): a row that matches a product is counted as skipped;
- ``fill``: the product's empty fields (no category, unit, cost or barcode yet; a price
  of 0) are filled from the row; ``overwrite``: its fields take the row's non-empty
  cells. Both count the row as updated, or skipped when nothing changes; an empty cell
  never erases anything;
- ``keep``: the row is added as another product, unless it matched by barcode (a
  barcode belongs to one product only: the row is rejected).

Retired products are matched too (a file does not bring back a product the owner
retired, and its barcode is still taken); a matched product keeps its active state.
A row that would add a product without a name, or whose barcode another product has,
is rejected with its column and reason; nothing of it is stored.

Undo: the products the import added are removed (or retired, when sold since), and
the ones it changed get their previous values back; the product table has no batch
column, so the import keeps the range of ids it added and the changed values in its
batch's undo data (``history.undo_import``).

Speed: the catalogue's barcodes and names are read once; new products are stored
chunk by chunk with one INSERT each (``insert_rows``), their search keys (pinyin,
initials) computed as the form computes them. Figures: benchmarks/bench_catalogue.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, cast

from peewee import fn

from smallcrm.domain.catalogue.products import clean_product, search_text_for
from smallcrm.domain.customers.bulk import insert_rows
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.sheets.importer import engine
from smallcrm.sheets.importer.cells import cell_text
from smallcrm.sheets.importer.engine import Job, Rejected
from smallcrm.sheets.importer.history import UNDO_VERSION, encode
from smallcrm.sheets.importer.results import DUPLICATES_SHOWN
from smallcrm.sheets.reader import Cell, Row
from smallcrm.store.db import db, execute_many
from smallcrm.store.models import Product, now

# The stored columns a row can set, by the field that sets them.
_COLUMNS = {
    "name": "name",
    "barcode": "barcode",
    "category": "category",
    "unit": "unit",
    "kind": "kind",
    "price": "price_cents",
    "cost": "cost_cents",
}
_FILLED_WHEN = {"price_cents": (0, None), "kind": ()}  # fill: 0 is an empty price; a kind is never empty
# The columns read for matching and merging, and written for a changed product (with
# its search text and time), in the model's order, which peewee's UPDATE follows.
_STORED = ("name", "barcode", "category", "unit", "kind", "price_cents", "cost_cents", "updated_at")
_WRITTEN = tuple(f.name for f in Product._meta.sorted_fields if f.name in {*_STORED, "search_text"})
_NEW = ("barcode", "category", "unit", "kind", "price_cents", "cost_cents")
_DEFAULTS: dict[str, Any] = {"category": "", "unit": "", "kind": "goods", "price_cents": 0}


def _new_value(fields: dict[str, Any], column: str) -> Any:
    """A new product's column: the row's value, or the default the form gives."""
    return fields.get(column, _DEFAULTS.get(column))


def name_key(name: str) -> str:
    """A product name as matching reads it: case, width and spaces ignored (the first
    key of its search text, which ``find_product`` matches)."""
    return "".join(unicodedata.normalize("NFKC", name).lower().split())


class _New:
    """A product this import adds, while it waits in the current chunk; its id once stored."""

    __slots__ = ("fields", "id")

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields: dict[str, Any] | None = fields
        self.id: int | None = None


_Target = int | _New


class ProductImport(Job):
    """A catalogue: each row cleaned, matched by barcode then name, and added, skipped
    or merged by the duplicate policy (see the module's docstring)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.first_new_id = (Product.select(fn.MAX(Product.id)).scalar() or 0) + 1
        self.before: dict[int, dict[str, Any]] = {}  # products' previous values, for undo
        self.pending: list[_New] = []  # type: ignore[assignment]  # products, not the engine's customers
        self.last_new_id = 0
        self.by_barcode: dict[str, _Target] = {}
        self.by_name: dict[str, _Target] = {}
        self.memo: dict[tuple[str, type, Cell], dict[str, Any]] = {}
        # Every stored product's columns, read once (a query per matched row cost 1 ms:
        # 10 s for a price list of 10,000), and the ones this import changed since the
        # last flush, written then in one executemany.
        self.stored: dict[int, dict[str, Any]] = {}
        self.changed: dict[int, None] = {}
        rows = db.execute(Product.select(Product.id, *(getattr(Product, c) for c in _STORED)).order_by(Product.id))
        for pid, *values in cast("list[list[Any]]", rows):
            current = self.stored[pid] = dict(zip(_STORED, values, strict=True))
            if current["barcode"]:
                self.by_barcode[current["barcode"]] = pid
            self.by_name.setdefault(name_key(current["name"]), pid)
        by_field = self.columns.by_field
        self.plan = [(name, by_field[name]) for name in _COLUMNS if name in by_field]

    def _load_index(self) -> None:
        """Nothing: a catalogue matches products, not customers (the engine reads every
        customer's number and phone for the imports that do)."""

    # -- a row

    def row(self, number: int, cells: Row) -> None:
        fields = self._clean(cells)
        target, how = self._match(fields)
        result = self.result
        if target is None:
            self._add(number, fields)
            return
        policy = self.options.on_duplicate
        if policy == "keep" and how == "name":
            self._add(number, fields)
            self._duplicate(number, target, how, "added")
            return
        if policy == "keep":  # matched by barcode: a barcode belongs to one product only
            raise Rejected(
                ValidationError(
                    "barcode",
                    QT_TRANSLATE_NOOP("UserError", "The barcode {barcode} is already used by {name}."),
                    barcode=fields["barcode"],
                    name=self._name_of(target),
                ),
                self.columns.column("barcode"),
            )
        if policy == "skip":
            result.skipped += 1
            self._duplicate(number, target, how, "skipped")
            self.show(number, "skip", fields)
            return
        changed = self._update(target, fields, overwrite=policy == "overwrite")
        if changed:
            result.updated += 1
        else:
            result.skipped += 1
        self._duplicate(number, target, how, "updated" if changed else "skipped")
        self.show(number, "update" if changed else "skip", fields)

    def _clean(self, cells: Row) -> dict[str, Any]:
        """The row's mapped cells through clean_product, field by field in the form's
        order (the first bad one names its column); a typed cell (price, cost, kind,
        unit, category) once per distinct value."""
        fields: dict[str, Any] = {}
        width = len(cells)
        for name, index in self.plan:
            value = cells[index] if index < width else None
            if value is None:
                continue
            key = (name, value.__class__, value)
            cleaned = self.memo.get(key)
            if cleaned is None:
                data = value if name in ("price", "cost") and isinstance(value, (int, float)) else cell_text(value)
                if name == "barcode" and isinstance(value, float) and value.is_integer():
                    data = str(int(value))  # a barcode typed into a number cell: its digits
                try:
                    cleaned = clean_product({name: data})
                except ValidationError as exc:
                    raise Rejected(exc, self.columns.column(name)) from None
                if name != "name" and name != "barcode":  # these hardly repeat: not kept
                    self.memo[key] = cleaned
            fields.update(cleaned)
        if fields.get("barcode") is None:
            fields.pop("barcode", None)
        return fields

    def _match(self, fields: dict[str, Any]) -> tuple[_Target | None, str]:
        barcode = fields.get("barcode")
        if barcode:
            target = self.by_barcode.get(barcode)
            if target is not None:
                return target, "barcode"
        name = fields.get("name")
        if name:
            target = self.by_name.get(name_key(name))
            if target is not None:
                return target, "name"
        return None, ""

    def _add(self, number: int, fields: dict[str, Any]) -> None:
        if not fields.get("name"):
            raise Rejected(
                ValidationError("name", QT_TRANSLATE_NOOP("UserError", "A product needs a name.")),
                self.columns.column("name"),
            )
        entry = _New(fields)
        if fields.get("barcode"):
            self.by_barcode[fields["barcode"]] = entry
        self.by_name.setdefault(name_key(fields["name"]), entry)
        self.pending.append(entry)
        self.result.added += 1
        self.show(number, "add", fields)
        if len(self.pending) >= engine.CHUNK:
            self.flush()

    def _update(self, target: _Target, fields: dict[str, Any], *, overwrite: bool) -> bool:
        pid = target.id if isinstance(target, _New) else target
        if isinstance(target, _New) and target.fields is not None:
            current = target.fields  # added by an earlier row, still pending
        else:
            assert pid is not None
            current = self.stored[pid]
        changes: dict[str, Any] = {}
        for column, value in fields.items():
            old = current.get(column)
            if old == value:
                continue
            if not overwrite and old not in _FILLED_WHEN.get(column, ("", None)):
                continue
            changes[column] = value
        if not changes:
            return False
        if "name" in changes:
            self.by_name.setdefault(name_key(changes["name"]), target)
        barcode = changes.get("barcode")  # one no product has: the row would have matched its owner
        if barcode:
            old_barcode = current.get("barcode")
            if old_barcode and self.by_barcode.get(old_barcode) == target:
                del self.by_barcode[old_barcode]
            self.by_barcode[barcode] = target
        if pid is not None and pid < self.first_new_id:
            kept = self.before.setdefault(pid, {})
            for column in (*changes, "updated_at"):
                kept.setdefault(column, encode(current[column]))
        current.update(changes)
        if pid is not None:
            self.changed[pid] = None
        return True

    def _name_of(self, target: _Target) -> str:
        if isinstance(target, _New) and target.fields is not None:
            return str(target.fields["name"])
        pid = target.id if isinstance(target, _New) else target
        assert pid is not None
        return str(self.stored[pid]["name"])

    def _duplicate(self, number: int, target: _Target, how: str, action: str) -> None:
        self.result.duplicate_count += 1
        if len(self.result.duplicates) < DUPLICATES_SHOWN:
            pid = target.id if isinstance(target, _New) else target
            self.result.duplicates.append({"row": number, "product_id": pid, "match": how, "action": action})

    # -- storing

    def flush(self) -> None:
        """Store what changed: the products changed since the last flush (first, so a
        barcode one of them gave up is free for a new product), then the new ones, each
        in one statement run for all its rows."""
        self.cancel.check()
        stamp = now()
        if self.changed:
            template = Product.update({getattr(Product, c): None for c in _WRITTEN}).where(Product.id == 0)
            rows: list[Sequence[Any]] = []
            for pid in self.changed:
                current = self.stored[pid]
                current["updated_at"] = stamp
                values = {**current, "search_text": search_text_for(current["name"], current["barcode"])}
                values["updated_at"] = str(stamp)  # as peewee writes a datetime
                rows.append([*(values[c] for c in _WRITTEN), pid])
            execute_many(template, rows)
            self.changed = {}
        if not self.pending:
            return
        data = []
        for entry in self.pending:
            f = entry.fields
            assert f is not None
            f.setdefault("barcode", None)
            data.append([f["name"], search_text_for(f["name"], f["barcode"]), *(_new_value(f, c) for c in _NEW)])
        fields = [Product.name, Product.search_text, *(getattr(Product, c) for c in _NEW)]
        fields += [Product.created_at, Product.updated_at]
        ids = insert_rows(Product, fields, [[*row, stamp, stamp] for row in data])
        for entry, pid in zip(self.pending, ids, strict=True):
            assert entry.fields is not None
            entry.id = pid
            self.stored[pid] = {**{c: _new_value(entry.fields, c) for c in _STORED[:-1]}, "updated_at": stamp}
            entry.fields = None
            self.last_new_id = max(self.last_new_id, pid)
        # The indexes point at ids from now on.
        for index in (self.by_barcode, self.by_name):
            for key, target in index.items():
                if isinstance(target, _New) and target.id is not None:
                    index[key] = target.id
        self.pending = []

    def finish(self) -> None:
        """Nothing more to store: a product has no tags."""

    def undo_data(self) -> dict[str, Any]:
        added = [self.first_new_id, self.last_new_id] if self.last_new_id else []
        return {
            "version": UNDO_VERSION,
            "products_added": added,
            "products_updated": {str(pid): cols for pid, cols in self.before.items()},
        }
