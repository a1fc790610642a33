"""Labels and envelopes read back from the PDF: every name once, in its label, on its page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdf_helpers import NAMES, centre_mm, chars, page_sizes, person, words

from smallcrm.errors import UserError
from smallcrm.jobs import Cancelled, CancelToken
from smallcrm.printing.render import Sender, render_envelopes, render_label_sheet, render_labels, render_mailing_list
from smallcrm.printing.templates import get_envelope, get_template


def _where(pdf: Path, names: list[str]) -> dict[str, list[tuple[int, float, float]]]:
    """Each name's (page, x, y) wherever it appears as a word."""
    found: dict[str, list[tuple[int, float, float]]] = {n: [] for n in names}
    for page, ws in enumerate(words(pdf)):
        for w in ws:
            if w["text"] in found:
                found[w["text"]].append((page, *centre_mm(w)))
    return found


@pytest.mark.parametrize(("template", "skip"), [("Avery L7160", 0), ("Avery 5160", 7), ("A4 2x5 (105 x 57 mm)", 3)])
def test_every_name_is_printed_once_inside_its_label_on_its_page(
    tmp_path: Path, people: list[dict[str, Any]], template: str, skip: int
) -> None:
    sheet = get_template(template)
    out = tmp_path / "labels.pdf"
    report = render_labels(out, people, sheet, skip=skip)
    assert report.pages == sheet.pages_for(len(people), skip)
    assert all(size == pytest.approx((sheet.page_width, sheet.page_height), abs=0.5) for size in page_sizes(out))
    for i, (name, spots) in enumerate(_where(out, NAMES).items()):
        assert len(spots) == 1, f"{name} printed {len(spots)} times"
        page, x, y = spots[0]
        want_page, slot = sheet.page_and_slot(i, skip)
        assert page == want_page
        assert sheet.label_rect(slot).contains(x, y), f"{name} at {x:.1f}, {y:.1f} mm is outside label {slot}"


def test_skip_leaves_the_first_labels_empty(tmp_path: Path, people: list[dict[str, Any]]) -> None:
    sheet = get_template("Avery L7163")
    out = tmp_path / "labels.pdf"
    render_labels(out, people[:3], sheet, skip=5)
    first_page = words(out)[0]
    used = {s for s in range(sheet.per_page) for w in first_page if sheet.label_rect(s).contains(*centre_mm(w))}
    assert used == {5, 6, 7}


def test_a_skip_beyond_the_sheet_is_refused(tmp_path: Path, people: list[dict[str, Any]]) -> None:
    with pytest.raises(UserError, match="Skip from 0 to 20 labels"):
        render_labels(tmp_path / "x.pdf", people, get_template("Avery L7160"), skip=21)
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_address_stays_inside_its_label_and_tiny_text_is_reported(tmp_path: Path) -> None:
    sheet = get_template("Avery 5160")  # the smallest labels: 66.7 x 25.4 mm
    long = person(0, "长地址", street="巴音布鲁克镇幸福路十八号附二号" * 2)
    absurd = person(1, "极长地址", street="某" * 600)
    out = tmp_path / "labels.pdf"
    report = render_labels(out, [long, absurd], sheet)
    assert [f.name for f in report.flagged] == ["极长地址"]
    assert not report.flagged[0].fits
    for w in words(out)[0]:
        if w["text"].startswith("巴音") or w["text"] == "长地址":
            assert sheet.label_rect(0).contains(*centre_mm(w))


def test_envelope_pages_are_the_envelope_size_with_the_postcode_digits_in_their_boxes(
    tmp_path: Path, people: list[dict[str, Any]]
) -> None:
    env = get_envelope("ZL")
    out = tmp_path / "env.pdf"
    someone = {**people[0], "postcode": "610041"}
    render_envelopes(out, [someone, people[1]], env, Sender("蜀香茶庄", "成都市青羊区宽窄巷子8号", "610031"))
    assert page_sizes(out) == [pytest.approx((230, 120), abs=0.5)] * 2
    page = chars(out)[0]
    top_digits = sorted((c for c in page if c["text"].isdigit() and c["top"] / 72 * 25.4 < 26), key=lambda c: c["x0"])
    assert "".join(c["text"] for c in top_digits) == "610041"
    for c, box in zip(top_digits, env.postcode_boxes, strict=True):
        assert box.contains(*centre_mm(c))
    text = {w["text"] for w in words(out)[0]}
    assert someone["name"] in text and "邮政编码：610031" in text
    for w in words(out)[0]:
        assert not env.stamp_area.contains(*centre_mm(w)), f"{w['text']} is in the stamp corner"


def test_envelopes_abroad_use_the_western_layout(tmp_path: Path) -> None:
    env = get_envelope("DL")
    out = tmp_path / "env.pdf"
    smith = {"name": "John Smith", "gender": "M", "country": "GB", "city": "London", "street": "221B Baker Street",
             "postcode": "NW1 6XE"}  # fmt: skip
    render_envelopes(out, [smith], env, Sender("Tea House", "8 Kuanzhai Lane, Chengdu", "610031"))
    ws = words(out)[0]
    smith_word = next(w for w in ws if w["text"] == "Smith")
    shop_word = next(w for w in ws if w["text"] == "House")
    assert centre_mm(smith_word)[0] > env.width * 0.35 and centre_mm(smith_word)[1] > env.height * 0.4
    assert centre_mm(shop_word)[0] < env.width * 0.3 and centre_mm(shop_word)[1] < env.height * 0.3


def test_the_printed_list_has_a_row_per_recipient(tmp_path: Path, people: list[dict[str, Any]]) -> None:
    out = tmp_path / "list.pdf"
    render_mailing_list(out, people * 5, "Spring Festival 2027")
    found = [w["text"] for page in words(out) for w in page]
    assert sum(found.count(n) for n in NAMES) == len(people) * 5
    assert page_sizes(out)[0] == pytest.approx((210, 297), abs=0.5)


def test_cancelling_leaves_no_file(tmp_path: Path, people: list[dict[str, Any]]) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        render_labels(tmp_path / "x.pdf", people * 10, get_template("Avery L7160"), cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_the_one_call_entry_point_renders_a_sheet_without_a_database(tmp_path: Path) -> None:
    out = tmp_path / "self-test.pdf"
    report = render_label_sheet([{"name": "自检", "street": "测试路1号", "city": "成都市"}], out)
    assert report.pages == 1 and out.stat().st_size > 1000
