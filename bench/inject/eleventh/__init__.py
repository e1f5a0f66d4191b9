"""Helpers for the eleventh store injection dev set."""
