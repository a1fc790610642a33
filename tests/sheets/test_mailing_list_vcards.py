"""Whatever a customer's fields hold, a vCard reader finds exactly one card with one
line per property the app wrote (issue 15, point 34: a bare CR injected a TEL)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.sheets import mailing_list

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


def _unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append("\n" if value[i + 1] in "nN" else value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(name=TEXT, phone=TEXT, street=TEXT, email=TEXT)
def test_any_field_text_stays_inside_its_own_property(name: str, phone: str, street: str, email: str) -> None:
    row = {"id": 1, "name": name, "phone": phone, "email": email, "street": street, "city": "成都市"}
    text = mailing_list.vcard(row)
    assert text.endswith("END:VCARD\r\n")
    unfolded = text.replace("\r\n ", "")
    # Every physical line break a reader could honour is a CRLF between properties.
    lines = unfolded.split("\r\n")[:-1]
    assert not any(ch in line for line in lines for ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in lines]
    assert names.count("TEL") == (1 if phone else 0)
    assert names.count("FN") == names.count("N") == 1
    assert names.count("EMAIL") == (1 if email else 0)
    assert names.count("BEGIN") == names.count("END") == 1
    fn = next(line for line in lines if line.startswith("FN:"))[3:]
    wanted = name.strip().replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    wanted = "".join(ch for ch in wanted if ch == "\n" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F))
    assert _unescape(fn) == wanted
