"""Reading the NER corpora, mapping their labels to PER/LOC/ORG, and the fixed
train / dev / final splits shared by ``tools.train.ner``, ``tools.eval.ner`` and
``tools.bench.ner``.

A sentence is ``(text, spans)`` with ``spans`` a list of ``(start, end, type)``
(end exclusive). The splits are a pure function of the files and the seed, so the
training script and the evaluation agree on what was held back.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

from kmytext.ner.features import Gazetteer, gazetteer_names

Span = tuple[int, int, str]
Sentence = tuple[str, list[Span]]

SEED = 20261121
DEV = 0.10  # fraction of each corpus for development (every choice is made on it)
FINAL = 0.10  # fraction held back for one final measurement
MSRA_BLOCK = 25  # MSRA sentences split in blocks of consecutive sentences (articles)
FOLDS = 4  # training sentences see a gazetteer built from the other folds
FOLD_BLOCK = 25  # in blocks of consecutive sentences, as the splits

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


def default_data_dir() -> Path:
    """``$KMYTEXT_NER_DATA`` or ``../shared/data/ner`` next to the repository."""
    env = os.environ.get("KMYTEXT_NER_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "ner"


def read_bio(path: str | Path) -> Iterator[Sentence]:
    """Sentences of a ``char TAG`` per line file with blank lines between sentences
    (gzip-compressed if its name ends in ``.gz``)."""
    chars: list[str] = []
    tags: list[str] = []
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig") as fh:
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
    sentences holding other addresses as not clean (their LOC labels are unreliable);
    ``"drop"`` ignores addresses.
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
                            if address == "loc" or (address == "place" and is_placename(name)):
                                spans.append((s, e + 1, "LOC"))
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


def split3(n: int, salt: str, *, block: int = 1, dev: float = DEV, final: float = FINAL) -> list[str]:
    """Which part (``"train"``, ``"dev"``, ``"final"``) each of ``n`` items falls in.

    Items go in blocks of ``block`` consecutive items (MSRA keeps an article's sentences
    together, so a block of 25 keeps most of an article on one side); blocks are shuffled
    with :data:`SEED` and ``salt``, the first ``final`` of them are the final part, the
    next ``dev`` the dev part. A pure function of its arguments.
    """
    blocks = list(range((n + block - 1) // block))
    random.Random(f"{SEED}-{salt}").shuffle(blocks)
    k_final = int(round(len(blocks) * final))
    k_dev = int(round(len(blocks) * dev))
    part = dict.fromkeys(blocks[:k_final], "final")
    part.update(dict.fromkeys(blocks[k_final : k_final + k_dev], "dev"))
    return [part.get(i // block, "train") for i in range(n)]


def read_msra(path: str | Path) -> list[Sentence]:
    """The MSRA NER training file (gzip or plain BIO, tab between char and tag)."""
    return list(read_bio(path))


def silver_places(sentences: Iterable[Sentence], *, min_count: int = 2) -> set[str]:
    """Place names (2+ chars) tagged LOC at least ``min_count`` times in ``sentences``."""
    counts: dict[str, int] = {}
    for text, spans in sentences:
        for s, e, t in spans:
            if t == "LOC" and e - s >= 2:
                counts[text[s:e]] = counts.get(text[s:e], 0) + 1
    return {k for k, v in counts.items() if v >= min_count}


def add_silver(sentence: Sentence, pattern: regex.Pattern[str]) -> Sentence:
    """Tag the unlabelled mentions of the place names ``pattern`` matches LOC (the news
    convention: CLUENER leaves most country and city names untagged)."""
    text, spans = sentence
    taken = [(s, e) for s, e, _ in spans]
    extra = [
        (m.start(), m.end(), "LOC")
        for m in pattern.finditer(text)
        if all(m.end() <= s or m.start() >= e for s, e in taken)
    ]
    return (text, sorted(spans + extra)) if extra else sentence


def place_pattern(places: Iterable[str]) -> regex.Pattern[str]:
    """A regex for the longest of ``places`` at each point."""
    return regex.compile("|".join(map(regex.escape, sorted(places, key=len, reverse=True))))


def cluener_per_org(path: str | Path) -> list[Sentence]:
    """CLUENER with its people and organisations only (name -> PER; organization,
    government, company -> ORG); its addresses and scenes follow another convention
    and are left out: score CLUENER on PER and ORG only."""
    return [s for s, _ in read_cluener(path, address="drop")]


def splits(data_dir: str | Path | None = None) -> dict[str, list[Sentence]]:
    """The fixed splits shared by ``tools.train.ner`` and ``tools.eval.ner``:

    - ``msra_train`` / ``msra_dev`` / ``msra_final``: ``msra_train.bio.gz`` (45,000
      sentences) in blocks of :data:`MSRA_BLOCK` consecutive sentences, 80 / 10 / 10.
    - ``cluener_train`` / ``cluener_dev`` / ``cluener_final``: ``cluener_train.jsonl``
      (10,748 sentences, in no particular order) sentence by sentence, 80 / 10 / 10,
      PER and ORG only (:func:`cluener_per_org`).

    Choose by the dev parts; the final parts are scored once, at the end.
    People's Daily files are not used: they are almost all inside MSRA train.
    """
    d = Path(data_dir) if data_dir else default_data_dir()
    out: dict[str, list[Sentence]] = {}
    msra = read_msra(d / "msra_train.bio.gz")
    for name, items, parts in (
        ("msra", msra, split3(len(msra), "msra", block=MSRA_BLOCK)),
        ("cluener", cl := cluener_per_org(d / "cluener_train.jsonl"), split3(len(cl), "cluener")),
    ):
        for part in ("train", "dev", "final"):
            out[f"{name}_{part}"] = [x for x, p in zip(items, parts) if p == part]
    return out


def read_any(path: str | Path) -> list[Sentence]:
    """A BIO file, or a CLUENER jsonl (naive mapping) by its ``.json``/``.jsonl`` suffix."""
    p = Path(path)
    if p.suffix in (".json", ".jsonl"):
        return [s for s, _ in read_cluener(p, address="loc")]
    return list(read_bio(p))


def training_data(sp: dict[str, list[Sentence]], cluener: str = "silver", repeat: int = 1) -> list[Sentence]:
    """MSRA train, with CLUENER train as ``cluener`` says: ``none`` leaves it out;
    ``plain`` takes its sentences with PER and ORG only (its country and city names
    untagged, so they teach O); ``silver`` also tags LOC the place names MSRA train tags
    LOC at least twice (the news convention). CLUENER's sentences come ``repeat`` times."""
    train = list(sp["msra_train"])
    if cluener == "plain":
        train += sp["cluener_train"] * repeat
    elif cluener == "silver":
        pat = place_pattern(silver_places(sp["msra_train"]))
        train += [add_silver(x, pat) for x in sp["cluener_train"]] * repeat
    return train


def folded_gazetteers(train: Sequence[Sentence], min_count: int) -> list[Gazetteer]:
    """The gazetteer each training sentence sees: the names of the other folds
    (jackknifing), so the model learns how far a known name can be trusted on text it has
    not seen, not that every training name is in the list."""
    fold_of = [(i // FOLD_BLOCK) % FOLDS for i in range(len(train))]
    gaz = [Gazetteer(gazetteer_names([x for x, f in zip(train, fold_of) if f != k], min_count))
           for k in range(FOLDS)]
    return [gaz[f] for f in fold_of]


def repeat_cluener(sp: dict[str, list[Sentence]], repeat: int, *columns: list[Any]) -> tuple[list[Any], ...]:
    """Each of ``columns`` (an item per sentence of ``training_data(sp, ...)``: the sentences,
    their gazetteers) with its CLUENER part ``repeat`` times, in the order of
    ``training_data(sp, ..., repeat)``. Repeated after :func:`folded_gazetteers` has drawn the
    folds, a copy sees its original's gazetteer and never lends its names to another fold (nor
    makes a name seen once a name seen twice)."""
    k = len(sp["msra_train"])
    return tuple(c + c[k:] * (repeat - 1) for c in columns)
