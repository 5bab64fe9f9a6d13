"""Quote passages of the eighth set (final8), drawn after the seventh set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the eighth set has no posts part."""
QP8 = [
    # MSRA: direct anchors d222-d271, every anchor line read and a window opened where it holds speech
    # (indirect anchors past i51 were not opened). Taken: d227 d232 d238 d242 d249 d251 d256 d257 d259
    # d260 d265 d270 d271. Skipped because the anchor line holds no speech (terms, slogans, names and
    # nicknames in quotation marks, a song, a verse, a poem, 之称, 说法, a regulation quoted, a plan's
    # words): d222 d223 d225 d226 d231 d234 d235 d237 d239 d241 d243 d245 d246 d247 d250 d262 d263 d266
    # d269; because the anchor line is an earlier set's quote sentence: d224 d228 d233 d236 d244 d255
    # d258 d264 d267; d240, the ticket-tout story whose line msra-35226 is the fifth set's anchor d174
    # (left for time twice) and whose window holds earlier quote sentences (msra-35226, -35225); d229, a
    # first-person essay whose one quotation stands alone after 他说难就难在留住回头客 and is not said to
    # be his (left for time); d248, glued lines around the anchor (msra-34309 and -34307 each join two
    # sentences); d252, the end of 于敏's words cut from their start by a glued photo caption
    # (msra-12272); d253, an essay whose dialogue holds an earlier set's quote sentence (msra-21590) and
    # a glued headline (msra-21595); d261, two numbered photo captions glued together; d268, whose
    # speaker is named only in msra-23933, the seventh set's quote sentence pd_test-2523. d227 stops
    # before msra-23742 (an earlier set's quote sentence); d232 starts at the EU report (the line before
    # ends another article); d238 stops before the next article's dateline (msra-31924); d242 is the
    # 王宝庆 section of a round-up, stopping before the 庄红卫 section; d249 is its article whole
    # (msra-10165 to -10161); d257 starts after msra-6962 (an earlier set's quote sentence), so its
    # teacher is known as 李老师 only; d259 starts after msra-24880 (an earlier set's quote sentence) and
    # stops at a glued headline (msra-24873); d260 starts after msra-36729 (an earlier set's quote
    # sentence); d270 starts at the sentence naming its speaker and stops before msra-42006 (an earlier
    # set's quote sentence); d271 stops before a glued headline (msra-36299). Anchors past d271 were
    # not opened.
    ("d227", "msra", ("msra", 23749, 23743)),
    ("d232", "msra", ("msra", 26602, 26590)),
    ("d238", "msra", ("msra", 31932, 31925)),
    ("d242", "msra", ("msra", 18283, 18274)),
    ("d249", "msra", ("msra", 10165, 10161)),
    ("d251", "msra", ("msra", 16570, 16558)),
    ("d256", "msra", ("msra", 13724, 13711)),
    ("d257", "msra", ("msra", 6961, 6949)),
    ("d259", "msra", ("msra", 24879, 24874)),
    ("d260", "msra", ("msra", 36728, 36718)),
    ("d265", "msra", ("msra", 21748, 21738)),
    ("d270", "msra", ("msra", 42017, 42007)),
    ("d271", "msra", ("msra", 36315, 36301)),
]
# CLUENER: ranks 499-664 of sample_candidates.py quotes-cluener, less twenty-one fragments that end at the cue and
# report nothing (ranks 502, 508, 523, 529, 533, 536, 539, 558, 560, 567, 571, 572, 584, 588, 595, 619, 620, 628,
# 636, 642, 655) and ten posts sentences of earlier sets (ranks 499, 506, 507, 511, 566, 578, 616, 624, 631, 641:
# cluener-2210, -8921, -10698, -10558, -6819, -2726, -4748, -6621, -441, -8179); 135 sentences. Reading stopped
# after rank 664
_CL = ("1371 5295 10295 2892 2058 6611 3451 7931 10672 9898 5844 10080 9137 9443 1971 9601 6827 8999 5842 3282 4395 "
       "134 933 7138 8518 6623 4734 9961 7259 6530 7578 1960 5139 840 284 7647 777 8504 407 4021 7229 5652 5129 1714 "
       "2197 5105 6207 1818 0 6752 6703 5934 1926 1390 7713 298 6083 4323 8020 7628 7358 1342 6082 8945 4643 4320 8954 "
       "7448 6674 9304 6595 4956 4806 3360 9041 10307 206 10114 5936 8592 6992 4570 998 146 3160 366 7194 3659 9509 "
       "4682 2758 7696 5646 3381 5021 4550 3759 7641 1680 109 9366 5357 7313 10339 6804 10273 6711 5546 5782 9783 "
       "8051 5679 8078 3044 4289 1297 3088 8184 5208 5933 8286 10429 4909 7998 3853 9790 9759 7382 7285 4066 9351 "
       "5629 2194 6415 6448")
QP8 += [(f"cluener-{n}", "cluener", ("cluener", int(n))) for n in _CL.split()]
# People's Daily: the list quotes-pd is used up (it ends at rank 369, read by the seventh set). A further pool was
# drawn by the same method with the third pattern CLUENER's list uses (sample_candidates.py quotes-pd-more: People's
# Daily sentences not in MSRA, balanced quotation marks, not opening with a stray closing mark, matching the SPEECH
# pattern but neither of quotes-pd's two, shuffled with random.Random(1825)): two sentences. Taken rank 1
# (pd_test-16); skipped rank 0 (pd_dev-885), which is an MSRA sentence written with half-width digits
# (msra, after folding), and so repeats MSRA rather than adding text
QP8 += [("pd_test-16", "peoples_daily", ("pd_test", 16))]
