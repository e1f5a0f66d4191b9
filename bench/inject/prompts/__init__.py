"""Building blocks for the direct-prompt corpus generator (gen_prompts.py)."""
