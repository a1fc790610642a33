"""Small reusable widgets and delegates the views and dialogs are built from."""
