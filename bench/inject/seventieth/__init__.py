"""Language modules and shared builder for the seventieth injection corpus."""
