"""Declared shop settings: key, type, default and label in one table.

They live in the database (``setting`` table, JSON values) so a backup carries them;
QSettings holds only window state. Unknown keys are refused rather than stored, so a
typo cannot create a setting nobody reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    label: str  # English; translated in the settings dialog


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in [
        SettingSpec("shop_name", str, "", QT_TRANSLATE_NOOP("Settings", "Shop name")),
        SettingSpec("shop_address", str, "", QT_TRANSLATE_NOOP("Settings", "Shop address")),
        SettingSpec("shop_postcode", str, "", QT_TRANSLATE_NOOP("Settings", "Shop postcode")),
        SettingSpec("shop_phone", str, "", QT_TRANSLATE_NOOP("Settings", "Shop phone")),
        SettingSpec("phone_region", str, "CN", QT_TRANSLATE_NOOP("Settings", "Default phone region")),
        SettingSpec("currency", str, "CNY", QT_TRANSLATE_NOOP("Settings", "Currency")),
        SettingSpec("language", str, "", QT_TRANSLATE_NOOP("Settings", "Language (empty: follow the system)")),
        SettingSpec("customer_no_prefix", str, "C", QT_TRANSLATE_NOOP("Settings", "Prefix of new customer numbers")),
        SettingSpec("search_keys_version", int, 0, QT_TRANSLATE_NOOP("Settings", "Search index version")),
    ]
}


def get(key: str) -> Any:
    from smallcrm.store.models import Setting

    spec = _spec(key)
    row = Setting.get_or_none(Setting.key == key)
    return spec.default if row is None else json.loads(row.value)


def put(key: str, value: Any) -> None:
    from smallcrm.store.models import Setting

    spec = _spec(key)
    value = _coerce(spec, value)
    Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict_replace().execute()


def _coerce(spec: SettingSpec, value: Any) -> Any:
    """``value`` as the setting's type. Text that spells the value is converted (the CLI
    passes text); None, booleans, containers and fractions are refused, not turned
    into 'None', 1 or a truncated number."""
    if isinstance(value, spec.type) and not isinstance(value, bool):
        return value
    if spec.type is int and isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    elif spec.type is int and isinstance(value, float) and value.is_integer():
        return int(value)
    elif spec.type is str and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "The setting {key} needs a {type} value."),
        key=spec.key,
        type={str: "text", int: "whole number"}.get(spec.type, spec.type.__name__),
    )


def all_settings() -> dict[str, Any]:
    return {key: get(key) for key in SPECS}


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no setting called {key}."), key=key) from None


def put_many(values: dict[str, Any]) -> None:
    """Change several settings in one transaction: all or none."""
    from smallcrm.store.db import db

    with db.atomic():
        for key, value in values.items():
            put(key, value)
