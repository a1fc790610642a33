"""The Chinese translation is complete: every string the code marks for translation
has a finished zh_CN translation in resources/translations/smallcrm_zh_CN.ts."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "smallcrm_zh_CN.ts"
SOURCES = [
    "smallcrm/ui",
    "smallcrm/errors.py",
    "smallcrm/files.py",
    "smallcrm/domain",
    "smallcrm/store",
    "smallcrm/settings.py",
    "smallcrm/cli",
    "smallcrm/plots",
    "smallcrm/sheets",
    "smallcrm/printing",
]


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    ]


def test_every_entry_in_the_ts_file_is_translated() -> None:
    missing = [
        f"{ctx}: {source!r}"
        for ctx, source, translation in _messages(TS)
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert missing == []


def test_no_string_in_the_code_is_missing_from_the_ts_file(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate is not installed (it comes with PySide6-Essentials)")
    scratch = tmp_path / "check.ts"
    shutil.copy(TS, scratch)
    subprocess.run(
        [lupdate, "-no-obsolete", "-extensions", "py", "-target-language", "zh_CN", *SOURCES, "-ts", str(scratch)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    known = {(ctx, source) for ctx, source, _ in _messages(TS)}
    found = {(ctx, source) for ctx, source, _ in _messages(scratch)}
    assert sorted(found - known) == [], "run pyside6-lupdate (see README) and translate the new strings"
