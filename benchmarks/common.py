"""What the benchmark steps share: a fresh shop, customer input as a shop types it,
the queries an owner types into the search box, child processes (a fresh interpreter
for peak memory, a window process of its own) and the runner's table."""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smallcrm.domain.session import open_crm
from smallcrm.domain.values.pinyin import name_keys
from smallcrm.store.db import close_db
from smallcrm.store.models import Customer

# Interleaved pairs per ratio (ours, then the raw library, then ours again ...): the
# load of a shared machine comes and goes, and a pair sees the same load.
PAIRS = int(os.environ.get("SMALLCRM_BENCH_PAIRS", "3"))


@dataclass(frozen=True)
class Paired:
    """Medians of interleaved pairs: each side's time and the per-pair ratio."""

    ours: float
    raw: float
    ratio: float
    pairs: int


def interleaved(ours: Callable[[], float], raw: Callable[[], float], pairs: int = PAIRS) -> Paired:
    """Run ``ours`` and ``raw`` (each returns the seconds it measured) in ``pairs`` turns
    and give the medians, the ratio being the median of each pair's own ratio."""
    ours_s: list[float] = []
    raw_s: list[float] = []
    for _ in range(max(1, pairs)):
        ours_s.append(ours())
        raw_s.append(raw())
    ratios = [o / r for o, r in zip(ours_s, raw_s, strict=True) if r > 0]
    return Paired(
        statistics.median(ours_s), statistics.median(raw_s), statistics.median(ratios) if ratios else 0.0, len(ours_s)
    )


def load_average() -> float:
    """The machine's one-minute load average (0 where the system does not say)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0


def fresh(path: Path) -> None:
    close_db()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_crm(path)


def raw_rows(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """Customer input as a shop would type it (before validation)."""
    rng = random.Random(seed)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕飞鹏辉波宁欣怡浩宇晨阳"
    places = [
        ("四川省", "成都市", "武侯区", "人民南路"),
        ("广东省", "广州市", "天河区", "体育西路"),
        ("浙江省", "杭州市", "西湖区", "文三路"),
        ("北京市", "北京市", "朝阳区", "建国路"),
        ("上海市", "上海市", "浦东新区", "世纪大道"),
        ("湖北省", "武汉市", "洪山区", "珞喻路"),
    ]
    rows = []
    for _ in range(n):
        prov, city, dist, road = rng.choice(places)
        rows.append(
            {
                "name": rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2)))),
                "phone": "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9)),
                "province": prov,
                "city": city,
                "district": dist,
                "street": f"{road}{rng.randint(1, 300)}号",
                "birthday": f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "gender": rng.choice("MF"),
                "mail_consent": True,
            }
        )
    return rows


def search_queries(rng: random.Random) -> list[str]:
    """200 queries a shop owner types: names, pinyin, initials, phone tails, addresses."""
    sample = list(
        Customer.select(Customer.name, Customer.phone_norm, Customer.street, Customer.district)
        .where(Customer.deleted_at.is_null())
        .order_by(Customer.id)
        .limit(5000)
        .tuples()
    )
    queries: list[str] = []
    for i in range(200):
        name, phone, street, district = rng.choice(sample)
        kind = i % 7
        keys = name_keys(name) or [name]
        if kind == 0:
            queries.append(name)  # exact name
        elif kind == 1:
            queries.append(keys[0])  # full pinyin
        elif kind == 2:
            queries.append(keys[1] if len(keys) > 1 else keys[0])  # initials
        elif kind == 3:
            queries.append(keys[2] if len(keys) > 2 else keys[0])  # surname + initials
        elif kind == 4:
            queries.append(phone[-4:])  # last four digits of the mobile
        elif kind == 5:
            queries.append(street[: max(3, len(street) // 2)] if street else district)  # address piece
        else:
            queries.append(name[:1] if rng.random() < 0.3 else keys[0][:3])  # half-typed
    return queries


# The start of every window child process: the main window over the shop at argv[1],
# opened as smallcrm.ui.shell.app opens it, shown at the screenshots' size, and settle(),
# which turns the event loop until a condition holds (or for a while: settle(lambda:
# False, seconds)). Each child's measuring comes after it.
WINDOW = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
from smallcrm.domain.session import open_crm
from smallcrm.ui.shell import worker
from smallcrm.ui.shell.main_window import MainWindow

path = Path(sys.argv[1])
open_crm(path, check=False)
worker.limit_cache()
window = MainWindow(path)
window.resize(1280, 800)
window.show()


def settle(condition, timeout_s=120.0):
    end = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
"""


# The window children's heartbeat: a 5 ms timer whose longest gap is the longest the
# GUI went without turning its event loop (start it with clock.start(); heart.start()).
HEARTBEAT = r"""
from PySide6.QtCore import QElapsedTimer, QTimer

gaps, clock, last = [], QElapsedTimer(), [0]


def beat():  # the event loop's heartbeat: a long gap is a frozen GUI
    now = clock.elapsed()
    gaps.append(now - last[0])
    last[0] = now


heart = QTimer()
heart.setInterval(5)
heart.timeout.connect(beat)
"""


# Peak memory is the child's own VmHWM (the high-water mark of its resident set, per
# address space). Not ru_maxrss: Linux carries it over fork and exec, so a child of
# a runner that had grown to 900 MB in earlier steps reported at least that.
PEAK = r"""
import resource, sys


def peak_mb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)
"""


def child(
    code: str, *args: str, env: dict[str, str] | None = None, timeout: float | None = None, warm: bool = False
) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter (peak memory is per process; a window child
    has the event loop to itself) and read the last line it prints, one JSON object.

    ``env`` defaults to this environment with the worktree on the path (window children
    pass ``gui_env``); with ``warm`` the child runs twice and the second is read: the
    first compiles the bytecode and warms the file cache, as installed software has them.
    """
    root = Path(__file__).resolve().parent.parent
    env = env if env is not None else {**os.environ, "PYTHONPATH": str(root)}
    for _ in range(2 if warm else 1):
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env=env,
            timeout=timeout,
        )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def gui_env(scratch: Path) -> dict[str, str]:
    """Both sides of the start-up race run as installed software does: with compiled
    bytecode (a private pycache, warmed once), headless, and away from the user's
    settings and data."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {
        "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPYCACHEPREFIX": str(scratch / "pycache"),
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "SMALLCRM_HOME": str(scratch / "home"),
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }
    return env


def print_table(rows: list[tuple[str, ...]]) -> None:
    """The runners' output: one markdown table of the rows (a fifth cell, the load
    average at the start and end of the row's step, where the runner adds it)."""
    print("| benchmark | SmallCRM | raw library, same run | ratio / target | load average, start -> end |")
    print("|---|---|---|---|---|")
    for row in rows:
        cells = [*row, ""][:5] if len(row) < 5 else list(row)
        print("| " + " | ".join(cells) + " |")
