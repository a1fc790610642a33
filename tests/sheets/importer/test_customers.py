"""Importing a shop's customer list (sheets/importer/customers): exact stored values, the
duplicate policies, and one cleaning path with the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.fields import birthday_of
from smallcrm.domain.customers.lookup import get_customer, tags_of
from smallcrm.domain.values.birthdays import Birthday
from smallcrm.errors import ValidationError
from smallcrm.sheets import importer
from smallcrm.sheets.exporter import guard_csv
from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.store.models import Customer, ImportBatch, Staff
from tests.birthday_forms import stored_birthdays
from tests.sheets.conftest import write_csv, write_xlsx


def by_name(name: str) -> Customer:
    return Customer.get(Customer.name == name)


def test_a_messy_member_list_imports_with_exact_counts(crm: Path, messy_xlsx: Path) -> None:
    result = run_import(messy_xlsx)

    assert (result.added, result.updated, result.skipped, result.rejected) == (8, 0, 2, 3)
    assert result.header_row == 4
    assert (result.blank, result.summary_rows) == (1, 1)
    assert [(r.row, r.column) for r in result.rejects] == [(10, "手机号码*"), (14, "出生日期"), (16, "")]
    assert "scientific notation" in result.rejects[0].reason
    assert Customer.select().count() == 8
    assert ImportBatch.get_by_id(result.batch).added == 8


def test_phones_in_every_shape_are_stored_normalised(crm: Path, messy_xlsx: Path) -> None:
    run_import(messy_xlsx)

    assert (by_name("张三").phone, by_name("张三").phone_norm) == ("13812345678", "+8613812345678")
    assert by_name("李四").phone_norm == "+8613812345679"
    assert by_name("王五").phone_norm == "+8613912345678"
    assert (by_name("赵六").phone, by_name("赵六").phone_norm) == ("13712345678", "+8613712345678")
    assert by_name("钱七").phone == "13612345678"  # the '.0' of a number saved as text is dropped


def test_birthdays_in_every_form_are_stored_as_parts(crm: Path, messy_xlsx: Path) -> None:
    run_import(messy_xlsx)

    def parts(name: str) -> tuple:
        c = by_name(name)
        return (c.birth_calendar, c.birth_year, c.birth_month, c.birth_day)

    for name in ("张三", "李四", "王五", "赵六", "钱七"):  # date cell, 年月日, slashes, ISO, Excel serial
        assert parts(name) == ("solar", 1985, 3, 2), name
    assert parts("周九") == ("solar", None, 3, 2)
    assert parts("吴十") == ("lunar", None, 8, 15)  # any date in the 农历生日 column is lunar
    assert parts("郑一") == ("lunar", 1990, 1, 8)


def test_genders_notes_and_tags_are_read(crm: Path, messy_xlsx: Path) -> None:
    run_import(messy_xlsx)

    assert [by_name(n).gender for n in ("张三", "李四", "王五", "赵六", "钱七")] == ["M", "F", "M", "F", "F"]
    zhang = by_name("张三")
    assert (zhang.province, zhang.city, zhang.street) == ("四川省", "成都市", "人民南路1号")  # the address, split
    assert zhang.notes == "VIP客户\n消费金额: 1234.5"  # an unknown column is kept as a notes line
    assert tags_of(zhang.id) == ["金卡"]


def test_imported_customers_are_found_by_search(crm: Path, messy_xlsx: Path) -> None:
    from smallcrm.domain.customers.search import search

    run_import(messy_xlsx)

    assert [h["name"] for h in search("zhangsan").hits] == ["张三"]
    assert [h["name"] for h in search("5678").hits][:1]


def test_duplicates_of_database_customers_are_skipped_by_default(crm: Path, tmp_path: Path) -> None:
    old = create_customer({"name": "张三", "phone": "13812345678", "city": "成都市"})
    path = write_csv(
        tmp_path / "c.csv", [["姓名", "手机", "城市", "邮编"], ["张三丰", "138-1234-5678", "重庆市", "400000"]]
    )

    result = run_import(path)

    assert (result.added, result.skipped) == (0, 1)
    assert result.duplicates == [{"row": 2, "customer_id": old.id, "match": "phone", "action": "skipped"}]
    assert result.duplicate_count == 1 and result.as_dict()["duplicate_count"] == 1
    assert get_customer(old.id).name == "张三"


def test_fill_fills_only_empty_fields_and_undo_restores_them(crm: Path, tmp_path: Path) -> None:
    old = create_customer({"name": "张三", "phone": "13812345678", "city": "成都市"})
    path = write_csv(
        tmp_path / "c.csv", [["姓名", "手机", "城市", "邮编"], ["张三丰", "138-1234-5678", "重庆市", "400000"]]
    )

    result = run_import(path, ImportOptions(on_duplicate="fill"))

    assert (result.added, result.updated) == (0, 1)
    c = get_customer(old.id)
    assert (c.name, c.city, c.postcode) == ("张三", "成都市", "400000")
    importer.undo_import(result.batch)
    assert get_customer(old.id).postcode == ""


def test_overwrite_replaces_fields_and_undo_restores_them(crm: Path, tmp_path: Path) -> None:
    from smallcrm.domain.customers.search import search

    old = create_customer({"name": "张三", "phone": "13812345678", "city": "成都市"})
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机", "城市", "邮编"], ["张三丰", "138-1234-5678", "", "400000"]])

    result = run_import(path, ImportOptions(on_duplicate="overwrite"))

    c = get_customer(old.id)
    assert (result.updated, c.name, c.city, c.postcode) == (
        1,
        "张三丰",
        "成都市",
        "400000",
    )  # empty cells erase nothing
    assert [h["id"] for h in search("张三丰").hits] == [old.id]
    importer.undo_import(result.batch)
    c = get_customer(old.id)
    assert (c.name, c.postcode) == ("张三", "")
    assert [h["id"] for h in search("张三").hits] == [old.id] and search("张三丰").total == 0


def test_keep_adds_duplicates_but_never_shares_a_customer_number(crm: Path, tmp_path: Path) -> None:
    create_customer({"name": "张三", "phone": "13812345678", "customer_no": "VIP001"})
    path = write_csv(
        tmp_path / "c.csv",
        [["客户编号", "姓名", "手机"], ["", "张三", "13812345678"], ["VIP001", "张三", "13900000000"]],
    )

    result = run_import(path, ImportOptions(on_duplicate="keep"))

    assert (result.added, result.rejected) == (1, 1)
    assert "VIP001" in result.rejects[0].reason and result.rejects[0].column == "客户编号"
    assert Customer.select().where(Customer.phone_norm == "+8613812345678").count() == 2


def test_duplicates_within_the_file_follow_the_policy(crm: Path, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "邮编", "标签"],
        ["张三", "13812345678", "", "VIP"],
        ["张三", "+86 138 1234 5678", "610041", "老客户"],
    ]
    path = write_csv(tmp_path / "c.csv", rows)

    skipped = run_import(path, dry_run=True)
    filled = run_import(path, ImportOptions(on_duplicate="fill"))

    assert (skipped.added, skipped.skipped) == (1, 1)
    assert (filled.added, filled.updated) == (1, 1)
    c = Customer.get()
    assert c.postcode == "610041" and tags_of(c.id) == ["VIP", "老客户"]


def test_customer_numbers_given_later_in_the_file_keep_their_owner(crm: Path, tmp_path: Path) -> None:
    rows = [["客户编号", "姓名", "手机"], ["", "甲", "13800000001"], ["C000001", "乙", "13800000002"]]
    path = write_csv(tmp_path / "c.csv", rows)

    result = run_import(path)

    assert result.added == 2
    assert by_name("乙").customer_no == "C000001"
    assert by_name("甲").customer_no == "C000002"


def test_staff_tags_consent_and_unknown_columns(crm: Path, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "负责人", "标签", "同意邮寄", "微信", "年龄", "爱好"],
        ["张三", "13812345678", "小王", "VIP，老客户", "是", "zs_wx", 38, "喝茶"],
        ["李四", "13812345679", "小王", "", "否", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "c.xlsx", rows)

    run_import(path)

    zhang, li = by_name("张三"), by_name("李四")
    assert Staff.select().count() == 1 and zhang.staff_id == li.staff_id
    assert tags_of(zhang.id) == ["VIP", "老客户"]
    assert (zhang.mail_consent, li.mail_consent) == (True, False)
    assert (zhang.wechat, zhang.preferences, zhang.notes) == ("zs_wx", "喝茶", "")  # 年龄 is ignored, not a note


def test_two_numbers_in_one_phone_cell_fill_both_phone_slots(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["姓名", "电话"], ["张三", "13812345678/028-85551234"]])

    run_import(path)

    c = by_name("张三")
    assert (c.phone_norm, c.phone2_norm) == ("+8613812345678", "+862885551234")


def test_a_repeated_bad_value_is_rejected_on_every_row(crm: Path, tmp_path: Path) -> None:
    """Typed columns are cleaned once per distinct value; a bad value is not remembered
    as good, and True, 1 and '1' stay different cells."""
    path = write_xlsx(
        tmp_path / "g.xlsx",
        [
            ["姓名", "性别", "同意邮寄"],
            ["甲", "男", "是"],
            ["乙", "x", "是"],
            ["丙", "x", "否"],
            ["丁", "女", False],
            ["戊", "男", 0],
            ["己", "女", "否"],
        ],
    )

    result = run_import(path)

    assert [(r.row, r.column) for r in result.rejects] == [(3, "性别"), (4, "性别")]
    assert [(c.name, c.gender, c.mail_consent) for c in Customer.select().order_by(Customer.id)] == [
        ("甲", "M", True),
        ("丁", "F", False),
        ("戊", "M", False),
        ("己", "F", False),
    ]


POLYPHONE_NAME = ("行长乐重曾传朝调都还" * 20)[:200]  # 200 characters, each with several readings


def test_names_of_200_polyphones_import_and_a_longer_one_is_rejected_saying_why(crm: Path, tmp_path: Path) -> None:
    from smallcrm.domain.customers.search import search

    # A 62-character name grew the import to 23 GB before the kernel killed it.
    rows = [["姓名", "手机"]]
    rows += [[POLYPHONE_NAME[i:] + POLYPHONE_NAME[:i], f"1380000{i:04d}"] for i in range(20)]
    rows.append([POLYPHONE_NAME + "张", "13900000000"])
    result = run_import(write_xlsx(tmp_path / "long.xlsx", rows))
    assert (result.added, result.rejected) == (20, 1)
    assert (result.rejects[0].row, result.rejects[0].column) == (22, "姓名")
    assert "longer than 200 characters" in result.rejects[0].reason
    assert search("xingzhangle").total >= 1


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(birthdays=st.lists(stored_birthdays(), min_size=1, max_size=10))
def test_birthdays_as_the_form_and_the_export_write_them_import_exactly(
    crm: Path, tmp_path_factory: pytest.TempPathFactory, birthdays: list[Birthday]
) -> None:
    """Issue 15.1: a 生日 column with the canonical text, and a 农历生日 column with the
    text the form shows for a lunar birthday ('1985年七月廿七'), read back exactly."""
    path = tmp_path_factory.mktemp("forms") / "birthdays.csv"
    rows = [["姓名", "生日", "农历生日"]]
    for i, b in enumerate(birthdays):
        rows.append([f"生日{i}", "" if b.lunar else b.to_text(), b.form_text() if b.lunar else ""])
    write_csv(path, rows)
    batch = run_import(path, ImportOptions(force=True)).batch  # an example may repeat an earlier file

    stored = Customer.select().where(Customer.import_batch == batch).order_by(Customer.id)
    assert [birthday_of(c) for c in stored] == birthdays


def test_values_the_form_refuses_are_rejected_with_row_column_and_reason(crm: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "values.csv",
        [
            ["姓名", "手机", "邮箱", "邮编", "性别", "收入"],
            ["好人", "138 1234 5678", "ｚｈａｎｇ＠１６３．ｃｏｍ", "610 041", "男性", "5000-10000"],
            ["短号", "12345", "", "", "", ""],
            ["半个邮箱", "", "foo@", "", "", ""],
            ["五位邮编", "", "", "61004", "", ""],
            ["怪性别", "", "", "", "xyz", ""],
            ["自己的说法", "", "", "", "未知", "中等"],
        ],
    )
    result = run_import(path)

    assert [(r.row, r.column, r.reason) for r in result.rejects] == [
        (3, "手机", "12345 is not a complete phone number for region CN."),
        (4, "邮箱", "foo@ is not an email address; write it like name@example.com."),
        (5, "邮编", "61004 is not a postcode; a postcode in China has six digits."),
        (6, "性别", "xyz is not a gender (M or F)."),
    ]
    good = by_name("好人")
    assert (good.phone_norm, good.email, good.postcode, good.gender, good.income_band) == (
        "+8613812345678",
        "zhang@163.com",
        "610041",
        "M",
        "5千-1万",
    )
    assert (by_name("自己的说法").gender, by_name("自己的说法").income_band) == ("", "中等")  # kept as typed


texts = st.text(alphabet="aZ09@.-+ 　１２３ＡＢ＠．男女性士未知张三中等万千以上下①㎡", max_size=12)

# Phones as people type them, never two in one cell (a sheet's '/' or '，' between two
# numbers fills both phone columns: a spreadsheet's way, which the form has no room for).
phone_texts = st.one_of(
    st.sampled_from(["13812345678", "138-1234-5678", "１３８１２３４５６７８", "12345", "028-8555 1234", "abc"]),
    st.from_regex(r"(\+86[ -]?|0086 ?)?1(?:[3-689]\d|7[0-8])\d[ -]?\d{4}[ -]?\d{4}", fullmatch=True),
    st.from_regex(r"0\d{2,3}-?[1-9]\d{6,7}", fullmatch=True),
    st.text(alphabet="0123456789０１２３ -+()#x", max_size=16),
    st.just("1" * 2001),  # longer than any field may be: refused for its length
)

# Dates and birthdays as typed: what a date column holds apart from a spreadsheet's own
# forms (a serial number such as 31108, a date with its time), which only a file has.
date_texts = st.one_of(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)).flatmap(
        lambda d: st.sampled_from(
            [d.isoformat(), f"{d.year}/{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日", f"{d:%Y%m%d}"]
        )
    ),
    st.sampled_from(["2024-02-30", "2024-13-01", "abc", "3月2日", "二〇二四年"]),
)

birthday_texts = st.one_of(
    stored_birthdays().flatmap(lambda b: st.sampled_from([b.to_text(), b.form_text()])),
    st.sampled_from(["1985年2月30日", "农历1985年闰二月初一", "13月1日", "2999-01-01", "abc", "农历八月三十一"]),
)

# Staff names (a number alone is a staff id to the form and the CLI, a name in a file).
staff_names = st.text(alphabet="小王李张 　ab", min_size=1, max_size=6).filter(lambda t: t.strip() != "")

# Tags separated by commas, as the form takes them ('，' and ';' separate tags in a file only).
tag_texts = st.one_of(
    st.text(alphabet="VIP老客户 　,ab①", max_size=14),
    st.just("VIP," + "长" * 2001),  # a tag longer than any field may be: refused
)

some_values = st.fixed_dictionaries(
    {"name": texts.map(lambda t: "客户" + t)},
    optional={
        "gender": st.sampled_from(["男", "女性", "Ｍ", "female", "未知", "保密", "-", "xyz", ""]),
        "email": st.one_of(texts, st.emails()),
        "postcode": st.one_of(texts, st.from_regex(r"[0-9０-９ ]{5,8}", fullmatch=True)),
        "income_band": st.one_of(texts, st.sampled_from(["5000-10000", "1万-2万", "2万+", "五千以下", "中等"])),
        "wechat": texts,
        "phone": phone_texts,
        "phone2": phone_texts,
        "birthday": birthday_texts,
        "churned_on": date_texts,
        "mail_consent": st.sampled_from(["是", "否", "yes", "NO", "1", "0", "同意", "不同意", "Ｙｅｓ", "maybe"]),
        "staff": staff_names,
        "tags": tag_texts,
        "country": st.sampled_from(["", "CN", "cn", "中国", "GB", "us"]),
        "notes": texts,
        "occupation": texts,
    },
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row=some_values)
@example(row={"name": "客户", "email": "'@A.AC"})  # an apostrophe the CSV must carry
@example(row={"name": "客户", "email": "'@A.ae", "phone": "12345"})
@example(row={"name": "客户", "staff": "小  王", "tags": "VIP,老客户"})  # kept as the form keeps them
@example(row={"name": "客户", "phone": "1" * 2001})  # refused for its length, as the form refuses it
@example(row={"name": "客户", "tags": "VIP," + "长" * 2001})
def test_the_import_stores_what_the_form_stores_or_rejects_it_for_the_same_reason(
    crm: Path, tmp_path_factory: pytest.TempPathFactory, row: dict[str, str]
) -> None:
    """Issue 16: one cleaning path. The same values typed into the form (clean_fields)
    and written in a customer file are stored the same, or refused for the same reason
    at the same column: phones, dates, birthdays, gender, postcode, e-mail, income,
    consent, staff, tags and free text."""
    from smallcrm.domain.customers.fields import clean_fields

    refusals = []  # what the form says of each field (a row may have several mistakes)
    for field, value in row.items():
        try:
            clean_fields({field: value}, country=row.get("country") or "CN")
        except ValidationError as exc:
            refusals.append((field, exc.template, exc.args_map))
    fields = list(row)
    # The CSV a spreadsheet program writes for these typed values: a value starting with
    # an apostrophe or a formula character goes in behind one apostrophe (the reader takes
    # exactly that one off), or the file would say something else than the form was told.
    cells = [guard_csv(row[f]) for f in fields]
    path = write_csv(tmp_path_factory.mktemp("same") / "row.csv", [fields, cells])
    result = run_import(path, ImportOptions(mapping=fields, header_row=1, on_duplicate="keep", force=True))

    if refusals:
        event("refused")
        (reject,) = result.rejects
        assert reject.error is not None
        assert (reject.column, reject.error.template, reject.error.args_map) in refusals
        return
    event("stored")
    expected = clean_fields(row)
    tags = expected.pop("tags", [])
    assert (result.added, result.rejected) == (1, 0)
    stored = Customer.get_by_id(max(c.id for c in Customer.select(Customer.id)))
    assert {k: stored.staff_id if k == "staff" else getattr(stored, k) for k in expected} == expected
    assert tags_of(stored.id) == sorted(set(tags))
