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
Nothing in SmallCRM needs a faster BLAS (the frozen Linux app ships numpy without one,
packaging/README.md), where the call finds no library and does nothing.
"""

from __future__ import annotations

import logging

from threadpoolctl import threadpool_limits

log = logging.getLogger(__name__)


def one_blas_thread() -> None:
    """Limit every BLAS library loaded so far to one thread (about 1.5 ms: it looks up
    the loaded libraries each time, so one loaded later, SciPy's, is limited too).

    The limit only makes the analysis' time steady; the figures are the same without it.
    So a library threadpoolctl cannot read (the frozen Linux app's stand-in for SciPy's
    OpenBLAS has none of OpenBLAS's config functions: threadpoolctl raised TypeError in
    its self-test) leaves the threads as they are instead of failing the analysis."""
    try:
        threadpool_limits(limits=1, user_api="blas")
    except Exception:  # a speed setting, never a reason to refuse the analysis
        log.debug("BLAS threads left as they are", exc_info=True)
