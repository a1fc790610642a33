"""Shrink Qt's ICU data library (Linux) to the locales SmallCRM speaks.

PySide6's wheels link QtCore against ICU, and ICU's data library
(``libicudata.so.73``, 31 MB) holds locale data for about 800 locales: collation,
break rules, currency, language, region, unit and time-zone names, transliterators.
Qt asks ICU for collation (sorting in file dialogs and sort-aware models), case
mapping, text codecs and time-zone names; SmallCRM speaks English and Chinese.

This keeps every item that is not locale data (normalisation, time-zone rules, the
collation base table, break rules, the Chinese/Japanese word dictionary), the
Chinese and Western code-page converters, and the locale data of ``root``, ``en*``
and ``zh*`` in every tree; it leaves out the other languages, the transliterators,
the EBCDIC/Japanese/Korean converters and the Burmese/Khmer/Lao/Thai word
dictionaries. A missing locale falls back to ``root`` inside ICU (as it does for any
locale ICU lacks), so a German system sorts by the root collation order.

The data is ICU's "common data" package (a ``CmnD`` table of contents and items,
each aligned to 16 bytes), exported as the symbol ``icudt73_dat``. The new library
exports the same symbol under the same soname, assembled with binutils' ``as`` and
``ld`` (CI installs binutils for ``strip`` already), then checked with the build's own
PySide6 (``check``): Chinese collation, ICU's converters and locale case mapping.

    python packaging/trim_icu.py PATH/libicudata.so.73     # replaces it in place
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("en", "zh")
# Locale-data items are named like a locale; these are not locales.
NOT_LOCALES = {"root", "pool", "res_index"}
LOCALE_RE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]+)*\.res$")
# What QtCore calls in ICU (``nm -D --undefined-only libQt6Core.so.6 | grep _73``):
# collation (ucol_*), converters (ucnv_*), case mapping (u_strToUpper/Lower) and
# time-zone names and IDs (ucal_*). Nothing of Qt opens a break iterator (Qt has its
# own Unicode text boundaries), IDNA or stringprep (its own), character names,
# spoof checks, rule-based number formats, or currency, unit and language display
# names (QLocale has its own CLDR tables), so those trees and items go.
DROP_TREES = {"translit", "brkitr", "rbnf", "curr", "unit", "lang"}
DROP_ITEMS = {"unames.icu", "uts46.nrm", "confusables.cfu"}
DROP_SUFFIXES = (".spp",)  # stringprep profiles
# Table converters (Qt's QStringDecoder for encodings it does not implement itself):
# Chinese (GB18030, GBK, GB2312, Big5, Big5-HKSCS, EUC-TW, ISO-2022-CN's tables), the
# Windows/ISO-8859/DOS/KOI8/Mac code pages, and ICU's internal ones. Left out: EBCDIC
# mainframe pages, Japanese and Korean tables.
KEEP_CONVERTERS = re.compile(
    r"^(gb18030|windows-(874|936|950)-2000|iso-ir-165|cns-11643-1992|euc-tw-2014|icu-internal-.*"
    r"|ibm-(1383|1386|5478|950|1373|1375|964)_.*"
    r"|ibm-(5346|5347|5348|5349|5350|5351|5352|5353|5354)_.*"
    r"|ibm-(912|913|914|915|916|920|921|923|813|1089)_.*|iso-8859_.*"
    r"|ibm-(437|850|852|855|857|858|866|878|1168)_.*|macos-0_2-10\.2)\.cnv$"
)


def keep_item(name: str) -> bool:
    """``name`` without the package prefix, e.g. ``coll/de.res`` or ``zh_Hans.res``."""
    parts = name.split("/")
    if parts[0] in DROP_TREES or name in DROP_ITEMS or name.endswith(DROP_SUFFIXES):
        return False
    if name.endswith(".cnv"):
        return KEEP_CONVERTERS.match(name) is not None
    match = LOCALE_RE.match(parts[-1])
    if match is None or parts[-1][:-4] in NOT_LOCALES:
        return True
    return match["lang"] in KEEP_LANGUAGES


# -- ELF: where the data symbol lives ------------------------------------------------------------


def find_data_symbol(lib: bytes) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of ``icudtNN_dat`` in a 64-bit little-endian ELF."""
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF library")
    shoff = struct.unpack_from("<Q", lib, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    for sh_type, link, offset, size, entsize in ((s[1], s[6], s[4], s[5], s[9]) for s in sections):
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for i in range(size // entsize):
            st_name, _info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", lib, offset + i * entsize)
            name = lib[strtab + st_name : lib.index(b"\0", strtab + st_name)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                section = sections[shndx]
                return name, value - section[3] + section[4], st_size
    raise ValueError("no icudtNN_dat symbol")


# -- ICU common data -------------------------------------------------------------------------


def trim_common_data(data: bytes) -> tuple[bytes, int, int]:
    """The package with only the kept items; (new data, items kept, items in all)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode()
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    prefix = items[0][0].split("/")[0] + "/"  # icudt73l/
    kept = [(name, body) for name, body in items if keep_item(name[len(prefix) :])]

    names = b"".join(name.encode() + b"\0" for name, _ in kept)
    names_start = 4 + 8 * len(kept)
    data_start = -(-(names_start + len(names)) // 16) * 16
    table, body_parts, position = [], [], data_start
    name_position = names_start
    for name, body in kept:
        table.append(struct.pack("<II", name_position, position))
        name_position += len(name.encode()) + 1
        padded = body + b"\0" * (-len(body) % 16)
        body_parts.append(padded)
        position += len(padded)
    new_toc = struct.pack("<I", len(kept)) + b"".join(table) + names
    new_toc += b"\0" * (data_start - len(new_toc))
    return data[:header_size] + new_toc + b"".join(body_parts), len(kept), count


def build_library(symbol: str, soname: str, data: bytes, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="smallcrm-icu-") as tmp:
        folder = Path(tmp)
        (folder / "icu.dat").write_bytes(data)
        (folder / "icu.s").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "icu.dat"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", "icu.o", "icu.s"], cwd=folder, check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", "lib.so", "icu.o"], cwd=folder, check=True)
        shutil.copyfile(folder / "lib.so", out)


CHECK = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
names = ["张", "阿", "李", "王"]
order = sorted(names, key=QCollator(QLocale("zh_CN")).sortKey)
assert order == ["阿", "李", "王", "张"], order
assert QLocale("tr_TR").toUpper("i") == "\\u0130"  # a dropped locale still maps through root data
assert QLocale("en_US").toUpper("straße") == "STRASSE"
for codec in ("GB18030", "GBK", "GB2312", "Big5", "Big5-HKSCS", "windows-1252", "ISO-8859-15", "KOI8-R"):
    assert QStringDecoder(codec).isValid(), codec  # ICU's converters
assert "GB18030" in QStringDecoder.availableCodecs()
assert sorted(["b", "a", "C"], key=QCollator(QLocale("de_DE")).sortKey) == ["a", "b", "C"]
print("icu ok")
# Printed to compare with the untrimmed library: what Qt asks ICU for, in our languages.
from PySide6.QtCore import QDateTime, QTimeZone
now = QDateTime.currentDateTimeUtc()
for zone in (b"Asia/Shanghai", b"Asia/Hong_Kong", b"Asia/Taipei", b"Europe/London", b"America/New_York"):
    tz = QTimeZone(zone)
    for locale in ("zh_CN", "zh_TW", "en_US", "en_GB"):
        for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName, QTimeZone.NameType.OffsetName):
            print(zone.decode(), locale, tz.displayName(now, kind, QLocale(locale)))
for text in ("Ǆemal straße ΣΑΣ", "İstanbul"):
    for locale in ("zh_CN", "en_US", "tr_TR", "el_GR"):
        print(locale, QLocale(locale).toUpper(text), QLocale(locale).toLower(text))
words = ["张伟", "zhang", "Zhang", "阿里", "李四", "王五", "Émile", "emile", "10", "9", "a-b", "ab"]
for locale in ("zh_CN", "zh_TW", "en_US", "de_DE"):
    collator = QCollator(QLocale(locale))
    collator.setNumericMode(True)
    print(locale, sorted(words, key=collator.sortKey))
"""


def check(folder: Path) -> None:
    """Run Qt on the trimmed library (LD_LIBRARY_PATH wins over QtCore's RUNPATH)."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    original = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True)
    done = subprocess.run(
        [sys.executable, "-c", CHECK], env={**env, "LD_LIBRARY_PATH": str(folder)}, capture_output=True, text=True
    )
    if done.returncode != 0 or "icu ok" not in done.stdout:
        raise RuntimeError(f"Qt does not work on the trimmed ICU data:\n{done.stderr[-2000:]}")
    if original.returncode == 0 and done.stdout != original.stdout:
        changed = [line for line in done.stdout.splitlines() if line not in original.stdout.splitlines()]
        raise RuntimeError("the trimmed ICU data answers differently:\n" + "\n".join(changed[:10]))


def trim(path: Path) -> tuple[int, int]:
    """Replace ``path`` (libicudata.so.NN) by the trimmed library; (bytes before, after)."""
    lib = path.read_bytes()
    symbol, offset, size = find_data_symbol(lib)
    data, kept, count = trim_common_data(lib[offset : offset + size])
    with tempfile.TemporaryDirectory(prefix="smallcrm-icu-lib-") as tmp:
        trimmed = Path(tmp) / path.name
        build_library(symbol, path.name, data, trimmed)
        check(Path(tmp))
        before, after = path.stat().st_size, trimmed.stat().st_size
        path.unlink()  # may be a hard link to the build machine's copy
        shutil.copyfile(trimmed, path)
    print(f"ICU data: {count} -> {kept} items, {before / 1e6:.1f} -> {after / 1e6:.1f} MB")
    return before, after


if __name__ == "__main__":
    trim(Path(sys.argv[1]))
