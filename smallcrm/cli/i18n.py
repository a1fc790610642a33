"""The CLI's error sentences in the user's language, without Qt.

The GUI translates through Qt's translators; the CLI must start without Qt (it is run
by scripts, often many times a minute), so it reads the same translations from the
``.ts`` source with the standard library, and only when there is a sentence to say.
The language follows the environment the way gettext does (LC_ALL, LC_MESSAGES, LANG,
LANGUAGE); ``SMALLCRM_LANG`` overrides it (``en`` or ``zh_CN``).
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable

from smallcrm import paths

Translate = Callable[[str, str], str]


def language(environ: dict[str, str] | None = None) -> str:
    """'zh_CN' for any Chinese locale, else 'en' (the only two the app speaks)."""
    env = os.environ if environ is None else environ
    for key in ("SMALLCRM_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(key, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


@functools.lru_cache(maxsize=2)
def _table(lang: str) -> dict[tuple[str, str], str]:
    ts = paths.resource_path("translations", f"smallcrm_{lang}.ts")
    try:
        root = ET.parse(ts).getroot()
    except (OSError, ET.ParseError):
        return {}  # no translation in this build: English it is
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or translation.get("type") or not translation.text:
                continue
            table[(name, source)] = translation.text
    return table


def translator(environ: dict[str, str] | None = None) -> Translate:
    """``translate(context, text)`` for the user's language (identity for English)."""
    lang = language(environ)
    if lang == "en":
        return lambda _context, text: text
    table = _table(lang)
    return lambda context, text: table.get((context, text), text)
