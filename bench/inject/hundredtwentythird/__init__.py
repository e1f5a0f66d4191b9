"""Conversation- and role-shaped store texts, one module of phrase pools per language."""
