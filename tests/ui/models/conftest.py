"""The fixtures of the areas' tests, shared by the test modules of this folder."""

from tests.ui.views.analysis_area import shop
from tests.ui.views.reminder_area import many

__all__ = ["many", "shop"]
