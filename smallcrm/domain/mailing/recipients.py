"""Who may get a greeting card, and who is set aside and why (see the package's
docstring): the filters a mailing is chosen by, the rows shown and printed, and
consent checked again at the moment of printing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from smallcrm.domain.analysis.segments import segment_condition
from smallcrm.domain.customers.groups import group_ids
from smallcrm.domain.values.ids import as_id
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.printing.layout import Address, country_code, one_line
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Staff
from smallcrm.store.sqlite.columns import ids_select

EXCLUSIONS = ("churned", "no_consent", "no_address", "same_household")
EXCLUSION_LABELS = {
    "churned": QT_TRANSLATE_NOOP("Mailing", "Churned"),
    "no_consent": QT_TRANSLATE_NOOP("Mailing", "No consent to be mailed"),
    "no_address": QT_TRANSLATE_NOOP("Mailing", "No usable postal address"),
    "same_household": QT_TRANSLATE_NOOP("Mailing", "Same address as another recipient"),
}
_ADDRESS_FIELDS = ("country", "province", "city", "district", "street", "postcode")


def address_problem(c: Any) -> str:
    """'' when the address can carry a card, else what is missing (for the owner to fix)."""
    a = Address.of(c)
    if not a.street:
        return "street"
    if not (a.city or a.province or a.district):
        return "city"
    if country_code(a.country) == "CN" and a.postcode and not re.fullmatch(r"\d{6}", a.postcode.replace(" ", "")):
        return "postcode"
    return ""


def household_key(c: Any) -> str:
    """Two customers with the same key live at the same address: letters and digits
    only, case-folded, so '人民路1号 3栋' and '人民路1号3栋' are one household."""
    a = Address.of(c)
    text = "".join((a.postcode, a.province, a.city, a.district, a.street)).casefold()
    return re.sub(r"[\W_]", "", text)


@dataclass
class Choice:
    """The outcome of choosing recipients: who gets a card, and who not and why."""

    included: list[int] = field(default_factory=list)
    excluded: dict[str, list[int]] = field(default_factory=lambda: {k: [] for k in EXCLUSIONS})
    # Included customers who keep the one card of an address shared with others set
    # aside as ``same_household``: the ones a household card goes to.
    families: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"included": self.included, "excluded": self.excluded, "families": self.families}


def staff_id_of(staff: object) -> int:
    """A staff member named by id or by name (the filter's and the sender's), or a
    ValidationError."""
    text = str(staff).strip()
    staff_id = as_id(text)  # ASCII digits within SQLite's integers, else a name
    row = Staff.get_or_none((Staff.id == staff_id) if staff_id is not None else (Staff.name == text))
    if row is None:
        raise ValidationError("staff", QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=staff)
    return int(row.id)


def candidates(
    *, segment: str | None = None, tag: str | None = None, staff: object = None, ids: Sequence[int] | None = None
) -> Any:
    """A query of the live customers picked by the filters given (all of them AND-ed;
    none given: every live customer)."""
    query = Customer.select(Customer.id).where(Customer.deleted_at.is_null())
    if segment:
        query = query.where(segment_condition(segment))
    if tag:
        query = query.where(Customer.id.in_(group_ids(f"tag:{tag}")))
    if staff not in (None, ""):
        query = query.where(Customer.staff == staff_id_of(staff))
    if ids is not None:
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return query.where(Customer.id.in_([]))
        query = query.where(Customer.id.in_(ids_select(wanted)))
    return query


_FIELDS = (
    Customer.id,
    Customer.customer_no,
    Customer.name,
    Customer.gender,
    Customer.phone,
    Customer.mail_consent,
    Customer.churn_status,
    *(getattr(Customer, f) for f in _ADDRESS_FIELDS),
)
_KEYS = ("id", "customer_no", "name", "gender", "phone", "mail_consent", "churn_status", *_ADDRESS_FIELDS)


def _rows(id_query: Any) -> Iterator[dict[str, Any]]:
    """The customers ``id_query`` selects, as dicts of _KEYS. Read through the cursor:
    peewee's per-value conversion was a third of reading a 70,000-recipient mailing,
    and these columns need none but mail_consent's (0/1 -> bool)."""
    query = Customer.select(*_FIELDS).where(Customer.id.in_(id_query)).order_by(Customer.id)
    consent = _KEYS.index("mail_consent")
    for values in db.execute(query):
        row = dict(zip(_KEYS, values, strict=True))
        row["mail_consent"] = bool(values[consent])
        yield row


def choose(
    *,
    segment: str | None = None,
    tag: str | None = None,
    staff: object = None,
    ids: Sequence[int] | None = None,
    include_churned: bool = False,
    one_per_household: bool = False,
) -> Choice:
    """Who of the picked customers gets a card, ordered by postcode then customer, and
    who is set aside under which reason (see the module's docstring)."""
    choice = Choice()
    kept: list[dict[str, Any]] = []
    households: dict[str, int] = {}  # address -> the customer who keeps its card
    shared: set[int] = set()
    for row in _rows(candidates(segment=segment, tag=tag, staff=staff, ids=ids)):
        if row["churn_status"] == "churned" and not include_churned:
            choice.excluded["churned"].append(row["id"])
        elif not row["mail_consent"]:
            choice.excluded["no_consent"].append(row["id"])
        elif address_problem(address := Address.of(row)):  # one Address a row for both checks
            choice.excluded["no_address"].append(row["id"])
        elif one_per_household and (home := household_key(address)) in households:
            choice.excluded["same_household"].append(row["id"])
            shared.add(households[home])
        else:
            if one_per_household:
                households[home] = row["id"]
            kept.append(row)
    kept.sort(key=lambda r: (r["postcode"] or "~", r["id"]))
    choice.included = [r["id"] for r in kept]
    choice.families = [cid for cid in choice.included if cid in shared]
    return choice


def people(ids: Sequence[int], families: Iterable[int] = ()) -> list[dict[str, Any]]:
    """Customers as rows to show or print, in the order of ``ids``: id, number, name,
    gender, phone, the address parts, the address on one line and what is wrong with it;
    ``family`` is true for those in ``families`` (their card goes to the household)."""
    wanted = [int(i) for i in ids]
    household = {int(i) for i in families}
    found: dict[int, dict[str, Any]] = {}
    # The ids as one JSON parameter, not peewee binding 500 at a time: a mailing to
    # 70,000 customers read in 2 s that way, most of it spent adapting the ids.
    for row in _rows(ids_select(wanted)):
        row["family"] = row["id"] in household
        address = Address.of(row)
        row["address"] = one_line(address)
        row["problem"] = address_problem(address)
        found[row["id"]] = row
    return [found[i] for i in wanted if i in found]


def mailable_people(ids: Sequence[int], families: Iterable[int] = ()) -> list[dict[str, Any]]:
    """:func:`people` of ``ids`` who consent to be mailed at this moment: what every
    route that prints or exports cards reads, so a consent withdrawn after a list was
    made (or while it was open in the window) is honoured."""
    return [row for row in people(ids, families) if row["mail_consent"]]


def keep_mailable(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of ``rows`` (as :func:`people` gives them, read a while ago), those whose
    customers consent to be mailed now, order kept: the window checks again right
    before it prints what it has shown."""
    consenting = set(with_consent([int(r["id"]) for r in rows]).included)
    return [r for r in rows if int(r["id"]) in consenting]


def addresses(ids: Sequence[int], families: Iterable[int] = ()) -> list[Address]:
    """Addresses to print for ``ids``, in that order (those in ``families`` addressed to
    the household); customers who do not consent to be mailed (any more) are left out."""
    return [Address.of(row) for row in mailable_people(ids, families)]


def with_consent(ids: Sequence[int]) -> Choice:
    """``ids`` (order kept) split into those who consent to be mailed now and those
    who do not."""
    wanted = [int(i) for i in ids]
    query = Customer.select(Customer.id).where(Customer.id.in_(ids_select(wanted)) & Customer.mail_consent).tuples()
    consenting = {cid for (cid,) in cast("Iterable[tuple[int]]", query)}
    choice = Choice()
    choice.included = [i for i in wanted if i in consenting]
    choice.excluded["no_consent"] = [i for i in wanted if i not in consenting]
    return choice


def excluded_people(choice: Choice) -> list[dict[str, Any]]:
    """The set-aside customers with their reason, for the owner to review or fix."""
    out = []
    for reason in EXCLUSIONS:
        for row in people(choice.excluded.get(reason, [])):
            row["reason"] = reason
            out.append(row)
    return out
