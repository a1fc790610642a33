"""A file the reader refuses, and the one sentence it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.errors import UserError
from smallcrm.sheets.reader import read_sample


def unreadable(path: Path) -> str:
    with pytest.raises(UserError) as info:
        read_sample(path)
    message = str(info.value)
    assert path.name in message and message.endswith(".") and "\n" not in message
    return message
