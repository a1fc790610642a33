"""How the charts look: a CJK-capable font (so Chinese labels never turn into boxes),
light and dark themes, colour-blind-safe palettes, figures, legends, clickable marks."""

from __future__ import annotations

import colorsys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import matplotlib
import numpy as np
from matplotlib import font_manager
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.text import Text

from smallcrm.paths import resource_path
from smallcrm.plots.labels import TEXT, Translate

# Font families that cover Chinese, most legible first: the platforms' own UI fonts,
# then the open Noto / Source Han / WenQuanYi families that Linux distributions ship.
CJK_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "SimHei",
    "Heiti SC",
    "STHeiti",
    "Arial Unicode MS",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Serif CJK SC",
)


THEMES = {
    "light": {"face": "#ffffff", "text": "#202124", "grid": "#dadce0", "muted": "#5f6368"},
    "dark": {"face": "#202124", "text": "#e8eaed", "grid": "#3c4043", "muted": "#9aa0a6"},
}


# Colour-blind-safe (Okabe-Ito), in order of use; tiers reuse them best to worst.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")


# Paul Tol's "muted" scheme, also colour-blind-safe, for 9 or 10 groups (RFM has ten):
# Okabe-Ito has eight, and repeating a colour made two groups look like one.
MUTED = (
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499", "#BBBBBB",
)  # fmt: skip


GOOD, BAD, NEUTRAL = "#009E73", "#D55E00", "#0072B2"


PARTIAL_HATCH = "///"  # the month still running: lighter, hatched bars and a dashed line


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font family that covers Chinese (fonts bundled in
    resources/fonts are registered first), or None."""
    try:
        bundled = resource_path("fonts")
        for path in sorted(bundled.glob("*")) if bundled.is_dir() else []:
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                font_manager.fontManager.addfont(str(path))
    except OSError:  # an unreadable bundle is no reason to fail a chart
        pass
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    for name in sorted(installed):  # any other family that says it is CJK
        if "CJK" in name or "Hei" in name or "Song" in name:
            return name
    return None


def font_families() -> list[str]:
    family = cjk_font()
    return ([family] if family else []) + ["DejaVu Sans"]  # per-glyph fallback: Latin from either


def fix_fonts(figure: Any) -> None:
    """Every text already in the figure (titles, tick labels, legends) gets the CJK-capable
    families; ticks made later copy their properties from these."""
    families = font_families()
    for text in figure.findobj(Text):
        text.set_fontfamily(families)


@contextmanager
def themed(theme: str) -> Iterator[dict[str, str]]:
    colors = THEMES.get(theme, THEMES["light"])
    # Named families, not the 'sans-serif' alias: a text keeps the names it was made with,
    # while the alias would be looked up again when the panel draws, outside this context.
    # Written in the call, so mypy checks each key against matplotlib's list of rc names.
    with matplotlib.rc_context(
        {
            "font.family": font_families(),
            "axes.unicode_minus": False,  # CJK fonts often lack U+2212
            "figure.facecolor": colors["face"],
            "axes.facecolor": colors["face"],
            "savefig.facecolor": colors["face"],
            "text.color": colors["text"],
            "axes.labelcolor": colors["text"],
            "axes.edgecolor": colors["grid"],
            "xtick.color": colors["muted"],
            "ytick.color": colors["muted"],
            "grid.color": colors["grid"],
            "axes.titlesize": 12,
            "font.size": 10,
        }
    ):
        yield colors


def new_figure(theme: str, size: tuple[float, float]) -> Any:
    return Figure(figsize=size, layout="constrained")


def no_data(ax: Any, i18n: Translate) -> None:
    ax.text(0.5, 0.5, i18n("Charts", TEXT["no_data"]), ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def pickable(artists: Any) -> None:
    for artist in artists:
        artist.set_picker(True)


def distinct_colors(n: int) -> list[str]:
    """``n`` colours, no two alike: Okabe-Ito up to 8, Tol's muted scheme up to 10,
    then both (18), then evenly spaced hues (a shop with dozens of income bands)."""
    if n <= len(PALETTE):
        return list(PALETTE[:n])
    if n <= len(MUTED):
        return list(MUTED[:n])
    both = list(dict.fromkeys(MUTED + PALETTE))
    if n <= len(both):
        return both[:n]
    hues = [colorsys.hsv_to_rgb(i / n, 0.65, 0.8) for i in range(n)]
    return ["#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in rgb)) for rgb in hues]


def lighter(color: Any, face: str, amount: float = 0.55) -> tuple[float, float, float]:
    """``color`` mixed with the background: the running month's fill."""
    c, f = np.array(to_rgb(color)), np.array(to_rgb(face))
    r, g, b = (c + (f - c) * amount).tolist()
    return (r, g, b)


def legend_below(fig: Any, handles: list[Any], ncols: int | None = None, **options: Any) -> Any:
    """The legend under the plot, outside it: inside, it covered the line or the bars
    of whichever month the data put in its corner. (Above, constrained layout set it
    over the figure's title.)"""
    labels = [h.get_label() for h in handles]
    return fig.legend(handles, labels, loc="outside lower center", ncols=ncols or len(handles), frameon=False,
                      **options)  # fmt: skip
