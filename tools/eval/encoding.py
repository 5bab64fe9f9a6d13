"""Accuracy of encoding detection on generated files, by encoding and length.

Snippets of the sample pages and of the SIGHAN MSR test text (../shared/data, if present),
simplified and converted to traditional with OpenCC, are encoded in each encoding and
detected back. "ok" counts the right codec (GBK/GB18030 and Big5/CP950 count as the same),
"sure" how many of those were also marked confident, "wrong+sure" confident mistakes.

    python -m tools.eval encoding [--n 200] [--charset-normalizer]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from pathlib import Path

import opencc

from kmytext.io.read import detect_encoding

ROOT = Path(__file__).resolve().parents[2]
SAME = {"gbk": "gb18030", "gb2312": "gb18030", "big5": "cp950", "big5hkscs": "cp950", "utf_8": "utf-8",
        "utf-8-sig": "utf-8", "utf_8_sig": "utf-8", "utf_16": "utf-16", "utf_32": "utf-32",
        "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be", "cp936": "gb18030", "cp950": "cp950"}
# (label, codec to encode with, codec(s) a right answer may name, script)
CASES = [
    ("utf-8", "utf-8", {"utf-8"}, "s"), ("utf-8 BOM", "utf-8-sig", {"utf-8"}, "s"),
    ("gb18030 simp", "gb18030", {"gb18030"}, "s"), ("gbk simp", "gbk", {"gb18030"}, "s"),
    ("gbk trad", "gbk", {"gb18030"}, "t"), ("big5 trad", "big5", {"cp950"}, "t"),
    ("utf-16 BOM", "utf-16", {"utf-16"}, "s"), ("utf-16le noBOM", "utf-16-le", {"utf-16-le"}, "s"),
    ("utf-16be noBOM", "utf-16-be", {"utf-16-be"}, "s"), ("utf-32 BOM", "utf-32", {"utf-32"}, "s"),
]
LENGTHS = [5, 10, 20, 50, 200, 1000]


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    msr = ROOT.parent / "shared" / "data" / "seg" / "msr_test.utf8"
    if msr.exists():
        out.append(msr.read_text(encoding="utf-8"))
    return out


def snippets(text: str, length: int, n: int, rng: random.Random) -> list[str]:
    return [text[i:i + length] for i in (rng.randrange(0, len(text) - length) for _ in range(n))]


def charset_normalizer_guess(data: bytes) -> tuple[str, bool]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "none", False
    return SAME.get(best.encoding, best.encoding), True


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.eval encoding")
    ap.add_argument("--n", type=int, default=200, help="snippets per encoding and length")
    ap.add_argument("--charset-normalizer", action="store_true", help="measure charset-normalizer instead")
    args = ap.parse_args(argv)
    rng = random.Random(8)
    corpus = texts()
    t2 = opencc.OpenCC("s2t")
    trad = [t2.convert(t) for t in corpus]
    results: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    elapsed = 0.0
    for label, codec, right, script in CASES:
        source = trad if script == "t" else corpus
        for length in LENGTHS:
            for k in range(args.n):
                text = snippets(source[k % len(source)], length, 1, rng)[0]
                try:
                    data = text.encode(codec)
                except UnicodeEncodeError:
                    data = text.encode(codec, "ignore")  # a few characters Big5 lacks
                t0 = time.perf_counter()
                if args.charset_normalizer:
                    guess, sure = charset_normalizer_guess(data)
                else:
                    d = detect_encoding(data)
                    guess, sure = SAME.get(d.encoding, d.encoding), d.confident
                elapsed += time.perf_counter() - t0
                r = results[(label, length)]
                r[0] += 1
                ok = guess in right
                r[1] += ok
                r[2] += ok and sure
                r[3] += (not ok) and sure
    print(f"{'encoding':16s}" + "".join(f"{n:>16d}" for n in LENGTHS) + "   chars: ok% (sure%, wrong+sure)")
    for label, *_ in CASES:
        cells = []
        for length in LENGTHS:
            total, ok, sure, bad = results[(label, length)]
            cells.append(f"{100 * ok / total:5.1f} ({100 * sure / total:3.0f},{bad:2d})")
        print(f"{label:16s}" + "".join(f"{c:>16s}" for c in cells))
    n = sum(r[0] for r in results.values())
    print(f"{n} files, {1000 * elapsed / n:.2f} ms per detection")


if __name__ == "__main__":
    main()
