"""PyInstaller run-time hook: matplotlib keeps its font cache between starts.

PyInstaller's own matplotlib hook points MPLCONFIGDIR at a fresh temporary folder on
every start, so each session's first chart rebuilt the font list (0.8 s here, more on
a desktop with many fonts). The spec leaves that hook out and this one, which runs
first, gives matplotlib a folder of SmallCRM's own instead: under ``SMALLCRM_HOME``
when it is set (portable installs, the self-test), else the platform's cache folder.
The owner's own matplotlib settings (~/.config/matplotlib) never reach the app.
"""

import os


def _mpl_cache() -> str:
    home = os.environ.get("SMALLCRM_HOME")
    if home:
        return os.path.join(os.path.expanduser(home), "cache", "matplotlib")
    import platformdirs

    return os.path.join(platformdirs.user_cache_dir("SmallCRM", appauthor=False), "matplotlib")


if "MPLCONFIGDIR" not in os.environ:
    os.environ["MPLCONFIGDIR"] = _mpl_cache()
