"""Reading the NER corpora, mapping their labels to PER/LOC/ORG, and the fixed
train / held-out splits shared by ``tools.train.ner`` and ``tools.eval.ner``.

A sentence is ``(text, spans)`` with ``spans`` a list of ``(start, end, type)``
(end exclusive). The splits are a pure function of the files and the seed, so the
training script and the evaluation agree on what was held back.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

Span = tuple[int, int, str]
Sentence = tuple[str, list[Span]]

SEED = 20261121
PD_HELDOUT = 0.20  # fraction of peoples_daily_test held back
CLUENER_HELDOUT = 0.10  # fraction of cluener_train held back

# CLUENER fine-grained types -> ours. ``address`` and ``scene`` are handled apart.
CLUENER_MAP = {
    "name": "PER",
    "organization": "ORG",
    "government": "ORG",
    "company": "ORG",
}

# An address that reads like a place name (北京, 海淀区, 兰开夏郡), as opposed to a
# street address (广州市天河区体育东路116号财富广场东塔1901室) or a venue.
_STREETISH = regex.compile(
    r"[0-9０-９a-zA-Z]|路|街|号|楼|室|大厦|广场|花园|小区|中心|公寓|别墅|大道|巷|弄|"
    r"站|场|馆|苑|园|坊|大桥|桥|酒店|工作室|区域|灾区|侧|附近|一带|境内"
)
_PLACE_SUFFIX = regex.compile(r"(省|市|县|区|州|郡|镇|乡|村|旗|盟|国|岛|洲|河|江|湖|山|海|峡)$")


def default_data_dir() -> Path:
    """``$KMYTEXT_NER_DATA`` or ``../shared/data/ner`` next to the repository."""
    env = os.environ.get("KMYTEXT_NER_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "ner"


def read_bio(path: str | Path) -> Iterator[Sentence]:
    """Sentences of a ``char TAG`` per line file with blank lines between sentences."""
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield "".join(chars), bio_to_spans(tags)
                    chars, tags = [], []
                continue
            parts = line.split()
            if len(parts) == 1:  # a whitespace character with its tag
                chars.append(" ")
                tags.append(parts[0])
            else:
                chars.append(parts[0][0])
                tags.append(parts[-1])
    if chars:
        yield "".join(chars), bio_to_spans(tags)


def bio_to_spans(tags: list[str]) -> list[Span]:
    """``B-X I-X`` runs to spans; a stray ``I-X`` starts a span (lenient decoding)."""
    spans: list[Span] = []
    start = -1
    typ = ""
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and start >= 0 and tag[2:] == typ:
            continue
        if start >= 0:
            spans.append((start, i, typ))
            start = -1
        if tag[:2] in ("B-", "I-", "S-", "E-", "M-"):
            start, typ = i, tag[2:]
    if start >= 0:
        spans.append((start, len(tags), typ))
    return spans


def spans_to_bio(n: int, spans: Iterable[Span]) -> list[str]:
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = "B-" + t
        for i in range(s + 1, e):
            tags[i] = "I-" + t
    return tags


def is_placename(name: str) -> bool:
    """Whether a CLUENER ``address`` reads like a place name People's Daily tags LOC."""
    return len(name) <= 8 and not _STREETISH.search(name)


def read_cluener(
    path: str | Path, *, address: str = "place", scene: bool = False
) -> Iterator[tuple[Sentence, bool]]:
    """CLUENER jsonl mapped to PER/LOC/ORG; yields ``(sentence, clean)``.

    ``address``: ``"loc"`` maps every address to LOC (the naive mapping, and the one
    used for evaluation); ``"place"`` maps place-name-like addresses to LOC and marks
    sentences holding other addresses as not clean (their LOC labels are unreliable, so
    training skips them); ``"cut"`` is ``"place"`` but keeps those sentences, marking
    the other addresses ``CUT`` for :func:`cut_out`; ``"drop"`` ignores addresses.
    ``scene`` maps scenes to LOC.
    """
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text: str = rec["text"]
            spans: list[Span] = []
            clean = True
            for ftype, ents in rec.get("label", {}).items():
                for name, positions in ents.items():
                    for s, e in positions:
                        if ftype in CLUENER_MAP:
                            spans.append((s, e + 1, CLUENER_MAP[ftype]))
                        elif ftype == "address":
                            if address == "loc" or (address in ("place", "cut") and is_placename(name)):
                                spans.append((s, e + 1, "LOC"))
                            elif address == "cut":
                                spans.append((s, e + 1, "CUT"))
                            elif address == "place":
                                clean = False
                        elif ftype == "scene" and scene:
                            spans.append((s, e + 1, "LOC"))
            yield (text, _drop_overlaps(spans)), clean


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longest of overlapping spans (nested names keep the longest)."""
    out: list[Span] = []
    for s, e, t in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= s2 or s >= e2 for s2, e2, _ in out):
            out.append((s, e, t))
    return sorted(out)


def cut_out(sentence: Sentence, *, min_len: int = 4) -> list[Sentence]:
    """The parts of a sentence around its ``CUT`` spans (street addresses, whose labels
    follow another convention), each with its own spans; parts under ``min_len`` go."""
    text, spans = sentence
    cuts = [(s, e) for s, e, t in spans if t == "CUT"]
    if not cuts:
        return [sentence]
    out: list[Sentence] = []
    lo = 0
    for s, e in [*cuts, (len(text), len(text))]:
        if s - lo >= min_len:
            out.append((text[lo:s], [(a - lo, b - lo, t) for a, b, t in spans if lo <= a and b <= s]))
        lo = e
    return out


def _split(items: list, frac: float, salt: str) -> tuple[list, list]:
    idx = list(range(len(items)))
    random.Random(f"{SEED}-{salt}").shuffle(idx)
    k = int(round(len(items) * frac))
    held = set(idx[:k])
    return [x for i, x in enumerate(items) if i not in held], [items[i] for i in sorted(held)]


def silver_places(sentences: Iterable[Sentence], *, min_count: int = 2) -> set[str]:
    """Place names (2+ chars) tagged LOC at least ``min_count`` times in ``sentences``."""
    counts: dict[str, int] = {}
    for text, spans in sentences:
        for s, e, t in spans:
            if t == "LOC" and e - s >= 2:
                counts[text[s:e]] = counts.get(text[s:e], 0) + 1
    return {k for k, v in counts.items() if v >= min_count}


def add_silver(sentence: Sentence, places: set[str], pattern: regex.Pattern[str]) -> Sentence:
    """Tag unlabelled mentions of known place names LOC (People's Daily's convention:
    CLUENER leaves most country and city names untagged)."""
    text, spans = sentence
    taken = [(s, e) for s, e, _ in spans]
    extra = [
        (m.start(), m.end(), "LOC")
        for m in pattern.finditer(text)
        if all(m.end() <= s or m.start() >= e for s, e in taken)
    ]
    return (text, sorted(spans + extra)) if extra else sentence


def splits(
    data_dir: str | Path | None = None, *, address: str = "place", silver: bool = True
) -> dict[str, list[Sentence]]:
    """``pd_train``, ``pd_heldout``, ``cluener_train``, ``cluener_heldout``.

    Held-out CLUENER uses the naive mapping (address -> LOC) for evaluation; its
    training part uses ``address``, skips unclean sentences and, with ``silver``,
    tags the place names People's Daily training data knows as LOC.
    """
    d = Path(data_dir) if data_dir else default_data_dir()
    pd_dev = list(read_bio(d / "peoples_daily_dev.bio"))
    pd_test = list(read_bio(d / "peoples_daily_test.bio"))
    pd_rest, pd_held = _split(pd_test, PD_HELDOUT, "pd")
    cl_train_mapped = list(read_cluener(d / "cluener_train.jsonl", address=address))
    cl_eval_mapped = [s for s, _ in read_cluener(d / "cluener_train.jsonl", address="loc")]
    idx_rest, idx_held = _split(list(range(len(cl_eval_mapped))), CLUENER_HELDOUT, "cluener")
    cl_train = [cl_train_mapped[i][0] for i in idx_rest if cl_train_mapped[i][1]]
    if address == "cut":
        cl_train = [part for x in cl_train for part in cut_out(x)]
    if silver:
        places = silver_places(pd_dev + pd_rest)
        pat = regex.compile("|".join(map(regex.escape, sorted(places, key=len, reverse=True))))
        cl_train = [add_silver(x, places, pat) for x in cl_train]
    cl_held = [cl_eval_mapped[i] for i in idx_held]
    return {
        "pd_train": pd_dev + pd_rest,
        "pd_heldout": pd_held,
        "cluener_train": cl_train,
        "cluener_heldout": cl_held,
    }


def read_any(path: str | Path) -> list[Sentence]:
    """A BIO file, or a CLUENER jsonl (naive mapping) by its ``.json``/``.jsonl`` suffix."""
    p = Path(path)
    if p.suffix in (".json", ".jsonl"):
        return [s for s, _ in read_cluener(p, address="loc")]
    return list(read_bio(p))
