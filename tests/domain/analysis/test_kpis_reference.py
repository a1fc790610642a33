"""The vectorised KPIs (issue 17) give exactly what the code before them gave
(tests/domain/analysis/kpis_reference.py), on demo shops large enough for the churn
model and for the table lookups of ``bgnbd.p_alive``: every figure of every table, and
the customers behind every count."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from smallcrm.domain import demo
from smallcrm.domain.analysis import kpis
from smallcrm.domain.analysis import result as analysis
from tests.domain.analysis import kpis_reference

TODAY = dt.date(2025, 6, 30)
MASKS = ("new", "churned", "reactivated", "upgraded", "downgraded", "churn_reason", "scored", "tier_end")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_kpis_equal_the_reference_on_demo_shops(crm, seed: int) -> None:
    demo.generate(3000, seed=seed, today=TODAY)
    result = analysis.analyse(TODAY)
    assert result.churn.model.basis == "model"
    for months in (1, 12, 25):
        ours = kpis.compute(result, result.churn, months)
        reference = kpis_reference.compute(result, result.churn, months)
        assert json.dumps(ours.as_dict()) == json.dumps(reference.as_dict())  # the same types too
        assert ours.churned_by_reason == reference.churned_by_reason
        for name in (*MASKS, "at_start", "score_count", "score_total"):
            np.testing.assert_array_equal(getattr(ours, name), getattr(reference, name), err_msg=name)
