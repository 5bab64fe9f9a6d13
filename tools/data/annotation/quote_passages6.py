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
