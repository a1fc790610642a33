"""Actions on more customers than one SQLite statement may bind parameters.

Python's own SQLite on Windows and macOS allows 32,766 bound parameters a statement
(Debian's allows more), and "select all" in a shop of 100,000 customers names them
all. ``many_customers`` holds the connection to 999, SQLite's old default, with a
selection of 1,200: any command that bound one parameter per customer would fail with
"too many SQL variables".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.store.db import db

MANY = 1200


@contextmanager
def many_customers() -> Iterator[list[int]]:
    """MANY mailable customers in the open shop, its connection limited to 999 parameters."""
    home = {"province": "四川省", "city": "成都市", "postcode": "610041", "mail_consent": True}
    rows = [{"name": f"客户{i}", "street": f"人民南路{i}号", "phone": f"139{i:08d}", **home} for i in range(MANY)]
    ids = insert_customers(rows, validate=False)
    connection = db.connection()
    before = connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    try:
        yield ids
    finally:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)
