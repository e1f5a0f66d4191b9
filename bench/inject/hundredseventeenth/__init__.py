"""Language packs and builders for the store_hundredseventeenth corpus."""
