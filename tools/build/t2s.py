"""Rebuild kmytext/data/t2s.txt, the one-to-one traditional -> simplified character table.

Run once, offline at run time: ``python -m tools.build.t2s``. It reads OpenCC's
TSCharacters table from ``opencc-python-reimplemented`` (or the ``OPENCC_TS`` path, with
STCharacters, HKVariantsRev and TWVariantsRev beside it, as OpenCC's dictionary folder has them) and keeps
only characters that convert to exactly one simplified character and are not themselves
used in simplified text (乾, 於 and the like keep their form), so converting simplified
text changes nothing and the conversion never changes the length of a text. Hong Kong and
Taiwan variant forms (衞, 敍, 枱: OpenCC's HKVariantsRev and TWVariantsRev, beside
TSCharacters) convert through their standard traditional form (衞 -> 衛 -> 卫).
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


def _rows(path: Path) -> list[list[str]]:
    """An OpenCC table's ``from<TAB>candidates`` lines, split."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line]


def main() -> None:
    simplified: set[str] = set()
    pairs: dict[str, str] = {}
    source = _source()
    rows = _rows(source)
    for _trad, cands in rows:
        simplified.update(cands.split())
    for trad, cands in rows:
        first = cands.split()[0]
        if len(trad) == 1 and len(first) == 1 and first != trad and trad not in simplified:
            pairs[trad] = first
    written_simplified = {s for s, _ in _rows(source.with_name("STCharacters.txt"))}
    for table in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        for variant, cands in _rows(source.with_name(table)):
            standard = cands.split()[0]
            if (len(variant) == 1 and standard in pairs and variant not in pairs and variant not in simplified
                    and variant not in written_simplified):
                pairs[variant] = pairs[standard]
    # Corner brackets are the traditional quotes; fold them to the mainland ones.
    pairs.update({"「": "“", "」": "”", "『": "‘", "』": "’"})
    text = "".join(f"{t}{s}" for t, s in sorted(pairs.items()))
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs -> {OUT}")


if __name__ == "__main__":
    main()
