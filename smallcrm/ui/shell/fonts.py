"""A Chinese font for the window on a computer that has none.

Qt draws each character with the first installed font that has it. On a desktop
without any CJK font (a Western Linux install, a minimal container) every hanzi of
the Chinese window, and every Chinese name in the English one, came out as an empty
box. Then the font bundled for printing (resources/fonts: GB2312 and the 通用规范汉字表,
so the common name characters beyond GB2312 as well) is registered for the window too.
A computer that has a Chinese font keeps it: it is the one the owner is used to, and
it covers more than the bundled subset.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication

log = logging.getLogger(__name__)

HAN = ord("中")


def has_chinese_font() -> bool:
    """True when an installed font says it writes Simplified Chinese.

    Listing the families costs no start time of its own: it reads the font list Qt
    builds for the first text anyway (measured to the first Chinese label, 15 starts
    each: 97 ms median with this check, 103 ms without).
    """
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


# Families that draw hanzi the way mainland China writes them, best first: the CJK
# font families of a desktop come in regional variants with different glyph shapes,
# and Qt's fallback takes the first family fontconfig lists for the script. With
# Debian's fonts-noto-cjk that is 'Noto Sans CJK JP': Chinese text in Japanese shapes
# (直, 骨, 复 and many more drawn differently). Sans-serif first: a window's text.
SIMPLIFIED_CHINESE = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "DengXian",
    "SimHei",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "SimSun",
)


def simplified_chinese_family() -> str | None:
    """The installed family that best draws Simplified Chinese for the window, or None
    when none of the known ones is installed (then Qt's own choice stands)."""
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    return next((family for family in SIMPLIFIED_CHINESE if family in installed), None)


def prefer_simplified_chinese() -> str | None:
    """Name the best Simplified Chinese family in the application font's families, so
    hanzi are drawn in mainland shapes whatever regional variant the system's fallback
    lists first; returns that family, None when nothing was changed."""
    family = simplified_chinese_family()
    font = QGuiApplication.font()
    if family is None or family in font.families():
        return None
    font.setFamilies([*font.families(), family])
    QGuiApplication.setFont(font)
    return family


def ensure_chinese_font() -> str | None:
    """Register the bundled font as the fallback for Chinese text when the system has no
    Chinese font; returns its family then, None when nothing had to be done (or the
    bundled file is missing, which is logged). A system with Chinese fonts keeps them,
    with the Simplified Chinese variant preferred (:func:`prefer_simplified_chinese`).
    Needs the QGuiApplication."""
    if has_chinese_font():
        prefer_simplified_chinese()
        return None
    # printing.render: 17 ms at start-up, and only a system without Chinese fonts needs it
    # (it registers the bundled font once, for labels and the window alike).
    from smallcrm.printing.render import font_family

    # A registered font joins the platform's fallback list (fontconfig's application font
    # set on Linux). Naming it in the application font's families makes it the fallback
    # on every platform: widgets copy the application font, families included.
    # (Qt 6.9's QFontDatabase.addApplicationFallbackFontFamily would say it per script,
    # but PySide6 6.11 does not bind it.)
    family = font_family()
    font = QGuiApplication.font()
    font.setFamilies([*font.families(), family])
    if not QFontMetrics(font).inFontUcs4(HAN):
        log.warning("no Chinese font on this system and the bundled one is missing: Chinese shows as boxes")
        return None
    QGuiApplication.setFont(font)
    log.info("no Chinese font installed: using the bundled %s", family)
    return family
