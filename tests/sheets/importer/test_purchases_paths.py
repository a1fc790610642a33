"""Issue 17: the purchases import's two paths store the same thing. The lines the
preview shows go row by row (a dict of cleaned fields, the customer cleaned and
matched); later lines take the fast path (cells looked up among those seen before).
On random files with messy cells, every line by either path gives the same stored
purchases, the same new customers and the same rejects (row, column, reason); the
preview is the row-by-row path's; the purchases' own line loop counts, previews and
reports progress as the engine's does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers.commands import create_customer
from smallcrm.sheets.exporter import guard_csv
from smallcrm.sheets.importer import ImportOptions, engine, run_import
from smallcrm.sheets.importer import purchases as purchase_import
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Purchase
from smallcrm.store.sqlite import bulk
from tests.sheets.conftest import write_csv, write_xlsx
from tests.sheets.importer.test_purchases import purchase_rows

# The customer cells of a line: known numbers (one typed full-width, one lower-case),
# an unknown one, one in the trash, phones as people type them (two in one cell and
# one too short: refused, one unknown), names (one too long for a customer).
NUMBERS = ["C000001", "Ｃ000001", "c000001", "C000777", "C999", None]
PHONES = ["13812345678", "139-1234-5678", "13912345678/13812345678", "137 0000 0000", "13700000000", "12345", None]
NAMES = ["张三", "王五", "名" * 201, None]
FIELDS = ["refund", "date", "item", "category", "quantity", "amount", "cost", "channel", "note"]


@pytest.fixture
def shop(crm: Path) -> None:
    create_customer({"name": "张三", "phone": "13812345678", "customer_no": "C000001"})
    create_customer({"name": "李四", "phone": "13912345678"})
    trashed = create_customer({"name": "赵六", "phone": "13600000000", "customer_no": "C000777"})
    Customer.update(deleted_at=dt.datetime(2024, 1, 1)).where(Customer.id == trashed.id).execute()


def typed(field: str, value: str, rng: Any) -> Any:
    """A cell as a spreadsheet types it, where it can: a date cell, a number, a bool."""
    choice = rng.randint(0, 2)
    if field == "date" and choice and value[:4].isdigit() and "-" in value:
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return value
        return day if choice == 1 else (day - dt.date(1899, 12, 30)).days  # a date cell, or its serial shown as General
    if field in ("amount", "quantity") and choice == 2 and value in ("0", "1"):
        return value == "1"  # TRUE in a number's column: text, not the number 1
    if field in ("amount", "cost", "quantity") and choice:
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() and choice == 1 else number
    if field == "refund" and choice and value in ("yes", "no"):
        return value == "yes"
    return value


# Lines a shop's file mostly has: a good date and amount, a quantity sold by weight.
good_rows = st.fixed_dictionaries(
    {
        "date": st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)).map(str),
        "amount": st.decimals(min_value=0, max_value=10**5, places=2).map(str),
    },
    optional={"quantity": st.sampled_from(["1", "1.5", "2", "0.25"]), "refund": st.sampled_from(["是", "否"])},
)
files = st.fixed_dictionaries(
    {
        "pool": st.lists(st.one_of(good_rows, purchase_rows), min_size=1, max_size=5),
        "lines": st.lists(
            st.tuples(
                st.integers(0, 4),
                st.one_of(st.just("C000001"), st.sampled_from(NUMBERS)),  # half of them a known customer
                st.sampled_from(PHONES),
                st.one_of(st.none(), st.sampled_from(NAMES)),
                st.sampled_from([None, "date", "amount", "item", "quantity"]),  # a cell left empty
                st.sampled_from([None, "x", "备注"]),  # the column kept as a note
                st.sampled_from([None, "是", "否"]),  # the line's refund, else its pool row's
            ),
            min_size=20,  # the preview's lines go row by row: later ones take the fast path
            max_size=80,
        ),
        "columns": st.sets(st.sampled_from(["phone", "name", "refund", "category", "cost", "channel", "note"])),
        "create_missing": st.booleans(),
        "xlsx": st.booleans(),
        "seed": st.integers(0, 2**16),
        "specials": st.lists(st.tuples(st.integers(0, 100), st.sampled_from(["blank", "total"])), max_size=4),
    }
)


def write_file(folder: Path, spec: dict[str, Any]) -> tuple[Path, list[str]]:
    """The file ``spec`` describes, and the mapping of its columns."""
    import random

    rng = random.Random(spec["seed"])
    mapping = ["customer_no", *(f for f in ("phone", "name") if f in spec["columns"])]
    mapping += [f for f in FIELDS if f in ("date", "amount", "item", "quantity") or f in spec["columns"]]
    mapping.append("+note")
    rows: list[list[Any]] = [mapping]
    for pick, number, phone, name, empty, kept, refund in spec["lines"]:
        values = spec["pool"][pick % len(spec["pool"])]
        values = {**values, "refund": refund} if refund else values
        who = {"customer_no": number, "phone": phone, "name": name}
        cells = []
        for field in mapping[:-1]:
            value = who[field] if field in who else None if field == empty else values.get(field)
            if value is not None and field not in who:
                value = typed(field, value, rng) if spec["xlsx"] else guard_csv(value)
            cells.append(value)
        rows.append([*cells, kept])
    for at, special in spec.get("specials", []):  # a blank row, a total row: not lines
        total = ["合计", *[None] * (len(mapping) - 2), "100"]
        rows.insert(1 + at % len(rows), [None] * len(mapping) if special == "blank" else total)
    if spec["xlsx"]:
        return write_xlsx(folder / "lines.xlsx", rows), mapping
    return write_csv(folder / "lines.csv", rows), mapping


def outcome(path: Path, mapping: list[str], create_missing: bool) -> dict[str, Any]:
    """An import of ``path`` rolled back: what it stored, refused and previewed."""
    with db.atomic() as txn:
        done = imported(path, mapping, create_missing)
        txn.rollback()
    return done


STORED = ("date", "item", "category", "quantity", "amount_cents", "cost_cents", "channel", "note", "import_batch_id")


def imported(path: Path, mapping: list[str], create_missing: bool = False, dry_run: bool = False) -> dict[str, Any]:
    """An import of ``path``: what it stored, refused and previewed."""
    options = ImportOptions(kind="purchases", mapping=mapping, header_row=1, create_missing=create_missing, force=True)
    said: list[tuple[int, int]] = []

    def progress(done: int, total: int, _message: str = "") -> None:
        said.append((done, total))

    result = run_import(path, options, dry_run=dry_run, progress=progress)
    number = {c.id: c.customer_no for c in Customer.select(Customer.id, Customer.customer_no)}
    stored = [
        (number[p.customer_id], *(getattr(p, c) for c in STORED)) for p in Purchase.select().order_by(Purchase.id)
    ]
    added = [(c.customer_no, c.name, c.phone) for c in Customer.select().where(Customer.id >= result.new_ids_from)]
    return {
        "counts": (result.added, result.rejected, result.skipped, result.customers_added),
        "not lines": (result.blank, result.summary_rows),
        "progress": said,
        "rejects": [(r.row, r.column, r.reason) for r in result.rejects],
        "stored": stored,
        "customers": added,
        "preview": result.preview,
    }


FILLER = (0, "C000001", None, None, None, None, None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=files)
@example(  # the same amount in a sale and in a refund: 10.00 and -10.00
    spec={
        "pool": [{"date": "2024-03-01", "amount": "10"}],
        "lines": [FILLER] * 20 + [(0, "C000001", None, None, None, None, r) for r in ("否", "是", "否", "是")],
        "columns": {"refund"},
        "create_missing": False,
        "xlsx": False,
        "seed": 0,
    }
)
@example(  # an unknown number found by its phone, until a later line adds a customer with that number
    spec={
        "pool": [{"date": "2024-03-01", "amount": "10"}],
        "lines": [FILLER] * 20
        + [(0, "C999", p, "王五", None, None, None) for p in ("13812345678", "13700000000", "13812345678")],
        "columns": {"phone", "name"},
        "create_missing": True,
        "xlsx": False,
        "seed": 0,
    }
)
@example(  # the same number with another phone or a name too long: each line's own cells count
    spec={
        "pool": [{"date": "2024-03-01", "amount": "10"}],
        "lines": [FILLER] * 20
        + [(0, n, p, m, None, None, None) for n, p, m in ((None, "13812345678", None), (None, "13912345678", None))]
        + [(0, "C000001", None, m, None, None, None) for m in (None, "名" * 201)],
        "columns": {"phone", "name"},
        "create_missing": False,
        "xlsx": False,
        "seed": 0,
    }
)
@example(  # TRUE and 1 in a quantity's column: a bool is not the number 1
    spec={
        "pool": [{"date": "2024-03-01", "amount": "10", "quantity": "1"}],
        "lines": [FILLER] * 24,
        "columns": set(),
        "create_missing": False,
        "xlsx": True,
        "seed": 3,
    }
)
def test_every_line_is_stored_or_refused_alike_by_either_path(
    shop: None, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, spec: dict[str, Any]
) -> None:
    path, mapping = write_file(tmp_path_factory.mktemp("paths"), spec)
    runs = {}
    for name, rows_by_reference in (("reference", 10**9), ("usual", purchase_import.PREVIEW_ROWS), ("fast", 0)):
        monkeypatch.setattr(purchase_import, "PREVIEW_ROWS", rows_by_reference)
        runs[name] = outcome(path, mapping, spec["create_missing"])
        monkeypatch.undo()
    # The purchases' own line loop, against the engine's that the customer import runs.
    monkeypatch.setattr(purchase_import.PurchaseImport, "run", engine.Job.run)
    assert outcome(path, mapping, spec["create_missing"]) == runs["usual"]
    monkeypatch.undo()

    reference = runs["reference"]
    added, rejected = reference["counts"][:2]
    event(f"lines stored: {'some' if added else 'none'}, refused: {'some' if rejected else 'none'}")
    for name in ("usual", "fast"):
        assert {k: v for k, v in runs[name].items() if k != "preview"} == {
            k: v for k, v in reference.items() if k != "preview"
        }, name
    assert runs["usual"]["preview"] == reference["preview"]


def purchase_schema() -> list[tuple[str, str]]:
    return db.execute_sql("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'purchase' ORDER BY name").fetchall()


def test_a_big_file_into_a_small_table_builds_the_indexes_once_sorted_on_disk(
    shop: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: inserting a million lines into the purchase table's four indexes
    took most of the import; a file with more lines than the table holds is stored
    with them dropped, then built once, sorted on disk in small runs (in memory the
    sort held every key: the peak grew with the file). The same purchases and rejects
    as with the indexes kept, and the table and the connection's settings as before."""
    monkeypatch.setattr(bulk, "MIN_ROWS", 10)
    mapping = ["customer_no", "phone", "date", "item", "quantity", "amount"]
    lines = [
        [["C000001", None][i % 2], [None, "13912345678"][i % 2], f"2024-03-{1 + i % 28:02d}", "茶叶", "1.5", str(i)]
        for i in range(60)
    ]
    lines[30][5] = "abc"  # refused
    path = write_csv(tmp_path / "p.csv", [mapping, *lines])
    before = purchase_schema()
    kept = outcome(path, mapping, False)  # inside a transaction: the indexes are kept
    assert kept["counts"][:2] == (59, 1)

    sorts: list[tuple[str, int, int]] = []
    execute_sql = db.execute_sql

    def spy(sql: str, *args: Any, **kwargs: Any) -> Any:
        if sql.startswith("CREATE INDEX"):
            settings = [db.connection().execute(f"PRAGMA {p}").fetchone()[0] for p in ("temp_store", "cache_size")]
            sorts.append((sql.split('"')[1], *settings))
        return execute_sql(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", spy)
    previewed = imported(path, mapping, dry_run=True)  # a preview puts the indexes back as they were
    assert previewed["stored"] == [] and purchase_schema() == before
    sorts.clear()
    built = imported(path, mapping)

    assert {k: v for k, v in built.items() if k != "preview"} == {k: v for k, v in kept.items() if k != "preview"}
    assert sorted(sorts) == [(name, 1, -bulk.SORT_KIB) for name, sql in before if sql.startswith("CREATE INDEX")]
    assert purchase_schema() == before
    assert [db.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("temp_store", "cache_size")] == [2, -64 * 1024]
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    plan = db.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM purchase WHERE date = '2024-03-02'").fetchall()
    assert "purchase_date_customer_id" in plan[0][-1]
