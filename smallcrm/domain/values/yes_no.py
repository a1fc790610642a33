"""Yes or no, as a form, a command line or a spreadsheet cell says it."""

from __future__ import annotations

import unicodedata

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

_TRUE = frozenset({"1", "true", "yes", "y", "是", "同意", "on"})
_FALSE = frozenset({"0", "false", "no", "n", "否", "不同意", "off", ""})


def parse_bool(value: object, field: str) -> bool:
    """True for 'yes', '是', '1', 'on', ...; False for 'no', '否', '' ...; else a
    ValidationError naming ``field``."""
    if isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not yes or no."), value=value)
