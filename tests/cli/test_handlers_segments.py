"""segment show, save, list and delete as scripts use them (cli/handlers_segments)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_runs import run, run_json


@pytest.fixture
def shop(capsys, db_path: Path) -> Path:
    run_json(capsys, "--db", str(db_path), "demo", "--customers", "200", "--seed", "4")
    return db_path


def test_segment_show_lists_the_same_count_as_segments(capsys, shop: Path) -> None:
    data = run_json(capsys, "--db", str(shop), "segments")
    for name in ("tier:high", "rfm:champions", "lifecycle:loyal", "churn:at_risk"):
        dimension, key = name.split(":")
        shown = run_json(capsys, "--db", str(shop), "segment", "show", name)
        assert shown["count"] == data["segments"][dimension][key]["count"] == len(shown["ids"])
        assert shown["ids"] == sorted(shown["ids"])


def test_saved_segments_from_the_command_line(capsys, shop: Path) -> None:
    rule = json.dumps({"all": [{"segment": "tier:high"}, {"field": "mail_consent", "op": "eq", "value": True}]})
    saved = run_json(capsys, "--db", str(shop), "segment", "save", "贺卡名单", "--filter", rule)["segment"]
    assert saved["segment"] == "custom:贺卡名单"
    listed = run_json(capsys, "--db", str(shop), "segment", "list")["segments"]
    shown = run_json(capsys, "--db", str(shop), "segment", "show", "custom:贺卡名单")
    assert [s["count"] for s in listed] == [shown["count"]]
    high = set(run_json(capsys, "--db", str(shop), "segment", "show", "tier:high")["ids"])
    assert set(shown["ids"]) <= high
    run_json(capsys, "--db", str(shop), "segment", "delete", "贺卡名单")
    assert run_json(capsys, "--db", str(shop), "segment", "list")["segments"] == []
    code, _, err = run(capsys, "--db", str(shop), "segment", "save", "x", "--filter", "{not json")
    assert code == 2 and "JSON" in err
    code, _, err = run(capsys, "--db", str(shop), "segment", "show", "tier:gold")
    assert code == 1 and "not a segment" in err
