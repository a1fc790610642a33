"""The wheel carries the resources: ``pip install .``, pipx and a built wheel must have
the label templates, translations, help, icons and font that a checkout has beside
the package (setup.py copies resources/ into it as smallcrm/resources).

The wheel is built the offline way (``--no-build-isolation``, with this environment's
setuptools, wheel and PySide6) from a copy of the sources, so the checkout gets no
build/ or .egg-info folders; CI also builds one the way pip install does and installs
it with its dependencies in a venv of its own (.ci/run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "smallcrm", "resources")
QM = "smallcrm/resources/translations/smallcrm_zh_CN.qm"


def _copy_sources(dest: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=ignore)
        else:
            shutil.copy2(source, dest / name)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = tmp_path_factory.mktemp("sources")
    _copy_sources(sources)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(out), "."],
        cwd=sources,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("smallcrm-*.whl")
    return built


def _resources_in_checkout() -> set[str]:
    """Every file under resources/ that the app reads: all but the font's build script
    (and bytecode or a .qm a checkout compiled for itself)."""
    return {
        "smallcrm/resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc", ".qm") and "__pycache__" not in path.parts
    }


@pytest.mark.slow
def test_the_wheel_carries_every_resource_and_the_compiled_translation(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert _resources_in_checkout() - names == set()
    for needed in (
        "smallcrm/resources/label_templates/templates.json",
        "smallcrm/resources/translations/smallcrm_zh_CN.ts",  # the CLI reads the .ts
        QM,  # the window loads the .qm
        "smallcrm/resources/help/zh_CN.html",
        "smallcrm/resources/icons/smallcrm-256.png",
        "smallcrm/resources/fonts/SmallCRMNotoSansSC-Regular.otf",
        "smallcrm/resources/fonts/OFL.txt",  # the font's licence travels with it
    ):
        assert needed in names
    assert zipfile.ZipFile(wheel).getinfo(QM).file_size > 50_000
    assert not [n for n in names if n.endswith((".pyc", "make_subset.py"))]


@pytest.mark.slow
def test_the_installed_wheel_finds_its_resources_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # The installed copy first on the path, this environment's dependencies after it;
    # run from elsewhere so that nothing of the checkout can be found by accident.
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "check_wheel.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.rstrip().endswith("wheel check ok")
    assert str(site / "smallcrm") in check.stdout  # the installed package, not the checkout
