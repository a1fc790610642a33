#!/usr/bin/env bash
# Linux, before the frozen build: replace the environment's numpy by the same version
# built from source without BLAS/LAPACK, so the bundle does not carry numpy's OpenBLAS
# (24 MB, plus gfortran and quadmath: 27 MB). Why this is safe and what it costs:
# packaging/README.md ("numpy without OpenBLAS").
#
#     packaging/numpy_noblas.sh            # in the venv the frozen build runs in
#
# Run it after the tests (they run on the numpy wheel from PyPI) and only in a venv
# meant for packaging: it force-reinstalls numpy there. The wheel is built once per
# numpy version and Python and kept in $SMALLCRM_WHEELS (default
# ~/.cache/smallcrm-wheels); later runs install it in seconds. Needs a C/C++ compiler
# (gcc, g++) and Python's headers; numpy's build tools (meson, ninja, Cython) come from
# pip in the build's isolated environment.
set -euo pipefail

version=$(python -c "import numpy; print(numpy.__version__)")
tag=$(python -c "import sys; print(f'cp{sys.version_info[0]}{sys.version_info[1]}')")
wheels="${SMALLCRM_WHEELS:-$HOME/.cache/smallcrm-wheels}/numpy-noblas"
mkdir -p "$wheels"

wheel=$(ls "$wheels"/numpy-"$version"-"$tag"-*.whl 2>/dev/null | head -1 || true)
if [ -z "$wheel" ]; then
  echo "numpy_noblas: building numpy $version from source without BLAS (a few minutes)"
  start=$SECONDS
  # Built in a folder of its own and moved into the cache when complete: a second run on
  # the machine (another CI run, another clone) never installs a half-written wheel.
  build=$(mktemp -d "$wheels/.build.XXXXXX")
  trap 'rm -rf "$build"' EXIT
  # --no-cache-dir: pip's own wheel cache would hand this BLAS-less build to any later
  # 'pip install --no-binary numpy' on the machine.
  python -m pip wheel -q --no-cache-dir --no-deps --no-binary numpy "numpy==$version" -w "$build" \
      -Csetup-args=-Dallow-noblas=true -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none
  built=$(ls "$build"/numpy-"$version"-"$tag"-*.whl | head -1)
  wheel="$wheels/$(basename "$built")"
  mv -f "$built" "$wheel"
  echo "numpy_noblas: built $(basename "$wheel") in $((SECONDS - start)) s"
fi
python -m pip install -q --force-reinstall --no-deps "$wheel"
python - <<'EOF'
import numpy

blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
if blas != "none":
    raise SystemExit(f"numpy_noblas: numpy still uses BLAS {blas!r}")
a = numpy.array([[4.0, 1.0], [1.0, 3.0]])
assert numpy.allclose(numpy.linalg.cholesky(a) @ numpy.linalg.cholesky(a).T, a)  # numpy's own lapack_lite
print(f"numpy_noblas: numpy {numpy.__version__} without BLAS installed")
EOF
