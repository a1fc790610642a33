"""Finding the header row and naming the columns."""

from __future__ import annotations

from pathlib import Path

from smallcrm.sheets import headers as hdr


def rows(*cells: list) -> list[tuple[int, list]]:
    return [(i, list(c)) for i, c in enumerate(cells, start=1) if c]


def test_the_header_row_is_found_below_title_rows() -> None:
    guess = hdr.find_header(
        rows(
            ["2024年会员名单"],
            ["导出日期：2024-05-01"],
            [],
            ["序号", "姓名", "手机号码*", "地址"],
            [1, "张三", 138, "x"],
        )
    )

    assert guess.row == 4
    assert guess.mapping == [hdr.IGNORE, "name", "phone", "street"]
    assert guess.kind == "customers"


def test_chinese_and_english_synonyms_and_decorations() -> None:
    headers = [
        "客户名称",
        "Mobile",
        "联系电话",
        "出生日期",
        "农历生日",
        "Gender",
        "Customer No.",
        "邮编(6位)",
        "备注：",
        "Full name",
    ]

    mapping = hdr.propose_mapping(headers, "customers")

    assert mapping == [
        "name",
        "phone",
        "phone2",
        "birthday",
        "lunar_birthday",
        "gender",
        "customer_no",
        "postcode",
        "notes",
        hdr.AS_NOTE,
    ]


def test_unknown_columns_are_kept_as_notes_and_unnamed_ones_ignored() -> None:
    assert hdr.propose_mapping(["姓名", "最爱的茶", ""], "customers") == ["name", hdr.AS_NOTE, hdr.IGNORE]


def test_purchase_headers_and_kind() -> None:
    headers = ["客户编号", "手机", "日期", "商品", "数量", "金额", "成本", "单价", "备注"]

    assert hdr.guess_kind(headers) == "purchases"
    assert hdr.propose_mapping(headers, "purchases") == [
        "customer_no", "phone", "date", "item", "quantity", "amount", "cost", hdr.IGNORE, "note",
    ]  # fmt: skip


def test_exported_headers_read_back_in_both_languages() -> None:
    for index in (0, 1):
        labels = [hdr.LABELS[f][index] for f in hdr.CUSTOMER_FIELDS]
        assert hdr.propose_mapping(labels, "customers") == list(hdr.CUSTOMER_FIELDS)


def test_a_sheet_without_any_known_header_takes_its_first_text_row() -> None:
    guess = hdr.find_header(rows([1, 2], ["foo", "bar"], ["x", "y"]))

    assert guess.row == 2 and guess.mapping == [hdr.AS_NOTE, hdr.AS_NOTE]


def test_an_adjusted_mapping_is_remembered_and_a_plain_proposal_is_not(crm: Path) -> None:
    headers = ["客户", "联系"]
    assert hdr.remembered_mapping("customers", headers) is None

    hdr.remember_mapping("customers", headers, ["name", "phone"])
    assert hdr.remembered_mapping("customers", [" 客户 ", "联系"]) == ["name", "phone"]
    assert hdr.remembered_mapping("purchases", headers) is None

    hdr.remember_mapping("customers", headers, hdr.propose_mapping(headers, "customers"))
    assert hdr.remembered_mapping("customers", headers) is None


def test_column_letters() -> None:
    assert [hdr.column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_a_catalogue_is_told_from_a_customer_list_and_a_purchase_list() -> None:
    assert hdr.guess_kind(["商品名称", "条码", "售价"]) == "products"
    assert hdr.guess_kind(["品名", "单价", "进价"]) == "products"
    assert hdr.guess_kind(["姓名", "手机", "单价"]) == "customers"  # a phone: a customer list
    assert hdr.guess_kind(["日期", "商品名称", "金额", "单价"]) == "purchases"
    assert hdr.guess_kind(["Name", "Phone", "City"]) == "customers"


def test_product_synonyms_leave_customer_and_purchase_headers_alone() -> None:
    assert hdr.field_for("名称", "products") == "name"
    assert hdr.field_for("单价", "products") == "price"
    assert hdr.field_for("单价", "purchases") == hdr.IGNORE  # a purchase's unit price is not its amount
    assert hdr.field_for("商品名称", "purchases") == "item"
    assert hdr.field_for("商品名称", "customers") is None
