"""Qt item models over domain queries: what the views show, read in pages."""
