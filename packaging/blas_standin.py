"""Linux: replace SciPy's OpenBLAS in a build by a stand-in of a few kilobytes.

    python packaging/blas_standin.py dist/SmallCRM/_internal

Why: SmallCRM uses scipy.special only (the churn model's gammaln, betaln, digamma,
polygamma, hyp2f1). Its ``_ufuncs`` and ``_ellip_harm_2`` modules link SciPy's OpenBLAS
(24 MB, plus gfortran and quadmath) for one LAPACK routine, ``dstevr``, which only the
ellipsoidal harmonics (``ellip_harm``, ``ellip_harm_2``, ``ellip_normal``) call. The
stand-in has the same soname and exports that routine; it reports failure through
LAPACK's INFO argument, and SciPy turns that into its "failed to allocate memory"
error: those functions raise scipy.special.SpecialFunctionError (or return nan under
``scipy.special.errstate(memory="ignore")``) instead of giving a value. Nothing in
SmallCRM calls them.

Guarded: the stand-in is put in only when every module in the build that links the
OpenBLAS soname imports no symbol from it other than the ones the stand-in exports
(``nm -D``), and after a check that scipy.special works on it (the functions the churn
model uses give the values they give on the real library; ellip_harm fails).
Otherwise the real OpenBLAS stays and a warning says why. Needs binutils (nm, readelf)
and a C compiler (gcc).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The LAPACK routines the stand-in exports, by the name SciPy's OpenBLAS gives them.
EXPORTS = {"scipy_dstevr_"}

SOURCE = r"""
/* Stand-in for SciPy's OpenBLAS in SmallCRM's frozen app (packaging/blas_standin.py).
   LAPACK's DSTEVR (gfortran calling convention: hidden string lengths at the end),
   which reports failure through INFO: scipy.special's ellipsoidal harmonics then
   raise SpecialFunctionError (nan when that error is ignored). */
#include <stddef.h>

void scipy_dstevr_(char *jobz, char *range, int *n, double *d, double *e, double *vl, double *vu,
                   int *il, int *iu, double *abstol, int *m, double *w, double *z, int *ldz,
                   int *isuppz, double *work, int *lwork, int *iwork, int *liwork, int *info,
                   size_t jobz_len, size_t range_len)
{
    (void)jobz; (void)range; (void)n; (void)d; (void)e; (void)vl; (void)vu; (void)il; (void)iu;
    (void)abstol; (void)w; (void)z; (void)ldz; (void)isuppz; (void)work; (void)lwork; (void)iwork;
    (void)liwork; (void)jobz_len; (void)range_len;
    if (m) *m = 0;
    *info = 1; /* "an internal error": no eigenvalues computed */
}
"""

# Run with and without the stand-in preloaded under the OpenBLAS soname: the dynamic
# linker resolves SciPy's DT_NEEDED to a preloaded library of that soname and never
# opens the real one. Prints the values of the functions the churn model uses, then
# ellip_harm's (errors ignored), then whether the real library was loaded.
CHECK = """
import sys
from scipy.special import betaln, digamma, ellip_harm, errstate, gammaln, hyp2f1, polygamma
values = [gammaln(3.7), betaln(2.5, 4.0), digamma(2.2), polygamma(1, 0.8), hyp2f1(1.5, 2.5, 4.2, 0.6)]
print(" ".join(repr(float(v)) for v in values))
with errstate(all="ignore"):
    print(repr(float(ellip_harm(5.0, 8.0, 1, 1, 2.5))))
print(sys.argv[1] in open("/proc/self/maps").read())
"""


def _symbols(path: Path, which: str) -> set[str]:
    done = subprocess.run(["nm", "-D", which, str(path)], capture_output=True, text=True, check=True)
    return {line.split()[-1].split("@")[0] for line in done.stdout.splitlines() if line.split()}


def _needed(path: Path) -> list[str]:
    done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", done.stdout)


def _libraries(internal: Path) -> list[Path]:
    return [lib for lib in sorted(internal.rglob("*.so*")) if lib.is_file() and not lib.is_symlink()]


def _run_check(soname: str, preload: Path | None = None) -> tuple[str, str, str]:
    """(values of the churn model's functions, ellip_harm's value, real library loaded)."""
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run(
        [sys.executable, "-c", CHECK, f"scipy.libs/{soname}"], env=env, capture_output=True, text=True, check=False
    )
    lines = done.stdout.split("\n")
    if done.returncode != 0 or len(lines) < 3:
        raise RuntimeError((done.stderr.strip().splitlines() or ["no output"])[-1])
    return lines[0], lines[1], lines[2]


def build(soname: str, out: Path) -> None:
    """Compile the stand-in under ``soname`` (gcc)."""
    with tempfile.TemporaryDirectory(prefix="smallcrm-blas-") as tmp:
        source = Path(tmp) / "standin.c"
        source.write_text(SOURCE)
        command = ["gcc", "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{soname}", "-o", str(out), str(source)]
        subprocess.run(command, check=True)


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.iterdir() if f.is_file())


def _drop_unlinked(internal: Path) -> None:
    """Libraries in scipy.libs that nothing in the build links any more (gfortran and
    quadmath, which only the real OpenBLAS needed) go with it: SciPy's modules find
    them only through DT_NEEDED (their RPATH points there)."""
    while True:
        needed = {name for lib in _libraries(internal) for name in _needed(lib)}
        unlinked = [lib for lib in (internal / "scipy.libs").iterdir() if lib.name not in needed]
        if not unlinked:
            break
        for lib in unlinked:
            lib.unlink()
    for link in internal.iterdir():  # PyInstaller's links to them at the top
        if link.is_symlink() and not link.exists():
            link.unlink()


def stand_in(internal: Path) -> int:
    """Replace scipy.libs' OpenBLAS under ``internal`` (a build's _internal folder) when
    it is safe; the bytes saved (0 when it was not done, with a warning why)."""
    libs = sorted((internal / "scipy.libs").glob("libscipy_openblas*.so*"))
    if len(libs) != 1:
        print("WARNING: blas_standin: no single SciPy OpenBLAS in the build; nothing replaced")
        return 0
    real = libs[0]
    soname = real.name
    missing = sorted(tool for tool in ("nm", "readelf", "gcc") if shutil.which(tool) is None)
    if missing:
        print(f"WARNING: blas_standin: {', '.join(missing)} not found; SciPy's OpenBLAS stays (24 MB)")
        return 0
    provided = _symbols(real, "--defined-only")
    users = [lib for lib in _libraries(internal) if soname in _needed(lib)]
    for module in users:
        wanted = _symbols(module, "--undefined-only") & provided
        if not wanted <= EXPORTS:
            extra = ", ".join(sorted(wanted - EXPORTS)[:8])
            print(f"WARNING: blas_standin: {module.name} uses {extra} from {soname}; the real OpenBLAS stays")
            return 0
    with tempfile.TemporaryDirectory(prefix="smallcrm-blas-lib-") as tmp:
        standin = Path(tmp) / soname
        build(soname, standin)
        try:
            expected, _, real_without = _run_check(soname)
            got, ellip, real_loaded = _run_check(soname, standin)
        except RuntimeError as error:
            print(f"WARNING: blas_standin: scipy.special fails on the stand-in ({error}); the real OpenBLAS stays")
            return 0
        if got != expected or ellip != "nan" or real_loaded != "False" or real_without != "True":
            print(
                f"WARNING: blas_standin: scipy.special on the stand-in gave {got}, ellip_harm {ellip} "
                f"(real library loaded: {real_loaded}), not {expected} and nan; the real OpenBLAS stays"
            )
            return 0
        before = _size(internal / "scipy.libs")
        real.unlink()  # may be a hard link to the build machine's copy
        shutil.copyfile(standin, real)
        _drop_unlinked(internal)
        saved = before - _size(internal / "scipy.libs")
    modules = ", ".join(lib.name.split(".")[0] for lib in users)
    exports = ", ".join(sorted(EXPORTS))
    print(f"SciPy's OpenBLAS -> a stand-in exporting {exports} (linked by {modules}): {saved / 1e6:.1f} MB saved")
    return saved


if __name__ == "__main__":
    stand_in(Path(sys.argv[1]))
