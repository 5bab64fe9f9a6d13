"""Rebuild kmytext/data/t2s.txt, the one-to-one traditional -> simplified character table.

Run once, offline at run time: ``python -m tools.build.t2s``. It reads OpenCC's
TSCharacters table from ``opencc-python-reimplemented`` (or the ``OPENCC_TS`` path) and keeps
only characters that convert to exactly one simplified character and are not themselves
used in simplified text (乾, 於 and the like keep their form), so converting simplified
text changes nothing and the conversion never changes the length of a text.
"""

from __future__ import annotations

import os
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "kmytext" / "data" / "t2s.txt"


def _source() -> Path:
    if os.environ.get("OPENCC_TS"):
        return Path(os.environ["OPENCC_TS"])
    import opencc  # opencc-python-reimplemented

    return Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"


def main() -> None:
    simplified: set[str] = set()
    pairs: dict[str, str] = {}
    rows = [line.split("\t") for line in _source().read_text(encoding="utf-8").splitlines() if "\t" in line]
    for _trad, cands in rows:
        simplified.update(cands.split())
    for trad, cands in rows:
        first = cands.split()[0]
        if len(trad) == 1 and len(first) == 1 and first != trad and trad not in simplified:
            pairs[trad] = first
    # Corner brackets are the traditional quotes; fold them to the mainland ones.
    pairs.update({"「": "“", "」": "”", "『": "‘", "』": "’"})
    text = "".join(f"{t}{s}" for t, s in sorted(pairs.items()))
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs -> {OUT}")


if __name__ == "__main__":
    main()
