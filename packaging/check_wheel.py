"""Smoke test of an installed SmallCRM (a wheel, ``pip install .``, pipx): what a
checkout has by accident and an installed copy must carry itself, its resources.

    python packaging/check_wheel.py      # with the Python of the environment to check

Run it from outside the checkout (CI runs it from a scratch folder with the wheel's
venv). Checks, one line each, exit 0 only when all pass:
- SmallCRM is imported from the installed package, not from a checkout;
- ``smallcrm labels --list-templates`` lists the label sheets (resources/label_templates);
- ``smallcrm --db BAD stats`` under ``LANG=zh_CN.UTF-8`` says its error in Chinese
  (the CLI's translation, resources/translations/*.ts);
- the window's compiled translation (.qm), the help guide, the icons and the bundled
  font are found where the app looks for them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
HANZI = re.compile(r"[\u4e00-\u9fff]")
TIMEOUT_S = 120


def _smallcrm(args: list[str], folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m smallcrm ARGS`` in ``folder``, with the language variables of ``env`` only."""
    environ = {k: v for k, v in os.environ.items() if k not in ("SMALLCRM_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    environ.update({"SMALLCRM_HOME": str(folder / "home"), "LANG": "C.UTF-8", **env})
    return subprocess.run(
        [sys.executable, "-m", "smallcrm", *args],
        cwd=folder,
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
    )


def installed_package(_folder: Path) -> str:
    import smallcrm

    where = Path(smallcrm.__file__).resolve().parent
    if where.is_relative_to(CHECKOUT):
        raise RuntimeError(f"smallcrm is imported from the checkout ({where}), not from an installed copy")
    return str(where)


def label_templates(folder: Path) -> str:
    done = _smallcrm(["labels", "--list-templates"], folder)
    if done.returncode != 0 or "Avery L7160" not in done.stdout:
        raise RuntimeError(f"exit {done.returncode}: {(done.stderr or done.stdout).strip()}")
    return f"{len(done.stdout.splitlines())} label sheets"


def chinese_cli_error(folder: Path) -> str:
    bad = folder / "not-a-shop.db"
    bad.write_bytes(b"this is not a database\n" * 200)
    done = _smallcrm(["--db", str(bad), "stats"], folder, LANG="zh_CN.UTF-8")
    sentence = done.stderr.strip()
    if done.returncode != 1 or not HANZI.search(sentence):
        raise RuntimeError(f"exit {done.returncode}, not in Chinese: {sentence}")
    return sentence


def window_resources(_folder: Path) -> str:
    from PySide6.QtCore import QTranslator

    from smallcrm import paths
    from smallcrm.ui.shell import help as guide
    from smallcrm.ui.shell import translations

    qm = translations.qm_file("zh_CN")
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        raise RuntimeError(f"the window's Chinese translation is missing ({qm})")
    if not HANZI.search(translator.translate("App", "SmallCRM cannot open the database")):
        raise RuntimeError(f"{qm} does not translate the window's messages")
    if not HANZI.search(guide.guide_html("zh_CN")) or "missing" in guide.guide_html("en"):
        raise RuntimeError("the help guide is missing")
    for name in (("icons", "smallcrm-256.png"), ("fonts", "SmallCRMNotoSansSC-Regular.otf")):
        if not paths.resource_path(*name).is_file():
            raise RuntimeError(f"{'/'.join(name)} is missing")
    return str(paths.resource_root())


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("installed package", installed_package),
    ("labels --list-templates", label_templates),
    ("CLI error in Chinese (LANG=zh_CN.UTF-8)", chinese_cli_error),
    ("translation, help, icon and font of the window", window_resources),
]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="smallcrm-wheel-check-") as tmp:
        for name, check in CHECKS:
            try:
                detail = check(Path(tmp))
            except Exception as exc:  # each failure is a finding; the next checks still run
                failed += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}")
            else:
                print(f"ok   {name}: {detail}")
    print("wheel check ok" if not failed else f"wheel check FAILED ({failed} of {len(CHECKS)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
