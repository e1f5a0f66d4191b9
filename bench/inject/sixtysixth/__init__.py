"""Language modules for the sixtysixth corpus (Romance-language marketplaces)."""
