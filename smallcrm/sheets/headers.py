"""Which row holds the headers, and which column is which field.

Real shop spreadsheets start with a title ('2024年会员名单', merged across the
columns), a date line or an empty row before the headers, and name their columns in
Chinese or English, with decorations ('手机号码*', '邮编(6位)', 'Name:'). The header
row is the row among the first ``HEADER_SCAN_ROWS`` non-blank rows whose cells match
the most known header names; each column is then mapped by its synonyms. Columns with
a header nobody knows are kept as notes ('Header: value' lines), so nothing a user
typed is silently dropped; the wizard and ``--map`` let the owner change any of it,
and a mapping the owner adjusted is remembered for files with the same headers
(:func:`remember_mapping`, stored in the database so a backup carries it).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets.reader import Cell, Row
from smallcrm.store.db import db
from smallcrm.store.models import ImportMapping, now

HEADER_SCAN_ROWS = 30
IGNORE = ""  # a column that is not imported
AS_NOTE = "+note"  # a column kept as a 'Header: value' line in the notes

CUSTOMER_FIELDS = (
    "customer_no",
    "name",
    "gender",
    "birthday",
    "lunar_birthday",
    "phone",
    "phone2",
    "wechat",
    "email",
    "country",
    "province",
    "city",
    "district",
    "street",
    "postcode",
    "occupation",
    "income_band",
    "family",
    "preferences",
    "buying_habits",
    "source",
    "staff",
    "mail_consent",
    "tags",
    "notes",
    "churn_status",
    "churn_reason",
    "churned_on",
    "churn_note",
)
PURCHASE_FIELDS = (
    "customer_no",
    "phone",
    "name",
    "date",
    "item",
    "category",
    "quantity",
    "amount",
    "cost",
    "channel",
    "note",
    "refund",
)
# The catalogue (domain.catalogue.products): its own synonyms, as 名称 or 单价 name a
# product and its price there, never a customer or a purchase.
PRODUCT_FIELDS = ("name", "barcode", "category", "unit", "kind", "price", "cost")
KINDS = ("customers", "purchases", "products")

# Canonical headers, (English, Chinese): the exporter writes one of them and both read back.
LABELS: dict[str, tuple[str, str]] = {
    "customer_no": ("Customer No.", "客户编号"),
    "name": ("Name", "姓名"),
    "gender": ("Gender", "性别"),
    "birthday": ("Birthday", "生日"),
    "lunar_birthday": ("Lunar birthday", "农历生日"),
    "phone": ("Phone", "手机"),
    "phone2": ("Phone 2", "电话2"),
    "wechat": ("WeChat", "微信"),
    "email": ("Email", "邮箱"),
    "country": ("Country", "国家"),
    "province": ("Province", "省份"),
    "city": ("City", "城市"),
    "district": ("District", "区县"),
    "street": ("Address", "地址"),
    "postcode": ("Postcode", "邮编"),
    "occupation": ("Occupation", "职业"),
    "income_band": ("Income", "收入"),
    "family": ("Family", "家庭状况"),
    "preferences": ("Preferences", "个人喜好"),
    "buying_habits": ("Buying habits", "购买习惯"),
    "source": ("Source", "来源"),
    "staff": ("Staff", "负责员工"),
    "mail_consent": ("Mail consent", "同意邮寄"),
    "tags": ("Tags", "标签"),
    "notes": ("Notes", "备注"),
    "churn_status": ("Churn status", "流失状态"),
    "churn_reason": ("Churn reason", "流失原因"),
    "churned_on": ("Churned on", "流失日期"),
    "churn_note": ("Churn note", "流失说明"),
    "date": ("Date", "日期"),
    "item": ("Item", "商品"),
    "category": ("Category", "类别"),
    "quantity": ("Quantity", "数量"),
    "amount": ("Amount", "金额"),
    "cost": ("Cost", "成本"),
    "channel": ("Channel", "渠道"),
    "note": ("Note", "备注"),
    "refund": ("Refund", "退货"),
}

# The catalogue's export headers, (English, Chinese); both read back.
PRODUCT_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Name", "商品名称"),
    "barcode": ("Barcode", "条码"),
    "category": ("Category", "分类"),
    "unit": ("Unit", "单位"),
    "kind": ("Kind", "类型"),
    "price": ("Price", "售价"),
    "cost": ("Cost", "进价"),
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_no": (
        "客户编号",
        "编号",
        "客户号",
        "客户代码",
        "会员号",
        "会员编号",
        "会员卡号",
        "卡号",
        "customer no.",
        "customer no",
        "customer number",
        "customer id",
        "customerno",
        "member no",
        "member id",
        "card no",
    ),
    "name": (
        "姓名",
        "客户名称",
        "客户姓名",
        "名字",
        "客户",
        "顾客",
        "顾客姓名",
        "会员",
        "会员姓名",
        "会员名称",
        "联系人",
        "收货人",
        "name",
        "full name",
        "customer name",
        "customer",
        "contact",
    ),
    "gender": ("性别", "gender", "sex"),
    "birthday": (
        "生日",
        "出生日期",
        "出生年月日",
        "出生年月",
        "阳历生日",
        "公历生日",
        "birthday",
        "birth date",
        "date of birth",
        "dob",
        "birthdate",
    ),
    "lunar_birthday": ("农历生日", "阴历生日", "农历", "lunar birthday", "lunar"),
    "phone": (
        "手机",
        "手机号",
        "手机号码",
        "移动电话",
        "电话",
        "电话号码",
        "联系电话",
        "联系方式",
        "手机/电话",
        "phone",
        "mobile",
        "tel",
        "telephone",
        "cell",
        "cellphone",
        "phone number",
        "mobile phone",
        "mobile no",
    ),
    "phone2": (
        "电话2",
        "手机2",
        "备用电话",
        "其他电话",
        "座机",
        "固定电话",
        "固话",
        "家庭电话",
        "办公电话",
        "phone 2",
        "phone2",
        "other phone",
        "landline",
        "home phone",
        "work phone",
    ),
    "wechat": ("微信", "微信号", "wechat", "weixin", "wechat id"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail", "email address"),
    "country": ("国家", "国家/地区", "country"),
    "province": ("省", "省份", "所在省", "province", "state"),
    "city": ("市", "城市", "所在城市", "city"),
    "district": ("区", "区县", "县区", "区/县", "县", "district", "county"),
    "street": (
        "地址",
        "详细地址",
        "街道",
        "街道地址",
        "住址",
        "家庭住址",
        "联系地址",
        "通讯地址",
        "收货地址",
        "邮寄地址",
        "address",
        "street",
        "street address",
        "mailing address",
    ),
    "postcode": ("邮编", "邮政编码", "postcode", "post code", "zip", "zip code", "postal code"),
    "occupation": ("职业", "工作", "职务", "occupation", "job", "profession"),
    "income_band": ("收入", "收入水平", "月收入", "年收入", "收入档次", "income", "income level"),
    "family": ("家庭状况", "家庭", "家庭情况", "婚姻状况", "family", "family status"),
    "preferences": ("个人喜好", "喜好", "爱好", "兴趣爱好", "偏好", "preferences", "hobbies", "likes"),
    "buying_habits": ("购买习惯", "消费习惯", "buying habits", "shopping habits"),
    "source": ("来源", "客户来源", "来源渠道", "获客渠道", "source", "lead source"),
    "staff": (
        "负责员工",
        "负责人",
        "业务员",
        "销售员",
        "员工",
        "客户经理",
        "跟进人",
        "导购",
        "staff",
        "salesperson",
        "sales rep",
        "owner",
        "account manager",
    ),
    "mail_consent": ("同意邮寄", "接收邮寄", "可邮寄", "mail consent", "mailing consent", "may mail"),
    "tags": ("标签", "客户分类", "客户类型", "客户等级", "会员等级", "等级", "tags", "tag", "labels"),
    "notes": ("备注", "说明", "附注", "备注说明", "notes", "note", "remarks", "remark", "comment", "comments"),
    "churn_status": ("流失状态", "churn status"),
    "churn_reason": ("流失原因", "churn reason"),
    "churned_on": ("流失日期", "churned on", "churn date"),
    "churn_note": ("流失说明", "churn note"),
    "date": (
        "日期",
        "购买日期",
        "消费日期",
        "销售日期",
        "下单日期",
        "交易日期",
        "订单日期",
        "购买时间",
        "消费时间",
        "交易时间",
        "下单时间",
        "date",
        "purchase date",
        "order date",
        "sale date",
    ),
    "item": ("商品", "商品名称", "产品", "产品名称", "品名", "货品", "项目", "item", "product", "goods"),
    "category": ("类别", "品类", "商品类别", "商品分类", "产品类别", "category"),
    "quantity": ("数量", "件数", "购买数量", "qty", "quantity"),
    "amount": (
        "金额",
        "消费金额",
        "实收金额",
        "实付金额",
        "付款金额",
        "成交金额",
        "销售额",
        "销售金额",
        "总价",
        "总金额",
        "应收",
        "实收",
        "amount",
        "total",
        "paid",
        "sales",
        "revenue",
    ),
    "cost": ("成本", "进价", "成本价", "成本金额", "cost", "cost price", "cogs"),
    "channel": ("销售渠道", "渠道", "门店", "店铺", "channel", "store", "shop"),
    "note": ("备注", "说明", "note", "notes", "remark", "remarks", "comment"),
    "refund": ("退货", "退款", "退货退款", "是否退货", "refund", "refunded", "returned", "return"),
}
_PRODUCT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "商品名称",
        "品名",
        "名称",
        "商品",
        "商品名",
        "产品名称",
        "产品",
        "货品",
        "货品名称",
        "服务项目",
        "项目",
        "name",
        "product",
        "product name",
        "item",
        "goods",
    ),
    "barcode": ("条码", "条形码", "商品条码", "条码号", "barcode", "bar code", "ean", "upc"),
    "category": ("分类", "类别", "商品分类", "商品类别", "品类", "category"),
    "unit": ("单位", "计量单位", "unit", "uom"),
    "kind": ("类型", "商品类型", "kind", "type"),
    "price": ("售价", "零售价", "单价", "销售价", "价格", "标价", "price", "retail price", "unit price", "sale price"),
    "cost": ("进价", "成本价", "成本", "进货价", "采购价", "cost", "cost price", "purchase price"),
}
# Headers that look like a field but are not: a row counter, a unit price.
_NOT_FIELDS = ("序号", "行号", "#", "no.", "no", "单价", "unit price", "price", "年龄", "age")
_NOT_PRODUCT_FIELDS = ("序号", "行号", "#", "no.", "no")

_DECORATION = re.compile(r"[\s*＊:：_\-·.]+")
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


def normalise_header(value: Cell) -> str:
    """'手机号码*', ' Phone: ' and 'ＰＨＯＮＥ' all become the same key."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    return _DECORATION.sub("", text)


def _lookup_table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for kind, fields in (("customers", CUSTOMER_FIELDS), ("purchases", PURCHASE_FIELDS), ("products", PRODUCT_FIELDS)):
        synonyms, labels = (_PRODUCT_SYNONYMS, PRODUCT_LABELS) if kind == "products" else (_SYNONYMS, LABELS)
        for name in _NOT_PRODUCT_FIELDS if kind == "products" else _NOT_FIELDS:
            table[kind][normalise_header(name)] = IGNORE
        for field in fields:
            names = (*synonyms[field], *labels[field])
            for name in names:
                table[kind].setdefault(normalise_header(name), field)
    return table


_TABLE = _lookup_table()


def field_for(header: Cell, kind: str) -> str | None:
    """The field a header names for ``kind``; IGNORE for known non-fields; None if unknown."""
    key = normalise_header(header)
    if not key:
        return None
    table = _TABLE[kind]
    if key in table:
        return table[key]
    bare = normalise_header(_BRACKETED.sub("", unicodedata.normalize("NFKC", str(header))))
    return table.get(bare) if bare else None


def fields_of(kind: str) -> tuple[str, ...]:
    if kind not in KINDS:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{kind} is not a kind of import; use customers, purchases or products."),
            kind=kind,
        )
    return {"customers": CUSTOMER_FIELDS, "purchases": PURCHASE_FIELDS, "products": PRODUCT_FIELDS}[kind]


@dataclass
class HeaderGuess:
    row: int  # the header's row number as the owner sees it (1-based); 0: no header found
    headers: list[str]  # the header texts, '' for a column without one
    kind: str
    mapping: list[str]  # per column: a field, IGNORE or AS_NOTE


def _score(cells: Row) -> dict[str, int]:
    return {kind: len({f for f in (field_for(c, kind) for c in cells if isinstance(c, str)) if f}) for kind in KINDS}


def find_header(rows: Sequence[tuple[int, Row]], kind: str | None = None) -> HeaderGuess:
    """The header row among the first non-blank rows (title rows above it are skipped),
    the kind of file when not given, and a proposed mapping."""
    best: tuple[int, int] = (0, -1)  # (score, index)
    for index, (_number, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        scores = _score(cells)
        score = scores[kind] if kind else max(scores.values())
        if score > best[0]:
            best = (score, index)
    if best[1] < 0:
        # Nothing looks like a header: the first row with text is taken, every column kept as notes.
        index = next((i for i, (_n, cells) in enumerate(rows) if any(isinstance(c, str) for c in cells)), -1)
        if index < 0:
            return HeaderGuess(0, [], kind or "customers", [])
        best = (0, index)
    number, cells = rows[best[1]]
    headers = [header_text(c) for c in cells]
    chosen = kind or guess_kind(headers)
    return HeaderGuess(number, headers, chosen, propose_mapping(headers, chosen))


def header_text(value: Cell) -> str:
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def guess_kind(headers: Sequence[str]) -> str:
    """Purchases when the columns name a date and an amount; products when they name a
    product and its price or barcode (售价, 条码) and no phone; customers otherwise."""
    found = {field_for(h, "purchases") for h in headers}
    if {"date", "amount"} <= found:
        return "purchases"
    goods = {field_for(h, "products") for h in headers}
    if "name" in goods and goods & {"price", "barcode"} and "phone" not in {field_for(h, "customers") for h in headers}:
        return "products"
    return "customers"


def propose_mapping(headers: Sequence[str], kind: str) -> list[str]:
    """Each column's field by synonyms; a field taken twice is kept as notes (a second
    phone column becomes phone2 while phone2 is free); unknown headers are kept as
    notes, columns without a header are ignored. A product has no notes: there such a
    column is not imported (the wizard's columns page and the command's output say so)."""
    fields_of(kind)
    extra = IGNORE if kind == "products" else AS_NOTE
    used: set[str] = set()
    mapping: list[str] = []
    for header in headers:
        field = field_for(header, kind)
        if field is None:
            field = extra if header else IGNORE
        elif field in used:
            field = "phone2" if field == "phone" and "phone2" not in used and kind == "customers" else extra
        if field not in (IGNORE, AS_NOTE):
            used.add(field)
        mapping.append(field)
    return mapping


def check_mapping(mapping: Sequence[str], kind: str, headers: Sequence[str]) -> list[str]:
    """A mapping from the wizard or ``--map``: known fields, each used once."""
    allowed = set(fields_of(kind)) | {IGNORE, *(() if kind == "products" else (AS_NOTE,))}
    seen: dict[str, int] = {}
    for column, field in enumerate(mapping):
        name = headers[column] if column < len(headers) and headers[column] else column_letter(column)
        if field == AS_NOTE and kind == "products":
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "A product has no notes: import this column as a field or not at all."),
                column=name,
            )
        if field not in allowed:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "There is no {kind} field {field} to map a column to."),
                kind=kind,
                field=field,
                column=name,
            )
        if field in seen and field not in (IGNORE, AS_NOTE):
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Two columns are mapped to {field}; map one of them elsewhere."),
                field=field,
                column=name,
            )
        seen[field] = column
    return list(mapping)


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA': how the owner names a column without a header."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---------------------------------------------------------------------------------
# Remembered mappings


def headers_key(kind: str, headers: Sequence[str]) -> str:
    """Files 'with the same headers': the same kind and the same normalised header texts."""
    text = json.dumps([kind, [normalise_header(h) for h in headers]], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remembered_mapping(kind: str, headers: Sequence[str]) -> list[str] | None:
    """The mapping the owner last chose for these headers, if any (and still valid)."""
    row = ImportMapping.get_or_none(ImportMapping.key == headers_key(kind, headers))
    if row is None:
        return None
    mapping = json.loads(row.mapping)
    allowed = set(fields_of(kind)) | {IGNORE, *(() if kind == "products" else (AS_NOTE,))}
    if len(mapping) != len(headers) or not set(mapping) <= allowed:
        return None
    return list(mapping)


def remember_mapping(kind: str, headers: Sequence[str], mapping: Sequence[str]) -> None:
    """Keep the owner's adjusted mapping for the next file with these headers; the
    proposal itself is not stored (it is recomputed, and may improve)."""
    check_mapping(mapping, kind, headers)
    key = headers_key(kind, headers)
    with db.atomic():
        if list(mapping) == propose_mapping(headers, kind):
            ImportMapping.delete().where(ImportMapping.key == key).execute()
            return
        ImportMapping.insert(
            key=key,
            kind=kind,
            headers=json.dumps(list(headers), ensure_ascii=False),
            mapping=json.dumps(list(mapping), ensure_ascii=False),
            updated_at=now(),
        ).on_conflict_replace().execute()
