"""The charts' words: titles and axis texts as English source strings marked for Qt's
translation (context "Charts"), and how a builder is handed the translation."""

from __future__ import annotations

from collections.abc import Callable

from smallcrm.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]


TITLES = {
    "tier": QT_TRANSLATE_NOOP("Charts", "Customers by profit tier"),
    "rfm": QT_TRANSLATE_NOOP("Charts", "Customers by RFM group"),
    "age": QT_TRANSLATE_NOOP("Charts", "Customers by age"),
    "income": QT_TRANSLATE_NOOP("Charts", "Customers by income"),
    "lifecycle": QT_TRANSLATE_NOOP("Charts", "Customers by lifecycle stage"),
    "churn": QT_TRANSLATE_NOOP("Charts", "Customers by churn status"),
}


TEXT = {
    "customers": QT_TRANSLATE_NOOP("Charts", "Customers"),
    "profit_share": QT_TRANSLATE_NOOP("Charts", "Share of profit (%)"),
    "churn_trend": QT_TRANSLATE_NOOP("Charts", "New and lost customers per month"),
    "new": QT_TRANSLATE_NOOP("Charts", "New customers"),
    "lost": QT_TRANSLATE_NOOP("Charts", "Lost customers"),
    "churn_rate": QT_TRANSLATE_NOOP("Charts", "Churn rate (%)"),
    "reasons": QT_TRANSLATE_NOOP("Charts", "Why customers were lost, per month"),
    "pareto": QT_TRANSLATE_NOOP("Charts", "Share of profit by share of customers"),
    "pareto_x": QT_TRANSLATE_NOOP("Charts", "Customers, best first (%)"),
    "pareto_y": QT_TRANSLATE_NOOP("Charts", "Cumulative share of profit (%)"),
    "decile": QT_TRANSLATE_NOOP("Charts", "Profit share of each tenth (%)"),
    "migration": QT_TRANSLATE_NOOP("Charts", "Customers moving between profit tiers"),
    "upgraded": QT_TRANSLATE_NOOP("Charts", "Upgraded"),
    "downgraded": QT_TRANSLATE_NOOP("Charts", "Downgraded"),
    "cohorts": QT_TRANSLATE_NOOP("Charts", "Customers still buying, by month of first purchase"),
    "cohort_x": QT_TRANSLATE_NOOP("Charts", "Months after the first purchase"),
    "cohort_y": QT_TRANSLATE_NOOP("Charts", "First purchase in"),
    "satisfaction": QT_TRANSLATE_NOOP("Charts", "Average satisfaction per month"),
    "score": QT_TRANSLATE_NOOP("Charts", "Average score (1-5)"),
    "scores": QT_TRANSLATE_NOOP("Charts", "Scores given"),
    "no_data": QT_TRANSLATE_NOOP("Charts", "No data yet"),
    "staff_results": QT_TRANSLATE_NOOP("Charts", "Sales and gross profit per staff member, {month}"),
    "sales": QT_TRANSLATE_NOOP("Charts", "Sales (returns taken off)"),
    "gross_profit": QT_TRANSLATE_NOOP("Charts", "Gross profit"),
    "yuan": QT_TRANSLATE_NOOP("Charts", "Yuan"),
    "nobody": QT_TRANSLATE_NOOP("Charts", "No staff member"),
    "partial": QT_TRANSLATE_NOOP(
        "Charts", "* {month} is not over: {days} of its {total} days so far (drawn lighter and hatched)"
    ),
    "partial_cohort": QT_TRANSLATE_NOOP("Charts", "Hatched: {month}, not over yet ({days} of its {total} days so far)"),
}


def untranslated(context: str, text: str) -> str:
    return text
