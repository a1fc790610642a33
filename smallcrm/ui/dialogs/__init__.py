"""Windows opened for one task: import, export, settings, trash, duplicates, printing."""
