"""A small demo shop analysed as of a day, for the charts to draw."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from matplotlib.text import Text

from smallcrm import plots
from smallcrm.domain import demo
from smallcrm.domain.analysis import result as analysis

AS_OF = dt.date(2025, 6, 30)
MONTHLY = ("churn_trend", "churn_reasons", "tier_migration", "cohorts", "satisfaction")


@pytest.fixture
def result(crm: Path) -> analysis.Analysis:
    demo.generate(300, seed=3, today=AS_OF)
    return analysis.analyse(AS_OF)


@pytest.fixture
def mid_month(crm: Path) -> analysis.Analysis:
    """A shop looked at on the 7th: the last month has 7 of its 31 days."""
    demo.generate(300, seed=3, today=dt.date(2025, 7, 7))
    return analysis.analyse(dt.date(2025, 7, 7))


def render(chart: plots.Chart) -> bytes:
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="png", dpi=60)
    return buffer.getvalue()


def texts(chart: plots.Chart) -> list[str]:
    return [t.get_text() for t in chart.figure.findobj(Text) if t.get_text()]
