"""Quote passages of the second set (dev2, final2), drawn after the first set was scored: same
sources, passages and sentences the first set does not use. Same ref format as quote_passages.py."""
QP2 = [
    # MSR: the ten remaining candidate articles, m17-m26 in the seeded order (sample_candidates.py
    # quotes-msr 17 27), less m18, m19, m22 and m24, whose sentences the posts set already uses
    ("m17", "msr", ("msr", 812, 825)),
    ("m20", "msr", ("msr", 3132, 3145)),
    ("m21", "msr", ("msr", 915, 928)),
    ("m23", "msr", ("msr", 3815, 3828)),
    ("m25", "msr", ("msr", 1452, 1465)),
    ("m26", "msr", ("msr", 2424, 2437)),
    # MSRA: direct anchors from d64 on (d70 from its second sentence, the first being a posts sentence), indirect anchors from i7 on (see QUOTES_POSTS.md)
    ("d70", "msra", ("msra", 32856, 32846)),
    ("d80", "msra", ("msra", 10132, 10122)),
    ("d89", "msra", ("msra", 40350, 40340)),
    ("d90", "msra", ("msra", 6467, 6459)),
    ("d93", "msra", ("msra", 30619, 30610)),
    ("d94", "msra", ("msra", 2885, 2868)),
    ("d95", "msra", ("msra", 13388, 13373)),
    ("d101", "msra", ("msra", 24753, 24742)),
    ("d102", "msra", ("msra", 14144, 14129)),
    ("d108", "msra", ("msra", 16175, 16164)),
    ("d109", "msra", ("msra", 7079, 7063)),
    ("i7", "msra", ("msra", 9999, 9997)),
    ("i14", "msra", ("msra", 31203, 31201)),
    ("i23", "msra", ("msra", 37674, 37667)),
]
# People's Daily: ranks 30-69 of sample_candidates.py quotes-pd, less six sentences the posts set
# already uses (pd_test-892, -2665, -3086, -1022, -2323, pd_dev-1593)
_PD = ("pd_test-9 pd_test-3384 pd_test-2319 pd_test-2611 pd_test-1070 pd_test-1610 pd_dev-252 "
       "pd_dev-1141 pd_dev-825 pd_dev-2112 pd_dev-283 pd_dev-416 pd_test-1976 pd_test-3134 "
       "pd_test-872 pd_dev-1687 pd_test-3780 pd_test-3397 pd_test-2453 "
       "pd_test-2380 pd_test-997 pd_test-4013 pd_test-3175 pd_test-1017 pd_dev-1938 pd_dev-1454 pd_test-4630 "
       "pd_dev-1514 pd_test-2500 pd_dev-1732 pd_dev-1784 pd_test-642 pd_test-2446 pd_test-2277")
QP2 += [(k, "peoples_daily", (k.split("-")[0], int(k.split("-")[1]))) for k in _PD.split()]
# CLUENER: ranks 46-109 of sample_candidates.py quotes-cluener, less the fragments that end at
# the cue (ranks 47, 59, 61, 71, 95, 101, 103, 104, 107) and the two sentences the posts set already
# uses (ranks 63 and 77: cluener-5993, -6334)
_CL = ("4769 312 6279 9493 1919 2500 2434 5457 3136 2938 1083 7686 8019 10599 8908 7330 5940 3256 "
       "8823 2390 4381 8776 65 10088 9025 4830 6278 6784 2684 1966 6462 8732 1722 5326 7993 8077 7699 "
       "1939 7600 5628 10055 2346 2798 9363 8221 9289 2379 10658 7892 2172 6364 2795 5591")
QP2 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
