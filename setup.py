"""The one build step pyproject.toml cannot say: ship ``resources/`` inside the package.

ARCHITECTURE.md keeps the resources (icons, translations, help, fonts, label templates)
in the top-level ``resources/`` folder, beside the package rather than in it. A wheel
holds only what is inside ``smallcrm/``, so without this step ``pip install .``, pipx
or a built wheel had no label templates, translations, help, icons or font. Here the
wheel gets a copy as ``smallcrm/resources/`` (where ``paths.resource_path`` looks in an
installed package), and the compiled Chinese translation (``.qm``), which only the
``.ts`` source is committed for, is built into it with Qt's ``lrelease`` from the
PySide6 wheel (a build requirement in pyproject.toml for that reason).

An editable install (``pip install -e .``) reads ``resources/`` in the checkout itself,
where the window compiles the ``.qm`` on first start (smallcrm/ui/shell/translations.py).
The frozen app takes the same files through packaging/smallcrm.spec.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCE = ROOT / "resources"
TARGET = Path("smallcrm", "resources")  # inside the package, as paths.resource_path expects


def shipped(path: Path) -> bool:
    """A file the app reads at run time: all of resources/ but its build scripts
    (resources/fonts/make_subset.py) and a .qm left over from a checkout's own start,
    which is rebuilt from the .ts instead. packaging/smallcrm.spec follows the same rule."""
    return path.is_file() and path.suffix not in {".py", ".pyc", ".qm"} and "__pycache__" not in path.parts


def lrelease() -> str:
    """Qt's translation compiler, from the PySide6 wheel the build requires."""
    import PySide6  # a build requirement (pyproject.toml [build-system])

    tool = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if not tool.is_file():
        raise SystemExit(f"lrelease is missing from PySide6 ({tool}); the translations cannot be compiled")
    return str(tool)


class BuildPyWithResources(build_py):
    """build_py, then resources/ copied into the build as smallcrm/resources with the
    translations compiled; a failure stops the build rather than making a wheel that
    speaks only English."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in the checkout
        target = Path(self.build_lib) / TARGET
        if target.exists():
            shutil.rmtree(target)  # nothing stale from an earlier build
        for path in sorted(SOURCE.rglob("*")):
            if shipped(path):
                dest = target / path.relative_to(SOURCE)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, dest)
        for ts in sorted(target.glob("translations/*.ts")):
            qm = ts.with_suffix(".qm")
            done = subprocess.run(
                [lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
            )
            if done.returncode != 0 or not qm.is_file():
                raise SystemExit(f"lrelease could not compile {ts.name}: {(done.stderr or done.stdout).strip()}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        target = Path(self.build_lib) / TARGET
        return outputs + [str(p) for p in sorted(target.rglob("*")) if p.is_file()]


setup(cmdclass={"build_py": BuildPyWithResources})
