"""Run a built app's ``--self-test`` and decide whether the build may land (CI).

    python packaging/check_frozen.py dist/SmallCRM

Exit 0 when the frozen app printed "self-test ok" and exited 0. Anything else
(a missing resource, hidden import, Qt plugin or matplotlib backend, a crash, a
hang) fails, with the app's own report printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300


def executable(dist: Path) -> Path:
    for name in ("SmallCRM", "SmallCRM.exe", "SmallCRM.app/Contents/MacOS/SmallCRM"):
        if (dist / name).is_file():
            return dist / name
    raise SystemExit(f"no SmallCRM executable in {dist}")


def main(argv: list[str]) -> int:
    dist = (Path(argv[0]) if argv else ROOT / "dist" / "SmallCRM").resolve()  # the app runs in a scratch folder
    exe = executable(dist)
    with tempfile.TemporaryDirectory(prefix="smallcrm-frozen-check-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMALLCRM_HOME": home}
        env.pop("PYTHONPATH", None)  # the bundle must stand on its own
        try:
            done = subprocess.run(
                [str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=TIMEOUT_S, cwd=home
            )
        except subprocess.TimeoutExpired:
            print(f"frozen self-test: {exe} did not finish within {TIMEOUT_S} s", file=sys.stderr)
            return 1
    print(done.stdout, end="")
    if done.returncode == 0 and done.stdout.rstrip().endswith("self-test ok"):
        print(f"frozen self-test passed ({exe})")
        return 0
    print(done.stderr[-4000:], file=sys.stderr)
    print(f"frozen self-test FAILED (exit code {done.returncode})", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
