"""Interactions with a customer: visits, calls, messages, complaints, feedback,
greetings sent and notes. Complaints carry an open/resolved state."""

from __future__ import annotations

from typing import Any

from smallcrm.domain.analysis import history
from smallcrm.domain.customers.fields import resolve_staff
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.records.follow_ups import close_complaint_follow_ups
from smallcrm.domain.values.dates import parse_datetime
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Interaction, now

KINDS = ("visit", "call", "message", "complaint", "feedback", "greeting", "note")


def clean_interaction(data: dict[str, Any]) -> dict[str, Any]:

    out: dict[str, Any] = {}
    for field, value in data.items():
        if field == "at":
            out["at"] = parse_datetime(value, field)
        elif field == "kind":
            kind = str(value).strip().lower()
            if kind not in KINDS:
                raise ValidationError(
                    field,
                    QT_TRANSLATE_NOOP("UserError", "{value} is not a kind of interaction ({kinds})."),
                    value=value,
                    kinds=", ".join(KINDS),
                )
            out["kind"] = kind
        elif field == "satisfaction":
            if value in (None, ""):
                out["satisfaction"] = None
                continue
            try:
                score = int(str(value).strip())
            except ValueError:
                score = 0
            if not 1 <= score <= 5:
                raise ValidationError(
                    field,
                    QT_TRANSLATE_NOOP("UserError", "Satisfaction is a score from 1 to 5, not {value}."),
                    value=value,
                )
            out["satisfaction"] = score
        elif field == "summary":
            out["summary"] = "" if value is None else str(value).strip()
        elif field == "staff":
            out["staff"] = resolve_staff(value)
        elif field == "status":
            status = str(value).strip().lower()
            if status not in ("", "open", "resolved"):
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("UserError", "{value} is not open or resolved."), value=value
                )
            out["status"] = status
        else:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("UserError", "There is no interaction field {field}."), field=field
            )
    return out


def add_interaction(customer_id: int, data: dict[str, Any]) -> Interaction:

    customer = get_customer(customer_id, include_deleted=False)
    fields = clean_interaction(data)
    if "kind" not in fields:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("UserError", "Say what kind of interaction this was."))
    fields.setdefault("at", now())
    if fields["kind"] == "complaint" and not fields.get("status"):
        fields["status"] = "open"
    if fields.get("status") == "resolved":
        fields["resolved_at"] = now()
    with db.atomic(), history.kept([customer.id], [history.INTERACTION]):
        return Interaction.create(customer=customer.id, **fields)


def get_interaction(interaction_id: int) -> Interaction:
    i = Interaction.get_or_none(Interaction.id == interaction_id)
    if i is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no interaction with id {id}."), id=interaction_id)
    return i


def edit_interaction(interaction_id: int, data: dict[str, Any]) -> Interaction:
    """Change an interaction. A complaint that is resolved (or stops being a complaint)
    closes its pending follow-up reminder in the same transaction: nobody should be
    told to chase a complaint that is settled."""

    item = get_interaction(interaction_id)
    fields = clean_interaction(data)
    if fields.get("status") == "resolved" and item.status != "resolved":
        fields["resolved_at"] = now()
    elif fields.get("status") == "open":
        fields["resolved_at"] = None
    settled = fields.get("status", item.status) != "open" or fields.get("kind", item.kind) != "complaint"
    with db.atomic(), history.kept([item.customer_id], [history.INTERACTION]):
        Interaction.update(**fields).where(Interaction.id == item.id).execute()
        if item.kind == "complaint" and settled:
            close_complaint_follow_ups(item.id, fields.get("resolved_at") or now())
    return get_interaction(item.id)


def resolve_complaint(interaction_id: int) -> Interaction:
    return edit_interaction(interaction_id, {"status": "resolved"})


def delete_interaction(interaction_id: int) -> None:
    """Delete an interaction; a deleted complaint's pending follow-up goes with it."""

    item = get_interaction(interaction_id)
    with db.atomic(), history.kept([item.customer_id], [history.INTERACTION]):
        if item.kind == "complaint":
            close_complaint_follow_ups(item.id, now(), status="dismissed")
        item.delete_instance()


def interaction_dict(i: Interaction) -> dict[str, Any]:
    return {
        "id": i.id,
        "customer_id": i.customer_id,
        "at": i.at.isoformat(sep=" "),
        "kind": i.kind,
        "satisfaction": i.satisfaction,
        "summary": i.summary,
        "staff_id": i.staff_id,
        "status": i.status,
        "resolved_at": i.resolved_at.isoformat(sep=" ") if i.resolved_at else None,
    }


def list_interactions(customer_id: int) -> list[dict[str, Any]]:
    query = (
        Interaction.select()
        .where(Interaction.customer == customer_id)
        .order_by(Interaction.at.desc(), Interaction.id.desc())
    )
    return [interaction_dict(i) for i in query]
