"""The shop's catalogue: products and services, found at the counter as you type.

A product is found by its name, the pinyin of its name ('tieguanyin') or its initials
('tgy'), and by its barcode: a USB scanner types the digits and Enter, so a barcode
that matches exactly comes first. The search keys sit in one text column
(``search_text``, ' name keys barcode '); at 10,000 products a LIKE over it takes a
few milliseconds, so the catalogue needs no full-text index of its own.

Prices and costs are cents per unit. A service (a haircut, a repair) may cost
nothing; an unknown cost is NULL, not zero. A product once sold is retired, never
deleted: old sales keep pointing at it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from peewee import Case, fn

from smallcrm.domain.values.money import parse_cents
from smallcrm.domain.values.pinyin import name_keys
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Product, Purchase, UncountedLine, now

FIELDS = ("name", "category", "unit", "kind", "price", "cost", "barcode")
KINDS = ("goods", "service")
# What a shop writes for the kind (a sheet's 类型 column, --kind): its words, either language.
KIND_WORDS = {
    "goods": "goods",
    "good": "goods",
    "product": "goods",
    "商品": "goods",
    "货品": "goods",
    "产品": "goods",
    "实物": "goods",
    "service": "service",
    "services": "service",
    "服务": "service",
    "服务项目": "service",
}
MAX_NAME = 200  # characters: a name longer than this is a paste gone wrong, not a product
LOOKUP_LIMIT = 20


def _text(value: object) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


def clean_product(data: dict[str, Any]) -> dict[str, Any]:
    """The product's fields checked and converted (money to cents); raises
    ValidationError naming the field."""
    out: dict[str, Any] = {}
    for field, value in data.items():
        if field == "name":
            name = " ".join(_text(value).split())
            if not name:
                raise ValidationError("name", QT_TRANSLATE_NOOP("UserError", "A product needs a name."))
            if len(name) > MAX_NAME:
                raise ValidationError(
                    "name",
                    QT_TRANSLATE_NOOP("UserError", "A product name is at most {max} characters."),
                    max=MAX_NAME,
                )
            out["name"] = name
        elif field in ("category", "unit"):
            out[field] = _text(value)[:MAX_NAME]
        elif field == "kind":
            kind = KIND_WORDS.get(_text(value).lower() or "goods", "")
            if kind not in KINDS:
                raise ValidationError(
                    "kind", QT_TRANSLATE_NOOP("UserError", "{value} is neither goods nor a service."), value=value
                )
            out["kind"] = kind
        elif field in ("price", "price_cents"):
            out["price_cents"] = _money(value, field, "price")
        elif field in ("cost", "cost_cents"):
            out["cost_cents"] = None if _text(value) == "" else _money(value, field, "cost")
        elif field == "barcode":
            out["barcode"] = _barcode(value)
        elif field == "active":
            out["active"] = bool(value)
        else:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("UserError", "There is no product field {field}."), field=field
            )
    return out


def _money(value: object, given_as: str, field: str) -> int:
    if given_as.endswith("_cents") and isinstance(value, int) and not isinstance(value, bool):
        cents = value
    elif _text(value) == "":
        cents = 0
    else:
        cents = parse_cents(value, field)
    if cents < 0:
        template = (
            QT_TRANSLATE_NOOP("UserError", "The price {value} is below zero.")
            if field == "price"
            else QT_TRANSLATE_NOOP("UserError", "The cost {value} is below zero.")
        )
        raise ValidationError(field, template, value=value)
    return cents


def _barcode(value: object) -> str | None:
    """Digits and letters as printed under the bars; '' means none (NULL: many products
    have none, and UNIQUE allows any number of NULLs)."""
    text = "".join(_text(value).split())
    if text.endswith(".0") and text[:-2].isdigit():  # a spreadsheet's number cell
        text = text[:-2]
    if not text:
        return None
    if not text.isascii() or not text.isalnum() or len(text) > 48:
        raise ValidationError(
            "barcode", QT_TRANSLATE_NOOP("UserError", "{value} is not a barcode (digits and letters)."), value=value
        )
    return text


def search_text_for(name: str, barcode: str | None) -> str:
    """' name keys barcode ': what the counter's lookup matches, lower case, each part
    between spaces so a part can be matched from its start."""
    base = "".join(unicodedata.normalize("NFKC", name).lower().split())
    keys = [base, *(k for k in name_keys(name) if k != base)]
    if barcode:
        keys.append(barcode.lower())
    return " " + " ".join(keys) + " "


def _check_barcode_free(barcode: str | None, product_id: int | None = None) -> None:
    if barcode is None:
        return
    query = Product.select(Product.id, Product.name).where(Product.barcode == barcode)
    if product_id is not None:
        query = query.where(Product.id != product_id)
    other = query.first()
    if other is not None:
        raise ValidationError(
            "barcode",
            QT_TRANSLATE_NOOP("UserError", "The barcode {barcode} is already used by {name}."),
            barcode=barcode,
            name=other.name,
        )


def add_product(data: dict[str, Any]) -> Product:
    """A new product; it needs a name, the price defaults to 0 (typed at the counter)."""
    fields = clean_product(data)
    if "name" not in fields:
        raise ValidationError("name", QT_TRANSLATE_NOOP("UserError", "A product needs a name."))
    with db.atomic():
        _check_barcode_free(fields.get("barcode"))
        fields["search_text"] = search_text_for(fields["name"], fields.get("barcode"))
        return Product.create(**fields)


def get_product(product_id: int) -> Product:
    product = Product.get_or_none(Product.id == product_id)
    if product is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no product with id {id}."), id=product_id)
    return product


def edit_product(product_id: int, data: dict[str, Any]) -> Product:
    """Change a product's fields; sales already made keep their own prices and costs."""
    product = get_product(product_id)
    fields = clean_product(data)
    if not fields:
        return product
    with db.atomic():
        if "barcode" in fields:
            _check_barcode_free(fields["barcode"], product.id)
        name = fields.get("name", product.name)
        barcode = fields.get("barcode", product.barcode)
        fields["search_text"] = search_text_for(name, barcode)
        fields["updated_at"] = now()
        Product.update(**fields).where(Product.id == product.id).execute()
    return get_product(product.id)


def set_product_active(product_id: int, active: bool) -> Product:
    """Retire a product (no longer offered at the counter) or bring it back."""
    product = get_product(product_id)
    with db.atomic():
        Product.update(active=active, updated_at=now()).where(Product.id == product.id).execute()
    return get_product(product.id)


def find_product(value: object, *, include_retired: bool = False) -> Product:
    """The one product ``value`` names: its id ('#12' or 12), its barcode, or its exact
    name (case and width ignored). For the CLI's --line and a sheet's item text."""
    text = _text(value)
    if not text:
        raise ValidationError("product", QT_TRANSLATE_NOOP("UserError", "Name a product."))
    query = Product.select()
    if not include_retired:
        query = query.where(Product.active)
    by_id = text[1:] if text.startswith("#") else None
    if by_id is not None and by_id.isdigit():
        found = query.where(Product.id == int(by_id)).first()
    else:
        found = query.where(Product.barcode == "".join(text.split())).first()
        if found is None:
            key = "".join(text.lower().split())
            found = query.where(Product.search_text.startswith(f" {key} ")).order_by(Product.id).first()
    if found is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no product {value}."), value=text)
    return found


def lookup(typed: str, limit: int = LOOKUP_LIMIT, *, include_retired: bool = False) -> list[dict[str, Any]]:
    """Products as you type: an exact barcode first, then names that start with the
    text, then names whose pinyin or initials do, then any that contain it (peewee's
    startswith/contains escape LIKE's wildcards: '%' typed is looked for as '%')."""
    key = "".join(unicodedata.normalize("NFKC", typed or "").lower().split())
    if not key:
        return []
    rank = Case(
        None,
        [
            (Product.barcode == key, 0),
            (Product.search_text.startswith(f" {key} "), 1),
            (Product.search_text.startswith(f" {key}"), 2),
            (Product.search_text.contains(f" {key}"), 3),
        ],
        4,
    )
    query = (
        Product.select(Product, rank.alias("rank"))
        .where(Product.search_text.contains(key) | (Product.barcode == key))
        .order_by(rank, fn.length(Product.name), Product.name, Product.id)
        .limit(limit)
    )
    if not include_retired:
        query = query.where(Product.active)
    return [product_dict(p) for p in query]


def list_products(
    query: str = "", *, include_retired: bool = False, category: str = "", limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """The catalogue by category and name, or what ``query`` finds (as ``lookup``)."""
    if query.strip():
        found = lookup(query, limit=limit or 10_000, include_retired=include_retired)
        return [p for p in found if not category or p["category"] == category]
    select = Product.select().order_by(Product.category, Product.name, Product.id)
    if not include_retired:
        select = select.where(Product.active)
    if category:
        select = select.where(Product.category == category)
    if limit is not None:
        select = select.limit(limit).offset(offset)
    return [product_dict(p) for p in select]


def categories() -> list[str]:
    """The categories in use, A to Z, for the catalogue's filter and the form's choices."""
    rows = Product.select(Product.category).where(Product.category != "").distinct().order_by(Product.category)
    return [row.category for row in rows]


def product_names(ids: list[int]) -> dict[int, str]:
    """id -> 'name (barcode)' or the name: how a list of matches names products (the
    import's duplicates)."""
    names: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        query = Product.select(Product.id, Product.name, Product.barcode).where(
            Product.id.in_(ids[start : start + 500])
        )
        for p in query:
            names[p.id] = f"{p.name} ({p.barcode})" if p.barcode else p.name
    return names


def times_sold(product_id: int) -> int:
    """How many counter lines name the product (counted or not)."""
    return (
        Purchase.select().where(Purchase.product == product_id).count()
        + UncountedLine.select().where(UncountedLine.product == product_id).count()
    )


def product_dict(p: Product) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "category": p.category,
        "unit": p.unit,
        "kind": p.kind,
        "price_cents": p.price_cents,
        "cost_cents": p.cost_cents,
        "barcode": p.barcode or "",
        "active": bool(p.active),
    }
