"""The language of what the command line writes into the shop.

Messages on the terminal follow the terminal (``cli.i18n``), but text the app stores
for the shop to read later in the window — titles of the reminders the rules make,
the greeting logged when cards went out, a mailing's default title — follows the
shop's language setting, as the window's own writes do; an owner working in Chinese
got English reminder titles whenever a script ran the rules. Without a setting, the
terminal's language is the best guess of the shop's.
"""

from __future__ import annotations

from smallcrm import settings
from smallcrm.cli import i18n


def shop_translator() -> i18n.Translate:
    """``translate(context, text)`` into the shop's language (the database must be open)."""
    chosen = str(settings.get("language") or "").strip()
    return i18n.translator({"SMALLCRM_LANG": chosen} if chosen else None)
