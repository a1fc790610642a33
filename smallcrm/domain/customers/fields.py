"""A customer's fields as the form, the CLI's --set and an import give them: which
fields there are, and one cleaning of each (trimmed, normalised, checked) into the
values stored.

Every route that writes a customer cleans through :func:`clean_fields`, so a phone,
a birthday or a postcode means the same whether it was typed or imported; the values
themselves are read by the parsers of ``domain.values``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Literal

from smallcrm import settings
from smallcrm.domain.values import phones
from smallcrm.domain.values.birthdays import Birthday, parse_birthday
from smallcrm.domain.values.dates import parse_date
from smallcrm.domain.values.emails import parse_email
from smallcrm.domain.values.genders import parse_gender
from smallcrm.domain.values.ids import as_id
from smallcrm.domain.values.incomes import parse_income
from smallcrm.domain.values.postcodes import parse_postcode
from smallcrm.domain.values.yes_no import parse_bool
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.store.models import Customer, Staff

# Free-text fields: stored as typed (trimmed), never rejected.
TEXT_FIELDS = (
    "name",
    "wechat",
    "email",
    "country",
    "province",
    "city",
    "district",
    "street",
    "postcode",
    "occupation",
    "income_band",
    "family",
    "preferences",
    "buying_habits",
    "source",
    "churn_note",
    "notes",
)


# Every field a form, the CLI's --set or an import may write.
EDITABLE_FIELDS = (
    *TEXT_FIELDS,
    *("customer_no", "gender", "birthday", "phone", "phone2", "staff", "mail_consent"),
    *("churn_status", "churn_reason", "churned_on", "tags"),
)


_EDITABLE, _TEXT = frozenset(EDITABLE_FIELDS), frozenset(TEXT_FIELDS)  # membership tests per field, per row


# Identifiers and contact details are NFKC: the full-width letters and digits of a Chinese
# input method ('１３８', 'ＶＩＰ', '＠') are the ASCII ones. Prose keeps NFC (NFKC would
# turn '①' into '1' and '㎡' into 'm2' in a note).
NFKC_FIELDS = frozenset({"name", "customer_no", "postcode", "email", "wechat", "phone", "phone2", "gender"})


# Free-text fields with a rule of their own beyond trimming (see check_text).
CHECKED_TEXT_FIELDS = frozenset({"country", "email", "postcode", "income_band"})


CHURN_STATUSES = ("active", "churned")


CHURN_REASONS = ("", "natural", "competitive", "fault")


MAX_TEXT = 2000


# Tighter bounds for fields that are more than stored text. A name is read for pinyin
# and indexed piece by piece: 200 characters hold a business's full name, and a text
# pasted into Name by mistake is refused with a sentence rather than indexed.
TEXT_LIMITS = {"name": 200, "customer_no": 50}


def text_limit(field: str) -> int:
    """The most characters ``field`` takes (the form, the CLI and the import alike)."""
    return TEXT_LIMITS.get(field, MAX_TEXT)


def text_form(field: str) -> Literal["NFC", "NFKC"]:
    """The Unicode normal form a field's text is stored in (the form, the CLI and the
    import alike)."""
    return "NFKC" if field in NFKC_FIELDS else "NFC"


def check_text(field: str, text: str, country: str = "CN") -> str:
    """The rule of a free-text field in CHECKED_TEXT_FIELDS, applied to its trimmed,
    normalised ``text``: the country code upper case (empty: CN), the email's shape, a
    Chinese postcode's six digits (``country`` is the customer's), an income's band.
    Raises ValidationError naming the field."""
    if field == "country":
        return text.upper() or "CN"
    if field == "email":
        return parse_email(text, field)
    if field == "postcode":
        return parse_postcode(text, country, field)
    if field == "income_band":
        return parse_income(text)
    return text


TAG_SEPARATORS = re.compile(r"[,，、;；]")


def clean_text(value: object, field: str) -> str:
    form: Literal["NFC", "NFKC"] = "NFKC" if field in NFKC_FIELDS else "NFC"  # text_form inline: per field, per row
    text = unicodedata.normalize(form, "" if value is None else str(value)).strip()
    limit = TEXT_LIMITS.get(field, MAX_TEXT)
    if len(text) > limit:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("UserError", "The text is longer than {limit} characters."), limit=limit
        )
    return text


def resolve_staff(value: object) -> int | None:
    """Staff by id or by name; a new name adds the staff member."""
    if value is None or value == "" or isinstance(value, Staff):
        return value.id if isinstance(value, Staff) else None
    staff_id = as_id(value.strip() if isinstance(value, str) else value)
    if staff_id is not None:
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise ValidationError(
                "staff", QT_TRANSLATE_NOOP("UserError", "There is no staff member {value}."), value=value
            )
        return staff.id
    name = clean_text(value, "staff")
    if not name:  # spaces only: no staff member, not a nameless one
        return None
    staff, _ = Staff.get_or_create(name=name)
    return staff.id


def clean_fields(data: dict[str, Any], region: str | None = None, *, country: str = "CN") -> dict[str, Any]:
    """Validate and normalise user input into column values (and 'tags' as a list).

    ``country``: the customer's country when ``data`` does not give one (an edit of a
    customer abroad), for the postcode's rule. Raises ValidationError naming the first
    bad field. Unknown fields are an error, not ignored: nothing a user typed is
    silently dropped.
    """
    region = region or settings.get("phone_region")
    out: dict[str, Any] = {}
    for field, value in data.items():
        if field not in _EDITABLE:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("UserError", "There is no customer field {field}."), field=field
            )
        if field in _TEXT:
            out[field] = clean_text(value, field)
            if field in CHECKED_TEXT_FIELDS:
                out[field] = check_text(field, out[field], str(data.get("country") or country))
        elif field == "customer_no":
            out[field] = clean_text(value, field)
        elif field == "gender":
            out[field] = parse_gender(value, field)
        elif field == "birthday":
            b = value if isinstance(value, Birthday) or value is None else parse_birthday(value, field=field)
            out.update(birthday_columns(b))
        elif field in ("phone", "phone2"):
            text = clean_text(value, field)
            out[field] = text
            out[field + "_norm"] = phones.normalise(text, region, field)
        elif field == "staff":
            out["staff"] = resolve_staff(value)
        elif field == "mail_consent":
            out[field] = parse_bool(value, field)
        elif field == "churn_status":
            status = clean_text(value, field).lower() or "active"
            if status not in CHURN_STATUSES:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("UserError", "{value} is not active or churned."), value=value
                )
            out[field] = status
        elif field == "churn_reason":
            reason = clean_text(value, field).lower()
            if reason not in CHURN_REASONS:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("UserError", "{value} is not natural, competitive or fault."), value=value
                )
            out[field] = reason
        elif field == "churned_on":
            out[field] = None if value in (None, "") else parse_date(value, field)
        elif field == "tags":
            # Chinese input writes '，' or '、' between tags as often as ','.
            items = TAG_SEPARATORS.split(value) if isinstance(value, str) else list(value or [])
            out["tags"] = [t for t in (clean_text(i, field) for i in items) if t]
    return out


def birthday_columns(b: Birthday | None) -> dict[str, Any]:
    if b is None:
        return {
            "birth_calendar": "solar",
            "birth_year": None,
            "birth_month": None,
            "birth_day": None,
            "birth_leap": False,
        }
    return {
        "birth_calendar": b.calendar,
        "birth_year": b.year,
        "birth_month": b.month,
        "birth_day": b.day,
        "birth_leap": b.leap,
    }


def birthday_of(c: Customer) -> Birthday | None:
    if not c.birth_month or not c.birth_day:
        return None
    return Birthday(c.birth_month, c.birth_day, c.birth_year, c.birth_calendar, bool(c.birth_leap))


def require_identity(fields: dict[str, Any]) -> None:
    if not fields.get("name") and not fields.get("phone"):
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("UserError", "A customer needs at least a name or a phone number.")
        )
