"""Build a benchmark corpus of any size from the development data and the sample pages.

Paragraphs come from the SIGHAN MSR test text, CLUENER and People's Daily sentences (news) and
the two bundled Karamay pages (hard-wrapped print text, so cleanup is exercised too). They are
grouped into articles, shuffled with a fixed seed and repeated until the size is reached, then
written twice: as one large file (articles separated by blank lines) and as a folder of articles.

    python -m tools.bench.build_corpus --size 10 --out /tmp/kmytext-bench
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _sentences() -> list[str]:
    data = SHARED / "data"
    out: list[str] = []
    msr = data / "seg/msr_test.utf8"
    if msr.exists():
        out += [s.strip() for s in msr.read_text(encoding="utf-8").splitlines() if s.strip()]
    cluener = data / "ner/cluener_train.jsonl"
    if cluener.exists():
        out += [json.loads(line)["text"] for line in cluener.read_text(encoding="utf-8").splitlines()]
    for name in ("ner/peoples_daily_dev.bio", "ner/peoples_daily_test.bio"):
        path = data / name
        if not path.exists():
            continue
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            chars = [line.split(" ", 1)[0] for line in block.splitlines() if line.strip()]
            if chars:
                out.append("".join(chars))
    return out


def _articles(rng: random.Random) -> list[str]:
    """Articles of a headline and 3-10 paragraphs of 2-6 sentences, plus the sample pages."""
    sentences = _sentences()
    rng.shuffle(sentences)
    articles: list[str] = []
    i = 0
    while i < len(sentences):
        paragraphs = []
        for _ in range(rng.randint(3, 10)):
            k = rng.randint(2, 6)
            paragraphs.append("".join(sentences[i:i + k]))
            i += k
        headline = sentences[min(i, len(sentences)) - 1][:16]
        articles.append(headline + "\n" + "\n".join(p for p in paragraphs if p))
    pages = sorted((ROOT / "seeds").glob("*.txt"))
    articles += [p.read_text(encoding="utf-8-sig").strip() for p in pages]
    return articles


def build(size_mb: float, out: Path, *, seed: int = 7, folder: bool = True) -> tuple[Path, Path]:
    """Write ``out/corpus_<size>mb.txt`` and (with ``folder``) ``out/docs_<size>mb/``, one
    article a file; both are reused when present."""
    tag = f"{size_mb:g}mb"
    big, docs = out / f"corpus_{tag}.txt", out / f"docs_{tag}"
    if big.exists() and (docs.is_dir() or not folder):
        return big, docs
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    base = _articles(rng)
    target = int(size_mb * 1_000_000)
    chosen: list[str] = []
    written = 0
    while written < target:
        batch = base[:]
        rng.shuffle(batch)
        for a in batch:
            chosen.append(a)
            written += len(a.encode("utf-8")) + 2
            if written >= target:
                break
    tmp = big.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for a in chosen:
            fh.write(a + "\n\n")
    tmp.replace(big)
    if folder:
        docs.mkdir(exist_ok=True)
        for n, a in enumerate(chosen):
            (docs / f"{n // 1000:03d}").mkdir(exist_ok=True)
            (docs / f"{n // 1000:03d}" / f"{n:06d}.txt").write_text(a + "\n", encoding="utf-8")
    return big, docs


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.bench.build_corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=10, help="megabytes of UTF-8 text (default 10)")
    parser.add_argument("--out", type=Path, default=ROOT / "tools/bench/corpus")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    big, folder = build(args.size, args.out, seed=args.seed)
    print(big)
    print(folder)


if __name__ == "__main__":
    main()
