"""Language modules and shared helpers for the sixtyfirst corpus."""
