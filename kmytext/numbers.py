"""Numbers in Chinese news (baseline: Arabic numerals with a unit)."""

from __future__ import annotations

import datetime

import regex

from kmytext.normalize import clean as _clean
from kmytext.normalize import identity
from kmytext.types import Number

_NUM = regex.compile(r"(\d+(?:\.\d+)?)\s*([万亿]?)\s*(元|%|年|月|日|个|名|家|项|人|米|公里)?")
_SCALE = {"": 1, "万": 10_000, "亿": 100_000_000}


def extract(text: str, *, base_date: datetime.date | None = None) -> list[Number]:
    """Numbers in ``text`` with offsets into it.

    >>> extract("投资633亿元")[0].value
    63300000000
    """
    out = []
    for m in _NUM.finditer(text):
        value = float(m.group(1)) * _SCALE[m.group(2)]
        unit = m.group(3)
        kind = {"元": "money", "%": "percent", None: "number"}.get(unit, "quantity")
        v: float | int = int(value) if value.is_integer() else value
        out.append(Number(m.group(0).rstrip(), kind, v, m.start(), m.start() + len(m.group(0).rstrip()), unit=unit))
    return out


def numbers(text: str, *, base_date: datetime.date | None = None, clean: bool = True) -> list[Number]:
    """Numeric expressions in ``text`` (after newspaper cleanup), offsets into ``text``.

    >>> [(n.text, n.value) for n in numbers("投资633 亿元")]
    [('633 亿元', 63300000000)]
    """
    cleaned = _clean(text) if clean else identity(text)
    return [cleaned.remap(n) for n in extract(cleaned.text, base_date=base_date)]
