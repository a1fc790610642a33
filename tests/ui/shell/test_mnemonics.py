"""Menu texts where a mnemonic makes no sense: the navigation, the toolbar, the
shortcuts table show '文件', not '文件(&F)', and 'File', not '&File'."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.ui.shell.mnemonics import _CHINESE_STYLE, plain


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("&File", "File"),
        ("C&ustomers", "Customers"),
        ("文件(&F)", "文件"),
        ("导入表格(&I)…", "导入表格…"),
        ("Tags && Groups", "Tags & Groups"),
        ("&Back Up && Restore", "Back Up & Restore"),
        ("  &Reminders ", "Reminders"),
    ],
)
def test_the_mnemonic_goes_and_a_doubled_ampersand_stays_one(text: str, shown: str) -> None:
    assert plain(text) == shown


@given(st.text(alphabet=st.characters(blacklist_characters="&()"), max_size=30))
def test_a_text_without_a_mnemonic_is_only_trimmed(text: str) -> None:
    """A NUL included: it came back as '&'."""
    assert plain(text) == text.strip()


@given(st.text(max_size=40))
def test_every_ampersand_left_was_written_doubled(text: str) -> None:
    """Any text, a NUL included (it came back as '&' when NUL stood in for '&&')."""
    shown = plain(text)
    assert shown.count("&") == _CHINESE_STYLE.sub("", text).count("&&")
