"""The pages of the main window and what they hold."""
