"""The mailing's list as a sheet for a print shop and as contacts for a phone
(sheets/mailing_list): phones as text, formulas inert, vCards escaped, and a consent
withdrawn after the list was made honoured by every file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from smallcrm.domain import mailing
from smallcrm.sheets import mailing_list
from tests.domain.mailing.shop import HOME, add, withdraw


def test_the_xlsx_list_keeps_phones_as_text_and_formulas_inert(mailing_shop: dict[str, int], tmp_path: Path) -> None:
    tricky = add("=HYPERLINK(1)", phone="13800138000")
    out = tmp_path / "list.xlsx"
    assert mailing_list.export_list(out, [mailing_shop["ok"], tricky], language="en") == 2
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Customer No.", "Name", "Honorific")
    assert rows[2][1] == "=HYPERLINK(1)" and sheet.cell(3, 2).data_type == "s"
    assert rows[2][-1] == "13800138000"
    assert rows[1][8] == "610041 四川省成都市武侯区张伟路1号"


def test_vcards_carry_name_phone_and_address(mailing_shop: dict[str, int], tmp_path: Path) -> None:
    cid = add("周杰, 周", phone="13800138000", email="z@example.com")
    out = tmp_path / "contacts.vcf"
    assert mailing_list.export_vcards(out, [cid, mailing_shop["abroad"]]) == 2
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "\r\n" in text
    assert "FN:周杰\\, 周\r\n" in text and "TEL;TYPE=CELL:13800138000" in text
    assert "ADR;TYPE=HOME:;;周杰\\, 周路1号;成都市武侯区;四川省;610041;\r\n" in text
    assert "London;;NW1 6XE;GB" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_a_consent_withdrawn_after_the_list_was_made_is_honoured_by_every_export(
    mailing_shop: dict[str, int], tmp_path: Path
) -> None:
    mid, _ = mailing.create_mailing("spring_festival", tag="VIP", today=dt.date(2027, 1, 10))
    withdraw(mailing_shop["spouse"])

    current = mailing.mailable(mid)
    assert current.included == [mailing_shop["ok"]] and current.excluded["no_consent"] == [mailing_shop["spouse"]]
    ids = mailing.recipient_ids(mid)  # the saved list still names both
    assert [a.name for a in mailing.addresses(ids)] == ["张伟"]
    assert mailing_list.export_list(tmp_path / "list.xlsx", ids, language="en") == 1
    assert [r[1] for r in load_workbook(tmp_path / "list.xlsx").active.iter_rows(min_row=2, values_only=True)] == [
        "张伟"
    ]
    assert mailing_list.export_vcards(tmp_path / "c.vcf", ids) == 1
    assert "张太太" not in (tmp_path / "c.vcf").read_text(encoding="utf-8")


# -- vCards cannot carry more than the customer's own data (point 34) -------------------


def _parse_vcard_lines(text: str) -> list[str]:
    """Content lines as a vCard reader sees them: unfolded, split at any line break."""
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    return [line for line in unfolded.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line]


def test_a_line_break_or_control_character_in_a_name_cannot_add_a_property() -> None:
    row = {"id": 1, "name": "张伟\rTEL:999\x00\x1b", "phone": "13800138000", **HOME, "street": "人民路1号\r\n2栋"}
    lines = _parse_vcard_lines(mailing_list.vcard(row))
    assert [line for line in lines if line.startswith("TEL")] == ["TEL;TYPE=CELL:13800138000"]
    assert "FN:张伟\\nTEL:999" in lines
    assert not any(ch in "".join(lines) for ch in "\x00\x1b")
    assert not any(line.startswith("2栋") for line in lines)
