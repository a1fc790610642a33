"""Everything about one customer as plain JSON-ready values: what ``smallcrm customer
show`` prints and the profile pane shows, with their purchase totals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from smallcrm.domain.customers.fields import TEXT_FIELDS, birthday_of
from smallcrm.domain.customers.lookup import tags_of
from smallcrm.domain.records.purchases import totals
from smallcrm.store.models import Customer, Staff


def customer_dict(c: Customer) -> dict[str, Any]:
    """Everything about a customer as plain JSON-ready values (money in cents)."""

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
