"""Every customer's tier, RFM group, age band and lifecycle stage as the help texts say
(``analysis.segment_table``)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm import settings
from smallcrm.domain.analysis import segments
from smallcrm.domain.analysis.config import Config
from smallcrm.domain.analysis.result import analyse
from smallcrm.domain.analysis.segment_names import builtin_names
from smallcrm.domain.analysis.segment_table import (
    HIGH,
    LIFECYCLE,
    LOSS,
    MEDIUM,
    NONE,
    RFM_GROUPS,
    RFM_MAP,
    TIERS,
    profit_tiers,
    quintile_scores,
)
from smallcrm.errors import UserError
from smallcrm.store.models import Customer
from tests.domain.analysis.tier_shop import AS_OF, D, buy, contact, customer


def names_of(ids: list[int], by_id: dict[int, str]) -> list[str]:
    return sorted(by_id[i] for i in ids)


def test_profit_tiers_follow_the_80_percent_rule(tier_shop: dict[str, int]) -> None:
    # Earning customers: 5000 + 3000 + 1500 + 490 + 200 = 10190; 80 % of it is 8152.
    # A + B = 8000 falls short, A + B + C = 9500 reaches it: A, B and C are high profit.
    by_id = {v: k for k, v in tier_shop.items()}
    assert names_of(segments.segment_ids("tier:high", AS_OF), by_id) == ["A", "B", "C"]
    assert names_of(segments.segment_ids("tier:medium", AS_OF), by_id) == ["D", "J"]
    assert names_of(segments.segment_ids("tier:none", AS_OF), by_id) == ["E", "H", "I"]
    assert names_of(segments.segment_ids("tier:loss", AS_OF), by_id) == ["F", "G"]


def test_tier_profit_is_revenue_minus_cost_minus_service(tier_shop: dict[str, int]) -> None:
    result = analyse(AS_OF)
    profit = dict(zip(result.facts.ids.tolist(), result.segments.profit.tolist(), strict=True))
    assert profit[tier_shop["D"]] == 49000  # cents: 1000 − 500 − 10 yuan
    assert profit[tier_shop["F"]] == -2000
    assert result.segments.high_threshold == 150000
    summary = segments.summary(result)
    # Total profit 10190 − 20 − 50 = 10120 yuan; the high tier's share is 9500 / 10120.
    assert summary["profit_cents"] == 1012000
    assert summary["segments"]["tier"]["high"]["profit_share"] == pytest.approx(9500 / 10120, abs=1e-6)
    assert summary["segments"]["tier"]["high"]["count"] == 3


def test_tier_settings_move_the_boundaries(tier_shop: dict[str, int]) -> None:
    by_id = {v: k for k, v in tier_shop.items()}
    # Half the profit: A alone (5000 of 10190) reaches 50 %.
    settings.put_many({"tier_high_profit_percent": 50, "service_cost_cents": 0, "tier_no_profit_cents": 60000})
    # Without service cost F is at 0 (no profit) and D earns 500; up to ¥600 counts as no profit.
    assert names_of(segments.segment_ids("tier:high", AS_OF), by_id) == ["A"]
    assert names_of(segments.segment_ids("tier:medium", AS_OF), by_id) == ["B", "C"]
    assert names_of(segments.segment_ids("tier:none", AS_OF), by_id) == ["D", "E", "F", "H", "I", "J"]
    assert names_of(segments.segment_ids("tier:loss", AS_OF), by_id) == ["G"]


def test_customers_tied_with_the_last_high_one_are_high_too() -> None:
    # 300 + 100 = 400 reaches 80 % of 500 at the second customer; the third, tied at 100, joins.
    profit = np.array([300, 100, 100, 50, 0, -5])
    tier, threshold = profit_tiers(profit, np.ones(6, dtype=bool), 80, 0)
    assert threshold == 100
    assert [TIERS[t] for t in tier] == ["high", "high", "high", "medium", "none", "loss"]


@given(
    st.lists(st.tuples(st.integers(-10_000, 10_000), st.booleans()), max_size=40),
    st.integers(0, 100),
    st.integers(0, 500),
)
def test_profit_tiers_follow_the_rules_for_any_profits(
    rows: list[tuple[int, bool]], high_percent: int, no_profit: int
) -> None:
    # The rules of the docstring, one customer at a time: unknown -1; loss below 0; none up
    # to the no-profit limit; of the rest, high from the best down to the first whose running
    # total reaches the percentage (and everyone tied with them), medium below.
    profit = np.array([p for p, _ in rows], dtype=np.int64)
    known = np.array([k for _, k in rows], dtype=bool)
    ranked = sorted((p for p, k in rows if k and p > no_profit), reverse=True)
    threshold = None
    if ranked and high_percent > 0:
        total, running = sum(ranked), 0
        for value in ranked:
            running += value
            if running * 100 >= high_percent * total:
                break
        threshold = value

    def rule(p: int, k: bool) -> int:
        if not k:
            return -1
        if p < 0:
            return LOSS
        if p <= no_profit:
            return NONE
        return HIGH if threshold is not None and p >= threshold else MEDIUM

    tier, found = profit_tiers(profit, known, high_percent, no_profit)
    assert found == threshold
    assert tier.dtype == np.int8 and tier.tolist() == [rule(p, k) for p, k in rows]


def test_an_unknown_setting_value_is_refused(crm) -> None:
    settings.put("tier_high_profit_percent", 120)
    with pytest.raises(UserError, match="between 0 and 100"):
        Config.from_settings()


def test_quintile_scores_give_equal_values_equal_scores() -> None:
    # 1 + ⌊5 × (values strictly lower) / n⌋ with n = 4: lower counts 0, 0, 2, 3.
    assert quintile_scores(np.array([1, 1, 2, 3])).tolist() == [1, 1, 3, 4]
    assert quintile_scores(np.array([10, 40, 30, 20, 50])).tolist() == [1, 4, 3, 2, 5]


@given(st.lists(st.integers(-(2**40), 2**40), min_size=1, max_size=60), st.integers(0, 50), st.booleans())
def test_quintile_scores_count_strictly_lower_values_on_both_paths(values: list[int], span: int, narrow: bool) -> None:
    # Narrow ranges take the counting path, wide ones the sort: both must count, for every
    # value, the values strictly below it.
    array = np.array([v % (span + 1) - span // 2 for v in values] if narrow else values, dtype=np.int64)
    lower = np.array([sum(other < v for other in array) for v in array])
    assert quintile_scores(array).tolist() == (1 + (5 * lower) // len(array)).tolist()


def test_the_rfm_map_covers_every_cell_as_the_help_says() -> None:
    cells = {(r, fm): RFM_GROUPS[RFM_MAP[r - 1, fm - 1]] for r in range(1, 6) for fm in range(1, 6)}
    assert cells[(5, 5)] == cells[(5, 4)] == "champions"
    assert cells[(3, 4)] == cells[(4, 5)] == "loyal"
    assert cells[(4, 2)] == cells[(5, 3)] == "potential_loyalist"
    assert cells[(5, 1)] == "new"
    assert cells[(4, 1)] == "promising"
    assert cells[(3, 3)] == "need_attention"
    assert cells[(3, 1)] == cells[(3, 2)] == "about_to_sleep"
    assert cells[(1, 3)] == cells[(2, 4)] == "at_risk"
    assert cells[(1, 5)] == cells[(2, 5)] == "cant_lose"
    assert cells[(1, 1)] == cells[(2, 2)] == "hibernating"
    assert set(cells.values()) == set(RFM_GROUPS)


def test_rfm_groups_of_five_customers(crm) -> None:
    """Recency (days before 2025-06-30), frequency (purchase days), monetary (yuan):
    c1 1/5/500, c2 10/1/10, c3 30/3/300, c4 100/4/400, c5 300/2/200. With five distinct
    values each score is the rank: R c1..c5 = 5,4,3,2,1; F = M = 5,1,3,4,2; FM = ⌈(F+M)/2⌉.
    Groups: c1 R5 FM5 champions, c2 R4 FM1 promising, c3 R3 FM3 need attention,
    c4 R2 FM4 at risk, c5 R1 FM2 hibernating."""
    c = {n: customer(n) for n in ("c1", "c2", "c3", "c4", "c5", "nobody")}
    for k in range(5):
        buy(c["c1"], D(2025, 6, 29) - dt.timedelta(days=7 * k), "100")
    buy(c["c2"], D(2025, 6, 20), "10")
    for k in range(3):
        buy(c["c3"], D(2025, 5, 31) - dt.timedelta(days=20 * k), "100")
    for k in range(4):
        buy(c["c4"], D(2025, 3, 22) - dt.timedelta(days=20 * k), "100")
    buy(c["c5"], D(2024, 9, 3), "100")
    buy(c["c5"], D(2024, 8, 1), "100")
    result = analyse(AS_OF)
    s = result.segments
    order = [list(result.facts.ids).index(c[n]) for n in ("c1", "c2", "c3", "c4", "c5")]
    assert s.recency[order].tolist() == [1, 10, 30, 100, 300]
    assert s.r_score[order].tolist() == [5, 4, 3, 2, 1]
    assert s.f_score[order].tolist() == [5, 1, 3, 4, 2]
    assert s.m_score[order].tolist() == [5, 1, 3, 4, 2]
    assert [RFM_GROUPS[g] for g in s.rfm[order]] == [
        "champions",
        "promising",
        "need_attention",
        "at_risk",
        "hibernating",
    ]
    assert s.rfm[list(result.facts.ids).index(c["nobody"])] == -1
    assert segments.segment_ids("rfm:champions", AS_OF) == [c["c1"]]


def test_age_bands_from_solar_and_lunar_birthdays(crm) -> None:
    c = {
        "23": customer("a", birthday="2001-07-01"),  # 24th birthday tomorrow: still 23
        "25": customer("b", birthday="2000-06-30"),  # 25 today
        "64": customer("c", birthday="1960-07-01"),
        "65": customer("d", birthday="1960-06-30"),
        "?": customer("e", birthday="06-30"),  # no year
        "none": customer("f"),
        "lunar 35": customer("g", birthday="lunar 1990-01-01"),  # lunar 2025-06 is past the lunar new year
    }
    by_id = {v: k for k, v in c.items()}
    assert names_of(segments.segment_ids("age:under_25", AS_OF), by_id) == ["23"]
    assert names_of(segments.segment_ids("age:25_34", AS_OF), by_id) == ["25"]
    assert names_of(segments.segment_ids("age:35_44", AS_OF), by_id) == ["lunar 35"]
    assert names_of(segments.segment_ids("age:55_64", AS_OF), by_id) == ["64"]
    assert names_of(segments.segment_ids("age:65_plus", AS_OF), by_id) == ["65"]
    assert names_of(segments.segment_ids("age:unknown", AS_OF), by_id) == ["?", "none"]


def test_a_29_february_birthday_counts_on_28_february(crm) -> None:
    cid = customer("闰年", birthday="2000-02-29")
    assert segments.segment_ids("age:25_34", D(2025, 2, 28)) == [cid]  # 25 on the 28th in 2025
    assert segments.segment_ids("age:under_25", D(2025, 2, 27)) == [cid]


def test_income_bands_as_recorded_in_money_order(crm) -> None:
    low = customer("a", income_band="<5千")
    mid = customer("b", income_band="5千-1万")
    mid2 = customer("c", income_band=" 5千-1万 ")
    high = customer("d", income_band="2万以上")
    unknown = customer("e")
    result = analyse(AS_OF)
    assert result.facts.income_bands == ["<5千", "5千-1万", "2万以上", ""]
    counts = {k: v["count"] for k, v in segments.summary(result, ("income",))["segments"]["income"].items()}
    assert counts == {"<5千": 1, "5千-1万": 2, "2万以上": 1, "": 1}
    assert segments.segment_ids("income:5千-1万", AS_OF) == [mid, mid2]
    assert segments.segment_ids("income:", AS_OF) == [unknown]
    # As SQL, the same customers.
    query = Customer.select(Customer.id).where(segments.segment_condition("income:5千-1万")).order_by(Customer.id)
    assert [c.id for c in query] == [mid, mid2]
    assert low and high


def test_every_spelling_of_a_band_is_one_band_and_other_words_are_one_other_band(crm) -> None:
    """Issue 15.6: each spelling of an income was its own band in the analysis."""
    spelled = [customer(n, income_band=t) for n, t in (("a", "5000-10000"), ("b", "5千-1万"), ("c", "5k-1w"))]
    own_words = [customer("d", income_band="中等"), customer("e", income_band="高收入")]
    unknown = customer("f")
    result = analyse(AS_OF)
    groups = segments.summary(result, ("income",))["segments"]["income"]

    assert {k: (v["label"], v["count"]) for k, v in groups.items()} == {
        "5千-1万": ("5千-1万", 3),
        "other": ("Other income", 2),
        "": ("Income not recorded", 1),
    }
    assert segments.segment_ids("income:5千-1万", AS_OF) == spelled
    assert segments.segment_ids("income:other", AS_OF) == own_words
    assert segments.segment_ids("income:中等", AS_OF) == own_words[:1]  # one text of it, as before
    for name, ids in (("income:other", own_words), ("income:", [unknown]), ("income:中等", own_words[:1])):
        query = Customer.select(Customer.id).where(segments.segment_condition(name)).order_by(Customer.id)
        assert [c.id for c in query] == ids
    names = builtin_names()
    assert [n for n in names if n.startswith("income:")] == ["income:5千-1万", "income:other", "income:"]


def test_lifecycle_stages_follow_the_written_rules(crm) -> None:
    c = {}

    def person(name: str, days: list[dt.date]) -> int:
        cid = customer(name)
        for day in days:
            buy(cid, day, "100")
        c[name] = cid
        return cid

    person("potential", [])
    n1 = person("new, two lines one day", [D(2025, 6, 1), D(2025, 6, 1)])
    n2 = person("new, then a refund", [D(2025, 5, 1)])
    buy(n2, D(2025, 5, 10), "100", refund=True)  # a refund-only day is no purchase day
    person("satisfied, came back", [D(2025, 1, 1), D(2025, 2, 1)])
    s2 = person("satisfied, said so", [D(2025, 6, 1)])
    contact(s2, D(2025, 6, 2), kind="feedback", satisfaction=5)
    person("retained", [D(2025, 1, 1), D(2025, 3, 1), D(2025, 5, 1)])
    r2 = person("held back, complaint open", [D(2025, 1, 1), D(2025, 3, 1), D(2025, 5, 1)])
    contact(r2, D(2025, 5, 2), kind="complaint")
    r3 = person("held back, unhappy", [D(2025, 1, 1), D(2025, 3, 1), D(2025, 5, 1)])
    contact(r3, D(2025, 4, 1), kind="feedback", satisfaction=5)
    contact(r3, D(2025, 5, 2), kind="feedback", satisfaction=2)  # the latest score counts
    six = [D(2023, 6, 1), D(2023, 12, 1), D(2024, 3, 1), D(2024, 9, 1), D(2025, 1, 1), D(2025, 6, 1)]
    person("loyal", six)
    person("retained, five days", six[:4] + six[5:])
    person("lapsed", [*six[:3], D(2024, 4, 1), D(2024, 5, 1), D(2024, 6, 30)])  # last on the 12-month line
    person("just recent", [*six[:3], D(2024, 4, 1), D(2024, 5, 1), D(2024, 7, 1)])  # the day after it
    person("too young to be loyal", [D(2023, 7, 1), *six[1:]])  # first purchase 23 months ago
    expected = {
        "potential": "potential",
        "new, two lines one day": "new",
        "new, then a refund": "new",
        "satisfied, came back": "satisfied",
        "satisfied, said so": "satisfied",
        "retained": "retained",
        "held back, complaint open": "satisfied",
        "held back, unhappy": "satisfied",
        "loyal": "loyal",
        "retained, five days": "retained",
        "lapsed": "satisfied",
        "just recent": "loyal",
        "too young to be loyal": "retained",
    }
    by_id = {v: k for k, v in c.items()}
    got = {by_id[i]: stage for stage in LIFECYCLE for i in segments.segment_ids(f"lifecycle:{stage}", AS_OF)}
    assert got == expected
    assert n1
