"""The demo shop's catalogue: what a tea and snacks shop sells at its counter, with
realistic prices and costs.

Every item of the purchase history (``goods.ITEMS``) is a product of the same name,
category, price and cost, so a history line and a counter line of the same goods
mean the same thing to the analysis. Beside them: teas and snacks sold loose by the
斤 (weighed at the counter: 0.5 斤 of 铁观音), packaged snacks with their barcodes,
and the shop's services (gift wrapping, a tea ceremony class, sending by courier),
some of which cost the shop nothing.

Barcodes are EAN-13 with the 69 prefix of goods made in China and a correct check
digit, made from the product's place in the list (no random draw), so they are the
same in every demo shop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from smallcrm.domain.catalogue.products import search_text_for
from smallcrm.domain.demo.goods import ITEMS
from smallcrm.store.models import Product

# How the history's items are counted at the counter, by category.
UNIT_OF_CATEGORY = {
    "茶叶": "罐", "茶具": "件", "月饼": "盒", "礼盒": "盒", "坚果": "袋", "土特产": "袋", "滋补": "袋",
    "糕点": "盒", "粽子": "盒",
}  # fmt: skip

# (name, category, unit, kind, price in fen, cost in fen or None, has a barcode)
EXTRA: tuple[tuple[str, str, str, str, int, int | None, bool], ...] = (
    # Loose tea, weighed at the counter: price and cost per 斤 (500 g).
    ("铁观音（散装）", "茶叶", "斤", "goods", 16000, 7200, False),
    ("西湖龙井（散装）", "茶叶", "斤", "goods", 36000, 18000, False),
    ("普洱熟茶（散装）", "茶叶", "斤", "goods", 12000, 4800, False),
    ("大红袍（散装）", "茶叶", "斤", "goods", 28000, 14000, False),
    ("茉莉花茶（散装）", "茶叶", "斤", "goods", 8000, 3200, False),
    ("碧螺春（散装）", "茶叶", "斤", "goods", 24000, 12000, False),
    ("滇红（散装）", "茶叶", "斤", "goods", 9000, 4000, False),
    # Snacks (零食): loose by the 斤, and packaged with barcodes.
    ("五香瓜子（散装）", "零食", "斤", "goods", 1800, 990, False),
    ("焦糖瓜子（散装）", "零食", "斤", "goods", 2200, 1200, False),
    ("麻辣牛肉干（散装）", "零食", "斤", "goods", 8800, 5300, False),
    ("五香牛肉干（散装）", "零食", "斤", "goods", 8800, 5300, False),
    ("话梅（散装）", "零食", "斤", "goods", 3200, 1600, False),
    ("九制陈皮（散装）", "零食", "斤", "goods", 3600, 1800, False),
    ("猪肉脯（散装）", "零食", "斤", "goods", 6800, 4100, False),
    ("芒果干（散装）", "零食", "斤", "goods", 4000, 2200, False),
    ("山楂片（散装）", "零食", "斤", "goods", 1600, 800, False),
    ("兰花豆（散装）", "零食", "斤", "goods", 1500, 750, False),
    ("洽洽香瓜子 308克", "零食", "袋", "goods", 1290, 860, True),
    ("张飞牛肉干 108克", "零食", "袋", "goods", 2580, 1600, True),
    ("话梅糖 150克", "零食", "袋", "goods", 990, 550, True),
    ("每日坚果小包 25克", "零食", "袋", "goods", 500, 310, True),
    ("灯影牛肉丝 75克", "零食", "袋", "goods", 1500, 900, True),
    ("麻花 260克", "零食", "袋", "goods", 1200, 600, True),
    # Tea ware sold one by one.
    ("品茗杯（单只）", "茶具", "只", "goods", 1800, 700, True),
    ("茶滤", "茶具", "个", "goods", 1500, 500, True),
    ("锡罐茶叶罐", "茶具", "个", "goods", 16800, 7600, True),
    # Services: sold per time; some cost the shop nothing but time.
    ("礼盒包装", "服务", "次", "service", 1000, 300, False),
    ("茶叶真空分装", "服务", "次", "service", 500, 100, False),
    ("快递代发", "服务", "次", "service", 1500, 1200, False),
    ("茶艺体验课", "服务", "次", "service", 19800, 0, False),
    ("礼盒刻字定制", "服务", "次", "service", 3000, 0, False),
)

LOOSE_TEA = {  # a packaged tea of the history and the loose tea it is also sold as
    "安溪铁观音 500克": "铁观音（散装）",
    "西湖龙井 250克": "西湖龙井（散装）",
    "普洱熟茶饼 357克": "普洱熟茶（散装）",
    "武夷山大红袍 250克": "大红袍（散装）",
    "碧潭飘雪 250克": "茉莉花茶（散装）",
    "明前碧螺春 250克": "碧螺春（散装）",
    "滇红工夫 250克": "滇红（散装）",
}
WEIGHED_SNACKS = tuple(name for name, category, unit, *_ in EXTRA if category == "零食" and unit == "斤")
PACKED_SNACKS = tuple(name for name, category, unit, *_ in EXTRA if category == "零食" and unit != "斤")


@dataclass(frozen=True, slots=True)
class DemoProduct:
    """A product as the counter lines need it (the row is in the database)."""

    id: int
    name: str
    category: str
    price_cents: int
    cost_cents: int | None


def ean13(number: int) -> str:
    """An EAN-13 code with the 69 prefix (China) and its check digit."""
    body = f"69{number:010d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def catalogue_rows() -> list[dict[str, object]]:
    """The catalogue's products as rows (name, category, unit, kind, price_cents,
    cost_cents, barcode), in a fixed order."""
    rows: list[dict[str, object]] = []
    for i, (name, category, price, ratio) in enumerate(ITEMS):
        # The cost per unit exactly as the history's lines reckon it (demo.purchases).
        cost = round(price * ratio * 100)
        barcode = ean13(3_000_000 + i * 37) if category != "茶具" or i % 2 else None
        rows.append(
            {"name": name, "category": category, "unit": UNIT_OF_CATEGORY[category], "kind": "goods",
             "price_cents": price * 100, "cost_cents": cost, "barcode": barcode}
        )  # fmt: skip
    for j, (name, category, unit, kind, price_cents, cost_cents, coded) in enumerate(EXTRA):
        rows.append(
            {"name": name, "category": category, "unit": unit, "kind": kind, "price_cents": price_cents,
             "cost_cents": cost_cents, "barcode": ean13(5_000_000 + j * 53) if coded else None}
        )  # fmt: skip
    return rows


def make_catalogue(since: dt.datetime) -> tuple[dict[str, DemoProduct], int]:
    """The catalogue's products by name, and how many were added (entered at ``since``,
    the day the shop began selling at SmallCRM's counter: no clock, so a seed gives the
    same shop). A product of the same name already in the shop (a second demo run, or
    the owner's own) is used as it is; a barcode already taken is left off a new product
    rather than refused."""
    rows = catalogue_rows()
    names = [str(row["name"]) for row in rows]
    existing = {p.name: p for p in Product.select().where(Product.name.in_(names)).order_by(Product.id.desc())}
    codes = [row["barcode"] for row in rows if row["barcode"]]
    taken = {
        b
        for (b,) in cast(
            "Iterable[tuple[str]]", Product.select(Product.barcode).where(Product.barcode.in_(codes)).tuples()
        )
    }
    added = 0
    out: dict[str, DemoProduct] = {}
    for row in rows:
        product = existing.get(str(row["name"]))
        if product is None:
            barcode = None if row["barcode"] in taken else row["barcode"]
            product = Product.create(
                **{**row, "barcode": barcode},
                search_text=search_text_for(str(row["name"]), barcode if isinstance(barcode, str) else None),
                created_at=since,
                updated_at=since,
            )
            added += 1
        out[product.name] = DemoProduct(
            product.id, product.name, product.category, product.price_cents, product.cost_cents
        )
    return out, added
