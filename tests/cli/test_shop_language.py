"""Text the command line writes into the shop follows the shop's language setting
(cli/shop_language), not the terminal's."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm import settings
from smallcrm.cli.shop_language import shop_translator


def test_the_shops_setting_decides(crm: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    settings.put_many({"language": "zh_CN"})
    assert shop_translator()("Festival", "Spring Festival") == "春节"

    settings.put_many({"language": "en"})
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert shop_translator()("Festival", "Spring Festival") == "Spring Festival"


def test_without_a_setting_the_terminals_language_is_the_best_guess(crm: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.put_many({"language": ""})
    monkeypatch.delenv("SMALLCRM_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert shop_translator()("Festival", "Spring Festival") == "春节"
