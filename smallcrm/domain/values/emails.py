"""Email addresses: checked for their shape, kept as typed.

Only the shape an address must have to be deliverable is checked (something, one @, a
domain with a dot and a top-level name of letters); whether it exists is for the mail
server to say. Internationalised addresses (中文@例子.中国) pass. A dependency such as
email-validator would add a DNS library for what one expression does here.
"""

from __future__ import annotations

import re
import unicodedata

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

# local@label.label.tld: no spaces, no second @, no list separators (two addresses in
# one cell are a mistake to show, not one address); labels of letters, digits and
# inner hyphens; a top-level name of two or more letters (or its xn-- ASCII form).
_EMAIL = re.compile(r"[^\s@,;<>]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?:[^\W\d_]{2,}|xn--[a-z\d-]+)", re.IGNORECASE)


def parse_email(value: object, field: str = "email") -> str:
    """The address as typed (full-width ＠ and letters made ASCII, spaces around it
    removed); '' for none. Raises ValidationError for 'foo@', 'foo@qq' or 'a b@c.com'."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("UserError", "{value} is not an email address; write it like name@example.com."),
            value=text,
        )
    return text
