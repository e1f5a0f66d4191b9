"""Language modules for the fiftythird corpus (social and community text)."""
