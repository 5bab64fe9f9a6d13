"""The Typer app, its global options, and the one place errors become messages and exit codes."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

# click's exceptions, wherever this typer keeps them (newer ones carry their own copy of click).
_errors = sys.modules[typer.BadParameter.__module__]


class _Group(TyperGroup):
    """The root command: a usage error (a bad option or value, anywhere) is one line on stderr
    naming the help to read, exit 2, instead of click's usage, hint, blank line and error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("standalone_mode", True) or len(args) > 3:  # a caller handling errors itself
            return super().main(*args, **kwargs)
        try:
            code = super().main(*args, **{**kwargs, "standalone_mode": False})
        except _errors.UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # plain `kmytext`: the help
                exc.show()
            else:
                note(f"Error: {self._usage_line(exc)}")
            sys.exit(exc.exit_code)
        except _errors.ClickException as exc:
            note(f"Error: {exc.format_message()}")
            sys.exit(exc.exit_code)
        except typer.Abort:
            note("Aborted.")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def _usage_line(self, exc: Any) -> str:
        """The message, and the help of the command it is about; a top-level option given
        after the command's name is said to be one."""
        ctx = exc.ctx
        where = " ".join(["kmytext", *(ctx.command_path.split(" ")[1:] if ctx is not None else [])])
        if isinstance(exc, _errors.NoSuchOption) and ctx is not None and ctx.parent is not None:
            name = exc.option_name
            if any(name in p.opts or name in p.secondary_opts for p in self.params):
                return (f"No such option: {name}: it is an option of kmytext itself, given before the command: "
                        f"kmytext {name} {ctx.info_name} … (kmytext --help)")
        return f"{exc.format_message()} ({where} --help)"


app = typer.Typer(
    cls=_Group,
    help="Text mining for Chinese news: words, people, places, organisations, numbers, keywords;\n"
    "quotes, posts, reprints, timelines and networks.\n\n"
    "With no FILE and a terminal on stdin, a command runs on the bundled sample pages.\n\n"
    "Example: kmytext entities page.txt --format csv > entities.csv",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: typer's rich help imports markdown-it and pygments (~0.2 s), which
    # doubled the start-up time of every command.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class Settings:
    """The global options (before the command's name), kept on the root context for the
    command under it."""

    verbose: bool = False


def settings(ctx: typer.Context | None) -> Settings:
    obj = ctx.find_root().obj if ctx is not None else None
    return obj if isinstance(obj, Settings) else Settings()


def _print_version(value: bool) -> None:
    """``--version`` is eager: it answers before click asks for a command."""
    if value:
        from kmytext import __version__

        typer.echo(f"kmytext {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", is_eager=True,
                                          callback=_print_version)] = False,
    accurate: Annotated[bool, typer.Option(
        "--accurate", help="Entities by the accurate model: a little more accurate, a quarter of the speed.")] = False,
) -> None:
    ctx.obj = Settings(verbose=verbose)
    if accurate:  # before any worker starts: forked ones share the model, spawned ones read $
        from kmytext.ner.tagger import MODEL_ENV, use_model

        os.environ[MODEL_ENV] = "accurate"
        use_model("accurate")


# Control characters in a message (from a file name, a value, a page) would move the cursor,
# retitle or recolour the terminal, or break the one line: written escaped, as repr() does.
_ESCAPES = {c: repr(chr(c))[1:-1] for c in [*range(0x20), *range(0x7F, 0xA0)]}


def note(message: str) -> None:
    """A line on stderr: a notice or an error, never data. Every message goes out here, with
    its control characters escaped (``\\x1b``, ``\\n``)."""
    typer.echo(message.translate(_ESCAPES), err=True)


def trace(text: str) -> None:
    """A traceback (``--verbose``) on stderr, its lines as they are."""
    typer.echo(text, err=True)


@contextmanager
def guard(ctx: typer.Context | None) -> Iterator[None]:
    """The one place errors become a message and an exit code: ``Error: <message>`` and 1
    for what the library raises, one line for a bug (a traceback with ``--verbose``), 130 for
    Ctrl-C, 0 and silence when ``| head`` closes the pipe."""
    from kmytext.errors import KmytextError
    from kmytext.run.corpus import NoInputError

    verbose = settings(ctx).verbose
    _tolerate_surrogates(sys.stdout)
    try:
        yield
    except NoInputError as exc:  # each input was reported as it failed; one more line for several
        if exc.failed > 1:
            note(f"Error: {exc}")
        raise typer.Exit(1) from None
    except KmytextError as exc:
        if verbose:
            traceback.print_exc()
        note(f"Error: {exc}")
        raise typer.Exit(1) from None
    except BrokenPipeError:
        # `| head` closed the pipe: end quietly, and keep Python from complaining at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        note("Interrupted.")
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise
    except OSError as exc:  # a file a library function opened (a list, a dictionary): one line all the same
        if verbose:
            traceback.print_exc()
        note(f"Error: {_os_error(exc)}")
        raise typer.Exit(1) from None
    except Exception as exc:  # a bug: say so in one line unless --verbose
        if verbose:
            traceback.print_exc()
        if isinstance(exc, UnicodeEncodeError) and _stdout_cannot_hold(exc):
            note(f"Error: standard output is {exc.encoding}, which cannot hold Chinese text; set "
                 "PYTHONIOENCODING=utf-8 (or a UTF-8 locale), or write to a file with -o")
        else:
            note(f"Error: unexpected {type(exc).__name__}: {exc} (run with --verbose for details)")
        raise typer.Exit(1) from None


def _tolerate_surrogates(stream: Any) -> None:
    """A file name that is not valid UTF-8 reaches the doc column as lone surrogates, which a
    strict UTF-8 stdout refuses mid-run: write them as backslash escapes instead."""
    try:
        if stream.errors == "strict" and stream.encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            stream.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError, OSError):  # not a TextIOWrapper, or closed
        pass


def _stdout_cannot_hold(exc: UnicodeEncodeError) -> bool:
    """Whether the error is stdout's encoding (PYTHONIOENCODING=latin-1, an ASCII console)."""
    import codecs

    try:
        return codecs.lookup(exc.encoding).name == codecs.lookup(sys.stdout.encoding or "utf-8").name \
            and not exc.encoding.lower().startswith("utf")
    except (LookupError, AttributeError):
        return False


def _os_error(exc: OSError) -> str:
    if exc.filename is None:
        return f"{exc.strerror or exc}; check the files and folders given"
    name = str(exc.filename)
    if isinstance(exc, FileNotFoundError):
        return f"{name}: no such file; check the path"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a folder; give a file"
    if isinstance(exc, PermissionError):
        return f"{name}: permission denied; check the file's permissions"
    return f"{name}: {exc.strerror or exc}; check the file"
