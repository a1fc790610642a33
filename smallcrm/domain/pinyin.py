"""Pinyin keys for names, so that 'zs', 'zhangs' and 'zhangsan' all find 张三.

Per-character readings come from pypinyin's table (about 1 µs a name, against ~44 µs
for its phrase-aware call, which matters at 100,000 names and buys nothing for
personal names). pypinyin has no surname mode, so surnames whose reading differs from
the character's everyday reading (曾 zeng, 单 shan, 解 xie, ...) are read from the
table below; where a surname character is ambiguous both readings are indexed, so the
customer is found whichever one the owner types.
"""

from __future__ import annotations

import itertools
import os
from functools import lru_cache

# Compound surnames first: their second character would otherwise be read as a given name.
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"),
    "令狐": ("ling", "hu"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "长孙": ("zhang", "sun"),
    "夏侯": ("xia", "hou"),
    "宇文": ("yu", "wen"),
    "司徒": ("si", "tu"),
    "澹台": ("tan", "tai"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
    "端木": ("duan", "mu"),
    "南宫": ("nan", "gong"),
    "呼延": ("hu", "yan"),
}

# Surname characters read differently as surnames; the first reading is the surname's.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng", "ceng"),
    "单": ("shan", "dan"),
    "解": ("xie", "jie"),
    "仇": ("qiu", "chou"),
    "区": ("ou", "qu"),
    "朴": ("piao", "pu"),
    "查": ("zha", "cha"),
    "盖": ("ge", "gai"),
    "乐": ("yue", "le"),
    "缪": ("miao", "mou"),
    "翟": ("zhai", "di"),
    "覃": ("qin", "tan"),
    "尉": ("yu", "wei"),
    "种": ("chong", "zhong"),
    "秘": ("bi", "mi"),
    "召": ("shao", "zhao"),
    "折": ("she", "zhe"),
    "黑": ("he", "hei"),
    "重": ("chong", "zhong"),
    "员": ("yun", "yuan"),
    "繁": ("po", "fan"),
    "句": ("gou", "ju"),
    "阚": ("kan",),
    "隗": ("wei", "kui"),
    "长": ("chang", "zhang"),
    "沈": ("shen",),
    "薄": ("bo",),
    "柏": ("bai", "bo"),
    "任": ("ren",),
    "华": ("hua",),
    "宁": ("ning",),
    "过": ("guo",),
    "卜": ("bu",),
    "纪": ("ji",),
    "葛": ("ge",),
    "燕": ("yan",),
    "相": ("xiang",),
    "曲": ("qu",),
    "么": ("yao", "me"),
    "能": ("nai", "neng"),
    "祭": ("zhai", "ji"),
    "藏": ("zang", "cang"),
}

MAX_VARIANTS = 4  # readings indexed per name (a polyphonic given name adds some); more only bloats the index


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@lru_cache(maxsize=65536)
def char_readings(ch: str) -> tuple[str, ...]:
    """Toneless readings of one character, most common first; () for a non-Han char."""
    # pypinyin's package loads its phrase dictionary on import (43 MB of memory, half of
    # the window's budget at 100,000 customers) unless told not to; only the
    # per-character table is read here, so the phrases are never needed.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    raw = pinyin_dict.get(ord(ch))
    if not raw:
        return ()
    seen: list[str] = []
    for reading in raw.split(","):
        plain = to_normal(reading).replace("ü", "v")
        if plain not in seen:
            seen.append(plain)
    return tuple(seen)


@lru_cache(maxsize=65536)  # names repeat: a shop has many 王芳; bulk imports hit the cache
def name_keys(name: str) -> tuple[str, ...]:
    """Search tokens for a personal name: full pinyin, initials, and surname in full
    plus given-name initials, for each plausible reading (surname reading first).

    Names without Han characters have no pinyin keys; search indexes their words itself.
    """
    name = "".join(name.split())
    if not name:
        return ()
    if not any(_is_cjk(ch) for ch in name):
        return ()
    surname_len = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    surname, given = name[:surname_len], name[surname_len:]
    if surname_len == 2:
        surname_options: list[tuple[str, ...]] = [COMPOUND_SURNAMES[surname]]
    else:
        readings = SURNAME_READINGS.get(surname) or char_readings(surname)[:1] or (surname.lower(),)
        surname_options = [(r,) for r in readings[:2]]
    given_readings = [char_readings(ch)[:2] or (ch.lower(),) for ch in given]
    keys: dict[str, None] = {}  # ordered and without repeats
    # Given-name readings vary slowest, so every surname reading is kept within MAX_VARIANTS.
    for giv, sur in itertools.islice(
        itertools.product(itertools.product(*given_readings), surname_options), MAX_VARIANTS
    ):
        full_sur = "".join(sur)
        giv_initials = "".join([g[0] for g in giv])
        keys[full_sur + "".join(giv)] = None
        keys["".join([s[0] for s in sur]) + giv_initials] = None
        keys[full_sur + giv_initials] = None
    return tuple(keys)
