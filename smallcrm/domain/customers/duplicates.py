"""Duplicate customers found after the fact, and the pairs the owner said are two people.

The 'new customer' warning (``customers.lookup.likely_duplicates_of``) stops most duplicates
at the door, but imports with ``allow_duplicate``, two staff typing the same walk-in
customer, or a spreadsheet that lost its leading zeros still leave pairs behind. This
module lists the likely pairs; ``customers.merge`` merges one customer into another
and undoes a merge.

Evidence, strongest first (the order of ``reasons`` and of the list):

- ``customer_no``: the numbers are equal once case, spaces, full-width characters and
  the leading zeros of an all-digit number are ignored. The column is unique, so an
  exact match cannot exist; the forms that slip past the index are the ones
  spreadsheets make ('000123' read as the number 123, or '123.0') and typing makes
  ('c000123 ', 'Ｃ000123'). Leading zeros inside a prefixed number ('C000123' vs
  'C123') are *not* ignored: that is a different number in the shop's own sequence.
- ``phone``: a normalised number shared in any slot (phone with phone, phone2 with
  phone2, or one's phone with the other's phone2). A family's shared landline also
  matches, so a phone pair whose names differ ranks below one whose names agree.
- ``name_address``: same name (ignoring spaces and case) and same street (likewise),
  unless the two are recorded in different cities or districts ('人民路1号' is in
  every city).
- ``name_birthday``: same name and same birthday (calendar, month, day, leap month);
  years must agree where both are known. Weakest when a year is missing: among
  100,000 customers, where common names repeat hundreds of times, one in 365 pairs
  of namesakes shares a day by chance (about 240 such pairs in the demo data), so a
  pair whose years are both known and equal scores as high as a shared address.

Same name alone is never evidence: 张伟 is thousands of people.

No reason compares every customer with every other. Phones are found through their
indexes (candidate numbers from a grouped index scan, then their holders); the two
name reasons are one SQL query each that partitions live customers by the key and
keeps the partitions with more than one member (window ``COUNT(*) OVER``), a sort of
the table; customer numbers are normalised in one linear pass, since SQL has no
NFKC. Python only builds pairs from the members of duplicate groups. Measured at
100,000 demo customers (``demo.generate``) on a busy two-core machine: about 1.3 s of
CPU in all, 0.2 s of it phones and numbers, the rest the two name partitions (a
composite index could not help those: the keys ignore spaces and case). A group
larger than ``BIG_GROUP`` (a placeholder phone such as 13800000000 typed for every
customer without one) is paired as a star around its lowest id instead of every pair
with every other, which keeps the result linear in the group size and is still
enough to merge the whole group step by step.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from peewee import Select, fn

from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.values import phones
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import (
    Customer,
    NotDuplicate,
)

REASONS = ("customer_no", "phone", "name_address", "name_birthday")
REASON_WEIGHTS = {"customer_no": 4, "phone": 3, "name_address": 2, "name_birthday": 1}
SAME_NAME_BONUS = 1  # a shared phone with the same name beats a shared family landline
FULL_BIRTHDAY_BONUS = 1  # the same birthday with the same known year is rarely chance
BIG_GROUP = 10  # above this many members a group is paired as a star, not every pair
CHUNK = 500  # ids per IN (...) list, far below SQLite's bound-parameter limit


# ---------------------------------------------------------------------------------
# Finding pairs


def find_duplicate_pairs(limit: int | None = None) -> list[dict[str, Any]]:
    """Likely duplicate pairs among live customers, strongest evidence first.

    Each pair is ``{"a", "b", "reasons", "a_name", "b_name", "a_phone", "b_phone"}``
    with ``a < b``. The order is deterministic: by evidence score (the weights of the
    reasons, plus a bonus when the names agree), then by ``a`` and ``b``.
    """
    reasons: dict[tuple[int, int], set[str]] = {}

    def add(pairs: Iterable[tuple[int, int]], reason: str) -> None:
        for pair in pairs:
            reasons.setdefault(pair, set()).add(reason)

    full_birthdays: set[tuple[int, int]] = set()
    add(_customer_no_pairs(), "customer_no")
    add(_phone_pairs(), "phone")
    add(_name_address_pairs(), "name_address")
    add(_name_birthday_pairs(full_birthdays), "name_birthday")
    for pair in dismissed_pairs() & reasons.keys():
        del reasons[pair]
    if not reasons:
        return []

    ids = sorted({i for pair in reasons for i in pair})
    info = _brief(ids)

    def score(pair: tuple[int, int]) -> int:
        total = sum(REASON_WEIGHTS[r] for r in reasons[pair])
        a, b = info[pair[0]], info[pair[1]]
        if a["name_key"] and a["name_key"] == b["name_key"]:
            total += SAME_NAME_BONUS
        if pair in full_birthdays:
            total += FULL_BIRTHDAY_BONUS
        return total

    ordered = sorted(reasons, key=lambda pair: (-score(pair), pair))
    if limit is not None:
        ordered = ordered[: max(0, limit)]
    return [
        {
            "a": a,
            "b": b,
            "reasons": [r for r in REASONS if r in reasons[(a, b)]],
            "a_name": info[a]["name"],
            "b_name": info[b]["name"],
            "a_phone": info[a]["phone"],
            "b_phone": info[b]["phone"],
        }
        for a, b in ordered
    ]


def normalise_customer_no(value: str) -> str:
    """The matching form of a customer number (see the module docstring for why):
    'c 000123' -> 'C000123', '000123' and '123.0' -> '123'. Upper case, not case
    folding, so the shop's own numbers are already in this form."""
    text = value or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width letters and digits
    text = phones.without_float_tail("".join(text.split()).upper())  # a number cell read as a float: 123.0
    if text.isdigit():
        text = text.lstrip("0") or "0"
    return text


def _squash(column: Any) -> Any:
    """SQL for a text key that ignores spaces (ASCII and ideographic) and ASCII case."""
    return fn.lower(fn.replace(fn.replace(column, " ", ""), "\u3000", ""))


def _name_key(name: str) -> str:
    """The Python twin of ``_squash`` for names, to compare two fetched rows."""
    return (name or "").replace(" ", "").replace("\u3000", "").lower()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _squashed(text: str) -> str:
    """Exactly what ``_squash`` makes of a text in SQL (SQLite's lower() folds ASCII only)."""
    return (text or "").replace(" ", "").replace("\u3000", "").translate(_ASCII_LOWER)


def evidence(a_id: int, b_id: int) -> list[str]:
    """Why customers ``a_id`` and ``b_id`` look like one person, by the rules the
    duplicates list uses (the module docstring), strongest first; [] when nothing
    but, at most, a common name is shared. Trashed customers are judged all the same:
    the merge refuses them for its own reason."""
    a, b = get_customer(a_id).__data__, get_customer(b_id).__data__
    reasons = []
    if normalise_customer_no(a["customer_no"]) == normalise_customer_no(b["customer_no"]):
        reasons.append("customer_no")
    if {a["phone_norm"], a["phone2_norm"]} & {b["phone_norm"], b["phone2_norm"]} - {""}:
        reasons.append("phone")
    same_name = bool(a["name"] and b["name"]) and _squashed(a["name"]) == _squashed(b["name"])
    same_street = bool(a["street"] and b["street"]) and _squashed(a["street"]) == _squashed(b["street"])
    same_place = all(not a[k] or not b[k] or a[k] == b[k] for k in ("city", "district"))
    if same_name and same_street and same_place:
        reasons.append("name_address")
    day = ("birth_calendar", "birth_month", "birth_day", "birth_leap")
    born = a["birth_month"] is not None and a["birth_day"] is not None
    years = (a["birth_year"], b["birth_year"])
    if same_name and born and all(a[k] == b[k] for k in day) and (None in years or years[0] == years[1]):
        reasons.append("name_birthday")
    return reasons


def _live() -> Any:
    return Customer.deleted_at.is_null()


def _pairs_in(group: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Every pair of a small group; a star around the lowest id for a big one."""
    ids = sorted(set(group))
    if len(ids) > BIG_GROUP:
        yield from ((ids[0], other) for other in ids[1:])
    else:
        yield from itertools.combinations(ids, 2)


def _duplicate_groups(source: Any, keys: Sequence[str], extra: Sequence[str] = ()) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``source`` (a subquery with columns ``keys``, ``cid`` and ``extra``) whose
    key occurs more than once, grouped by key; each row is ``(cid, *extra)``.

    The window count lets SQL drop the singletons (nearly every customer) before
    Python sees anything.
    """
    src = source.alias("src")
    key_cols = [getattr(src.c, k) for k in keys]
    count = fn.COUNT(src.c.cid).over(partition_by=key_cols).alias("n")
    inner = Select([src], [*key_cols, src.c.cid, *(getattr(src.c, e) for e in extra), count]).alias("w")
    outer_keys = [getattr(inner.c, k) for k in keys]
    query = (
        Select([inner], [*outer_keys, inner.c.cid, *(getattr(inner.c, e) for e in extra)])
        .where(inner.c.n > 1)
        .order_by(*outer_keys, inner.c.cid)
        .bind(db)
    )
    width = len(keys)
    for _key, rows in itertools.groupby(db.execute(query), key=lambda row: row[:width]):
        yield [row[width:] for row in rows]


def _phone_pairs() -> Iterator[tuple[int, int]]:
    """Customers sharing a normalised number in either slot.

    Both phone columns are indexed, so SQL finds the candidate numbers without
    reading the table: numbers repeated in ``phone_norm`` (a grouped scan of its
    index, already in order) plus every ``phone2_norm`` (few customers have one).
    Each slot is then searched through its own index for the candidates; the trash
    is filtered here rather than in SQL, because without ANALYZE statistics SQLite
    would answer ``deleted_at IS NULL`` by walking every live customer through the
    deleted_at index. At 100,000 customers this is 0.1 s of CPU, against 0.4 s for
    partitioning every live customer's numbers.
    """
    repeated = (
        Customer.select(Customer.phone_norm)
        .where(Customer.phone_norm != "")
        .group_by(Customer.phone_norm)
        .having(fn.COUNT(Customer.id) > 1)
    )
    candidates = repeated | Customer.select(Customer.phone2_norm).where(Customer.phone2_norm != "")
    columns = (Customer.id, Customer.phone_norm, Customer.phone2_norm, Customer.deleted_at)
    query = Customer.select(*columns).where(Customer.phone_norm.in_(candidates)) | Customer.select(*columns).where(
        Customer.phone2_norm.in_(candidates)
    )
    groups: dict[str, set[int]] = {}
    for cid, first, second, deleted_at in db.execute(query):
        if deleted_at is not None:
            continue
        for number in (first, second):
            if number:  # a customer with one number in both slots is one member, not a pair
                groups.setdefault(number, set()).add(cid)
    for _number, ids in sorted(groups.items()):
        if len(ids) > 1:
            yield from _pairs_in(sorted(ids))


def _name_birthday_pairs(full: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Same name and birthday; a year known on both sides must agree. Pairs whose
    years are both known (and so equal) are also added to ``full``."""
    source = Customer.select(
        _squash(Customer.name).alias("k1"),
        Customer.birth_calendar.alias("k2"),
        Customer.birth_month.alias("k3"),
        Customer.birth_day.alias("k4"),
        Customer.birth_leap.alias("k5"),
        Customer.id.alias("cid"),
        Customer.birth_year.alias("year"),
    ).where(_live() & (Customer.name != "") & Customer.birth_month.is_null(False) & Customer.birth_day.is_null(False))
    for group in _duplicate_groups(source, ["k1", "k2", "k3", "k4", "k5"], ["year"]):
        year = {row[0]: row[1] for row in group}
        for a, b in _pairs_in(list(year)):
            if year[a] is None or year[b] is None:
                yield a, b
            elif year[a] == year[b]:
                full.add((a, b))
                yield a, b


def _name_address_pairs() -> Iterator[tuple[int, int]]:
    """Same name and street, unless recorded in different cities or districts."""
    source = Customer.select(
        _squash(Customer.name).alias("k1"),
        _squash(Customer.street).alias("k2"),
        Customer.id.alias("cid"),
        Customer.city.alias("city"),
        Customer.district.alias("district"),
    ).where(_live() & (Customer.name != "") & (Customer.street != ""))
    for group in _duplicate_groups(source, ["k1", "k2"], ["city", "district"]):
        place = {row[0]: (row[1], row[2]) for row in group}
        for a, b in _pairs_in(list(place)):
            if all(not x or not y or x == y for x, y in zip(place[a], place[b], strict=True)):
                yield a, b


def _customer_no_pairs() -> Iterator[tuple[int, int]]:
    """Numbers equal after normalisation. SQL cannot do NFKC, so this reads the
    (id, number) pairs once, raw (no model rows): linear, about 0.2 s at 100,000."""
    groups: dict[str, list[int]] = {}
    query = Customer.select(Customer.id, Customer.customer_no).where(_live())
    for cid, number in db.execute(query):
        groups.setdefault(normalise_customer_no(number), []).append(cid)
    for ids in groups.values():
        if len(ids) > 1:
            yield from _pairs_in(ids)


def _brief(ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """Name and phone for the list, fetched only for customers that are in a pair."""
    out: dict[int, dict[str, str]] = {}
    for part in chunks(ids):
        query = Customer.select(Customer.id, Customer.name, Customer.phone).where(Customer.id.in_(part)).tuples()
        for cid, name, phone in cast("Iterable[tuple[int, str, str]]", query):
            out[cid] = {"name": name, "phone": phone, "name_key": _name_key(name)}
    return out


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


# ---------------------------------------------------------------------------------
# Side by side


# ---------------------------------------------------------------------------------
# Merge and undo


# ---------------------------------------------------------------------------------
# "These two are different people"


def dismissed_pairs() -> set[tuple[int, int]]:
    """The pairs (lower id first) the owner said are not duplicates."""
    query = NotDuplicate.select(NotDuplicate.customer_a, NotDuplicate.customer_b).tuples()
    return {(a, b) for a, b in cast("Iterable[tuple[int, int]]", query)}


def mark_not_duplicates(a_id: int, b_id: int) -> dict[str, Any]:
    """Remember that two customers are different people, so ``find_duplicate_pairs``
    no longer lists them (the family sharing a landline, two namesakes on one street).

    Returns ``{"a", "b", "new"}`` with ``a < b``; ``new`` is False when the pair was
    already remembered. Both customers must exist (in the trash is fine).
    """
    a, b = _ordered_pair(a_id, b_id)
    with db.atomic():
        get_customer(a)
        get_customer(b)
        found = NotDuplicate.get_or_none((NotDuplicate.customer_a == a) & (NotDuplicate.customer_b == b))
        if found is None:
            NotDuplicate.create(customer_a=a, customer_b=b)
    return {"a": a, "b": b, "new": found is None}


def forget_not_duplicates(a_id: int, b_id: int) -> dict[str, Any]:
    """Undo :func:`mark_not_duplicates`: the pair may be listed again.

    Returns ``{"a", "b", "forgotten"}``; ``forgotten`` is False when nothing was remembered.
    """
    a, b = _ordered_pair(a_id, b_id)
    with db.atomic():
        n = NotDuplicate.delete().where((NotDuplicate.customer_a == a) & (NotDuplicate.customer_b == b)).execute()
    return {"a": a, "b": b, "forgotten": n > 0}


def _ordered_pair(a_id: int, b_id: int) -> tuple[int, int]:
    if a_id == b_id:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A customer cannot be a duplicate of itself."))
    a, b = sorted((a_id, b_id))
    return a, b
