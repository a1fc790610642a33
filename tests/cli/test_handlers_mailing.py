"""mailing-list and the mailing commands (the Mailing area's twin) as scripts use them
(cli/handlers_mailing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_runs import run


def _names(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return [w["text"] for page in doc.pages for w in page.extract_words()]


def test_envelopes_and_the_mailing_list(card_shop: Any, tmp_path: Path) -> None:
    env = tmp_path / "env.pdf"
    assert card_shop("envelopes", str(env), "--size", "c5")["envelopes"] == 2
    xlsx = tmp_path / "list.xlsx"
    assert card_shop("mailing-list", str(xlsx), "--tag", "VIP")["recipients"] == 1
    from openpyxl import load_workbook

    assert [r[1] for r in load_workbook(xlsx).active.iter_rows(min_row=2, values_only=True)] == ["张户"]
    vcf = tmp_path / "list.vcf"
    assert card_shop("mailing-list", str(vcf))["recipients"] == 2


def _ids_of(card_shop: Any, *names: str) -> list[str]:
    return [str(card_shop("search", name)["hits"][0]["id"]) for name in names]


def test_a_mailing_made_edited_and_sent_from_the_command_line(card_shop: Any, tmp_path: Path) -> None:
    made = card_shop("mailing", "new", "--occasion", "spring_festival", "--title", "春节贺卡")
    mid = str(made["mailing"]["id"])
    assert made["mailing"]["recipients"] == 2
    assert made["excluded"] == {"churned": 1, "no_consent": 1, "no_address": 1, "same_household": 0}
    assert [m["title"] for m in card_shop("mailing", "list")["mailings"]] == ["春节贺卡"]

    (zhang,) = _ids_of(card_shop, "张户")
    assert card_shop("mailing", "remove", mid, zhang)["removed"] == 1
    added = card_shop("mailing", "add", mid, zhang, *_ids_of(card_shop, "王无"))
    assert added["added"] == [int(zhang)] and added["excluded"]["no_consent"] == 1
    shown = card_shop("mailing", "show", mid)
    assert sorted(r["name"] for r in shown["recipients"]) == ["张户", "李女"]

    sent = card_shop("mailing", "sent", mid)
    assert (sent["greetings"], sent["no_consent"], sent["mailing"]["sent_at"] is not None) == (2, 0, True)
    assert card_shop("mailing", "delete", mid)["deleted"] == int(mid)
    assert card_shop("mailing", "list")["mailings"] == []


def test_a_second_mailing_for_the_same_cards_needs_again(
    card_shop: Any, capsys: pytest.CaptureFixture[str], crm: Path
) -> None:
    first = card_shop("mailing", "new", "--occasion", "mid_autumn")["mailing"]
    code, out, err = run(capsys, "--db", str(crm), "mailing", "new", "--occasion", "mid_autumn", "--json")
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert f"already a mailing for these cards: {first['title']} (id {first['id']}" in err and "--again" in err
    assert len(card_shop("mailing", "list")["mailings"]) == 1
    assert card_shop("mailing", "new", "--occasion", "mid_autumn", "--again")["mailing"]["id"] != first["id"]


def test_printing_a_saved_mailing_leaves_out_who_withdrew_consent(card_shop: Any, tmp_path: Path) -> None:
    mid = str(card_shop("mailing", "new", "--title", "Thanks")["mailing"]["id"])
    (li,) = _ids_of(card_shop, "李女")
    card_shop("customer", "edit", li, "--set", "mail_consent=no")
    out = tmp_path / "labels.pdf"
    result = card_shop("labels", str(out), "--template", "Avery L7160", "--mailing", mid)
    assert result["labels"] == 1 and result["excluded"]["no_consent"] == 1
    assert "李女" not in _names(out)
    for name in ("list.xlsx", "list.vcf", "list.pdf"):
        assert card_shop("mailing-list", str(tmp_path / name), "--mailing", mid)["recipients"] == 1
    assert card_shop("envelopes", str(tmp_path / "e.pdf"), "--size", "DL", "--mailing", mid)["envelopes"] == 1
    sent = card_shop("mailing", "sent", mid)
    assert (sent["greetings"], sent["no_consent"]) == (1, 1)


def test_household_cards_go_to_the_family_on_every_print(card_shop: Any, tmp_path: Path) -> None:
    card_shop("customer", "add", "--name", "张妻", "--street", "张户路8号", "--city", "成都市", "--postcode", "610041",
         "--mail-consent", "yes", "--allow-duplicate")  # fmt: skip
    made = card_shop("mailing", "new", "--title", "Family", "--one-per-household", "--to-family")
    assert made["families"] == 1 and made["excluded"]["same_household"] == 1
    mid = str(made["mailing"]["id"])
    shown = {r["name"]: r["family"] for r in card_shop("mailing", "show", mid)["recipients"]}
    assert shown == {"张户": True, "李女": False}
    out = tmp_path / "env.pdf"
    card_shop("envelopes", str(out), "--size", "DL", "--mailing", mid)
    assert any("全家" in word for word in _names(out)), _names(out)
