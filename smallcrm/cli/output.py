"""How the CLI speaks: one JSON object on stdout with --json, or readable text;
errors as one sentence on stderr."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from typing import Any

_SURROGATES = re.compile("[\ud800-\udfff]")


def _json_value(value: Any) -> Any:
    """What json cannot write itself: a Decimal (a quantity) as a JSON number, whole
    ones as integers (as before quantities could be 1.5); anything else as text. A
    quantity has three decimal places at most, so the float's shortest repr that json
    writes is exactly its digits."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def emit(args: Any, data: dict[str, Any], text: str | list[str]) -> None:
    """Print ``data`` as one JSON object when --json was given, else ``text``."""
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=_json_value) + "\n")
    else:
        lines = [text] if isinstance(text, str) else text
        for line in lines:
            sys.stdout.write(line + "\n")
    sys.stdout.flush()


def error(message: str) -> None:
    """One sentence on one line: a line break the user typed (echoed in the message)
    must not split it; a character no encoding can print (a lone surrogate from a
    file name that is not UTF-8) becomes U+FFFD rather than a second error."""
    text = _SURROGATES.sub("\ufffd", " ".join(message.split()))
    sys.stderr.write("smallcrm: " + text + "\n")
    sys.stderr.flush()


def note(message: str) -> None:
    """Something the user should know that is not an error (a database was created),
    on stderr: stdout carries only the command's output (one JSON object with --json)."""
    error(message)


class TextProgress:
    """A one-line progress bar on stderr, for long commands run in a terminal."""

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()
        self._last = -1

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent != self._last:
            self._last = percent
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\r{self.label} [{bar:<25}] {percent:3d}% {message[:30]}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
