"""labels, envelopes and mailing-list as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from smallcrm.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], crm: Path, qapp: Any) -> Any:
    """Five customers, one per way of getting (or not getting) a card; then
    ``shop(*argv)`` runs a command with --json on that database and returns the object."""
    from smallcrm.domain.customers.commands import create_customer

    base = {"city": "成都市", "postcode": "610041", "mail_consent": True}
    for name, extra in [
        ("张户", {"tags": ["VIP"]}),
        ("李女", {}),
        ("王无", {"mail_consent": False, "tags": ["VIP"]}),
        ("赵流", {"churn_status": "churned"}),
        ("钱空", {"street": ""}),
    ]:
        create_customer({"name": name, "street": f"{name}路8号", **base, **extra}, allow_duplicate=True)

    def call(*argv: str) -> dict[str, Any]:
        code, out, err = run(capsys, "--db", str(crm), *argv, "--json")
        assert code == 0, err
        assert out.count("\n") == 1
        result: dict[str, Any] = json.loads(out)
        return result

    return call


def _names(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return [w["text"] for page in doc.pages for w in page.extract_words()]


def test_list_templates_names_every_sheet_with_its_geometry(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "labels", "--list-templates", "--json")
    assert code == 0
    found = {t["name"]: t for t in json.loads(out)["templates"]}
    assert {"Avery L7160", "Avery L7163", "Avery L7162", "Avery 5160", "Avery 5163"} <= set(found)
    assert (found["Avery L7160"]["paper"], found["Avery L7160"]["rows"], found["Avery L7160"]["columns"]) == (
        "A4",
        7,
        3,
    )
    assert found["Avery 5160"]["paper"] == "Letter"


def test_labels_without_a_filter_go_to_consenting_live_customers_with_an_address(shop: Any, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    result = shop("labels", str(out), "--template", "Avery L7160")
    assert result["labels"] == 2 and result["pages"] == 1 and result["template"] == "Avery L7160"
    assert result["excluded"] == {"churned": 1, "no_consent": 1, "no_address": 1, "same_household": 0}
    words = _names(out)
    assert words.count("张户") == 1 and words.count("李女") == 1
    assert not {"王无", "赵流", "钱空"} & set(words)


def test_labels_by_tag_with_skip(shop: Any, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    result = shop("labels", str(out), "--template", "avery l7163", "--tag", "VIP", "--skip", "13")
    assert result["labels"] == 1 and result["pages"] == 1
    assert _names(out).count("张户") == 1


def test_envelopes_and_the_mailing_list(shop: Any, tmp_path: Path) -> None:
    env = tmp_path / "env.pdf"
    assert shop("envelopes", str(env), "--size", "c5")["envelopes"] == 2
    xlsx = tmp_path / "list.xlsx"
    assert shop("mailing-list", str(xlsx), "--tag", "VIP")["recipients"] == 1
    from openpyxl import load_workbook

    assert [r[1] for r in load_workbook(xlsx).active.iter_rows(min_row=2, values_only=True)] == ["张户"]
    vcf = tmp_path / "list.vcf"
    assert shop("mailing-list", str(vcf))["recipients"] == 2


def test_mistakes_are_one_sentence(capsys: pytest.CaptureFixture[str], crm: Path, tmp_path: Path, qapp: Any) -> None:
    code, _, err = run(capsys, "--db", str(crm), "labels", str(tmp_path / "x.pdf"), "--template", "Avery 1")
    assert code == 1 and err.count("\n") == 1 and "no label sheet called Avery 1" in err
    code, _, err = run(capsys, "--db", str(crm), "labels", str(tmp_path / "x.pdf"))
    assert code == 2 and "--template" in err
    code, _, err = run(capsys, "--db", str(crm), "envelopes", str(tmp_path / "x.pdf"), "--size", "A4")
    assert code == 2
    code, _, err = run(capsys, "--db", str(crm), "labels", "x.pdf", "--template", "Avery L7160", "--tag", "X",
                       "--segment", "tier:high")  # fmt: skip
    assert code == 2 and err.count("\n") == 1


def test_a_saved_sheet_is_listed_and_prints(shop: Any, tmp_path: Path) -> None:
    sheet = {"name": "Shop 2x4", "paper": "A4", "rows": 4, "columns": 2, "label_width": 100, "label_height": 70,
             "top": 8, "left": 5}  # fmt: skip
    assert shop("labels", "--save-template", json.dumps(sheet))["template"]["pitch_y"] == 70
    assert "Shop 2x4" in [t["name"] for t in shop("labels", "--list-templates")["templates"]]
    assert shop("labels", str(tmp_path / "x.pdf"), "--template", "shop 2x4")["pages"] == 1


# -- the Mailing area's twin: mailing new/list/show/add/remove/sent/delete ----------------


def _ids_of(shop: Any, *names: str) -> list[str]:
    return [str(shop("search", name)["hits"][0]["id"]) for name in names]


def test_a_mailing_made_edited_and_sent_from_the_command_line(shop: Any, tmp_path: Path) -> None:
    made = shop("mailing", "new", "--occasion", "spring_festival", "--title", "春节贺卡")
    mid = str(made["mailing"]["id"])
    assert made["mailing"]["recipients"] == 2
    assert made["excluded"] == {"churned": 1, "no_consent": 1, "no_address": 1, "same_household": 0}
    assert [m["title"] for m in shop("mailing", "list")["mailings"]] == ["春节贺卡"]

    (zhang,) = _ids_of(shop, "张户")
    assert shop("mailing", "remove", mid, zhang)["removed"] == 1
    added = shop("mailing", "add", mid, zhang, *_ids_of(shop, "王无"))
    assert added["added"] == [int(zhang)] and added["excluded"]["no_consent"] == 1
    shown = shop("mailing", "show", mid)
    assert sorted(r["name"] for r in shown["recipients"]) == ["张户", "李女"]

    sent = shop("mailing", "sent", mid)
    assert (sent["greetings"], sent["no_consent"], sent["mailing"]["sent_at"] is not None) == (2, 0, True)
    assert shop("mailing", "delete", mid)["deleted"] == int(mid)
    assert shop("mailing", "list")["mailings"] == []


def test_a_second_mailing_for_the_same_cards_needs_again(
    shop: Any, capsys: pytest.CaptureFixture[str], crm: Path
) -> None:
    first = shop("mailing", "new", "--occasion", "mid_autumn")["mailing"]
    code, out, err = run(capsys, "--db", str(crm), "mailing", "new", "--occasion", "mid_autumn", "--json")
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert f"already a mailing for these cards: {first['title']} (id {first['id']}" in err and "--again" in err
    assert len(shop("mailing", "list")["mailings"]) == 1
    assert shop("mailing", "new", "--occasion", "mid_autumn", "--again")["mailing"]["id"] != first["id"]


def test_printing_a_saved_mailing_leaves_out_who_withdrew_consent(shop: Any, tmp_path: Path) -> None:
    mid = str(shop("mailing", "new", "--title", "Thanks")["mailing"]["id"])
    (li,) = _ids_of(shop, "李女")
    shop("customer", "edit", li, "--set", "mail_consent=no")
    out = tmp_path / "labels.pdf"
    result = shop("labels", str(out), "--template", "Avery L7160", "--mailing", mid)
    assert result["labels"] == 1 and result["excluded"]["no_consent"] == 1
    assert "李女" not in _names(out)
    for name in ("list.xlsx", "list.vcf", "list.pdf"):
        assert shop("mailing-list", str(tmp_path / name), "--mailing", mid)["recipients"] == 1
    assert shop("envelopes", str(tmp_path / "e.pdf"), "--size", "DL", "--mailing", mid)["envelopes"] == 1
    sent = shop("mailing", "sent", mid)
    assert (sent["greetings"], sent["no_consent"]) == (1, 1)


def test_household_cards_go_to_the_family_on_every_print(shop: Any, tmp_path: Path) -> None:
    shop("customer", "add", "--name", "张妻", "--street", "张户路8号", "--city", "成都市", "--postcode", "610041",
         "--mail-consent", "yes", "--allow-duplicate")  # fmt: skip
    made = shop("mailing", "new", "--title", "Family", "--one-per-household", "--to-family")
    assert made["families"] == 1 and made["excluded"]["same_household"] == 1
    mid = str(made["mailing"]["id"])
    shown = {r["name"]: r["family"] for r in shop("mailing", "show", mid)["recipients"]}
    assert shown == {"张户": True, "李女": False}
    out = tmp_path / "env.pdf"
    shop("envelopes", str(out), "--size", "DL", "--mailing", mid)
    assert any("全家" in word for word in _names(out)), _names(out)
