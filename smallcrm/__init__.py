"""SmallCRM: a desktop customer-relationship manager for a small shop."""

__version__ = "0.1.0"
