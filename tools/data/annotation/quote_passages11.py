"""Quote passages of the eleventh set (final11), drawn after the tenth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the eleventh set has no posts part."""
QP11 = [
    # MSRA: direct anchors d320-d379, in order (the tenth set read d272-d319), every anchor line read and a window
    # opened where it holds speech. Taken: d322 d323 d324 d335 d336 d338 d340 d342 d346 d347 d348 d349 d350 d352
    # d358 d368 d370 d373 d377 d378. Skipped because the anchor line holds no speech (names, terms, titles, 称号, 之称,
    # scare quotes, a saying, a rhyme): d320 d321 d325 d326 d328 d329 d330 d331 d332 d333 d341 d343 d345 d351 d355
    # (a 顺口溜) d356 d359 d361 d362 d366 d371 d372 d374; because the anchor line is an earlier set's quote sentence:
    # d327 (pd_test-1855) d334 (d183) d339 (pd_test-4530) d344 (d8) d353 (pd_dev-1025) d354 (pd_test-2453) d363
    # (pd_dev-1589) d369 (pd_test-2277) d379 (pd_test-1716); a headline glued to the anchor line: d360 d364 d365
    # d367 (none of the four holds speech either); d337, a question whose speaker the window does not give (`“如果不
    # 允许一身兼二职的话，你将作何种选择？”`), in an article whose speaker's lines include msra-23617 (pd_dev-1454, an
    # earlier quote sentence), as the third set skipped d130; d357 and d375, whose speakers are named only in posts
    # sentences of earlier sets (msra-22367 `首席执行官约翰·钱伯斯（见图）这样说。`, msra-24313, the latter also right
    # after the first set's d50), as d268 and d280 were skipped; d376, lines of an opera (三娘教子) retold in an essay,
    # the characters' words (as the tenth set skipped d274's cartoon book), its order scrambled by a glued line
    # (msra-4431). Trims: d322 starts at the article's first line after a glued headline (msra-24045) and stops
    # after sixteen sentences; d323 starts at the paragraph naming 雷菊芳 (msra-12069) and stops at the sentence that
    # names her after the anchor; d324 starts at the paragraph on 彭真's historical materialism; d335 starts after
    # the account of the Cultural Revolution; d340 starts after msra-12699 (pd_test-1348, an earlier quote sentence)
    # and a scrambled line (msra-12697/-12698); d342 stops after the second legend; d346 starts at the story's first
    # line (the lines before are a football brief) and stops before msra-5238 (pd_test-563); d347 starts after
    # msra-29939 (pd_test-3100) and msra-29940 (a posts sentence); d348 starts at 佛朗科's first words; d350 starts
    # at the sentence naming 冯·皮勒 and stops at fourteen sentences; d358 starts after a glued lead (msra-36871);
    # d368 starts at the sentence naming its first speaker; d370 starts at the dateline, after msra-36970 (a posts
    # sentence), and stops before the next article; d373 stops before msra-16087 (a posts sentence); d377 starts
    # after msra-7063 (the second set's d109); d378 starts after the glued headline (msra-37781) and stops before
    # msra-37771 (pd_test-3876). No indirect anchors were read.
    ("d322", "msra", ("msra", 24044, 24029)),
    ("d323", "msra", ("msra", 12069, 12056)),
    ("d324", "msra", ("msra", 26369, 26360)),
    ("d335", "msra", ("msra", 28582, 28571)),
    ("d336", "msra", ("msra", 8289, 8275)),
    ("d338", "msra", ("msra", 13914, 13900)),
    ("d340", "msra", ("msra", 12696, 12684)),
    ("d342", "msra", ("msra", 29725, 29712)),
    ("d346", "msra", ("msra", 5251, 5239)),
    ("d347", "msra", ("msra", 29938, 29929)),
    ("d348", "msra", ("msra", 22957, 22944)),
    ("d349", "msra", ("msra", 43717, 43707)),
    ("d350", "msra", ("msra", 25938, 25925)),
    ("d352", "msra", ("msra", 40170, 40164)),
    ("d358", "msra", ("msra", 36870, 36860)),
    ("d368", "msra", ("msra", 26688, 26677)),
    ("d370", "msra", ("msra", 36969, 36963)),
    ("d373", "msra", ("msra", 16092, 16088)),
    ("d377", "msra", ("msra", 7062, 7054)),
    ("d378", "msra", ("msra", 37780, 37772)),
    # MSRA continued: quotes-cluener ends at rank 974 (above), which left the set near 100 quotes, so the direct anchors
    # were read further, d380-d418, in order, as the seventh set read MSRA further when People's Daily's list ran out.
    # Taken: d382 d383 d384 d385 d386 d388 d389 d393 d400 d401 d402 d404 d405 d406 d407 d415 d418. Skipped because the
    # anchor line holds no speech (a plan's name, a couplet praising 蒋新松 with no speaker, words chalked on a house
    # like a banner, a saying, names, 称号, a classical line, the writer's `我们常说这样一句话`): d380 d390 d399 d409 d410
    # d412 d413 d414; because the anchor line is an earlier set's quote sentence: d381 (i38) d391 (d155) d392
    # (pd_test-3778) d394 (pd_test-2919) d396 (pd_test-136) d397 (pd_test-961) d398 (pd_test-209) d403 (d238) d411
    # (pd_dev-2102) d416 (pd_test-1978); d395, a headline glued to the anchor line; d408, whose line before the anchor
    # lost a closing mark and runs into the next sentence (msra-40480, scrambled); d387 (a field scene of many standing
    # exclamations whose speakers the window mostly does not give) and d417 (a review quoting lines of several poets)
    # were left for time. Trims: d382 is the brief whole (msra-21494 to the glued headline msra-21489); d383 starts
    # at the sentence naming its first source and stops at a glued headline (msra-44709); d384 starts after msra-24452
    # (a posts sentence) and stops before the Israeli news (msra-24445); d385 starts at the article's first line and
    # stops before the next (msra-6058); d386 starts after a glued headline (msra-27018); d388 is thirteen sentences
    # of a commentary; d389 starts at its article's first line; d393 stops after thirteen sentences; d400 starts at
    # the paragraph on the town and stops before msra-24859 (pd_test-2615, a posts sentence); d401 starts at the
    # article's first line and stops before the next article (msra-32989); d402 is thirteen sentences of an essay;
    # d404 starts after a glued line (msra-667) and stops at the end of the repairs; d405 starts at the paragraph on 原民喜;
    # d406 stops before the next article (msra-18584); d407 stops before a glued headline (msra-27018); d415 starts
    # after msra-33088 (pd_test-3384) and stops at the article's next paragraph; d418 stops before a glued headline
    # (msra-16831). Direct anchors past d418 were not opened.
    ("d382", "msra", ("msra", 21494, 21490)),
    ("d383", "msra", ("msra", 44719, 44710)),
    ("d384", "msra", ("msra", 24451, 24446)),
    ("d385", "msra", ("msra", 6066, 6059)),
    ("d386", "msra", ("msra", 27017, 27007)),
    ("d388", "msra", ("msra", 42941, 42929)),
    ("d389", "msra", ("msra", 5832, 5829)),
    ("d393", "msra", ("msra", 12506, 12494)),
    ("d400", "msra", ("msra", 24869, 24860)),
    ("d401", "msra", ("msra", 32995, 32990)),
    ("d402", "msra", ("msra", 33315, 33303)),
    ("d404", "msra", ("msra", 666, 660)),
    ("d405", "msra", ("msra", 24944, 24934)),
    ("d406", "msra", ("msra", 18596, 18585)),
    ("d407", "msra", ("msra", 27030, 27019)),
    ("d415", "msra", ("msra", 33087, 33081)),
    ("d418", "msra", ("msra", 16839, 16832)),
]
# CLUENER: ranks 930-974 of sample_candidates.py quotes-cluener (the tenth set stopped after rank 929), the end of the
# list (975 items), less six fragments that end at the cue and report nothing (ranks 930, 937, 946, 947, 948, 955;
# 947 after a 据…报道, 955 after 如…所说) and four posts sentences of earlier sets (ranks 932, 962, 966, 970:
# cluener-6140, -331, -1564, -10480). No sentence of the list's end lies inside an earlier quote passage.
_CL = ("1895 3904 1447 3248 3593 4479 10099 4725 10657 3452 1304 2719 1329 5883 259 1365 587 8584 8449 2551 3073 964 "
       "8498 9064 2368 5621 3152 2745 7613 8749 9671 4271 3625 9079 7246")
QP11 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
