"""A corpus: many inputs analysed as one, on several processes, from Python as from the CLI.

:class:`Corpus` reads files, folders, standard input or :class:`~kmytext.Document` objects;
cuts large files into pieces (offsets and line numbers stay those of the file); makes the
units of analysis (whole files, or each article of a page: ``by="article"``); spreads them
over ``jobs`` processes in batches and gives results back in input order, so the output is
the same for every ``jobs``; and merges what is counted (a large file's pieces count as one
document). Every command of the CLI is one call of a method here.

>>> corpus = Corpus.from_texts(["克拉玛依市举办氢能大会。", "上海援克。"])
>>> [e.entity for e in corpus.entities(types={"LOC"})]
['上海', '克拉玛依市']
"""

from __future__ import annotations

import datetime
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from kmytext.checks import checked
from kmytext.errors import AnalysisError, ArgumentError, ArgumentTypeError, InputError, KmytextError, ModelError
from kmytext.text.document import Document
from kmytext.types import (
    Article, Collocate, DocKeyword, Entity, EntityCount, Keyness, Keyword, KwicLine, Number, Post, PostCount, Quote,
    TimelineCount, returning_records,
)

if TYPE_CHECKING:
    from kmytext.ner.names import NamesLike
    from kmytext.news.reprints import OutletBy, Pair, Params, Reprints, Signature
    from kmytext.stats.keyness import FrequencyList
    from kmytext.stats.counting import Counts
    from kmytext.stats.keywords import IdfSource, Method
    from kmytext.stats.network import Network, Within
    from kmytext.stats.timeline import Period
    from kmytext.text.segment import Mode, Segmenter

Unit = Literal["file", "article"]


_LAYOUT_NOTICES = 3  # files whose unclear layout is named one by one; the rest are counted


class NoInputError(KmytextError):
    """None of the inputs could be read (each was reported as it failed)."""

    def __init__(self, failed: int) -> None:
        self.failed = failed
        super().__init__(f"none of the {failed} inputs could be read; nothing written" if failed > 1
                         else "the input could not be read; nothing written")


def _unique_ids(inputs: Sequence[str | Document]) -> None:
    """Documents are told apart by id (a file's is its path): two of one id would be counted
    as one document, their mentions as of one. Pieces of one file (``read_pieces``) share
    its id, each at its own offset."""
    seen: dict[tuple[str, int], int] = {}
    for i, item in enumerate(inputs, 1):
        if isinstance(item, Document):
            key = (item.id, item.offset)
            if key in seen:
                raise ArgumentError(f"kmytext.Corpus(): documents {seen[key]} and {i} have the same id "
                                    f"{item.id!r}; give each its own, as results are told apart by id")
            seen[key] = i


@returning_records
class Corpus:
    """Inputs (paths, ``-`` for stdin, or documents) and how to read and analyse them.

    ``encoding``/``errors``: how to decode files (default: detected, strict); ``clean``:
    newspaper cleanup; ``segmenter``: the segmenter every analysis uses (engine, user
    dictionaries); ``presegmented``: words already separated by spaces; ``by``: the unit of
    analysis, ``"file"`` or ``"article"`` (each article of a page, id ``FILE#N``); ``jobs``:
    worker processes (1: this one); ``simplified``: words, keywords and entity names in
    simplified characters even for texts in traditional script (by default they come in the
    texts' own script, :mod:`kmytext.text.script`); ``names``: names of your own with their
    types, a mapping or a file (see :func:`kmytext.entities`), honoured wherever entities
    are found. A bad input raises :class:`~kmytext.InputError`, and an
    analysis that fails on a unit (a bug) raises :class:`~kmytext.errors.AnalysisError` naming
    it, unless ``strict=False``: then either goes to ``on_error`` and the unit is skipped. ``on_notice`` hears what
    is worth saying but is no error (an empty file, an encoding only guessed);
    ``on_progress`` hears of each unit analysed.
    """

    @checked
    def __init__(self, inputs: str | Path | Document | Iterable[str | Path | Document] = (), *,
                 encoding: str | None = None, errors: str = "strict", clean: bool = True,
                 segmenter: Segmenter | None = None, presegmented: bool = False, by: Unit = "file",
                 jobs: int | None = 1, strict: bool = True, simplified: bool = False,
                 names: NamesLike | None = None,
                 on_error: Callable[[KmytextError], None] | None = None,
                 on_notice: Callable[[str], None] | None = None,
                 on_progress: Callable[[Document], None] | None = None) -> None:
        self.inputs: list[str | Document] = [
            x if isinstance(x, Document) else str(x)
            for x in ([inputs] if isinstance(inputs, (str, Path, Document)) else inputs)]
        _unique_ids(self.inputs)
        self.encoding, self.errors, self.clean, self.segmenter = encoding, errors, clean, segmenter
        self.presegmented, self.by, self.jobs, self.strict = presegmented, by, jobs, strict
        self.simplified = simplified
        from kmytext.ner.names import as_names

        self.names = as_names(names)
        self.on_error, self.on_notice, self.on_progress = on_error, on_notice, on_progress
        self.sources: list[str] = []  # the files read, as they are found (for a progress bar)
        # the year of datelines that print none, when no year is asked for (the sample pages')
        self.year: int | None = None
        self.failed = 0  # inputs that could not be read
        self._unclear: list[str] = []  # files whose line layout cleanup could not be sure of
        self._seen: dict[tuple[int, int], str] = {}  # the files read: (device, inode) -> name given

    @classmethod
    @checked
    def from_texts(cls, texts: Iterable[str], *, ids: Iterable[str] | None = None, **options: Any) -> Corpus:
        """A corpus of texts in memory, with ids ``1``, ``2``, … unless given (each its own)."""
        texts = list(texts)
        names = list(ids) if ids is not None else [str(i) for i in range(1, len(texts) + 1)]
        if len(names) != len(texts):
            raise ArgumentError(f"kmytext.Corpus.from_texts(): {len(names)} ids for {len(texts)} texts; give one id "
                                "for each text")
        return cls([Document(i, t) for i, t in zip(names, texts, strict=True)], **options)

    @checked
    def with_inputs(self, inputs: str | Path | Document | Iterable[str | Path | Document]) -> Corpus:
        """Other inputs, read and analysed as this corpus is (a reference corpus, say)."""
        return Corpus(inputs, encoding=self.encoding, errors=self.errors, clean=self.clean,
                      segmenter=self.segmenter, presegmented=self.presegmented, by=self.by, jobs=self.jobs,
                      strict=self.strict, simplified=self.simplified, names=self.names, on_error=self.on_error,
                      on_notice=self.on_notice)

    @classmethod
    def sample(cls, **options: Any) -> Corpus:
        """The bundled sample pages (two pages of a Karamay local newspaper, 2025); their
        datelines, which print no year (3月26日), are of :data:`~kmytext.io.read.SAMPLE_YEAR`."""
        from kmytext.io.read import SAMPLE_YEAR, sample_documents

        corpus = cls(sample_documents(), **options)
        corpus.year = SAMPLE_YEAR
        return corpus

    # -- reading ---------------------------------------------------------------------------

    def documents(self) -> Iterator[Document]:
        """The units of analysis, read as they are asked for: files (a large file in pieces)
        or, ``by="article"``, each article of each page."""
        docs = self._read()
        return docs if self.by == "file" else _articles(docs)

    def _read(self) -> Iterator[Document]:
        read = failed = 0
        self.sources.clear()
        self._seen.clear()
        self.failed = 0
        self._unclear.clear()
        for item in self.inputs:
            if isinstance(item, Document):
                read += 1
                yield self._configured(item)
                continue
            for doc in self._read_path(item):
                if doc is None:
                    failed += 1
                    continue
                read += doc.offset == 0
                yield self._configured(doc)
        self.failed = failed
        if len(self._unclear) > _LAYOUT_NOTICES:
            more = self._unclear[_LAYOUT_NOTICES:]
            self._notice(f"line layout not clear in {len(more)} more files ({more[0]}, …), each read as its "
                         "lines suggest; give --raw to keep every line as it is")
        if failed and not read:
            raise NoInputError(failed)

    def _read_path(self, arg: str) -> Iterator[Document | None]:
        """The documents of one argument (a file, a folder, ``-``); ``None`` for each input
        that could not be read."""
        from kmytext.io.read import STDIN, expand, is_large, load_document, read_pieces

        unlisted: list[InputError] = []  # subfolders that cannot be listed: reported, the rest is read
        try:
            sources = expand([arg], on_error=unlisted.append)
        except InputError as exc:
            self._bad(exc)
            yield None
            return
        for error in unlisted:
            self._bad(error)
            yield None
        fresh = []
        for source in sources:
            first = self._read_before(source)
            if first is None:
                fresh.append(source)
            else:  # not among the sources either: the progress bar counts what is read
                self._notice(f"{source}: given more than once; read once" if first == source else
                             f"{source}: the same file as {first}; read once")
        self.sources.extend(fresh)
        for source in fresh:
            name = "<stdin>" if source == STDIN else source
            try:
                if is_large(source):
                    for piece in read_pieces(source, encoding=self.encoding, errors=self.errors):
                        if piece.offset == 0:
                            self._layout_notice(name, piece.text)  # the first piece speaks for the file
                        yield piece
                    continue
                doc, detection = load_document(source, encoding=self.encoding, errors=self.errors)
            except InputError as exc:
                self._bad(exc)
                yield None
                continue
            if not doc.text or doc.text.isspace():
                self._notice(f"{name}: {'only white space' if doc.text else 'empty file'}, nothing to read")
                continue
            if not detection.confident:
                self._notice(f"{name}: encoding guessed as {detection.encoding} (not sure, "
                             f"{detection.confidence:.0%}); give --encoding if the output looks garbled")
            self._layout_notice(name, doc.text)
            yield doc

    def _read_before(self, source: str) -> str | None:
        """The name under which the file ``source`` was read already in this pass (the same
        path twice, ``./a.txt`` and ``a.txt``, a folder and a file in it, a link), or None.
        Read twice, its words were counted twice, in two documents for freq but one for
        entities (the same id): the file counts once."""
        import os
        import stat

        try:
            info = os.stat(source)
        except (OSError, ValueError):  # reading it says what is wrong
            return None
        if not stat.S_ISREG(info.st_mode):  # a device or pipe is read as it comes
            return None
        key = (info.st_dev, info.st_ino)
        if key in self._seen:
            return self._seen[key]
        self._seen[key] = source
        return None

    def _layout_notice(self, name: str, text: str) -> None:
        """Say how cleanup reads the lines of ``text`` when that is not clear from them."""
        from kmytext.text.normalize import layout

        if not self.clean or self.presegmented:
            return
        found = layout(text)
        if not found.sure:
            self._unclear.append(name)
            if len(self._unclear) <= _LAYOUT_NOTICES:  # then one line for the rest, after reading
                self._notice(f"{name}: line layout not clear, read as {found.describe()}; "
                             "give --raw to keep every line as it is")

    def _bad(self, exc: KmytextError) -> None:
        if self.strict or self.on_error is None:
            raise exc
        self.on_error(exc)

    def _notice(self, message: str) -> None:
        if self.on_notice is not None:
            self.on_notice(f"kmytext: {message}")

    def _configured(self, doc: Document) -> Document:
        """The document with this corpus's cleanup and segmenter (a document given in
        ``inputs`` keeps its own)."""
        if doc.clean == self.clean and doc.segmenter is self.segmenter and doc.presegmented == self.presegmented:
            return doc
        return doc.replace(clean=self.clean, segmenter=self.segmenter, presegmented=self.presegmented)

    def _map(self, func: Callable[[Any], Any], *, batched: bool = False) -> Iterator[tuple[Document, Any]]:
        """``(unit, func(unit))`` for each unit, in order, over ``jobs`` processes; with
        ``batched``, ``func`` takes a list of units and returns the list of their results."""
        from collections import deque

        from kmytext.run.parallel import pmap

        waiting: deque[Document] = deque()

        def units() -> Iterator[Document]:
            for doc in self.documents():
                waiting.append(doc)
                yield doc

        task = partial(_guarded_batch if batched else _guarded, func)
        for result in pmap(task, units(), jobs=self.jobs, batched=batched):
            doc = waiting.popleft()
            if self.on_progress is not None:
                self.on_progress(doc)
            if isinstance(result, _Failure):
                if result.fatal is not None:
                    raise result.fatal
                self._bad(AnalysisError(_named(doc.id), result.reason, result.details))
                continue
            yield doc, result

    # -- analyses --------------------------------------------------------------------------

    @checked
    def mentions(self, *, types: Iterable[str] | None = None,
                 forms: Counter[tuple[str, str]] | None = None, top: int = 0,
                 min_count: int = 1) -> Iterator[Entity]:
        """Every entity mention (see :func:`kmytext.entities`), unit after unit; the model
        tags a batch of units in one pass. A mention in a document in traditional script has
        its ``name`` and ``canonical`` in that script, unless ``simplified``. ``forms``
        collects the source forms of the names found in documents in traditional script.
        ``top``, ``min_count``: only the mentions of the entities :meth:`entities` keeps with
        them (the corpus is read before the first mention comes)."""
        from kmytext.text.script import mentions_in_source_script

        units: Iterable[tuple[bool, list[Entity]]] = self._mentions(types, forms)
        if top or min_count > 1:
            from kmytext.ner.summary import summarize

            units = list(units)
            keys = {(r.entity, r.type) for r in _kept(summarize(e for _, found in units for e in found), top, min_count)}
            units = [(traditional, [e for e in found if (e.canonical or e.name, e.type) in keys])
                     for traditional, found in units]
        for traditional, found in units:
            yield from mentions_in_source_script(found) if traditional and not self.simplified else found

    def _mentions(self, types: Iterable[str] | None, forms: Counter[tuple[str, str]] | None
                  ) -> Iterator[tuple[bool, list[Entity]]]:
        """Each unit's mentions, names in simplified characters (as they are counted across
        scripts), and whether the unit is in traditional script; ``forms`` as in :meth:`mentions`."""
        from kmytext.ner.pipeline import entities_many
        from kmytext.text.script import is_traditional_document, mention_forms

        wanted = None if types is None else set(types)
        for doc, found in self._map(partial(entities_many, names=self.names, simplified=True), batched=True):
            found = [e for e in found if wanted is None or e.type in wanted]
            traditional = is_traditional_document(doc)
            if forms is not None and traditional:
                forms.update(mention_forms(found))
            yield traditional, found

    @checked
    def entities(self, *, types: Iterable[str] | None = None, min_count: int = 1) -> list[EntityCount]:
        """One record per entity: mentions (aliases counted under the full name), units it
        is in, its aliases; most frequent first."""
        from kmytext.ner.summary import summarize
        from kmytext.text.script import in_source_script

        forms: Counter[tuple[str, str]] = Counter()
        found = (e for _, mentions in self._mentions(types, forms) for e in mentions)
        rows = _kept(summarize(found), 0, min_count)
        return rows if self.simplified else in_source_script(rows, forms)

    @checked
    def numbers(self, *, kinds: Iterable[str] | None = None,
                base_date: datetime.date | None = None) -> Iterator[Number]:
        """Every numeric expression (see :func:`kmytext.numbers`); relative dates count from
        a unit's dateline date, else from ``base_date``."""
        from kmytext.numex import numbers_of

        wanted = None if kinds is None else set(kinds)
        for _, found in self._map(partial(numbers_of, base_date=base_date)):
            yield from (n for n in found if wanted is None or n.kind in wanted)

    @checked
    def quotes(self, *, kinds: Iterable[str] | None = None) -> Iterator[Quote]:
        """Every quote (see :func:`kmytext.quotes`), unit after unit: with ``by="article"`` each
        article is a unit (``doc`` and ``article`` are ``FILE#N``), else a quote carries the
        article of the page it is in. ``kinds``: ``direct``, ``indirect``. The entity model
        tags a batch of units in one pass. With ``simplified``, the speaker in simplified
        characters (the quote, the speaker's mention and the cue stay as written)."""
        from kmytext.news.quotes import quotes_many, simplified_speaker

        wanted = None if kinds is None else set(kinds)
        for _, found in self._map(partial(quotes_many, unit=self.by), batched=True):
            for q in found:
                if wanted is None or q.kind in wanted:
                    yield simplified_speaker(q) if self.simplified else q

    @checked
    def posts(self, *, top: int = 0, min_count: int = 1) -> Iterator[Post]:
        """Every post mention (see :func:`kmytext.posts`), unit after unit; with ``simplified``,
        the person, position, organisation and full name in simplified characters (the phrase
        and its context stay as written). ``top``, ``min_count``: only the mentions of the
        posts :meth:`post_counts` keeps with them (the corpus is read before the first comes)."""
        from kmytext.news.posts import post_counts, posts_many, simplified_post

        found: Iterable[Post] = (p for _, each in self._map(partial(posts_many, unit=self.by), batched=True)
                                 for p in (map(simplified_post, each) if self.simplified else each))
        if top or min_count > 1:
            found = list(found)
            keys = {(c.person, c.position, c.org) for c in _kept(post_counts(found), top, min_count)}
            found = [p for p in found if (p.name, p.position, p.org) in keys]
        yield from found

    @checked
    def post_counts(self, *, min_count: int = 1) -> list[PostCount]:
        """One row per post over the corpus (see :func:`kmytext.news.posts.post_counts`)."""
        from kmytext.news.posts import post_counts

        return _kept(post_counts(self.posts()), 0, min_count)

    @checked
    def tokens(self, *, pos: bool = False, mode: Mode = "precise") -> Iterator[Any]:
        """Every token (see :func:`kmytext.segment`)."""
        from kmytext.text.segment import segment

        for _, found in self._map(partial(segment, pos=pos, mode=mode, simplified=self.simplified)):
            yield from found

    @checked
    def segmented(self, *, pos: bool = False, mode: Mode = "precise") -> Iterator[str]:
        """Each unit's clean text segmented, one output line per line, words separated by a
        space (``word/tag`` with ``pos``), as ``python -m jieba`` writes it."""
        from kmytext.text.segment import segment_document

        for _, block in self._map(partial(segment_document, pos=pos, mode=mode, simplified=self.simplified)):
            yield block

    def articles(self) -> Iterator[Article]:
        """The articles of every page, numbered from 1 in each file."""
        from kmytext.text.articles import articles

        n: Counter[str] = Counter()
        for doc in self._read():
            for a in articles(doc):
                n[doc.id] += 1
                yield a if a.n == n[doc.id] else replace(a, n=n[doc.id])

    @checked
    def counts(self, *, terms: bool = True, ngram: int = 1, window: int = 0) -> Counts:
        """What keywords, freq and keyness count, over the corpus: the pieces of a large file
        count as one document, every ``jobs`` gives the same counts. ``ngram``: word n-grams
        of that length too (1: words only); ``window``: co-occurrences within that many words
        (TextRank's), 0 for none."""
        from kmytext.stats.counting import PieceTotal

        total = PieceTotal()
        for doc, counts in self._map(partial(_count_batch, terms=terms, ngram=ngram, window=window),
                                     batched=True):
            total.add(doc.id, doc.offset > 0, counts)
        return total.total()

    @checked
    def keywords(self, *, top: int = 20, method: Method = "tfidf", idf: IdfSource = "jieba",
                 stop: frozenset[str] | None = None, pos: frozenset[str] | None = None) -> list[Keyword]:
        """The ``top`` keywords of the whole corpus (see :func:`kmytext.keywords`)."""
        from kmytext.stats.keywords import rank

        counts = self.counts(window=5 if method == "textrank" else 0)
        return rank(counts, top=top, method=method, stop=stop, pos=pos, idf=idf, simplified=self.simplified)

    @checked
    def keywords_each(self, *, top: int = 20, method: Method = "tfidf", idf: IdfSource = "jieba",
                      stop: frozenset[str] | None = None, pos: frozenset[str] | None = None
                      ) -> Iterator[DocKeyword]:
        """The ``top`` keywords of each unit (file or article), unit after unit. With
        ``idf="corpus"`` each unit's counts (not its text) are kept until all are read."""
        from kmytext.stats.keywords import rank

        window = 5 if method == "textrank" else 0
        held: list[tuple[str, Counts]] = []
        corpus_docs: Counter[str] = Counter()
        for unit, counts in whole_units(self._map(partial(_unit_counts, window=window, stop=stop))):
            if idf == "corpus":
                corpus_docs.update(counts.docs)
                held.append((unit, counts))
                continue
            yield from (DocKeyword(unit, *k.as_dict().values())
                        for k in rank(counts, top=top, method=method, stop=stop, pos=pos, simplified=self.simplified))
        for unit, counts in held:
            counts.docs, counts.n_docs = corpus_docs, len(held)
            yield from (DocKeyword(unit, *k.as_dict().values())
                        for k in rank(counts, top=top, method=method, stop=stop, pos=pos, idf="corpus",
                                      simplified=self.simplified))

    @checked
    def keyness(self, reference: Corpus | FrequencyList | None = None, *, min_count: int = 3) -> list[Keyness]:
        """The words this corpus uses more (or less) than ``reference`` (another corpus, a
        frequency list, or the bundled national-news list), most key first."""
        from kmytext.stats.keyness import FrequencyList, compare, frequency_list
        from kmytext.stats.keyness import reference as bundled

        from kmytext.text.script import in_source_script

        counts = self.counts(terms=False)
        if reference is None:
            ref = bundled()
        elif isinstance(reference, FrequencyList):
            ref = reference
        else:
            ref = frequency_list(reference.counts(terms=False))
        rows = compare(frequency_list(counts), ref, min_count=min_count)
        return rows if self.simplified else in_source_script(rows, counts.forms)

    @checked
    def kwic(self, query: str, *, width: int = 20, sort: Literal["doc", "left", "right"] = "doc",
             chars: bool = False, regex: bool = False) -> list[KwicLine]:
        """Concordance lines of ``query`` over the corpus (see :func:`kmytext.kwic`)."""
        from kmytext.stats.concordance import check_query, kwic, sort_lines

        check_query(query, regex=regex)  # once, before any unit is read
        lines = [k for _, found in self._map(partial(kwic, query=query, width=width, chars=chars, regex=regex,
                                                     simplified=self.simplified))
                 for k in found]
        return sort_lines(lines, sort)

    @checked
    def collocates(self, word: str, *, window: int = 5, min_count: int = 2, stop: frozenset[str] | None = None,
                   by: Literal["g2", "mi", "count"] = "g2") -> list[Collocate]:
        """Words near ``word`` over the corpus (see :func:`kmytext.collocates`)."""
        from kmytext.stats.concordance import collocates

        return collocates(self.documents(), word, window=window, min_count=min_count, stop=stop, by=by,
                          simplified=self.simplified)

    @checked
    def reprints(self, *, min_length: int = 100, min_containment: float = 0.2,
                 outlet: OutletBy | Callable[[str], str] = "folder", params: Params | None = None) -> Reprints:
        """Units that reprint one another (see :func:`kmytext.reprints`). Two passes: signatures
        of every unit (over ``jobs`` processes), then the units of candidate pairs read again
        and aligned; only units that cannot be read again (standard input, documents given
        in memory) are kept from the first pass. ``outlet``: ``"folder"`` (the first folder
        under the input folder a file was found in), ``"name"`` (the file name up to its first
        ``_``) or a function of the unit's id."""
        from kmytext.news.reprints import DEFAULT, assemble, candidates, compare_task, outlet_of, pair_tasks, signature
        from kmytext.run.parallel import pmap

        params = params or DEFAULT
        in_memory = {d.id for d in self.inputs if isinstance(d, Document)} | {"-"}
        sigs: list[Signature] = []
        kept: dict[int, Document] = {}
        for doc, sig in self._map(partial(signature, params=params)):
            if doc.id in in_memory or doc.id.rsplit("#", 1)[0] in in_memory:
                kept[len(sigs)] = doc
            sigs.append(sig)
        pairs = candidates(sigs, params=params)
        needed = {i for p in pairs for i in p}
        if pairs:
            self._notice(f"reprints: {len(sigs)} units read; aligning {len(pairs)} candidate pairs of "
                         f"{len(needed)} units, read again")
        check = partial(_guarded, partial(compare_task, min_length=min_length, min_containment=min_containment,
                                          params=params))
        found: list[Pair] = []
        for result in pmap(check, pair_tasks(pairs, self._reread(needed, sigs, kept)), jobs=self.jobs):
            if isinstance(result, _Failure):
                if result.fatal is not None:
                    raise result.fatal
                self._bad(AnalysisError("reprints", result.reason, result.details))
            elif result is not None:
                found.append(result)
        # os.path.isdir: False for a name too long, where pathlib's is_dir() raised it after the run
        roots = [i for i in self.inputs if isinstance(i, str) and i != "-" and os.path.isdir(i)]
        name = outlet if callable(outlet) else partial(outlet_of, roots=roots, by=outlet)
        return assemble(sigs, found, outlets=[name(s.id) for s in sigs])

    def _reread(self, needed: set[int], sigs: Sequence[Any], kept: dict[int, Document]) -> Iterator[tuple[int, Document]]:
        """The units ``needed`` (indices into ``sigs``), from memory or read again from their files."""
        yield from ((i, d) for i, d in sorted(kept.items()) if i in needed)
        where = {(s.id, s.offset): i for i, s in enumerate(sigs) if i in needed and i not in kept}
        files = list(dict.fromkeys(unit.rsplit("#", 1)[0] if self.by == "article" else unit for unit, _ in where))
        if not files:
            return
        again = Corpus(files, encoding=self.encoding, errors=self.errors, clean=self.clean, by=self.by, jobs=1,
                       strict=self.strict, on_error=self.on_error)
        for doc in again.documents():
            i = where.get((doc.id, doc.offset))
            if i is not None:
                yield i, doc

    @checked
    def timeline(self, *, terms: Iterable[str] = (), entities: Iterable[str] = (), types: Iterable[str] = (),
                 kinds: Iterable[str] = (), by: Period = "month", top: int = 10, year: int | None = None,
                 date_from_name: bool = False) -> list[TimelineCount]:
        """Counts by period of the units' dates (see :func:`kmytext.timeline`): the pieces of a
        large file are one unit; the units left out for want of a date with a year are said
        through ``on_notice``."""
        from kmytext.ner.pipeline import ENTITY_TYPES
        from kmytext.numex import KINDS
        from kmytext.stats.timeline import Query, Timeline, tally_batch

        query = Query(_listed("terms", terms), _listed("entities", entities),
                      frozenset(_listed("types", types, ENTITY_TYPES)), frozenset(_listed("kinds", kinds, KINDS)))
        line = Timeline(query, by=by, top=top, year=self.year if year is None else year, date_from_name=date_from_name)
        for _, tally in whole_units(self._map(partial(tally_batch, query=query, date_from_name=date_from_name),
                                              batched=True)):
            line.add(tally)
        rows = line.rows()
        said = line.notice()
        if said:
            self._notice(said)
        if line.forms and not self.simplified:
            from kmytext.text.script import Forms

            shown = Forms(line.forms)
            rows = [replace(r, item=shown(r.item)) if r.kind in query.types and r.item not in query.entities
                    else r for r in rows]
        return rows

    @checked
    def network(self, *, within: Within = "sentence", types: Iterable[str] = ("PER", "ORG"), min_weight: int = 1,
                top: int = 0) -> Network:
        """The co-occurrence network of the entities of ``types`` (see :func:`kmytext.network`);
        with ``by="file"``, ``within="article"`` finds the articles of each page."""
        from kmytext.ner.pipeline import ENTITY_TYPES
        from kmytext.stats.network import Graph, links_batch

        graph = Graph()
        task = partial(links_batch, within=within, types=frozenset(_listed("types", types, ENTITY_TYPES)),
                       split=self.by == "file")
        for _, found in whole_units(self._map(task, batched=True)):
            graph.add(found)
        return graph.network(top=top, min_weight=min_weight, simplified=self.simplified)

    @checked
    def report(self, *, top: int = 100, year: int | None = None) -> dict[str, list[Any]]:
        """Every table of ``kmytext report`` (articles, entities, numbers, keywords, keyness,
        freq, timeline, network) in one pass: each unit is read, cleaned and segmented once;
        ``year`` dates the datelines that print none."""
        from kmytext.run.report import Builder, analyse

        build = Builder()
        for _, result in self._map(partial(analyse, names=self.names), batched=True):
            build.add(result)
        return build.tables(top=top, simplified=self.simplified, year=self.year if year is None else year)


def _named(unit: str) -> str:
    """A unit as messages name it: standard input is ``<stdin>`` there (its ``doc`` is ``-``)."""
    return "<stdin>" + unit[1:] if unit == "-" or unit.startswith("-#") else unit


class _Counted(Protocol):
    @property
    def count(self) -> int: ...


R = TypeVar("R", bound=_Counted)


def _kept(rows: Iterable[R], top: int, min_count: int) -> list[R]:
    """The rows of a counted table that it keeps: seen at least ``min_count`` times, the first
    ``top`` of them (0: all). The mentions and posts of ``top`` and ``min_count`` are those of
    these rows."""
    kept = [r for r in rows if r.count >= min_count]
    return kept[:top] if top else kept


def _listed(name: str, values: Iterable[str], allowed: Sequence[str] | None = None) -> tuple[str, ...]:
    """``values`` as a tuple, each one of ``allowed`` if given; a bare string is refused (it
    would be read as its characters: types="PER" as P, E, R)."""
    if isinstance(values, str):
        raise ArgumentTypeError(f"{name}={values!r}: a list, such as [{values!r}]")
    if values is None or isinstance(values, (bytes, dict)) or not hasattr(values, "__iter__"):  # was TypeError:
        example = allowed[0] if allowed else "氢能"  # 'int' object is not iterable
        raise ArgumentTypeError(f"{name}={values!r}: a list, such as [{example!r}], not {type(values).__name__}")
    out = tuple(values)
    wrong = [v for v in out if allowed is not None and v not in allowed]
    if wrong:
        raise ArgumentError(f"{name}: {', '.join(map(repr, wrong))} not among {', '.join(map(repr, allowed or ()))}")
    return out


class _Failure:
    """What a worker sends back for a unit its analysis failed on: the error, in words."""

    def __init__(self, exc: Exception) -> None:
        import traceback

        self.reason = (f"the analysis failed ({type(exc).__name__}: {exc}); this is a bug in kmytext, "
                       "please report it with the input (--verbose shows where it happened)")
        self.details = "".join(traceback.format_exception(exc))
        # a model that cannot be had fails every unit alike, and is no bug: raised once, as it is
        self.fatal = exc if isinstance(exc, ModelError) else None


def _guarded(func: Callable[[Any], Any], item: Any) -> Any:
    """``func(item)``, or a :class:`_Failure` if it raises: one unit's bug stops no other."""
    try:
        return func(item)
    except Exception as exc:  # noqa: BLE001 - handed back to the parent, which reports it
        return _Failure(exc)


def _guarded_batch(func: Callable[[Any], Any], batch: list[Any]) -> list[Any]:
    """``func(batch)``; if it raises, each unit alone, so only the unit at fault fails."""
    try:
        return func(batch)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - find the unit at fault
        if len(batch) == 1:
            return [_guarded(lambda x: func([x])[0], batch[0])]
        return [_guarded(lambda x: func([x])[0], item) for item in batch]


def _articles(docs: Iterable[Document]) -> Iterator[Document]:
    """Each article of each document as a document of its own, id ``FILE#N``: a slice of its
    file whose ``offset`` and ``line`` keep offsets and line numbers those of the file, with
    the dateline date (when the year is printed) as ``base_date`` for relative dates."""
    from kmytext.text.articles import articles

    n: Counter[str] = Counter()
    for doc in docs:
        for a in articles(doc):
            n[doc.id] += 1
            base = datetime.date.fromisoformat(a.date) if a.date and a.date[0] != "-" else None
            local = a.start - doc.offset
            yield doc.replace(id=f"{doc.id}#{n[doc.id]}", text=a.text, offset=a.start,
                              line=doc.line + doc.text.count("\n", 0, local), base_date=base)


def _count_batch(docs: Sequence[Document], **options: Any) -> list[Counts | None]:
    """Counts of a batch of documents as a worker sends them back
    (:func:`kmytext.stats.keywords.merge_batch`)."""
    from kmytext.stats.counting import count, merge_batch

    return merge_batch(docs, [count([d], **options) for d in docs])


def _unit_counts(doc: Document, *, window: int, stop: frozenset[str] | None) -> Counts:
    """One unit's counts, for its own keywords."""
    from kmytext.stats.counting import Counts

    return Counts().add_document(doc, window=window, stop=stop)


class _Extends(Protocol):
    def extend(self, other: Any, /) -> None: ...


E = TypeVar("E", bound=_Extends)


def whole_units(results: Iterable[tuple[Document, E]]) -> Iterator[tuple[str, E]]:
    """Unit ids with their results (counts, tallies, links), the pieces of a large file
    joined into one (``extend``)."""
    current: tuple[str, E] | None = None
    for doc, counts in results:
        if current is not None and doc.id == current[0] and doc.offset > 0:
            current[1].extend(counts)
            continue
        if current is not None:
            yield current
        current = (doc.id, counts)
    if current is not None:
        yield current


__all__ = ["Corpus", "NoInputError"]
