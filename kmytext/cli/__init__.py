"""The kmytext command line: Typer wiring only; the work is in the library modules.

Each command module registers its commands on the shared ``app`` when imported.
"""

from kmytext.cli import corpus_tools, entities, keywords, numbers, report, segment  # noqa: F401  (registers commands)
from kmytext.cli.common import app


def main() -> None:
    """Console entry point."""
    app()


__all__ = ["app", "main"]
