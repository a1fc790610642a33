"""What the reminders view lists, read as the window reads it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from smallcrm.domain.reminders.queries import (
    view_outline,
    view_rows,
)


def listed(today: dt.date, **filters: Any) -> dict[str, list[dict[str, Any]]]:
    """What the reminders view lists, by section, as the window reads it: the outline
    (ids in order) and each row's details."""
    outline = view_outline(today, **filters)
    details = view_rows([rid for rows in outline.values() for rid, _due, _cid in rows], today)
    return {key: [details[rid] for rid, _due, _cid in rows] for key, rows in outline.items()}
