"""Language data and helpers for the store_hundredsixteenth corpus."""
