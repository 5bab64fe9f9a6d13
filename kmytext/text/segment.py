"""Word segmentation: jieba's dictionary and algorithm behind one interface.

The default engine is rjieba (jieba-rs: same dictionary and HMM, compiled); pure
Python jieba is the fallback when rjieba is not installed or ``engine="jieba"``.
Engines load lazily, once per (engine, hmm, user dictionaries).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from kmytext.text.normalize import clean as _clean
from kmytext.text.normalize import identity
from kmytext.types import Token

Mode = Literal["precise", "search", "full"]
Engine = Literal["auto", "rjieba", "jieba"]
RawToken = tuple[str, int, int, "str | None"]
_SPACE = re.compile(r"\s")
# Lone surrogates (from undecodable bytes, or a caller's str) cannot cross into Rust.
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_user_dict(path: Path) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba user dictionary: ``word [freq] [tag]`` per line, in any
    encoding the corpus reader detects. A frequency the segmenter cannot hold (2**63 or
    more: it would stop with OverflowError) is an :class:`InputError` naming the line."""
    from kmytext.io.read import read_document
    from kmytext.errors import InputError

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

    def __init__(
        self, *, engine: Engine = "auto", hmm: bool = True, dicts: Sequence[str | Path] = ()
    ) -> None:
        self.hmm = hmm
        self.engine = _pick_engine(engine)
        self._entries = tuple(e for d in dicts for e in read_user_dict(Path(d)))
        self._impl: Any = _build(self.engine, self._entries)
        self._pos: Any = None

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
            return rjieba_call(self._impl, "tag", text, self.hmm)  # type: ignore[no-any-return]
        return [tuple(p) for p in self._posseg().cut(text, HMM=self.hmm)]  # type: ignore[misc]

    def cut(self, text: str, *, mode: Mode = "precise", pos: bool = False) -> list[RawToken]:
        """Tokens with offsets into ``text``; whitespace is not a token."""
        if pos:
            if mode != "precise":
                raise ValueError("POS tags come with precise mode only")
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


def _restore(engine: str, hmm: bool, entries: tuple[tuple[str, int | None, str | None], ...]) -> Segmenter:
    seg = Segmenter.__new__(Segmenter)
    seg.hmm, seg.engine, seg._entries = hmm, engine, entries  # type: ignore[assignment]
    seg._impl, seg._pos = _build(engine, entries), None
    return seg


def _pick_engine(engine: Engine) -> Literal["rjieba", "jieba"]:
    if engine != "auto":
        return engine
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return "jieba"
    return "rjieba"


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
    text: str,
    *,
    pos: bool = False,
    mode: Mode = "precise",
    hmm: bool = True,
    clean: bool = True,
    segmenter: Segmenter | None = None,
) -> list[Token]:
    """Segment ``text`` into tokens with offsets into ``text``.

    >>> [t.text for t in segment("克拉玛依市举办氢能大会")]
    ['克拉玛依市', '举办', '氢能', '大会']
    """
    seg = segmenter or default_segmenter(hmm=hmm)
    cleaned = _clean(text) if clean else identity(text)
    out = []
    for w, s, e, p in seg.cut(cleaned.text, mode=mode, pos=pos):
        s0, e0 = cleaned.span(s, e)
        out.append(Token(text[s0:e0], s0, e0, p, w))
    return out


def words(texts: Iterable[str], *, segmenter: Segmenter | None = None) -> Iterable[list[str]]:
    """Word lists for many texts, cleaned: the counting path of freq and keywords."""
    seg = segmenter or default_segmenter()
    for text in texts:
        yield seg.words(_clean(text).text)


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


def segment_text(text: str, *, pos: bool = False, mode: Mode = "precise", clean: bool = True,
                 segmenter: Segmenter | None = None, sep: str = " ") -> str:
    """The whole of ``text`` segmented, one output line per line, as ``python -m jieba``
    writes it (whitespace is not a token). Picklable with ``functools.partial``: the unit of
    work of ``kmytext segment`` on many processes.

    >>> segment_text("克拉玛依市举办氢能大会\\n第二行\\n")
    '克拉玛依市 举办 氢能 大会\\n第二行\\n'
    """
    body = _clean(text).text if clean else text
    if not body:
        return ""
    return "\n".join(segment_lines(body, pos=pos, mode=mode, segmenter=segmenter, sep=sep)) + "\n"
