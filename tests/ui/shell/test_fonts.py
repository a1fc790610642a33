"""Chinese text in the window on a computer without a Chinese font (smallcrm.ui.shell.fonts).

fontconfig reads its configuration once per process, so the computer without a CJK
font is a subprocess whose fontconfig sees one folder holding only DejaVu Sans (the
Latin font matplotlib ships, the font of a Western Linux desktop).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smallcrm.ui.shell import fonts

ROOT = Path(__file__).resolve().parents[2]
# Everyday words and names; 喆 and 堃 are name characters outside GB2312.
TEXT = "客户 张伟 欧阳喆 王堃 提醒"

# Starts the app the way smallcrm.ui.shell.app does, shows a label and reports, per character,
# whether the glyphs Qt laid out for it are real ones (glyph 0 is the empty box).
PROBE = """
import json, sys
from PySide6.QtGui import QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QLabel
from smallcrm.ui.shell import app

qapp = app._application()
label = QLabel(sys.argv[1])
label.show()
layout = QTextLayout(label.text(), label.font(), label)
layout.beginLayout()
layout.createLine()
layout.endLayout()
runs = layout.glyphRuns()
drawn = {ch: any(run.rawFont().supportsCharacter(ord(ch)) for run in runs) for ch in label.text() if not ch.isspace()}
print(json.dumps({
    "chinese_fonts": QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese),
    "drawn": drawn,
    "boxes": sum(list(run.glyphIndexes()).count(0) for run in runs),
    "in_font": all(QFontMetrics(label.font()).inFontUcs4(ord(ch)) for ch in drawn),
}))
"""


def _without_chinese_fonts(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "fonts"
    folder.mkdir()
    dejavu = Path(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSans.ttf")
    (folder / dejavu.name).write_bytes(dejavu.read_bytes())
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{folder}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hides the system fonts through fontconfig")
def test_without_a_system_chinese_font_the_window_draws_chinese_with_the_bundled_font(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, TEXT],
        env=_without_chinese_fonts(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["chinese_fonts"] == ["SmallCRM Noto Sans SC"]  # no system font, so the bundled one
    assert [ch for ch, ok in seen["drawn"].items() if not ok] == []
    assert seen["boxes"] == 0
    assert seen["in_font"]


def test_a_system_with_a_chinese_font_keeps_its_own(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    try:
        assert fonts.has_chinese_font()  # the test machine has one (.ci/run installs fonts-noto-cjk)
        assert fonts.ensure_chinese_font() is None
        assert "SmallCRM Noto Sans SC" not in app.font().families()
    finally:
        app.setFont(before)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fonts-noto-cjk's regional variants")
def test_chinese_is_drawn_in_mainland_shapes_not_the_japanese_variant(tmp_path: Path) -> None:
    """Debian's fonts-noto-cjk lists 'Noto Sans CJK JP' first for Han: without a
    preference 直 骨 复 came out in Japanese shapes in the Chinese window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    probe = PROBE.replace('"in_font":', '"families": [run.rawFont().familyName() for run in runs], "in_font":')
    done = subprocess.run(
        [sys.executable, "-c", probe, "直骨复 张伟"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    if "Noto Sans CJK SC" not in seen["chinese_fonts"]:
        pytest.skip("this system has no Noto Sans CJK SC (.ci/run installs fonts-noto-cjk)")
    han = [f for f in seen["families"] if "CJK" in f or "SC" in f]
    assert han and all(f == "Noto Sans CJK SC" for f in han), seen["families"]
