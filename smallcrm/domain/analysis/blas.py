"""One BLAS thread for the analysis, so that its time does not depend on the machine's
other work.

NumPy's OpenBLAS starts a thread per core and spreads each dot product and matrix
factorisation over all of them. The analysis' linear algebra is small (dot products
over at most a few hundred thousand values in the churn fit, 4×4 Hessians), where more
threads gain microseconds; but on a machine whose cores are busy with other programs
every such call waits until each of its threads has been given a core. Measured on
the 100,000-customer demo shop, 2 cores shared with other work (load average 2.3),
seven interleaved fits each: BG/NBD + Gamma-Gamma 707-3,078 ms (median 922) with
OpenBLAS's default two threads, 130-275 ms (median 216) with one.

threadpoolctl is the standard way to set this at run time (scikit-learn's, and what
``numpy.show_runtime`` reports with); numpy has no call of its own, only environment
variables read when it is first imported, which the window and the CLI import long
before anyone asks for an analysis. The limit is set for the whole process and not
restored: the analysis runs on several threads at once (``analysis.facts.beside``), and
a limit that one of them restores while another still computes would be a race.
(threadpoolctl lets one Python thread at a time set OpenBLAS's process-wide limit and
ignores the others while it lives: the first call sets one thread for everybody.)
Nothing in SmallCRM needs a faster BLAS (the frozen Linux app ships numpy without one,
packaging/README.md), where the call finds no library and does nothing.
"""

from __future__ import annotations

import contextlib

from threadpoolctl import threadpool_limits


def one_blas_thread() -> None:
    """Limit every BLAS library loaded so far to one thread (about 1.5 ms: it looks up
    the loaded libraries each time, so one loaded later, SciPy's, is limited too)."""
    # WORKAROUND: threadpoolctl (3.8) raises TypeError on a library named like OpenBLAS
    # that exports none of its thread controls: the frozen Linux app's few-kilobyte
    # stand-in for SciPy's OpenBLAS (packaging/blas_standin.py), loaded with
    # scipy.special. That app's numpy has no BLAS, so there is nothing to limit.
    with contextlib.suppress(TypeError):
        threadpool_limits(limits=1, user_api="blas")
