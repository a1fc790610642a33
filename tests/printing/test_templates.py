"""Label sheets and envelopes as the makers publish them."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.errors import UserError, ValidationError
from smallcrm.printing import templates

# name: (paper w, h, rows, columns, label w, h, first label's left, top, pitch x, y), from the makers' templates
SPECS = {
    "Avery L7160": (210, 297, 7, 3, 63.5, 38.1, 7.21, 15.15, 66.04, 38.1),
    "Avery L7163": (210, 297, 7, 2, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1),
    "Avery L7162": (210, 297, 8, 2, 99.1, 33.9, 4.65, 12.9, 101.6, 33.9),
    "Avery 5160": (215.9, 279.4, 10, 3, 66.675, 25.4, 4.7625, 12.7, 69.85, 25.4),
    "Avery 5163": (215.9, 279.4, 5, 2, 101.6, 50.8, 3.96875, 12.7, 106.3625, 50.8),
}


@pytest.mark.parametrize("name", SPECS)
def test_maker_sheets_are_within_half_a_millimetre(name: str) -> None:
    pw, ph, rows, cols, lw, lh, left, top, px, py = SPECS[name]
    t = templates.get_template(name)
    assert (t.rows, t.columns) == (rows, cols)
    for got, want in [(t.page_width, pw), (t.page_height, ph), (t.label_width, lw), (t.label_height, lh)]:
        assert got == pytest.approx(want, abs=0.5)
    last = t.label_rect(t.per_page - 1)
    assert last.x == pytest.approx(left + (cols - 1) * px, abs=0.5)
    assert last.y == pytest.approx(top + (rows - 1) * py, abs=0.5)
    # symmetric sheets: the right and bottom margins equal the left and top ones
    assert pw - last.right == pytest.approx(left, abs=0.5)
    assert ph - last.bottom == pytest.approx(top, abs=0.5)


def test_chinese_sheets_and_the_source_of_every_sheet_are_listed() -> None:
    names = {t.name: t for t in templates.builtin_templates()}
    assert (names["A4 3x8 (70 x 37 mm)"].rows, names["A4 3x8 (70 x 37 mm)"].columns) == (8, 3)
    assert (names["A4 2x5 (105 x 57 mm)"].rows, names["A4 2x5 (105 x 57 mm)"].columns) == (5, 2)
    assert all(t.source for t in names.values())


def test_a_sheet_is_found_whatever_the_case_and_spacing() -> None:
    assert templates.get_template("  avery   l7160 ").name == "Avery L7160"
    with pytest.raises(UserError, match="no label sheet called Avery 9999"):
        templates.get_template("Avery 9999")


def test_skipping_labels_moves_the_first_one_along_the_sheet() -> None:
    t = templates.get_template("Avery L7160")
    assert t.page_and_slot(0, skip=4) == (0, 4)
    assert t.page_and_slot(17, skip=4) == (1, 0)
    assert t.pages_for(17, skip=4) == 1 and t.pages_for(18, skip=4) == 2


@pytest.mark.parametrize(("size", "w", "h"), [("DL", 220, 110), ("ZL", 230, 120), ("B6", 176, 125), ("C5", 229, 162)])
def test_envelopes_are_gb_t_1416_sizes_with_six_postcode_boxes(size: str, w: float, h: float) -> None:
    env = templates.get_envelope(size.lower())
    assert (env.width, env.height) == (w, h)
    assert len(env.postcode_boxes) == 6
    assert env.postcode_boxes[-1].right <= 90 and env.postcode_boxes[0].bottom <= 26  # the postcode area
    assert env.stamp_area.right == w and env.stamp_area.x > env.postcode_boxes[-1].right


def test_a_user_sheet_is_saved_and_found_by_name(crm: Path) -> None:
    t = templates.save_user_template(
        {
            "name": "Shop sheet",
            "paper": "A4",
            "rows": "4",
            "columns": 2,
            "label_width": "90",
            "label_height": 60,
            "top": 10,
            "left": 10,
            "pitch_x": 100,
            "pitch_y": 65,
        }
    )
    assert templates.get_template("shop sheet") == t
    assert t.label_rect(7).bottom == pytest.approx(10 + 3 * 65 + 60)


def test_a_user_sheet_whose_labels_leave_the_page_is_refused_naming_the_problem(crm: Path) -> None:
    with pytest.raises(ValidationError, match="beyond the 210 x 297 mm page"):
        templates.make_template(
            {
                "name": "Too big",
                "paper": "A4",
                "rows": 5,
                "columns": 2,
                "label_width": 110,
                "label_height": 50,
                "top": 0,
                "left": 0,
            }
        )
    with pytest.raises(ValidationError, match="rows needs a whole number"):
        templates.make_template({"name": "x", "paper": "A4", "rows": 2.5, "columns": 1, "label_width": 1,
                                 "label_height": 1, "top": 0, "left": 0})  # fmt: skip
    with pytest.raises(ValidationError, match="built-in"):
        templates.save_user_template(
            {
                "name": "avery l7160",
                "paper": "A4",
                "rows": 1,
                "columns": 1,
                "label_width": 10,
                "label_height": 10,
                "top": 0,
                "left": 0,
            }
        )
