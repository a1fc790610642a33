"""What the demo shop sells, and in which season."""

from __future__ import annotations

import random
from collections import Counter

from smallcrm.domain.demo.goods import ITEM_TABLES, ITEMS, KINDS, SEASONS


def _categories(kind: str, season: int) -> Counter[str]:
    rng = random.Random(1)
    return Counter(ITEMS[ITEM_TABLES[kind][season].pick(rng)][1] for _ in range(5000))


def test_every_kind_of_customer_has_an_item_table_for_every_season() -> None:
    assert set(ITEM_TABLES) == {kind for kind, _ in KINDS}
    assert all(len(tables) == len(SEASONS) for tables in ITEM_TABLES.values())


def test_mooncakes_sell_only_before_mid_autumn_and_zongzi_only_before_dragon_boat() -> None:
    normal, autumn, dragon = SEASONS.index("normal"), SEASONS.index("autumn"), SEASONS.index("dragon")
    assert _categories("regular", normal)["月饼"] == 0
    assert _categories("regular", autumn)["月饼"] > 0
    assert _categories("regular", normal)["粽子"] == 0
    assert _categories("regular", dragon)["粽子"] > 0


def test_corporate_customers_buy_gift_boxes_most() -> None:
    assert _categories("corporate", SEASONS.index("spring")).most_common(1)[0][0] == "礼盒"


def test_every_item_has_a_price_and_a_cost_below_it() -> None:
    assert all(price > 0 and 0 < ratio < 1 for _, _, price, ratio in ITEMS)
