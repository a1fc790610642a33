"""labels and envelopes as scripts use them (cli/handlers_printing)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_runs import run


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


def test_labels_without_a_filter_go_to_consenting_live_customers_with_an_address(
    card_shop: Any, tmp_path: Path
) -> None:
    out = tmp_path / "labels.pdf"
    result = card_shop("labels", str(out), "--template", "Avery L7160")
    assert result["labels"] == 2 and result["pages"] == 1 and result["template"] == "Avery L7160"
    assert result["excluded"] == {"churned": 1, "no_consent": 1, "no_address": 1, "same_household": 0}
    words = _names(out)
    assert words.count("张户") == 1 and words.count("李女") == 1
    assert not {"王无", "赵流", "钱空"} & set(words)


def test_labels_by_tag_with_skip(card_shop: Any, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    result = card_shop("labels", str(out), "--template", "avery l7163", "--tag", "VIP", "--skip", "13")
    assert result["labels"] == 1 and result["pages"] == 1
    assert _names(out).count("张户") == 1


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


def test_a_saved_sheet_is_listed_and_prints(card_shop: Any, tmp_path: Path) -> None:
    sheet = {"name": "Shop 2x4", "paper": "A4", "rows": 4, "columns": 2, "label_width": 100, "label_height": 70,
             "top": 8, "left": 5}  # fmt: skip
    assert card_shop("labels", "--save-template", json.dumps(sheet))["template"]["pitch_y"] == 70
    assert "Shop 2x4" in [t["name"] for t in card_shop("labels", "--list-templates")["templates"]]
    assert card_shop("labels", str(tmp_path / "x.pdf"), "--template", "shop 2x4")["pages"] == 1
