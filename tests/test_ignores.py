"""Every lint or type-check exception in the code says why, after the codes it names.

ruff (PGH003, PGH004) makes an ignore name its codes and mypy (warn_unused_ignores)
refuses one that is no longer needed; neither asks for the reason, which the next
reader needs to decide whether the exception still holds.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for top in ("smallcrm", "tests", "benchmarks") for p in (ROOT / top).rglob("*.py"))

# A type-check ignore is followed by a second comment saying why ("  # why"); a ruff
# one has its reason after the codes (" - why"), in a line or for the whole file.
TYPE_IGNORE = re.compile(r"type:\s*ignore(?:\[[^\]]*\])?(?P<rest>.*)")
NOQA = re.compile(r"noqa(?::\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)?(?P<rest>.*)")


def _unexplained(path: Path) -> list[tuple[int, str]]:
    """(line, comment) of each ignore that gives no reason."""
    found = []
    text = path.read_text(encoding="utf-8")
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type != tokenize.COMMENT:
            continue
        for pattern in (TYPE_IGNORE, NOQA):
            match = pattern.search(tok.string)
            if match and not re.search(r"\w", match["rest"]):
                found.append((tok.start[0], tok.string))
    return found


def test_there_are_files_to_read() -> None:
    assert any(p.name == "__init__.py" for p in FILES) and any(p.name.startswith("test_") for p in FILES)


def test_every_ignore_says_why() -> None:
    found = [f"{p.relative_to(ROOT)}:{line}: {comment}" for p in FILES for line, comment in _unexplained(p)]
    assert found == []


def test_an_ignore_without_a_reason_is_found(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "x = f()  # type: ignore[arg-type]\n"
        "y = g()  # type: ignore[arg-type]  # the stub is narrower than Qt\n"
        "def showEvent(e):  # noqa: N802\n    pass\n"
        "def hideEvent(e):  # noqa: N802 - Qt's name\n    pass\n"
        "s = '# type: ignore in a string is no comment'\n",
        encoding="utf-8",
    )
    assert [line for line, _ in _unexplained(sample)] == [1, 3]
