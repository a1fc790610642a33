"""The analysis settings, checked once: a value out of its range, or churn thresholds
that contradict each other, are refused with a sentence naming the setting."""

from __future__ import annotations

import pytest

from smallcrm import settings
from smallcrm.domain.analysis.config import Config
from smallcrm.errors import UserError

pytestmark = pytest.mark.usefixtures("crm")


def test_a_fresh_shop_analyses_with_the_declared_defaults() -> None:
    assert Config.from_settings() == Config()


def test_changed_settings_are_what_the_analysis_uses() -> None:
    settings.put("analysis_window_months", 6)
    settings.put("service_cost_cents", 250)
    config = Config.from_settings()
    assert (config.window_months, config.service_cost_cents) == (6, 250)


def test_a_value_out_of_its_range_is_refused_naming_the_setting_and_the_range() -> None:
    settings.put("analysis_window_months", 0)
    with pytest.raises(UserError, match="analysis_window_months must be between 1 and 120, not 0"):
        Config.from_settings()


def test_a_customer_cannot_be_lost_before_being_at_risk() -> None:
    settings.put("churn_rule_at_risk_days", 400)
    settings.put("churn_rule_lost_days", 365)
    with pytest.raises(UserError, match="must be at risk before being lost"):
        Config.from_settings()
