"""What a customer is found by: the tokens of ``search_text`` and the name's sort key,
computed from their fields on every write, and kept in step with the search index.

Each customer's ``search_text`` holds their tokens, each after a ' ^' marker:
``' ^张三 ^三 ^zhangsan ^zs ^zhangs ^c000001 ^13812345678$ ^成都市 ... '``; the pinyin
of a name's rarer readings comes after ' ~' instead (张俊 read as 'zhang shun':
``' ~zhangshun ~zs ~zhangs'``), so that 'zs' finds 张三 before it finds 张俊. Phone
tokens end in '$', so '8000$' means "a phone ending in 8000" (the last four digits
people quote), not a postcode. Every piece of a name starts one of the name's suffixes
(张三丰 indexes 张三丰, 三丰, 丰), so a one-character query ' ^丰' finds it. How the
search box reads these tokens is ``customers.search``.

Apart from the search box because every command that writes a customer needs the
tokens, and the search box needs the customers' short form: one module for both made
the commands and the search import each other.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, cast

from smallcrm.domain.values import phones
from smallcrm.domain.values.pinyin import name_key_sets, sort_key
from smallcrm.store.db import db, execute_many
from smallcrm.store.models import Customer
from smallcrm.store.sqlite import fts

SEARCH_KEYS_VERSION = 4  # bump when tokens or the name's sort key change: open_crm() rebuilds every row


@lru_cache(maxsize=65536)  # cities, districts and names repeat across thousands of customers
def norm_text(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().lower()


@lru_cache(maxsize=65536)
def _token(text: str) -> str:
    """A field value as one token: normalised, lower case, without spaces."""
    return "".join(norm_text(text).split())


_TOKEN_FIELDS = ("wechat", "email", "province", "city", "district", "street", "postcode")


SUFFIX_CHARS = 16  # a name's later suffixes are cut to this length (see _name_parts)


CUT = "…"  # ends a cut suffix: NFKC makes it '...' in a query, so no query ever holds it


@lru_cache(maxsize=65536)  # names repeat (a shop has many 王芳): one computation a distinct name
def _name_parts(raw_name: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """What a name brings to a customer's derived columns: its tokens as (usual, rare)
    and its sort key (pinyin.sort_key). The tokens are every suffix (so any piece of
    it starts a token), its words and their initials when it has several, and its
    pinyin keys; the rare ones are the pinyin of its less usual readings.

    The suffixes after the whole name are cut to SUFFIX_CHARS characters (and marked
    as cut, so a cut one is never taken for a whole token): a piece of a long name still
    starts a token, and the tokens grow with the name's length, not its square (a
    200-character name made 20,000 characters of tokens).
    """
    name = _token(raw_name)
    tokens = [name] if name else []
    for i in range(1, len(name)):
        piece = name[i:]
        tokens.append(piece if len(piece) <= SUFFIX_CHARS else piece[:SUFFIX_CHARS] + CUT)
    words = norm_text(raw_name).split()
    if len(words) > 1:
        tokens += words
        tokens.append("".join(w[0] for w in words))
    usual, rare = name_key_sets(name)
    tokens += usual
    return tuple(tokens), rare, sort_key(raw_name)


def search_text_for(c: dict[str, Any]) -> str:
    """The token string stored for a customer (from a field dict).

    Runs once per customer on every bulk insert (100,000 times in a big import), so
    the common shapes take short cuts that give the same tokens: a plain ASCII
    customer number is its own token in lower case. A phone's tokens are the digits
    ``phones.search_digits`` gives, which the search box's ``phones.query_digits``
    reads a typed number as.
    """
    raw_name = c.get("name")
    return _search_text(c, _name_parts(raw_name) if raw_name else _NO_NAME)


_NO_NAME: tuple[tuple[str, ...], tuple[str, ...], str] = ((), (), "")


def _search_text(c: dict[str, Any], name_parts: tuple[tuple[str, ...], tuple[str, ...], str]) -> str:
    """search_text_for with the name's parts already looked up (derived_columns needs
    them for the sort key too: one cache lookup a customer instead of two)."""
    get = c.get
    name_tokens, rare, _sort = name_parts
    tokens = list(name_tokens)
    number = get("customer_no")
    if number:
        tokens.append(number.lower() if number.isascii() and number.isalnum() else _token(number))
    for key in ("phone_norm", "phone2_norm"):
        norm = get(key)
        if norm:  # '$' ends a phone token, so '8000$' finds phone tails, not postcodes
            tokens += [digits + "$" for digits in phones.search_digits(norm)]
    for key in _TOKEN_FIELDS:
        value = get(key)
        if value:
            token = _token(value)
            if token:
                tokens.append(token)
    text = " ^" + " ^".join(dict.fromkeys(tokens)) + " "
    rare_left = [r for r in rare if r not in tokens]  # a reading's key that another token has already
    return text + "~" + " ~".join(rare_left) + " " if rare_left else text


def name_sort_for(name: str | None) -> str:
    """The stored key the customer list sorts names by (its pinyin, see
    :func:`smallcrm.domain.values.pinyin.sort_key`), written beside search_text on every write."""
    return _name_parts(name)[2] if name else ""


def derived_columns(c: dict[str, Any]) -> dict[str, str]:
    """The columns computed from a customer's fields: search tokens and the name's sort key."""
    raw_name = c.get("name")
    parts = _name_parts(raw_name) if raw_name else _NO_NAME
    return {"search_text": _search_text(c, parts), "name_sort": parts[2]}


def add_derived_columns(c: dict[str, Any]) -> None:
    """:func:`derived_columns` written into ``c`` itself (a bulk insert's row: no
    dict made and merged per customer)."""
    raw_name = c.get("name")
    parts = _name_parts(raw_name) if raw_name else _NO_NAME
    c["search_text"] = _search_text(c, parts)
    c["name_sort"] = parts[2]


def store_search_text(customer_id: int, fields: dict[str, Any]) -> str:
    """Recompute one customer's tokens (and, when ``fields`` has the name, the name's
    sort key) from ``fields`` and write columns and index together (inside the
    caller's transaction, if any); returns the new text."""

    with db.atomic():
        old, old_sort, deleted_at = cast(
            "tuple[str, str, dt.datetime | None]",
            Customer.select(Customer.search_text, Customer.name_sort, Customer.deleted_at)
            .where(Customer.id == customer_id)
            .tuples()
            .get(),
        )
        new = search_text_for(fields)
        changes: dict[Any, str] = {}
        if new != old:
            changes[Customer.search_text] = new
        if "name" in fields and name_sort_for(fields["name"]) != old_sort:
            changes[Customer.name_sort] = name_sort_for(fields["name"])
        if changes:
            Customer.update(changes).where(Customer.id == customer_id).execute()
        if new != old and deleted_at is None:  # the trash is not indexed
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
    """Recompute every customer's search_text and name_sort and rebuild the index
    (after SEARCH_KEYS_VERSION changes, or a migration that added a column)."""

    fields = [getattr(Customer, name) for name in _SEARCH_FIELDS]
    with db.atomic():
        rows = list(cast("Iterable[dict[str, Any]]", Customer.select(*fields).dicts()))
        texts = [search_text_for(r) for r in rows]
        execute_many(
            Customer.update(search_text="", name_sort="").where(Customer.id == 0),
            [(t, name_sort_for(r["name"]), r["id"]) for r, t in zip(rows, texts, strict=True)],
        )
        fts.rebuild((r["id"], t) for r, t in zip(rows, texts, strict=True) if r["deleted_at"] is None)
    return len(rows)
