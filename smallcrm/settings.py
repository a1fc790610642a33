"""Declared shop settings: key, type, default and label in one table.

They live in the database (``setting`` table, JSON values) so a backup carries them;
QSettings holds only window state. Unknown keys are refused rather than stored, so a
typo cannot create a setting nobody reads.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import Setting


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
        # A copy of every automatic backup also goes here when the folder is there (a USB
        # drive that is plugged in): a backup on the shop's own disk is lost with the disk.
        SettingSpec(
            "backup_second_folder",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "Second folder for automatic backups, such as a USB drive (empty: none)"),
        ),
        # Reminders the app makes itself (domain.reminders.rules): each rule on/off, and its number.
        SettingSpec("rule_birthday", bool, True, QT_TRANSLATE_NOOP("Settings", "Remind me of birthdays")),
        SettingSpec("rule_birthday_days", int, 3, QT_TRANSLATE_NOOP("Settings", "Days before a birthday to remind me")),
        SettingSpec("rule_festival", bool, True, QT_TRANSLATE_NOOP("Settings", "Remind me to send festival greetings")),
        SettingSpec("rule_festival_days", int, 7, QT_TRANSLATE_NOOP("Settings", "Days before a festival to remind me")),
        SettingSpec(
            "rule_festival_group",
            str,
            "tag:VIP",
            QT_TRANSLATE_NOOP("Settings", "Customers to greet at festivals (all, or tag:NAME)"),
        ),
        SettingSpec(
            "rule_festival_builtins",
            str,
            "spring_festival,dragon_boat,mid_autumn",
            QT_TRANSLATE_NOOP("Settings", "Traditional festivals to greet customers on"),
        ),
        SettingSpec(
            "rule_complaint", bool, True, QT_TRANSLATE_NOOP("Settings", "Remind me to follow up open complaints")
        ),
        SettingSpec(
            "rule_complaint_days", int, 3, QT_TRANSLATE_NOOP("Settings", "Days after a complaint to follow it up")
        ),
        SettingSpec(
            "rule_new_customer", bool, True, QT_TRANSLATE_NOOP("Settings", "Remind me to check in with new customers")
        ),
        SettingSpec(
            "rule_new_customer_days", int, 7, QT_TRANSLATE_NOOP("Settings", "Days after a first purchase to check in")
        ),
        SettingSpec(
            "rule_reengage", bool, True, QT_TRANSLATE_NOOP("Settings", "Remind me of customers who stopped buying")
        ),
        SettingSpec(
            "rule_reengage_factor",
            int,
            3,
            QT_TRANSLATE_NOOP("Settings", "Remind me after this many of a customer's usual purchase intervals"),
        ),
        SettingSpec(
            "rule_catch_up_days",
            int,
            14,
            QT_TRANSLATE_NOOP("Settings", "Days a missed check-in or win-back reminder is still made"),
        ),
        # Analysis (domain.analysis, domain.churn): profit tiers, churn and lifetime value.
        SettingSpec(
            "analysis_window_months",
            int,
            12,
            QT_TRANSLATE_NOOP("Settings", "Months of purchases that decide profit tiers"),
        ),
        SettingSpec(
            "service_cost_cents",
            int,
            1000,
            QT_TRANSLATE_NOOP("Settings", "Cost of serving a customer once (a visit, call, message...), in fen"),
        ),
        SettingSpec(
            "tier_high_profit_percent",
            int,
            80,
            QT_TRANSLATE_NOOP("Settings", "High-profit customers are the best ones making this share of profit (%)"),
        ),
        SettingSpec(
            "tier_no_profit_cents",
            int,
            0,
            QT_TRANSLATE_NOOP("Settings", "Profit up to this many fen counts as no profit"),
        ),
        SettingSpec(
            "churn_at_risk_percent",
            int,
            50,
            QT_TRANSLATE_NOOP("Settings", "At risk below this chance (%) that a customer is still buying"),
        ),
        SettingSpec(
            "churn_lost_percent",
            int,
            20,
            QT_TRANSLATE_NOOP("Settings", "Lost below this chance (%) that a customer is still buying"),
        ),
        SettingSpec(
            "churn_rule_at_risk_days",
            int,
            180,
            QT_TRANSLATE_NOOP("Settings", "Too little history: at risk after this many days without a purchase"),
        ),
        SettingSpec(
            "churn_rule_lost_days",
            int,
            365,
            QT_TRANSLATE_NOOP("Settings", "Too little history: lost after this many days without a purchase"),
        ),
        # Receipts (printing.receipts, printing.escpos_receipt): the roll's width, and the
        # printer: '' the system's (QPrinter), or an ESC/POS thermal printer reached directly.
        SettingSpec("receipt_width", int, 58, QT_TRANSLATE_NOOP("Settings", "Receipt paper width (58 or 80 mm)")),
        SettingSpec(
            "receipt_printer",
            str,
            "",
            QT_TRANSLATE_NOOP(
                "Settings", "Receipt printer (empty: the system printer; ESC/POS: usb:VID:PID or network:HOST[:PORT])"
            ),
        ),
        SettingSpec("clv_months", int, 12, QT_TRANSLATE_NOOP("Settings", "Months ahead that lifetime value counts")),
        SettingSpec(
            "clv_discount_percent",
            int,
            10,
            QT_TRANSLATE_NOOP("Settings", "Yearly discount rate for lifetime value (%)"),
        ),
    ]
}


def get(key: str) -> Any:
    spec = _spec(key)
    row = Setting.get_or_none(Setting.key == key)
    return spec.default if row is None else json.loads(row.value)


def put(key: str, value: Any) -> None:
    spec = _spec(key)
    value = _coerce(spec, value)
    if key == "currency":
        value = _currency(value)
    elif key == "backup_second_folder":
        value = _folder(value)
    elif key == "receipt_width" and value not in RECEIPT_WIDTHS:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A receipt is 58 or 80 mm wide, not {width}."), width=value)
    elif key == "receipt_printer":
        value = str(parse_receipt_printer(value))
    Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict_replace().execute()


# How a yes/no setting may be typed (the CLI passes text): exactly these words, nothing else.
_BOOL_WORDS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}


def _coerce(spec: SettingSpec, value: Any) -> Any:
    """``value`` as the setting's type. Text that spells the value is converted (the CLI
    passes text); None, booleans, containers and fractions are refused, not turned
    into 'None', 1 or a truncated number."""
    if isinstance(value, spec.type) and (spec.type is bool or not isinstance(value, bool)):
        return value
    if spec.type is bool and isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
        return _BOOL_WORDS[value.strip().lower()]
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
        type={str: "text", int: "whole number", bool: "yes/no"}.get(spec.type, spec.type.__name__),
    )


def _currency(value: str) -> str:
    """A three-letter ISO 4217 code such as CNY, stored in capitals."""
    code = value.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The currency is a three-letter code such as CNY, not {value}."), value=value
        )
    return code


def _folder(value: str) -> str:
    """A folder given by its full path ('' for none): a relative one would depend on the
    folder SmallCRM happened to be started from. It need not exist now (a USB drive)."""
    text = value.strip()
    if text and not Path(text).expanduser().is_absolute():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The backup folder must be a full path, such as {example}, not {value}."),
            example="E:\\SmallCRM" if os.name == "nt" else "/media/usb/SmallCRM",
            value=value,
        )
    return str(Path(text).expanduser()) if text else ""


RECEIPT_WIDTHS = (58, 80)
ESCPOS_PORT = 9100  # the raw printing port of every network receipt printer


@dataclass(frozen=True)
class ReceiptPrinter:
    """Where receipts go: the system printer, or an ESC/POS printer on USB (vendor and
    product id, as ``lsusb`` or the Device Manager shows them), on the network, or
    behind a device file (/dev/usb/lp0)."""

    kind: str = "system"  # system | usb | network | file
    vendor_id: int = 0
    product_id: int = 0
    host: str = ""
    port: int = ESCPOS_PORT
    path: str = ""

    def __str__(self) -> str:
        if self.kind == "usb":
            return f"usb:{self.vendor_id:04x}:{self.product_id:04x}"
        if self.kind == "network":
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"network:{host}" + ("" if self.port == ESCPOS_PORT else f":{self.port}")
        if self.kind == "file":
            return f"file:{self.path}"
        return ""


_BAD_PRINTER = QT_TRANSLATE_NOOP(
    "UserError",
    "{value} is not a receipt printer: leave it empty for the system printer, or write usb:VID:PID "
    "(such as usb:0416:5011) or network:HOST[:PORT] (such as network:192.168.1.87).",
)


def parse_receipt_printer(value: object) -> ReceiptPrinter:
    """'' (the system printer), 'usb:0416:5011' (hex ids, 0x allowed),
    'network:192.168.1.87[:9100]' ([v6 address] in brackets) or 'file:/dev/usb/lp0'."""
    text = str(value or "").strip()
    if not text:
        return ReceiptPrinter()
    kind, _, rest = text.partition(":")
    kind = kind.strip().lower()
    rest = rest.strip()
    try:
        if kind == "usb":
            vendor, product = (int(part.strip(), 16) for part in rest.split(":"))
            if 0 < vendor <= 0xFFFF and 0 < product <= 0xFFFF:
                return ReceiptPrinter("usb", vendor_id=vendor, product_id=product)
        elif kind == "network" and rest:
            host, port = _host_port(rest)
            if host and not any(ch.isspace() for ch in host) and 0 < port < 65536:
                return ReceiptPrinter("network", host=host, port=port)
        elif kind == "file" and rest:
            return ReceiptPrinter("file", path=rest)
    except ValueError:
        pass
    raise UserError(_BAD_PRINTER, value=text)


def _host_port(text: str) -> tuple[str, int]:
    if text.startswith("["):  # [fe80::1]:9100
        host, _, port = text[1:].partition("]")
        return host, int(port.removeprefix(":")) if port else ESCPOS_PORT
    if text.count(":") == 1:
        host, port = text.split(":")
        return host, int(port)
    return text, ESCPOS_PORT


def all_settings() -> dict[str, Any]:
    return {key: get(key) for key in SPECS}


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no setting called {key}."), key=key) from None


def put_many(values: dict[str, Any]) -> None:
    """Change several settings in one transaction: all or none."""
    with db.atomic():
        for key, value in values.items():
            put(key, value)
