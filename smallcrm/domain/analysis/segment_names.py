"""Segments by name: which there are, what they are called and what they mean.

A segment is named ``dimension:key``:

- ``tier:high|medium|none|loss`` — profit tiers over the analysis window;
- ``rfm:champions|loyal|...`` — RFM groups;
- ``age:under_25|25_34|...|65_plus|unknown``;
- ``income:BAND`` — the income band chosen in the profile (``domain.values.incomes.BANDS``);
  ``income:other`` every other text written there, ``income:`` alone: not recorded (any
  other ``income:TEXT`` is the customers whose income reads exactly TEXT);
- ``lifecycle:potential|new|satisfied|retained|loyal``;
- ``churn:active|at_risk|churned`` — from the churn model or the recency rule;
- ``custom:NAME`` — a segment the owner saved: a named filter (``analysis.segments``).

Words only, translated with the context 'Segments': the window lists the names and
help texts without loading the statistics. Who is in a segment is ``analysis.segments``.
"""

from __future__ import annotations

from typing import Any

from peewee import fn

from smallcrm.domain.values import incomes
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.models import Customer

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


def label_of(name: str) -> str:
    """The English label of a segment name (translate with context 'Segments')."""
    dimension, key = split_name(name)
    if dimension == "income":
        return income_label(key)
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


def income_label(key: str) -> str:
    """A band as it is written ('5千-1万'); 'other income' and 'not recorded' in words."""
    if key == incomes.OTHER:
        return incomes.OTHER_LABEL
    return key or INCOME_UNKNOWN_LABEL


def income_order(key: str) -> int:
    """Bands in order of money, then other income, then not recorded."""
    return incomes.BANDS.index(key) if key in incomes.BANDS else len(incomes.BANDS) + (key != incomes.OTHER)


def builtin_names(income_bands: list[str] | None = None) -> list[str]:
    """Every built-in segment name; income bands as given (default: those the customers
    have: the bands, other income and not recorded)."""
    names = [f"{d}:{k}" for d in DIMENSIONS if d != "income" for k in LABELS[d]]
    if income_bands is None:
        rows: Any = Customer.select(fn.TRIM(Customer.income_band)).where(Customer.deleted_at.is_null()).distinct()
        keys = {incomes.segment_key(row[0] or "") for row in rows.tuples()}
        income_bands = sorted(keys, key=income_order)
    at = names.index("lifecycle:loyal")
    return names[:at] + [f"income:{b}" for b in income_bands] + names[at:]
