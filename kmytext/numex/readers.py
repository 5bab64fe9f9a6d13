"""What a numeral is, read from what follows it: the order in which the unit readers are
tried. A reader is asked only when the character after the numeral can start its unit,
and the first that claims the numeral decides (三年 is a date if 年 makes a year of it,
else a duration; 三点 a time, else a quantity of points).
"""

from __future__ import annotations

from kmytext.numex import lexicon
from kmytext.numex.amounts import money_after_sign, per_fraction, read_money, read_percent
from kmytext.numex.dates import read_clock, read_date
from kmytext.numex.mention import NOT_A_NUMBER, Core, Mention, Reading
from kmytext.numex.quantities import bare, ordinal, read_duration, read_measure


def read_unit(core: Core) -> Mention | None:
    """The mention of the numeral ``core`` with its unit and kind, or None if it is no number."""
    if core.ordinal:
        return ordinal(core)
    if core.per is not None:
        return per_fraction(core, core.per)
    if core.currency is not None:
        return money_after_sign(core, core.currency)
    t, pos = core.text, core.end
    c0 = t[pos:pos + 1]
    if core.lone_one and c0 and t[pos + 1:pos + 2] == c0 and c0 not in "0123456789":
        return None  # 一米米, 一步步, 一天天: "bit by bit", not a count
    reading: Reading = None
    if c0 in lexicon.PERCENT_START:
        reading = read_percent(core, c0)
    if reading is None:
        reading = bare(core) if c0 not in lexicon.UNIT_START else _unit(core, c0)
    return None if reading is NOT_A_NUMBER else reading


def _unit(core: Core, c0: str) -> Reading:
    """The first unit reader that claims the numeral; ``c0`` is the character after it."""
    if c0 in lexicon.DATE_START:
        reading = read_date(core, c0)
        if reading is not None:
            return reading
    if c0 in lexicon.CLOCK_START:
        reading = read_clock(core)
        if reading is not None:
            return reading
    if c0 in lexicon.DURATION_START:
        reading = read_duration(core, c0)
        if reading is not None:
            return reading
    if c0 in lexicon.COIN_START:
        reading = read_money(core, c0)
        if reading is not None:
            return reading
    return read_measure(core)
