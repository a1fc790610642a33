"""Files the owner asked for are whole or not there, and a failure says why in one sentence.

A full disk is simulated where the writes happen: /dev/full (every write fails with
ENOSPC, from the kernel, through Qt's and Python's own buffered writers), an fsync
that fails as a late-allocating file system's does, and, for the CLI end to end, a
file-size limit (RLIMIT_FSIZE) on a subprocess, which fails writes in any library.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smallcrm import files
from smallcrm.errors import UserError

FAILED = "It could not be written: {reason}."
NO_FOLDER = "The folder does not exist."
dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")


def _write(out: Path, text: str = "data") -> None:
    with files.replaced_when_done(out, no_folder=NO_FOLDER, failed=FAILED) as tmp:
        tmp.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EROFS, "The disk is read-only"),
        (errno.EACCES, "permission denied"),
        (errno.EISDIR, "This is a folder"),
        (errno.EFBIG, "too large for this disk"),
        (errno.ENAMETOOLONG, "It could not be written: File name too long"),
    ],
)
def test_a_failed_write_is_one_sentence_with_the_file_and_its_cause(code: int, words: str) -> None:
    message = str(files.write_error(Path("/shop/list.xlsx"), OSError(code, os.strerror(code)), FAILED))
    assert words in message
    assert "/shop/list.xlsx" in message
    assert "\n" not in message


def test_a_finished_file_replaces_the_old_one_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    out.write_text("old", encoding="utf-8")
    _write(out, "new")
    assert out.read_text(encoding="utf-8") == "new"
    assert os.listdir(tmp_path) == ["list.csv"]


def test_a_disk_that_fills_up_at_the_flush_keeps_the_old_file_and_leaves_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "list.csv"
    out.write_text("old", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(UserError, match="The disk is full") as caught:
        _write(out, "new")
    assert str(out) in str(caught.value)
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["list.csv"]


def test_a_pipe_given_as_the_file_is_refused_and_stays_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        _write(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert os.listdir(tmp_path) == ["pipe.pdf"]


def test_a_device_given_as_the_file_is_refused(tmp_path: Path) -> None:
    # A node of the test's own: against a regression, run as root, the system's
    # /dev/null would be replaced by a regular file for the whole machine.
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (AttributeError, OSError):
        pytest.skip("making a device node needs root")
    with pytest.raises(UserError, match="not a regular file"):
        _write(node)
    assert stat.S_ISCHR(node.stat().st_mode)


def test_a_folder_given_as_the_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.xlsx").mkdir()
    with pytest.raises(UserError, match="This is a folder"):
        _write(tmp_path / "out.xlsx")


def test_a_missing_folder_is_the_callers_sentence(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="The folder does not exist"):
        _write(tmp_path / "nowhere" / "out.csv")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write any file")
def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "kept.csv"
    out.write_text("keep me", encoding="utf-8")
    out.chmod(0o444)
    with pytest.raises(UserError, match="read-only"):
        _write(out)
    assert out.read_text(encoding="utf-8") == "keep me"


def test_a_folder_that_may_not_be_written_is_a_sentence_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(UserError, match="permission denied"):
        _write(tmp_path / "out.csv")


@dev_full
def test_checked_file_raises_the_first_failed_write_once_and_then_keeps_quiet() -> None:
    sink = files.CheckedFile(Path("/dev/full"))
    with pytest.raises(OSError) as caught:
        sink.write(b"x" * 100_000)
        sink.flush()
    assert caught.value.errno == errno.ENOSPC
    # A library's clean-up (zipfile's destructor) writing again must not raise anew.
    assert sink.write(b"more") == 4
    sink.seek(0)
    sink.flush()
    with pytest.raises(OSError):
        sink.close()


class _FullDisk(files.CheckedFile):
    """A CheckedFile whose every byte goes to /dev/full."""

    def __init__(self, path: Path) -> None:
        super().__init__(Path("/dev/full"))


@dev_full
def test_an_xlsx_export_on_a_full_disk_is_one_sentence_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smallcrm.sheets import exporter

    monkeypatch.setattr(exporter.files, "CheckedFile", _FullDisk)
    out = tmp_path / "out.xlsx"
    rows = iter([["张三", "13800000000", 12.5]] * 3000)
    with pytest.raises(UserError, match="The disk is full"):
        exporter.write_table(out, ["name", "phone", "amount"], rows, money_columns=[2])
    assert os.listdir(tmp_path) == []


@dev_full
def test_a_pdf_on_a_full_disk_is_one_sentence_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    from PySide6.QtCore import QFile

    from smallcrm.printing import render
    from smallcrm.printing.templates import get_template

    monkeypatch.setattr(render, "QFile", lambda _name: QFile("/dev/full"))
    out = tmp_path / "labels.pdf"
    people = [{"name": f"张{i}", "city": "成都市", "street": "人民路1号", "postcode": "610041"} for i in range(30)]
    with pytest.raises(UserError, match="The disk is full"):
        render.render_labels(out, people, get_template("Avery L7160"))
    assert os.listdir(tmp_path) == []


# -- the command line end to end: writes fail in a subprocess limited to 64 kB files -------

# Above SQLite's 32 kB shared-memory file, below every file these tests write.
LIMIT = 64_000


# The child limits its own file size and then becomes the CLI (exec keeps the limit):
# no preexec_fn, which is unsafe in a test process that has threads.
LIMITED = (
    "import os, resource, signal, sys\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"  # a write past the limit fails with EFBIG, not a kill
    "resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'smallcrm', *sys.argv[1:]])\n"
)


@pytest.fixture(scope="module")
def mailing_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,500 customers who may all be mailed (every file below comes out larger than
    the limit), imported once for the subprocess tests."""
    from smallcrm.domain.session import open_crm
    from smallcrm.sheets import importer
    from smallcrm.store.db import close_db

    folder = tmp_path_factory.mktemp("shop")
    db, sheet = folder / "shop.db", folder / "customers.csv"
    lines = ["姓名,手机,城市,地址,邮编,同意邮寄"]
    lines += [f"张{i},139{i:08d},成都市,人民路{i}号,610041,是" for i in range(1500)]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SMALLCRM_HOME", str(folder / "home"))
        open_crm(db)
        result = importer.run_import(sheet, importer.ImportOptions(kind="customers"))
        close_db()
    assert result.added == 1500
    return db


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize(
    "argv",
    [
        ["labels", "OUT.pdf", "--template", "Avery L7160"],
        ["mailing-list", "OUT.xlsx"],
        ["export", "OUT.csv", "--what", "customers"],
    ],
)
def test_a_file_the_disk_cannot_hold_is_an_error_not_a_success(
    mailing_shop: Path, tmp_path: Path, argv: list[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / argv[1].replace("OUT", "mail")
    argv = [argv[0], str(out), *argv[2:]]
    env = {**os.environ, "SMALLCRM_HOME": str(tmp_path / "home"), "SMALLCRM_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-c", LIMITED.format(limit=LIMIT), "--db", str(mailing_shop), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "too large for this disk" in done.stderr and str(out) in done.stderr
    assert os.listdir(out_dir) == []
