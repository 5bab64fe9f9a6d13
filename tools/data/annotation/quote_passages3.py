"""Quote passages of the third set (final3), drawn after the second set was scored, held back
entirely: same sources, passages and sentences neither earlier set uses. Same ref format as
quote_passages.py."""
QP3 = [
    # MSRA: direct anchors d110-d138 and indirect anchors i26-i31, every anchor line read and a window
    # opened where it holds speech. Skipped: d110 (a standalone exhortation closing an article, speaker not
    # given), d111-d114, d117, d122, d123, d126, d132, d133, d135, i29 (no speech on the anchor line: terms,
    # names, scare quotes, a saying), d115 (scrambled: the quotation runs on past its closing mark), d116,
    # d119, d120 (the window repeats the first set's d30, pd_test-2290, d7), d130 (a standalone warning
    # whose speaker the window does not give, the article starting before it). d125 starts at the sentence
    # naming the speaker; d127 stops before msra-12150, a posts sentence; d121 is cut at 14 sentences.
    ("d118", "msra", ("msra", 22478, 22470)),
    ("d121", "msra", ("msra", 12295, 12282)),
    ("d124", "msra", ("msra", 30189, 30184)),
    ("d125", "msra", ("msra", 29443, 29425)),
    ("d127", "msra", ("msra", 12155, 12151)),
    ("d128", "msra", ("msra", 23930, 23927)),
    ("d129", "msra", ("msra", 42006, 41996)),
    ("d131", "msra", ("msra", 13148, 13135)),
    ("d134", "msra", ("msra", 29358, 29346)),
    ("d136", "msra", ("msra", 13626, 13618)),
    ("d137", "msra", ("msra", 3085, 3080)),
    ("d138", "msra", ("msra", 26857, 26846)),
    ("i26", "msra", ("msra", 14837, 14832)),
    ("i27", "msra", ("msra", 29159, 29153)),
    ("i28", "msra", ("msra", 21974, 21967)),
    ("i30", "msra", ("msra", 21113, 21108)),
    ("i31", "msra", ("msra", 30974, 30970)),
    # MSR: the first list's 27 articles were all used; the third set's list (sample_candidates.py
    # quotes-msr-more: articles with exactly 2 speech lines in their first 12 body sentences, seed
    # 1822), n0-n15 in order, less n5, n8, n10, n13 and n14, which hold posts sentences of the
    # earlier sets; a passage is the article body from its first sentence, up to 14 sentences
    ("n0", "msr", ("msr", 3706, 3714)),
    ("n1", "msr", ("msr", 614, 627)),
    ("n2", "msr", ("msr", 3937, 3950)),
    ("n3", "msr", ("msr", 953, 959)),
    ("n4", "msr", ("msr", 3788, 3801)),
    ("n6", "msr", ("msr", 2559, 2568)),
    ("n7", "msr", ("msr", 2747, 2760)),
    ("n9", "msr", ("msr", 3690, 3703)),
    ("n11", "msr", ("msr", 179, 192)),
    ("n12", "msr", ("msr", 3214, 3227)),
    ("n15", "msr", ("msr", 3766, 3779)),
]
# People's Daily: ranks 70-109 of sample_candidates.py quotes-pd, less pd_dev-2257 (rank 79, inside the
# first set's d62) and three sentences the posts sets already use (ranks 86, 99, 102: pd_test-972, which is
# msra-9258 with half-width digits, pd_test-3126 and pd_test-4109)
_PD = ("pd_test-3827 pd_test-3100 pd_dev-956 pd_dev-1384 pd_test-2616 pd_test-204 pd_dev-570 pd_dev-351 "
       "pd_test-284 pd_test-3137 pd_dev-2205 pd_test-563 pd_test-955 pd_test-382 pd_test-4445 pd_test-1015 "
       "pd_dev-734 pd_dev-603 pd_test-1824 pd_dev-1961 pd_test-909 pd_test-1783 pd_dev-792 pd_test-1507 "
       "pd_test-3149 pd_test-1142 pd_dev-1570 pd_test-1460 pd_test-1720 pd_test-3395 pd_dev-826 "
       "pd_test-1843 pd_dev-692 pd_test-1716 pd_dev-53 pd_test-3641")
QP3 += [(k, "peoples_daily", (k.split("-")[0], int(k.split("-")[1]))) for k in _PD.split()]
# CLUENER: ranks 110-170 of sample_candidates.py quotes-cluener, less the fragments that end at the cue
# (ranks 118, 124, 126, 128, 133, 136, 149, 150, 164) and the two sentences the posts sets already use
# (ranks 116 and 123: cluener-6025, -5584)
_CL = ("581 9399 8692 6305 6389 2552 1682 7345 7889 3886 10041 3903 2649 10026 3552 2415 6190 6861 5743 "
       "375 8721 10589 6033 1461 8813 6733 3039 5087 5539 8864 5236 8195 6058 8043 5723 1508 4292 2658 655 "
       "5008 5603 9645 5176 8431 7990 5069 1264 1715 10742 8128")
QP3 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
