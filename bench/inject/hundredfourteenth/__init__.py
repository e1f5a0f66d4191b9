"""Language modules for the store corpus."""
