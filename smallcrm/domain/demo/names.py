"""Chinese names as a shop's customers have them: common surnames most often (and the
ones with a special reading, and compound ones, which search must handle), one- or
two-character given names by gender."""

from __future__ import annotations

from smallcrm.domain.demo.picker import Picker
from smallcrm.domain.demo.run import Run

# Surname frequency in per mille of the population (rounded from national statistics).
# Includes surnames with a special reading (曾 单 解 仇 区 朴 查 翟 乐 覃) and compound
# surnames, which the search index must handle.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 31), ("黄", 24), ("赵", 23),
    ("吴", 21), ("周", 21), ("徐", 17), ("孙", 16), ("马", 15), ("朱", 14), ("胡", 13), ("郭", 12),
    ("何", 12), ("林", 11), ("高", 11), ("罗", 11), ("郑", 10), ("梁", 9), ("谢", 8), ("宋", 8),
    ("唐", 8), ("许", 7), ("韩", 7), ("邓", 7), ("冯", 7), ("曹", 7), ("彭", 7), ("曾", 6),
    ("肖", 6), ("田", 6), ("董", 5), ("潘", 5), ("袁", 5), ("蔡", 5), ("蒋", 5), ("余", 5),
    ("于", 5), ("杜", 5), ("叶", 5), ("程", 4), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4),
    ("任", 4), ("卢", 4), ("姚", 4), ("沈", 4), ("钟", 4), ("姜", 4), ("崔", 3), ("谭", 3),
    ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3), ("石", 3), ("金", 3), ("韦", 3), ("贾", 3),
    ("夏", 3), ("付", 3), ("方", 2), ("邹", 2), ("熊", 2), ("白", 2), ("孟", 2), ("秦", 2),
    ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2),
    ("龙", 1.5), ("黎", 1.5), ("史", 1.5), ("陶", 1.5), ("贺", 1.5), ("毛", 1.5), ("郝", 1.5),
    ("顾", 1.5), ("龚", 1.5), ("邵", 1.5), ("万", 1.4), ("覃", 1.4), ("武", 1.4), ("钱", 1.3),
    ("戴", 1.3), ("严", 1.3), ("莫", 1.2), ("孔", 1.2), ("向", 1.2), ("常", 1.2), ("汤", 1.2),
    ("康", 1.2), ("易", 1.2), ("乔", 1.1), ("赖", 1.1), ("文", 1.1), ("施", 1.0), ("洪", 1.0),
    ("翟", 0.8), ("单", 0.5), ("解", 0.4), ("仇", 0.3), ("区", 0.2), ("朴", 0.3), ("查", 0.3),
    ("乐", 0.3), ("欧阳", 0.4), ("司马", 0.1), ("诸葛", 0.05), ("上官", 0.05),
)  # fmt: skip

MALE_ONE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林洋海峰亮成东毅锋"
FEMALE_ONE = "芳娜敏静丽艳娟霞玲丹萍红琳雪婷慧颖倩洁燕佳欣怡梅莉晶雯悦蓉英"
MALE_TWO = (
    "建国", "建华", "志强", "志明", "国强", "国庆", "海涛", "晓东", "晓明", "俊杰", "子轩", "浩然", "宇航", "文博",
    "家豪", "建军", "永强", "德明", "立新", "振华", "天佑", "博文", "一鸣", "明辉", "卫东", "春生", "金龙", "小龙",
)  # fmt: skip
FEMALE_TWO = (
    "秀英", "桂英", "秀兰", "玉兰", "桂兰", "丽华", "淑珍", "美玲", "晓燕", "晓红", "雅琴", "婷婷", "静怡", "欣怡",
    "梓涵", "诗涵", "雨萱", "思雨", "佳怡", "海燕", "春梅", "丽娟", "慧敏", "晓丽", "月华", "金凤", "玉梅", "雪梅",
)  # fmt: skip
MALE_FIRST = "志建国俊子家文明永天浩宇德立"
FEMALE_FIRST = "晓雅佳思欣雨诗婉丽美秀玉春慧"

_SURNAMES = Picker(SURNAMES)


def person_name(run: Run, gender: str) -> tuple[str, str]:
    """(name, surname) for a customer of ``gender`` ('M', 'F' or '' for either)."""
    rng = run.rng
    surname = _SURNAMES.pick(rng)
    male = gender == "M" or (gender == "" and rng.random() < 0.5)
    r = rng.random()
    if r < 0.3:
        given = rng.choice(MALE_ONE if male else FEMALE_ONE)
    elif r < 0.55:
        given = rng.choice(MALE_TWO if male else FEMALE_TWO)
    else:
        given = rng.choice(MALE_FIRST if male else FEMALE_FIRST) + rng.choice(MALE_ONE if male else FEMALE_ONE)
    return surname + given, surname
