"""What goes where on a label or an envelope: address lines and fitting text into a
box. Pure Python; the renderer supplies a ``measure`` function (text width in mm at a
font size in points) so the fitting is testable without Qt.

Address order follows the country. China (and Taiwan, Hong Kong, Macao, Japan) writes
big to small: province, city, district, street, then the name with an honorific
(张伟 先生, 李娜 女士) when the gender is known. Elsewhere small to big: name, street,
city with region and postcode, country.

Long addresses never get cut off: the text shrinks down to ``READABLE_PT``, then lines
wrap (Chinese anywhere, Western at spaces), and only then shrinks further, in which
case the label is reported (the preview flags it) rather than silently printed tiny.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Measure = Callable[[str, float], float]  # (text, font size in pt) -> width in mm

PT_MM = 25.4 / 72.0
LINE_SPACING = 1.25  # a line is this many times the font size
READABLE_PT = 7.0  # below this, a label's text is flagged in the preview
SMALLEST_PT = 4.0

EAST_ASIAN = {"CN", "TW", "HK", "MO", "JP"}
_CHINA_NAMES = {"", "CN", "CHN", "CHINA", "中国", "中华人民共和国", "PRC"}
_COUNTRY_NAMES = {"CN": "中国", "TW": "台湾", "HK": "香港", "MO": "澳门", "JP": "日本"}

HONORIFICS_ZH = {"M": "先生", "F": "女士"}
HONORIFICS_EN = {"M": "Mr", "F": "Ms"}


@dataclass(frozen=True)
class Address:
    """A recipient as printed: who, and where (parts as the profile holds them)."""

    name: str
    gender: str = ""  # '' unknown, 'M', 'F'
    country: str = "CN"
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    postcode: str = ""
    phone: str = ""
    customer_id: int | None = None
    family: bool = False  # one card for the household: addressed to the family (张伟 全家)

    @classmethod
    def of(cls, c: Any) -> Address:
        """From a Customer row, a dict with the same keys, or an Address."""
        if isinstance(c, Address):
            return c
        get = c.get if isinstance(c, Mapping) else (lambda key, default="": getattr(c, key, default))
        return cls(
            name=str(get("name", "") or "").strip(),
            gender=str(get("gender", "") or ""),
            country=str(get("country", "CN") or "CN"),
            province=str(get("province", "") or "").strip(),
            city=str(get("city", "") or "").strip(),
            district=str(get("district", "") or "").strip(),
            street=" ".join(str(get("street", "") or "").split()),
            postcode=str(get("postcode", "") or "").strip(),
            phone=str(get("phone", "") or "").strip(),
            customer_id=get("id", None),
            family=bool(get("family", False)),
        )

    @property
    def east_asian(self) -> bool:
        return country_code(self.country) in EAST_ASIAN

    @property
    def domestic(self) -> bool:
        """In China: a GB/T 1416 envelope with the six postcode boxes."""
        return country_code(self.country) == "CN"


def country_code(country: str) -> str:
    text = str(country or "").strip()
    if text.upper() in _CHINA_NAMES or text in _CHINA_NAMES:
        return "CN"
    return text.upper() if len(text) == 2 else text


def honorific(gender: str, east_asian: bool = True) -> str:
    return (HONORIFICS_ZH if east_asian else HONORIFICS_EN).get(gender or "", "")


def family_name(a: Address) -> str:
    """A household's card: '张伟 全家' for a Chinese name (the custom on greeting cards:
    the family of the person the shop knows), 'The Smith family' for a Western one."""
    name = a.name.strip()
    if not name or any(_cjk(ch) for ch in name) or a.east_asian:
        return f"{name} 全家" if name else "全家"
    return f"The {name.split()[-1]} family"


def addressee(a: Address) -> str:
    """'张伟 先生' / 'Mr John Smith'; the bare name when the gender is unknown; the
    family (:func:`family_name`) on a card for the whole household."""
    if a.family:
        return family_name(a)
    title = honorific(a.gender, a.east_asian)
    if not title:
        return a.name
    return f"{a.name} {title}" if a.east_asian else f"{title} {a.name}"


def _join_parts(parts: Sequence[str]) -> str:
    """'四川省' + '成都市' + '武侯区' -> '四川省成都市武侯区', without doubling a part
    the next one already starts with (city '成都市', district '成都市武侯区')."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part or part in out:
            continue
        out += part
    return out


def address_lines(a: Address, *, with_postcode: bool = True, with_name: bool = True) -> list[str]:
    """The lines of an address, in the country's order."""
    lines: list[str] = []
    if a.east_asian:
        region = _join_parts([a.province, a.city, a.district])
        if with_postcode and a.postcode:
            lines.append(a.postcode)
        if country_code(a.country) != "CN":
            region = _COUNTRY_NAMES.get(country_code(a.country), a.country) + region
        lines += [line for line in (region, a.street) if line]
        if with_name:
            lines.append(addressee(a))
        return lines
    if with_name:
        lines.append(addressee(a))
    if a.street:
        lines.append(a.street)
    town = " ".join(p for p in (a.district, a.city) if p)
    tail = " ".join(p for p in (a.province, a.postcode if with_postcode else "") if p)
    place = ", ".join(p for p in (town, tail) if p)
    if place:
        lines.append(place)
    if a.country and country_code(a.country) != "CN":
        lines.append(a.country.upper() if len(a.country) > 2 else a.country)
    return lines


def one_line(a: Address) -> str:
    """The address on one line for a table: no name, postcode first in China."""
    if a.east_asian:
        return " ".join(p for p in (a.postcode, _join_parts([a.province, a.city, a.district]) + a.street) if p)
    return ", ".join(address_lines(a, with_name=False))


_POSTCODE = re.compile(r"\d{6}")


def postcode_digits(a: Address) -> str:
    """The six digits for the envelope's boxes, or '' if the postcode is not six digits."""
    code = re.sub(r"\s", "", a.postcode)
    return code if _POSTCODE.fullmatch(code) else ""


# --- fitting text into a box ----------------------------------------------------------


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size_pt: float
    readable: bool  # False: had to go below READABLE_PT
    fits: bool  # False: not even SMALLEST_PT fits (drawn clipped to the box, and reported)

    @property
    def line_height(self) -> float:
        """Millimetres from one baseline to the next."""
        return self.size_pt * PT_MM * LINE_SPACING


def _break_points(text: str) -> list[int]:
    """Where a line may break: after a space, and between any two CJK characters."""
    points = []
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if before == " " or (_cjk(before) and after != " ") or (_cjk(after) and before != " "):
            points.append(i)
    return points


def _cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    """``text`` broken into lines no wider than ``width`` where it can be; a single
    word wider than the box stays whole (the caller shrinks it)."""
    lines: list[str] = []
    rest = text
    while rest and measure(rest, size) > width:
        points = [p for p in _break_points(rest) if measure(rest[:p].rstrip(), size) <= width]
        if not points:
            break
        cut = points[-1]
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        lines.append(rest)
    return lines


def fit_lines(
    lines: Sequence[str],
    width: float,
    height: float,
    measure: Measure,
    *,
    max_pt: float = 11.0,
    readable_pt: float = READABLE_PT,
    smallest_pt: float = SMALLEST_PT,
    step: float = 0.5,
) -> FittedText:
    """The largest size (from ``max_pt`` down, in ``step`` points) at which ``lines``
    fit the box, wrapping long lines once shrinking to the readable size is not enough."""
    lines = [line for line in lines if line]

    def height_of(count: int, size: float) -> float:
        return count * size * PT_MM * LINE_SPACING

    def fits(candidate: Sequence[str], size: float) -> bool:
        return height_of(len(candidate), size) <= height + 1e-6 and all(
            measure(line, size) <= width + 1e-6 for line in candidate
        )

    size = max_pt
    while size >= readable_pt - 1e-9:
        if fits(lines, size):
            return FittedText(tuple(lines), size, True, True)
        size -= step
    size = max_pt
    while size >= smallest_pt - 1e-9:
        wrapped = [part for line in lines for part in wrap(line, width, size, measure)]
        if fits(wrapped, size):
            return FittedText(tuple(wrapped), size, size >= readable_pt - 1e-9, True)
        size -= step
    wrapped = [part for line in lines for part in wrap(line, width, smallest_pt, measure)]
    return FittedText(tuple(wrapped), smallest_pt, False, False)


# --- greeting inserts ------------------------------------------------------------------

MERGE_FIELDS = ("name", "honorific", "shop")


def merge_greeting(template: str, a: Address, shop: str) -> str:
    """Fill {name} {honorific} {shop}; other braces are left as typed, so a greeting
    with '{' in it never fails."""
    if a.family:  # 'Dear {name} {honorific}' -> 'Dear 张伟 全家'
        values = {"name": family_name(a), "honorific": "", "shop": shop}
    else:
        values = {"name": a.name, "honorific": honorific(a.gender, a.east_asian), "shop": shop}
    return re.sub(r"\{(name|honorific|shop)\}", lambda m: values[m.group(1)], template)
