"""The counter: a catalogue of products and services, sales (receipts), and on each
purchase line what the counter knows (product, unit price, discount, payment, staff,
the sale it belongs to, the line a return brings back).

Existing purchases keep every value: the new columns are NULL or empty on them, so
an imported or typed line stays the free-text line it was. The new purchase indexes
are partial (``WHERE sale_id IS NOT NULL`` ...): the counter's lines are found by
sale, product and staff, while an import of a million history lines, which has none
of those, pays nothing for them.

Lines no customer analysis may count, a walk-in customer's and a voided sale's, live
in ``uncounted_line`` (see store.models.UncountedLine): every analysis reads
``purchase`` and so needs no filter.
"""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator

NAME = "counter: products, sales, counter lines"

STATEMENTS = (
    """CREATE TABLE product (
        id INTEGER NOT NULL PRIMARY KEY,
        name VARCHAR(255) NOT NULL,
        search_text TEXT NOT NULL DEFAULT '',
        category VARCHAR(255) NOT NULL DEFAULT '',
        unit VARCHAR(255) NOT NULL DEFAULT '',
        kind VARCHAR(255) NOT NULL DEFAULT 'goods',
        price_cents INTEGER NOT NULL DEFAULT 0,
        cost_cents INTEGER,
        barcode VARCHAR(255),
        active INTEGER NOT NULL DEFAULT 1,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL)""",
    'CREATE UNIQUE INDEX "product_barcode" ON "product" ("barcode")',
    """CREATE TABLE sale (
        id INTEGER NOT NULL PRIMARY KEY,
        number VARCHAR(255) NOT NULL,
        sold_at DATETIME NOT NULL,
        customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL,
        staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
        payment VARCHAR(255) NOT NULL DEFAULT 'cash',
        discount_cents INTEGER NOT NULL DEFAULT 0,
        total_cents INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        returns_sale_id INTEGER REFERENCES sale (id) ON DELETE RESTRICT,
        reason TEXT NOT NULL DEFAULT '',
        voided_at DATETIME,
        void_reason TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL)""",
    'CREATE UNIQUE INDEX "sale_number" ON "sale" ("number")',
    'CREATE INDEX "sale_sold_at" ON "sale" ("sold_at")',
    'CREATE INDEX "sale_customer_id" ON "sale" ("customer_id")',
    'CREATE INDEX "sale_staff_id" ON "sale" ("staff_id")',
    'CREATE INDEX "sale_returns_sale_id" ON "sale" ("returns_sale_id")',
    "ALTER TABLE purchase ADD COLUMN sale_id INTEGER REFERENCES sale (id) ON DELETE RESTRICT",
    "ALTER TABLE purchase ADD COLUMN product_id INTEGER REFERENCES product (id) ON DELETE RESTRICT",
    "ALTER TABLE purchase ADD COLUMN unit_price_cents INTEGER",
    "ALTER TABLE purchase ADD COLUMN discount_cents INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE purchase ADD COLUMN payment VARCHAR(255) NOT NULL DEFAULT ''",
    "ALTER TABLE purchase ADD COLUMN staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL",
    "ALTER TABLE purchase ADD COLUMN returns_line INTEGER",
    'CREATE INDEX "purchase_sale" ON "purchase" ("sale_id") WHERE sale_id IS NOT NULL',
    'CREATE INDEX "purchase_product" ON "purchase" ("product_id") WHERE product_id IS NOT NULL',
    'CREATE INDEX "purchase_staff_date" ON "purchase" ("staff_id", "date") WHERE staff_id IS NOT NULL',
    'CREATE INDEX "purchase_returns_line" ON "purchase" ("returns_line") WHERE returns_line IS NOT NULL',
    """CREATE TABLE uncounted_line (
        id INTEGER NOT NULL PRIMARY KEY,
        reason VARCHAR(255) NOT NULL,
        sale_id INTEGER NOT NULL REFERENCES sale (id) ON DELETE RESTRICT,
        customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL,
        purchase_id INTEGER,
        date DATE NOT NULL,
        item VARCHAR(255) NOT NULL DEFAULT '',
        category VARCHAR(255) NOT NULL DEFAULT '',
        quantity_milli INTEGER NOT NULL DEFAULT 1000,
        amount_cents INTEGER NOT NULL DEFAULT 0,
        cost_cents INTEGER,
        product_id INTEGER REFERENCES product (id) ON DELETE RESTRICT,
        unit_price_cents INTEGER,
        discount_cents INTEGER NOT NULL DEFAULT 0,
        payment VARCHAR(255) NOT NULL DEFAULT '',
        staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
        returns_line INTEGER,
        note TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL)""",
    'CREATE INDEX "uncounted_line_sale_id" ON "uncounted_line" ("sale_id")',
    'CREATE INDEX "uncounted_line_customer_id" ON "uncounted_line" ("customer_id")',
    'CREATE INDEX "uncounted_line_product_id" ON "uncounted_line" ("product_id")',
    'CREATE INDEX "uncounted_line_staff_id" ON "uncounted_line" ("staff_id")',
)


def up(db: Database, migrator: SchemaMigrator) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
