"""Hand-written pools for the twentyeighth store injection corpus."""
