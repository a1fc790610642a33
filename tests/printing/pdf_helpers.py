"""Reading back what was printed: words and characters with their positions, from the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

PT_PER_MM = 72 / 25.4

# Names whose characters Noto Sans CJK shares with Kangxi radicals (户 ⼾, 女 ⼥, 士 ⼠,
# 长 ⻓, 见 ⻅, 言 ⾔, 金 ⾦, 马 ⻢, 龙 ⻰, 门 ⻔, 角 ⻆, 生 ⽣, 食 ⻝), plus a Western one.
NAMES = ["张户", "金龙", "马长见", "言食门", "角生", "王女士", "李金户", "赵马", "钱龙门", "孙见", "周言", "吴角"]


def person(i: int, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": i + 1,
        "name": name,
        "gender": ("M", "F", "")[i % 3],
        "province": "四川省",
        "city": "成都市",
        "district": "武侯区",
        "street": f"人民南路四段{i + 1}号",
        "postcode": "610041",
        **extra,
    }


def words(pdf: Path) -> list[list[dict[str, Any]]]:
    """Per page, the words pdfplumber reads, positions in points from the top left."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return [page.extract_words(keep_blank_chars=False, use_text_flow=True) for page in doc.pages]


def chars(pdf: Path) -> list[list[dict[str, Any]]]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return [list(page.chars) for page in doc.pages]


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Page sizes in millimetres."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return [(float(p.width) / PT_PER_MM, float(p.height) / PT_PER_MM) for p in doc.pages]


def centre_mm(word: dict[str, Any]) -> tuple[float, float]:
    return ((word["x0"] + word["x1"]) / 2 / PT_PER_MM, (word["top"] + word["bottom"]) / 2 / PT_PER_MM)
