"""Gender as shops write it: M, F or not given."""

from __future__ import annotations

import unicodedata

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

# The words for each answer, lower case after NFKC (full-width 'Ｍ' is 'm'). 未知, 保密 and
# the like are an answer ("not given"), not a mistake: a file that says so is not rejected.
GENDERS: dict[str, str] = {
    **dict.fromkeys(("", "-", "/", "未知", "保密", "不详"), ""),
    **dict.fromkeys(("m", "male", "man", "男", "男性", "男士", "先生"), "M"),
    **dict.fromkeys(("f", "female", "woman", "女", "女性", "女士"), "F"),
}


def parse_gender(value: object, field: str = "gender") -> str:
    """'男', 'Male', 'Ｍ', '先生' -> 'M'; '女士' -> 'F'; '', '未知', '保密' -> ''."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip().lower()
    gender = GENDERS.get(text)
    if gender is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not a gender (M or F)."), value=value)
    return gender
