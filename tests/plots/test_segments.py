"""The customers as they are now: per segment, and the 80/20 rule."""

from __future__ import annotations

import numpy as np
import pytest

from smallcrm import plots
from smallcrm.domain.analysis import result as analysis
from smallcrm.domain.analysis.segment_names import DIMENSIONS
from smallcrm.domain.analysis.segments import groups_of, segment_ids
from tests.plots.conftest import AS_OF


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_segment_bars_carry_the_segments_customers(result: analysis.Analysis, dimension: str) -> None:
    chart = plots.segment_distribution(result, dimension)
    counted = [i for i in chart.items if "/" not in i.key]
    assert [i.key for i in counted] == [g.name for g in groups_of(result, dimension)]
    for item in counted:
        assert item.ids.tolist() == segment_ids(item.key, AS_OF)
        assert item.value == len(item.ids)
        assert chart.item_for(item.artist) is item
    # Every customer is in one segment of a dimension; RFM and churn only score those who bought.
    scored = result.segments.known & ((result.segments.frequency > 0) if dimension in ("rfm", "churn") else True)
    assert sum(i.count for i in counted) == int(scored.sum())


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_every_segment_has_its_own_colour(result: analysis.Analysis, dimension: str) -> None:
    chart = plots.segment_distribution(result, dimension)
    colours = [i.artist.get_facecolor() for i in chart.items if "/" not in i.key]
    assert len(set(colours)) == len(colours) == len(groups_of(result, dimension))


def test_lifecycle_stages_say_they_are_customers(result: analysis.Analysis) -> None:
    chart = plots.segment_distribution(result, "lifecycle")
    assert chart.data["labels"] == [
        "Long-term customers",
        "Retained customers",
        "Satisfied customers",
        "New customers",
        "Potential customers",
    ]


def test_pareto_tenths_split_the_customers_best_first(result: analysis.Analysis) -> None:
    chart = plots.pareto(result)
    tenths = chart.items
    assert len(tenths) == 10
    all_ids = np.concatenate([t.ids for t in tenths])
    assert sorted(all_ids.tolist()) == result.facts.ids[result.segments.known].tolist()
    profit = dict(zip(result.facts.ids.tolist(), result.segments.profit.tolist(), strict=True))
    assert min(profit[i] for i in tenths[0].ids) >= max(profit[i] for i in tenths[1].ids)
    assert sum(t.value for t in tenths) == pytest.approx(100.0)
    assert chart.data["top_20_percent_share"] > 50  # the demo shop follows the 80/20 rule roughly
