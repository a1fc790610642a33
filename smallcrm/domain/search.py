"""One search box for everything: name, pinyin, phone digits, number, address.

Each customer's ``search_text`` holds their tokens, each marked with a leading '^':
``' ^张三 ^三 ^zhangsan ^zs ^zhangs ^13812345678 ^c000001 ^成都市 ...'``. A trigram
index over it (store.fts) finds any substring of three or more characters. The '^'
marker is what makes short queries fast too: typing 'zs' looks up '^zs', a three
character needle meaning "a token starting with zs", and every 2-character piece of
a name is the start of one of the name's suffixes (张三丰 indexes 张三丰, 三丰, 丰).
Only single-character queries fall back to a scan.

Measured at 100,000 customers (benchmarks/): this beats a B-tree prefix table (one
row per token made inserts several times slower) and a LIKE scan (15–20 ms a query).

Hits are ordered so the likeliest comes first: exact name, then an exact token
(pinyin, initials, phone, number), name prefix, phone ending, token prefix, anything else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Case, fn

from smallcrm.domain import phones
from smallcrm.domain.pinyin import name_keys
from smallcrm.store import fts
from smallcrm.store.models import Customer

SEARCH_KEYS_VERSION = 2  # bump when tokens change: open_crm() rebuilds every row


@dataclass
class SearchResult:
    total: int
    hits: list[dict[str, Any]]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().lower()


def search_text_for(c: dict[str, Any]) -> str:
    """The token string stored for a customer (from a field dict)."""
    tokens: list[str] = []
    name = "".join(_norm(c.get("name", "")).split())
    if name:
        tokens.extend(name[i:] for i in range(len(name)))
        words = _norm(c.get("name", "")).split()
        if len(words) > 1:
            tokens.extend(words)
            tokens.append("".join(w[0] for w in words))
        tokens.extend(name_keys(name))
    tokens.append(_norm(c.get("customer_no", "")))
    for key in ("phone_norm", "phone2_norm"):
        tokens.extend(phones.search_digits(c.get(key, "")))
    for key in ("wechat", "email", "province", "city", "district", "street", "postcode"):
        value = _norm(c.get(key, ""))
        if value:
            tokens.append("".join(value.split()))
    seen: dict[str, None] = dict.fromkeys(t for t in tokens if t)
    return " ^" + " ^".join(seen) + " "


_PHONEISH = re.compile(r"^[\d\s\-+()]+$")


def normalise_query(term: str) -> str:
    """What the box holds, in the form tokens are stored: lower case, no spaces;
    a phone-like query keeps its digits only ('+86 138-1234' -> '1381234')."""
    q = _norm(term)
    if _PHONEISH.match(q):
        digits = "".join(ch for ch in q if ch.isdigit())
        if q.startswith("+86") or q.startswith("0086"):
            digits = digits[2:] if q.startswith("+86") else digits[4:]
        return digits
    return "".join(q.split())


def match_condition(term: str, *, include_deleted: bool = False) -> Any:
    """The WHERE condition for customers matching ``term``; None for an empty box.

    Views combine it with their own filters (staff, tag, ...) in one SQL query.
    """
    q = normalise_query(term)
    if not q:
        return None
    if len(q) >= 3:
        cond = fts.substring_match(q)
    elif len(q) == 2:
        cond = fts.substring_match("^" + q)
    else:
        cond = Customer.search_text.contains("^" + q)
    if not include_deleted:
        cond = cond & Customer.deleted_at.is_null()
    return cond


def rank_expression(term: str) -> Any:
    """Lower is likelier: the ORDER BY that puts the best hit first."""
    q = normalise_query(term)
    return Case(
        None,
        [
            (fn.lower(Customer.name) == q, 0),
            (fn.instr(Customer.search_text, " ^" + q + " ") > 0, 1),
            (fn.lower(Customer.name).startswith(q), 2),
            (Customer.phone_norm.endswith(q) | Customer.phone2_norm.endswith(q), 3),
            (fn.instr(Customer.search_text, " ^" + q) > 0, 4),
        ],
        5,
    )


def search(term: str, *, limit: int = 50, offset: int = 0) -> SearchResult:
    """Count and one page of hits for the search box, best first."""
    from smallcrm.domain.customers import summary

    cond = match_condition(term)
    if cond is None:
        return SearchResult(0, [])
    total = Customer.select(fn.COUNT(Customer.id)).where(cond).scalar()
    page = (
        Customer.select(Customer, rank_expression(term).alias("rank"))
        .where(cond)
        .order_by(SQL("rank"), Customer.name, Customer.id)
        .limit(limit)
        .offset(offset)
    )
    return SearchResult(total, [summary(c) | {"rank": c.rank} for c in page])


def reindex_all(batch: int = 2000) -> int:
    """Recompute every customer's search_text (after SEARCH_KEYS_VERSION changes)."""
    from smallcrm.store.db import db

    fields = [
        Customer.id,
        Customer.name,
        Customer.customer_no,
        Customer.phone_norm,
        Customer.phone2_norm,
        Customer.wechat,
        Customer.email,
        Customer.province,
        Customer.city,
        Customer.district,
        Customer.street,
        Customer.postcode,
    ]
    count = 0
    with db.atomic():
        rows = list(Customer.select(*fields).dicts())
        for start in range(0, len(rows), batch):
            for row in rows[start : start + batch]:
                Customer.update(search_text=search_text_for(row)).where(Customer.id == row["id"]).execute()
                count += 1
    return count
