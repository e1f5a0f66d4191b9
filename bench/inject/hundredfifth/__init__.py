"""Language data and builders for the store_hundredfifth corpus."""
