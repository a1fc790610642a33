"""Customers: create, edit, trash, restore and purge, with validation that says
what is wrong and where, and duplicate detection on phone and customer number.

Every command here owns its transaction and returns what changed, so the GUI can
announce the change once and the CLI can print it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, Literal, cast

from peewee import AutoField, DateField, DateTimeField, fn

from smallcrm import jobs, settings
from smallcrm.domain import audit
from smallcrm.domain.search import derived_columns
from smallcrm.domain.values import phones
from smallcrm.domain.values.birthdays import Birthday, parse_birthday
from smallcrm.domain.values.dates import parse_date
from smallcrm.domain.values.emails import parse_email
from smallcrm.domain.values.genders import parse_gender
from smallcrm.domain.values.ids import as_id
from smallcrm.domain.values.incomes import parse_income
from smallcrm.domain.values.postcodes import parse_postcode
from smallcrm.domain.values.yes_no import parse_bool as parse_bool  # where callers have found it
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db, execute_many, insert_each
from smallcrm.store.models import Customer, CustomerTag, Reminder, Staff, Tag, now
from smallcrm.store.sqlite import bulk, fts
from smallcrm.store.sqlite.columns import ids_select

# Free-text fields: stored as typed (trimmed), never rejected.
TEXT_FIELDS = (
    "name",
    "wechat",
    "email",
    "country",
    "province",
    "city",
    "district",
    "street",
    "postcode",
    "occupation",
    "income_band",
    "family",
    "preferences",
    "buying_habits",
    "source",
    "churn_note",
    "notes",
)
# Every field a form, the CLI's --set or an import may write.
EDITABLE_FIELDS = (
    *TEXT_FIELDS,
    *("customer_no", "gender", "birthday", "phone", "phone2", "staff", "mail_consent"),
    *("churn_status", "churn_reason", "churned_on", "tags"),
)
_EDITABLE, _TEXT = frozenset(EDITABLE_FIELDS), frozenset(TEXT_FIELDS)  # membership tests per field, per row
# Identifiers and contact details are NFKC: the full-width letters and digits of a Chinese
# input method ('１３８', 'ＶＩＰ', '＠') are the ASCII ones. Prose keeps NFC (NFKC would
# turn '①' into '1' and '㎡' into 'm2' in a note).
NFKC_FIELDS = frozenset({"name", "customer_no", "postcode", "email", "wechat", "phone", "phone2", "gender"})
# Free-text fields with a rule of their own beyond trimming (see check_text).
CHECKED_TEXT_FIELDS = frozenset({"country", "email", "postcode", "income_band"})
CHURN_STATUSES = ("active", "churned")
CHURN_REASONS = ("", "natural", "competitive", "fault")
MAX_TEXT = 2000
# Tighter bounds for fields that are more than stored text. A name is read for pinyin
# and indexed piece by piece: 200 characters hold a business's full name, and a text
# pasted into Name by mistake is refused with a sentence rather than indexed.
TEXT_LIMITS = {"name": 200, "customer_no": 50}


def text_limit(field: str) -> int:
    """The most characters ``field`` takes (the form, the CLI and the import alike)."""
    return TEXT_LIMITS.get(field, MAX_TEXT)


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


def text_form(field: str) -> Literal["NFC", "NFKC"]:
    """The Unicode normal form a field's text is stored in (the form, the CLI and the
    import alike)."""
    return "NFKC" if field in NFKC_FIELDS else "NFC"


def check_text(field: str, text: str, country: str = "CN") -> str:
    """The rule of a free-text field in CHECKED_TEXT_FIELDS, applied to its trimmed,
    normalised ``text``: the country code upper case (empty: CN), the email's shape, a
    Chinese postcode's six digits (``country`` is the customer's), an income's band.
    Raises ValidationError naming the field."""
    if field == "country":
        return text.upper() or "CN"
    if field == "email":
        return parse_email(text, field)
    if field == "postcode":
        return parse_postcode(text, country, field)
    if field == "income_band":
        return parse_income(text)
    return text


def _text(value: object, field: str) -> str:
    form: Literal["NFC", "NFKC"] = "NFKC" if field in NFKC_FIELDS else "NFC"  # text_form inline: per field, per row
    text = unicodedata.normalize(form, "" if value is None else str(value)).strip()
    limit = TEXT_LIMITS.get(field, MAX_TEXT)
    if len(text) > limit:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("UserError", "The text is longer than {limit} characters."), limit=limit
        )
    return text


def _staff_id(value: object) -> int | None:
    """Staff by id or by name; a new name adds the staff member."""
    if value is None or value == "" or isinstance(value, Staff):
        return value.id if isinstance(value, Staff) else None
    staff_id = as_id(value.strip() if isinstance(value, str) else value)
    if staff_id is not None:
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise ValidationError(
                "staff", QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=value
            )
        return staff.id
    name = _text(value, "staff")
    staff, _ = Staff.get_or_create(name=name)
    return staff.id


def clean_fields(data: dict[str, Any], region: str | None = None, *, country: str = "CN") -> dict[str, Any]:
    """Validate and normalise user input into column values (and 'tags' as a list).

    ``country``: the customer's country when ``data`` does not give one (an edit of a
    customer abroad), for the postcode's rule. Raises ValidationError naming the first
    bad field. Unknown fields are an error, not ignored: nothing a user typed is
    silently dropped.
    """
    region = region or settings.get("phone_region")
    out: dict[str, Any] = {}
    for field, value in data.items():
        if field not in _EDITABLE:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("UserError", "There is no customer field {field}."), field=field
            )
        if field in _TEXT:
            out[field] = _text(value, field)
            if field in CHECKED_TEXT_FIELDS:
                out[field] = check_text(field, out[field], str(data.get("country") or country))
        elif field == "customer_no":
            out[field] = _text(value, field)
        elif field == "gender":
            out[field] = parse_gender(value, field)
        elif field == "birthday":
            b = value if isinstance(value, Birthday) or value is None else parse_birthday(value, field=field)
            out.update(birthday_columns(b))
        elif field in ("phone", "phone2"):
            text = _text(value, field)
            out[field] = text
            out[field + "_norm"] = phones.normalise(text, region, field)
        elif field == "staff":
            out["staff"] = _staff_id(value)
        elif field == "mail_consent":
            out[field] = parse_bool(value, field)
        elif field == "churn_status":
            status = _text(value, field).lower() or "active"
            if status not in CHURN_STATUSES:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("UserError", "{value} is not active or churned."), value=value
                )
            out[field] = status
        elif field == "churn_reason":
            reason = _text(value, field).lower()
            if reason not in CHURN_REASONS:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("UserError", "{value} is not natural, competitive or fault."), value=value
                )
            out[field] = reason
        elif field == "churned_on":
            out[field] = None if value in (None, "") else parse_date(value, field)
        elif field == "tags":
            items = value.split(",") if isinstance(value, str) else list(value or [])
            out["tags"] = [t for t in (_text(i, field) for i in items) if t]
    return out


def birthday_columns(b: Birthday | None) -> dict[str, Any]:
    if b is None:
        return {
            "birth_calendar": "solar",
            "birth_year": None,
            "birth_month": None,
            "birth_day": None,
            "birth_leap": False,
        }
    return {
        "birth_calendar": b.calendar,
        "birth_year": b.year,
        "birth_month": b.month,
        "birth_day": b.day,
        "birth_leap": b.leap,
    }


def birthday_of(c: Customer) -> Birthday | None:
    if not c.birth_month or not c.birth_day:
        return None
    return Birthday(c.birth_month, c.birth_day, c.birth_year, c.birth_calendar, bool(c.birth_leap))


class InTrashError(UserError):
    """The customer is in the trash. Said as such, with the way back: "there is no
    customer 1" while ``customer show 1`` shows it sends the owner looking for a
    customer that is one restore away."""

    def __init__(self, customer: Customer) -> None:
        self.customer_id = customer.id
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Customer {id} ({name}) is in the trash; restore it first "
                "(Customers ▸ Trash in the window, or: smallcrm customer restore {id}).",
            ),
            id=customer.id,
            name=customer.name or customer.customer_no,
        )


def get_customer(customer_id: int | str, *, include_deleted: bool = True) -> Customer:
    """The customer with this id; one in the trash only with ``include_deleted``
    (else :class:`InTrashError`)."""
    try:
        cid = int(customer_id)
    except (TypeError, ValueError):
        cid = -1
    c = Customer.get_or_none(Customer.id == cid)
    if c is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no customer with id {id}."), id=customer_id)
    if c.deleted_at is not None and not include_deleted:
        raise InTrashError(c)
    return c


def find_matches(phone_norms: Iterable[str], customer_no: str = "", *, exclude_id: int | None = None) -> list[Customer]:
    """Live customers sharing a normalised phone or the customer number."""
    norms = [p for p in phone_norms if p]
    cond = None
    if norms:
        cond = Customer.phone_norm.in_(norms) | Customer.phone2_norm.in_(norms)
    if customer_no:
        c2 = Customer.customer_no == customer_no
        cond = c2 if cond is None else (cond | c2)
    if cond is None:
        return []
    query = Customer.select().where(cond & Customer.deleted_at.is_null())
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    return list(query.order_by(Customer.id))


def likely_duplicates_of(data: dict[str, Any], *, exclude_id: int | None = None) -> list[Customer]:
    """For the 'new customer' warning: same phone or number, or same name and street."""
    fields = clean_fields({k: v for k, v in data.items() if k in ("phone", "phone2", "name", "street", "customer_no")})
    found = find_matches(
        [fields.get("phone_norm", ""), fields.get("phone2_norm", "")],
        fields.get("customer_no", ""),
        exclude_id=exclude_id,
    )
    if fields.get("name") and fields.get("street"):
        same = Customer.select().where(
            (Customer.name == fields["name"]) & (Customer.street == fields["street"]) & Customer.deleted_at.is_null()
        )
        if exclude_id is not None:
            same = same.where(Customer.id != exclude_id)
        found.extend(c for c in same if c.id not in {f.id for f in found})
    return found


def next_customer_no() -> str:
    """The next free number in the shop's sequence: prefix + six digits (C000123)."""
    prefix = settings.get("customer_no_prefix")
    last = (
        Customer.select(Customer.customer_no)
        .where(Customer.customer_no.startswith(prefix) & (fn.length(Customer.customer_no) == len(prefix) + 6))
        .order_by(Customer.customer_no.desc())
        .first()
    )
    n = 1
    if last is not None and last.customer_no[len(prefix) :].isdigit():
        n = int(last.customer_no[len(prefix) :]) + 1
    while Customer.select().where(Customer.customer_no == f"{prefix}{n:06d}").exists():
        n += 1
    return f"{prefix}{n:06d}"


def _require_identity(fields: dict[str, Any]) -> None:
    if not fields.get("name") and not fields.get("phone"):
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("UserError", "A customer needs at least a name or a phone number.")
        )


def create_customer(data: dict[str, Any], *, allow_duplicate: bool = False) -> Customer:
    """Add a customer. Raises DuplicateCustomerError when the phone or customer
    number is already in use, unless ``allow_duplicate`` (the owner said 'keep both')."""
    fields = clean_fields(data)
    _require_identity(fields)
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
        _require_identity(merged)
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
    name = _text(name, "tag")
    if not name:
        raise ValidationError("tag", QT_TRANSLATE_NOOP("UserError", "The tag name is empty."))
    with db.atomic():
        _check_known(ids)  # an unknown id would otherwise fail as a foreign-key error
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
        staff_id = _staff_id(staff)
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
    from smallcrm.domain.reminders import OPEN  # that module imports this one

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
        _check_known(ids)
        changed = _ids_where(ids, Customer.mail_consent != consent)
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
        _check_known(ids)
        live = _ids_where(ids, Customer.deleted_at.is_null())
        move_to_trash(live)
        audit.record_event(live, "trashed")
    return live


def restore_customers(ids: Sequence[int]) -> list[int]:
    """Bring customers back from the trash."""
    with db.atomic():
        _check_known(ids)
        trashed = _ids_where(ids, Customer.deleted_at.is_null(False))
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
        _check_known(ids)
        live = _ids_where(ids, Customer.deleted_at.is_null())
        if live:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Customer {id} is not in the trash; move it to the trash first."),
                id=min(live),
            )
        return int(Customer.delete().where(Customer.id.in_(ids_select(ids))).execute())


def _ids_where(ids: Sequence[int], condition: Any = None) -> list[int]:
    """Those of ``ids`` (in id order) that exist and for which ``condition`` holds.

    The bulk commands here name their customers (100,000 on "select all") as one JSON
    parameter (store.sqlite.columns.ids_select), whatever SQLite's parameter limit: bound one
    by one through peewee they took most of the time (tagging 100,000 customers 6 s,
    trashing them 10 s)."""
    where = Customer.id.in_(ids_select(ids))
    if condition is not None:
        where &= condition
    query = Customer.select(Customer.id).where(where).order_by(Customer.id)
    return [row[0] for row in cast("Iterable[tuple[int]]", query.tuples())]


def _check_known(ids: Sequence[int]) -> None:
    known = set(_ids_where(ids))
    for i in ids:
        if i not in known:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no customer with id {id}."), id=i)


def tags_of(customer_id: int) -> list[str]:
    return [
        t.name
        for t in Tag.select(Tag.name).join(CustomerTag).where(CustomerTag.customer == customer_id).order_by(Tag.name)
    ]


def summary(c: Customer) -> dict[str, Any]:
    """The short form shown in lists and search hits."""
    return {
        "id": c.id,
        "customer_no": c.customer_no,
        "name": c.name,
        "phone": c.phone,
        "city": c.city,
        "district": c.district,
        "deleted": c.deleted_at is not None,
    }


def customer_dict(c: Customer) -> dict[str, Any]:
    """Everything about a customer as plain JSON-ready values (money in cents)."""
    from smallcrm.domain.purchases import totals

    b = birthday_of(c)
    staff = Staff.get_or_none(Staff.id == c.staff_id) if c.staff_id else None
    out: dict[str, Any] = {
        "id": c.id,
        "customer_no": c.customer_no,
        **{f: getattr(c, f) for f in TEXT_FIELDS},
        "gender": c.gender,
        "birthday": b.as_dict() if b else None,
        "phone": c.phone,
        "phone_norm": c.phone_norm,
        "phone2": c.phone2,
        "phone2_norm": c.phone2_norm,
        "staff": staff.name if staff else "",
        "staff_id": c.staff_id,
        "mail_consent": bool(c.mail_consent),
        "churn_status": c.churn_status,
        "churn_reason": c.churn_reason,
        "churned_on": _iso(c.churned_on),
        "tags": tags_of(c.id),
        "created_at": _iso(c.created_at),
        "updated_at": _iso(c.updated_at),
        "deleted_at": _iso(c.deleted_at),
    }
    out.update(totals(c.id))
    if b:
        out["next_birthday"] = b.next_occurrence(dt.date.today()).isoformat()
        out["age"] = b.age_on(dt.date.today())
    return out


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()


def insert_customers(
    rows: Sequence[dict[str, Any]],
    *,
    validate: bool = True,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
    chunk: int = 2000,
    taken: set[str] | None = None,
) -> list[int]:
    """Bulk add customers in one transaction (demo data, imports); returns new ids.

    ``validate=False`` is for rows made by our own code (demo data) whose fields are
    already clean column values; derived columns (search text, numbers) are always
    computed here, so no caller can forget them. ``taken``: every customer number in
    use, from a caller that keeps track (an import calling this once per chunk), which
    saves reading all the numbers on each call.
    """
    cancel = cancel or jobs.CancelToken()
    prefix = settings.get("customer_no_prefix")
    region = settings.get("phone_region")  # once, not per row: each get() is a query
    ids: list[int] = []
    # Numbers given in the rows are not handed out again; a number already in use is
    # refused as the user's error rather than failing as a UNIQUE constraint.
    given: set[str] = set()
    if validate or taken is None or not all(r.get("customer_no") for r in rows):
        given = {_text(r.get("customer_no"), "customer_no") for r in rows} - {""}
    # (Otherwise every row brings its own clean number and none is handed out here.)
    used: set[str] = set()
    # More than one chunk: the new rows' search entries are written once, after the
    # last chunk (store.sqlite.fts.deferred_from), not as one small index segment per chunk;
    # and a big load into a small table builds the customer indexes once (store.sqlite.bulk).
    # (The items of a with statement are entered in order: the boundary below is read
    # inside the transaction, where no other writer can add a row above it.)
    with (
        db.atomic(),
        bulk.indexes_rebuilt_after(Customer) if bulk.worth_rebuilding(Customer, len(rows)) else nullcontext(),
        fts.deferred_from(_first_new_id()) if len(rows) > chunk else nullcontext(),
    ):
        if taken is None:
            taken = {c.customer_no for c in Customer.select(Customer.customer_no)} if given else set()
        seq = int(next_customer_no()[len(prefix) :])
        for start in range(0, len(rows), chunk):
            cancel.check()
            batch = []
            for row in rows[start : start + chunk]:
                fields = clean_fields(row, region) if validate else dict(row)
                fields.pop("tags", None)
                if validate:
                    _require_identity(fields)
                if not fields.get("customer_no"):
                    while f"{prefix}{seq:06d}" in given:
                        seq += 1
                    fields["customer_no"] = f"{prefix}{seq:06d}"
                    seq += 1
                elif fields["customer_no"] in taken or fields["customer_no"] in used:
                    raise ValidationError(
                        "customer_no",
                        QT_TRANSLATE_NOOP("UserError", "The customer number {value} is already in use."),
                        value=fields["customer_no"],
                    )
                used.add(fields["customer_no"])
                fields.update(derived_columns(fields))
                batch.append(fields)
            new_ids = _insert_batch(batch)
            fts.index(zip(new_ids, (f["search_text"] for f in batch), strict=True))
            ids.extend(new_ids)
            progress(min(start + chunk, len(rows)), len(rows))
    return ids


def _first_new_id() -> int:
    """The boundary above which every customer is new to the running transaction: not
    an id to hand out (the database assigns those, see insert_rows), only the lowest
    one a new row can have, since a new row's id is higher than any existing one."""
    return int(Customer.select(fn.MAX(Customer.id)).scalar() or 0) + 1


def _insert_batch(batch: list[dict[str, Any]]) -> list[int]:
    """Rows may differ in which fields they carry: missing ones get the column default
    (callable defaults, the timestamps, evaluated once for the whole batch). Dates are
    made text here, once, so insert_rows need not inspect every value."""
    # Every column, not only the rows' ones: peewee would otherwise append the other
    # columns' defaults to each row's parameters, a copy of every row.
    keys = sorted(set().union(*batch) | (Customer._meta.fields.keys() - {"id"}))
    stamp = str(now())
    defaults = []
    for k in keys:
        default = Customer._meta.fields[k].default
        defaults.append(stamp if k in ("created_at", "updated_at") else default() if callable(default) else default)
    data = [list(map(row.get, keys, defaults)) for row in batch]  # row.get(k, default) a column, in C
    for i, key in enumerate(keys):
        if key not in ("created_at", "updated_at") and isinstance(
            Customer._meta.fields[key], (DateField, DateTimeField)
        ):
            for values in data:
                if isinstance(values[i], dt.date):
                    values[i] = str(values[i])
    return insert_rows(Customer, [Customer._meta.fields[k] for k in keys], data, dates_as_text=True)


def insert_rows(
    model: Any,
    fields: list[Any],
    data: Sequence[Sequence[Any]],
    *,
    dates_as_text: bool = False,
    returning_ids: bool = True,
) -> list[int]:
    """Bulk INSERT of rows (values in ``fields`` order); returns the new ids in row
    order ([] for a table without an auto-numbered key, such as customer_tag, or with
    ``returning_ids=False``).

    The ids are the ones the database assigned, read back row by row
    (store.db.insert_each), never predicted: MAX(id)+1 onwards was a guess that holds
    only for SQLite's rowid tables without AUTOINCREMENT. A caller that needs no ids
    (demo purchases, an import's purchase lines) passes ``returning_ids=False`` and
    gets DB-API executemany (store.db.execute_many), about 1 µs a row faster.
    Dates and datetimes are written as ISO text, as peewee stores them
    (``dates_as_text``: the caller already did that).
    """
    dated = [] if dates_as_text else [i for i, f in enumerate(fields) if isinstance(f, (DateField, DateTimeField))]
    if dated:
        rows: list[Sequence[Any]] = []
        for row in data:
            values = list(row)
            for i in dated:
                if isinstance(values[i], dt.date):
                    values[i] = str(values[i])  # isoformat; datetimes with a space, as peewee writes them
            rows.append(values)
        data = rows
    template = model.insert_many([[None] * len(fields)], fields=fields)
    with db.atomic():
        if returning_ids and isinstance(model._meta.primary_key, AutoField):
            return insert_each(template, data)
        execute_many(template, list(data))
    return []


def trashed_customers() -> list[Customer]:
    """The trash, most recently deleted first."""
    return list(Customer.select().where(Customer.deleted_at.is_null(False)).order_by(Customer.deleted_at.desc()))


def delete_reminder(reminder_id: int) -> int | None:
    """Delete a reminder for good, from the customer's Reminders tab: one typed by
    mistake should not linger as 'dismissed' in the customer's list (dismissing is for
    a reminder that was real but is no longer wanted). Returns its customer's id."""
    from smallcrm.domain.reminders import get_reminder
    from smallcrm.store.models import Reminder

    with db.atomic():
        r = get_reminder(reminder_id)
        Reminder.delete().where(Reminder.id == r.id).execute()
    return r.customer_id
