"""The demo customers' phone numbers: mainland mobiles by the operators' prefixes, each
handed out once, typed the ways people type them into a spreadsheet; now and then a
home landline or a second mobile."""

from __future__ import annotations

from smallcrm.domain.demo.picker import Picker
from smallcrm.domain.demo.run import Run
from smallcrm.domain.values import phones

MOBILE_PREFIXES: tuple[tuple[str, float], ...] = (
    ("138", 9), ("139", 9), ("137", 6), ("136", 6), ("135", 6), ("134", 3), ("150", 4), ("151", 4),
    ("152", 3), ("157", 2), ("158", 4), ("159", 4), ("182", 3), ("183", 3), ("187", 3), ("188", 3),
    ("178", 2), ("198", 2), ("147", 1), ("130", 3), ("131", 3), ("132", 3), ("155", 2), ("156", 2),
    ("185", 3), ("186", 4), ("176", 2), ("166", 1), ("175", 1), ("133", 3), ("153", 2), ("180", 3),
    ("181", 3), ("189", 4), ("177", 2), ("173", 1), ("199", 2), ("191", 1),
)  # fmt: skip

_PREFIXES = Picker(MOBILE_PREFIXES)


def fresh_mobile(run: Run) -> tuple[str, str]:
    """A mobile number not handed out before in this run: (digits, E.164)."""
    rng = run.rng
    while True:
        digits = _PREFIXES.pick(rng) + f"{rng.randrange(10**8):08d}"
        norm = phones.from_national(digits)
        if norm not in run.used_phones:
            run.used_phones.add(norm)
            return digits, norm


def typed(run: Run, digits: str) -> str:
    """The number as someone typed it into a spreadsheet."""
    r = run.rng.random()
    if r < 0.85:
        return digits
    _plain, dashed, spaced, international, with_code = phones.spellings(digits)
    if r < 0.91:
        return dashed
    if r < 0.96:
        return spaced
    if r < 0.98:
        return international
    return with_code


def second_phone(run: Run, area: str) -> tuple[str, str]:
    """A second number for a few customers, (as typed, E.164), or ('', ''): a home
    landline in a big city's eight-digit form (``area`` is its area code), or a mobile."""
    rng = run.rng
    r = rng.random()
    if r < 0.05 and len(area) == 3:  # a home landline, in the big cities' eight-digit form
        number = ("8" if area == "028" else "6") + f"{rng.randrange(10**7):07d}"
        return f"{area}-{number}", phones.from_national(area + number)
    if r < 0.09:
        return fresh_mobile(run)
    return "", ""
