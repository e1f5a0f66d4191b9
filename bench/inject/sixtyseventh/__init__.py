"""Text modules (one per language) and shared helpers for store_sixtyseventh.jsonl."""
