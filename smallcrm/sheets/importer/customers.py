"""Importing a customer list: each row's cells cleaned by the domain's rules (as the
form cleans what is typed), matched to a customer, and added, skipped, filled or
overwritten by the duplicate policy (see the package's docstring)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, cast

from smallcrm.domain.customers.fields import (
    birthday_columns,
    check_text,
    clean_fields,
    clean_text,
    require_identity,
)
from smallcrm.domain.customers.search_text import store_search_text
from smallcrm.domain.values import phones
from smallcrm.domain.values.addresses import split_address
from smallcrm.domain.values.birthdays import parse_birthday
from smallcrm.domain.values.genders import parse_gender
from smallcrm.domain.values.yes_no import parse_bool
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.printing.layout import country_code
from smallcrm.sheets.importer.cells import cell_text, date_like, phone_text, split_phones, split_tags, with_notes
from smallcrm.sheets.importer.engine import Entry, Job, Rejected, Target
from smallcrm.sheets.importer.history import UNDO_VERSION, encode
from smallcrm.sheets.importer.results import DUPLICATES_SHOWN
from smallcrm.sheets.reader import Cell, Row
from smallcrm.store.models import Customer, CustomerTag, Staff, now

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
# Distinct cleaned texts kept per field (CustomerImport.cleaned_texts): ~100 bytes each.
TEXTS_KEPT = 50_000


class _RowCells:
    """The cells of one row whose cleaning waits for the whole row (clean_customer)."""

    __slots__ = ("country", "lunar", "phones", "postcode", "rare", "solar", "staff", "tags")

    def __init__(self) -> None:
        self.country = "CN"
        self.postcode: str | None = None
        self.phones: dict[str, str] = {}
        self.solar: Cell = None
        self.lunar: Cell = None
        self.staff: Cell = None
        self.tags: Cell = None
        self.rare: dict[str, Any] = {}


class CustomerImport(Job):
    """A customer list: each row cleaned, matched, and added, skipped or merged by the
    duplicate policy."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.before: dict[int, dict[str, Any]] = {}  # existing customers' previous values, for undo
        self.tags_added: list[tuple[int, int]] = []
        # One address column and none for its parts: the shop's one-line addresses.
        by_field = self.columns.by_field
        self.split_addresses = "street" in by_field and not _ADMIN_COLUMNS & by_field.keys()
        self.staff_ids: dict[str, int] = {}
        # (field, type, cell) -> cleaned value for the typed columns, whose values repeat
        # (genders, yes/no, birthdays, tags); the type keeps True, 1 and 1.0 apart.
        self.memo: dict[tuple[str, type, Cell], Any] = {}
        # check_text's answers by field (income, country) and, for postcodes, by country.
        self.text_memo: defaultdict[str, dict[str, str]] = defaultdict(dict)
        # clean_text's answers for text cells, by field: provinces, cities, districts,
        # streets and names repeat down a customer list (at 100,000 rows, 600,000 calls
        # became 130,000). Bounded: a column of all-different cells stops being kept.
        self.cleaned_texts: dict[str, dict[str, str]] = {name: {} for _i, name, _t, _c in self.columns.plan}
        self.postcode_memo: defaultdict[str, dict[str, str]] = defaultdict(dict)

    def row(self, number: int, cells: Row) -> None:
        fields, tags = self.clean_customer(cells)
        target, how = self.match(fields)
        result = self.result
        if target is None:
            self.add_customer(fields, tags)
            result.added += 1
            self.show(number, "add", fields)
            return
        policy = self.options.on_duplicate
        if policy == "keep":
            if how == "customer_no":
                raise Rejected(
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
            self.show(number, "add", fields)
            return
        if policy == "skip":
            result.skipped += 1
            self._duplicate(number, target, how, "skipped")
            self.show(number, "skip", fields)
            return
        changed = self._update(target, fields, tags, overwrite=policy == "overwrite")
        if changed:
            result.updated += 1
        else:
            result.skipped += 1
        self.register(target, fields)
        self._duplicate(number, target, how, "updated" if changed else "skipped")
        self.show(number, "update" if changed else "skip", fields)

    # -- cleaning a row

    def clean_customer(self, cells: Row) -> tuple[dict[str, Any], list[str]]:
        """One row's cells -> customer column values (and tags); raises Rejected.

        Every value is cleaned by the domain's own rules, as the form cleans what is
        typed: clean_text (and check_text's rule) for text, parse_gender,
        phones.normalise, parse_birthday, parse_bool, and clean_fields for the rare
        fields and the tags. They are called from one loop over the mapped columns: at
        100,000 rows, building a dict per row for clean_fields and letting it dispatch on
        every field cost a third of the import. The values that repeat (genders,
        postcodes, incomes, yes/no, birthdays, tags) are cleaned once each (self.memo).
        """
        fields: dict[str, Any] = {}
        row = _RowCells()
        try:
            self._read_cells(cells, fields, row)
            self._clean_the_rest(fields, row)
        except ValidationError as exc:
            raise Rejected(exc, self.columns.column(exc.field)) from None
        notes = self.columns.notes(cells)
        if notes:
            fields["notes"] = self._cleaned("notes", with_notes(fields.get("notes", ""), notes))
        if not fields.get("name") and not fields.get("phone"):
            try:
                require_identity(fields)
            except ValidationError as exc:
                raise Rejected(exc, "") from None
        if row.staff is not None:
            staff = self._cleaned("staff", cell_text(row.staff))
            if staff:
                fields["staff"] = self._staff(staff)
        if self.consent is not None:
            fields["mail_consent"] = self.consent
        if self.split_addresses and fields.get("street") and country_code(fields.get("country", "CN")) == "CN":
            self._split_address(fields)
        return fields, self._tags(row.tags)

    def _read_cells(self, cells: Row, fields: dict[str, Any], row: _RowCells) -> None:
        """The mapped cells: free text, genders and consent cleaned into ``fields`` now;
        the values whose cleaning needs the whole row (the postcode: its country's rule;
        the phones: two in one cell; the birthday: the lunar column wins) kept in ``row``."""
        width = len(cells)
        memo = self.memo
        cleaned_texts = self.cleaned_texts
        for index, name, text_field, checked in self.columns.plan:
            if index >= width:
                continue
            value = cells[index]
            if value is None:
                continue
            if text_field:
                if value.__class__ is str:
                    seen = cleaned_texts[name]
                    text = seen.get(value)
                    if text is None:
                        text = clean_text(value, name)
                        if len(seen) < TEXTS_KEPT:
                            seen[value] = text
                else:
                    text = clean_text(cell_text(value), name)
                if checked:  # check_text's rule: the email's shape, a band, the country code
                    if name == "postcode":
                        row.postcode = text  # its rule is the row's country's: after the loop
                        continue
                    text = self._checked(name, text)
                    if name == "country":
                        row.country = text
                fields[name] = text
            elif name == "phone" or name == "phone2":
                row.phones[name] = phone_text(value)
            elif name == "gender":
                gender = memo.get((name, value.__class__, value))
                if gender is None:
                    gender = memo[name, value.__class__, value] = parse_gender(cell_text(value), name)
                fields[name] = gender
            elif name == "birthday":
                row.solar = value
            elif name == "lunar_birthday":
                row.lunar = value
            elif name == "mail_consent":
                if self.consent is not None:  # the owner chose for the whole import
                    continue
                consent = memo.get((name, value.__class__, value))
                if consent is None:
                    consent = parse_bool(value if value.__class__ is bool else cell_text(value), name)
                    memo[name, value.__class__, value] = consent
                fields[name] = consent
            elif name == "staff":
                row.staff = value
            elif name == "tags":
                row.tags = value
            elif name == "churned_on":
                row.rare[name] = date_like(value)
            else:
                row.rare[name] = cell_text(value)

    def _checked(self, name: str, text: str) -> str:
        """check_text's rule for ``name`` (not the postcode): the email's shape, once per
        customer; an income band or a country code, once per value."""
        if name == "email":
            return check_text(name, text)
        seen = self.text_memo[name]
        clean = seen.get(text)
        if clean is None:
            clean = seen[text] = check_text(name, text)
        return clean

    def _clean_the_rest(self, fields: dict[str, Any], row: _RowCells) -> None:
        """The postcode by the row's country's rule, the phones, the birthday and the
        rare fields (through clean_fields as they are)."""
        if row.postcode is not None:
            seen = self.postcode_memo[row.country]
            clean = seen.get(row.postcode)
            if clean is None:
                clean = seen[row.postcode] = check_text("postcode", row.postcode, row.country)
            fields["postcode"] = clean
        if row.phones:
            given = row.phones
            # (A cell of digits, the usual phone, holds one number: no need to split it.)
            if "phone" in given and "phone2" not in given and not given["phone"].isdigit():
                parts = split_phones(given["phone"])
                if len(parts) == 2:  # '13812345678/13987654321': two numbers in one cell
                    given["phone"], given["phone2"] = parts
            for name, text in given.items():
                text = fields[name] = clean_text(text, name)
                fields[name + "_norm"] = phones.normalise(text, self.region, name)
        # A filled 农历生日 column wins: it is the day the customer celebrates.
        if row.lunar is not None or row.solar is not None:
            name = "lunar_birthday" if row.lunar is not None else "birthday"
            value = row.lunar if row.lunar is not None else row.solar
            columns = self.memo.get((name, value.__class__, value))
            if columns is None:
                # In the 农历生日 column '八月十五' means 农历八月十五 (the parser's lunar=True).
                birthday = parse_birthday(date_like(value), lunar=name == "lunar_birthday", field=name)
                columns = self.memo[name, value.__class__, value] = birthday_columns(birthday)
            fields.update(columns)
        if row.rare:
            fields.update(clean_fields(row.rare, self.region))

    def _cleaned(self, name: str, text: str) -> str:
        """``text`` as clean_text makes it for ``name``, or the row rejected at that column."""
        try:
            return clean_text(text, name)
        except ValidationError as exc:
            raise Rejected(exc, self.columns.column(name)) from None

    def _tags(self, value: Cell) -> list[str]:
        """The tags of a tags cell, split where a shop separates them and cleaned as the
        form cleans its tags; each once."""
        if value is None:
            return []
        key = ("tags", value.__class__, value)
        tags = self.memo.get(key)
        if tags is None:
            try:
                cleaned = clean_fields({"tags": split_tags(value)}, self.region)["tags"]
            except ValidationError as exc:
                raise Rejected(exc, self.columns.column("tags")) from None
            tags = self.memo[key] = list(dict.fromkeys(cleaned))
        return list(tags)  # the row's own list: a later duplicate row extends it

    def _split_address(self, fields: dict[str, Any]) -> None:
        """The row's one-line address into its parts (see the package's docstring). A
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

    def _duplicate(self, number: int, target: Target, how: str, action: str) -> None:
        self.result.duplicate_count += 1
        if len(self.result.duplicates) < DUPLICATES_SHOWN:
            cid = target.id if isinstance(target, Entry) else target
            self.result.duplicates.append({"row": number, "customer_id": cid, "match": how, "action": action})

    def _update(self, target: Target, fields: dict[str, Any], tags: list[str], *, overwrite: bool) -> bool:
        pending = isinstance(target, Entry) and target.fields is not None
        cid = target.id if isinstance(target, Entry) else target
        current = target.fields if isinstance(target, Entry) and target.fields is not None else None
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
            assert isinstance(target, Entry)
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
                kept.setdefault(column, encode(current[column]))
            kept.setdefault("updated_at", encode(current["updated_at"]))
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
