"""Migration 7: the column mapping of an import, remembered per sheet layout."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add


def test_one_mapping_is_remembered_per_layout(shop_at: Shop) -> None:
    database = shop_at(7)
    add(database, "import_mapping", key="customers:姓名|手机", kind="customers", headers="[]", mapping="{}",
        updated_at="2025-01-01 09:00:00")  # fmt: skip
    with pytest.raises(IntegrityError):
        add(database, "import_mapping", key="customers:姓名|手机", kind="customers", headers="[]", mapping="{}",
            updated_at="2025-01-02 09:00:00")  # fmt: skip
