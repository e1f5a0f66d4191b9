"""Language modules for the ninetythird store injection corpus."""
