"""The analysis and the churn fit run their BLAS on one thread, so their time does not
depend on what else the machine runs (analysis.blas)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from smallcrm.domain.analysis import blas, result
from smallcrm.domain.analysis.bgnbd import fit_bgnbd
from smallcrm.domain.analysis.blas import one_blas_thread
from smallcrm.domain.analysis.gamma_gamma import fit_gamma_gamma

TODAY = dt.date(2026, 12, 7)


def blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


@pytest.fixture
def two_blas_threads() -> Iterator[None]:
    """Every BLAS on two threads first, as OpenBLAS starts on a machine with two cores
    (whatever this machine has); back to that afterwards."""
    if not blas_threads():
        pytest.skip("this numpy has no BLAS to limit")
    with threadpool_limits(limits=2, user_api="blas"):
        assert set(blas_threads()) == {2}
        yield


@pytest.mark.usefixtures("two_blas_threads")
def test_one_blas_thread_limits_every_loaded_blas() -> None:
    one_blas_thread()
    assert set(blas_threads()) == {1}


@pytest.mark.usefixtures("crm", "two_blas_threads")
def test_an_analysis_runs_with_one_blas_thread(crm: Path) -> None:
    result.analyse(TODAY)
    assert set(blas_threads()) == {1}


@pytest.mark.usefixtures("two_blas_threads")
def test_the_bgnbd_fit_runs_with_one_blas_thread() -> None:
    rng = np.random.default_rng(1)
    x = rng.integers(0, 5, 200)
    T = rng.integers(30, 400, 200)  # noqa: N806 - T as in the paper
    t_x = np.where(x > 0, rng.integers(0, 30, 200), 0)
    fit_bgnbd(x, t_x, T)
    assert set(blas_threads()) == {1}


@pytest.mark.usefixtures("two_blas_threads")
def test_the_gamma_gamma_fit_runs_with_one_blas_thread() -> None:
    rng = np.random.default_rng(2)
    fit_gamma_gamma(rng.integers(1, 6, 200), rng.uniform(1_000, 9_000, 200))
    assert set(blas_threads()) == {1}


def test_a_library_threadpoolctl_cannot_read_leaves_the_analysis_running(monkeypatch: pytest.MonkeyPatch) -> None:
    """The frozen Linux app loads a stand-in for SciPy's OpenBLAS that exports no thread
    controls, on which threadpoolctl raises TypeError (checked with such a library)."""

    def stand_in(**_: object) -> None:
        raise TypeError("cannot unpack non-iterable NoneType object")

    monkeypatch.setattr(blas, "threadpool_limits", stand_in)
    one_blas_thread()  # no error
