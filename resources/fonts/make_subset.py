"""Rebuild SmallCRMNotoSansSC-Regular.otf from Debian's fonts-noto-cjk (see README.md).

    apt-get install fonts-noto-cjk unicode-data
    python resources/fonts/make_subset.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

Keeps the Simplified Chinese face (index 2 of the collection) for: ASCII and Latin-1,
general punctuation, CJK symbols and punctuation, full-width forms, every character
of GB2312 (6,763 hanzi plus its symbols) and every character of the Table of General
Standard Chinese Characters (通用规范汉字表, 2013: 8,105 hanzi, the list China's
household registration and ID cards write names with), which adds 1,467 hanzi beyond
GB2312, most of them its third level "for names, places and science" (喆, 堃, 珺, 淏...).
The table comes from the Unicode Character Database's Unihan file (field kTGH, in
Debian's unicode-data package). The Kangxi radicals (U+2F00-U+2FDF) and the
CJK radicals supplement (U+2E80-U+2EFF) are left out of the character map: they share
glyphs with ordinary hanzi (户 and ⼾ are one glyph), and a PDF writer that maps glyphs
back to text may then write U+2F3E where the label said 户.
The family is renamed so it never shadows an installed Noto font of the same name.
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

FAMILY = "SmallCRM Noto Sans SC"
OUT = Path(__file__).with_name("SmallCRMNotoSansSC-Regular.otf")
RADICALS = set(range(0x2E80, 0x2F00)) | set(range(0x2F00, 0x2FE0))
# Unihan's mapping fields, among them kTGH: "2013:<position in the table>" for each of its 8,105 characters.
UNIHAN = Path("/usr/share/unicode/Unihan_OtherMappings.txt.bz2")
TGH_SIZE = 8105


def gb2312() -> set[int]:
    chars: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.update(ord(c) for c in bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def general_standard() -> set[int]:
    """The 通用规范汉字表's 8,105 characters (levels 1-3), from Unihan's kTGH field."""
    chars: set[int] = set()
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as lines:
        for line in lines:
            if "\tkTGH\t" in line:
                chars.add(int(line.split("\t", 1)[0][2:], 16))
    if len(chars) != TGH_SIZE:
        raise SystemExit(f"{UNIHAN} lists {len(chars)} characters of the 通用规范汉字表, not {TGH_SIZE}")
    return chars


def codepoints() -> set[int]:
    wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    wanted |= set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    wanted |= {0x2116, 0x2103, 0x00D7, 0x00F7, 0x2460, 0x2461, 0x2462, 0x25A1, 0x2610, 0x2611, 0x2713}
    wanted |= gb2312() | general_standard()
    return wanted - RADICALS


def main(source: str) -> None:
    font = TTCollection(source).fonts[2]
    assert font["name"].getDebugName(1) == "Noto Sans CJK SC", "index 2 should be the SC face"
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # CFF hints add size and Qt renders unhinted into PDFs anyway
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints()))
    missing = sorted(general_standard() - set(font.getBestCmap()))
    if missing:
        raise SystemExit(f"the source font lacks {len(missing)} hanzi of the table: {''.join(map(chr, missing))}")
    subsetter.subset(font)
    # A glyph may still be reachable from a radical through another cmap subtable: drop them all.
    for table in font["cmap"].tables:
        for cp in list(table.cmap):
            if cp in RADICALS:
                del table.cmap[cp]
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = FAMILY + " Regular"
        elif record.nameID == 6:
            record.string = "SmallCRMNotoSansSC-Regular"
        elif record.nameID == 3:
            record.string = "SmallCRM subset of Noto Sans CJK SC 2.004"
        elif record.nameID in (17,):
            record.string = "Regular"
    font["CFF "].cff.fontNames = ["SmallCRMNotoSansSC-Regular"]
    font.save(OUT)
    print(f"{OUT.name}: {OUT.stat().st_size / 1e6:.2f} MB, {len(codepoints())} code points")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
