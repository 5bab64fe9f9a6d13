"""Document-level consistency: a name the model found is the same name everywhere in the
document, with the type it was given most often."""

from __future__ import annotations

from collections.abc import Iterable

_MIN_PROPAGATE = {"PER": 2, "LOC": 2, "ORG": 3}


# Under this many characters a text is searched with str.find, head by head: NumPy's set-up
# per call (array conversions, np.isin) costs more than the search on a sentence.
_SHORT = 4096


def _starts(text: str, heads: Iterable[str]) -> list[int]:
    """Where in ``text`` one of the two-character ``heads`` begins, in order. A long text:
    every character pair is tested at once, so only those positions are left to look at in
    Python; a short one: each head found with ``str.find``."""
    if len(text) < _SHORT:
        found: list[int] = []
        for head in heads:
            k = text.find(head)
            while k >= 0:
                found.append(k)
                k = text.find(head, k + 1)
        found.sort()
        return found
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    pairs = points[:-1] << 21 | points[1:]
    # a sorted search of the heads (np.isin sorts the text's pairs too: twice the time)
    codes = np.array([*sorted(ord(h[0]) << 21 | ord(h[1]) for h in heads), 1 << 62], dtype=np.int64)
    return np.flatnonzero(codes[codes.searchsorted(pairs)] == pairs).tolist()


def occurrences(text: str, names: Iterable[str]) -> dict[str, int]:
    """How often each name occurs in ``text`` (non-overlapping, as ``str.count``), in one
    pass over the text rather than one per name."""
    names = set(names)
    if len(text) < _SHORT:
        return {name: text.count(name) for name in names}
    count = {name: 0 for name in names}
    for name in [x for x in names if len(x) < 2]:
        count[name] = text.count(name)
    by_head: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= 2:
            by_head.setdefault(name[:2], []).append(name)
    free: dict[str, int] = {}  # where a name's last occurrence ends
    for i in _starts(text, by_head):
        for name in by_head[text[i : i + 2]]:
            if text.startswith(name, i) and i >= free.get(name, 0):
                count[name] += 1
                free[name] = i + len(name)
    return count


def propagate(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Document-level consistency: every mention of a name gets the type the model gave
    it most often in ``text``, and a name found once is tagged wherever else it occurs,
    unless that overlaps another name."""
    votes: dict[str, dict[str, int]] = {}
    for s, e, t in spans:
        if e - s >= _MIN_PROPAGATE.get(t, 2):
            v = votes.setdefault(text[s:e], {})
            v[t] = v.get(t, 0) + 1
    if not votes:
        return spans
    major = {k: max(v, key=v.__getitem__) for k, v in votes.items()}
    spans = [(s, e, major.get(text[s:e], t)) for s, e, t in spans]
    # names by their first two characters, longest first
    by_head: dict[str, list[int]] = {}
    for name in votes:
        by_head.setdefault(name[:2], []).append(len(name))
    by_head = {k: sorted(set(v), reverse=True) for k, v in by_head.items()}
    taken = bytearray(len(text))
    for s, e, _ in spans:
        taken[s:e] = b"\x01" * (e - s)
    extra = []
    n = len(text)
    free = 0  # where the last name found ends
    for i in _starts(text, by_head):
        if i < free or taken[i]:
            continue
        for L in by_head[text[i : i + 2]]:
            e = i + L
            name = text[i:e]
            if name in major and not any(taken[i:e]) and not (
                # don't cut a Latin word or number in two
                (i and text[i - 1].isascii() and text[i - 1].isalnum() and text[i].isascii())
                or (e < n and text[e].isascii() and text[e].isalnum() and text[e - 1].isascii())
            ):
                extra.append((i, e, major[name]))
                taken[i:e] = b"\x01" * L
                free = e
                break
    return sorted(spans + extra) if extra else spans


