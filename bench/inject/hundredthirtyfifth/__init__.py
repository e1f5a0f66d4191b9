"""Language pools and composition helpers for the store_hundredthirtyfifth corpus."""
