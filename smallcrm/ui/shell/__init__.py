"""The application's frame: start-up, the main window, the worker thread, the change signal, translations."""
