"""Month by month: new and lost customers, why they were lost, tier moves, satisfaction."""

from __future__ import annotations

import numpy as np

from smallcrm import plots
from smallcrm.domain.analysis import result as analysis


def test_churn_trend_bars_are_the_months_new_and_lost_customers(result: analysis.Analysis) -> None:
    chart = plots.churn_trend(result)
    kpis = result.kpis(12)
    for i, month in enumerate(kpis.months):
        new, lost = chart.item(f"{month.key}/new"), chart.item(f"{month.key}/lost")
        assert new.count == kpis.overall[i]["new"] == new.value
        assert lost.count == kpis.overall[i]["churned"] == lost.value
        assert lost.ids.tolist() == kpis.customers("churned", i).tolist()
    legend = chart.figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()][:2] == ["New customers", "Lost customers"]


def test_churn_reason_bars_add_up_to_the_lost_customers(result: analysis.Analysis) -> None:
    chart = plots.churn_reasons(result)
    kpis = result.kpis(12)
    for i, month in enumerate(kpis.months):
        parts = [item for item in chart.items if item.key.startswith(month.key + "/")]
        assert sum(p.count for p in parts) == kpis.overall[i]["churned"]
        assert sorted(np.concatenate([p.ids for p in parts]).tolist()) == kpis.customers("churned", i).tolist()


def test_tier_migration_bars_match_the_kpis(result: analysis.Analysis) -> None:
    chart = plots.tier_migration(result)
    kpis = result.kpis(12)
    last = kpis.months[-1].key
    assert chart.item(f"{last}/upgraded").count == kpis.overall[-1]["upgraded"]
    assert chart.item(f"{last}/downgraded").ids.tolist() == kpis.customers("downgraded", 11).tolist()


def test_satisfaction_bars_are_the_customers_who_gave_a_score(result: analysis.Analysis) -> None:
    chart = plots.satisfaction_trend(result)
    kpis = result.kpis(12)
    for i, month in enumerate(kpis.months):
        item = chart.item(f"{month.key}/scores")
        assert item.value == kpis.overall[i]["satisfaction_scores"]
        assert set(item.ids.tolist()) == set(kpis.customers("scored", i).tolist())
