"""Keyness: the words a target corpus uses more (or less) than a reference corpus.

Log-likelihood G2 (Dunning 1993; Rayson & Garside 2000) for significance, signed so that
words under-used in the target are negative, with log ratio (Hardie 2014) as the effect size
and the p-value of G2 on one degree of freedom. With no reference the bundled frequency list
of general national news is used (``python -m tools.build.reference`` builds it).
"""

from __future__ import annotations

import gzip
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kmytext.stats.counting import Counts, count
from kmytext.text.document import Document
from kmytext.text.script import in_source_script
from kmytext.types import Keyness


# A str that is a file name, not a text: no spaces, and a file's extension at the end.
_FILE_NAME = re.compile(r"\S+\.(?:tsv|gz|txt|csv)", re.ASCII)


@dataclass(frozen=True)
class FrequencyList:
    """Word counts and the corpus size they come from."""

    counts: Counter[str]
    total: int


def g2(a: int, b: int, c: int, d: int) -> float:
    """Signed log-likelihood of a word seen ``a`` times in ``c`` target words and ``b`` times
    in ``d`` reference words (negative when the target uses it less).

    >>> round(g2(10, 5, 1000, 5000), 4)
    18.563
    """
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    ll = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    return ll if a / c >= b / d else -ll


def log_ratio(a: int, b: int, c: int, d: int) -> float:
    """Binary log of the ratio of relative frequencies; a zero count is taken as 0.5.

    >>> log_ratio(10, 5, 1000, 5000)
    3.321928094887362
    """
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


def p_value(g: float) -> float:
    """P-value of G2 under chi-squared with one degree of freedom.

    >>> round(p_value(3.84), 3)
    0.05
    """
    return math.erfc(math.sqrt(abs(g) / 2))


def read_frequency_list(path: str | Path) -> FrequencyList:
    """A ``word<TAB>count`` file (``.gz`` too); a ``#total<TAB>N`` line gives the corpus size,
    otherwise it is the sum of the counts. Words are read as cleanup writes them (simplified
    characters, ASCII for full-width letters), as the target's words are counted: 創新 in the
    list is the reference count of 創新 and 创新. What is wrong with a file is an
    :class:`~kmytext.errors.InputError` saying so in one line."""
    import zlib

    from kmytext.text.normalize import fold_chars

    from kmytext.io.read import load_document
    from kmytext.errors import InputError

    path = str(path)
    if not path.endswith(".gz"):
        load_document(path)  # missing, unreadable, binary or not UTF-8: the corpus reader's messages
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8-sig") as fh:  # type: ignore[operator]
            return _parse(fold_chars(fh.read()))  # one for one: lines stay
    except gzip.BadGzipFile:
        raise InputError(path, "not a gzip file; give a word<TAB>count list as .tsv, or gzip it") from None
    except (EOFError, zlib.error):
        raise InputError(path, "the gzip file is cut short or damaged; make it again") from None
    except OSError as exc:
        load_document(path)  # missing, unreadable, a folder: the corpus reader's messages
        raise InputError(path, f"cannot read ({exc.strerror or exc}); check the file") from None
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 at byte {exc.start}; save the list as UTF-8") from None
    except ValueError as exc:
        raise InputError(path, f"not a word<TAB>count list ({exc}); each line is a word, a tab and a "
                         "whole number") from None


def is_frequency_list(path: str | Path) -> bool:
    """Whether a reference file is a ``word<TAB>count`` list (``.tsv``, ``.tsv.gz``), not text."""
    return str(path).endswith((".tsv", ".tsv.gz"))


def read_frequency_lists(paths: Iterable[str | Path]) -> FrequencyList:
    """Several ``word<TAB>count`` lists as one: counts and totals added."""
    return added(read_frequency_list(p) for p in paths)


def added(lists: Iterable[FrequencyList]) -> FrequencyList:
    """Frequency lists as one: counts and totals added (several references, lists and corpora)."""
    lists = list(lists)
    return FrequencyList(sum((f.counts for f in lists), Counter()), sum(f.total for f in lists))


def _parse(text: str) -> FrequencyList:
    """A ``word<TAB>count`` list; a line that is not one (no tab, a negative count) is a
    ValueError naming it, and a list without words one too: keyness against it would be
    numbers without meaning."""
    counts: Counter[str] = Counter()
    total = 0
    for k, line in enumerate(text.splitlines(), 1):
        word, _, n = line.partition("\t")
        if not line.strip() or word.startswith("#") and word != "#total":
            continue
        if not n:
            raise ValueError(f"line {k} has no tab")
        value = int(n.split("\t")[0])
        if value < 0:
            raise ValueError(f"line {k}: the count {value} is negative")
        if word == "#total":
            total = value
        else:
            counts[word] += value
    if not counts or total < 0:
        raise ValueError("no words in it")
    return FrequencyList(counts, total or sum(counts.values()))


@lru_cache(maxsize=1)
def reference() -> FrequencyList:
    """The bundled reference: ~400,000 words of national news (MSR, People's Daily, CLUENER)."""
    data = resources.files("kmytext.data").joinpath("reference_freq.tsv.gz").read_bytes()
    return _parse(gzip.decompress(data).decode("utf-8"))


def frequency_list(counts: Counts) -> FrequencyList:
    """Per-word counts (POS merged) of counted texts."""
    per_word: Counter[str] = Counter()
    for (w, _), c in counts.words.items():
        per_word[w] += c
    return FrequencyList(per_word, counts.total)


def compare(target: FrequencyList, ref: FrequencyList, *, min_count: int = 2,
            min_length: int = 1) -> list[Keyness]:
    """Keyness of every target word seen ``min_count`` times, most key first (G2 descending;
    words over-used in the reference come last with negative G2). A reference without
    words is an :class:`~kmytext.errors.ArgumentError`: every word would look key."""
    if not ref.counts or ref.total <= 0:
        from kmytext.errors import ArgumentError

        raise ArgumentError("the reference corpus has no words; give texts to compare with, or a "
                            "word<TAB>count list with counts in it")
    c, d = max(target.total, 1), max(ref.total, 1)
    rows = []
    for w, a in target.counts.items():
        if a < min_count or len(w) < min_length:
            continue
        b = ref.counts.get(w, 0)
        g = g2(a, b, c, d)
        rows.append(Keyness(w, a, b, round(a * 10000 / c, 3), round(b * 10000 / d, 3), round(g, 4),
                            round(log_ratio(a, b, c, d), 4), p_value(g)))
    rows.sort(key=lambda k: (-k.g2, k.word))
    return rows


def keyness(texts: str | Document | Iterable[str | Document],
            reference_texts: str | Document | Iterable[str | Document] | Path | FrequencyList | None = None, *,
            min_count: int = 3, clean: bool = True, presegmented: bool = False,
            simplified: bool = False) -> list[Keyness]:
    """Keywords of ``texts`` against ``reference_texts`` (default: the bundled news reference),
    in the texts' script unless ``simplified``; words seen fewer than ``min_count`` times in
    ``texts`` are skipped (3, as ``kmytext keyness --min-count`` and :meth:`kmytext.Corpus.keyness`). As everywhere in the API, a ``str`` is text, not
    a file name: give a file as a :class:`~pathlib.Path` (a ``word<TAB>count`` list if it ends
    in ``.tsv`` or ``.tsv.gz``, else a text file or a folder of them, as ``--reference``). A
    reference without words is an :class:`~kmytext.errors.ArgumentError`.

    >>> keyness("克拉玛依氢能大会。克拉玛依氢能产业。克拉玛依氢能。")[0].word in {"克拉玛依", "氢能"}
    True
    """
    def counted(x: str | Document | Iterable[str | Document]) -> Counts:
        return count([x] if isinstance(x, (str, Document)) else x, clean=clean, presegmented=presegmented,
                     terms=False)

    target = counted(texts)
    if reference_texts is None:
        ref = reference()
    elif isinstance(reference_texts, FrequencyList):
        ref = reference_texts
    elif isinstance(reference_texts, Path) and is_frequency_list(reference_texts):
        ref = read_frequency_list(reference_texts)
    elif isinstance(reference_texts, Path):
        from kmytext.run.corpus import Corpus

        ref = frequency_list(Corpus([reference_texts], clean=clean, presegmented=presegmented).counts(terms=False))
    else:
        if isinstance(reference_texts, str) and _FILE_NAME.fullmatch(reference_texts):
            from kmytext.errors import ArgumentError

            raise ArgumentError(f"reference_texts={reference_texts!r} is read as text, and looks like a file "
                                f"name: to read the file, give pathlib.Path({reference_texts!r})")
        ref = frequency_list(counted(reference_texts))
    rows = compare(frequency_list(target), ref, min_count=min_count)
    return rows if simplified else in_source_script(rows, target.forms)
