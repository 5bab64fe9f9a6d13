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
# CLUENER: ranks 665-799 of sample_candidates.py quotes-cluener (the eighth set stopped after rank 664), less fifteen
# fragments that end at the cue and report nothing (ranks 667, 669, 671, 676, 680, 688, 690, 695, 718, 741, 753, 760,
# 784, 790, 798) and twelve posts sentences of earlier sets (ranks 698, 704, 707, 717, 736, 761, 769, 770, 789, 793,
# 794, 796: cluener-2075, -7351, -7341, -9998, -4, -3251, -1096, -8058, -7253, -10523, -2228, -7506); 108 sentences.
# Reading stopped after rank 799
_CL = ("4170 7629 10649 3935 7687 5144 6579 4393 277 7698 8083 985 6699 5092 6765 3758 1120 2671 10741 3930 181 "
       "7967 2252 3714 6277 6894 4310 2690 5948 3432 3169 7849 8547 1733 1689 6516 4924 4997 21 3050 9287 10641 "
       "787 599 8357 9258 7396 5796 9661 7025 3744 2308 1211 5146 5165 9834 4871 7592 830 5006 1705 7171 4613 449 "
       "6244 467 4108 7617 2491 3649 6873 3239 6910 8914 204 4049 1740 3899 8185 4892 6052 3288 1367 8002 5070 "
       "852 991 5050 233 4780 9329 8437 5174 10521 7565 4174 9989 1079 2707 4318 9054 2404 3188 8693 9542 3933 "
       "5668 9324")
QP9 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
