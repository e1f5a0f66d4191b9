"""Language modules and shared row machinery for the ninetieth store corpus."""
