"""Commission (提成): what a staff member earns on what they sold, by the shop's rules.

The articles' seed: judge staff by results and reward them. A rule gives a percentage
of sales (what was paid, returns taken off) or of gross profit (paid less the cost
of the goods), for one staff member, for one category of goods, or for one staff
member in one category, or for everyone on everything. The most particular rule
decides each line: a staff member's rule for the category, then the staff member's
own rule, then the category's rule for everyone, then the rule for everyone; a line
no rule covers, or with no staff member on it, earns nothing.

Money stays exact: the lines one rule covers are added up first, then the percentage
is taken once, half up to the cent. A month in which more came back than was sold
gives a negative commission: what was paid on those sales is taken back.

The rules live in the shop's settings (``commission_rules``, a JSON list, checked by
``settings``), so a backup carries them and no migration is needed; staff members are
kept by id, so a renamed one keeps their rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, cast

from smallcrm import settings
from smallcrm.domain.customers.staff import find_staff
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import Staff

KEY = "commission_rules"
BASES = settings.COMMISSION_BASES  # 'sales' | 'profit'


@dataclass(frozen=True)
class Rule:
    staff_id: int | None  # None: every staff member
    category: str  # '': every category
    percent: Decimal
    of: str  # 'sales' | 'profit'

    @property
    def scope(self) -> tuple[int | None, str]:
        return self.staff_id, self.category


def rules() -> list[Rule]:
    """The shop's commission rules, as stored."""
    return [
        Rule(r["staff_id"], r["category"], Decimal(r["percent"]), r["of"])
        for r in settings.get(KEY)
        if isinstance(r, dict)
    ]


def rule_rows(current: Iterable[Rule] | None = None) -> list[dict[str, Any]]:
    """The rules for the CLI's JSON and the window: each with the staff member's name."""
    found = list(rules() if current is None else current)
    names = dict(cast("Iterable[tuple[int, str]]", Staff.select(Staff.id, Staff.name).tuples()))
    return [
        {
            "staff_id": r.staff_id,
            "staff": "" if r.staff_id is None else names.get(r.staff_id, ""),
            "category": r.category,
            "percent": _text(r.percent),
            "of": r.of,
        }
        for r in found
    ]


def _text(percent: Decimal) -> str:
    return format(percent.normalize(), "f")


def _stored(found: Iterable[Rule]) -> list[dict[str, Any]]:
    return [{"staff_id": r.staff_id, "category": r.category, "percent": _text(r.percent), "of": r.of} for r in found]


def save_rules(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Replace every rule (the window's rules dialog): each row names its staff member
    by ``staff_id`` (or None for everyone), a ``category`` ('' for all), a ``percent``
    and what it is ``of``. All or nothing; returns the rules as ``rule_rows`` gives them."""
    stored = [
        {"staff_id": row.get("staff_id"), "category": row.get("category") or "", "percent": row.get("percent"),
         "of": row.get("of")}
        for row in rows
    ]  # fmt: skip
    with db.atomic():
        settings.put(KEY, stored)
    return rule_rows()


def set_rule(staff: object, category: str, percent: object, of: str) -> list[dict[str, Any]]:
    """Add a rule, or change the one for the same staff member (None or '': everyone)
    and category ('': every category). Returns all the rules."""
    staff_id = _staff_id(staff)
    category = (category or "").strip()
    current = [r for r in rules() if r.scope != (staff_id, category)]
    new = {"staff_id": staff_id, "category": category, "percent": percent, "of": of}
    with db.atomic():
        settings.put(KEY, [*_stored(current), new])
    return rule_rows()


def remove_rule(staff: object, category: str) -> list[dict[str, Any]]:
    """Remove the rule for a staff member (None or '': everyone) and category."""
    staff_id = _staff_id(staff)
    category = (category or "").strip()
    current = rules()
    kept = [r for r in current if r.scope != (staff_id, category)]
    if len(kept) == len(current):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no such commission rule to remove."))
    with db.atomic():
        settings.put(KEY, _stored(kept))
    return rule_rows()


def _staff_id(staff: object) -> int | None:
    if staff is None or (isinstance(staff, str) and not staff.strip()):
        return None
    return int(find_staff(staff).id)


def rule_for(found: Mapping[tuple[int | None, str], Rule], staff_id: int | None, category: str) -> Rule | None:
    """The rule deciding a line of ``staff_id`` in ``category`` (``found``: rules by
    scope): the most particular one. A line nobody is named on earns nobody anything."""
    if staff_id is None:
        return None
    for scope in ((staff_id, category), (staff_id, ""), (None, category), (None, "")):
        rule = found.get(scope)
        if rule is not None:
            return rule
    return None


def commission_cents(staff_id: int | None, by_category: Mapping[str, tuple[int, int]], found: Iterable[Rule]) -> int:
    """What ``staff_id`` earns on ``by_category`` (category -> (sales, gross profit) in
    cents): per rule, the percentage of what its lines add up to, half up to the cent."""
    scoped = {r.scope: r for r in found}
    bases: dict[tuple[int | None, str], int] = {}
    for category, (sales, profit) in by_category.items():
        rule = rule_for(scoped, staff_id, category)
        if rule is not None:
            bases[rule.scope] = bases.get(rule.scope, 0) + (sales if rule.of == "sales" else profit)
    return sum(_share(base, scoped[scope].percent) for scope, base in bases.items())


def _share(cents: int, percent: Decimal) -> int:
    return int((Decimal(cents) * percent / 100).to_integral_value(rounding=ROUND_HALF_UP))
