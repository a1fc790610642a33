"""Segments (客户细分): who is in them, the counts per segment, and the segments the
owner saves.

A segment is named ``dimension:key`` (``analysis.segment_names`` lists them and what
they mean). Any other code uses a segment as a filter through
:func:`segment_condition` (a peewee condition on ``Customer``), :func:`segment_select`
(a query of ids, which ``customers.groups`` resolves as ``segment:NAME`` for reminder
rules and mailings) or :func:`segment_ids`. Computed segments come from
``analysis.result.current``, which is reused until the data changes; their ids reach
SQL as one JSON parameter (``store.sqlite.columns.ids_select``), never one parameter
per customer.

This module imports no numpy and no analysis at the top: the customer list's filters,
the reminder rules and the mailings import it at every start, and a segment by income
or a saved filter of plain fields is SQL alone. Numpy and the analysis (100-150 ms,
measured) are imported in the functions that work on computed segments.

Saved segments are JSON filters, combined with ``all`` (and), ``any`` (or), ``not``::

    {"all": [{"segment": "tier:high"}, {"field": "city", "op": "eq", "value": "成都市"},
             {"tag": "VIP"}, {"not": {"segment": "churn:churned"}}]}

Field operators: eq, ne, contains, startswith, in, gt, ge, lt, le, empty, not_empty.
A saved segment may use computed segments and other saved ones, so the membership of
the two kinds and the saved filters stay in one module (they call each other).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Node, NodeList, Select, fn

from smallcrm.domain.analysis.segment_names import (
    CUSTOM,
    DIMENSIONS,
    LABELS,
    income_label,
    income_order,
    split_name,
)
from smallcrm.domain.customers.fields import TEXT_FIELDS as CUSTOMER_TEXT_FIELDS
from smallcrm.domain.values import incomes
from smallcrm.domain.values.dates import parse_date
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, CustomerTag, SavedSegment, Staff, Tag, now
from smallcrm.store.sqlite.columns import ids_select

MAX_NAME = 60
MAX_DEPTH = 8  # saved segments may use other saved segments, this deep at most


# --- Membership of computed segments ---------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """One segment as computed: its name, label and members (a mask over analysis.facts.ids)."""

    name: str
    dimension: str
    key: str
    label: str
    mask: Any  # numpy bool array


def groups_of(result: Any, dimension: str) -> list[Group]:
    """The segments of one dimension in display order, as computed by an ``analysis.Analysis``."""
    import numpy as np  # numpy and the analysis: 100-150 ms (measured) the list's filters never need

    from smallcrm.domain.analysis import churn, segment_table  # (the analysis: see the line above)

    seg = result.segments
    keys = list(LABELS.get(dimension, {}))
    names: tuple[str, ...]
    if dimension == "tier":
        codes, names = seg.tier, segment_table.TIERS
    elif dimension == "rfm":
        codes, names = seg.rfm, segment_table.RFM_GROUPS
    elif dimension == "age":
        codes, names = seg.age_band, segment_table.AGE_BANDS
    elif dimension == "lifecycle":
        codes, names = seg.lifecycle, segment_table.LIFECYCLE
    elif dimension == "churn":
        codes, names = result.churn.status, churn.STATUSES
    elif dimension == "income":
        # The facts code each customer's income text; the texts fall into the bands,
        # other income (every other text) and not recorded.
        keys = [incomes.segment_key(text) for text in result.facts.income_bands]
        return [
            Group(
                f"income:{key}",
                "income",
                key,
                income_label(key),
                seg.known & np.isin(result.facts.income, [i for i, k in enumerate(keys) if k == key]),
            )
            for key in sorted(set(keys), key=income_order)
        ]
    else:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no segment dimension {name}."), name=dimension)
    out = []
    for key in keys:
        code = names.index(key)
        out.append(Group(f"{dimension}:{key}", dimension, key, LABELS[dimension][key], codes == code))
    return out


def members(name: str, result: Any) -> Any:
    """Ids (numpy array, ascending) of the customers in a built-in segment."""
    dimension, key = split_name(name)
    if dimension == CUSTOM:
        return _custom_ids(key, result.as_of)
    for group in groups_of(result, dimension):
        if group.key == key:
            return result.facts.ids[group.mask]

    texts = result.facts.income_bands
    if dimension == "income" and key in texts:  # one text of other income, as segment_condition reads it
        return result.facts.ids[result.segments.known & (result.facts.income == texts.index(key))]
    return result.facts.ids[:0]  # an income band nobody has


def _custom_ids(key: str, as_of: dt.date | None = None) -> Any:
    import numpy as np  # numpy: 100 ms (measured) a saved filter of plain fields never needs

    condition = segment_condition(f"custom:{key}", as_of)
    query: Any = Customer.select(Customer.id).where(Customer.deleted_at.is_null() & condition)
    return np.array(sorted(row[0] for row in query.order_by(Customer.id).tuples()), dtype=np.int64)


def _computed_ids(name: str, as_of: dt.date | None) -> Any:
    """The ids (numpy, ascending) of a computed segment's customers, from the analysis as
    of ``as_of`` (default today), reused until the data changes."""
    from smallcrm.domain.analysis.result import current  # numpy and the analysis: 100-150 ms (measured)

    return members(name, current(as_of))


def segment_ids(name: str, as_of: dt.date | None = None) -> list[int]:
    """The ids of the live customers in segment ``name``, ascending."""
    dimension, key = split_name(name)
    if dimension == CUSTOM:
        return [int(i) for i in _custom_ids(key, as_of)]

    return [int(i) for i in _computed_ids(name, as_of)]


def segment_condition(name: str, as_of: dt.date | None = None, _depth: int = 0) -> Node:
    """A peewee condition on ``Customer`` selecting the segment's customers (to AND with
    a list's search and filters). Income bands and saved segments are plain SQL; the
    computed segments are their id set as one JSON parameter."""
    dimension, key = split_name(name)
    if dimension == "income":
        income = fn.TRIM(Customer.income_band)
        if key == incomes.OTHER:
            return (income != "") & income.not_in(list(incomes.BANDS))
        return income == key
    if dimension == CUSTOM:
        return _filter_condition(_load_definition(key), as_of, _depth + 1, key)

    return Customer.id.in_(ids_select(_computed_ids(name, as_of)))


def segment_select(name: str, as_of: dt.date | None = None) -> Select:
    """A query selecting the ids of the segment's customers (for ``Customer.id.in_(...)``)."""
    dimension, _ = split_name(name)
    if dimension in ("income", CUSTOM):
        return Customer.select(Customer.id).where(segment_condition(name, as_of))

    return ids_select(_computed_ids(name, as_of))


# --- Counts for the CLI and the charts -----------------------------------------------------------


def summary(result: Any, dimensions: tuple[str, ...] = DIMENSIONS) -> dict[str, Any]:
    """Per dimension and segment: count, window profit and revenue (cents) and the share
    of the window's total profit; plus the rules' numbers and the saved segments' counts."""
    seg = result.segments
    total_profit = int(seg.profit[seg.known].sum())
    out: dict[str, Any] = {
        "as_of": result.as_of.isoformat(),
        "customers": int(seg.known.sum()),
        "window": {"from": seg.window_start.isoformat(), "to": result.as_of.isoformat(), "exclusive_from": True},
        "profit_cents": total_profit,
        "rules": {
            "high_profit_min_cents": seg.high_threshold,
            "high_profit_percent": result.config.high_profit_percent,
            "no_profit_max_cents": result.config.no_profit_cents,
            "service_cost_cents": result.config.service_cost_cents,
            "window_months": result.config.window_months,
        },
        "segments": {},
    }
    for dimension in dimensions:
        rows: dict[str, Any] = {}
        for group in groups_of(result, dimension):
            profit = int(seg.profit[group.mask].sum())
            rows[group.key] = {
                "name": group.name,
                "label": group.label,
                "count": int(group.mask.sum()),
                "profit_cents": profit,
                "revenue_cents": int(seg.revenue[group.mask].sum()),
                "profit_share": None if total_profit <= 0 else round(profit / total_profit, 6),
            }
        out["segments"][dimension] = rows
    if "churn" in dimensions:
        model = result.churn.model
        out["churn_basis"] = model.basis
        if model.reason:
            out["churn_basis_reason"] = model.reason.format(**model.reason_args)
    saved = list_segments(counts=True, as_of=result.as_of)
    out["saved"] = [{"name": f"custom:{s['name']}", "count": s["count"]} for s in saved]
    return out


# --- Saved segments --------------------------------------------------------------------------------

# Columns a saved segment compares as text: the customer's free-text fields (except the
# churn note, which is prose) and the coded ones that are stored as text.
TEXT_FIELDS = (frozenset(CUSTOMER_TEXT_FIELDS) - {"churn_note"}) | {
    "customer_no",
    "gender",
    "phone",
    "churn_status",
    "churn_reason",
}
NUMBER_FIELDS = ("birth_year", "birth_month", "birth_day")
DATE_FIELDS = {"created": "created_at", "updated": "updated_at", "churned_on": "churned_on"}
OPS = ("eq", "ne", "contains", "startswith", "in", "gt", "ge", "lt", "le", "empty", "not_empty")


def _bad_filter(problem: str, **args: Any) -> UserError:
    return UserError(problem, **args)


def _filter_condition(rule: Any, as_of: dt.date | None, depth: int, context: str) -> Node:
    """A saved filter (parsed JSON) as a peewee condition on Customer; refuses anything
    it does not understand, naming the piece."""
    if depth > MAX_DEPTH:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The saved segment {name} uses itself, directly or through others."),
            name=context,
        )
    if not isinstance(rule, dict) or (len(rule) != 1 and "field" not in rule):
        raise _bad_filter(
            QT_TRANSLATE_NOOP("UserError", "{piece} is not a filter rule (all, any, not, segment, tag or field)."),
            piece=json.dumps(rule, ensure_ascii=False),
        )
    if "all" in rule or "any" in rule:
        parts = rule.get("all", rule.get("any"))
        if not isinstance(parts, list):
            raise _bad_filter(QT_TRANSLATE_NOOP("UserError", "all and any need a list of rules."))
        conditions = [_filter_condition(p, as_of, depth, context) for p in parts]
        if not conditions:
            return SQL("1 = 1") if "all" in rule else SQL("1 = 0")
        combined: Any = conditions[0]
        for c in conditions[1:]:
            combined = (combined & c) if "all" in rule else (combined | c)
        return combined
    if "not" in rule:
        negated: Any = _filter_condition(rule["not"], as_of, depth, context)
        return ~negated
    if "segment" in rule:
        return segment_condition(str(rule["segment"]), as_of, depth)
    if "tag" in rule:
        tag = str(rule["tag"]).strip()
        return fn.EXISTS(
            CustomerTag.select(SQL("1")).join(Tag).where((CustomerTag.customer == Customer.id) & (Tag.name == tag))
        )
    return _field_condition(rule)


def _field_condition(rule: dict[str, Any]) -> Node:
    name = str(rule.get("field", "")).strip()
    op = str(rule.get("op", "eq")).strip().lower()
    value = rule.get("value")
    if op not in OPS:
        raise _bad_filter(
            QT_TRANSLATE_NOOP("UserError", "{op} is not a filter operator ({ops})."), op=op, ops=", ".join(OPS)
        )
    if name == "staff":
        column: Any = Staff.select(Staff.name).where(Staff.id == Customer.staff)
        if op in ("empty", "not_empty"):
            return Customer.staff.is_null() if op == "empty" else Customer.staff.is_null(False)
    elif name == "mail_consent":
        column = Customer.mail_consent
        value = value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")
    elif name in TEXT_FIELDS or name in NUMBER_FIELDS:
        column = getattr(Customer, name)
    elif name in DATE_FIELDS:
        column = getattr(Customer, DATE_FIELDS[name])
        if value not in (None, "") and op not in ("empty", "not_empty"):
            if op == "in":
                raise _bad_filter(QT_TRANSLATE_NOOP("UserError", "Dates are compared with eq, gt, ge, lt or le."))
            day = parse_date(value, name)
            column = fn.date(column)
            value = day.isoformat()
    else:
        raise _bad_filter(
            QT_TRANSLATE_NOOP("UserError", "There is no customer field {field} to filter on."), field=name
        )
    if op == "empty":
        return column.is_null() | (column == "")
    if op == "not_empty":
        return column.is_null(False) & (column != "")
    if value is None:
        raise _bad_filter(QT_TRANSLATE_NOOP("UserError", "The rule on {field} needs a value."), field=name)
    if op == "in":
        values = value if isinstance(value, list) else [v.strip() for v in str(value).split(",")]
        return column.in_(values)
    if op in ("contains", "startswith"):
        text = str(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{text}%" if op == "contains" else f"{text}%"
        return _like(column, pattern)
    comparisons = {
        "eq": column == value,
        "ne": column != value,
        "gt": column > value,
        "ge": column >= value,
        "lt": column < value,
        "le": column <= value,
    }
    return comparisons[op]


def _like(column: Any, pattern: str) -> Node:
    """Case-insensitive LIKE with backslash as the escape character."""
    return NodeList((column, SQL("LIKE"), pattern, SQL("ESCAPE '\\'")))


def _clean_name(name: str) -> str:
    name = str(name or "").strip()
    if name.lower().startswith(CUSTOM + ":"):
        name = name[len(CUSTOM) + 1 :].strip()
    if not name or len(name) > MAX_NAME:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A saved segment needs a name of 1 to {max} characters."), max=MAX_NAME
        )
    return name


def _parse_definition(definition: Any) -> Any:
    if isinstance(definition, str):
        try:
            definition = json.loads(definition)
        except ValueError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The segment's filter is not valid JSON: {reason}."), reason=str(exc)
            ) from None
    return definition


def _load_definition(name: str) -> Any:
    row = SavedSegment.get_or_none(SavedSegment.name == name)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no saved segment called {name}."), name=name)
    return json.loads(row.definition)


def save_segment(name: str, definition: Any, note: str = "") -> dict[str, Any]:
    """Create or replace the saved segment ``name``; the filter is checked first (an
    unknown field, operator or segment is refused and nothing is saved)."""
    name = _clean_name(name)
    definition = _parse_definition(definition)
    _filter_condition(definition, None, 1, name)  # refuses what it cannot use
    text = json.dumps(definition, ensure_ascii=False, sort_keys=True)
    with db.atomic():
        row = SavedSegment.get_or_none(SavedSegment.name == name)
        if row is None:
            SavedSegment.create(name=name, definition=text, note=note)
        else:
            SavedSegment.update(definition=text, note=note, updated_at=now()).where(SavedSegment.id == row.id).execute()
        # A segment that now refers back to itself is refused as a whole.
        _filter_condition(definition, None, 1, name)
    return get_segment(name)


def get_segment(name: str) -> dict[str, Any]:
    name = _clean_name(name)
    row = SavedSegment.get_or_none(SavedSegment.name == name)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no saved segment called {name}."), name=name)
    return _segment_dict(row)


def _segment_dict(row: SavedSegment) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "segment": f"{CUSTOM}:{row.name}",
        "definition": json.loads(row.definition),
        "note": row.note,
        "created_at": str(row.created_at),
        "updated_at": str(row.updated_at),
    }


def list_segments(counts: bool = False, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """The saved segments by name; with ``counts``, how many live customers each has
    (as of ``as_of``, default today, for filters that use computed segments)."""
    out = []
    for row in SavedSegment.select().order_by(SavedSegment.name):
        item = _segment_dict(row)
        if counts:
            try:
                item["count"] = (
                    Customer.select()
                    .where(Customer.deleted_at.is_null() & segment_condition(f"custom:{row.name}", as_of))
                    .count()
                )
            except UserError:  # a saved filter broken by a later change (a segment renamed): shown, not counted
                item["count"] = None
        out.append(item)
    return out


def delete_segment(name: str) -> None:
    name = _clean_name(name)
    with db.atomic():
        deleted = SavedSegment.delete().where(SavedSegment.name == name).execute()
    if not deleted:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no saved segment called {name}."), name=name)
