"""The text layer of a label sheet is exact: what poppler's pdftotext reads back is
what was printed, including characters the full Noto Sans CJK would turn into
Kangxi radicals (户 -> U+2F3E)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pdf_helpers import NAMES

from smallcrm.printing.render import font_family, render_labels
from smallcrm.printing.templates import get_template

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (see .ci/run)")


def test_pdftotext_gives_back_every_name_exactly(tmp_path: Path, people: list[dict[str, Any]]) -> None:
    out = tmp_path / "labels.pdf"
    render_labels(out, people, get_template("Avery L7160"))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True, text=True).stdout
    for name in NAMES:
        assert text.count(name) == 1, name
    assert "户" in text and "女士" in text and "先生" in text
    radicals = [hex(ord(ch)) for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF]
    assert radicals == []


def test_the_bundled_font_is_the_one_used() -> None:
    assert font_family() == "SmallCRM Noto Sans SC"
