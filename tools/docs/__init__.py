"""Generated parts of the README: ``python -m tools.docs.compare_keywords --readme``."""
