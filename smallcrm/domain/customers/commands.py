"""Customers: create, edit, tag, hand to a staff member, trash, restore and purge, with
validation that says what is wrong and where, and duplicate detection on phone and
customer number.

Every command here owns its transaction and returns what changed, so the GUI can
announce the change once and the CLI can print it. The fields are cleaned by
``customers.fields``; many customers at once (imports, demo data) go through
``customers.bulk``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from peewee import fn

from smallcrm.domain.customers import audit
from smallcrm.domain.customers.fields import clean_fields, clean_text, require_identity, resolve_staff
from smallcrm.domain.customers.lookup import (
    InTrashError,
    check_known,
    find_matches,
    get_customer,
    ids_where,
    next_customer_no,
    tags_of,
)
from smallcrm.domain.customers.search_text import derived_columns
from smallcrm.domain.reminders.kinds import OPEN
from smallcrm.domain.sales.aside import set_aside
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db, execute_many
from smallcrm.store.models import Customer, CustomerTag, Purchase, Reminder, Tag, now
from smallcrm.store.sqlite import fts
from smallcrm.store.sqlite.columns import ids_select


class DuplicateCustomerError(UserError):
    """The new or edited customer matches an existing one; ``existing_ids`` names them."""

    def __init__(self, existing: Sequence[Customer]) -> None:
        self.existing_ids = [c.id for c in existing]
        first = existing[0]
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "A customer with this phone number or customer number already exists: {name} (id {id}).",
            ),
            name=first.name or first.customer_no,
            id=first.id,
        )


def create_customer(data: dict[str, Any], *, allow_duplicate: bool = False) -> Customer:
    """Add a customer. Raises DuplicateCustomerError when the phone or customer
    number is already in use, unless ``allow_duplicate`` (the owner said 'keep both')."""
    fields = clean_fields(data)
    require_identity(fields)
    tags = fields.pop("tags", [])
    with db.atomic():
        if fields.get("customer_no"):
            taken = Customer.get_or_none(Customer.customer_no == fields["customer_no"])
            if taken is not None:
                raise DuplicateCustomerError([taken])
        if not allow_duplicate:
            matches = find_matches([fields.get("phone_norm", ""), fields.get("phone2_norm", "")])
            if matches:
                raise DuplicateCustomerError(matches)
        if not fields.get("customer_no"):
            fields["customer_no"] = next_customer_no()
        fields.update(derived_columns(fields))
        customer = Customer.create(**fields)
        fts.index([(customer.id, fields["search_text"])])
        if tags:
            set_tags(customer.id, tags)
        audit.record(customer.id, "created", new=fields["customer_no"])
    return customer


def update_customer(customer_id: int | str, data: dict[str, Any], *, allow_duplicate: bool = False) -> Customer:
    """Change some fields of a customer; returns the updated customer."""
    customer = get_customer(customer_id)
    fields = clean_fields(data, country=customer.country)
    tags = fields.pop("tags", None)
    with db.atomic():
        before = dict(customer.__data__)
        merged = {**before, **fields}
        require_identity(merged)
        if "customer_no" in fields:
            if not fields["customer_no"]:
                raise ValidationError(
                    "customer_no", QT_TRANSLATE_NOOP("UserError", "The customer number cannot be empty.")
                )
            taken = Customer.get_or_none((Customer.customer_no == fields["customer_no"]) & (Customer.id != customer.id))
            if taken is not None:
                raise DuplicateCustomerError([taken])
        if not allow_duplicate and ({"phone_norm", "phone2_norm"} & fields.keys()):
            new_norms = [fields[k] for k in ("phone_norm", "phone2_norm") if fields.get(k)]
            matches = find_matches(new_norms, exclude_id=customer.id)
            if matches:
                raise DuplicateCustomerError(matches)
        fields.update(derived_columns(merged))
        fields["updated_at"] = now()
        if "staff" in fields and fields["staff"] != before["staff"]:  # a reassignment loses nothing: see reassign
            _hand_over_reminders([(customer.id, before["staff"])], fields["staff"], keep=False)
        Customer.update(**fields).where(Customer.id == customer.id).execute()
        if customer.deleted_at is None:  # the trash is not indexed
            fts.replace(customer.id, customer.search_text, fields["search_text"])
        old_tags = tags_of(customer.id) if tags is not None else []
        if tags is not None:
            set_tags(customer.id, tags)
        _record_edits(customer.id, [f for f in data if f != "tags"], before, merged)
        if tags is not None:
            old_text, new_text = ", ".join(old_tags), ", ".join(sorted(dict.fromkeys(tags)))
            if old_text != new_text:
                audit.record(customer.id, "edited", "tags", old_text, new_text)
    return get_customer(customer.id)


def _record_edits(customer_id: int, names: Sequence[str], before: dict[str, Any], after: dict[str, Any]) -> None:
    """History rows for the fields whose text, as the owner reads it, changed."""
    staff_names: dict[int, str] = {}
    rows = []
    for field in names:
        old = audit.field_text(field, before, staff_names)
        new = audit.field_text(field, after, staff_names)
        if old != new:
            rows.append((customer_id, "edited", field, old, new))
    audit.record_many(rows)


def set_tags(customer_id: int, names: Sequence[str]) -> None:
    """Make the customer's tags exactly ``names`` (new tags are created)."""
    with db.atomic():
        CustomerTag.delete().where(CustomerTag.customer == customer_id).execute()
        for name in dict.fromkeys(names):
            tag, _ = Tag.get_or_create(name=name)
            CustomerTag.insert(customer=customer_id, tag=tag.id).on_conflict_ignore().execute()


def tag_customers(ids: Sequence[int], name: str, *, remove: bool = False) -> int:
    """Bulk tag or untag; returns how many customers changed."""
    name = clean_text(name, "tag")
    if not name:
        raise ValidationError("tag", QT_TRANSLATE_NOOP("UserError", "The tag name is empty."))
    with db.atomic():
        check_known(ids)  # an unknown id would otherwise fail as a foreign-key error
        tag, _ = Tag.get_or_create(name=name)
        had = _having_tag(ids, tag.id)
        if remove:
            tagged = (CustomerTag.tag == tag.id) & CustomerTag.customer.in_(ids_select(had))
            CustomerTag.delete().where(tagged).execute()
            audit.record_event(had, "untagged", name)
            return len(had)
        present = set(had)
        new = list(dict.fromkeys(i for i in ids if i not in present))
        links = CustomerTag.insert_many([[0, 0]], fields=[CustomerTag.customer, CustomerTag.tag]).on_conflict_ignore()
        execute_many(links, [[i, tag.id] for i in new])
        audit.record_event(new, "tagged", name)
        return len(new)


def _having_tag(ids: Sequence[int], tag_id: int) -> list[int]:
    """Which of ``ids`` carry the tag."""
    query = CustomerTag.select(CustomerTag.customer).where(
        (CustomerTag.tag == tag_id) & CustomerTag.customer.in_(ids_select(ids))
    )
    return [row[0] for row in cast("Iterable[tuple[int]]", query.tuples())]


@dataclass(frozen=True)
class Reassignment:
    """What a reassignment did, for the status bar and the command line to say."""

    customers: int  # customers whose responsible staff member changed
    reminders_moved: int  # their open reminders and follow-ups that went with them
    reminders_kept: int  # those left with the previous staff member (keep_reminders)
    staff: str  # the new staff member's name ('' for nobody)


def assign_staff(ids: Sequence[int], staff: object) -> int:
    """Hand customers to another staff member with their open reminders; returns how
    many customers changed hands (see :func:`reassign` for the whole story)."""
    return reassign(ids, staff).customers


def reassign(ids: Sequence[int], staff: object, *, keep_reminders: bool = False) -> Reassignment:
    """Make ``staff`` (a name, new or not, or an id) responsible for live customers.

    The dairy case's lesson is that a reassignment loses nothing: the customers' open
    reminders and follow-ups that belonged to the previous staff member go to the new
    one in the same transaction, unless ``keep_reminders`` (the owner wants the calls
    already planned to be made by whoever planned them). Reminders someone else was
    given on purpose stay theirs either way. Customers already with ``staff`` are left
    as they are. Nothing else about the customers changes.

    Ids are named through one JSON parameter (store.sqlite.columns.ids_select) and read with
    one query: checking 50,000 ids one ``get_customer`` at a time took 27 s.
    """
    with db.atomic():
        owners = _owners(ids)
        staff_id = resolve_staff(staff)
        names: dict[int, str] = {}
        new_name = audit.field_text("staff", {"staff": staff_id}, names)
        moving = [(cid, old) for cid, old in owners.items() if old != staff_id]
        moved, kept = _hand_over_reminders(moving, staff_id, keep=keep_reminders)
        chosen = Customer.id.in_(ids_select([cid for cid, _old in moving]))
        Customer.update(staff=staff_id, updated_at=now()).where(chosen).execute()
        audit.record_many(
            (cid, "edited", "staff", audit.field_text("staff", {"staff": old}, names), new_name) for cid, old in moving
        )
    return Reassignment(len(moving), moved, kept, new_name)


def _owners(ids: Sequence[int]) -> dict[int, int | None]:
    """Each of ``ids``' staff member (None: nobody), in one query; an unknown id or a
    customer in the trash is refused, as the single-customer commands refuse them."""
    query = Customer.select(Customer.id, Customer.staff, Customer.deleted_at).where(Customer.id.in_(ids_select(ids)))
    rows = cast("Iterable[tuple[int, int | None, Any]]", db.execute(query))
    owners: dict[int, int | None] = {}
    trashed: set[int] = set()
    for cid, staff_id, deleted_at in rows:
        owners[cid] = staff_id
        if deleted_at is not None:
            trashed.add(cid)
    for i in ids:
        if i not in owners:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no customer with id {id}."), id=i)
        if i in trashed:
            raise InTrashError(Customer.get_by_id(i))
    return owners


def _hand_over_reminders(
    moving: Sequence[tuple[int, int | None]], staff_id: int | None, *, keep: bool
) -> tuple[int, int]:
    """The open reminders of customers changing hands (``(id, previous staff)``) that
    belonged to the previous staff member: those with that staff member, and those
    with none of their own (which follow the customer). Returns (moved, kept).

    Run before the customers' staff column changes: "previous" is read from it. Kept
    reminders without a staff member of their own are given the previous one, or they
    would follow the customer after all; a customer nobody had leaves nobody to keep
    them, so those follow the customer and count as moved.
    """

    if not moving:
        return 0, 0
    previous = Customer.select(Customer.staff).where(Customer.id == Reminder.customer)
    open_of_theirs = Reminder.status.in_(OPEN) & Reminder.customer.in_(ids_select(cid for cid, _old in moving))
    theirs = open_of_theirs & (Reminder.staff.is_null() | (Reminder.staff == previous))
    if not keep:
        return int(Reminder.update(staff=staff_id).where(theirs).execute()), 0
    total = int(Reminder.select(fn.COUNT(Reminder.id)).where(theirs).scalar() or 0)
    Reminder.update(staff=previous).where(open_of_theirs & Reminder.staff.is_null()).execute()
    moved = int(Reminder.select(fn.COUNT(Reminder.id)).where(open_of_theirs & Reminder.staff.is_null()).scalar() or 0)
    return moved, total - moved


def set_mail_consent(ids: Sequence[int], consent: bool) -> int:
    """Bulk "may receive mail": grant (``consent`` True) or withdraw it for ``ids``, in
    one transaction, each change in the customer's history like an edit; returns how
    many customers changed (those who already had that answer are left as they were).

    An import gives customers no consent unless told so, and the owner then asks them
    (in the shop, on WeChat) and records the answers for many at once."""
    consent = bool(consent)
    with db.atomic():
        check_known(ids)
        changed = ids_where(ids, Customer.mail_consent != consent)
        Customer.update(mail_consent=consent, updated_at=now()).where(Customer.id.in_(ids_select(changed))).execute()
        old, new = (
            audit.field_text("mail_consent", {"mail_consent": not consent}),
            audit.field_text("mail_consent", {"mail_consent": consent}),
        )
        audit.record_many((cid, "edited", "mail_consent", old, new) for cid in changed)
        return len(changed)


def delete_customers(ids: Sequence[int]) -> list[int]:
    """Move to the trash (soft delete); returns the ids that were moved."""
    with db.atomic():
        check_known(ids)
        live = ids_where(ids, Customer.deleted_at.is_null())
        move_to_trash(live)
        audit.record_event(live, "trashed")
    return live


def restore_customers(ids: Sequence[int]) -> list[int]:
    """Bring customers back from the trash."""
    with db.atomic():
        check_known(ids)
        trashed = ids_where(ids, Customer.deleted_at.is_null(False))
        take_from_trash(trashed)
        audit.record_event(trashed, "restored")
    return trashed


def move_to_trash(ids: Sequence[int]) -> None:
    """Mark live customers deleted and take them out of the search index (which
    holds only live customers). For commands that trash as part of a larger change."""
    query = (
        Customer.select(Customer.id, Customer.search_text)
        .where(Customer.id.in_(ids_select(ids)) & Customer.deleted_at.is_null())
        .tuples()
    )
    rows = list(cast("Iterable[tuple[int, str]]", query))
    fts.forget(rows)
    Customer.update(deleted_at=now()).where(Customer.id.in_(ids_select(r[0] for r in rows))).execute()


def take_from_trash(ids: Sequence[int]) -> None:
    """Undo :func:`move_to_trash` for customers in the trash."""
    query = (
        Customer.select(Customer.id, Customer.search_text)
        .where(Customer.id.in_(ids_select(ids)) & Customer.deleted_at.is_null(False))
        .tuples()
    )
    rows = list(cast("Iterable[tuple[int, str]]", query))
    back = Customer.id.in_(ids_select(r[0] for r in rows))
    Customer.update(deleted_at=None, updated_at=now()).where(back).execute()
    fts.index(rows)


def purge_customers(ids: Sequence[int]) -> int:
    """Delete for good customers already in the trash, with their history."""
    with db.atomic():
        check_known(ids)
        live = ids_where(ids, Customer.deleted_at.is_null())
        if live:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Customer {id} is not in the trash; move it to the trash first."),
                id=min(live),
            )
        # The shop's takings stay: the customers' counter lines become a walk-in's.
        set_aside(Purchase.customer.in_(ids_select(ids)), reason="walk_in", keep_customer=False)
        return int(Customer.delete().where(Customer.id.in_(ids_select(ids))).execute())
