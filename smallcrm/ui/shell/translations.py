"""Loading the translations: Qt's own (standard dialogs, context menus) and ours;
and showing numbers, money and dates the way the chosen language's locale does.

Only the ``.ts`` source is committed; the compiled ``.qm`` is a build product. A source
checkout compiles it on first start (and again whenever the ``.ts`` is newer) with
``lrelease``, which ships inside the PySide6 wheel. If that is impossible (no
lrelease, a read-only folder) the app runs in English rather than refusing to start.
A wheel (setup.py) and a frozen build ship the ``.qm`` ready-made, the frozen one also
Qt's own ``qtbase_zh_CN.qm`` in ``PySide6/Qt/translations`` (packaging/smallcrm.spec
keeps only zh_CN and en there). The CLI reads the ``.ts``, shipped beside it in every
form, without Qt (smallcrm/cli/i18n.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from smallcrm import paths

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")
DOMAIN = "smallcrm"
LRELEASE_TIMEOUT_S = 60
_current = "en"


def language_for(requested: str | None = None, locale: QLocale | None = None) -> str:
    """'zh_CN' or 'en': the requested language, else the system's.

    Any Chinese locale gets the Simplified Chinese translation: it is the only
    Chinese one there is, and a zh_TW reader understands it better than English.
    """
    if requested:
        requested = requested.replace("-", "_")
        if requested.lower().startswith("zh"):
            return "zh_CN"
        return "en"
    name = (locale or QLocale.system()).name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def _lrelease() -> list[str] | None:
    """The command that compiles .ts to .qm: PySide6's bundled binary or one on PATH."""
    bundled = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.is_file():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def _stale(qm: Path, ts: Path) -> bool:
    return not qm.exists() or (ts.exists() and qm.stat().st_mtime < ts.stat().st_mtime)


def compile_ts(ts: Path, qm: Path) -> bool:
    """Run lrelease; True when ``qm`` was written."""
    import subprocess  # 2 ms at start-up, and only a changed .ts needs it

    command = _lrelease()
    if command is None:
        log.info("lrelease not found; %s stays uncompiled", ts)
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("lrelease failed for %s: %s", ts, exc)
        return False
    if done.returncode != 0 or not qm.exists():
        log.info("lrelease failed for %s: %s", ts, (done.stderr or done.stdout).strip())
        return False
    return True


def qm_file(lang: str) -> Path | None:
    """Our compiled translation for ``lang``, compiling the .ts first if it changed."""
    if lang == "en":
        return None
    ts = paths.resource_path("translations", f"{DOMAIN}_{lang}.ts")
    qm = ts.with_suffix(".qm")
    # Only a checkout compiles: an installed wheel and a frozen build ship the .qm made
    # from the same .ts (setup.py, packaging/smallcrm.spec), and an installed file's
    # time stamp says when it was unpacked, not when it was made.
    if paths.in_checkout() and ts.exists() and _stale(qm, ts) and not compile_ts(ts, qm):
        # The resources folder may be read-only (an installed copy): compile into
        # the user's data folder instead.
        fallback = paths.home() / "translations" / qm.name
        if not _stale(fallback, ts) or compile_ts(ts, fallback):
            return fallback
    return qm if qm.exists() else None


class Installed:
    """The translators put on the application, so they can be taken off again."""

    def __init__(self, lang: str, translators: list[QTranslator]) -> None:
        self.lang = lang
        self.translators = translators

    def remove(self) -> None:
        """Take the translators off; the strings, the locale and current_language() are
        English again (what was left said "zh_CN" while every string was English)."""
        global _current
        app = QCoreApplication.instance()
        for t in self.translators:
            if app is not None:
                app.removeTranslator(t)
        self.translators = []
        if _current == self.lang:
            _current = "en"
            QLocale.setDefault(locale_for("en"))

    def switch(self, lang: str) -> None:
        """Replace these translators by those for ``lang`` (before any window exists)."""
        if lang == self.lang:
            return
        self.remove()
        other = install(lang)
        self.lang, self.translators = other.lang, other.translators


def current_language() -> str:
    """The language of the installed translations: 'en' or 'zh_CN'."""
    return _current


def locale_for(lang: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates follow: the system's when it speaks ``lang``
    (a zh_TW or en_GB system keeps its own conventions), else the language's own."""
    system = system or QLocale.system()
    # The "C" locale of a bare server or a container means "no preference", not C's
    # own formats (no thousands separators, '30 06 2025').
    if system.language() != QLocale.Language.C and language_for(system.name()) == lang:
        return system
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN" else QLocale("en_US")


def install(lang: str) -> Installed:
    """Install Qt's translation and ours for ``lang`` on the running application, and
    make the matching locale the default for numbers and dates.

    Missing files are not an error: the strings simply stay English.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    _current = lang
    QLocale.setDefault(locale_for(lang))
    translators: list[QTranslator] = []
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir):
            translators.append(qt)
        else:
            log.info("no Qt translation for %s in %s", lang, qt_dir)
        ours_path = qm_file(lang)
        ours = QTranslator(app)
        if ours_path is not None and ours.load(str(ours_path)):
            translators.append(ours)
        else:
            log.info("no SmallCRM translation for %s; using English", lang)
    for t in translators:
        app.installTranslator(t)
    return Installed(lang, translators)


# -- numbers, money and dates, the locale's way ------------------------------------------------


def format_number(value: int) -> str:
    """12345 -> '12,345' with the locale's group separator."""
    return QLocale().toString(value)


_currency_cache: list[str] = []


def currency() -> str:
    """The shop's currency (settings: "currency"), read once and again after
    :func:`forget_currency` (the settings dialog calls it when the setting changes)."""
    if not _currency_cache:
        # The store: 60 ms of imports at start-up, before a database is open (or none is).
        from smallcrm import settings
        from smallcrm.domain.values.money import DEFAULT_CURRENCY

        try:
            _currency_cache.append(settings.get("currency") or DEFAULT_CURRENCY)
        except Exception:  # no database open (a dialog before start-up): the default
            log.debug("currency read before a database was open", exc_info=True)
            return DEFAULT_CURRENCY
    return _currency_cache[0]


def forget_currency() -> None:
    _currency_cache.clear()


def format_money(cents: int, currency_code: str | None = None) -> str:
    """The one way the window shows an amount: '¥1,234.50' for CNY, with the
    locale's separators and always two decimals (money is integer cents)."""
    from smallcrm.domain.values.money import format_money as money  # 9 ms, as currency()

    locale = QLocale()
    return money(cents, currency_code or currency(), group=locale.groupSeparator(), decimal=locale.decimalPoint())


def format_date(day: dt.date | None) -> str:
    """A date in the locale's short form ('2025/6/30' in Chinese, '6/30/2025' in
    US English), always with a four-digit year: a birthday in '85' is ambiguous."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)
