"""Quote passages of the fourteenth set (final14), drawn after the thirteenth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the fourteenth set has no posts part."""
QP14 = [
    # MSRA: direct anchors d607-d710, in order (the thirteenth set read d521-d606; d387 and d417, left for time by the
    # eleventh set, are still left), every anchor line read and a window opened where it holds speech. Taken: d608 d612
    # d614 d616 d617 d619 d620 d625 d626 d627 d631 d634 d635 d640 d649 d652 d655 d657 d661 d664 d666 d667 d672 d675 d679
    # d682 d683 d685 d687 d692 d693 d697 d700 d705 d706 d707. Skipped because the anchor line holds no speech (names,
    # terms, titles, 美称, scare quotes, a product or prize name, a poem line called a 说法, a referendum question):
    # d611 d622 d629 d637 d642 d645 d646 d650 d654 d662 d665 d668 d671 d684 d688 d690 d696 d702; d669 and d701, lines in
    # quotation marks with no speaker; d659, a saying (俗话说); d674, a nursery rhyme recalled; d628, a certificate's
    # printed text (证书中写有…：); d644, a foundling's note (纸条…上面写着…：), like banners and notices; d658, a constitution
    # quoted (a regulation, as the tenth set's d272); d694, a girl's wish (愿望), a thought, as the twelfth set's d517;
    # because the anchor line lies in an earlier set's quote passage: d607 (pd_test-938) d610 (d470) d613 (d313) d615
    # (d214) d618 (pd_test-1977) d623 (d94) d624 (pd_dev-2180) d630 (pd_test-2077) d632 (pd_test-239) d636 (d350) d638
    # (d447) d641 (d208) d647 (d301) d648 (pd_test-1976) d651 (i79) d660 (d588) d670 (d512) d673 (i93) d677 (pd_test-1739)
    # d678 (d136) d689 (d338) d691 (pd_test-2271) d695 (pd_test-1348) d703 (pd_test-1783) d708 (pd_test-13), or holds an
    # earlier quote sentence: d699 (pd_dev-1811, the make-up artist's words); d609, inside the thirteenth set's d569;
    # because it is a posts sentence of an earlier set: d643 (msra-29190) d653 (msra-25590) d686 (msra-29476); a headline
    # glued to the anchor line: d633 d663 d704; scrambled: d621 (郎平's quotation lands in a block with 丁志忠's open
    # quotation and World Cup lines) d639 (a block of open quotations from several articles) d656 (a candidate's pledge
    # glued to 丁达仁's line while `丁显宝这样说` follows, so whose it is cannot be told); d676, a claim quoted in an essay
    # to be refuted, with no speaker in the window; d680, a standing quotation whose speaker the window does not give, as
    # d488; d681, a field scene of standing exclamations whose speakers the window mostly does not give, as d491; d698,
    # d709 and d710, inside this set's d616, d664 and d634. Trims: d608 starts at the item on the activity room, after a
    # scrambled line d528 stopped before (msra-7292), and stops at the article's end; d612 stops before the twelfth set's
    # i64; d614 starts after the line `１８９８—１９９８，百年北大与中国风雨与共。` and stops before 陈平原's second answer; d616 starts at
    # the writer's turn to 周一良 and stops before the writer's own argument; d620 starts after a glued headline
    # (msra-26475); d625 starts after a posts sentence (pd_dev-62 = msra-40014) and the list of guests after it, and
    # stops before pd_test-4105; d626 lies between a posts sentence (pd_test-383) and pd_test-382's quote
    # sentence (msra-3520); d631 stops before pd_test-3623; d634 starts after pd_test-4529 (msra-44055); d649 starts after
    # pd_test-2500 (msra-23742); d652 starts at the article, after a glued caption (msra-3666), and stops before a glued
    # headline (msra-3655); d655 starts after a glued headline (msra-20559); d657 stops before a glued headline
    # (msra-40445); d664 starts after a glued headline (msra-41106); d666 starts after pd_test-13 (msra-113); d667 starts
    # after a glued table caption (msra-42682); d672 starts after a glued headline (msra-13686) and stops before
    # pd_dev-1465 (msra-13674); d679 stops before a glued line (msra-38089); d682 stops at the next article; d683 stops
    # before a glued headline (msra-15647); d685 stops at the next dispatch; d687 is one brief; d693 starts after a glued
    # headline (msra-38676) and stops before the writer's reading of the Manifesto; d697 starts at the dateline, after a
    # glued headline (msra-34986); d700 stops at the next dispatch; d705 starts after pd_test-3867 (msra-37633); d706
    # stops at the next dispatch; d707 starts after a glued headline (msra-23177); the others start at their article's or
    # paragraph's first line and stop at the next article or after about fifteen sentences. Direct anchors past d710 were
    # not opened.
    ("d608", "msra", ("msra", 7285, 7281)),
    ("d612", "msra", ("msra", 2473, 2458)),
    ("d614", "msra", ("msra", 15754, 15737)),
    ("d616", "msra", ("msra", 25040, 25030)),
    ("d617", "msra", ("msra", 17887, 17878)),
    ("d619", "msra", ("msra", 42905, 42892)),
    ("d620", "msra", ("msra", 26474, 26460)),
    ("d625", "msra", ("msra", 40012, 40006)),
    ("d626", "msra", ("msra", 3523, 3521)),
    ("d627", "msra", ("msra", 1453, 1441)),
    ("d631", "msra", ("msra", 35240, 35227)),
    ("d634", "msra", ("msra", 44054, 44050)),
    ("d635", "msra", ("msra", 39460, 39448)),
    ("d640", "msra", ("msra", 34607, 34601)),
    ("d649", "msra", ("msra", 23741, 23731)),
    ("d652", "msra", ("msra", 3665, 3656)),
    ("d655", "msra", ("msra", 20558, 20546)),
    ("d657", "msra", ("msra", 40458, 40446)),
    ("d661", "msra", ("msra", 12619, 12613)),
    ("d664", "msra", ("msra", 41105, 41097)),
    ("d666", "msra", ("msra", 112, 104)),
    ("d667", "msra", ("msra", 42681, 42671)),
    ("d672", "msra", ("msra", 13685, 13675)),
    ("d675", "msra", ("msra", 7660, 7651)),
    ("d679", "msra", ("msra", 38097, 38090)),
    ("d682", "msra", ("msra", 10749, 10738)),
    ("d683", "msra", ("msra", 15657, 15648)),
    ("d685", "msra", ("msra", 21137, 21126)),
    ("d687", "msra", ("msra", 21090, 21088)),
    ("d692", "msra", ("msra", 3109, 3099)),
    ("d693", "msra", ("msra", 38675, 38669)),
    ("d697", "msra", ("msra", 34985, 34979)),
    ("d700", "msra", ("msra", 31520, 31508)),
    ("d705", "msra", ("msra", 37632, 37623)),
    ("d706", "msra", ("msra", 31486, 31479)),
    ("d707", "msra", ("msra", 23176, 23164)),
    # MSRA: indirect anchors i115-i138, in order (the thirteenth set read up to i114), every anchor line read and a window
    # opened where it holds speech. Taken: i115 i117 i119 i122 i123 i124 i125 i126 i127 i128 i129 i133 i135 i137 i138.
    # Skipped: i116, i121 and i134, earlier quote sentences (pd_test-1127, d170, i90); i120, inside the eleventh set's
    # d322; i118, a posts sentence of an earlier set (msra-9258); i130, i131 and i132, no speech (`对于…来说`, `陪同介绍`
    # as a noun, `这就是说`: the writer's voice); i136, the anchor line is an earlier quote sentence (pd_dev-770). Trims:
    # i115 starts after a posts sentence (msra-27317); i117 starts at 董明珠's complaint; i119 starts after pd_dev-1675
    # (msra-6572) and stops before the history of antitrust suits; i122 starts after pd_test-2902 (msra-27777); i123
    # stops at the next dispatch (msra-30790); i124 starts after a posts sentence (msra-29190); i125 stops before a posts
    # sentence (pd_test-4347 = msra-42287); i126 starts after a posts sentence (pd_test-3249 = msra-31551); i127 starts at
    # the dateline lead and stops before the list of the committee's tasks; i128 starts at the round-up of the Asian
    # teams' defeats; i129 starts at the cabinet quarrel; i133 is two briefs from Italy read as one round-up, as the
    # thirteenth set's i108, after a glued headline (msra-9537), stopping at the next dispatch; i135 starts after a posts
    # sentence (msra-2605); i137 starts after a posts sentence (msra-25988); i138 starts at the visit's account. Indirect
    # anchors past i138 were not opened.
    ("i115", "msra", ("msra", 27316, 27313)),
    ("i117", "msra", ("msra", 40737, 40724)),
    ("i119", "msra", ("msra", 6571, 6563)),
    ("i122", "msra", ("msra", 27776, 27768)),
    ("i123", "msra", ("msra", 30803, 30791)),
    ("i124", "msra", ("msra", 29189, 29177)),
    ("i125", "msra", ("msra", 42298, 42288)),
    ("i126", "msra", ("msra", 31550, 31540)),
    ("i127", "msra", ("msra", 15425, 15421)),
    ("i128", "msra", ("msra", 35260, 35253)),
    ("i129", "msra", ("msra", 25117, 25106)),
    ("i133", "msra", ("msra", 9536, 9527)),
    ("i135", "msra", ("msra", 2604, 2595)),
    ("i137", "msra", ("msra", 25987, 25980)),
    ("i138", "msra", ("msra", 16151, 16139)),
]
