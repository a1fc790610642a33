"""The Qt window. Reads for display, writes only through domain functions
(ARCHITECTURE.md); long work runs on :mod:`smallcrm.ui.shell.worker`."""
