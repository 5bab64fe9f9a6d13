"""Quote passages of the sixth set (final6), drawn after the fifth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py."""
QP6 = [
    # MSRA: direct anchors d191-d201 and indirect anchors i41-i44, every anchor line read and a window
    # opened where it holds speech. Skipped: d198 (no speech on the anchor line: a collection name in
    # quotation marks); d199 (scrambled: the anchor's World Cup story is cut by a tennis brief, and its
    # 踢去 fragment lands after it); d201 (its anchor line is an earlier set's quote sentence,
    # pd_dev-2205); i42 (the anchor line is hearsay, 听人说, like 据悉); i43 (its anchor line, msra-23211,
    # is a posts sentence of an earlier set). d174 and d189, left for time by the fifth set, were left
    # again, for the same reason. d191 starts at the sentence naming its first speaker; d192 starts after
    # a glued headline (办车辆转籍手续咋这么难（信访窗口）) at the letter's first sentence and stops before
    # msra-39128 (an earlier set's quote sentence, pd_test-4013); d193 stops before msra-1353, a headline
    # glued to the essay's last sentence; d195 starts after msra-9236 (a posts sentence of an earlier
    # set). Anchors past d201 and i44 were not opened.
    ("d191", "msra", ("msra", 3907, 3894)),
    ("d192", "msra", ("msra", 39135, 39129)),
    ("d193", "msra", ("msra", 1359, 1354)),
    ("d194", "msra", ("msra", 33203, 33189)),
    ("d195", "msra", ("msra", 9235, 9231)),
    ("d196", "msra", ("msra", 40691, 40681)),
    ("d197", "msra", ("msra", 2186, 2176)),
    ("d200", "msra", ("msra", 23157, 23144)),
    ("i41", "msra", ("msra", 5057, 5047)),
    ("i44", "msra", ("msra", 15097, 15082)),
]
# MSR: the third list (quotes-msr-third, o0-o38) was not continued: the fifth set read o0-o7 and found 2
# quotes in 6 passages (its articles have exactly 1 speech line among their first 12 body sentences), so
# People's Daily was read further instead, as the brief allows.
# People's Daily: ranks 210-311 of sample_candidates.py quotes-pd, less eleven sentences inside quote passages
# (ranks 211 and 234: pd_dev-354, pd_dev-1546 in the first set's d8; 227: pd_dev-924 in the fourth set's d155;
# 239: pd_dev-1225 in the first set's d23; 248: pd_test-2656 in d7; 261: pd_test-1068 in the second set's
# d80; 290: pd_test-4316 in the third set's d129; 291: pd_test-237 in this set's d197; 295: pd_dev-1799 in
# the fifth set's i38; 298: pd_dev-918 in the fourth set's d152; 303: pd_test-2228 in the third set's i30)
# and fourteen posts sentences of earlier sets (ranks 210, 219 = msra-38393, 223, 235, 242, 247, 250, 253,
# 255, 279, 281, 293 = msra-24472, 307, 309)
_PD = ("pd_test-908 pd_test-178 pd_test-2800 pd_dev-922 pd_dev-895 pd_test-1076 pd_test-1574 pd_dev-237 "
       "pd_test-938 pd_test-2179 pd_test-130 pd_dev-2025 pd_test-2744 pd_dev-1675 pd_test-2491 pd_dev-905 "
       "pd_test-578 pd_test-2875 pd_dev-1589 pd_dev-1256 pd_dev-762 pd_test-2373 pd_test-1978 pd_test-3606 "
       "pd_dev-1949 pd_test-1970 pd_test-3778 pd_test-2261 pd_test-1899 pd_test-663 pd_dev-239 pd_test-136 "
       "pd_dev-145 pd_test-2902 pd_dev-1292 pd_dev-2102 pd_dev-2058 pd_test-4079 pd_test-550 pd_test-2847 "
       "pd_test-3882 pd_test-2867 pd_dev-2259 pd_test-964 pd_test-3533 "
       "pd_test-3033 pd_test-209 pd_dev-630 pd_test-1000 pd_test-4227 pd_dev-2101 pd_test-752 pd_test-4190 "
       "pd_test-285 pd_test-2271 pd_test-1211 pd_dev-1025 pd_test-2457 pd_dev-902 pd_test-1990 pd_test-3219 "
       "pd_test-1924 pd_test-2819 pd_dev-712 pd_test-595 pd_dev-276 pd_test-3129 pd_dev-1459 pd_test-2258 "
       "pd_test-1820 pd_test-122 pd_dev-1785 pd_test-593 pd_dev-985 pd_dev-1829 pd_test-3046 pd_test-1833")
QP6 += [(k, "peoples_daily", (k.split("-")[0], int(k.split("-")[1]))) for k in _PD.split()]
# CLUENER: ranks 297-383 of sample_candidates.py quotes-cluener, less fifteen fragments that end at the cue
# (ranks 298, 308, 311, 317, 318, 322, 327, 331, 333, 339, 341, 350, 359, 361, 378) and five posts sentences of
# earlier sets (ranks 303, 312, 330, 379, 382: cluener-4695, -10352, -3862, -1105, -4088)
_CL = ("5764 6113 9061 1055 2098 2967 774 6331 1859 4885 6513 8104 7402 9163 2523 7753 1957 3594 3464 4327 8435 "
       "2762 959 1464 2193 6561 8593 9010 5283 2245 7917 8676 103 1232 5772 2119 7810 8681 9364 6166 57 10243 "
       "2741 7145 5955 8236 8206 4812 7381 6973 180 3674 4463 8654 8652 3956 5634 8791 1357 3389 1423 10108 2362 9472 "
       "2682 8389 1518")
QP6 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
