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
import unicodedata
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
    from pypinyin.contrib.tone_convert import to_normal  # pypinyin: 240 ms (measured), at the first name read
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


def _split(name: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """(surname readings, each a tuple of syllables; readings of each given-name
    character, usual first): the surname's own reading first, then its everyday one."""
    surname_len = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    surname, given = name[:surname_len], name[surname_len:]
    if surname_len == 2:
        surname_options: list[tuple[str, ...]] = [COMPOUND_SURNAMES[surname]]
    else:
        readings = SURNAME_READINGS.get(surname) or char_readings(surname)[:1] or (surname.lower(),)
        surname_options = [(r,) for r in readings[:2]]
    return surname_options, [char_readings(ch)[:2] or (ch.lower(),) for ch in given]


@lru_cache(maxsize=65536)  # names repeat: a shop has many 王芳; bulk imports hit the cache
def name_key_sets(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A personal name's search tokens as (usual, rare): full pinyin, initials, and
    surname in full plus given-name initials, first for the name's usual reading (the
    surname's reading as a surname, every other character's commonest one), then for at
    most MAX_VARIANTS - 1 other plausible readings (曾 read as 'ceng', 俊 as 'shun').

    The search ranks a hit on a rare reading below one on the usual reading: 'zs' is
    张三 long before it is 张俊 read as 'zhang shun'. The work is linear in the name's
    length whatever it holds (a name of 200 polyphones gives at most 3 * MAX_VARIANTS
    keys): expanding every combination of readings froze the window for seconds at 23
    characters and ran out of memory at 62. Names without Han characters have no pinyin
    keys; search indexes their words itself.
    """
    name = "".join(name.split())
    if not name or not any(_is_cjk(ch) for ch in name):
        return (), ()
    surname_options, given_readings = _split(name)
    # Given-name readings vary slowest, so every surname reading is kept within
    # MAX_VARIANTS. itertools.product is lazy in what it yields but reads its arguments
    # whole, so the given-name combinations are its own iteration, never an argument.
    combos = ((giv, sur) for giv in itertools.product(*given_readings) for sur in surname_options)
    keys: list[dict[str, None]] = [{}, {}]  # usual, rare: ordered and without repeats
    for i, (giv, sur) in enumerate(itertools.islice(combos, MAX_VARIANTS)):
        full_sur = "".join(sur)
        giv_initials = "".join([g[0] for g in giv])
        kind = keys[0 if i == 0 else 1]
        kind[full_sur + "".join(giv)] = None
        kind["".join([s[0] for s in sur]) + giv_initials] = None
        kind[full_sur + giv_initials] = None
    usual = tuple(keys[0])
    return usual, tuple(k for k in keys[1] if k not in keys[0])


def name_keys(name: str) -> tuple[str, ...]:
    """Every search token of a personal name (see :func:`name_key_sets`), the usual
    reading's first: 'zs', 'zhangs' and 'zhangsan' all find 张三."""
    usual, rare = name_key_sets(name)
    return usual + rare


def sort_key(name: str) -> str:
    """What a list sorted by name orders by: the name's usual pinyin, a syllable at a
    time ('zhang san'), as Excel, WPS and a phone's contacts sort Chinese names A to Z.

    Words in other scripts are kept in lower case ('tom smith'), so 'Zhang Wei' sorts
    beside 张伟; a character without a reading (a rare one beyond pypinyin's table)
    is kept as it is. Syllables are separated by a space, which sorts before every
    letter: 西安 'xi an' comes before 先 'xian', as in a dictionary. Ties (张三 and 章三
    read alike) are left to the caller, who orders them by the name itself. (Not
    cached here: search._name_parts keeps it with the name's tokens.)
    """
    text = unicodedata.normalize("NFKC", name).strip().casefold()
    if not text:
        return ""
    first = [ch for ch in text if not ch.isspace()]
    surname: tuple[str, ...] = ()
    if first and _is_cjk(first[0]):
        compact = "".join(first)
        if compact[:2] in COMPOUND_SURNAMES and len(compact) > 2:
            surname = COMPOUND_SURNAMES[compact[:2]]
        else:
            surname = (SURNAME_READINGS.get(compact[0]) or char_readings(compact[0])[:1] or (compact[0],))[:1]
    parts: list[str] = []
    word: list[str] = []
    han_seen = 0
    for ch in text:
        if _is_cjk(ch):
            if word:
                parts.append("".join(word))
                word = []
            if han_seen < len(surname):
                parts.append(surname[han_seen])
            else:
                parts.append((char_readings(ch) or (ch,))[0])
            han_seen += 1
        elif ch.isspace():
            if word:
                parts.append("".join(word))
                word = []
        else:
            word.append(ch)
            han_seen = max(han_seen, len(surname))  # a surname reading only for a name that starts with it
    if word:
        parts.append("".join(word))
    return " ".join(parts)
