"""Language packs and helpers for the store_hundredfortythird corpus."""
