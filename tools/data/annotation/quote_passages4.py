"""Quote passages of the fourth set (final4), drawn after the third set was scored, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py."""
QP4 = [
    # MSRA: direct anchors d139-d167 and indirect anchors i32-i35, every anchor line read and a window
    # opened where it holds speech. Skipped: d141, d143, d144, d146, d147, d158, d159, d161 and i32 (no
    # speech on the anchor line: names, terms, slogans, a verse, 这就是说), d139, d140 and d165 (the window
    # is inside earlier quote passages), d160 (the anchor line is a posts sentence, msra-21046), d142,
    # d145 and d164 (scrambled: a pull-quote repeating a later line; an article whose dateline lands in
    # its middle, the answer to the reporter's question missing; a field dialogue whose opening comes last),
    # d148 (a headline glued to the anchor line). d151, d163 and d166 start at the sentence naming the
    # speaker; d149 stops before msra-10331, d157 before msra-31812, posts sentences.
    ("d149", "msra", ("msra", 10339, 10332)),
    ("d150", "msra", ("msra", 10105, 10099)),
    ("d151", "msra", ("msra", 40968, 40954)),
    ("d152", "msra", ("msra", 3714, 3706)),
    ("d153", "msra", ("msra", 23945, 23937)),
    ("d154", "msra", ("msra", 3293, 3281)),
    ("d155", "msra", ("msra", 29299, 29291)),
    ("d156", "msra", ("msra", 24535, 24526)),
    ("d157", "msra", ("msra", 31821, 31813)),
    ("d162", "msra", ("msra", 10021, 10007)),
    ("d163", "msra", ("msra", 28113, 28099)),
    ("d166", "msra", ("msra", 22020, 22006)),
    ("d167", "msra", ("msra", 26188, 26185)),
    ("i33", "msra", ("msra", 8766, 8758)),
    ("i34", "msra", ("msra", 10356, 10344)),
    ("i35", "msra", ("msra", 34389, 34386)),
    # MSR: the third set's list (sample_candidates.py quotes-msr-more, seed 1822) continued, n16-n27, to
    # its end; skipped n20, n22 and n25, which hold posts sentences of the earlier sets (msr-639/-640,
    # -389, -1165/-1166); n18 stops before msr-1042 and n23 before msr-733, posts sentences. A passage
    # is the article body from its first sentence, up to 14 sentences.
    ("n16", "msr", ("msr", 88, 101)),
    ("n17", "msr", ("msr", 757, 770)),
    ("n18", "msr", ("msr", 1032, 1041)),
    ("n19", "msr", ("msr", 3959, 3967)),
    ("n21", "msr", ("msr", 3075, 3088)),
    ("n23", "msr", ("msr", 722, 732)),
    ("n24", "msr", ("msr", 3172, 3177)),
    ("n26", "msr", ("msr", 3193, 3206)),
    ("n27", "msr", ("msr", 3851, 3857)),
]
# People's Daily: ranks 110-150 of sample_candidates.py quotes-pd, less pd_test-1299 (rank 127, the third
# set's d121 holds it) and seven posts sentences (ranks 111, 133, 135, 137, 138, 144, 145: pd_test-969,
# pd_test-1622, pd_dev-688, pd_dev-1788, pd_dev-1230, pd_test-1089, pd_test-3417)
_PD = ("pd_dev-524 pd_test-2540 pd_test-2235 pd_test-4530 pd_test-52 pd_test-811 pd_test-3114 pd_dev-1869 "
       "pd_test-2600 pd_test-542 pd_test-1531 pd_test-4105 pd_test-2895 pd_dev-1891 pd_dev-2180 pd_test-3398 "
       "pd_test-2479 pd_dev-1465 pd_test-2571 pd_dev-1238 pd_dev-1478 pd_test-682 pd_test-1855 pd_test-13 "
       "pd_test-1979 pd_test-2110 pd_test-4318 pd_test-1717 pd_test-1816 pd_test-2550 pd_test-4500 "
       "pd_dev-1811 pd_test-1422")
QP4 += [(k, "peoples_daily", (k.split("-")[0], int(k.split("-")[1]))) for k in _PD.split()]
# CLUENER: ranks 171-236 of sample_candidates.py quotes-cluener, less eight fragments that end at the cue
# (ranks 175, 195, 197, 199, 213, 219, 224, 232) and one posts sentence (rank 201: cluener-1469; rank 237,
# cluener-8430, is one too, past the last rank read)
_CL = ("8352 4926 8181 8805 2991 865 5545 1616 10053 6013 319 2737 9781 6980 7059 161 10729 6907 3339 2034 "
       "3158 2488 4607 10684 5344 10655 1511 4423 44 6417 531 9608 8275 442 6822 1850 7252 2974 6614 2148 "
       "6567 5471 2954 9993 9587 5407 757 3745 10177 5121 5246 5660 10372 3285 3392 1806 6482")
QP4 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
