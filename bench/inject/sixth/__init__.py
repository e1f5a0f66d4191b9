"""Contrastive store-text corpus (sixth set): shared carriers, AI-aimed vs human-aimed sentences."""
