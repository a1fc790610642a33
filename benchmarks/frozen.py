"""The double-click app (issue 9): bundle size and time to a shown window.

- size: the one-folder build (dist/SmallCRM) unpacked, target <= 150 MB, and the
  largest parts, so it is clear where the megabytes are;
- start: ``SmallCRM --db DB --quit-after-show`` of the frozen app over a demo shop
  (2,000 customers) to its first paint, which shows the customer list's rows, against a
  bare PySide6 QMainWindow with a QTableView of as many rows to its first paint
  (benchmarks.bench_window.BARE_LIST), frozen the same way (PyInstaller one-folder: what any
  frozen Qt app pays) and not frozen; whole processes, median of 7 interleaved runs;
  target <= 1 s.

Usage: ``python benchmarks/frozen.py [--dist dist/SmallCRM]``; without an existing
build, builds one with PyInstaller first (about 1-2 minutes; on Linux run it in a venv
where ``packaging/numpy_noblas.sh`` has run, as CI builds, or the bundle carries numpy's
27 MB OpenBLAS); the frozen bare window is built every time (about 1 minute). Also
the 'frozen' step of ``benchmarks/run.py``. Breakdown and history: packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's smallcrm, run as a script

from benchmarks.bench_window import BARE_LIST
from benchmarks.common import gui_env, print_table

ROOT = Path(__file__).resolve().parent.parent

DEMO_CUSTOMERS = 2000
RUNS = 7


def _pyinstaller(*args: str | Path, cwd: Path, log_level: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", log_level, *map(str, args)],
        cwd=cwd,
        check=True,
    )


def build(dist_root: Path, work: Path) -> Path:
    _pyinstaller(
        "--distpath", dist_root, "--workpath", work, ROOT / "packaging" / "smallcrm.spec", cwd=ROOT, log_level="WARN"
    )
    return dist_root / "SmallCRM"


def build_bare(work: Path) -> Path:
    """The bare PySide6 window with a list of benchmarks/run.py, frozen one-folder by
    PyInstaller's defaults: the floor any frozen PySide6 app starts from."""
    script = work / "bare_window.py"
    script.write_text(BARE_LIST, encoding="utf-8")
    _pyinstaller(
        "--onedir",
        "--distpath",
        work / "bare-dist",
        "--workpath",
        work / "bare-build",
        "--specpath",
        work,
        script,
        cwd=work,
        log_level="ERROR",
    )
    return work / "bare-dist" / "bare_window" / ("bare_window.exe" if os.name == "nt" else "bare_window")


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1024 / 1024


def largest_parts(dist: Path, count: int = 6) -> str:
    internal = dist / "_internal"
    # PyInstaller links some libraries into _internal/ from where they live: count them once.
    parts = [
        (size_mb(p) if p.is_dir() else p.stat().st_size / 1024 / 1024, p.name)
        for p in internal.iterdir()
        if not p.is_symlink()
    ]
    qt = internal / "PySide6" / "Qt" / "lib"
    icu = sum(f.stat().st_size for f in qt.glob("libicu*")) / 1024 / 1024 if qt.is_dir() else 0.0
    top = ", ".join(f"{name} {mb:.0f}" for mb, name in sorted(parts, reverse=True)[:count])
    return f"{top} (PySide6 of which ICU {icu:.0f}) MB"


def bench_frozen(work: Path, dist: Path | None = None) -> list[tuple[str, str, str, str]]:
    if dist is None or not dist.is_dir():
        dist = build(work / "dist", work / "build")
    dist = dist.resolve()  # the runs below start in the scratch folder
    exe = dist / ("SmallCRM.exe" if os.name == "nt" else "SmallCRM")
    bare_frozen = build_bare(work)

    db = work / "frozen-shop.db"
    env = gui_env(work / "frozen-env")
    subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(db), "demo", "--customers", str(DEMO_CUSTOMERS), "--seed", "1"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    ours_cmd = [str(exe), "--db", str(db), "--quit-after-show"]
    bare_cmd = [sys.executable, "-c", BARE_LIST, str(DEMO_CUSTOMERS)]
    bare_frozen_cmd = [str(bare_frozen), str(DEMO_CUSTOMERS)]

    def run(cmd: list[str]) -> float:
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=work, env=env, check=True, capture_output=True, timeout=120)
        return time.perf_counter() - t0

    run(ours_cmd), run(ours_cmd), run(bare_cmd), run(bare_frozen_cmd)  # warm the file cache
    ours_runs, bare_runs, bare_frozen_runs = [], [], []
    for _ in range(RUNS):
        bare_runs.append(run(bare_cmd))
        bare_frozen_runs.append(run(bare_frozen_cmd))
        ours_runs.append(run(ours_cmd))
    ours, bare = statistics.median(ours_runs), statistics.median(bare_runs)
    bare_frozen_s = statistics.median(bare_frozen_runs)
    unpacked = size_mb(dist)
    return [
        (
            "frozen one-folder bundle, unpacked",
            f"{unpacked:.0f} MB",
            largest_parts(dist),
            f"target <= 150 MB: {'met' if unpacked <= 150 else 'MISSED'}",
        ),
        (
            f"frozen app to its list painted, {DEMO_CUSTOMERS:,} customers (--quit-after-show, whole process)",
            f"{ours:.2f} s (median of {RUNS})",
            f"{bare_frozen_s:.2f} s (bare PySide6 QMainWindow + QTableView, frozen the same way); "
            f"{bare:.2f} s (not frozen)",
            f"{ours / bare_frozen_s:.2f}x the frozen bare window; target <= 1 s: {'met' if ours <= 1 else 'MISSED'}",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, help="an existing one-folder build (default: build one)")
    args = parser.parse_args(argv)
    os.environ.setdefault("SMALLCRM_HOME", tempfile.mkdtemp(prefix="smallcrm-bench-home-"))
    with tempfile.TemporaryDirectory(prefix="smallcrm-bench-frozen-") as tmp:
        rows = bench_frozen(Path(tmp), args.dist)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
