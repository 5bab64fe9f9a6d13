"""The kmytext command line: Typer wiring only; the work is in the library modules.

Each command module registers its commands on the shared ``app`` when imported.
"""

# Imported in the order --help lists the commands.
from kmytext.cli import (  # noqa: F401, I001  (registers commands)
    segment, entities, numbers, keywords, articles, corpus_tools, report,
)
from kmytext.cli.common import app


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C before a command's guard() (imports, option parsing)
        import sys

        sys.stderr.write("Interrupted.\n")
        raise SystemExit(130) from None


__all__ = ["app", "main"]
