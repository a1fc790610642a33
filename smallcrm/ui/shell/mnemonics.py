"""Menu texts shown where a mnemonic makes no sense (navigation, buttons, lists)."""

from __future__ import annotations

import re

_CHINESE_STYLE = re.compile(r"\s*\(&\w\)")  # '文件(&F)': the letter is only there for the mnemonic


def plain(text: str) -> str:
    """A menu text without its mnemonic: '&File' -> 'File', '文件(&F)' -> '文件', 'A && B' -> 'A & B'."""
    text = _CHINESE_STYLE.sub("", text)
    # Split at the doubled ones rather than stand one in for a placeholder character,
    # which a text could hold itself ('\0' came back as '&').
    return "&".join(part.replace("&", "") for part in text.split("&&")).strip()
