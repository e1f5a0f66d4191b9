"""Language packs and shared builder for the seventyseventh store corpus."""
