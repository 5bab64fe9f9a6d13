"""The options commands share, declared once, with the checks made as they are read (before
any input is read or output written)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from kmytext.cli.app import guard, note
from kmytext.io.write import Format, TableFormat

Files = Annotated[
    Optional[list[str]],
    typer.Argument(help="Files, folders (their *.txt, recursively) or - for stdin.", show_default=False),
]


def output_path(value: str) -> Path:
    """``-o`` as given: a name ending in / is a folder (pathlib would drop the /, and the
    table be written to a file of the folder's name); an empty one is no name."""
    if not value.strip():  # Path("") is the current folder: "-o .: is a folder" for an unset variable
        raise typer.BadParameter("empty file name; give a file name such as out.csv, or - for standard output",
                                 param_hint="--output")
    if value.endswith(("/", os.sep)) and value != "-":
        raise typer.BadParameter(f"{value}: ends with {value[-1]}, a folder; give a file name such as {value}out.csv",
                                 param_hint="--output")
    return Path(value)


def input_path(value: str) -> Path:
    """A file an option names (--dict, --names, --stopwords), as given: an empty one (an unset
    variable) is no name, where pathlib would read the current folder."""
    if not value.strip():
        raise typer.BadParameter("empty file name; give the file's name")
    if value == "-":  # read as the options are checked, then again when used: the second read was empty
        raise typer.BadParameter("- (standard input) is not read for this option; give a file (in bash, <(command) "
                                 "makes a command's output a file)")
    return Path(value)


def _output_check(*, text: bool, gexf: bool = False) -> Callable[[typer.Context, Optional[Path]], Optional[Path]]:
    """``-o``, checked as the options are read: a run never does its work only to find that
    its output cannot be written or its extension means nothing. ``text``: the command can
    write plain text (``.txt``); ``gexf``: a graph for Gephi (``.gexf``)."""
    def check(ctx: typer.Context, value: Optional[Path]) -> Optional[Path]:
        if value is None or str(value) == "-":  # -o - is stdout, as FILE - is stdin
            return None
        from kmytext.io.write import check_output, format_of

        if gexf and value.suffix.lower() == ".gexf":
            if ctx.params.get("fmt") is not None:
                raise typer.BadParameter(f"{value}: a .gexf file is GEXF; leave out --format",
                                         param_hint="--output")
        # --format is eager, so it is known here whatever the order on the command line.
        elif ctx.params.get("fmt") is None:
            fmt = format_of(value)
            names = ".csv, .tsv, .json or .jsonl" + (" (or .txt)" if text else "") + (" (or .gexf)" if gexf else "")
            if fmt is None and value.suffix.lower() == ".xlsx":
                raise typer.BadParameter(f"{value}: this command writes {names} (Excel opens .csv); "
                                         "for a workbook use kmytext report -o FILE.xlsx", param_hint="--output")
            if fmt is None or (fmt == Format.text and not text):
                raise typer.BadParameter(f"{value}: unknown extension {value.suffix!r}; name it {names}, "
                                         "or give --format", param_hint="--output")
        with guard(ctx):
            check_output(value)
        return value

    return check


# --format is eager, so -o's check knows it whatever the order on the command line.
FormatOpt = Annotated[
    Optional[TableFormat],
    typer.Option("--format", "-f", help="Output format [default: table on a terminal, csv in a pipe].",
                 show_default=False, is_eager=True),
]
TextFormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format [default: text (words separated by spaces)].",
                 show_default=False, is_eager=True),
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Write to this file (format from its extension), atomically.",
                 show_default=False, callback=_output_check(text=False)),
]
GraphOutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Write to this file, atomically: .gexf (the network, for Gephi), or a "
                 "table in the format of its extension (.csv, …).", show_default=False,
                 callback=_output_check(text=False, gexf=True)),
]
TextOutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Write to this file (format from its extension: .txt, .csv, …), "
                 "atomically.", show_default=False, callback=_output_check(text=True)),
]
BomOpt = Annotated[
    Optional[bool],
    typer.Option("--bom/--no-bom", help="UTF-8 byte-order mark on CSV/TSV, so Excel reads Chinese [default: on "
                 "when written to a file (-o out.csv or > out.csv), off in a pipe or on a terminal].",
                 show_default=False),
]
EncodingOpt = Annotated[
    Optional[str],
    typer.Option("--encoding", "-e", help="Input encoding [default: detected: UTF-8/16/32, GB18030, Big5].",
                 show_default=False),
]
ErrorsOpt = Annotated[str, typer.Option("--errors", help="On undecodable bytes: strict (stop) or replace.")]
RawOpt = Annotated[bool, typer.Option("--raw", help="Skip newspaper cleanup (line joins, number spaces).")]
SampleOpt = Annotated[bool, typer.Option("--sample", help="Run on the bundled sample pages.")]
SimplifiedOpt = Annotated[bool, typer.Option("--simplified", help="Words and names in simplified characters "
                                             "[default: in the input's script, traditional for traditional text].")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Stop at the first bad input file.")]
ByOpt = Annotated[
    str, typer.Option("--by", help="Unit of analysis: file, or article (each article of a page, id FILE#N).")
]
PresegOpt = Annotated[
    bool, typer.Option("--presegmented", help="Input is already segmented: words separated by spaces.")
]
PosOpt = Annotated[Optional[list[str]], typer.Option("--pos", metavar="<list>", help="Only these POS tags, e.g. n,nr,ns.",
                                                     show_default=False)]
def _read_twice(path: Path) -> bool:
    """Whether ``path`` can be read now, as the options are checked, and again when it is used:
    a named pipe (``<(command)``) cannot, its second read found it closed ('a named pipe
    nothing writes to'); it is read once, when used (still before any input)."""
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode) or stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):  # missing: reading it says so
        return True


def _read_option_file(ctx: typer.Context, option: str, read: Callable[[Path], object], path: Path) -> None:
    """Read the file an option names as the options are checked: what is wrong with it gets
    its one line before any work, naming the option (``-dash.txt`` is ``-d ash.txt``)."""
    from kmytext.errors import KmytextError

    if not _read_twice(path):
        return
    with guard(ctx):
        try:
            read(path)
        except KmytextError as exc:
            message = str(exc).replace(" (or --encoding to force)", "")  # --encoding is the inputs'
            raise KmytextError(f"{option} {message}") from None


def _check_stopwords(ctx: typer.Context, value: Optional[Path]) -> Optional[Path]:
    """A stopword file, read as the options are: a missing one gets its line before any work."""
    from kmytext.stats.lexicon import read_stopwords

    if value is not None:
        _read_option_file(ctx, "--stopwords", read_stopwords, value)
    return value


StopOpt = Annotated[Optional[Path], typer.Option("--stopwords", parser=input_path, metavar="<path>", help="More stopwords: a file, one word per line.",
                                                 show_default=False, callback=_check_stopwords)]
KeepStopOpt = Annotated[bool, typer.Option("--keep-stopwords", help="Leave out none of the bundled stopwords "
                                           "(those of --stopwords FILE still go).")]
def _check_engine(value: str) -> str:
    """An engine the segmenter knows, checked before any input is read: a usage error (exit 2)
    from every command, as from segment."""
    from kmytext.text.segment import ENGINES

    return one_of(value, ENGINES, "--engine")


EngineOpt = Annotated[str, typer.Option("--engine", help="Segmenter: auto (rjieba if installed), rjieba or jieba.",
                                        callback=_check_engine)]


def _check_jobs(value: Optional[int]) -> Optional[int]:
    """More workers than CPUs only costs memory (and --jobs 100000 would fork that many)."""
    if value is None:
        return None
    from kmytext.run.parallel import default_jobs

    cpus = default_jobs()
    if value > cpus:
        note(f"kmytext: --jobs {value}: this machine has {cpus} CPUs; using {cpus}")
        return cpus
    return value


JobsOpt = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", help="Worker processes [default: the number of CPUs]; 1: this process only.",
                 min=1, show_default=False, callback=_check_jobs),
]


def _check_dicts(ctx: typer.Context, value: Optional[list[Path]]) -> Optional[list[Path]]:
    """User dictionaries, read as the options are: a missing or binary file, or a frequency
    the segmenter cannot hold (it stops with OverflowError), gets its one line before any work."""
    from kmytext.text.segment import read_user_dict

    for path in value or ():
        _read_option_file(ctx, "--dict", read_user_dict, path)
    return value


DictOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--dict", "-d", parser=input_path, metavar="<path>", help="User dictionary in jieba's format: word [freq] [tag] (repeatable); "
                 "words tagged nr, ns or nt help the entity model find people, places, organisations.",
                 show_default=False, callback=_check_dicts),
]


def _check_names(ctx: typer.Context, value: Optional[Path]) -> Optional[Path]:
    """A names file, read as the options are: a missing file or a bad line gets its one line
    before any work."""
    from kmytext.ner.names import read_names

    if value is not None:
        _read_option_file(ctx, "--names", read_names, value)
    return value


NamesOpt = Annotated[
    Optional[Path],
    typer.Option("--names", parser=input_path, metavar="<path>", help="Names of your own: a file of 'name TYPE' lines (PER, LOC, ORG), or jieba "
                 "dictionary lines tagged nr, ns, nt; every occurrence of one is that entity, whatever the model "
                 "says.", show_default=False, callback=_check_names),
]


def listed(values: Optional[list[str]]) -> list[str] | None:
    """The items of a list option, given comma-separated, repeated or both (``--type PER,LOC
    --type ORG``: a repeated option kept only its last value, silently)."""
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def choices(values: Optional[list[str]], allowed: tuple[str, ...], hint: str, *, upper: bool = False) -> set[str] | None:
    """Some of ``allowed`` (:func:`listed`; in their case: ``--type per``, ``--kind MONEY``), or
    None for all."""
    if not values:
        return None
    wanted = {v.upper() if upper else v.lower() for v in listed(values) or ()}
    if not wanted or not wanted <= set(allowed):
        raise typer.BadParameter(f"use {', '.join(allowed)}", param_hint=hint)
    return wanted


def one_of(value: str, allowed: tuple[str, ...], hint: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"use {', '.join(allowed[:-1])} or {allowed[-1]}", param_hint=hint)
    return value


def pos_set(pos: Optional[list[str]], dicts: Optional[list[Path]] = None) -> frozenset[str] | None:
    """``--pos n,v`` as a set of tags; one without a tag (``--pos ,``) kept nothing at all. A
    tag neither the engines nor the user dictionaries (``dicts``) give would find nothing, an
    empty table with no word why: a notice names it (a dictionary may bring tags of its own,
    so it is no error)."""
    if not pos:
        return None
    tags = frozenset(listed(pos) or ())
    if not tags:
        raise typer.BadParameter("give part-of-speech tags separated by commas, such as n,vn,nr", param_hint="--pos")
    from kmytext.text.segment import TAGS, read_user_dict

    unknown = tags - TAGS
    if unknown and dicts:
        if all(map(_read_twice, dicts)):
            unknown -= {tag for path in dicts for _, _, tag in read_user_dict(path)}
        else:  # a named pipe's tags are known once the segmenter has read it: no notice that may be wrong
            unknown = frozenset()
    if unknown:
        which = ", ".join(sorted(unknown))
        note(f"kmytext: --pos {which}: no word is tagged {which} (not a tag of jieba's, nor of a --dict file), so "
             f"{'it finds' if len(unknown) == 1 else 'they find'} nothing; jieba's tags: {', '.join(sorted(TAGS))}")
    return tags


def stop_set(path: Optional[Path], *, keep: bool = False, bundled: Callable[[], frozenset[str]] | None = None
             ) -> frozenset[str] | None:
    """The stopwords a command leaves out: the bundled list (``bundled``, default the
    keyword list; none with ``--keep-stopwords``) and the words of ``--stopwords FILE``.
    None: the library's default, the bundled list alone."""
    from kmytext.stats.lexicon import read_stopwords, stopwords

    if path is None and not keep:
        return None
    base = frozenset() if keep else (bundled or stopwords)()
    return base | read_stopwords(path) if path else base
