"""Quote passages of the nineteenth set (final19), drawn after the eighteenth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the nineteenth set has no posts part."""
QP19 = [
    # MSRA: direct anchors d1329-d1414, in order (d1329's anchor line lies in the seventeenth set's d1146; nothing past
    # it had been listed; d1414 is the last anchor of the direct list, which is now used up), every anchor line read
    # and a window opened where it holds speech. Taken: d1338 d1346 d1347 d1352 d1356 d1361 d1367 d1374 d1376 d1383
    # d1390 d1394 d1400 d1401 d1408 d1410 d1411.
    # Skipped because the anchor line holds no speech (names, terms, titles, scare quotes, 说法, 之称, 美称, an attitude
    # such as 表示赞赏 or 表示欢迎 with nothing reported, the writer's voice): d1332 d1335 d1337 d1341 d1344 d1353 d1354
    # d1355 d1358 d1359 d1363 d1365 d1371 d1372 d1373 d1379 d1381 d1389 d1392 d1393 d1395 d1397 d1399 d1403 d1404
    # d1406 d1413; d1330, a saying (`有道是：`, as d1129); d1362, a couple's motto (`信条`); d1343, a line of a Qing
    # poem; d1364, a verse the doctor wrote (`四句歌谣`), lines of a poem; d1368, the writer's own poem; d1407, lines of
    # a long poem quoted in a review (as d1226); d1366, 花木兰's tale retold (characters of a classical tale, as d469);
    # d1388, an appeal put in the mouth of community sport (`呼唤…城市人：“请跟我来！”`), no speaker; d1336, a standing
    # quotation of 邓小平's whose speaker is named only before an earlier quote sentence (pd_test-4500), as d1034;
    # d1377, a standing quotation of 王乐泉's, named only in a posts sentence (msra-17193), as i244 (the same window);
    # d1349, the anchor line continues d25's scene right after its passage, so its window would start mid-dialogue
    # (as d808); because the anchor line lies in an earlier set's quote passage: d1329 (d1146) d1331 (d1033) d1333
    # (d313) d1334 (d433) d1339 (d425) d1342 (d576) d1345 (d58) d1348 (pd_dev-1949) d1350 (d25) d1351 (d402) d1357
    # (d256) d1369 (pd_dev-230) d1370 (i154) d1378 (pd_test-3693) d1384 (d612) d1385 (d134) d1386 (pd_test-1422) d1387
    # (pd_test-2155) d1391 (d349) d1396 (d499) d1398 (pd_test-1166) d1402 (pd_test-1833) d1405 (d657) d1409 (d405)
    # d1412 (d423) d1414 (pd_test-578); a headline glued to the anchor line: d1360 d1375 d1380 d1382; scrambled: d1340
    # (王玉梅's open quotation lies in a block of World Cup quotations from several articles, her closing words in a
    # posts sentence, pd_dev-394).
    # Trims: d1338 is the cousin's anecdote (msra-7139-7134), before the essay's general reflections; d1346 is the
    # two lines between a posts sentence (msra-18264) and the statement that d1264's back reference points to
    # (msra-18261); d1347 starts at 各海洋产业争占海域 (msra-18515) and stops before a glued headline (msra-18505);
    # d1352 starts after an earlier quote sentence (pd_dev-1507 = msra-8425) and stops after ten lines; d1356 stops
    # before an earlier quote sentence (pd_dev-692 = msra-26251); d1361 stops after fifteen lines; d1367 starts at
    # 杨永成's article (msra-25644) and stops after fifteen lines; d1374 is the Pyongyang dispatch (msra-10043-10039);
    # d1376 is the 钟祥 item (msra-17157-17148); d1383 starts at the anchor line, which opens the article, and stops
    # after nine lines; d1390 starts after a posts sentence (pd_test-3391 = msra-33130) and stops at the dispatch's end
    # (msra-33121); d1394 starts after a posts sentence (msra-30689) and stops before the list of guests
    # (msra-30681); d1400 is the 鲁美 article's first fourteen lines (msra-11399-11386); d1401 starts after d705's
    # passage (msra-37621) and stops at the article's end (msra-37618); d1408 starts at 刘中陆's paragraph
    # (msra-3678) and stops before a glued headline (msra-3666); d1410 starts after a photo caption (msra-17570);
    # d1411 starts after an earlier quote sentence (pd_test-90 = msra-960).
    ("d1338", "msra", ("msra", 7139, 7134)),
    ("d1346", "msra", ("msra", 18263, 18262)),
    ("d1347", "msra", ("msra", 18515, 18506)),
    ("d1352", "msra", ("msra", 8424, 8415)),
    ("d1356", "msra", ("msra", 26267, 26252)),
    ("d1361", "msra", ("msra", 1352, 1338)),
    ("d1367", "msra", ("msra", 25644, 25630)),
    ("d1374", "msra", ("msra", 10043, 10039)),
    ("d1376", "msra", ("msra", 17157, 17148)),
    ("d1383", "msra", ("msra", 2371, 2363)),
    ("d1390", "msra", ("msra", 33129, 33121)),
    ("d1394", "msra", ("msra", 30688, 30682)),
    ("d1400", "msra", ("msra", 11399, 11386)),
    ("d1401", "msra", ("msra", 37621, 37618)),
    ("d1408", "msra", ("msra", 3678, 3667)),
    ("d1410", "msra", ("msra", 17569, 17556)),
    ("d1411", "msra", ("msra", 959, 946)),
    # MSRA: indirect anchors i252-i307, in order, every anchor line read. Taken: i252 i254 i255 i258 i259 i263 i264
    # i265 i266 i267 i268 i270 i271 i272 i273 i276 i277 i279 i280 i281 i282 i283 i286 i287 i288 i289 i291 i294 i295
    # i296 i297 i298 i299 i300 i302 i304 i306 i307 (more than the usual number, because the direct list ran out at
    # d1414 with 37 quotes). Skipped: i253 i256 i257 i260 i261 i274 i275 i284 i285 i290 i303 i305, anchor lines in
    # earlier quote passages (i109, d166, i230, d1296, pd_test-1794, d157, d1102, i53, d352, i70, d401, d1284); i278, a
    # posts sentence of an earlier set (msra-26131); i262, a tale of 周处 and 王太守 retold in an essay (characters of
    # a classical tale, as d469); i269 and i292, no speech (`具体地说`, `沿用习惯名称`); i293, a headline glued to the
    # anchor line; i301, inside this set's i296.
    # Trims: i252 starts at the security paragraph (msra-20310) and stops before d953's passage (msra-20306); i254
    # starts after a posts sentence (msra-16315) and stops before a glued headline (msra-16306); i255 lies between two
    # posts sentences (pd_test-2489 = msra-23607, pd_test-2488 = msra-23602); i258 starts after a glued headline
    # (msra-15219) and stops before a posts sentence (msra-15209); i259 is the 董建华 dispatch (msra-31134-31126); i263
    # is the Duma item (msra-30881-30875); i264 starts at 李鹏指出 (msra-15358), after a block of an open quotation that
    # glues lines of another article into the Peru meeting (msra-15371-15359), and stops at the item's end; i265
    # starts after a posts sentence (pd_dev-1594 = msra-22616); i266 is the ASEAN item (msra-27215-27213); i267 is the
    # cold-gene item (msra-27458-27453); i268 starts after a posts sentence (msra-16192) and stops before the next
    # dispatch (msra-16178); i270 lies between two glued headlines (msra-11163, msra-11153); i271 starts at 在按生产要素
    # 分配的涵义问题上 (msra-11214) and stops after ten lines; i272 stops before an earlier quote sentence
    # (pd_test-234 = msra-2155); i273 is the 姜春云 item (msra-31858-31854); i276 is the Singapore item
    # (msra-9054-9047); i277 starts after d90's passage (msra-6459); i279 starts at 如果说彭真同志 (msra-26415), after
    # the lines of d1395; i280 is the astronomy item (msra-26665-26659), before d712's passage; i281 is the UN item
    # (msra-30071-30066); i282 starts after a posts sentence (msra-24472) and stops before the next item (msra-24465);
    # i283 stops after fourteen lines; i286 starts after a photo caption (msra-3837) and stops after ten lines; i287
    # starts after a glued headline (msra-21399) and stops before the next item (msra-21389); i288 lies between a posts
    # sentence (pd_test-2607 = msra-24774) and a glued headline (msra-24768); i289 is the dateline and the anchor line,
    # before an earlier quote sentence (pd_test-3787 = msra-36791); i291 is the ITTF item (msra-25468-25466); i294
    # starts after d121's passage (msra-12285-12282) and stops before a glued headline (msra-12272); i295 is the
    # British floods item (msra-27442-27439); i296 starts at 看到农业保险所取得的成果 (msra-27196) and stops after eleven
    # lines; i297 starts at the essay's western section (msra-19144); i298 is the Blair item (msra-23870-23867); i299
    # starts after a glued headline (msra-35099) and stops before the next item (msra-35084); i300 starts after a glued
    # headline (msra-37522); i302 starts after a photo caption (msra-22070); i304 lies between i206's passage
    # (msra-30694) and a posts sentence (msra-30689); i306 stops before an earlier quote sentence (pd_dev-1068 =
    # msra-4176); i307 is the AIDS prize item (msra-12179-12171). Indirect anchors past i307 are not in this set
    # (i308-i599 were listed, no window opened).
    ("i252", "msra", ("msra", 20310, 20307)),
    ("i254", "msra", ("msra", 16314, 16307)),
    ("i255", "msra", ("msra", 23606, 23603)),
    ("i258", "msra", ("msra", 15218, 15210)),
    ("i259", "msra", ("msra", 31134, 31126)),
    ("i263", "msra", ("msra", 30881, 30875)),
    ("i264", "msra", ("msra", 15358, 15349)),
    ("i265", "msra", ("msra", 22615, 22608)),
    ("i266", "msra", ("msra", 27215, 27213)),
    ("i267", "msra", ("msra", 27458, 27453)),
    ("i268", "msra", ("msra", 16191, 16179)),
    ("i270", "msra", ("msra", 11162, 11154)),
    ("i271", "msra", ("msra", 11214, 11205)),
    ("i272", "msra", ("msra", 2165, 2156)),
    ("i273", "msra", ("msra", 31858, 31854)),
    ("i276", "msra", ("msra", 9054, 9047)),
    ("i277", "msra", ("msra", 6458, 6451)),
    ("i279", "msra", ("msra", 26415, 26404)),
    ("i280", "msra", ("msra", 26665, 26659)),
    ("i281", "msra", ("msra", 30071, 30066)),
    ("i282", "msra", ("msra", 24471, 24466)),
    ("i283", "msra", ("msra", 35332, 35319)),
    ("i286", "msra", ("msra", 3836, 3827)),
    ("i287", "msra", ("msra", 21398, 21390)),
    ("i288", "msra", ("msra", 24773, 24769)),
    ("i289", "msra", ("msra", 36793, 36792)),
    ("i291", "msra", ("msra", 25468, 25466)),
    ("i294", "msra", ("msra", 12281, 12273)),
    ("i295", "msra", ("msra", 27442, 27439)),
    ("i296", "msra", ("msra", 27196, 27186)),
    ("i297", "msra", ("msra", 19144, 19137)),
    ("i298", "msra", ("msra", 23870, 23867)),
    ("i299", "msra", ("msra", 35098, 35085)),
    ("i300", "msra", ("msra", 37521, 37512)),
    ("i302", "msra", ("msra", 22069, 22056)),
    ("i304", "msra", ("msra", 30693, 30690)),
    ("i306", "msra", ("msra", 4188, 4177)),
    ("i307", "msra", ("msra", 12179, 12171)),
]
