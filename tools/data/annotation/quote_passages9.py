"""Quote passages of the ninth set (final9), drawn after the eighth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the ninth set has no posts part."""
QP9 = [
    # MSRA: indirect anchors i52-i76 (the eighth set opened none past i51), every anchor line read and a
    # window opened where it holds speech; direct anchors past d271 were not opened. Taken: i52 i53 i55 i58
    # i59 i60 i61 i63 i66 i68 i70 i75 i76. Skipped because the anchor line holds no speech (应该说, 可以说,
    # 准确地说, a description): i62 i67 i69; because the anchor line is an earlier set's
    # quote sentence: i54 (msra-32246) i57 (msra-32296) i65 (msra-26041) i71 (msra-21874); i56, scrambled
    # (the Iran-US match report's lead, msra-18938, lands after the anchor whose 他们 it introduces); i64
    # (a telephone-bill report whose start lies outside the window and which holds a posts sentence,
    # msra-2442, next to its speakers) and i72 (an essay on EU anti-dumping rules whose start lies outside
    # the window, a posts sentence msra-25988 in its middle) left for time; i73 and i74 (not opened) left for time
    # too. Trims: i52 starts at the 乌多文科 section (the line before ends another article) and takes the
    # two UN sections of a round-up of 罗干's meetings, stopping before msra-32109 (a posts sentence); i55
    # starts at the sentence naming its speaker (唐军); i60 starts after msra-14563 (a posts sentence, which
    # alone gives 伊拉拉's full name) and stops before msra-14557 (a posts sentence); i61 starts at the
    # sentence naming the police and stops before a glued headline (msra-9494); i63 is the Thai and
    # Indonesian sections of a round-up; i66 starts after msra-24723 (an earlier set's quote sentence);
    # i68 starts after a glued headline (msra-29677); i70 starts after msra-10190 (a posts sentence);
    # i76 starts at the interview and stops before a glued headline (msra-19998). Anchors past i76 were
    # not opened.
    ("i52", "msra", ("msra", 32119, 32110)),
    ("i53", "msra", ("msra", 33383, 33378)),
    ("i55", "msra", ("msra", 31096, 31085)),
    ("i58", "msra", ("msra", 42637, 42625)),
    ("i59", "msra", ("msra", 31774, 31764)),
    ("i60", "msra", ("msra", 14562, 14558)),
    ("i61", "msra", ("msra", 9499, 9495)),
    ("i63", "msra", ("msra", 26220, 26213)),
    ("i66", "msra", ("msra", 24722, 24716)),
    ("i68", "msra", ("msra", 29676, 29668)),
    ("i70", "msra", ("msra", 10189, 10176)),
    ("i75", "msra", ("msra", 6275, 6269)),
    ("i76", "msra", ("msra", 20005, 19999)),
]
