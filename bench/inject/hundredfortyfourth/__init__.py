"""Language packs and composition helpers for the store_hundredfortyfourth corpus."""
