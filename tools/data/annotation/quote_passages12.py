"""Quote passages of the twelfth set (final12), drawn after the eleventh set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the twelfth set has no posts part."""
QP12 = [
    # MSRA: direct anchors d419-d520, in order (the eleventh set read d320-d418 and left d387 and d417 for time; they
    # are still left), every anchor line read and a window opened where it holds speech. Taken: d421 d423 d425 d426
    # d430 d432 d433 d441 d447 d449 d452 d455 d457 d458 d459 d460 d463 d470 d471 d473 d483 d489 d490 d493 d495 d499
    # d501 d502 d505 d507 d509 d512 d515 d516 d520. Skipped because the anchor line holds no speech (names, terms,
    # titles, 称号, 之称, 说法, scare quotes, slogans, a holiday, a rhyme, a saying that 流传, a classical poem recalled,
    # 说明 + a noun): d419 d422 d424 d427 d428 d431 d434 d436 d439 d442 d446 d448 d462 d465 d467 d468 d472 d474 d478
    # d479 d480 d481 d485 d492 d494 d498 d500 d508 d510 d513 d514 d518 d519; because the anchor line is an earlier
    # set's quote sentence: d420 (pd_dev-692) d443 (d163) d444 (d295) d445 (pd_dev-2314) d451 (d102) d453
    # (pd_test-2102) d456 (pd_test-3100) d466 (pd_test-2895) d482 (d319) d487 (pd_dev-1605) d504 (pd_test-3641) d511
    # (pd_test-556), or lies inside an earlier quote passage: d464 (d185); because it is a posts sentence of an earlier
    # set: d461 (msra-22935) d476 (msra-2617) d503 (msra-25142); a headline glued to the anchor line: d429 d437 d454
    # d486; d506, inside this set's d452 (msra-4334). Also skipped: d435 (a term in quotation marks, `“新建议”`, and a
    # 披露 with no content); d438 and d496, scrambled (d438: a block of glued quotations from several articles around
    # the anchor, with a posts sentence, pd_dev-394; d496: the anchor's question is cut from its answer and the memoir
    # jumps to 1953); d440, a regulation quoted (`《审判管理规范》…表明：“…”`), like the tenth set's d272; d450, whose
    # speaker (彭真) is named only before a posts sentence of an earlier set (msra-41813 = pd_test-4296), as d268, d280,
    # d357 and d375 were skipped; d469, a classical story (张松 and 曹操) retold in an essay, the characters' words, as
    # d376, with a glued headline; d475, a satirical list whose `“形势大好。”` is a survey's result, nobody's words;
    # d477, an ode to Hong Kong addressed as 你 whose `笑答` puts a line of 屈原 in its mouth (the writer's device);
    # d484, `“开发区能行”，这是球迷的信任` (a feeling of a crowd, no words said); d488, a standing dictum with no speaker
    # in the window; d491, a field scene of standing exclamations whose speakers the window mostly does not give,
    # after a posts sentence (msra-35816), as d387; d497, the lead quotation of 蒋莎's paragraph, whose speaker is named
    # only in the eleventh set's d338 (msra-13914), after pd_test-1488; d517, a girl's wish (a thought). Trims: d421
    # starts after pd_dev-826 (msra-29451) and the line that refers to it, and stops before d125 (msra-29443); d423
    # starts at the article's first line and stops before a glued headline; d425 starts after pd_test-3623 and
    # pd_dev-1605 (msra-35226, -35225) and stops at the article's end; d426 is twelve sentences of an essay; d430 starts
    # after a glued photo caption (msra-2582) and pd_test-284; d432 stops before a glued line (msra-20987); d433 starts
    # after a posts sentence (msra-16826) and stops after ten sentences, before the long account of the rescue; d441
    # starts after pd_test-2271 (msra-21544); d447 is fifteen sentences of a round-up; d449 starts at a paragraph
    # (the article opens at a glued line, msra-20987); d452 starts at the account of the factory's break-up; d455
    # stops before a glued photo caption; d457 starts after a glued line (msra-13244); d458 starts at the article's
    # first line and stops after sixteen sentences, before pd_test-2491; d459 starts at the article's first line;
    # d463 starts at the article's first line and stops before pd_test-52 (msra-550); d470 starts at the dateline
    # and stops before a glued headline; d471 is the ocean article after a Pakistani statement; d473 starts after
    # the Bolivian visit and stops before a posts sentence (msra-31837); d489 stops before a glued headline; d495
    # starts after a glued headline (msra-42992); d502 stops before a posts sentence (msra-29190); d509 stops before
    # glued photo captions; d512 starts after pd_test-1824 (msra-17186); d515 starts after a glued photo caption;
    # d516 starts after pd_test-2320 (msra-22088), so that its lead quotation is 沃伦's; the others start at their
    # article's or paragraph's first line and stop at the next article. Direct anchors past d520 were not opened.
    ("d421", "msra", ("msra", 29449, 29444)),
    ("d423", "msra", ("msra", 17262, 17258)),
    ("d425", "msra", ("msra", 35224, 35217)),
    ("d426", "msra", ("msra", 22798, 22789)),
    ("d430", "msra", ("msra", 2581, 2575)),
    ("d432", "msra", ("msra", 20994, 20988)),
    ("d433", "msra", ("msra", 16825, 16816)),
    ("d441", "msra", ("msra", 21543, 21539)),
    ("d447", "msra", ("msra", 19865, 19851)),
    ("d449", "msra", ("msra", 20972, 20961)),
    ("d452", "msra", ("msra", 4337, 4323)),
    ("d455", "msra", ("msra", 3039, 3030)),
    ("d457", "msra", ("msra", 13243, 13235)),
    ("d458", "msra", ("msra", 23652, 23637)),
    ("d459", "msra", ("msra", 27134, 27125)),
    ("d460", "msra", ("msra", 4879, 4872)),
    ("d463", "msra", ("msra", 564, 551)),
    ("d470", "msra", ("msra", 10978, 10966)),
    ("d471", "msra", ("msra", 32464, 32455)),
    ("d473", "msra", ("msra", 31844, 31838)),
    ("d483", "msra", ("msra", 340, 332)),
    ("d489", "msra", ("msra", 25846, 25843)),
    ("d490", "msra", ("msra", 35712, 35705)),
    ("d493", "msra", ("msra", 40490, 40483)),
    ("d495", "msra", ("msra", 42991, 42984)),
    ("d499", "msra", ("msra", 19630, 19621)),
    ("d501", "msra", ("msra", 3541, 3528)),
    ("d502", "msra", ("msra", 29201, 29191)),
    ("d505", "msra", ("msra", 25589, 25577)),
    ("d507", "msra", ("msra", 15802, 15791)),
    ("d509", "msra", ("msra", 13372, 13364)),
    ("d512", "msra", ("msra", 17185, 17178)),
    ("d515", "msra", ("msra", 41163, 41154)),
    ("d516", "msra", ("msra", 22087, 22075)),
    ("d520", "msra", ("msra", 19562, 19550)),
    # MSRA: indirect anchors, first the four the ninth set left unread (i64, i72, i73, i74), then i77-i93 in order (the
    # ninth set read i52-i76), every anchor line read and a window opened where it holds speech. Taken: i64 i72 i73 i74
    # i79 i80 i82 i83 i86 i87 i89 i90 i91 i92 i93. Skipped: i77, the writer's voice (`准确地说`); i78 and i84, posts
    # sentences of earlier sets (pd_test-2323, msra-27375); i81, a headline glued to the anchor line; i85, inside the
    # eleventh set's d324; i88, an earlier quote sentence (pd_dev-2255). Trims: i64 stops before a posts sentence
    # (msra-2442); i72 stops before a posts sentence (msra-25988); i73 starts after glued lines and stops before a
    # glued headline; i74 starts after the first set's d6 and stops before a posts sentence (msra-22832); i79 starts
    # after a posts sentence (msra-37308) and the line that continues it, and stops before another (msra-37294); i80
    # starts after a glued headline; i86 starts at the dateline and stops at the next brief; i87 starts after a glued
    # headline; i89 stops before a posts sentence (msra-8115); i90 starts after a posts sentence (msra-33163) and the
    # line that refers to it (作上述表示); i91 lies between two posts sentences (msra-29979, -29968); i92 starts after
    # the second set's i14 and stops before a posts sentence (msra-31196); i93 stops at the next brief. Indirect
    # anchors past i93 were not opened.
    ("i64", "msra", ("msra", 2457, 2443)),
    ("i72", "msra", ("msra", 25999, 25989)),
    ("i73", "msra", ("msra", 17102, 17093)),
    ("i74", "msra", ("msra", 22837, 22833)),
    ("i79", "msra", ("msra", 37306, 37295)),
    ("i80", "msra", ("msra", 11150, 11139)),
    ("i82", "msra", ("msra", 15569, 15556)),
    ("i83", "msra", ("msra", 22170, 22158)),
    ("i86", "msra", ("msra", 22252, 22243)),
    ("i87", "msra", ("msra", 8595, 8588)),
    ("i89", "msra", ("msra", 8120, 8116)),
    ("i90", "msra", ("msra", 33161, 33150)),
    ("i91", "msra", ("msra", 29978, 29969)),
    ("i92", "msra", ("msra", 31200, 31197)),
    ("i93", "msra", ("msra", 9221, 9209)),
]
