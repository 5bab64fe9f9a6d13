"""Numeric expressions in Chinese news (work in progress: the tables live here)."""
