"""The charts' words go through the translation the panel hands in."""

from __future__ import annotations

from smallcrm import plots
from smallcrm.domain.analysis import result as analysis
from smallcrm.domain.analysis.segment_names import DIMENSIONS
from smallcrm.plots.labels import untranslated


def test_every_dimension_has_a_title() -> None:
    assert set(plots.TITLES) == set(DIMENSIONS)


def test_without_a_translation_the_english_source_is_shown() -> None:
    assert untranslated("Charts", plots.TEXT["customers"]) == "Customers"


def test_titles_and_axes_are_shown_in_the_shops_language(result: analysis.Analysis) -> None:
    asked: list[tuple[str, str]] = []

    def to_chinese(context: str, text: str) -> str:
        asked.append((context, text))
        return {"Customers by profit tier": "按利润层级的客户", "Customers": "客户数"}.get(text, text)

    chart = plots.segment_distribution(result, "tier", i18n=to_chinese)
    assert chart.figure.get_suptitle() == "按利润层级的客户"
    assert chart.figure.axes[0].get_xlabel() == "客户数"
    assert ("Charts", "Share of profit (%)") in asked
