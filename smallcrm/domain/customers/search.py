"""One search box for everything: name, pinyin, phone digits, number, address.

The tokens each customer is found by are ``customers.search_text``'s: a trigram index
over them (``store.sqlite.fts``) answers any needle of three or more characters, and
their markers let short queries use it too: ' ^zs' (four characters) means "a token
starting with zs", ' ^zs ' means "the token zs", '8000$' "a phone ending in 8000".
Customers in the trash are kept out of the index, so counting hits never reads the
customer table.

Hits come in tiers, likeliest first: exact name, exact token (pinyin, initials, full
phone, customer number), phone ending, token prefix, a rare reading's token (exact or
prefix alike: one index lookup less a search), token ending, anything else. Digits
look for phones first: a whole number, then the numbers ending in them, then other
tokens they are (a customer number '8000') or start. A
page is filled tier by tier, each tier a LIMITed index lookup, so the first page costs
the same whether 5 or 50,000 customers match (a street everyone lives on). Within a
tier, hits are in the order they were added. Measured at 100,000 customers in
benchmarks/: a single ranked ORDER BY over all matches took 200+ ms for common
streets; the tiers keep the p95 under the 25 ms target.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from peewee import Case, fn

from smallcrm.domain.customers.lookup import summary
from smallcrm.domain.customers.search_text import norm_text
from smallcrm.domain.values import phones
from smallcrm.domain.values.ids import MAX_ID
from smallcrm.domain.values.pinyin import SURNAME_READINGS, char_readings
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.store.models import Customer
from smallcrm.store.sqlite import fts


@dataclass
class SearchResult:
    total: int
    hits: list[dict[str, Any]]


_PHONEISH = re.compile(r"^[\d\s\-+()]+$")


def normalise_query(term: str) -> str:
    """What the box holds, in the form tokens are stored: lower case, no spaces;
    a phone-like query is read by the phone rules that stored the numbers
    (phones.query_digits: '86 138 1234 5678' -> '13812345678', '+86 138-1234' -> '1381234').
    Control characters are dropped: a NUL ends the FTS5 query string early."""
    q = "".join(ch for ch in norm_text(term) if unicodedata.category(ch) != "Cc")
    if _PHONEISH.match(q):
        return phones.query_digits(q)
    return "".join(q.split())


# The tiers, likeliest first (the "rank" of a hit). 0 is an exact name.
EXACT, PHONE_END, PREFIX, RARE, ENDING, ANYWHERE = range(1, 7)


def _needles(q: str) -> list[tuple[int, str]]:
    """(tier, needle) from most to least specific (see the module docstring); only
    those that can meet a token: '$' ends phone tokens (digits), '~' starts the pinyin
    of a rare reading (letters)."""
    # Digits look for phones first: a whole number, then the numbers ending in them.
    phones_first = [(EXACT, f" ^{q}$"), (PHONE_END, f"{q}$"), (PREFIX, f" ^{q} ")]
    needles = phones_first if q.isdigit() else [(EXACT, f" ^{q} ")]
    needles.append((PREFIX, f" ^{q}"))
    if _pinyin_like(q):
        needles.append((RARE, f" ~{q}"))
    needles += [(ENDING, f"{q} "), (ANYWHERE, q)]
    return [(tier, n) for tier, n in needles if len(n) >= 3]


def _pinyin_like(q: str) -> bool:
    """Whether ``q`` could start a pinyin key (only those follow a ' ~')."""
    return q.isascii() and q.isalpha()


def _broadest(q: str) -> list[str]:
    """The needles whose union is every hit: a plain substring covers the others."""
    if len(q) >= 3:
        return [q]
    shapes = [f" ^{q}", f"{q} ", f"{q}$"]
    if _pinyin_like(q):
        shapes.insert(1, f" ~{q}")  # 'z' or 'zs' starting a rare reading's key ('zs ' covers it whole)
    return [n for n in shapes if len(n) >= 3]


def match_condition(term: str) -> Any:
    """The WHERE condition for live customers matching ``term``; None for an empty box.

    Views combine it with their own filters (staff, tag, ...) and order in one query.
    """
    q = normalise_query(term)
    if not q:
        return None
    return fts.match_any(_broadest(q)) & Customer.deleted_at.is_null()


def _list_tiers(term: str) -> tuple[str, list[str], list[str]]:
    """(query, exact-name variants, needles in tier order) for the list's ranking."""
    q = normalise_query(term)
    typed = " ".join(unicodedata.normalize("NFC", term).split())
    names = sorted({typed, q, typed.title()} - {""})
    needles = [n for _tier, n in _needles(q)]
    return q, names, needles


def list_order(term: str) -> list[Any]:
    """ORDER BY terms for a whole list of hits, best first: the tier (exact name, then
    each needle of :func:`_needles` in turn), then id. The same order
    :func:`first_list_page` produces for the first page without reading every hit."""
    _q, names, needles = _list_tiers(term)
    cases = [(Customer.name.in_(names), 0)] if names else []
    cases += [(fn.instr(Customer.search_text, n) > 0, i) for i, n in enumerate(needles, start=1)]
    return [Case(None, cases, len(needles) + 1), Customer.id]


def first_list_page(term: str, where: Any = None, limit: int = 100) -> list[int]:
    """The first ``limit`` ids of the hits for ``term`` among the live customers for
    whom ``where`` holds, in :func:`list_order`.

    Tier by tier, each a LIMITed walk of the index in id order, so a keystroke gets its
    first page in milliseconds even when 50,000 customers match; ordering every hit
    (what the list does next, in the background) takes a quarter of a second then.
    Taking the first ``limit`` hits of a tier in id order and dropping those already
    placed leaves its smallest new ids: exactly the order of :func:`list_order`.
    """
    q, names, needles = _list_tiers(term)
    if not q or limit <= 0:
        return []
    cond = Customer.deleted_at.is_null() if where is None else (Customer.deleted_at.is_null() & where)
    # A narrow search (a whole name, a phone number) has fewer hits than a page: one
    # index walk finds them all and SQL orders that handful, instead of one walk a tier.
    hits = fts.first_matching(_broadest(q), cond, limit + 1)
    if len(hits) <= limit:
        if not hits:
            return []
        ordered = Customer.select(Customer.id).where(Customer.id.in_(hits)).order_by(*list_order(term))
        return [row[0] for row in cast("Iterable[tuple[int]]", ordered.tuples())]
    page: dict[int, None] = {}
    if names:
        # Through the name index; whether a namesake is a hit at all is checked on its
        # stored tokens, as the index would (``id IN (index lookup)`` here would list
        # every hit of a broad query first). The filters are applied to the namesakes
        # afterwards: given both at once, SQLite without statistics may walk the
        # deleted_at index over every customer.
        broadest = _broadest(q)
        namesakes = Customer.select(Customer.id, Customer.search_text).where(Customer.name.in_(names))
        named = cast("Iterable[tuple[int, str]]", namesakes.tuples())
        hits = [cid for cid, text in named if any(n in text for n in broadest)]
        if hits:
            kept = Customer.select(Customer.id).where(Customer.id.in_(hits) & cond)
            first = cast("Iterable[tuple[int]]", kept.order_by(Customer.id).limit(limit).tuples())
            page.update((row[0], None) for row in first)
    for needle in needles:
        if len(page) >= limit:
            break
        # At most len(page) of the first `limit` hits are placed already.
        for cid in fts.first_matching(needle, cond, limit):
            if len(page) >= limit:
                break
            page.setdefault(cid, None)
    return list(page)


def search(term: str, *, limit: int = 50, offset: int = 0) -> SearchResult:
    """Count and one page of hits for the search box, best first; each hit says what
    it matched ("match", one of MATCH_KINDS)."""

    q = normalise_query(term)
    if not q or limit <= 0:
        return SearchResult(fts.count(_broadest(q)) if q else 0, [])
    total = fts.count(_broadest(q))
    # The CLI takes any offset up to the largest id; SQLite's LIMIT is a 64-bit integer,
    # and wanted + len(ranked) (at most twice wanted) must stay one.
    wanted = min(offset + limit, MAX_ID // 2)
    ranked: dict[int, int] = {}
    # The name index answers exact names; lower(name) would scan every row.
    typed = " ".join(unicodedata.normalize("NFC", term).split())
    # (The trash is filtered here, not in SQL: with 'deleted_at IS NULL' in the WHERE,
    # SQLite without statistics walks the deleted_at index over every live customer.)
    exact = Customer.select(Customer.id, Customer.deleted_at).where(
        Customer.name.in_(sorted({typed, q, typed.title()}))
    )
    for row in exact.order_by(Customer.id):
        if row.deleted_at is None and len(ranked) < wanted:
            ranked.setdefault(row.id, 0)
    for tier, needle in _needles(q):
        if len(ranked) >= wanted:
            break
        for cid in fts.matching_ids(needle, wanted + len(ranked)):
            ranked.setdefault(cid, tier)
            if len(ranked) >= wanted:
                break
    page_ids = list(ranked)[offset:wanted]
    rows = {c.id: c for c in Customer.select().where(Customer.id.in_(page_ids))}
    return SearchResult(
        total, [summary(rows[i]) | {"rank": ranked[i], "match": _kind_of(rows[i], q)} for i in page_ids if i in rows]
    )


# What a hit matched, in the order a hit matching several is counted: a phone ending
# in the digits typed ('8000' is the end of a mobile), the name as written, the
# customer number, a phone elsewhere, the postcode, the street, the province, city or
# district, WeChat, email; and what is left matched the name's pinyin or initials.
MATCH_KINDS = (
    "phone_tail",
    *("name", "customer_no", "phone", "postcode", "street", "region", "wechat", "email", "pinyin"),
)
MATCH_LABELS = {
    "phone_tail": QT_TRANSLATE_NOOP("SearchMatch", "phone ending"),
    "name": QT_TRANSLATE_NOOP("SearchMatch", "name"),
    "customer_no": QT_TRANSLATE_NOOP("SearchMatch", "customer number"),
    "phone": QT_TRANSLATE_NOOP("SearchMatch", "phone"),
    "postcode": QT_TRANSLATE_NOOP("SearchMatch", "postcode"),
    "street": QT_TRANSLATE_NOOP("SearchMatch", "street"),
    "region": QT_TRANSLATE_NOOP("SearchMatch", "province, city or district"),
    "wechat": QT_TRANSLATE_NOOP("SearchMatch", "WeChat"),
    "email": QT_TRANSLATE_NOOP("SearchMatch", "email"),
    "pinyin": QT_TRANSLATE_NOOP("SearchMatch", "pinyin or initials"),
}


def _kind_case(q: str) -> Any:
    """SQL: which of MATCH_KINDS a hit for the normalised query ``q`` is. The fields
    are compared as their tokens were made (lower case, without spaces); a phone by
    the digits its tokens hold (the national number, with and without the trunk 0)."""
    digits_only = q.isdigit()

    def squash(field: Any) -> Any:
        spaceless = fn.replace(field, " ", "")
        return spaceless if digits_only else fn.lower(spaceless)  # digits have no case

    def holds(*fields: Any) -> Any:
        cond = None
        for field in fields:
            found = fn.instr(squash(field), q) > 0
            cond = found if cond is None else (cond | found)
        return cond

    def phone_holds(field: Any) -> Any:
        for old, new in phones.DIALLED_REPLACEMENTS:  # phones.dialled, in SQL
            field = fn.replace(field, old, new)
        return fn.instr(field, q) > 0

    cases = []
    if digits_only:
        cases.append((fn.instr(Customer.search_text, q + "$") > 0, "phone_tail"))
    cases += [
        (holds(Customer.name), "name"),
        (holds(Customer.customer_no), "customer_no"),
    ]
    if digits_only:  # phone tokens are digits
        cases.append((phone_holds(Customer.phone_norm) | phone_holds(Customer.phone2_norm), "phone"))
    cases += [
        (holds(Customer.postcode), "postcode"),
        (holds(Customer.street), "street"),
        (holds(Customer.province, Customer.city, Customer.district), "region"),
        (holds(Customer.wechat), "wechat"),
        (holds(Customer.email), "email"),
    ]
    return Case(None, cases, "pinyin")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's lower()


def _kind_of(c: Customer, q: str) -> str:
    """:func:`_kind_case` for one customer read already (a page of hits): the same
    rules in Python, because generating that SQL for each search cost more (1.4 ms)
    than the search's index lookups. tests/domain/test_search.py holds them together."""
    digits_only = q.isdigit()

    def holds(*values: str) -> bool:
        for value in values:
            squashed = (value or "").replace(" ", "")
            if q in (squashed if digits_only else squashed.translate(_ASCII_LOWER)):
                return True
        return False

    def phone_holds(norm: str) -> bool:
        return q in phones.dialled(norm)

    if digits_only and q + "$" in c.search_text:
        return "phone_tail"
    if holds(c.name):
        return "name"
    if holds(c.customer_no):
        return "customer_no"
    if digits_only and (phone_holds(c.phone_norm) or phone_holds(c.phone2_norm)):
        return "phone"
    for kind, values in (
        ("postcode", (c.postcode,)),
        ("street", (c.street,)),
        ("region", (c.province, c.city, c.district)),
        ("wechat", (c.wechat,)),
        ("email", (c.email,)),
    ):
        if holds(*values):
            return kind
    return "pinyin"


# Hits whose kinds are worth counting: beyond this a search is too broad for "what
# matched" to help (one digit, a city), and counting takes most of a second.
COUNT_KINDS_UP_TO = 20_000


def match_kinds(term: str, where: Any = None) -> dict[str, int]:
    """How many live customers matching ``term`` (and ``where``, a condition on
    Customer) matched each of MATCH_KINDS, in that order, kinds without hits left out:
    for '8000', the 13 phones ending in it apart from the 2,694 postcodes and streets
    holding it. One grouped pass over the hits (about 30 ms for 50,000 of them)."""
    q = normalise_query(term)
    cond = match_condition(term)
    if cond is None:
        return {}
    if where is not None:
        cond = cond & where
    kind = _kind_case(q)
    query = Customer.select(kind, fn.COUNT(Customer.id)).where(cond).group_by(kind)
    counts = dict(cast("Iterable[tuple[str, int]]", query.tuples()))
    return {k: counts[k] for k in MATCH_KINDS if counts.get(k)}


def highlight_spans(text: str, term: str, *, pinyin: bool = False) -> list[tuple[int, int]]:
    """Where ``term`` matched inside a shown ``text``: (start, end) character spans, for
    the list to draw the matched part in bold. Spaces and case are ignored, a phone-like
    term matches the digits wherever the text groups them ('5678' in '138 1234 5678'),
    and with ``pinyin`` a name matches by its readings ('zs' and 'zhangs' mark 张三)."""
    return list(_highlight(text or "", term or "", pinyin))


@lru_cache(maxsize=4096)  # a list repaints the same cells while the term stays
def _highlight(text: str, term: str, pinyin: bool) -> tuple[tuple[int, int], ...]:
    q = normalise_query(term)
    if not q or not text:
        return ()
    if q.isdigit():
        positions = [i for i, ch in enumerate(text) if ch.isdigit()]
        digits = "".join(text[i] for i in positions)
        at = len(digits) - len(q) if digits.endswith(q) else digits.find(q)  # phone tails first
        if at >= 0:
            return ((positions[at], positions[at + len(q) - 1] + 1),)
    kept = [(i, norm_text(ch)) for i, ch in enumerate(text) if not ch.isspace()]
    flat = "".join(c for _, c in kept)
    at = flat.find(q)
    if at >= 0 and len(flat) == len(kept):  # one normalised char per char: positions line up
        return ((kept[at][0], kept[at + len(q) - 1][0] + 1),)
    if pinyin:
        failed: set[tuple[int, int]] = set()  # shared: a dead end is one wherever the match began
        for start in range(len(text)):
            end = _pinyin_match(text, start, q, failed)
            if end is not None:
                return ((start, end),)
    return ()


def _pinyin_match(text: str, start: int, q: str, failed: set[tuple[int, int]] | None = None) -> int | None:
    """The end of the characters from ``start`` whose readings spell ``q``: each
    character by its full reading or its first letters, the last one possibly half-typed.

    ``failed`` remembers the (character, rest of ``q``) pairs that led nowhere, so the
    work stays within the name's length times the query's however the readings overlap
    (a name may be 200 characters long, and this runs while the list paints).
    """

    if start >= len(text) or not q:
        return None
    failed = set() if failed is None else failed
    if (start, len(q)) in failed:
        return None
    ch = text[start]
    readings = (SURNAME_READINGS.get(ch, ()) if start == 0 else ()) + char_readings(ch)
    for reading in dict.fromkeys(readings):
        if reading.startswith(q):
            return start + 1  # the last syllable, typed in part
        for cut in range(len(reading), 0, -1):
            if q.startswith(reading[:cut]):
                end = _pinyin_match(text, start + 1, q[cut:], failed) if len(q) > cut else start + 1
                if end is not None:
                    return end
    failed.add((start, len(q)))  # q is always the end of the term: its length names it
    return None
