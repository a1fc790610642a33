"""Loading the translations: Qt's own (standard dialogs, context menus) and ours.

Only the ``.ts`` source is committed; the compiled ``.qm`` is a build product. A source
checkout compiles it on first start (and again whenever the ``.ts`` is newer) with
``lrelease``, which ships inside the PySide6 wheel. If that is impossible (no
lrelease, a read-only folder) the app runs in English rather than refusing to start.
A frozen build ships the ``.qm`` ready-made.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smallcrm import paths

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")
DOMAIN = "smallcrm"
LRELEASE_TIMEOUT_S = 60


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
    import shutil

    try:
        import PySide6
    except ImportError:  # pragma: no cover - the GUI cannot run without it anyway
        return None
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
    import subprocess  # only when the .ts changed: not on every start

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
    frozen = getattr(sys, "frozen", False)
    if not frozen and ts.exists() and _stale(qm, ts) and not compile_ts(ts, qm):
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
        app = QCoreApplication.instance()
        for t in self.translators:
            if app is not None:
                app.removeTranslator(t)
        self.translators = []

    def switch(self, lang: str) -> None:
        """Replace these translators by those for ``lang`` (before any window exists)."""
        if lang == self.lang:
            return
        self.remove()
        other = install(lang)
        self.lang, self.translators = other.lang, other.translators


def install(lang: str) -> Installed:
    """Install Qt's translation and ours for ``lang`` on the running application.

    Missing files are not an error: the strings simply stay English.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
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
