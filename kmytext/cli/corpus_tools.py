"""kmytext keyness, kmytext kwic and kmytext collocates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kmytext.cli.common import (
    BomOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt, app,
    documents, emit, guard,
)
from kmytext.cli.keywords import PresegOpt, StopOpt, stop_set
from kmytext.io.write import Format


@app.command()
def keyness(
    files: Files = None,
    reference: Annotated[Optional[list[str]], typer.Option(
        "--reference", "-r", help="Reference corpus: files or folders, or a word<TAB>count list "
        "(.tsv/.tsv.gz) [default: the bundled national-news list]. Repeatable.", show_default=False)] = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Rows to show (0: all).", min=0)] = 50,
    min_count: Annotated[int, typer.Option("--min-count", help="Only words seen this often in the target.",
                                           min=1)] = 3,
    presegmented: PresegOpt = False,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """Words a corpus uses more than a reference corpus: signed log-likelihood, log ratio, p.

    Example: kmytext keyness page.txt --reference other_pages/ --top 30
    """
    from kmytext.stats.keyness import compare, frequency_list, read_frequency_list, reference as bundled
    from kmytext.stats.keywords import count

    with guard():
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        target = frequency_list(count((d.text for d in docs), clean=not raw, presegmented=presegmented,
                                      terms=False))
        if not reference:
            ref = bundled()
        elif all(r.endswith((".tsv", ".tsv.gz")) for r in reference):
            lists = [read_frequency_list(r) for r in reference]
            ref = lists[0]
            for extra in lists[1:]:
                ref = type(ref)(ref.counts + extra.counts, ref.total + extra.total)
        else:
            ref_docs = documents(reference, sample=False, encoding=encoding, errors=errors, strict=strict)
            ref = frequency_list(count((d.text for d in ref_docs), clean=not raw, presegmented=presegmented,
                                       terms=False))
        rows = compare(target, ref, min_count=min_count)
        if top:
            rows = rows[:top]
        emit((_keyness_row(k, fmt, output) for k in rows),
             ["word", "count", "ref_count", "per_10k", "ref_per_10k", "g2", "log_ratio", "p"],
             fmt=fmt, output=output, bom=bom, inputs=files, bars="g2")


def _keyness_row(k: Any, fmt: Format | None, output: Path | None) -> dict[str, Any]:
    """CSV cells are rounded to 6 decimals, which would print every small p-value as 0: there
    p goes out in scientific notation (JSON keeps the number)."""
    from kmytext.io.write import choose_format

    row = k.as_dict()
    if choose_format(fmt, output) in (Format.csv, Format.tsv):
        row["p"] = f"{k.p:.4g}"
    return row


@app.command()
def kwic(
    query: Annotated[str, typer.Argument(help="A word, words separated by spaces, or a regex (--regex).")],
    files: Files = None,
    width: Annotated[int, typer.Option("--width", "-w", help="Characters of context each side.", min=1)] = 20,
    sort: Annotated[str, typer.Option("--sort", help="doc (text order), left or right context.")] = "doc",
    chars: Annotated[bool, typer.Option("--chars", help="Match characters, not whole tokens.")] = False,
    use_regex: Annotated[bool, typer.Option("--regex", help="The query is a regular expression.")] = False,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """Concordance: every occurrence of a word with its left and right context.

    Example: kmytext kwic 氢能 seeds/karamay_2025_shanghai_aid_feature.txt --sort right
    """
    from kmytext.stats.concordance import concordance

    if sort not in ("doc", "left", "right"):
        raise typer.BadParameter("use doc, left or right", param_hint="--sort")
    if not query.strip():
        raise typer.BadParameter("give a word, several words separated by spaces, or a regex (--regex)",
                                 param_hint="QUERY")
    with guard():
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        rows = concordance(docs, query, width=width, sort=sort, chars=chars, regex=use_regex,  # type: ignore[arg-type]
                           clean=not raw)
        emit((k.as_dict() for k in rows), ["left", "keyword", "right", "doc", "line", "start", "end"],
             fmt=fmt, output=output, bom=bom, inputs=files)


@app.command()
def collocates(
    word: Annotated[str, typer.Argument(help="The node word.")],
    files: Files = None,
    window: Annotated[int, typer.Option("--window", "-w", help="Tokens either side.", min=1)] = 5,
    min_count: Annotated[int, typer.Option("--min-count", help="Only collocates seen this often.", min=1)] = 2,
    sort: Annotated[str, typer.Option("--sort", help="g2 (log-likelihood), mi or count.")] = "g2",
    top: Annotated[int, typer.Option("--top", "-n", help="Rows to show (0: all).", min=0)] = 30,
    stopwords: StopOpt = None, presegmented: PresegOpt = False,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """Words that occur near a word, ranked by log-likelihood or mutual information.

    Example: kmytext collocates 氢能 corpus/ --window 5 --sort mi
    """
    from kmytext.stats.concordance import collocates as find

    if sort not in ("g2", "mi", "count"):
        raise typer.BadParameter("use g2, mi or count", param_hint="--sort")
    if not word.strip():
        raise typer.BadParameter("give a word, e.g. 氢能", param_hint="WORD")
    with guard():
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        rows = find((d.text for d in docs), word, window=window, min_count=min_count, stop=stop_set(stopwords),
                    clean=not raw, presegmented=presegmented, by=sort)  # type: ignore[arg-type]
        if top:
            rows = rows[:top]
        emit((c.as_dict() for c in rows), ["word", "count", "freq", "mi", "g2"], fmt=fmt, output=output,
             bom=bom, inputs=files, bars=sort)
