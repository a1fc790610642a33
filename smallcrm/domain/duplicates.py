"""Duplicate customers found after the fact, merged field by field, and unmerged.

The 'new customer' warning (``customers.likely_duplicates_of``) stops most duplicates
at the door, but imports with ``allow_duplicate``, two staff typing the same walk-in
customer, or a spreadsheet that lost its leading zeros still leave pairs behind. This
module lists the likely pairs, merges one customer into another and undoes a merge.

Evidence, strongest first (the order of ``reasons`` and of the list):

- ``customer_no``: the numbers are equal once case, spaces, full-width characters and
  the leading zeros of an all-digit number are ignored. The column is unique, so an
  exact match cannot exist; the forms that slip past the index are the ones
  spreadsheets make ('000123' read as the number 123, or '123.0') and typing makes
  ('c000123 ', 'Ｃ000123'). Leading zeros inside a prefixed number ('C000123' vs
  'C123') are *not* ignored: that is a different number in the shop's own sequence.
- ``phone``: a normalised number shared in any slot (phone with phone, phone2 with
  phone2, or one's phone with the other's phone2). A family's shared landline also
  matches, so a phone pair whose names differ ranks below one whose names agree.
- ``name_address``: same name (ignoring spaces and case) and same street (likewise),
  unless the two are recorded in different cities or districts ('人民路1号' is in
  every city).
- ``name_birthday``: same name and same birthday (calendar, month, day, leap month);
  years must agree where both are known. Weakest when a year is missing: among
  100,000 customers, where common names repeat hundreds of times, one in 365 pairs
  of namesakes shares a day by chance (about 240 such pairs in the demo data), so a
  pair whose years are both known and equal scores as high as a shared address.

Same name alone is never evidence: 张伟 is thousands of people.

No reason compares every customer with every other. Phones are found through their
indexes (candidate numbers from a grouped index scan, then their holders); the two
name reasons are one SQL query each that partitions live customers by the key and
keeps the partitions with more than one member (window ``COUNT(*) OVER``), a sort of
the table; customer numbers are normalised in one linear pass, since SQL has no
NFKC. Python only builds pairs from the members of duplicate groups. Measured at
100,000 demo customers (``demo.generate``) on a busy two-core machine: about 1.3 s of
CPU in all, 0.2 s of it phones and numbers, the rest the two name partitions (a
composite index could not help those: the keys ignore spaces and case). A group
larger than ``BIG_GROUP`` (a placeholder phone such as 13800000000 typed for every
customer without one) is paired as a star around its lowest id instead of every pair
with every other, which keeps the result linear in the group size and is still
enough to merge the whole group step by step.

A merge is one transaction recorded in ``MergeRecord.undo_data`` (JSON) with enough to
put everything back: the survivor's previous values of the columns the merge changed,
the ids of the purchases, interactions and reminders moved, the tag links added to
the survivor and the merged customer's own tag links. The merged customer goes to the
trash (not purged, and out of the search index like any trashed customer) so that
undo can bring it back; purging it deletes the merge record too
(``on_delete=CASCADE``), after which the merge is final.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from peewee import Field, Select, fn

from smallcrm.domain import audit
from smallcrm.domain.customers import (
    EDITABLE_FIELDS,
    birthday_of,
    get_customer,
    move_to_trash,
    tags_of,
    take_from_trash,
)
from smallcrm.domain.search import store_search_text
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import (
    Customer,
    CustomerTag,
    Interaction,
    MergeRecord,
    NotDuplicate,
    Purchase,
    Reminder,
    Staff,
    Tag,
    now,
)

# Fields the owner picks one survivor for; tags are not among them because they are unioned.
MERGE_FIELDS: tuple[str, ...] = tuple(f for f in EDITABLE_FIELDS if f != "tags")

# The model fields (keys of Customer.__data__) behind each merge field: a birthday or
# a phone moves as a whole, so a survivor never gets one customer's month with the
# other's day, or one number with another number's normalised form.
_BIRTH_COLUMNS = ("birth_calendar", "birth_year", "birth_month", "birth_day", "birth_leap")
COLUMNS: dict[str, tuple[str, ...]] = {
    f: (_BIRTH_COLUMNS if f == "birthday" else (f, f + "_norm") if f in ("phone", "phone2") else (f,))
    for f in MERGE_FIELDS
}

# Fields never filled from the merged customer by default, only by an explicit choice:
# the number is the survivor's identity; consent is something the customer gave or
# withheld, not a blank to fill in; and the churn fields describe one state together,
# so mixing them would say "active, lost to a competitor".
NO_AUTO_FILL = frozenset({"customer_no", "mail_consent", "churn_status", "churn_reason", "churned_on", "churn_note"})

# A phone slot may also take the number in the other customer's *other* slot, so the
# survivor's empty second phone can receive the merged customer's main phone: choice
# "other_phone" for phone2 (and "other_phone2" for phone). Without it a merge of two
# customers with one different mobile each would lose one of the two numbers.
OTHER_SLOT = {"phone": "phone2", "phone2": "phone"}

REASONS = ("customer_no", "phone", "name_address", "name_birthday")
REASON_WEIGHTS = {"customer_no": 4, "phone": 3, "name_address": 2, "name_birthday": 1}
SAME_NAME_BONUS = 1  # a shared phone with the same name beats a shared family landline
FULL_BIRTHDAY_BONUS = 1  # the same birthday with the same known year is rarely chance
BIG_GROUP = 10  # above this many members a group is paired as a star, not every pair
_CHUNK = 500  # ids per IN (...) list, far below SQLite's bound-parameter limit
UNDO_VERSION = 1


# ---------------------------------------------------------------------------------
# Finding pairs


def find_duplicate_pairs(limit: int | None = None) -> list[dict[str, Any]]:
    """Likely duplicate pairs among live customers, strongest evidence first.

    Each pair is ``{"a", "b", "reasons", "a_name", "b_name", "a_phone", "b_phone"}``
    with ``a < b``. The order is deterministic: by evidence score (the weights of the
    reasons, plus a bonus when the names agree), then by ``a`` and ``b``.
    """
    reasons: dict[tuple[int, int], set[str]] = {}

    def add(pairs: Iterable[tuple[int, int]], reason: str) -> None:
        for pair in pairs:
            reasons.setdefault(pair, set()).add(reason)

    full_birthdays: set[tuple[int, int]] = set()
    add(_customer_no_pairs(), "customer_no")
    add(_phone_pairs(), "phone")
    add(_name_address_pairs(), "name_address")
    add(_name_birthday_pairs(full_birthdays), "name_birthday")
    for pair in dismissed_pairs() & reasons.keys():
        del reasons[pair]
    if not reasons:
        return []

    ids = sorted({i for pair in reasons for i in pair})
    info = _brief(ids)

    def score(pair: tuple[int, int]) -> int:
        total = sum(REASON_WEIGHTS[r] for r in reasons[pair])
        a, b = info[pair[0]], info[pair[1]]
        if a["name_key"] and a["name_key"] == b["name_key"]:
            total += SAME_NAME_BONUS
        if pair in full_birthdays:
            total += FULL_BIRTHDAY_BONUS
        return total

    ordered = sorted(reasons, key=lambda pair: (-score(pair), pair))
    if limit is not None:
        ordered = ordered[: max(0, limit)]
    return [
        {
            "a": a,
            "b": b,
            "reasons": [r for r in REASONS if r in reasons[(a, b)]],
            "a_name": info[a]["name"],
            "b_name": info[b]["name"],
            "a_phone": info[a]["phone"],
            "b_phone": info[b]["phone"],
        }
        for a, b in ordered
    ]


def normalise_customer_no(value: str) -> str:
    """The matching form of a customer number (see the module docstring for why):
    'c 000123' -> 'C000123', '000123' and '123.0' -> '123'. Upper case, not case
    folding, so the shop's own numbers are already in this form."""
    text = value or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width letters and digits
    text = "".join(text.split()).upper()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]  # a number cell read as a float: 123.0
    if text.isdigit():
        text = text.lstrip("0") or "0"
    return text


def _squash(column: Any) -> Any:
    """SQL for a text key that ignores spaces (ASCII and ideographic) and ASCII case."""
    return fn.lower(fn.replace(fn.replace(column, " ", ""), "\u3000", ""))


def _name_key(name: str) -> str:
    """The Python twin of ``_squash`` for names, to compare two fetched rows."""
    return (name or "").replace(" ", "").replace("\u3000", "").lower()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _squashed(text: str) -> str:
    """Exactly what ``_squash`` makes of a text in SQL (SQLite's lower() folds ASCII only)."""
    return (text or "").replace(" ", "").replace("\u3000", "").translate(_ASCII_LOWER)


def evidence(a_id: int, b_id: int) -> list[str]:
    """Why customers ``a_id`` and ``b_id`` look like one person, by the rules the
    duplicates list uses (the module docstring), strongest first; [] when nothing
    but, at most, a common name is shared. Trashed customers are judged all the same:
    the merge refuses them for its own reason."""
    a, b = get_customer(a_id).__data__, get_customer(b_id).__data__
    reasons = []
    if normalise_customer_no(a["customer_no"]) == normalise_customer_no(b["customer_no"]):
        reasons.append("customer_no")
    if {a["phone_norm"], a["phone2_norm"]} & {b["phone_norm"], b["phone2_norm"]} - {""}:
        reasons.append("phone")
    same_name = bool(a["name"] and b["name"]) and _squashed(a["name"]) == _squashed(b["name"])
    same_street = bool(a["street"] and b["street"]) and _squashed(a["street"]) == _squashed(b["street"])
    same_place = all(not a[k] or not b[k] or a[k] == b[k] for k in ("city", "district"))
    if same_name and same_street and same_place:
        reasons.append("name_address")
    day = ("birth_calendar", "birth_month", "birth_day", "birth_leap")
    born = a["birth_month"] is not None and a["birth_day"] is not None
    years = (a["birth_year"], b["birth_year"])
    if same_name and born and all(a[k] == b[k] for k in day) and (None in years or years[0] == years[1]):
        reasons.append("name_birthday")
    return reasons


def _live() -> Any:
    return Customer.deleted_at.is_null()


def _pairs_in(group: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Every pair of a small group; a star around the lowest id for a big one."""
    ids = sorted(set(group))
    if len(ids) > BIG_GROUP:
        yield from ((ids[0], other) for other in ids[1:])
    else:
        yield from itertools.combinations(ids, 2)


def _duplicate_groups(source: Any, keys: Sequence[str], extra: Sequence[str] = ()) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``source`` (a subquery with columns ``keys``, ``cid`` and ``extra``) whose
    key occurs more than once, grouped by key; each row is ``(cid, *extra)``.

    The window count lets SQL drop the singletons (nearly every customer) before
    Python sees anything.
    """
    src = source.alias("src")
    key_cols = [getattr(src.c, k) for k in keys]
    count = fn.COUNT(src.c.cid).over(partition_by=key_cols).alias("n")
    inner = Select([src], [*key_cols, src.c.cid, *(getattr(src.c, e) for e in extra), count]).alias("w")
    outer_keys = [getattr(inner.c, k) for k in keys]
    query = (
        Select([inner], [*outer_keys, inner.c.cid, *(getattr(inner.c, e) for e in extra)])
        .where(inner.c.n > 1)
        .order_by(*outer_keys, inner.c.cid)
        .bind(db)
    )
    width = len(keys)
    for _key, rows in itertools.groupby(db.execute(query), key=lambda row: row[:width]):
        yield [row[width:] for row in rows]


def _phone_pairs() -> Iterator[tuple[int, int]]:
    """Customers sharing a normalised number in either slot.

    Both phone columns are indexed, so SQL finds the candidate numbers without
    reading the table: numbers repeated in ``phone_norm`` (a grouped scan of its
    index, already in order) plus every ``phone2_norm`` (few customers have one).
    Each slot is then searched through its own index for the candidates; the trash
    is filtered here rather than in SQL, because without ANALYZE statistics SQLite
    would answer ``deleted_at IS NULL`` by walking every live customer through the
    deleted_at index. At 100,000 customers this is 0.1 s of CPU, against 0.4 s for
    partitioning every live customer's numbers.
    """
    repeated = (
        Customer.select(Customer.phone_norm)
        .where(Customer.phone_norm != "")
        .group_by(Customer.phone_norm)
        .having(fn.COUNT(Customer.id) > 1)
    )
    candidates = repeated | Customer.select(Customer.phone2_norm).where(Customer.phone2_norm != "")
    columns = (Customer.id, Customer.phone_norm, Customer.phone2_norm, Customer.deleted_at)
    query = Customer.select(*columns).where(Customer.phone_norm.in_(candidates)) | Customer.select(*columns).where(
        Customer.phone2_norm.in_(candidates)
    )
    groups: dict[str, set[int]] = {}
    for cid, first, second, deleted_at in db.execute(query):
        if deleted_at is not None:
            continue
        for number in (first, second):
            if number:  # a customer with one number in both slots is one member, not a pair
                groups.setdefault(number, set()).add(cid)
    for _number, ids in sorted(groups.items()):
        if len(ids) > 1:
            yield from _pairs_in(sorted(ids))


def _name_birthday_pairs(full: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Same name and birthday; a year known on both sides must agree. Pairs whose
    years are both known (and so equal) are also added to ``full``."""
    source = Customer.select(
        _squash(Customer.name).alias("k1"),
        Customer.birth_calendar.alias("k2"),
        Customer.birth_month.alias("k3"),
        Customer.birth_day.alias("k4"),
        Customer.birth_leap.alias("k5"),
        Customer.id.alias("cid"),
        Customer.birth_year.alias("year"),
    ).where(_live() & (Customer.name != "") & Customer.birth_month.is_null(False) & Customer.birth_day.is_null(False))
    for group in _duplicate_groups(source, ["k1", "k2", "k3", "k4", "k5"], ["year"]):
        year = {row[0]: row[1] for row in group}
        for a, b in _pairs_in(list(year)):
            if year[a] is None or year[b] is None:
                yield a, b
            elif year[a] == year[b]:
                full.add((a, b))
                yield a, b


def _name_address_pairs() -> Iterator[tuple[int, int]]:
    """Same name and street, unless recorded in different cities or districts."""
    source = Customer.select(
        _squash(Customer.name).alias("k1"),
        _squash(Customer.street).alias("k2"),
        Customer.id.alias("cid"),
        Customer.city.alias("city"),
        Customer.district.alias("district"),
    ).where(_live() & (Customer.name != "") & (Customer.street != ""))
    for group in _duplicate_groups(source, ["k1", "k2"], ["city", "district"]):
        place = {row[0]: (row[1], row[2]) for row in group}
        for a, b in _pairs_in(list(place)):
            if all(not x or not y or x == y for x, y in zip(place[a], place[b], strict=True)):
                yield a, b


def _customer_no_pairs() -> Iterator[tuple[int, int]]:
    """Numbers equal after normalisation. SQL cannot do NFKC, so this reads the
    (id, number) pairs once, raw (no model rows): linear, about 0.2 s at 100,000."""
    groups: dict[str, list[int]] = {}
    query = Customer.select(Customer.id, Customer.customer_no).where(_live())
    for cid, number in db.execute(query):
        groups.setdefault(normalise_customer_no(number), []).append(cid)
    for ids in groups.values():
        if len(ids) > 1:
            yield from _pairs_in(ids)


def _brief(ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """Name and phone for the list, fetched only for customers that are in a pair."""
    out: dict[int, dict[str, str]] = {}
    for part in _chunks(ids):
        query = Customer.select(Customer.id, Customer.name, Customer.phone).where(Customer.id.in_(part)).tuples()
        for cid, name, phone in cast("Iterable[tuple[int, str, str]]", query):
            out[cid] = {"name": name, "phone": phone, "name_key": _name_key(name)}
    return out


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


# ---------------------------------------------------------------------------------
# Side by side


def compare(a_id: int, b_id: int) -> list[dict[str, Any]]:
    """Field-by-field rows for the side-by-side view, in form order, tags last.

    Values are what the owner reads (birthday text, staff name, tags as a comma
    list, dates as ISO text, '' for empty). ``same`` compares phones by their
    normalised form, so '138-1234-5678' and '+86 13812345678' count as the same.
    """
    a = get_customer(a_id)
    b = get_customer(b_id)
    rows = []
    for field in (*MERGE_FIELDS, "tags"):
        va, vb = _display(a, field), _display(b, field)
        phone = field in ("phone", "phone2")
        same = getattr(a, field + "_norm") == getattr(b, field + "_norm") if phone else va == vb
        rows.append({"field": field, "a": va, "b": vb, "same": same})
    return rows


def _display(c: Customer, field: str) -> Any:
    if field == "birthday":
        b = birthday_of(c)
        return b.to_text() if b else ""
    if field == "staff":
        staff = Staff.get_or_none(Staff.id == c.staff_id) if c.staff_id else None
        return staff.name if staff else ""
    if field == "tags":
        return ", ".join(tags_of(c.id))
    if field == "mail_consent":
        return bool(c.mail_consent)
    value = getattr(c, field)
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else value


# ---------------------------------------------------------------------------------
# Merge and undo


def default_choices(keep_id: int, other_id: int) -> dict[str, str]:
    """What ``merge_customers`` does for fields without a choice, for every field:
    the GUI pre-selects these, so the owner only changes what they disagree with."""
    keep = get_customer(keep_id)
    other = get_customer(other_id)
    return {f: _default_choice(f, keep.__data__, other.__data__) for f in MERGE_FIELDS}


def _default_choice(field: str, keep: dict[str, Any], other: dict[str, Any]) -> str:
    """Keep's value, unless keep's is empty and other's is not (and the field may be filled).

    A phone slot is filled with a number the survivor does not have yet: the other's
    number in the same slot, else the one in its other slot (the survivor's empty
    second phone takes the merged customer's main phone when that would be lost).
    """
    if field in NO_AUTO_FILL or not _is_empty(field, keep):
        return "keep"
    if field in OTHER_SLOT:
        known = {keep["phone_norm"], keep["phone2_norm"]} - {""}
        if other[field] and other[field + "_norm"] not in known:
            return "other"
        slot = OTHER_SLOT[field]
        if field == "phone2" and other[slot] and other[slot + "_norm"] not in known:
            return "other_" + slot
        return "keep"
    return "keep" if _is_empty(field, other) else "other"


def _is_empty(field: str, data: dict[str, Any]) -> bool:
    if field == "birthday":
        return data["birth_month"] is None or data["birth_day"] is None
    return data[field] in ("", None)


def _check_choices(choices: dict[str, str]) -> dict[str, str]:
    for field, choice in choices.items():
        if field not in COLUMNS:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "There is no customer field {field} to choose in a merge."),
                field=field,
            )
        if choice not in ("keep", "other") and not (field in OTHER_SLOT and choice == "other_" + OTHER_SLOT[field]):
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The choice for {field} must be keep or other, not {value}."),
                field=field,
                value=choice,
            )
    return choices


def _live_customer(customer_id: int) -> Customer:
    c = get_customer(customer_id)
    if c.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Customer {id} is in the trash; restore it before merging."), id=c.id
        )
    return c


class UnrelatedCustomersError(UserError):
    """Two customers with no evidence of being one person (see :func:`evidence`): a
    merge of them is refused unless forced, since a mistyped id would otherwise fold
    one stranger's purchases and reminders into another's without a word."""

    def __init__(self, a: Customer, b: Customer) -> None:
        self.ids = (a.id, b.id)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Customers {a} ({a_name}) and {b} ({b_name}) share no phone number, customer number, "
                "or name with the same birthday or address: they look like two different people.",
            ),
            a=a.id,
            a_name=a.name or a.customer_no,
            b=b.id,
            b_name=b.name or b.customer_no,
        )


def merge_customers(
    keep_id: int, other_id: int, choices: dict[str, str] | None = None, *, force: bool = False
) -> dict[str, Any]:
    """Merge customer ``other_id`` into ``keep_id`` in one transaction.

    Two customers without any evidence of being one person (:func:`evidence`) are
    refused with :class:`UnrelatedCustomersError` unless ``force`` (the owner knows
    better: a customer who changed phone, name and address at once).

    ``choices`` maps a field of ``MERGE_FIELDS`` to "keep" or "other" (a phone slot also
    to the other customer's other slot, see ``OTHER_SLOT``); fields without
    a choice keep the survivor's value, filled from the other customer where the
    survivor's is empty (see ``NO_AUTO_FILL``). Purchases, interactions and
    reminders move to the survivor, tags are unioned, the other customer goes to the
    trash, and a MergeRecord holds what ``undo_merge`` needs.

    Returns ``{"merge_id", "kept", "merged", "moved": {"purchases", "interactions",
    "reminders", "tags"}, "fields_from_other"}``; ``moved["tags"]`` counts tags the
    survivor did not have, ``fields_from_other`` the fields whose value changed.
    """
    choices = _check_choices(dict(choices or {}))
    with db.atomic():
        keep = _live_customer(keep_id)
        other = _live_customer(other_id)
        if keep.id == other.id:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A customer cannot be merged with itself."))
        if not force and not evidence(keep.id, other.id):
            raise UnrelatedCustomersError(keep, other)
        before = dict(keep.__data__)
        theirs = dict(other.__data__)

        changes: dict[str, Any] = {}
        fields_from_other = []
        for field in MERGE_FIELDS:
            choice = choices.get(field) or _default_choice(field, before, theirs)
            if choice == "keep":
                continue
            source = COLUMNS[OTHER_SLOT[field]] if choice != "other" else COLUMNS[field]
            taken = {c: theirs[s] for c, s in zip(COLUMNS[field], source, strict=True)}
            if any(before[c] != v for c, v in taken.items()):
                changes.update(taken)
                fields_from_other.append(field)

        record = MergeRecord.create(kept=keep.id, merged=other.id, undo_data="{}")
        # Out of the search index first, while its stored tokens are the indexed ones.
        move_to_trash([other.id])

        other_no = other.customer_no
        if "customer_no" in changes:
            # The number is unique across live and trashed customers: park the merged
            # customer's under a new name while it sits in the trash; undo restores it.
            other_no = _free_number(f"{other.customer_no}-merged-{record.id}")
            Customer.update(customer_no=other_no).where(Customer.id == other.id).execute()
            store_search_text(other.id, {**theirs, "customer_no": other_no})

        moved = {
            "purchases": _move(Purchase, [other.id], keep.id),
            "interactions": _move(Interaction, [other.id], keep.id),
            "reminders": _move(Reminder, [other.id], keep.id),
        }

        keep_tags = set(_tag_ids(keep.id))
        other_tags = _tag_ids(other.id)
        tags_added = [t for t in other_tags if t not in keep_tags]
        CustomerTag.delete().where(CustomerTag.customer == other.id).execute()
        _link_tags(keep.id, tags_added)

        Customer.update(**changes, updated_at=now()).where(Customer.id == keep.id).execute()
        store_search_text(keep.id, {**before, **changes})

        undo = {
            "version": UNDO_VERSION,
            "keep_before": {c: _encode(before[c]) for c in changes},
            "other_customer_no": other.customer_no,
            "other_customer_no_in_trash": other_no,
            "purchases": moved["purchases"],
            "interactions": moved["interactions"],
            "reminders": moved["reminders"],
            "tags_added": tags_added,
            "other_tags": other_tags,
        }
        MergeRecord.update(undo_data=json.dumps(undo, ensure_ascii=False)).where(MergeRecord.id == record.id).execute()
        after = {**before, **changes}
        audit.record_many(
            [
                (keep.id, "merged", "", "", _label(theirs)),
                *(
                    (keep.id, "merged", f, audit.field_text(f, before), audit.field_text(f, after))
                    for f in fields_from_other
                ),
                (other.id, "merged_into", "", "", _label(after)),
            ]
        )

    return {
        "merge_id": record.id,
        "kept": keep.id,
        "merged": other.id,
        "moved": {
            "purchases": len(moved["purchases"]),
            "interactions": len(moved["interactions"]),
            "reminders": len(moved["reminders"]),
            "tags": len(tags_added),
        },
        "fields_from_other": fields_from_other,
    }


def undo_merge(merge_id: int) -> dict[str, Any]:
    """Put a merge back in one transaction: the survivor's changed columns, the moved
    rows, the tag links, the merged customer out of the trash with its own number.

    Refuses when the merge is unknown (or final because a customer was purged), was
    already undone, the survivor has gone to the trash since (undo the later merge
    first if it was merged into someone else), the merged customer has been restored
    from the trash by hand, or one of the two numbers is now used by another customer.
    Columns of the survivor that the merge did not change keep any later edits; later
    edits to the columns it did change are replaced by the values from before the merge.

    Returns ``{"merge_id", "kept", "merged", "moved_back": {...}}``.
    """
    with db.atomic():
        record = MergeRecord.get_or_none(MergeRecord.id == merge_id)
        if record is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no merge with id {id}."), id=merge_id)
        if record.undone_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Merge {id} has already been undone."), id=record.id)
        keep = get_customer(record.kept_id)
        other = get_customer(record.merged_id)
        if keep.deleted_at is not None:
            later = (
                MergeRecord.select(MergeRecord.kept)
                .where((MergeRecord.merged == keep.id) & MergeRecord.undone_at.is_null())
                .order_by(MergeRecord.id.desc())
                .first()
            )
            if later is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "Customer {id} has since been merged into customer {into}; undo that merge first.",
                    ),
                    id=keep.id,
                    into=later.kept_id,
                )
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Customer {id} has been moved to the trash since the merge; restore it before undoing the merge.",
                ),
                id=keep.id,
            )
        if other.deleted_at is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Customer {id} has been restored from the trash since the merge, so the merge cannot be undone.",
                ),
                id=other.id,
            )
        undo = json.loads(record.undo_data)
        restore = {c: _decode(c, v) for c, v in undo["keep_before"].items()}

        number_back = undo["other_customer_no"] != undo["other_customer_no_in_trash"]
        if "customer_no" in restore:
            _check_number_free(restore["customer_no"], allowed={keep.id})
        if number_back:
            # The survivor gives the number up in this same transaction.
            _check_number_free(undo["other_customer_no"], allowed={keep.id, other.id})

        Customer.update(**restore, updated_at=now()).where(Customer.id == keep.id).execute()
        store_search_text(keep.id, {**keep.__data__, **restore})

        moved_back: dict[str, list[int] | int] = {
            "purchases": _move(Purchase, [keep.id], other.id, only=undo["purchases"]),
            "interactions": _move(Interaction, [keep.id], other.id, only=undo["interactions"]),
            "reminders": _move(Reminder, [keep.id], other.id, only=undo["reminders"]),
        }

        existing_tags = set(_existing_tag_ids(undo["other_tags"]))
        for part in _chunks(undo["tags_added"]):
            CustomerTag.delete().where((CustomerTag.customer == keep.id) & CustomerTag.tag.in_(part)).execute()
        _link_tags(other.id, [t for t in undo["other_tags"] if t in existing_tags])
        moved_back["tags"] = len(undo["tags_added"])

        if number_back:
            Customer.update(customer_no=undo["other_customer_no"]).where(Customer.id == other.id).execute()
            # Still in the trash, so this writes the column; take_from_trash indexes it.
            store_search_text(other.id, {**other.__data__, "customer_no": undo["other_customer_no"]})
        take_from_trash([other.id])
        MergeRecord.update(undone_at=now()).where(MergeRecord.id == record.id).execute()
        audit.record_many(
            [
                (keep.id, "unmerged", "", "", _label({**other.__data__, "customer_no": undo["other_customer_no"]})),
                (other.id, "unmerged", "", "", _label({**keep.__data__, **restore})),
            ]
        )

    return {"merge_id": record.id, "kept": keep.id, "merged": other.id, "moved_back": moved_back}


def _label(data: dict[str, Any]) -> str:
    """'张三 (C000123)': how the history names the other customer of a merge."""
    name = data.get("name") or ""
    return f"{name} ({data['customer_no']})" if name else str(data["customer_no"])


# ---------------------------------------------------------------------------------
# "These two are different people"


def dismissed_pairs() -> set[tuple[int, int]]:
    """The pairs (lower id first) the owner said are not duplicates."""
    query = NotDuplicate.select(NotDuplicate.customer_a, NotDuplicate.customer_b).tuples()
    return {(a, b) for a, b in cast("Iterable[tuple[int, int]]", query)}


def mark_not_duplicates(a_id: int, b_id: int) -> dict[str, Any]:
    """Remember that two customers are different people, so ``find_duplicate_pairs``
    no longer lists them (the family sharing a landline, two namesakes on one street).

    Returns ``{"a", "b", "new"}`` with ``a < b``; ``new`` is False when the pair was
    already remembered. Both customers must exist (in the trash is fine).
    """
    a, b = _ordered_pair(a_id, b_id)
    with db.atomic():
        get_customer(a)
        get_customer(b)
        found = NotDuplicate.get_or_none((NotDuplicate.customer_a == a) & (NotDuplicate.customer_b == b))
        if found is None:
            NotDuplicate.create(customer_a=a, customer_b=b)
    return {"a": a, "b": b, "new": found is None}


def forget_not_duplicates(a_id: int, b_id: int) -> dict[str, Any]:
    """Undo :func:`mark_not_duplicates`: the pair may be listed again.

    Returns ``{"a", "b", "forgotten"}``; ``forgotten`` is False when nothing was remembered.
    """
    a, b = _ordered_pair(a_id, b_id)
    with db.atomic():
        n = NotDuplicate.delete().where((NotDuplicate.customer_a == a) & (NotDuplicate.customer_b == b)).execute()
    return {"a": a, "b": b, "forgotten": n > 0}


def _ordered_pair(a_id: int, b_id: int) -> tuple[int, int]:
    if a_id == b_id:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A customer cannot be a duplicate of itself."))
    a, b = sorted((a_id, b_id))
    return a, b


def last_merge_id() -> int | None:
    """The most recent merge not yet undone, for the GUI's Undo action."""
    record = (
        MergeRecord.select(MergeRecord.id)
        .where(MergeRecord.undone_at.is_null())
        .order_by(MergeRecord.id.desc())
        .first()
    )
    return record.id if record else None


def _move(model: Any, from_ids: list[int], to_id: int, *, only: Sequence[int] | None = None) -> list[int]:
    """Re-point rows of ``model`` from one customer to another; returns their ids.

    With ``only`` (undo), just those rows move, and only if they are still where the
    merge put them: rows deleted since are skipped, rows added since stay.
    """
    where = model.customer.in_(from_ids)
    if only is None:
        ids = [row[0] for row in model.select(model.id).where(where).order_by(model.id).tuples()]
    else:
        ids = []
        for part in _chunks(list(only)):
            query = model.select(model.id).where(where & model.id.in_(part)).order_by(model.id)
            ids.extend(row[0] for row in cast("Iterable[tuple[int]]", query.tuples()))
    for part in _chunks(ids):
        model.update(customer=to_id).where(model.id.in_(part)).execute()
    return ids


def _tag_ids(customer_id: int) -> list[int]:
    query = CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer == customer_id).order_by(CustomerTag.tag)
    return [row[0] for row in cast("Iterable[tuple[int]]", query.tuples())]


def _existing_tag_ids(ids: Sequence[int]) -> list[int]:
    out: list[int] = []
    for part in _chunks(list(ids)):
        out.extend(row[0] for row in cast("Iterable[tuple[int]]", Tag.select(Tag.id).where(Tag.id.in_(part)).tuples()))
    return out


def _link_tags(customer_id: int, tag_ids: Sequence[int]) -> None:
    rows = [{"customer": customer_id, "tag": t} for t in tag_ids]
    for start in range(0, len(rows), _CHUNK):
        CustomerTag.insert_many(rows[start : start + _CHUNK]).on_conflict_ignore().execute()


def _free_number(wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... whichever no customer holds."""
    candidate, n = wanted, 1
    while Customer.select().where(Customer.customer_no == candidate).exists():
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _check_number_free(number: str, *, allowed: set[int]) -> None:
    holder = (
        Customer.select(Customer.id).where((Customer.customer_no == number) & Customer.id.not_in(list(allowed))).first()
    )
    if holder is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Customer number {number} is now used by customer {id}, so the merge cannot be undone; "
                "change that customer's number first.",
            ),
            number=number,
            id=holder.id,
        )


def _encode(value: Any) -> Any:
    """A column value as JSON (dates as ISO text, which SQLite stores anyway)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _decode(column: str, value: Any) -> Any:
    field: Field = Customer._meta.fields[column]
    if value is None:
        return None
    if field.field_type == "DATETIME":
        return dt.datetime.fromisoformat(value)
    if field.field_type == "DATE":
        return dt.date.fromisoformat(value)
    return value
