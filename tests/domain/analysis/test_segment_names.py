"""Segment names (dimension:key), their words, and the built-in ones a shop has."""

from __future__ import annotations

import pytest

from smallcrm.domain.analysis.segment_names import (
    CUSTOM,
    DIMENSIONS,
    LABELS,
    builtin_names,
    income_label,
    income_order,
    label_of,
    split_name,
)
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.values import incomes
from smallcrm.errors import UserError


def test_every_segment_of_every_dimension_has_words() -> None:
    for dimension in DIMENSIONS:
        if dimension != "income":
            assert LABELS[dimension]
            assert all(label_of(f"{dimension}:{key}") for key in LABELS[dimension])


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        (" Tier:high ", ("tier", "high")),
        ("income:5千-1万", ("income", "5千-1万")),
        ("custom:成都老客户", (CUSTOM, "成都老客户")),
    ],
)
def test_a_segment_name_is_read_as_typed(typed: str, parts: tuple[str, str]) -> None:
    assert split_name(typed) == parts


@pytest.mark.parametrize("typed", ["", "tier", "tier:richest", "colour:red", "custom:"])
def test_what_is_no_segment_is_refused_with_the_names_that_are(typed: str) -> None:
    with pytest.raises(UserError, match="is not a segment; segments are named like tier:high"):
        split_name(typed)


def test_income_bands_in_order_of_money_then_other_then_not_recorded() -> None:
    keys = [incomes.OTHER, "", *reversed(incomes.BANDS)]
    assert sorted(keys, key=income_order) == [*incomes.BANDS, incomes.OTHER, ""]
    assert income_label("") == "Income not recorded" and income_label(incomes.OTHER) == incomes.OTHER_LABEL
    assert label_of("custom:成都老客户") == "成都老客户"


def test_the_built_in_segments_offer_the_income_bands_the_customers_have(crm: object) -> None:
    insert_customers([{"name": "张三", "phone": "13812345678", "income_band": incomes.BANDS[1]}, {"name": "李四"}])
    names = builtin_names()
    assert f"income:{incomes.BANDS[1]}" in names and "income:" in names
    assert f"income:{incomes.BANDS[0]}" not in names
    assert names.index("tier:high") < names.index("income:") < names.index("lifecycle:loyal")
