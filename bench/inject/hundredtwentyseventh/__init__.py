"""Language packs and document shapes for the store AI set-up corpus."""
