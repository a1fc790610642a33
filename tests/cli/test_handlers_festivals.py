"""festivals and festival as scripts use them (cli/handlers_festivals)."""

from __future__ import annotations

from typing import Any


def test_festivals_lists_the_built_in_ones_with_their_dates(shop: Any) -> None:
    listed = shop("festivals", "--year", "2026")
    assert listed["year"] == 2026
    assert [(f["key"], f["dates"]) for f in listed["festivals"]] == [
        ("spring_festival", ["2026-02-17"]),
        ("dragon_boat", ["2026-06-19"]),
        ("mid_autumn", ["2026-09-25"]),
    ]


def test_an_added_festival_is_listed_and_can_be_switched_off(shop: Any) -> None:
    added = shop("festival", "add", "--name", "七夕", "--on", "农历七月初七")["festival"]
    assert (added["calendar"], added["text"]) == ("lunar", "农历七月初七")
    shop("festival", "off", str(added["id"]))
    listed = shop("festivals", "--year", "2025")["festivals"]
    assert (listed[-1]["name"], listed[-1]["dates"], listed[-1]["greet"]) == ("七夕", ["2025-08-29"], False)
