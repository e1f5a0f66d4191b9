"""Language modules and shared builders for the store_hundredfifteenth corpus."""
