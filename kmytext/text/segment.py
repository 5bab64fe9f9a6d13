"""Word segmentation: jieba's dictionary and algorithm behind one interface.

The default engine is rjieba (jieba-rs: same dictionary and HMM, compiled); pure
Python jieba is the fallback when rjieba is not installed or ``engine="jieba"``.
Engines load lazily, once per (engine, hmm, user dictionaries).

This is the only module that imports jieba or rjieba, or reads their files: the tables
other steps look words up in (the dictionary's words and tags, the IDF table) come from
here too.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kmytext.types import Token
from kmytext.checks import checked
from kmytext.errors import ArgumentError

if TYPE_CHECKING:
    from kmytext.text.document import Document

Mode = Literal["precise", "search", "full"]
Engine = Literal["auto", "rjieba", "jieba"]
MODES: tuple[Mode, ...] = ("precise", "search", "full")
ENGINES: tuple[Engine, ...] = ("auto", "rjieba", "jieba")
RawToken = tuple[str, int, int, "str | None"]
# Every part-of-speech tag the engines give without user dictionaries: those of jieba's
# dictionary and of its HMM for unknown words, eng (Latin), m (digits), x (anything else).
TAGS = frozenset(
    "a ad ag an b bg c d df dg e eng f g h i in j jn k l ln m mg mq n ng nr nrfg nrt ns nt nz o p q qe qg r rg "
    "rr rz s t tg u ud ug uj ul uv uz v vd vg vi vn vq x y yg z zg".split())
_SPACE = re.compile(r"\s")
# Lone surrogates (from undecodable bytes, or a caller's str) cannot cross into Rust.
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_user_dict(path: Path) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba user dictionary: ``word [freq] [tag]`` per line, in any
    encoding the corpus reader detects. A word in traditional characters or full-width
    letters comes also as cleanup writes it (臺積電 and 台积电), since the segmenter reads
    the clean text. A frequency the segmenter cannot hold (2**63 or more: it would stop with
    OverflowError) is an :class:`InputError` naming the line."""
    from kmytext.io.read import read_document
    from kmytext.errors import InputError
    from kmytext.text.normalize import fold_chars

    lines = read_document(str(path)).text.splitlines()
    entries = []
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        if freq is not None and freq >= 2**63:
            raise InputError(str(path), f"line {n}: frequency {parts[1]} is too large; give a word count "
                                        "(jieba's own dictionary goes up to about a million)")
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        entries.append((parts[0], freq, tag))
        clean = fold_chars(parts[0])
        if clean != parts[0]:
            entries.append((clean, freq, tag))
    return entries


def rjieba_call(impl: Any, method: str, text: str, *args: Any) -> Any:
    """rjieba's ``method`` (of the module or a ``Jieba``) on ``text``. A lone surrogate, which
    a Rust string cannot hold, is segmented as U+FFFD (the same length) and the words are
    taken from ``text``."""
    call = getattr(impl, method)
    try:
        return call(text, *args)
    except UnicodeEncodeError:
        found = call(_SURROGATE.sub("\ufffd", text), *args)
    if method == "tokenize":
        return [(text[s:e], s, e) for _, s, e in found]
    if method == "cut_all":  # overlapping words: the callers look them up in text
        return found
    out, at = [], 0
    for item in found:  # cut: words; tag: (word, POS)
        n = len(item if isinstance(item, str) else item[0])
        out.append(text[at : at + n] if isinstance(item, str) else (text[at : at + n], item[1]))
        at += n
    return out


class Segmenter:
    """A configured segmenter. ``cut`` returns ``(word, start, end, pos)`` tuples.

    >>> Segmenter().words("克拉玛依市举办氢能大会")
    ['克拉玛依市', '举办', '氢能', '大会']
    """

    @checked
    def __init__(
        self, *, engine: Engine = "auto", hmm: bool = True, dicts: str | Path | Sequence[str | Path] = ()
    ) -> None:
        self.hmm = hmm
        self.engine = _pick_engine(engine)
        if isinstance(dicts, (str, Path)):  # one dictionary, not a sequence of its characters
            dicts = [dicts]
        self._entries = tuple(e for d in dicts for e in read_user_dict(Path(d)))
        self._impl: Any = _build(self.engine, self._entries)
        self._pos: Any = None
        self._retag = _retag(self.engine, self._entries)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickles as its configuration, so it can go to worker processes (parallel.pmap)
        # and rebuilds there once per process (``_build`` is cached).
        return (_restore, (self.engine, self.hmm, self._entries))

    def words(self, text: str) -> list[str]:
        """Words in precise mode, whitespace dropped: the fast path for counting."""
        if self.engine == "rjieba":
            return [w for w in rjieba_call(self._impl, "cut", text, self.hmm) if not w.isspace()]
        return [w for w in self._impl.cut(text, HMM=self.hmm) if not w.isspace()]

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """(word, POS) pairs in precise mode, whitespace dropped."""
        return [(w, t) for w, t in self.tagged_raw(text) if not w.isspace()]

    def tagged_raw(self, text: str) -> list[tuple[str, str]]:
        """(word, POS) pairs as the engine gives them, whitespace tokens included: for
        counting, where filtering distinct words is cheaper than filtering every token."""
        if self.engine == "rjieba":
            pairs = rjieba_call(self._impl, "tag", text, self.hmm)
            if self._retag is not None:
                get = self._retag.get
                return [(w, get(w) or t or "x") for w, t in pairs]
            return pairs  # type: ignore[no-any-return]
        return [tuple(p) for p in self._posseg().cut(text, HMM=self.hmm)]  # type: ignore[misc]

    def tag_word(self, word: str) -> tuple[tuple[str, str], ...]:
        """How the dictionary reads a short string on its own (``(word, POS)`` pairs): a
        lookup, cached, for the rules that ask what a piece of a word is (省 of 省公安厅),
        never a pass over a text."""
        if len(word) > 4:
            raise ArgumentError("tag_word looks up a piece of a word (at most 4 characters), not a text")
        return _tag_word(self, word)

    def cut(self, text: str, *, mode: Mode = "precise", pos: bool = False) -> list[RawToken]:
        """Tokens with offsets into ``text``; whitespace is not a token."""
        if mode not in MODES:
            raise ArgumentError(f"mode={mode!r}: one of {', '.join(map(repr, MODES))}")
        if pos:
            if mode != "precise":
                raise ArgumentError("POS tags come with precise mode only")
            out: list[RawToken] = []
            i = 0
            for w, t in self.tagged_raw(text):
                j = i + len(w)
                if not w.isspace():
                    out.append((w, i, j, t))
                i = j
            return out
        if mode == "full":
            if self.engine == "rjieba":
                words = rjieba_call(self._impl, "cut_all", text)
            else:
                words = self._impl.lcut(text, cut_all=True)
            out, pos_ = [], 0
            for w in words:
                if not w or w.isspace():
                    continue
                k = text.find(w, pos_)
                if k < 0:
                    continue
                out.append((w, k, k + len(w), None))
                pos_ = k
            return out
        if self.engine == "rjieba":
            triples = rjieba_call(self._impl, "tokenize", text, "search" if mode == "search" else "default",
                                  self.hmm)
        else:
            triples = self._impl.tokenize(text, mode="search" if mode == "search" else "default", HMM=self.hmm)
        return [(w, s, e, None) for w, s, e in triples if not w.isspace()]

    def _posseg(self) -> Any:
        if self._pos is None:
            import jieba.posseg

            self._pos = jieba.posseg.POSTokenizer(self._impl)
        return self._pos


@lru_cache(maxsize=65536)
def _tag_word(seg: Segmenter, word: str) -> tuple[tuple[str, str], ...]:
    return tuple((w, t) for w, t in seg.tagged_raw(word))


def _restore(engine: str, hmm: bool, entries: tuple[tuple[str, int | None, str | None], ...]) -> Segmenter:
    seg = Segmenter.__new__(Segmenter)
    seg.hmm, seg.engine, seg._entries = hmm, engine, entries  # type: ignore[assignment]
    seg._impl, seg._pos = _build(engine, entries), None
    seg._retag = _retag(engine, entries)
    return seg


def _retag(engine: str, entries: tuple[tuple[str, int | None, str | None], ...]) -> dict[str, str] | None:
    """The tags rjieba gets wrong with user dictionaries, as jieba gives them: the user's tag
    of a word jieba's dictionary has (rjieba kept the dictionary's: 白碱滩区 stayed n when a
    user dictionary said ns), and "x" for a new word given without a tag (rjieba's "": no
    analyser should meet an empty POS). None: nothing to put right."""
    if engine != "rjieba" or not entries:
        return None
    tags: dict[str, str] = {}
    for word, _, tag in entries:
        if tag is not None:  # given again without a tag, a word keeps the tag it had (jieba)
            tags[word] = tag
    return tags


def _pick_engine(engine: Engine) -> Literal["rjieba", "jieba"]:
    if engine not in ENGINES:  # anything else used to mean jieba, silently
        raise ArgumentError(f"engine={engine!r}: one of {', '.join(map(repr, ENGINES))}")
    if engine == "jieba":
        return engine
    try:
        import rjieba  # noqa: F401
    except ImportError:
        if engine == "rjieba":  # asked for by name: 'unexpected ModuleNotFoundError' when first used
            raise ArgumentError("engine='rjieba': rjieba is not installed; pip install rjieba, or use the "
                                "engine 'jieba' (--engine jieba)") from None
        return "jieba"
    return "rjieba" if engine == "auto" else engine


@lru_cache(maxsize=8)
def _build(engine: str, entries: tuple[tuple[str, int | None, str | None], ...]) -> Any:
    if engine == "rjieba":
        import rjieba

        if not entries:
            return rjieba  # the module-level default instance, already loaded
        impl = rjieba.Jieba()
        for word, freq, tag in entries:
            impl.add_word(word, freq, tag)
        return impl
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    impl = jieba.Tokenizer()
    _use_writable_cache(impl)
    for word, freq, tag in entries:
        impl.add_word(word, freq, tag)
    return impl


def _use_writable_cache(tokenizer: Any) -> None:
    """jieba caches its dictionary in the temp dir; fall back to the user cache dir
    when that is not writable (read-only containers)."""
    import os
    import tempfile

    if os.access(tempfile.gettempdir(), os.W_OK):
        return
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kmytext"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(cache)
    except OSError:
        pass


@lru_cache(maxsize=4)
def default_segmenter(engine: Engine = "auto", hmm: bool = True) -> Segmenter:
    """The shared segmenter without user dictionaries."""
    return Segmenter(engine=engine, hmm=hmm)


def segment(
    text: str | Document,
    *,
    pos: bool = False,
    mode: Mode = "precise",
    hmm: bool = True,
    clean: bool = True,
    segmenter: Segmenter | None = None,
    simplified: bool = False,
) -> list[Token]:
    """Segment a text (or a document, which carries its own cleanup and segmenter) into
    tokens with offsets into the text. ``word`` is in the text's script (traditional text
    gives traditional words) unless ``simplified``.

    >>> [t.text for t in segment("克拉玛依市举办氢能大会")]
    ['克拉玛依市', '举办', '氢能', '大会']
    >>> [t.word for t in segment("「李鄭屋」大會")], [t.word for t in segment("「李鄭屋」大會", simplified=True)]
    (['「', '李鄭屋', '」', '大會'], ['“', '李郑屋', '”', '大会'])
    """
    from kmytext.text.document import Document
    from kmytext.text.script import source_script

    doc = text if isinstance(text, Document) else \
        Document("", text, clean=clean, segmenter=segmenter or default_segmenter(hmm=hmm))
    script = None if simplified else source_script(doc)
    found: list[RawToken]
    if pos and mode == "precise":
        found = [(w, s, e, p) for s, e, w, p in doc.tokens.spans()]  # the document's own tagging
    else:
        found = (doc.segmenter or default_segmenter()).cut(doc.clean_text, mode=mode, pos=pos)
    placed, lines = doc.source_spans([(s, e) for _, s, e, _ in found])
    source, at, id = doc.text, doc.offset, doc.id
    return [Token(source[s0:e0], at + s0, at + e0, p, w if script is None else script[s:e], id, line)
            for (w, s, e, p), (s0, e0), line in zip(found, placed, lines)]


def segment_lines(text: str, *, pos: bool = False, mode: Mode = "precise",
                  segmenter: Segmenter | None = None, sep: str = " ") -> Iterable[str]:
    """Each line of ``text`` as space-separated words (``word/tag`` with ``pos``), like
    ``python -m jieba``.

    >>> list(segment_lines("克拉玛依市举办氢能大会"))
    ['克拉玛依市 举办 氢能 大会']
    """
    seg = segmenter or default_segmenter()
    lines = text.splitlines()  # a final newline ends the last line; it does not start another
    if mode == "precise" and not pos and seg.engine == "rjieba":
        # The hot path of `kmytext segment`: most lines hold no whitespace, so the words
        # need no filtering (whitespace is always a token of its own).
        cut, hmm, space = seg._impl.cut, seg.hmm, _SPACE.search
        for line in lines:
            words = cut(line, hmm)
            yield sep.join([w for w in words if not w.isspace()] if space(line) else words)
        return
    for line in lines:
        if pos:
            yield sep.join(f"{w}/{t}" for w, t in seg.tagged(line))
        elif mode == "precise":
            yield sep.join(seg.words(line))
        else:
            yield sep.join(w for w, _, _, _ in seg.cut(line, mode=mode))


def segment_document(doc: Document, *, pos: bool = False, mode: Mode = "precise", sep: str = " ",
                     simplified: bool = False) -> str:
    """The document's clean text segmented, one output line per line, as ``python -m jieba``
    writes it (whitespace is not a token): the unit of work of ``kmytext segment``. Words of
    a text in traditional script come in that script unless ``simplified``.

    >>> from kmytext import Document
    >>> segment_document(Document("", "克拉玛依市举办氢能大会\\n第二行\\n"))
    '克拉玛依市 举办 氢能 大会\\n第二行\\n'
    >>> segment_document(Document("", "「李鄭屋」大會"))
    '「 李鄭屋 」 大會\\n'
    """
    from kmytext.text.script import source_script

    body = doc.clean_text
    if not body:
        return ""
    script = None if simplified else source_script(doc)
    if script is None:
        return "\n".join(segment_lines(body, pos=pos, mode=mode, segmenter=doc.segmenter, sep=sep)) + "\n"
    # Traditional script: the same words, each read from the source-script text at its span.
    seg = doc.segmenter or default_segmenter()
    lines, at = [], 0
    for raw in body.splitlines(keepends=True):  # the lines segment_lines cuts
        line = raw.splitlines()[0] if raw.splitlines() else ""
        words = [(script[at + s:at + e], t) for w, s, e, t in seg.cut(line, mode=mode, pos=pos) if not w.isspace()]
        lines.append(sep.join(f"{w}/{t}" if pos else w for w, t in words))
        at += len(raw)
    return "\n".join(lines) + "\n"


# --- jieba's tables ---------------------------------------------------------------------

def _jieba_file(*parts: str) -> Path:
    """A file of the jieba package, found without importing it (its import loads the
    dictionary, and jieba.analyse's loads jieba.posseg's models and pkg_resources)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed; pip install jieba")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


@lru_cache(maxsize=1)
def dictionary_tags() -> dict[str, str]:
    """jieba's dictionary as word -> POS (for words that arrive already segmented)."""
    tags: dict[str, str] = {}
    for line in _jieba_file("dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
    return tags


@lru_cache(maxsize=8)
def dictionary_tags_from(first: str) -> dict[str, str]:
    """:func:`dictionary_tags` of the words whose first character is in the character class
    ``first`` (a regex class body), found by one scan of the file: the words that begin like a
    number, which is all :func:`kmytext.stats.lexicon.is_word` asks the dictionary about, in
    0.02 s instead of the 0.4 s and 60 MB of reading all 349,000 words."""
    text = _jieba_file("dict.txt").read_text(encoding="utf-8")
    return dict(re.findall(rf"^([{first}][^ \n]*) [^ \n]+ ([^ \n]+)$", text, re.M))


@lru_cache(maxsize=1)
def long_words() -> frozenset[str]:
    """jieba's dictionary words of three or more characters."""
    words: set[str] = set()
    with open(_jieba_file("dict.txt"), encoding="utf-8") as f:
        for line in f:
            w = line.split(" ", 1)[0]
            if len(w) >= 3:
                words.add(w)
    return frozenset(words)


@lru_cache(maxsize=1)
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (for words it does not list)."""
    text = _jieba_file("analyse", "idf.txt").read_text(encoding="utf-8")
    # "word idf" per line; split once and convert in C rather than line by line in Python.
    fields = text.split()
    table = dict(zip(fields[0::2], map(float, fields[1::2]), strict=False))
    import numpy as np

    # The median by selection rather than a sort of 270,000 floats: the same element.
    values = np.fromiter(table.values(), np.float64, len(table))
    return table, float(np.partition(values, len(values) // 2)[len(values) // 2])
