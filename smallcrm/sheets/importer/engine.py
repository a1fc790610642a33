"""What the customer and the purchase import share: the row loop with its counts and
preview, matching a row to a customer (by number, then phone; the database's and the
file's own earlier rows), and adding new customers chunk by chunk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import fn

from smallcrm import jobs, settings
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.lookup import next_customer_no
from smallcrm.domain.customers.search_text import store_search_text
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets.importer.cells import Columns, is_summary
from smallcrm.sheets.importer.history import UNDO_VERSION, jsonable
from smallcrm.sheets.importer.results import PREVIEW_ROWS, ImportOptions, ImportResult, Reject
from smallcrm.sheets.reader import Row
from smallcrm.store.db import db
from smallcrm.store.models import Customer, CustomerTag, Tag

CHUNK = 2000  # rows per insert_customers call


class Rejected(Exception):  # noqa: N818 - carries a reject, caught per row
    """A row that stores nothing: the error, and the column the owner should look at."""

    def __init__(self, error: UserError, column: str) -> None:
        self.error = error
        self.column = column


class Entry:
    """A customer this import adds, while it waits in the current chunk. Once stored,
    every reference to it becomes its id (an int), so memory holds ids, not rows."""

    __slots__ = ("fields", "id", "keys", "tags")

    def __init__(self, fields: dict[str, Any], tags: list[str]) -> None:
        self.fields: dict[str, Any] | None = fields
        self.tags = tags
        self.id: int | None = None
        self.keys: list[tuple[dict[str, Any], str]] = []  # index entries to turn into the id


Target = int | Entry  # a stored customer's id, or a pending new one


class Job:
    """What the customer and purchase imports share: matching customers, adding new
    ones chunk by chunk, and the per-row bookkeeping."""

    def __init__(
        self, batch_id: int, result: ImportResult, options: ImportOptions, columns: Columns, cancel: jobs.CancelToken
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
        self.phones: dict[str, int] = {}  # normalised phone -> lowest live id, the database's
        self.by_number: dict[str, Target] = {}  # this file's numbers -> the customer they matched or added
        self.by_phone: dict[str, Target] = {}  # likewise for phones
        self.auto_numbers: dict[str, Target] = {}  # numbers this import handed out -> their customer
        self.pending: list[Entry] = []
        self.tag_ids: dict[str, int] = {}
        self.tag_links: list[tuple[int, int]] = []
        self.first_new_id = (Customer.select(fn.MAX(Customer.id)).scalar() or 0) + 1
        self._load_index()

    def _load_index(self) -> None:
        """Every customer's number and phones, read as the database stores them (texts
        need no conversion: peewee's per-value conversion of 300,000 values took
        longer than the query)."""
        cursor = db.execute(
            Customer.select(
                Customer.id, Customer.customer_no, Customer.phone_norm, Customer.phone2_norm, Customer.deleted_at
            )
        )
        for cid, number, phone, phone2, deleted_at in cursor:
            if deleted_at is not None:
                self.known[number] = (cid, True)
                continue
            self.known[number] = (cid, False)
            for p in (phone, phone2):
                if p and p not in self.phones:
                    self.phones[p] = cid
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
            if cells.count(None) == len(cells):  # no cell with a value (in C, not a generator per row)
                result.blank += 1
                continue
            if is_summary(cells):
                result.summary_rows += 1
                result.skipped += 1
                self.show(number, "summary", {}, cells)
                continue
            try:
                self.row(number, cells)
            except Rejected as rejected:
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
        self.show(number, "reject", {}, cells)

    def show(self, number: int, action: str, fields: dict[str, Any], cells: Row | None = None) -> None:
        """A preview row: the values it will store (``fields``), or for a row that
        stores nothing (rejected, a total row) its mapped ``cells`` as read, by field."""
        if len(self.result.preview) < PREVIEW_ROWS:
            shown = {k: v for k, v in fields.items() if k not in ("search_text", "import_batch")}
            entry: dict[str, Any] = {"row": number, "action": action, "fields": jsonable(shown)}
            if cells:
                entry["cells"] = jsonable(self.columns.shown(cells))
            self.result.preview.append(entry)

    def undo_data(self) -> dict[str, Any]:
        return {"version": UNDO_VERSION}

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
                    raise Rejected(
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
        return isinstance(target, Entry) or target >= self.first_new_id

    def register(self, target: Target, fields: dict[str, Any]) -> None:
        """Later rows with this number or these phones match ``target``."""
        number = fields.get("customer_no")
        if number and number not in self.auto_numbers and number not in self.by_number:
            self.by_number[number] = target
            if isinstance(target, Entry):
                target.keys.append((self.by_number, number))
        for key in ("phone_norm", "phone2_norm"):
            phone = fields.get(key)
            if phone and phone not in self.by_phone:
                self.by_phone[phone] = target
                if isinstance(target, Entry):
                    target.keys.append((self.by_phone, phone))

    def add_customer(self, fields: dict[str, Any], tags: list[str]) -> Entry:
        number = fields.get("customer_no", "")
        entry = Entry(fields, tags)
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
        if isinstance(target, Entry) and target.fields is not None:
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
        ids = insert_customers(rows, validate=False, chunk=len(rows) + 1, taken=self.db_numbers, owned=True)
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
