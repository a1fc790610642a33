"""A shop as SmallCRM 1 left it: every table of the first schema holding rows, written
with raw SQL so that nothing depends on today's models."""

from __future__ import annotations

from typing import Any

from smallcrm.store.db import db

CUSTOMER_DEFAULTS: dict[str, Any] = {
    "name": "",
    "gender": "",
    "birth_calendar": "solar",
    "birth_leap": 0,
    "phone": "",
    "phone_norm": "",
    "phone2": "",
    "phone2_norm": "",
    "wechat": "",
    "email": "",
    "country": "CN",
    "province": "",
    "city": "",
    "district": "",
    "street": "",
    "postcode": "",
    "occupation": "",
    "income_band": "",
    "family": "",
    "preferences": "",
    "buying_habits": "",
    "source": "",
    "mail_consent": 0,
    "churn_status": "active",
    "churn_reason": "",
    "churn_note": "",
    "notes": "",
    "created_at": "2023-04-01 10:30:00",
    "updated_at": "2023-04-01 10:30:00",
}

SCHEMA1_ROWS: dict[str, list[dict[str, Any]]] = {
    "staff": [
        {"id": 1, "name": "李娜", "phone": "139 0000 1111", "active": 1, "created_at": "2023-03-01 09:00:00"},
        {"id": 2, "name": "王强", "phone": "", "active": 0, "created_at": "2023-03-02 09:00:00"},
    ],
    "import_batch": [
        {
            "id": 1,
            "file_name": "客户名单2023.xlsx",
            "file_hash": "9f86d081884c7d65",
            "kind": "customers",
            "added": 1,
            "updated": 0,
            "skipped": 0,
            "rejected": 1,
            "undo_data": '{"updated": []}',
            "created_at": "2023-05-01 16:00:00",
            "undone_at": None,
        }
    ],
    "customer": [
        CUSTOMER_DEFAULTS
        | {
            "id": 1,
            "customer_no": "C000001",
            "name": "张三丰",
            "gender": "M",
            "birth_year": 1985,
            "birth_month": 3,
            "birth_day": 12,
            "phone": "138 1234 5678",
            "phone_norm": "+8613812345678",
            "wechat": "zhangsf_wx",
            "province": "四川省",
            "city": "成都市",
            "district": "武侯区",
            "street": "人民南路四段12号",
            "postcode": "610041",
            "staff_id": 1,
            "mail_consent": 1,
            "preferences": "喜欢普洱茶，不要花茶",
            "notes": "老客户，春节送礼",
        },
        CUSTOMER_DEFAULTS
        | {
            "id": 2,
            "customer_no": "C000002",
            "name": "欧阳娜娜",
            "gender": "F",
            "birth_calendar": "lunar",
            "birth_month": 8,
            "birth_day": 15,
            "birth_leap": 1,
            "phone2": "021-6666 8888",
            "phone2_norm": "+862166668888",
            "import_batch_id": 1,
            "churn_status": "churned",
            "churn_reason": "competitive",
            "churn_note": "去了对面的茶馆",
            "churned_on": "2024-02-29",
            "created_at": "2023-05-01 16:00:00",
            "updated_at": "2024-02-29 18:45:00",
        },
        CUSTOMER_DEFAULTS
        | {
            "id": 5,
            "customer_no": "VIP-7",
            "name": "Li Wei",
            "email": "li.wei@example.com",
            "deleted_at": "2024-05-01 08:00:00",
        },
    ],
    "tag": [{"id": 1, "name": "VIP"}, {"id": 2, "name": "老客户"}],
    "customer_tag": [
        {"customer_id": 1, "tag_id": 1},
        {"customer_id": 1, "tag_id": 2},
        {"customer_id": 2, "tag_id": 2},
    ],
    "purchase": [
        {
            "id": 1,
            "customer_id": 1,
            "date": "2023-12-31",
            "item": "大红袍 礼盒",
            "category": "茶叶",
            "quantity": 2,
            "amount_cents": 128800,
            "cost_cents": 90050,
            "channel": "门店",
            "note": "春节礼品",
            "import_batch_id": None,
            "created_at": "2023-12-31 15:00:00",
        },
        {
            "id": 2,
            "customer_id": 2,
            "date": "2024-02-29",
            "item": "紫砂壶",
            "category": "茶具",
            "quantity": 1,
            "amount_cents": 1,
            "cost_cents": None,
            "channel": "微信",
            "note": "",
            "import_batch_id": 1,
            "created_at": "2024-02-29 10:00:00",
        },
        {
            "id": 3,
            "customer_id": 5,
            "date": "2024-04-30",
            "item": "退货",
            "category": "",
            "quantity": -1,
            "amount_cents": -4999,
            "cost_cents": 0,
            "channel": "",
            "note": "",
            "import_batch_id": None,
            "created_at": "2024-04-30 11:11:11",
        },
    ],
    "interaction": [
        {
            "id": 1,
            "customer_id": 1,
            "at": "2024-01-05 14:20:00",
            "kind": "complaint",
            "satisfaction": 2,
            "summary": "包装破损，已补发",
            "staff_id": 1,
            "status": "resolved",
            "resolved_at": "2024-01-06 09:00:00",
            "created_at": "2024-01-05 14:25:00",
        },
        {
            "id": 2,
            "customer_id": 2,
            "at": "2024-02-10 10:00:00",
            "kind": "greeting",
            "satisfaction": None,
            "summary": "新年快乐",
            "staff_id": None,
            "status": "",
            "resolved_at": None,
            "created_at": "2024-02-10 10:00:00",
        },
    ],
    "reminder": [
        {
            "id": 1,
            "customer_id": 1,
            "due_date": "2025-03-12",
            "due_time": "",
            "title": "生日问候：张三丰",
            "kind": "birthday",
            "recur_every": 1,
            "recur_unit": "years",
            "status": "open",
            "outcome": "",
            "origin": "birthday",
            "staff_id": 1,
            "created_at": "2024-03-12 08:00:00",
            "done_at": None,
        },
        {
            "id": 2,
            "customer_id": None,
            "due_date": "2024-06-01",
            "due_time": "10:00",
            "title": "盘点库存",
            "kind": "task",
            "recur_every": 0,
            "recur_unit": "",
            "status": "done",
            "outcome": "已完成",
            "origin": "manual",
            "staff_id": 2,
            "created_at": "2024-05-20 09:00:00",
            "done_at": "2024-06-01 11:00:00",
        },
    ],
    "setting": [
        {"key": "shop_name", "value": '"老张茶庄"'},
        {"key": "phone_region", "value": '"CN"'},
    ],
}


def insert(table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    db.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))


def snapshot(tables: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as plain dicts, in primary-key order."""
    out = {}
    for table in tables:
        cursor = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1, 2')
        names = [d[0] for d in cursor.description]
        out[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return out


SCHEMA1_TABLES = [*SCHEMA1_ROWS, "schema_migration"]
