"""Language data and builders for the store_hundrednineteenth corpus."""
