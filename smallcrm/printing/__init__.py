"""Labels, envelopes, the printed mailing list and greeting inserts.

``templates`` (sheet and envelope geometry as data) and ``layout`` (address lines,
fitting text) are plain Python; ``render`` draws with QtGui's QPainter to a PDF or a
printer. Importing this package does not import Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    from smallcrm.printing.render import RenderReport


def render_label_sheet(
    customers: Iterable[Any], out: str | Path, template: str = "Avery L7160", *, skip: int = 0
) -> RenderReport:
    """Labels for ``customers`` (Customer rows, dicts with the customer fields, or
    ``layout.Address``) to the PDF ``out``: see ``render.render_label_sheet``."""
    from smallcrm.printing.render import render_label_sheet as render

    return render(customers, out, template, skip=skip)
