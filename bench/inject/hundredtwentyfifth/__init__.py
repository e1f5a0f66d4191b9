"""Shopping-agent steering corpus: shared builders and per-language text pools."""
