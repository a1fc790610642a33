"""Two customers who are one person, merged field by field, and the merge undone.

A merge is one transaction recorded in ``MergeRecord.undo_data`` (JSON) with enough to
put everything back: the survivor's previous values of the columns the merge changed,
the ids of the purchases, interactions and reminders moved, the tag links added to
the survivor and the merged customer's own tag links. The merged customer goes to the
trash (not purged, and out of the search index like any trashed customer) so that
undo can bring it back; purging it deletes the merge record too
(``on_delete=CASCADE``), after which the merge is final. Which pairs are likely one
person is ``customers.duplicates``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from peewee import Field

from smallcrm.domain.analysis import history
from smallcrm.domain.customers import audit
from smallcrm.domain.customers.commands import move_to_trash, take_from_trash
from smallcrm.domain.customers.duplicates import CHUNK, chunks, evidence
from smallcrm.domain.customers.fields import EDITABLE_FIELDS, birthday_of
from smallcrm.domain.customers.lookup import get_customer, tags_of
from smallcrm.domain.customers.search_text import store_search_text
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import (
    Customer,
    CustomerTag,
    Interaction,
    MergeRecord,
    Purchase,
    Reminder,
    Sale,
    Staff,
    Tag,
    UncountedLine,
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


UNDO_VERSION = 1


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
    with db.atomic(), history.kept([keep_id, other_id]):
        keep, other = _pair_to_merge(keep_id, other_id, force=force)
        before = dict(keep.__data__)
        theirs = dict(other.__data__)
        changes, fields_from_other = _chosen_changes(choices, before, theirs)

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
            "sales": _move(Sale, [other.id], keep.id),  # the receipts follow their lines
            "uncounted_lines": _move(UncountedLine, [other.id], keep.id),
        }
        tags_added, other_tags = _union_tags(keep.id, other.id)

        Customer.update(**changes, updated_at=now()).where(Customer.id == keep.id).execute()
        store_search_text(keep.id, {**before, **changes})

        undo = {
            "version": UNDO_VERSION,
            "keep_before": {c: _encode(before[c]) for c in changes},
            "other_customer_no": other.customer_no,
            "other_customer_no_in_trash": other_no,
            **moved,
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
        "moved": {**{kind: len(ids) for kind, ids in moved.items()}, "tags": len(tags_added)},
        "fields_from_other": fields_from_other,
    }


def _pair_to_merge(keep_id: int, other_id: int, *, force: bool) -> tuple[Customer, Customer]:
    """The two customers of a merge, refused when either is in the trash, they are
    the same customer, or (unless ``force``) nothing says they are one person."""
    keep = _live_customer(keep_id)
    other = _live_customer(other_id)
    if keep.id == other.id:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A customer cannot be merged with itself."))
    if not force and not evidence(keep.id, other.id):
        raise UnrelatedCustomersError(keep, other)
    return keep, other


def _chosen_changes(
    choices: dict[str, str], before: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """The survivor's columns that take the other customer's values (by the owner's
    choices, or by default where the survivor's are empty), and the fields they make
    up, in MERGE_FIELDS order."""
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
    return changes, fields_from_other


def _union_tags(keep_id: int, other_id: int) -> tuple[list[int], list[int]]:
    """The merged customer's tags given to the survivor and taken from the merged one;
    returns (the tags the survivor did not have, the merged customer's own tags)."""
    keep_tags = set(_tag_ids(keep_id))
    other_tags = _tag_ids(other_id)
    tags_added = [t for t in other_tags if t not in keep_tags]
    CustomerTag.delete().where(CustomerTag.customer == other_id).execute()
    _link_tags(keep_id, tags_added)
    return tags_added, other_tags


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
    with db.atomic(), history.kept(_merged_pair(merge_id)):
        record, keep, other = _undoable(merge_id)
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
            # A merge made before the counter kept no sales: nothing of theirs to move back.
            "sales": _move(Sale, [keep.id], other.id, only=undo.get("sales", [])),
            "uncounted_lines": _move(UncountedLine, [keep.id], other.id, only=undo.get("uncounted_lines", [])),
        }

        existing_tags = set(_existing_tag_ids(undo["other_tags"]))
        for part in chunks(undo["tags_added"]):
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


def _merged_pair(merge_id: int) -> tuple[int | None, int | None]:
    """The two customers of a merge (none if it is unknown): whose history its undo changes."""
    pair: Any = MergeRecord.select(MergeRecord.kept, MergeRecord.merged).where(MergeRecord.id == merge_id).tuples()
    return pair.first() or (None, None)


def _undoable(merge_id: int) -> tuple[MergeRecord, Customer, Customer]:
    """The merge record and its two customers, or the sentence saying why the merge
    cannot be undone (see :func:`undo_merge`)."""
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
    return record, keep, other


def _label(data: dict[str, Any]) -> str:
    """'张三 (C000123)': how the history names the other customer of a merge."""
    name = data.get("name") or ""
    return f"{name} ({data['customer_no']})" if name else str(data["customer_no"])


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
        for part in chunks(list(only)):
            query = model.select(model.id).where(where & model.id.in_(part)).order_by(model.id)
            ids.extend(row[0] for row in cast("Iterable[tuple[int]]", query.tuples()))
    for part in chunks(ids):
        model.update(customer=to_id).where(model.id.in_(part)).execute()
    return ids


def _tag_ids(customer_id: int) -> list[int]:
    query = CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer == customer_id).order_by(CustomerTag.tag)
    return [row[0] for row in cast("Iterable[tuple[int]]", query.tuples())]


def _existing_tag_ids(ids: Sequence[int]) -> list[int]:
    out: list[int] = []
    for part in chunks(list(ids)):
        out.extend(row[0] for row in cast("Iterable[tuple[int]]", Tag.select(Tag.id).where(Tag.id.in_(part)).tuples()))
    return out


def _link_tags(customer_id: int, tag_ids: Sequence[int]) -> None:
    rows = [{"customer": customer_id, "tag": t} for t in tag_ids]
    for start in range(0, len(rows), CHUNK):
        CustomerTag.insert_many(rows[start : start + CHUNK]).on_conflict_ignore().execute()


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
