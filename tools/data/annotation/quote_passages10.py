"""Quote passages of the tenth set (final10), drawn after the ninth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the tenth set has no posts part."""
QP10 = [
    # MSRA: direct anchors d272-d319, in order (the eighth set read up to d271; the ninth read indirect anchors only),
    # every anchor line read and a window opened where it holds speech. Taken: d272 d275 d276 d284 d289 d295 d297
    # d301 d303 d305 d306 d309 d310 d313 d315 d316 d318 d319. Skipped because the anchor line holds no speech (names,
    # terms, titles, slogans, a verse, a saying, a holiday, a symposium's name, scare quotes): d278 d283 d287 d288
    # d291 d294 d296 d298 d300 d302 d304 d308 d312 d314 d317; d274 (a passage of a cartoon book quoted in a review,
    # nobody's words); d292 (a slogan printed on a brochure, like a banner; the window also holds two posts sentences,
    # msra-20669 and -20668); d299 (a cry, “啊！”, of the viewers under a screen); because the anchor line is an earlier
    # set's quote sentence: d279 (pd_test-52) d281 (d93) d282 (pd_dev-2058) d286 (d8) d290 (i1); d273 and d285, a
    # headline glued to the anchor line (msra-2211, -19900); d293, a headline and a photo caption glued together;
    # d277, whose window continues the first set's d25 (its article; the speech of msra-9063 began inside d25); d280,
    # whose speaker is introduced only in msra-24793, a posts sentence of an earlier set (pd_test-2609), as the eighth
    # set skipped d268; d307, lines of a novel quoted from memory and run into the essay around them (scrambled);
    # d311, whose anchor is followed by three earlier quote sentences (pd_test-1978, -1977, -1976) and preceded by a
    # speech that lost its opening mark and speaker to a glued line (msra-18682). Trims: d272 starts at 孙云晓's
    # label (the lines before are another contributor's story) and stops after eight sentences of his; d275 starts at
    # the sentence naming 福格茨 (the line before ends another brief) and stops before a letter (msra-20277); d276 is
    # the forum whole (msra-38828 to -38816); d284 starts at the reporter's visit to the stand; d289 starts at the
    # essay's first line after the ninth set's i58 and stops before a glued headline (msra-42614); d295 stops before
    # msra-26558 (a posts sentence); d297 starts after a glued headline (msra-19761); d301 starts at the sentence
    # that introduces the soldier; d305 starts at the sentence naming 张谦; d309 stops before msra-2137 (pd_test-227,
    # an earlier quote sentence); d310 starts at the essay's second point (the argument before it names no
    # speaker); d315 is six sentences of a memoir, from the one naming 新凤霞; d318 starts after msra-15978 (the first
    # set's d33: the same article), d319 after the glued headline that d273 was skipped for. Direct anchors past
    # d319 were not opened; no indirect anchors were read (i64, i72, i73, i74, left by the ninth set, were not needed).
    ("d272", "msra", ("msra", 21657, 21650)),
    ("d275", "msra", ("msra", 20281, 20278)),
    ("d276", "msra", ("msra", 38828, 38816)),
    ("d284", "msra", ("msra", 29104, 29100)),
    ("d289", "msra", ("msra", 42624, 42615)),
    ("d295", "msra", ("msra", 26563, 26559)),
    ("d297", "msra", ("msra", 19760, 19756)),
    ("d301", "msra", ("msra", 3587, 3581)),
    ("d303", "msra", ("msra", 28774, 28763)),
    ("d305", "msra", ("msra", 3069, 3060)),
    ("d306", "msra", ("msra", 25530, 25526)),
    ("d309", "msra", ("msra", 2145, 2138)),
    ("d310", "msra", ("msra", 16962, 16955)),
    ("d313", "msra", ("msra", 28487, 28475)),
    ("d315", "msra", ("msra", 41491, 41484)),
    ("d316", "msra", ("msra", 16504, 16493)),
    ("d318", "msra", ("msra", 15977, 15968)),
    ("d319", "msra", ("msra", 2210, 2200)),
]
# CLUENER: ranks 800-929 of sample_candidates.py quotes-cluener (the ninth set stopped after rank 799), less seventeen
# fragments that end at the cue and report nothing (ranks 802, 804, 806, 816, 833, 838, 842, 844, 853, 854, 856, 860,
# 901, 906, 909, 913, 918; 842 and 909 after a 据…报道 or a byline), fifteen posts sentences of earlier sets (ranks
# 822, 825, 834, 835, 840, 845, 861, 863, 868, 885, 889, 893, 896, 910, 922: cluener-373, -8806, -1965, -4664, -2220,
# -4794, -7949, -5116, -8985, -7002, -8770, -2788, -4923, -4180, -6835) and one sentence whose text lies inside an
# earlier set's quote sentence (rank 882, cluener-7717, inside the ninth set's cluener-449). Reading stopped after
# rank 929
_CL = ("5207 10091 2201 5007 5608 5535 7404 5818 5730 5276 4244 901 8675 208 5640 4120 9065 2732 7688 5004 5343 9698 "
       "7509 429 10179 2964 9857 5185 7454 4930 6825 4888 4131 6891 9940 5322 9251 10726 9042 5927 3900 954 3460 "
       "1940 740 9140 10731 10162 6049 1194 1825 2258 1991 7920 7571 8714 3675 6872 9223 7939 4671 2110 31 10437 1490 "
       "3060 3003 3245 6466 4621 2763 4175 10204 5944 4692 1623 8165 10460 3326 2759 10195 5547 7222 3969 7283 3605 "
       "6213 999 123 7057 7204 9396 6774 4763 10332 1900 2502")
QP10 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
