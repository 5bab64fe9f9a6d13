"""Quote passages of the eighteenth set (final18), drawn after the seventeenth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the eighteenth set has no posts part."""
QP18 = [
    # MSRA: direct anchors d1188-d1328, in order (the seventeenth set listed d1188-d1239, read the anchor lines of
    # d1188-d1222 and the windows of d1191 d1192 d1197 d1199 d1204 d1214 d1220 d1222 without using them and kept no
    # drafts; all were read again here), every anchor line read and a window opened where it holds speech. Taken:
    # d1191 d1192 d1196 d1197 d1199 d1204 d1220 d1222 d1225 d1227 d1235 d1237 d1238 d1243 d1245 d1248 d1249 d1251 d1254
    # d1257 d1259 d1260 d1262 d1264 d1271 d1280 d1284 d1292 d1295 d1296 d1313 d1315 d1317 d1318 d1319 d1324 d1325 d1328
    # (d1248's anchor line is a back reference, `于永波是…说这番话的`, to the lead before it, which has its own cue 指出;
    # the line itself is not a quote).
    # Skipped because the anchor line holds no speech (names, terms, titles, scare quotes, slogans, mottoes, 之称, a
    # programme's guiding line): d1190 d1193 d1194 d1207 d1208 d1210 d1215 d1217 d1224 d1228 d1229 d1231 d1239 d1242
    # d1247 d1256 d1258 d1261 d1269 d1270 d1272 d1277 d1278 d1279 d1281 d1283 d1287 d1288 d1293 d1297 d1299 d1300 d1303
    # d1305 d1308 d1309 d1321 d1323; d1209, a stamp's printed text (`邮票，介绍说“…”`, like the text printed on a card);
    # d1213, a proposal (`向家长建议：`) glued to a line of another article; d1218, a couplet praised by the ancients;
    # d1232 and d1263, a saying (`可怜天下父母心`, `口头禅`); d1233, a saying of the ancients (`古人说：`, as d727);
    # d1253, a banner (`展开一条横幅：`); d1274, d1289, d1301, d1304 and d1322, lines of poems; d1226, lines of a long
    # poem quoted in a review (as d1039); d1255, song lines glued to another article; d1286, a wife's words imagined
    # in an essay (`如果，突然有一天…`, as d776 and d1070); d1298, an editors' appeal (`呼吁`, a directive) with no words;
    # d1306, a saying called `这句话` with no speaker; d1310, a standing couplet with no speaker (as d749); d1326, a
    # thought (`想弄清楚：`); d1285, a saying `在…农民群众中流传着`, with no speaker, whose article runs into d973's passage;
    # d1214, the Titanic story's characters retold in an essay (as the seventeenth set decided, like d469); d1244, a
    # standing quotation whose speaker the window does not give (as d791); d1211, the anchor line lies in 陈平原's
    # interview turn whose question is d614's last sentence, so its window would start mid-dialogue (as d808); because
    # the anchor line lies in an earlier set's quote passage: d1188 (d214) d1195 (d25) d1198 (d31) d1200 (d592) d1201
    # (d227) d1202 (d1119) d1203 (d935) d1205 (i34) d1206 (pd_dev-1488) d1212 (d1071) d1216 (d1012) d1221 (d242) d1230
    # (d452) d1234 (pd_dev-2259) d1236 (d136) d1240 (d8) d1241 (d289) d1252 (d48) d1265 (d14) d1266 (pd_test-4464) d1273
    # (pd_dev-297) d1275 (d730) d1276 (d48) d1282 (d601) d1290 (d102) d1291 (d151) d1294 (pd_dev-1507) d1302 (d627)
    # d1307 (d458) d1311 (pd_test-90) d1312 (d348) d1314 (d25) d1316 (pd_dev-2190) d1320 (d1169) d1327 (d1069); because
    # it is a posts sentence of an earlier set: d1189 (msra-2839) d1219 (msra-31387) d1246 (msra-34437); a headline
    # glued to the anchor line: d1268; scrambled: d1223 and d1267 (a block of World Cup quotations from several
    # articles, as d781, d816 and d954); d1250, inside this set's d1192 (and a judgement, `判断：`, no speech).
    # Trims: d1191 starts after an earlier quote sentence (pd_test-3876 = msra-37771) and stops before d1051's passage
    # (msra-37760); d1192 starts at 津田康道's first line (msra-2313) and stops at the article's end, before a glued
    # headline (msra-2299); d1196 starts after d596's passage (msra-13972); d1197 starts at 彭小兰's paragraph
    # (msra-23076) and stops at the article's end; d1199 starts after d507's passage (msra-15791) and stops after thirteen lines, at
    # 于是我想到了… (msra-15778); d1204 is the Romanian bank dispatch, stopping before a posts sentence
    # (msra-26158); d1220 stops before a posts sentence (msra-42348); d1222 starts after an earlier quote sentence
    # (pd_dev-1454 = msra-23617) and stops before a posts sentence (pd_test-2489 = msra-23607); d1225 stops before
    # i212's article (msra-2519); d1227 is the Israel-Egypt dispatch (msra-32901-32895); d1235 starts at 由于劳累过度
    # (msra-26355) and stops at 彭真同志就是这样“信口讲来”的 (msra-26341); d1237 is the three
    # lines between two posts sentences (pd_test-2561 = msra-24382, msra-24378); d1238 stops after fourteen lines;
    # d1243 is 孙威锋's item; d1245 stops before 陈益's unquoted words (msra-3013); d1248 is the lead and the anchor line,
    # before a posts sentence (msra-16315); d1249 stops at the next article (msra-7561); d1251 is the 麦克法兰 dispatch,
    # after a posts sentence (msra-33007) and before d401's passage (msra-32995); d1257 lies between two posts sentences
    # (pd_test-3906 = msra-38106, and d679's msra-38097 after it); d1259 starts at the match article (msra-4004); d1260
    # starts after a glued headline (msra-39685); d1262 is the anchor line alone (glued headlines on both sides);
    # d1264 starts at 近日 (msra-18260), after the back reference's statement, which lies outside the window; d1271
    # starts at the 39 workers' paragraph (msra-20926) and stops before the next item (msra-20915); d1280 stops before
    # a glued headline (msra-15501); d1284 is the UN dispatch, stopping before a posts sentence (msra-24051); d1292
    # starts at the painter's first line (msra-15775) and stops before pd_dev-1488 (msra-15758); d1295 stops before the
    # next article (msra-16801); d1296 starts after a posts sentence (msra-30576) and stops before the list of four
    # problems (msra-30564); d1313 starts after a posts sentence (msra-22049); d1315 starts after d493's passage
    # (msra-40483); d1317 stops before an earlier quote sentence (pd_test-550 = msra-5124); d1318 starts after a posts
    # sentence (msra-43761); d1319 starts at 钟书's operation (msra-40983); d1324 is the Arafat dispatch (msra-29868);
    # d1325 starts at the essay (msra-44151); d1328 starts at 我叫姚胜利 (msra-29380); the others start at their
    # article's or paragraph's first line and stop at the next article or after about fifteen sentences. Direct
    # anchors past d1328 are not in this set (d1329 lies in the seventeenth set's d1146; nothing past it was listed).
    ("d1191", "msra", ("msra", 37770, 37761)),
    ("d1192", "msra", ("msra", 2313, 2300)),
    ("d1196", "msra", ("msra", 13971, 13958)),
    ("d1197", "msra", ("msra", 23076, 23062)),
    ("d1199", "msra", ("msra", 15790, 15778)),
    ("d1204", "msra", ("msra", 26164, 26159)),
    ("d1220", "msra", ("msra", 42363, 42349)),
    ("d1222", "msra", ("msra", 23616, 23608)),
    ("d1225", "msra", ("msra", 2534, 2520)),
    ("d1227", "msra", ("msra", 32901, 32895)),
    ("d1235", "msra", ("msra", 26355, 26341)),
    ("d1237", "msra", ("msra", 24381, 24379)),
    ("d1238", "msra", ("msra", 21731, 21718)),
    ("d1243", "msra", ("msra", 3859, 3849)),
    ("d1245", "msra", ("msra", 3028, 3014)),
    ("d1248", "msra", ("msra", 16317, 16316)),
    ("d1249", "msra", ("msra", 7576, 7562)),
    ("d1251", "msra", ("msra", 32999, 32996)),
    ("d1254", "msra", ("msra", 14229, 14215)),
    ("d1257", "msra", ("msra", 38105, 38098)),
    ("d1259", "msra", ("msra", 4004, 3994)),
    ("d1260", "msra", ("msra", 39684, 39671)),
    ("d1262", "msra", ("msra", 16429, 16429)),
    ("d1264", "msra", ("msra", 18260, 18247)),
    ("d1271", "msra", ("msra", 20926, 20916)),
    ("d1280", "msra", ("msra", 15513, 15502)),
    ("d1284", "msra", ("msra", 24056, 24052)),
    ("d1292", "msra", ("msra", 15775, 15761)),
    ("d1295", "msra", ("msra", 16815, 16802)),
    ("d1296", "msra", ("msra", 30575, 30565)),
    ("d1313", "msra", ("msra", 22048, 22034)),
    ("d1315", "msra", ("msra", 40482, 40472)),
    ("d1317", "msra", ("msra", 5131, 5125)),
    ("d1318", "msra", ("msra", 43760, 43750)),
    ("d1319", "msra", ("msra", 40983, 40971)),
    ("d1324", "msra", ("msra", 29868, 29859)),
    ("d1325", "msra", ("msra", 44151, 44142)),
    ("d1328", "msra", ("msra", 29380, 29366)),
    # MSRA: indirect anchors i230-i251, in order, every anchor line read. Taken: i230 i233 i235 i236 i237 i239 i240
    # i241 i242 i243 i245 i246 i247 i248 i249 i250 i251. Skipped: i231 i232 i234, anchor lines in earlier quote
    # passages (d388, d16, pd_test-3398); i238, no speech (`想说又不敢说`); i244, `据介绍` between a posts sentence
    # (msra-17193) and an earlier quote sentence (pd_test-1824 = msra-17186), whose window's standing quotations are
    # 王乐泉's, named only outside it (as d788 and i194).
    # Trims: i230 starts at the budget's first line (msra-8570); i233 starts at the dateline, after a glued headline
    # (msra-12765), and stops before the list of those present (msra-12748); i235 stops before the next item
    # (msra-6546); i236 starts after a posts sentence (msra-31428) and stops before the next dispatch (msra-31419); i237
    # starts after a posts sentence (pd_test-969 = msra-9246); i239 starts after a posts sentence (msra-1890); i240 lies
    # between a posts sentence (msra-19541) and a glued headline (msra-19535); i241 starts at the Bank of Japan's
    # survey (msra-27872); i242 stops before a glued headline (msra-40049); i243 starts at 罗林斯's meeting
    # (msra-31001); i245 is the Mexican hurricane item (msra-21103-21100); i246 is the round-up's lead and the anchor
    # line, before an earlier quote sentence (pd_dev-1829 = msra-24342); i247 is the Indian dispatch, stopping before
    # the next one (msra-10058); i248 starts after a glued headline (msra-35372); i249 starts after a posts sentence
    # (msra-31258) and stops before a glued headline (msra-31251); i250 is the Cairo dispatch (msra-31326-31319);
    # i251 starts after a posts sentence (msra-15209) and stops before a glued headline (msra-15199). Indirect anchors
    # past i251 are not in this set (i252-i274 were listed, no window opened).
    ("i230", "msra", ("msra", 8570, 8557)),
    ("i233", "msra", ("msra", 12764, 12749)),
    ("i235", "msra", ("msra", 6556, 6547)),
    ("i236", "msra", ("msra", 31427, 31420)),
    ("i237", "msra", ("msra", 9245, 9237)),
    ("i239", "msra", ("msra", 1889, 1876)),
    ("i240", "msra", ("msra", 19540, 19536)),
    ("i241", "msra", ("msra", 27872, 27858)),
    ("i242", "msra", ("msra", 40060, 40050)),
    ("i243", "msra", ("msra", 31001, 30988)),
    ("i245", "msra", ("msra", 21103, 21100)),
    ("i246", "msra", ("msra", 24344, 24343)),
    ("i247", "msra", ("msra", 10066, 10059)),
    ("i248", "msra", ("msra", 35371, 35366)),
    ("i249", "msra", ("msra", 31257, 31252)),
    ("i250", "msra", ("msra", 31326, 31319)),
    ("i251", "msra", ("msra", 15208, 15200)),
]
