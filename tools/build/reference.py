"""Build kmytext/data/reference_freq.tsv.gz: word counts of general national news.

The bundled reference corpus for ``kmytext keyness``. Sources (see ../shared/data/README.md):
- SIGHAN 2005 MSR test text (seg/msr_test.utf8), one sentence per line;
- People's Daily 1998 NER dev+test (ner/peoples_daily_*.bio): sentences rebuilt from the
  one-character-per-line BIO files;
- CLUENER2020 train (ner/cluener_train.jsonl): the ``text`` field.

Each sentence is a document; it is segmented with kmytext's own segmenter (so counts match what
keyness counts in a target) and counted with the same rules (punctuation and numbers dropped).
The output is ``word<TAB>count`` lines, most frequent first, after a ``#total<TAB>N`` and a
``#docs<TAB>N`` header; words seen once are dropped to keep the file small (their count is
kept in the total, so rates stay right, and a word missing from the list counts as 0).

    python -m tools.build.reference [--data ../shared/data] [--min-count 2] [--out FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from kmytext.stats.counting import count

ROOT = Path(__file__).resolve().parents[2]


def bio_sentences(path: Path) -> Iterator[str]:
    chars: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if chars:
                yield "".join(chars)
            chars = []
            continue
        chars.append(line.split(" ", 1)[0] if not line.startswith(" ") else " ")
    if chars:
        yield "".join(chars)


def sentences(data: Path) -> Iterator[str]:
    yield from (s for s in (data / "seg/msr_test.utf8").read_text(encoding="utf-8").splitlines() if s.strip())
    for name in ("peoples_daily_dev.bio", "peoples_daily_test.bio"):
        yield from bio_sentences(data / "ner" / name)
    with open(data / "ner/cluener_train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)["text"]


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.build.reference", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "kmytext" / "data" / "reference_freq.tsv.gz")
    args = ap.parse_args()
    counts = count(sentences(args.data), terms=False)
    per_word: Counter[str] = Counter()
    for (w, _), c in counts.words.items():
        per_word[w] += c
    rows = sorted(((w, c) for w, c in per_word.items() if c >= args.min_count), key=lambda wc: (-wc[1], wc[0]))
    body = f"#total\t{counts.total}\n#docs\t{counts.n_docs}\n" + "".join(f"{w}\t{c}\n" for w, c in rows)
    with open(args.out, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as fh:  # byte-reproducible
        fh.write(body.encode("utf-8"))
    print(f"{args.out}: {len(rows)} words, {counts.total} tokens, {counts.n_docs} sentences, "
          f"{args.out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
