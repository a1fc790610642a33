"""The fixtures of the areas' tests, shared by the test modules of this folder."""

from tests.ui.views.analysis_area import shop
from tests.ui.views.mailing_area import view
from tests.ui.views.reminder_area import due, many
from tests.ui.views.sale_area import counter

__all__ = ["counter", "due", "many", "shop", "view"]
