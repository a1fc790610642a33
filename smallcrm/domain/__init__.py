"""Domain logic: what the shop knows and does, free of any widget."""
