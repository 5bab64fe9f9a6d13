"""Quote passages of the fifth set (final5), drawn after the fourth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py."""
QP5 = [
    # MSRA: direct anchors d168-d190 and indirect anchors i36-i40, every anchor line read and a window
    # opened where it holds speech. Skipped: d169, d173, d176, d181, d182, d184, d187 (no speech on the
    # anchor line: a saying, names, terms, 采访了, a description); d171 (a cry set as a headline, with
    # another article's speech glued to the line before it); d186 (a headline glued to the anchor line);
    # d168, d177 and d179 (scrambled: a defence that comes before the question it answers, in one line;
    # an article whose dateline lands in its middle, the answer to the reporter's question missing; a
    # speech whose closing mark lands mid-way, its rest unquoted); d174 (a long first-person story whose
    # ticket touts are known only by nicknames across an article that starts outside the window) and
    # d189 (a document quoted in an essay): left for time; d180 (its window is the third set's d131);
    # i40 (the anchor line is the writer's own 我始终认为, and the window holds the fourth set's
    # pd_dev-1811). i36 and i38 start at the sentence naming the speaker; i36 stops before msra-8878 and
    # i37 before msra-6035 (quote sentences of the first and second sets, pd_test-924 and pd_test-642),
    # i38 before msra-21956 (a posts sentence).
    ("d170", "msra", ("msra", 9574, 9562)),
    ("d172", "msra", ("msra", 6780, 6776)),
    ("d175", "msra", ("msra", 27744, 27741)),
    ("d178", "msra", ("msra", 34861, 34848)),
    ("d183", "msra", ("msra", 17957, 17944)),
    ("d185", "msra", ("msra", 44339, 44326)),
    ("d188", "msra", ("msra", 34800, 34787)),
    ("d190", "msra", ("msra", 1544, 1532)),
    ("i36", "msra", ("msra", 8887, 8879)),
    ("i37", "msra", ("msra", 6039, 6036)),
    ("i38", "msra", ("msra", 21965, 21957)),
    ("i39", "msra", ("msra", 33250, 33237)),
    # MSR: the second list (quotes-msr-more) was used up by the third and fourth sets, so a third list was drawn
    # the same way: the articles with exactly 1 speech line among their first 12 body sentences (39 articles),
    # shuffled with random.Random(1823) (sample_candidates.py quotes-msr-third, ids o0, o1, ...). Read o0-o7
    # in order; skipped o1 and o5, which hold posts sentences (msr-3102; msr-360, -361, -362 and this set's
    # msr-355). A passage is the article body from its first sentence, up to 14 sentences; o4 stops before
    # msr-3372 (a posts sentence, the next article's headline); o3 starts after its
    # label line 编者点评：, which the first set's n6 also has. o0, o2, o3 and o6 have no quote (a saying,
    # slogans, a poem, an editor's note).
    ("o0", "msr", ("msr", 3434, 3443)),
    ("o2", "msr", ("msr", 1929, 1942)),
    ("o3", "msr", ("msr", 2018, 2031)),
    ("o4", "msr", ("msr", 3362, 3371)),
    ("o6", "msr", ("msr", 2215, 2228)),
    ("o7", "msr", ("msr", 2670, 2683)),
]
# People's Daily: ranks 151-209 of sample_candidates.py quotes-pd, less four sentences inside quote passages
# (ranks 161, 187, 191: pd_dev-1749, pd_dev-54, pd_test-1412, inside the first set's d58, d7, d14; rank 201:
# pd_test-2310, inside this set's i38) and fourteen posts sentences of earlier sets (ranks 155, 162, 165, 169,
# 170, 171, 173, 178, 181, 182, 184, 188, 189, 197)
_PD = ("pd_test-3386 pd_dev-230 pd_test-3693 pd_dev-297 pd_test-3623 pd_test-3772 pd_dev-328 pd_dev-2190 "
       "pd_test-2098 pd_test-3009 pd_test-90 pd_test-556 pd_test-1228 pd_test-1127 pd_test-1219 "
       "pd_test-4464 pd_test-234 pd_test-3734 pd_test-121 pd_test-3867 pd_dev-1488 pd_test-4387 "
       "pd_test-4496 pd_test-3787 pd_test-2417 pd_test-2919 pd_test-4491 pd_dev-889 pd_test-2742 "
       "pd_test-1810 pd_dev-2314 pd_test-816 pd_test-1155 pd_dev-1748 pd_test-3692 pd_dev-1051 pd_test-2100 "
       "pd_dev-1742 pd_dev-687 pd_test-239 pd_dev-1131")
QP5 += [(k, "peoples_daily", (k.split("-")[0], int(k.split("-")[1]))) for k in _PD.split()]
# CLUENER: ranks 238-296 of sample_candidates.py quotes-cluener, less eleven fragments that end at the cue
# (ranks 239, 247, 258, 263, 265, 267, 271, 275, 287, 292, 293) and two posts sentences of earlier sets
# (ranks 244, 259: cluener-4562, -3727; rank 237, cluener-8430, is one too, as the fourth set noted)
_CL = ("5973 9709 8656 6697 3233 3799 8135 4076 7626 946 2439 6824 7948 6232 3461 1225 8287 3906 3366 1154 "
       "8663 4162 5023 10014 6841 10484 4489 5792 7272 2468 2680 7792 8243 2647 4566 4089 3444 9605 9598 "
       "2884 4333 2414 4397 10154 8840 210")
QP5 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
