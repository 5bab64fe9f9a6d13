"""Changes: whether a number is the size of a rise or a fall (增长12% up, 下降1.5% down,
亏损3亿元 down), read from the words just before it, and the sign 负增长 gives (负增长2% is
-2, down). A level (降至4%, 增加到250公里, 净利润为-3.2亿元) has no direction.
"""

from __future__ import annotations

from kmytext.numex import lexicon
from kmytext.numex.mention import Mention


def directions(t: str, found: list[Mention]) -> None:
    """Set the direction (and the sign 负增长 gives) of each mention in ``found``, in the
    compact text ``t``."""
    prev: Mention | None = None
    for r in found:
        if r.kind in lexicon.CHANGE_KINDS:
            _direction(t, r)
            if r.direction is None and prev is not None and prev.direction is not None and prev.kind == r.kind \
                    and _shared(t, prev, r):
                r.direction = prev.direction  # 分别下降13.4%和23.5%; 减少1.2万亿玻利瓦尔（合22亿美元）
        prev = r


def _shared(t: str, prev: Mention, r: Mention) -> bool:
    """``r`` shares the change of ``prev``: coordinated with it, or its conversion in brackets."""
    gap = t[prev.end:r.start]
    return gap in lexicon.SHARED_CHANGE or gap in lexicon.SHARED_CHANGE_ABOUT and t.startswith("约", r.start)


def _direction(t: str, r: Mention) -> None:
    """The direction of ``r`` from the words of change before it (下降了, 增幅达, 下降幅度达, 同比),
    or after it (负增长, 的增长)."""
    s = r.start
    if t.startswith(lexicon.NEGATIVE_GROWTH_AFTER, r.end):
        _negate(r)  # 4%的负增长
        return
    negative = isinstance(r.value, (int, float)) and r.value < 0
    m = lexicon.CHANGE_BEFORE.search(t, max(0, s - 12), s) if s and t[s - 1] in lexicon.CHANGE_LAST else None
    if m is None:
        if r.kind == "duration":
            return  # 戴了23年的亏损帽子: how long, not how much
        # 实现了5.32%的增长 (of -2%: a fall); 减少损失1.5亿元
        change = lexicon.CHANGE_AFTER.match(t, r.end) if t.startswith("的", r.end) else None
        if change is None and s:
            change = lexicon.CHANGE_OBJECT_BEFORE.search(t, max(0, s - 16), s)
        if change is not None:
            r.direction = "down" if negative and change.lastgroup == "up" else change.lastgroup
        return
    if m.lastgroup == "none":
        return
    if m.group("neg"):
        _negate(r)  # 负增长2%: a contraction of 2%
    elif m.group("yoy"):
        r.direction = "down" if negative else None  # 同比－1.5%; 同比 with no sign says nothing
    elif m.group("down"):
        r.direction = "down"
    else:
        r.direction = "down" if negative else "up"  # 增长-2%, 增速为-2.1%: a fall


def _negate(r: Mention) -> None:
    """A contraction: the value below zero, direction down (负增长2% is -2)."""
    if isinstance(r.value, (int, float)) and r.value > 0:
        vmax = r.value_max
        r.value, r.value_max = (-vmax, -r.value) if isinstance(vmax, (int, float)) else (-r.value, None)
    r.direction = "down"
