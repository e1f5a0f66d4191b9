"""Language pools and builders for the store_hundredfortysixth corpus."""
