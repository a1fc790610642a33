"""The analysis settings (``smallcrm.settings``) checked once: the profit window, the
service cost, the tiers' and the churn rules' thresholds, the lifetime value's horizon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from smallcrm import settings
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError


@dataclass(frozen=True)
class Config:
    """The analysis settings (``smallcrm.settings``), checked once."""

    window_months: int = 12
    service_cost_cents: int = 1000
    high_profit_percent: int = 80
    no_profit_cents: int = 0
    at_risk_percent: int = 50
    lost_percent: int = 20
    rule_at_risk_days: int = 180
    rule_lost_days: int = 365
    clv_months: int = 12
    clv_discount_percent: int = 10

    _KEYS: ClassVar[dict[str, tuple[str, int, int]]] = {
        "window_months": ("analysis_window_months", 1, 120),
        "service_cost_cents": ("service_cost_cents", 0, 10**9),
        "high_profit_percent": ("tier_high_profit_percent", 0, 100),
        "no_profit_cents": ("tier_no_profit_cents", 0, 10**9),
        "at_risk_percent": ("churn_at_risk_percent", 0, 100),
        "lost_percent": ("churn_lost_percent", 0, 100),
        "rule_at_risk_days": ("churn_rule_at_risk_days", 1, 36500),
        "rule_lost_days": ("churn_rule_lost_days", 1, 36500),
        "clv_months": ("clv_months", 1, 600),
        "clv_discount_percent": ("clv_discount_percent", 0, 1000),
    }

    @classmethod
    def setting(cls, attr: str) -> int:
        """One of the settings, checked: for a reader that needs only it (the customer
        page's profit needs the service cost, not the churn rules)."""
        key, lo, hi = cls._KEYS[attr]
        value = settings.get(key)
        if not lo <= value <= hi:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The setting {key} must be between {lo} and {hi}, not {value}."),
                key=key,
                lo=lo,
                hi=hi,
                value=value,
            )
        return int(value)

    @classmethod
    def from_settings(cls) -> Config:
        config = cls(**{attr: cls.setting(attr) for attr in cls._KEYS})
        if config.lost_percent > config.at_risk_percent or config.rule_lost_days < config.rule_at_risk_days:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "A customer must be at risk before being lost: check the churn settings "
                    "(lost below at-risk, lost days above at-risk days).",
                )
            )
        return config
