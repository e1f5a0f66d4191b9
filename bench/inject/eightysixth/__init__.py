"""Language modules for the eightysixth store-page injection corpus."""
