"""Finding customers: by id (saying so when one is in the trash), by phone or
number (the duplicates a new customer would make), the next free customer number,
their tags, the short form shown in lists, and the trash.

Reads only: the commands that change customers (``customers.commands``), their
purchases and contacts (``domain.records``) and reminders all start from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from peewee import fn

from smallcrm import settings
from smallcrm.domain.customers.fields import clean_fields
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.models import Customer, CustomerTag, Tag
from smallcrm.store.sqlite.columns import ids_select


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


def ids_where(ids: Sequence[int], condition: Any = None) -> list[int]:
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


def check_known(ids: Sequence[int]) -> None:
    known = set(ids_where(ids))
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


def trashed_customers() -> list[Customer]:
    """The trash, most recently deleted first."""
    return list(Customer.select().where(Customer.deleted_at.is_null(False)).order_by(Customer.deleted_at.desc()))
