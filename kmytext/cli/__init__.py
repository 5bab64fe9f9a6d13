"""The kmytext command line: Typer wiring only. Each command module parses its options, calls
one method of :class:`kmytext.Corpus` and writes the table it gets back; the work is in the
library."""

# Imported in the order --help lists the commands.
from kmytext.cli import (  # noqa: F401, I001  (registers commands)
    segment, entities, numbers, keywords, freq, keyness, kwic, collocates, articles, quotes, posts, reprints, timeline,
    network, report,
)
from kmytext.cli.app import app


def main() -> None:
    """Console entry point."""
    from kmytext.run.parallel import one_blas_thread

    one_blas_thread()
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C before a command's guard() (imports, option parsing)
        import sys

        sys.stderr.write("Interrupted.\n")
        raise SystemExit(130) from None


__all__ = ["app", "main"]
