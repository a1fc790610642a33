"""Label sheets and envelopes as data: the built-in ones from
``resources/label_templates/templates.json`` (manufacturers' published geometry), the
owner's own sheets from the ``label_sheet`` table (so a backup carries them).

Everything is in millimetres, measured from the paper's top-left corner. A sheet is
fully described by its page size, rows x columns, the first label's corner
(``top``, ``left``), the pitch from one label's corner to the next and the label size,
which is how makers publish it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.paths import resource_path
from smallcrm.store.db import db
from smallcrm.store.models import LabelSheet

PAPERS = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "Letter": (215.9, 279.4)}
_TOLERANCE = 0.01  # mm: rounding in published inch figures must not refuse a real sheet


@dataclass(frozen=True)
class Rect:
    """A rectangle in millimetres from the paper's top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float, slack: float = 0.0) -> bool:
        return self.x - slack <= x <= self.right + slack and self.y - slack <= y <= self.bottom + slack

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, max(0.0, self.width - 2 * d), max(0.0, self.height - 2 * d))


@dataclass(frozen=True)
class LabelTemplate:
    """One kind of label sheet."""

    name: str
    paper: str  # A4 | Letter | A5 | custom
    page_width: float
    page_height: float
    rows: int
    columns: int
    label_width: float
    label_height: float
    top: float
    left: float
    pitch_x: float
    pitch_y: float
    corner_radius: float = 0.0
    source: str = ""
    builtin: bool = True

    @property
    def per_page(self) -> int:
        return self.rows * self.columns

    def label_rect(self, slot: int) -> Rect:
        """The rectangle of label ``slot`` (0-based, across then down) on its page."""
        slot %= self.per_page
        row, column = divmod(slot, self.columns)
        return Rect(
            self.left + column * self.pitch_x, self.top + row * self.pitch_y, self.label_width, self.label_height
        )

    def page_and_slot(self, index: int, skip: int = 0) -> tuple[int, int]:
        """Where the ``index``-th label goes when the first ``skip`` places of the
        first sheet are already used: (page, slot), both 0-based."""
        return divmod(index + skip, self.per_page)

    def pages_for(self, count: int, skip: int = 0) -> int:
        return 0 if count <= 0 else (count + skip - 1) // self.per_page + 1

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EnvelopeTemplate:
    """An envelope lying landscape (width > height), with where the postcode boxes
    are and how much of the top-right corner the stamp and postmark need."""

    name: str
    width: float
    height: float
    postcode_boxes: tuple[Rect, ...] = field(default=())
    stamp_area: Rect = field(default=Rect(0, 0, 0, 0))

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "width": self.width,
            "height": self.height,
            "postcode_boxes": [asdict(r) for r in self.postcode_boxes],
            "stamp_area": asdict(self.stamp_area),
        }


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resource_path("label_templates", "templates.json")
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def builtin_templates() -> list[LabelTemplate]:
    return [check_template(LabelTemplate(**{**d, "builtin": True})) for d in _data()["labels"]]


def user_templates() -> list[LabelTemplate]:
    """The owner's own sheets, by name. Needs an open database; none without one."""
    if db.deferred:  # no database opened (e.g. listing the built-in sheets)
        return []
    out = []
    for row in LabelSheet.select().order_by(LabelSheet.name):
        data = json.loads(row.definition)
        out.append(LabelTemplate(**{**data, "name": row.name, "builtin": False}))
    return out


def all_templates() -> list[LabelTemplate]:
    return [*builtin_templates(), *user_templates()]


def get_template(name: str) -> LabelTemplate:
    """A sheet by its name; case and spaces do not matter ('avery l7160' finds it)."""
    wanted = " ".join(str(name).split()).casefold()
    templates = all_templates()
    for t in templates:
        if t.name.casefold() == wanted:
            return t
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "There is no label sheet called {name} (known: {known})."),
        name=name,
        known=", ".join(t.name for t in templates),
    )


def check_template(t: LabelTemplate) -> LabelTemplate:
    """Refuse a sheet whose labels do not fit the paper or overlap, naming the field."""
    numbers = {
        "page_width": t.page_width,
        "page_height": t.page_height,
        "label_width": t.label_width,
        "label_height": t.label_height,
    }
    for name, value in numbers.items():
        if not value > 0:
            raise ValidationError(name, QT_TRANSLATE_NOOP("UserError", "{field} must be more than 0 mm."), field=name)
    for name, count in (("rows", t.rows), ("columns", t.columns)):
        if not 1 <= count <= 40:
            raise ValidationError(name, QT_TRANSLATE_NOOP("UserError", "{field} must be from 1 to 40."), field=name)
    if t.top < 0 or t.left < 0:
        raise ValidationError("top", QT_TRANSLATE_NOOP("UserError", "The margins cannot be negative."))
    if (t.columns > 1 and t.pitch_x < t.label_width - _TOLERANCE) or (
        t.rows > 1 and t.pitch_y < t.label_height - _TOLERANCE
    ):
        raise ValidationError(
            "pitch_x", QT_TRANSLATE_NOOP("UserError", "The pitch is smaller than the label: labels would overlap.")
        )
    right = t.left + (t.columns - 1) * t.pitch_x + t.label_width
    bottom = t.top + (t.rows - 1) * t.pitch_y + t.label_height
    if right > t.page_width + _TOLERANCE or bottom > t.page_height + _TOLERANCE:
        raise ValidationError(
            "rows",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The labels reach {right:.1f} x {bottom:.1f} mm, beyond the {width:g} x {height:g} mm page.",
            ),
            right=right,
            bottom=bottom,
            width=t.page_width,
            height=t.page_height,
        )
    return t


def _number(data: dict[str, Any], key: str, whole: bool = False) -> Any:
    value = data.get(key)
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("UserError", "{field} needs a number, not {value}."), field=key, value=value
        ) from None
    if whole:
        if not number.is_integer():
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP("UserError", "{field} needs a whole number, not {value}."),
                field=key,
                value=value,
            )
        return int(number)
    return number


def make_template(data: dict[str, Any]) -> LabelTemplate:
    """A user-defined sheet from the owner's numbers (text or numbers). ``paper`` may
    name A4, A5 or Letter instead of giving the page size."""
    name = " ".join(str(data.get("name") or "").split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("UserError", "A label sheet needs a name."))
    paper = str(data.get("paper") or "custom").strip()
    if paper in PAPERS:
        width, height = PAPERS[paper]
    else:
        paper = "custom"
        width, height = _number(data, "page_width"), _number(data, "page_height")
    label_width, label_height = _number(data, "label_width"), _number(data, "label_height")
    template = LabelTemplate(
        name=name,
        paper=paper,
        page_width=width,
        page_height=height,
        rows=_number(data, "rows", whole=True),
        columns=_number(data, "columns", whole=True),
        label_width=label_width,
        label_height=label_height,
        top=_number(data, "top"),
        left=_number(data, "left"),
        pitch_x=_number(data, "pitch_x") if data.get("pitch_x") not in (None, "") else label_width,
        pitch_y=_number(data, "pitch_y") if data.get("pitch_y") not in (None, "") else label_height,
        corner_radius=0.0,
        source=str(data.get("source") or ""),
        builtin=False,
    )
    return check_template(template)


def save_user_template(data: dict[str, Any]) -> LabelTemplate:
    """Add or replace one of the owner's sheets; a maker's sheet name is refused."""
    template = make_template(data)
    if any(t.name.casefold() == template.name.casefold() for t in builtin_templates()):
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("UserError", "{name} is a built-in label sheet; choose another name."),
            name=template.name,
        )
    definition = {k: v for k, v in template.as_dict().items() if k not in ("name", "builtin")}
    with db.atomic():
        LabelSheet.insert(name=template.name, definition=json.dumps(definition)).on_conflict(
            conflict_target=[LabelSheet.name], update={LabelSheet.definition: json.dumps(definition)}
        ).execute()
    return template


# --- envelopes ---------------------------------------------------------------------


def envelope_sizes() -> list[str]:
    return [s["name"] for s in _data()["envelopes"]["sizes"]]


def get_envelope(name: str) -> EnvelopeTemplate:
    data = _data()["envelopes"]
    for size in data["sizes"]:
        if size["name"].casefold() == str(name).strip().casefold():
            break
    else:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no envelope size {name} (known: {known})."),
            name=name,
            known=", ".join(envelope_sizes()),
        )
    b = data["postcode_boxes"]
    boxes = tuple(
        Rect(b["left"] + i * (b["width"] + b["gap"]), b["top"], b["width"], b["height"]) for i in range(b["count"])
    )
    s = data["stamp_area"]
    stamp = Rect(size["width"] - s["width"], 0.0, s["width"], s["height"])
    return EnvelopeTemplate(size["name"], float(size["width"]), float(size["height"]), boxes, stamp)
