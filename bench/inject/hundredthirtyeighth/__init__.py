"""Language banks for the store_hundredthirtyeighth corpus."""
