"""The command line's translations without Qt (cli/i18n): the language as gettext finds it,
read from the same .ts file the window's translation is built from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smallcrm.cli import i18n


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),  # the only Chinese the app speaks
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),  # LC_ALL first, as gettext reads them
        ({"SMALLCRM_LANG": "zh_CN", "LC_ALL": "en_US.UTF-8"}, "zh_CN"),  # the app's own setting wins
        ({"LANG": "", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
    ],
)
def test_the_language_follows_the_environment(environ: dict[str, str], language: str) -> None:
    assert i18n.language(environ) == language


def test_a_chinese_translator_translates_by_context_and_leaves_the_unknown_as_it_is() -> None:
    translate = i18n.translator({"SMALLCRM_LANG": "zh_CN"})
    assert translate("CLI", "usage: ") == "用法："
    assert translate("Segments", "usage: ") == "usage: "  # another context: not this message
    assert translate("CLI", "never marked for translation") == "never marked for translation"


def test_the_command_line_translates_without_qt() -> None:
    """The CLI starts without Qt (scripts run it many times a minute): translating a
    sentence into Chinese imports none of it."""
    code = (
        "import sys\n"
        "from smallcrm.cli import i18n\n"
        "assert i18n.translator({'SMALLCRM_LANG': 'zh_CN'})('CLI', 'usage: ') == '用法：'\n"
        "print(any(name.startswith('PySide6') for name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "False"


def test_a_missing_catalogue_means_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    i18n._table.cache_clear()
    monkeypatch.setattr(i18n.paths, "resource_path", lambda *parts: tmp_path / "none.ts")
    try:
        assert i18n.translator({"SMALLCRM_LANG": "zh_CN"})("CLI", "usage: ") == "usage: "
    finally:
        i18n._table.cache_clear()
