"""Language data and builders for the store_hundredtwentysixth corpus."""
