"""KPIs per month, tier and staff member on a seven-customer shop, every number worked
out by hand below from the rules in domain.kpis (the shop is too small for the churn
model, so lost means no purchase for 365 days, at risk 180, or marked by the owner)."""

from __future__ import annotations

import datetime as dt

import pytest

from smallcrm.domain.analysis import kpis
from smallcrm.domain.analysis import result as analysis
from smallcrm.domain.customers.commands import create_customer, update_customer
from smallcrm.domain.records.interactions import add_interaction
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.store.models import Customer

AS_OF = dt.date(2025, 3, 15)  # three months: January, February, 1-15 March 2025
D = dt.date


@pytest.fixture
def shop(crm) -> dict[str, int]:
    """Profit (yuan) = amount − cost; every contact costs ¥10 (the default service cost).

    A 2024-10-01 1000−400=600, 2025-01-10 500−200=300; feedback 5 on 01-12; complaint 03-05 (open)
    B 2024-02-10 200−100=100, then nothing (idle 356 days on 01-31, 384 on 02-28: lost in February)
    C 2025-01-20 300−100=200 (new in January); feedback 3 on 01-22; complaint 01-25, resolved 02-03
    D 2025-02-05 100−50=50 (new in February), 2025-03-02 100−50=50; feedback 4 on 02-06
    E 2024-12-01 400−100=300; marked lost by the owner on 2025-03-10 (our fault)
    F never bought
    G 2023-12-01 100−50=50 (lost before January: idle 396 days on 2024-12-31), 2025-02-14 80−30=50 (back)
    A and B are 小王's customers.
    """
    c = {}
    for name in "ABCDEFG":
        c[name] = create_customer({"name": name, "staff": "小王" if name in "AB" else ""}).id
    Customer.update(created_at=dt.datetime(2023, 1, 1, 9)).execute()
    for name, day, amount, cost in (
        ("A", D(2024, 10, 1), "1000", "400"),
        ("A", D(2025, 1, 10), "500", "200"),
        ("B", D(2024, 2, 10), "200", "100"),
        ("C", D(2025, 1, 20), "300", "100"),
        ("D", D(2025, 2, 5), "100", "50"),
        ("D", D(2025, 3, 2), "100", "50"),
        ("E", D(2024, 12, 1), "400", "100"),
        ("G", D(2023, 12, 1), "100", "50"),
        ("G", D(2025, 2, 14), "80", "30"),
    ):
        add_purchase(c[name], {"date": day, "amount": amount, "cost": cost})
    for name, day, kind, score in (
        ("A", D(2025, 1, 12), "feedback", 5),
        ("C", D(2025, 1, 22), "feedback", 3),
        ("D", D(2025, 2, 6), "feedback", 4),
    ):
        add_interaction(c[name], {"kind": kind, "at": day, "satisfaction": score})
    complaint = add_interaction(c["C"], {"kind": "complaint", "at": D(2025, 1, 25)})
    complaint.status, complaint.resolved_at = "resolved", dt.datetime(2025, 2, 3, 15)
    complaint.save()
    add_interaction(c["A"], {"kind": "complaint", "at": D(2025, 3, 5)})
    update_customer(c["E"], {"churn_status": "churned", "churn_reason": "fault", "churned_on": "2025-03-10"})
    return c


@pytest.fixture
def result(shop: dict[str, int]) -> kpis.Kpis:
    return analysis.analyse(AS_OF).kpis(3)


def column(result: kpis.Kpis, key: str) -> list:
    return [row[key] for row in result.overall]


def test_the_months_end_on_the_as_of_day(result: kpis.Kpis) -> None:
    assert [(r["month"], r["from"], r["to"]) for r in result.overall] == [
        ("2025-01", "2025-01-01", "2025-01-31"),
        ("2025-02", "2025-02-01", "2025-02-28"),
        ("2025-03", "2025-03-01", "2025-03-15"),
    ]


def test_customers_at_start_new_and_their_rate(result: kpis.Kpis) -> None:
    # At the end of December A, B (at risk) and E are customers; G is lost, C and D have not bought.
    # End of January: A, B, C, E. End of February: A, C, D, E and G (back); B is lost.
    assert column(result, "customers_at_start") == [3, 4, 5]
    assert column(result, "new") == [1, 1, 0]
    assert column(result, "new_rate") == [pytest.approx(1 / 3, abs=1e-6), 0.25, 0.0]


def test_churned_reactivated_and_the_monthly_churn_rate(result: kpis.Kpis, shop: dict[str, int]) -> None:
    assert column(result, "churned") == [0, 1, 1]  # B by the 365-day rule, E marked by the owner
    assert column(result, "churn_rate") == [0.0, 0.25, 0.2]
    assert column(result, "reactivated") == [0, 1, 0]  # G bought again
    assert result.customers("churned", 1).tolist() == [shop["B"]]
    assert result.customers("churned", 2).tolist() == [shop["E"]]
    assert result.customers("reactivated", 1).tolist() == [shop["G"]]
    assert result.customers("new", 0).tolist() == [shop["C"]]
    assert result.overall[1]["churned_by_reason"]["rule"] == 1
    assert result.overall[2]["churned_by_reason"]["fault"] == 1


def test_upgrades_and_downgrades_between_month_ends(result: kpis.Kpis, shop: dict[str, int]) -> None:
    """Tiers over the 12 months to each month end (high: the best making 80 % of the profit):
    31 Dec: A 600, E 300, B 100 -> 80 % of 1000 = 800 reached by A+E: high A E, medium B, none C D F G.
    31 Jan: A 890, E 300, C 180, B 100 -> 80 % of 1470 = 1176 by A+E (1190): C none -> medium (up).
    28 Feb: B's purchase leaves the window; D 40, G 50 -> 80 % of 1460 = 1168 by A+E: high A E,
            medium C D G, none B F: B down, D and G up.
    15 Mar: A 880 (a complaint), D 90 -> 80 % of 1500 = 1200 needs A+E+C (1360): C medium -> high (up)."""
    assert column(result, "upgraded") == [1, 2, 1]
    assert column(result, "downgraded") == [0, 1, 0]
    assert column(result, "upgrade_rate") == [
        pytest.approx(1 / 7, abs=1e-6),
        pytest.approx(2 / 7, abs=1e-6),
        pytest.approx(1 / 7, abs=1e-6),
    ]
    assert sorted(result.customers("upgraded", 1).tolist()) == [shop["D"], shop["G"]]
    assert result.customers("downgraded", 1).tolist() == [shop["B"]]
    assert result.customers("upgraded", 2).tolist() == [shop["C"]]


def test_average_profit_per_active_customer(result: kpis.Kpis) -> None:
    """Active in a month: a purchase by its end and not lost at its start.
    January: A 300 − 10, C 200 − 10 − 10, B and E nothing -> 470 / 4 customers = ¥117.50.
    February: D 50 − 10; G bought but was lost at the start, so is not counted -> 40 / 5 (A B C D E) = ¥8.
    March: D 50, A's complaint − 10 -> 40 / 5 (A C D E G) = ¥8."""
    assert column(result, "avg_profit_cents") == [11750, 800, 800]


def test_satisfaction_and_complaints_per_month(result: kpis.Kpis) -> None:
    assert column(result, "avg_satisfaction") == [4.0, 4.0, None]  # (5 + 3) / 2, then 4, then none given
    assert column(result, "satisfaction_scores") == [2, 1, 0]
    assert column(result, "complaints_opened") == [1, 0, 1]
    assert column(result, "complaints_resolved") == [0, 1, 0]


def test_kpis_per_tier_group_customers_by_their_tier_at_the_previous_month_end(result: kpis.Kpis) -> None:
    # January: C was 'none' at the end of December and moved up; B ('medium') was at risk, still a customer.
    assert result.by_tier["none"][0]["upgraded"] == 1
    assert result.by_tier["high"][0]["customers_at_start"] == 2  # A and E
    assert result.by_tier["medium"][0]["customers_at_start"] == 1  # B
    # February: B was medium at the end of January and was lost.
    assert result.by_tier["medium"][1]["churned"] == 1
    assert result.by_tier["medium"][1]["downgraded"] == 1
    assert list(result.by_tier) == ["high", "medium", "none", "loss"]


def test_kpis_per_staff_member(result: kpis.Kpis) -> None:
    by_name = {s["staff"]: s["months"] for s in result.by_staff}
    assert set(by_name) == {"", "小王"}
    assert [m["customers_at_start"] for m in by_name["小王"]] == [2, 2, 1]  # A and B, then A
    assert [m["churned"] for m in by_name["小王"]] == [0, 1, 0]
    assert [m["new"] for m in by_name[""]] == [1, 1, 0]


def test_json_shape(result: kpis.Kpis) -> None:
    data = result.as_dict()
    assert set(data) == {"months", "by_tier", "by_staff"}
    assert set(kpis.KEYS) <= set(data["months"][0])
