"""Render resources/icons/smallcrm.svg into the files the platforms want.

- ``smallcrm-<N>.png`` for N in 16 ... 512: the window icon (Qt picks the nearest
  size) and the Linux desktop icon (hicolor theme sizes);
- ``smallcrm.ico`` for Windows (PyInstaller's exe icon, the Inno Setup installer):
  one file holding 16 ... 256 px, each entry stored as PNG (allowed since Vista);
- ``smallcrm.icns`` for macOS (the .app bundle): the 'icp4'...'ic10' PNG entries.

Qt's own SVG renderer (QtSvg ships in PySide6-Essentials) draws the PNGs, and the
ICO/ICNS containers are a few bytes of header around those PNGs, written here rather
than through Pillow, so generating the icons needs nothing beyond the app's own
dependencies. The generated files are committed; run this after changing the SVG:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "smallcrm.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data, and their pixel sizes (ic10 is 512@2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, antialiased, on transparency."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, images = b"", b""
    for s in sizes:
        data = pngs[s]
        # Width and height 0 mean 256; 32 bits per pixel; no palette.
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length, PNG) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _k, s in ICNS_TYPES})
    pngs = {s: render_png(s) for s in sizes}
    for s in PNG_SIZES:
        (ICONS / f"smallcrm-{s}.png").write_bytes(pngs[s])
    (ICONS / "smallcrm.ico").write_bytes(ico(pngs))
    (ICONS / "smallcrm.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, smallcrm.ico and smallcrm.icns to {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
