"""Language modules and shared builders for the store tool-abuse corpus."""
