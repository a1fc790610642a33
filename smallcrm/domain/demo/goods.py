"""What the demo shop sells (tea, tea ware, mooncakes, gift boxes, nuts, Sichuan
specialties, tonics, pastries, zongzi) at what price and cost, how each category sells
in each season, what each kind of customer buys, and through which channels."""

from __future__ import annotations

from smallcrm.domain.demo.picker import Picker

# (item, category, price in yuan, cost as a share of the price)
ITEMS: tuple[tuple[str, str, int, float], ...] = (
    ("西湖龙井 250克", "茶叶", 388, 0.50), ("明前碧螺春 250克", "茶叶", 268, 0.50),
    ("安溪铁观音 500克", "茶叶", 168, 0.45), ("武夷山大红袍 250克", "茶叶", 298, 0.50),
    ("普洱熟茶饼 357克", "茶叶", 198, 0.40), ("普洱生茶饼 357克", "茶叶", 258, 0.40),
    ("正山小种 250克", "茶叶", 128, 0.45), ("金骏眉 250克", "茶叶", 358, 0.50),
    ("峨眉竹叶青 250克", "茶叶", 228, 0.50), ("蒙顶甘露 250克", "茶叶", 198, 0.50),
    ("碧潭飘雪 250克", "茶叶", 88, 0.45), ("福鼎白茶寿眉饼 350克", "茶叶", 158, 0.45),
    ("白毫银针 250克", "茶叶", 428, 0.55), ("六安瓜片 250克", "茶叶", 218, 0.50),
    ("滇红工夫 250克", "茶叶", 98, 0.45), ("杭白菊 50克", "茶叶", 28, 0.40), ("苦荞茶 500克", "茶叶", 38, 0.50),
    ("宜兴紫砂壶", "茶具", 488, 0.40), ("白瓷盖碗套装", "茶具", 128, 0.45), ("玻璃公道杯", "茶具", 38, 0.40),
    ("便携旅行茶具", "茶具", 168, 0.45), ("竹制茶盘", "茶具", 258, 0.50),
    ("广式双黄白莲蓉月饼礼盒", "月饼", 268, 0.55), ("冰皮月饼礼盒", "月饼", 198, 0.50),
    ("苏式鲜肉月饼 6枚", "月饼", 48, 0.60), ("云腿月饼 4枚", "月饼", 68, 0.55), ("五仁月饼礼盒", "月饼", 158, 0.55),
    ("新春茶礼盒", "礼盒", 598, 0.60), ("年货坚果大礼包", "礼盒", 328, 0.65), ("中秋茶月礼盒", "礼盒", 458, 0.60),
    ("四川特产礼盒", "礼盒", 268, 0.60), ("企业定制茶礼盒", "礼盒", 888, 0.55),
    ("每日坚果 30袋", "坚果", 128, 0.70), ("碧根果 500克", "坚果", 58, 0.72), ("夏威夷果 500克", "坚果", 48, 0.72),
    ("开心果 500克", "坚果", 68, 0.75), ("巴旦木 500克", "坚果", 52, 0.75), ("新疆薄皮核桃 1000克", "坚果", 38, 0.70),
    ("香榧 250克", "坚果", 168, 0.65),
    ("汉源花椒 250克", "土特产", 36, 0.55), ("四川腊肠 500克", "土特产", 68, 0.60),
    ("川味腊肉 500克", "土特产", 88, 0.60), ("张飞牛肉 4包", "土特产", 48, 0.60), ("灯影牛肉丝", "土特产", 32, 0.60),
    ("郫县豆瓣 1000克", "土特产", 28, 0.60), ("云南野生菌干", "土特产", 128, 0.60), ("东北黑木耳", "土特产", 38, 0.60),
    ("宁夏枸杞 500克", "滋补", 58, 0.50), ("新疆若羌红枣", "滋补", 45, 0.55), ("土蜂蜜 1000克", "滋补", 68, 0.50),
    ("桂圆干 500克", "滋补", 42, 0.60),
    ("绿豆糕", "糕点", 28, 0.50), ("桃酥", "糕点", 22, 0.50), ("凤梨酥", "糕点", 38, 0.55),
    ("蜜饯果脯", "糕点", 26, 0.50),
    ("嘉兴鲜肉粽 10只", "粽子", 98, 0.55), ("蛋黄肉粽礼盒", "粽子", 128, 0.55),
)  # fmt: skip
SEASONS = ("normal", "spring", "autumn", "dragon", "double11")
# How much each category sells in each season (relative).
CATEGORY_SEASON: dict[str, tuple[float, ...]] = {
    "茶叶": (1.0, 1.2, 0.8, 1.0, 1.3),
    "茶具": (0.25, 0.3, 0.2, 0.2, 0.8),
    "月饼": (0.0, 0.0, 3.0, 0.0, 0.0),
    "礼盒": (0.15, 2.5, 1.8, 0.4, 0.6),
    "坚果": (0.6, 1.5, 0.6, 0.6, 1.5),
    "土特产": (0.5, 1.2, 0.4, 0.5, 0.5),
    "滋补": (0.4, 0.6, 0.3, 0.4, 0.5),
    "糕点": (0.4, 0.4, 0.2, 0.3, 0.3),
    "粽子": (0.0, 0.0, 0.0, 3.0, 0.0),
}
# What each kind of customer buys more or less of.
KIND_CATEGORY: dict[str, dict[str, float]] = {
    "regular": {},
    "gift": {"礼盒": 4.0, "月饼": 2.0, "茶具": 1.5},
    "wholesale": {"茶叶": 3.0, "坚果": 1.5, "茶具": 0.2, "礼盒": 0.3},
    "corporate": {"礼盒": 8.0, "月饼": 3.0, "坚果": 0.5, "糕点": 0.2},
    "bargain": {"坚果": 2.5, "糕点": 2.5, "茶叶": 0.4, "礼盒": 0.3, "茶具": 0.1},
}
# Share of customers by kind ('potential' customers have not bought yet).
KINDS: tuple[tuple[str, float], ...] = (
    ("regular", 73.5), ("gift", 12), ("wholesale", 1.5), ("corporate", 1), ("bargain", 4), ("potential", 8),
)  # fmt: skip
# Purchases a year: log-normal, median exp(MU) before the kind's factor. Tuned so that a
# run averages about ten purchases per customer, a few customers buying hundreds.
RATE_MU = 1.52
RATE_SIGMA = 1.05
KIND_RATE = {"regular": 1.0, "gift": 0.8, "wholesale": 4.0, "corporate": 0.7, "bargain": 1.2, "potential": 0.0}
MAX_PURCHASES = 600
CHANNELS = ("门店", "微信", "电话", "美团", "抖音", "淘宝")


def _item_tables() -> dict[str, list[Picker]]:
    """One weighted item table per kind of customer and season."""
    tables: dict[str, list[Picker]] = {}
    for kind, _ in KINDS:
        mult = KIND_CATEGORY.get(kind, {})
        tables[kind] = [
            Picker((i, CATEGORY_SEASON[cat][s] * mult.get(cat, 1.0)) for i, (_, cat, _, _) in enumerate(ITEMS))
            for s in range(len(SEASONS))
        ]
    return tables


ITEM_TABLES = _item_tables()  # ITEM_TABLES[kind][season].pick(rng): an index into ITEMS
