"""Segments (客户细分) by name: what they are, who is in them, and saved custom segments.

A segment is named ``dimension:key``:

- ``tier:high|medium|none|loss`` — profit tiers over the analysis window;
- ``rfm:champions|loyal|...`` — RFM groups;
- ``age:under_25|25_34|...|65_plus|unknown``;
- ``income:BAND`` — the income band chosen in the profile (``domain.values.incomes.BANDS``);
  ``income:other`` every other text written there, ``income:`` alone: not recorded (any
  other ``income:TEXT`` is the customers whose income reads exactly TEXT);
- ``lifecycle:potential|new|satisfied|retained|loyal``;
- ``churn:active|at_risk|churned`` — from the churn model or the recency rule;
- ``custom:NAME`` — a segment the owner saved: a named filter (see below).

Any other code uses a segment as a filter through :func:`segment_condition` (a peewee
condition on ``Customer``), :func:`segment_select` (a query of ids, which
``domain.customers.groups`` resolves as ``segment:NAME`` for reminder rules and mailings) or
:func:`segment_ids`. Computed segments come from ``domain.analysis.current``, which is
reused until the data changes; their ids reach SQL as one JSON parameter
(``store.sqlite.columns.ids_select``), never one parameter per customer.

This module stays light (no numpy at import): the UI can list names and help texts
without loading the statistics.

Saved segments are JSON filters, combined with ``all`` (and), ``any`` (or), ``not``::

    {"all": [{"segment": "tier:high"}, {"field": "city", "op": "eq", "value": "成都市"},
             {"tag": "VIP"}, {"not": {"segment": "churn:churned"}}]}

Field operators: eq, ne, contains, startswith, in, gt, ge, lt, le, empty, not_empty.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Node, Select, fn

from smallcrm.domain.customers.fields import TEXT_FIELDS as CUSTOMER_TEXT_FIELDS
from smallcrm.domain.values import incomes
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, CustomerTag, SavedSegment, Staff, Tag, now

DIMENSIONS = ("tier", "rfm", "age", "income", "lifecycle", "churn")

DIMENSION_LABELS = {
    "tier": QT_TRANSLATE_NOOP("Segments", "Profit tier"),
    "rfm": QT_TRANSLATE_NOOP("Segments", "RFM group"),
    "age": QT_TRANSLATE_NOOP("Segments", "Age"),
    "income": QT_TRANSLATE_NOOP("Segments", "Income"),
    "lifecycle": QT_TRANSLATE_NOOP("Segments", "Lifecycle stage"),
    "churn": QT_TRANSLATE_NOOP("Segments", "Churn status"),
    "custom": QT_TRANSLATE_NOOP("Segments", "Saved segment"),
}

# Keys in display order (best first), with their labels. Income bands are the shop's own.
LABELS: dict[str, dict[str, str]] = {
    "tier": {
        "high": QT_TRANSLATE_NOOP("Segments", "High profit"),
        "medium": QT_TRANSLATE_NOOP("Segments", "Medium profit"),
        "none": QT_TRANSLATE_NOOP("Segments", "No profit"),
        "loss": QT_TRANSLATE_NOOP("Segments", "Loss-making"),
    },
    "rfm": {
        "champions": QT_TRANSLATE_NOOP("Segments", "Champions"),
        "loyal": QT_TRANSLATE_NOOP("Segments", "Loyal customers"),
        "potential_loyalist": QT_TRANSLATE_NOOP("Segments", "Potential loyalists"),
        "new": QT_TRANSLATE_NOOP("Segments", "New customers"),
        "promising": QT_TRANSLATE_NOOP("Segments", "Promising"),
        "need_attention": QT_TRANSLATE_NOOP("Segments", "Need attention"),
        "about_to_sleep": QT_TRANSLATE_NOOP("Segments", "About to sleep"),
        "at_risk": QT_TRANSLATE_NOOP("Segments", "At risk"),
        "cant_lose": QT_TRANSLATE_NOOP("Segments", "Can't lose them"),
        "hibernating": QT_TRANSLATE_NOOP("Segments", "Hibernating"),
    },
    "age": {
        "under_25": QT_TRANSLATE_NOOP("Segments", "Under 25"),
        "25_34": QT_TRANSLATE_NOOP("Segments", "25 to 34"),
        "35_44": QT_TRANSLATE_NOOP("Segments", "35 to 44"),
        "45_54": QT_TRANSLATE_NOOP("Segments", "45 to 54"),
        "55_64": QT_TRANSLATE_NOOP("Segments", "55 to 64"),
        "65_plus": QT_TRANSLATE_NOOP("Segments", "65 and over"),
        "unknown": QT_TRANSLATE_NOOP("Segments", "Age unknown"),
    },
    # Stages named as customers (潜在客户, not a bare 潜在): a label that says what it counts.
    "lifecycle": {
        "loyal": QT_TRANSLATE_NOOP("Segments", "Long-term customers"),
        "retained": QT_TRANSLATE_NOOP("Segments", "Retained customers"),
        "satisfied": QT_TRANSLATE_NOOP("Segments", "Satisfied customers"),
        "new": QT_TRANSLATE_NOOP("Segments", "New customers"),
        "potential": QT_TRANSLATE_NOOP("Segments", "Potential customers"),
    },
    "churn": {
        "active": QT_TRANSLATE_NOOP("Segments", "Active"),
        "at_risk": QT_TRANSLATE_NOOP("Segments", "At risk"),
        "churned": QT_TRANSLATE_NOOP("Segments", "Lost"),
    },
}
INCOME_UNKNOWN_LABEL = QT_TRANSLATE_NOOP("Segments", "Income not recorded")

CHURN_REASON_LABELS = {
    "natural": QT_TRANSLATE_NOOP("Segments", "Natural (moved away, no longer needs it)"),
    "competitive": QT_TRANSLATE_NOOP("Segments", "Lost to a competitor"),
    "fault": QT_TRANSLATE_NOOP("Segments", "Our fault (price, quality, service)"),
    "unrecorded": QT_TRANSLATE_NOOP("Segments", "Marked lost, no reason given"),
    "model": QT_TRANSLATE_NOOP("Segments", "Stopped buying (model)"),
    "rule": QT_TRANSLATE_NOOP("Segments", "No purchase for too long"),
}

# The rules, for the UI's help text and --help. Numbers are the defaults / constants of
# domain.analysis; the settings dialog shows the current values of the settings.
HELP = {
    "tier": QT_TRANSLATE_NOOP(
        "Segments",
        "Profit over the analysis window (default the last 12 months) = what the customer paid − the cost of the "
        "goods − the service cost setting for every visit, call, message, complaint, feedback or greeting (a simple "
        "activity-based costing). Loss-making: below zero. No profit: from zero up to the no-profit setting. The "
        "others are ranked by profit: the best ones, who together make the high-profit share (default 80 %) of "
        "their profit, are high profit; the rest medium profit.",
    ),
    "rfm": QT_TRANSLATE_NOOP(
        "Segments",
        "RFM scores customers who have bought from 1 to 5 on recency (days since the last purchase day), frequency "
        "(purchase days) and monetary value (total spend): 1 + ⌊5 × the share of customers with a worse value⌋, so "
        "equal values get equal scores. The group follows the recency score and the average of the frequency and "
        "monetary scores: Champions 5/4–5, Loyal 3–4/4–5, Potential loyalists 4–5/2–3, New customers 5/1, "
        "Promising 4/1, Need attention 3/3, About to sleep 3/1–2, At risk 1–2/3–4, Can't lose them 1–2/5, "
        "Hibernating 1–2/1–2.",
    ),
    "age": QT_TRANSLATE_NOOP(
        "Segments",
        "Age in completed years on the analysis day, from birthdays with a year; lunar birthdays count lunar years.",
    ),
    "income": QT_TRANSLATE_NOOP(
        "Segments",
        "The monthly income band chosen in each customer's profile; any other text written there counts as "
        "other income.",
    ),
    "lifecycle": QT_TRANSLATE_NOOP(
        "Segments",
        "Potential customers: have not bought yet. New customers: one purchase day, no good feedback yet. "
        "Satisfied customers: came back for a second purchase day, or gave a satisfaction score of 4 or 5. "
        "Retained customers: at least 3 purchase days, one of them in the last 12 months, and not unhappy (latest "
        "score 1 or 2, or a complaint still open). Long-term customers: retained, first purchase at least 24 "
        "months ago and at least 6 purchase days. A customer who stops buying falls back to satisfied and shows "
        "up as at risk or lost.",
    ),
    "churn": QT_TRANSLATE_NOOP(
        "Segments",
        "At risk: a customer who came back before and whose chance of still buying is below the at-risk setting. "
        "Lost (churned): marked so by you, with a reason, or a chance below the lost setting. Customers who bought "
        "only once are judged by the days since that purchase.",
    ),
    "model": QT_TRANSLATE_NOOP(
        "Segments",
        "The chance that a customer still buys, their expected purchases and lifetime value come from the BG/NBD "
        "and Gamma-Gamma models, fitted to all your customers' purchase days (several purchases on one day count "
        "once; the first purchase day is not a repeat). Lifetime value is the expected spend over the coming "
        "months, discounted.",
    ),
    "rule": QT_TRANSLATE_NOOP(
        "Segments",
        "Too little purchase history for the model: at risk and lost follow the days since the last purchase, "
        "expected purchases the customer's own past rate.",
    ),
    "conventions": QT_TRANSLATE_NOOP(
        "Segments",
        "A purchase day is a calendar day with at least one purchase of a positive amount; several purchases on "
        "one day count once. Everything up to and including the analysis day is used, nothing after it.",
    ),
}

CUSTOM = "custom"
MAX_NAME = 60
MAX_DEPTH = 8  # saved segments may use other saved segments, this deep at most


def label_of(name: str) -> str:
    """The English label of a segment name (translate with context 'Segments')."""
    dimension, key = split_name(name)
    if dimension == "income":
        return _income_label(key)
    if dimension == CUSTOM:
        return key
    return LABELS[dimension][key]


def split_name(name: str) -> tuple[str, str]:
    """'tier:high' -> ('tier', 'high'); refuses names that are no segment."""
    dimension, sep, key = str(name or "").strip().partition(":")
    dimension = dimension.strip().lower()
    key = key.strip()
    if sep and dimension in LABELS and key in LABELS[dimension]:
        return dimension, key
    if sep and dimension == "income":
        return dimension, key
    if sep and dimension == CUSTOM and key:
        return dimension, key
    raise UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{name} is not a segment; segments are named like tier:high, rfm:champions, age:35_44, "
            "income:BAND, lifecycle:loyal, churn:at_risk or custom:NAME.",
        ),
        name=name,
    )


def _income_label(key: str) -> str:
    """A band as it is written ('5千-1万'); 'other income' and 'not recorded' in words."""
    if key == incomes.OTHER:
        return incomes.OTHER_LABEL
    return key or INCOME_UNKNOWN_LABEL


def _income_order(key: str) -> int:
    """Bands in order of money, then other income, then not recorded."""
    return incomes.BANDS.index(key) if key in incomes.BANDS else len(incomes.BANDS) + (key != incomes.OTHER)


def builtin_names(income_bands: list[str] | None = None) -> list[str]:
    """Every built-in segment name; income bands as given (default: those the customers
    have: the bands, other income and not recorded)."""
    names = [f"{d}:{k}" for d in DIMENSIONS if d != "income" for k in LABELS[d]]
    if income_bands is None:
        rows: Any = Customer.select(fn.TRIM(Customer.income_band)).where(Customer.deleted_at.is_null()).distinct()
        keys = {incomes.segment_key(row[0] or "") for row in rows.tuples()}
        income_bands = sorted(keys, key=_income_order)
    at = names.index("lifecycle:loyal")
    return names[:at] + [f"income:{b}" for b in income_bands] + names[at:]


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
    from smallcrm.domain import analysis as an

    seg = result.segments
    keys = list(LABELS.get(dimension, {}))
    names: tuple[str, ...]
    if dimension == "tier":
        codes, names = seg.tier, an.TIERS
    elif dimension == "rfm":
        codes, names = seg.rfm, an.RFM_GROUPS
    elif dimension == "age":
        codes, names = seg.age_band, an.AGE_BANDS
    elif dimension == "lifecycle":
        codes, names = seg.lifecycle, an.LIFECYCLE
    elif dimension == "churn":
        from smallcrm.domain import churn as ch

        codes, names = result.churn.status, ch.STATUSES
    elif dimension == "income":
        # The facts code each customer's income text; the texts fall into the bands,
        # other income (every other text) and not recorded.
        import numpy as np

        keys = [incomes.segment_key(text) for text in result.facts.income_bands]
        return [
            Group(
                f"income:{key}",
                "income",
                key,
                _income_label(key),
                seg.known & np.isin(result.facts.income, [i for i, k in enumerate(keys) if k == key]),
            )
            for key in sorted(set(keys), key=_income_order)
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
    import numpy as np

    texts = result.facts.income_bands
    if dimension == "income" and key in texts:  # one text of other income, as segment_condition reads it
        return result.facts.ids[result.segments.known & (result.facts.income == texts.index(key))]
    return np.zeros(0, dtype=np.int64)  # an income band nobody has


def _custom_ids(key: str, as_of: dt.date | None = None) -> Any:
    import numpy as np

    condition = segment_condition(f"custom:{key}", as_of)
    query: Any = Customer.select(Customer.id).where(Customer.deleted_at.is_null() & condition)
    return np.array(sorted(row[0] for row in query.order_by(Customer.id).tuples()), dtype=np.int64)


def segment_ids(name: str, as_of: dt.date | None = None) -> list[int]:
    """The ids of the live customers in segment ``name``, ascending."""
    dimension, key = split_name(name)
    if dimension == CUSTOM:
        return [int(i) for i in _custom_ids(key, as_of)]
    from smallcrm.domain import analysis

    return [int(i) for i in members(name, analysis.current(as_of))]


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
    from smallcrm.domain import analysis
    from smallcrm.store.sqlite.columns import ids_select

    return Customer.id.in_(ids_select(members(name, analysis.current(as_of))))


def segment_select(name: str, as_of: dt.date | None = None) -> Select:
    """A query selecting the ids of the segment's customers (for ``Customer.id.in_(...)``)."""
    dimension, _ = split_name(name)
    if dimension in ("income", CUSTOM):
        return Customer.select(Customer.id).where(segment_condition(name, as_of))
    from smallcrm.domain import analysis
    from smallcrm.store.sqlite.columns import ids_select

    return ids_select(members(name, analysis.current(as_of)))


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
            from smallcrm.domain.values.dates import parse_date

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
    from peewee import NodeList

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
