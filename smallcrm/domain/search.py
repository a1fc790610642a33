"""One search box for everything: name, pinyin, phone digits, number, address.

Each customer's ``search_text`` holds their tokens, each after a ' ^' marker:
``' ^张三 ^三 ^zhangsan ^zs ^zhangs ^c000001 ^13812345678$ ^成都市 ... '``. A trigram
index over it (store.fts) answers any needle of three or more characters, and the
markers let short queries use it too: ' ^zs' (four characters) means "a token
starting with zs", ' ^zs ' means "the token zs"; phone tokens end in '$', so '8000$'
means "a phone ending in 8000" (the last four digits people quote), not a postcode.
Every piece of a name starts one of the name's suffixes (张三丰 indexes 张三丰, 三丰,
丰), so a one-character query ' ^丰' finds it.
Customers in the trash are kept out of the index, so counting hits never reads the
customer table.

Hits come in tiers, likeliest first: exact name, exact token (pinyin, initials, full
phone, customer number), phone ending, token prefix, token ending, anything else. A
page is filled tier by tier, each tier a LIMITed index lookup, so the first page costs
the same whether 5 or 50,000 customers match (a street everyone lives on). Within a
tier, hits are in the order they were added. Measured at 100,000 customers in
benchmarks/: a single ranked ORDER BY over all matches took 200+ ms for common
streets; the tiers keep the p95 under the 25 ms target.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from peewee import Case, fn

from smallcrm.domain import phones
from smallcrm.domain.pinyin import name_keys
from smallcrm.store import fts
from smallcrm.store.models import Customer

SEARCH_KEYS_VERSION = 3  # bump when tokens change: open_crm() rebuilds every row


@dataclass
class SearchResult:
    total: int
    hits: list[dict[str, Any]]


@lru_cache(maxsize=65536)  # cities, districts and names repeat across thousands of customers
def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().lower()


@lru_cache(maxsize=65536)
def _token(text: str) -> str:
    """A field value as one token: normalised, lower case, without spaces."""
    return "".join(_norm(text).split())


_TOKEN_FIELDS = ("wechat", "email", "province", "city", "district", "street", "postcode")


@lru_cache(maxsize=65536)  # names repeat (a shop has many 王芳): one computation a distinct name
def _name_tokens(raw_name: str) -> tuple[str, ...]:
    """A name's tokens: every suffix (so any piece of it starts a token), its words and
    their initials when it has several, and its pinyin keys."""
    name = _token(raw_name)
    tokens = [name[i:] for i in range(len(name))]
    words = _norm(raw_name).split()
    if len(words) > 1:
        tokens += words
        tokens.append("".join(w[0] for w in words))
    tokens += name_keys(name)
    return tuple(tokens)


def search_text_for(c: dict[str, Any]) -> str:
    """The token string stored for a customer (from a field dict).

    Runs once per customer on every bulk insert (100,000 times in a big import), so
    the common shapes take short cuts that give the same tokens: a plain ASCII
    customer number is its own token in lower case, a Chinese mobile's token is its
    national number.
    """
    get = c.get
    raw_name = get("name")
    tokens = list(_name_tokens(raw_name)) if raw_name else []
    number = get("customer_no")
    if number:
        tokens.append(number.lower() if number.isascii() and number.isalnum() else _token(number))
    for key in ("phone_norm", "phone2_norm"):
        norm = get(key)
        if norm:  # '$' ends a phone token, so '8000$' finds phone tails, not postcodes
            if norm.startswith("+861"):
                tokens.append(norm[3:] + "$")  # what search_digits gives a mobile
            else:
                tokens += [digits + "$" for digits in phones.search_digits(norm)]
    for key in _TOKEN_FIELDS:
        value = get(key)
        if value:
            token = _token(value)
            if token:
                tokens.append(token)
    return " ^" + " ^".join(dict.fromkeys(tokens)) + " "


_PHONEISH = re.compile(r"^[\d\s\-+()]+$")


def normalise_query(term: str) -> str:
    """What the box holds, in the form tokens are stored: lower case, no spaces;
    a phone-like query keeps its digits only ('+86 138-1234' -> '1381234').
    Control characters are dropped: a NUL ends the FTS5 query string early."""
    q = "".join(ch for ch in _norm(term) if unicodedata.category(ch) != "Cc")
    if _PHONEISH.match(q):
        digits = "".join(ch for ch in q if ch.isdigit())
        if q.startswith("+86") or q.startswith("0086"):
            digits = digits[2:] if q.startswith("+86") else digits[4:]
        return digits
    return "".join(q.split())


def _needles(q: str) -> list[tuple[int, str]]:
    """(tier, needle) from most to least specific (see the module docstring)."""
    needles = [(1, f" ^{q} "), (1, f" ^{q}$"), (2, f"{q}$"), (3, f" ^{q}"), (4, f"{q} "), (5, q)]
    return [(tier, n) for tier, n in needles if len(n) >= 3]


def _broadest(q: str) -> list[str]:
    """The needles whose union is every hit: a plain substring covers the others."""
    if len(q) >= 3:
        return [q]
    return [n for n in (f" ^{q}", f"{q} ", f"{q}$") if len(n) >= 3]


def match_condition(term: str) -> Any:
    """The WHERE condition for live customers matching ``term``; None for an empty box.

    Views combine it with their own filters (staff, tag, ...) and order in one query.
    """
    q = normalise_query(term)
    if not q:
        return None
    return fts.match_any(_broadest(q)) & Customer.deleted_at.is_null()


def rank_expression(term: str) -> Any:
    """The tiers of :func:`search` as an SQL expression (lower is likelier), for views
    that order a filtered list by relevance themselves."""
    q = normalise_query(term)
    return Case(
        None,
        [
            (fn.lower(Customer.name) == q, 0),
            (fn.instr(Customer.search_text, f" ^{q} ") > 0, 1),
            (fn.instr(Customer.search_text, f" ^{q}$") > 0, 1),
            (fn.instr(Customer.search_text, f"{q}$") > 0, 2),
            (fn.instr(Customer.search_text, f" ^{q}") > 0, 3),
            (fn.instr(Customer.search_text, f"{q} ") > 0, 4),
        ],
        5,
    )


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
        if needle.endswith("$") and not q.isdigit():
            continue  # only phone tokens end in '$': a query with letters never meets one
        # At most len(page) of the first `limit` hits are placed already.
        for cid in fts.first_matching(needle, cond, limit):
            if len(page) >= limit:
                break
            page.setdefault(cid, None)
    return list(page)


def search(term: str, *, limit: int = 50, offset: int = 0) -> SearchResult:
    """Count and one page of hits for the search box, best first."""
    from smallcrm.domain.customers import summary

    q = normalise_query(term)
    if not q or limit <= 0:
        return SearchResult(fts.count(_broadest(q)) if q else 0, [])
    total = fts.count(_broadest(q))
    wanted = offset + limit
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
    return SearchResult(total, [summary(rows[i]) | {"rank": ranked[i]} for i in page_ids if i in rows])


def store_search_text(customer_id: int, fields: dict[str, Any]) -> str:
    """Recompute one customer's tokens from ``fields`` and write column and index
    together (inside the caller's transaction, if any); returns the new text."""
    from smallcrm.store.db import db

    with db.atomic():
        old, deleted_at = cast(
            "tuple[str, dt.datetime | None]",
            Customer.select(Customer.search_text, Customer.deleted_at).where(Customer.id == customer_id).tuples().get(),
        )
        new = search_text_for(fields)
        if new != old:
            Customer.update(search_text=new).where(Customer.id == customer_id).execute()
            if deleted_at is None:  # the trash is not indexed
                fts.replace(customer_id, old, new)
    return new


_SEARCH_FIELDS = (
    "id",
    "name",
    "customer_no",
    "phone_norm",
    "phone2_norm",
    "wechat",
    "email",
    "province",
    "city",
    "district",
    "street",
    "postcode",
    "deleted_at",
)


def reindex_all() -> int:
    """Recompute every customer's search_text and rebuild the index (after
    SEARCH_KEYS_VERSION changes, or a migration that added the column)."""
    from smallcrm.store.db import db, execute_many

    fields = [getattr(Customer, name) for name in _SEARCH_FIELDS]
    with db.atomic():
        rows = list(cast("Iterable[dict[str, Any]]", Customer.select(*fields).dicts()))
        texts = [search_text_for(r) for r in rows]
        execute_many(
            Customer.update(search_text="").where(Customer.id == 0),
            [(t, r["id"]) for r, t in zip(rows, texts, strict=True)],
        )
        fts.rebuild((r["id"], t) for r, t in zip(rows, texts, strict=True) if r["deleted_at"] is None)
    return len(rows)


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
    kept = [(i, _norm(ch)) for i, ch in enumerate(text) if not ch.isspace()]
    flat = "".join(c for _, c in kept)
    at = flat.find(q)
    if at >= 0 and len(flat) == len(kept):  # one normalised char per char: positions line up
        return ((kept[at][0], kept[at + len(q) - 1][0] + 1),)
    if pinyin:
        for start in range(len(text)):
            end = _pinyin_match(text, start, q)
            if end is not None:
                return ((start, end),)
    return ()


def _pinyin_match(text: str, start: int, q: str) -> int | None:
    """The end of the characters from ``start`` whose readings spell ``q``: each
    character by its full reading or its first letters, the last one possibly half-typed."""
    from smallcrm.domain.pinyin import SURNAME_READINGS, char_readings

    if start >= len(text) or not q:
        return None
    ch = text[start]
    readings = (SURNAME_READINGS.get(ch, ()) if start == 0 else ()) + char_readings(ch)
    for reading in dict.fromkeys(readings):
        if reading.startswith(q):
            return start + 1  # the last syllable, typed in part
        for cut in range(len(reading), 0, -1):
            if q.startswith(reading[:cut]):
                end = _pinyin_match(text, start + 1, q[cut:]) if len(q) > cut else start + 1
                if end is not None:
                    return end
    return None
