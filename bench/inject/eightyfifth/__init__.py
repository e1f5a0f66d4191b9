"""Language packs for the eightyfifth store-text injection corpus."""
