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
    _exit_cleanly_on_termination()
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C before a command's guard() (imports, option parsing)
        import sys

        sys.stderr.write("Interrupted.\n")
        raise SystemExit(130) from None


def _exit_cleanly_on_termination() -> None:
    """SIGTERM (``kill``, ``timeout``) and SIGHUP (a closed terminal) end the run as Ctrl-C
    does, through the ``finally`` blocks that remove half-written outputs (``.x.csv.part``),
    with the shell's exit code 128 + N; by default Python died on the spot and left them."""
    import signal

    def terminate(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), terminate)


__all__ = ["app", "main"]
