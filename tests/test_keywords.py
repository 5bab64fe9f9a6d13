from __future__ import annotations

import pytest
import regex

from kmytext.stats.counting import Counts, count, tokens
from kmytext.stats.freq import frequencies
from kmytext.stats.keywords import keywords, keywords_by_doc, rank
from kmytext.stats.lexicon import stopwords
from kmytext.stats.terms import find_terms
from kmytext.text.document import Document

BOILERPLATE = {"本报讯", "通讯员", "记者", "摄", "近日", "此次", "开展", "推动", "进行", "融媒记者"}
FRAGMENTS = {"智能网", "前指", "网联"}


@pytest.mark.parametrize("page, subjects", [
    (0, {"克拉玛依", "援克", "智能算力", "智能网联", "白碱滩区", "社区"}),
    (1, {"克拉玛依", "援克", "上海援克前指", "沪克", "氢能", "对口"}),
])
def test_top_keywords_name_the_page(seed_texts: list[str], page: int, subjects: set[str]) -> None:
    top = [k.keyword for k in keywords(seed_texts[page], top=20)]
    assert subjects <= set(top)
    assert not BOILERPLATE & set(top)
    assert not FRAGMENTS & set(top)
    assert not [w for w in top if regex.search(r"\d|^[零一二三四五六七八九十百千万]+$", w)]


@pytest.mark.parametrize("method", ["tfidf", "textrank", "freq"])
def test_every_method_avoids_boilerplate_and_fragments(seed_texts: list[str], method: str) -> None:
    top = {k.keyword for k in keywords(seed_texts[1], top=20, method=method)}  # type: ignore[arg-type]
    assert "克拉玛依" in top
    assert not (BOILERPLATE | FRAGMENTS) & top


def test_terms_are_found_generally_not_listed() -> None:
    # An invented term the dictionary cannot know, cut into pieces by jieba, recurring.
    text = "星链鲸网联系统上线。星链鲸网联系统运行良好。发展星链鲸网联系统。"
    top = [k.keyword for k in keywords(text, top=5)]
    assert any("鲸网" in k and len(k) >= 4 for k in top)
    assert not any(k in {"星链", "鲸网"} for k in top)


def test_find_terms_needs_recurrence() -> None:
    once = tokens("智能网联汽车测试。")
    assert not find_terms(once)
    twice = tokens("智能网联汽车测试。智能网联汽车测试。")
    assert any("".join(t).startswith("智能网联") for t in find_terms(twice))


def test_boilerplate_is_stopped() -> None:
    assert BOILERPLATE - {"融媒记者"} <= stopwords()


def test_frequencies_add_up() -> None:
    counts = count(["氢能大会。氢能产业。", "氢能"])
    rows = {f.word: f for f in frequencies(counts)}
    assert rows["氢能"].count == 3 and rows["氢能"].docs == 2
    assert sum(f.count for f in rows.values()) == counts.total
    assert "。" not in rows


def test_years_and_numbers_are_not_words() -> None:
    rows = {f.word for f in frequencies(count(["2023年3月，投资633亿元，第一批5个项目。"]))}
    assert not {"2023", "2023年", "3月", "633", "5"} & rows


def test_pieces_of_dates_and_times_are_not_words() -> None:
    """A unit right after a number is part of it (issue 16): no 日, 月, 年, 分, 时, 元, 家 of
    dates, times and counts in freq, keyness or keywords; the words themselves stay words."""
    text = "3月26日，2025年4月1日，上午9时30分，投资633亿元，32家企业。今年是丰收年，日子好过。"
    rows = {f.word for f in frequencies(count([text]))}
    assert not {"日", "月", "年", "分", "时", "亿元", "元", "家"} & rows
    assert {"上午", "企业", "丰收年", "日子"} <= rows
    assert not {"日", "月", "年", "分", "时"} & {k.keyword for k in keywords(text, top=50)}
    assert [w for w, _ in tokens("5个人")] == ["5个", "人"]
    taiwan = "台积电营收达1.2兆元新台币，较去年增加0.3兆元。"  # 兆, a trillion where 亿 is a hundred million
    assert "兆元" not in {f.word for f in frequencies(count([taiwan]))} | {k.keyword for k in keywords(taiwan)}


@pytest.mark.parametrize("word, is_a_word", [("百度", True), ("二战", True), ("一线", True), ("十几家", False),
                                             ("三月", False), ("633亿元", False), ("第3届", False)])
def test_names_that_read_as_numbers_stay_words(word: str, is_a_word: bool) -> None:
    from kmytext.stats.lexicon import is_word

    assert is_word(word) is is_a_word


def test_the_dictionary_words_is_word_reads_are_those_that_begin_like_a_number() -> None:
    """is_word reads only the dictionary words beginning like a number (one scan of the file,
    not a dict of all 349,000 words): every word NUMERIC or NUMBER_PREFIX matches is there,
    with its tag."""
    from kmytext.stats.lexicon import NUMBER_FIRST, NUMBER_PREFIX, NUMERIC
    from kmytext.text.segment import dictionary_tags, dictionary_tags_from

    everything = dictionary_tags()
    some = dictionary_tags_from(NUMBER_FIRST)
    first = regex.compile(f"[{NUMBER_FIRST}]")
    assert some == {w: t for w, t in everything.items() if first.match(w)}
    asked = {w for w in everything if NUMERIC.match(w) or NUMBER_PREFIX.match(w)}
    assert len(asked) > 10_000 and asked <= some.keys()


def test_pos_filters_terms_by_the_tag_they_are_shown_with(seed_texts: list[str]) -> None:
    """A term whose last word is a verb (智能网 + 联/v) is shown as a noun, so --pos v leaves it
    out and --pos n keeps it; it showed as n among the verbs."""
    verbs = keywords(seed_texts[1], top=50, pos=frozenset({"v"}))
    assert verbs and {k.pos for k in verbs} == {"v"}
    nouns = {k.keyword: k.pos for k in keywords(seed_texts[1], top=50, pos=frozenset({"n"}))}
    assert nouns.get("智能网联") == "n" and set(nouns.values()) == {"n"}


def test_ngrams_stay_inside_clauses() -> None:
    counts = count(["氢能产业，氢能产业发展。"], ngram=2)
    rows = {f.word: f for f in frequencies(counts, ngram=2)}
    assert rows["氢能 产业"].count == 2 and rows["氢能 产业"].docs == 1
    assert "产业 氢能" not in rows  # the comma ends an n-gram


def test_counts_merge_like_one_pass() -> None:
    a, b = count(["氢能大会"]), count(["氢能产业"])
    both = count(["氢能大会", "氢能产业"])
    assert a.merge(b) == both


def test_pieces_of_one_document_extend_it() -> None:
    whole = count(["氢能大会。氢能产业。"])
    a, b = count(["氢能大会。"]), count(["氢能产业。"])
    a.extend(b)
    assert a.words == whole.words and a.n_docs == 1 and a.docs["氢能"] == 1


def test_freq_method_ranks_by_count() -> None:
    ranked = rank(count(["氢能氢能氢能产业"]), method="freq")
    assert ranked[0].keyword == "氢能" and ranked[0].count == 3


def test_presegmented_words_are_counted_as_given() -> None:
    counts = count(["氢能 大会 氢能大会 克拉 玛依"], presegmented=True)
    words = {w for w, _ in counts.words}
    assert words == {"氢能", "大会", "氢能大会", "克拉", "玛依"}
    assert ("氢能", "n") in counts.words


def test_corpus_idf_downweights_words_in_every_document() -> None:
    docs = ["氢能大会在克拉玛依举办。", "克拉玛依发展算力产业。", "克拉玛依举办书香校园活动。"]
    ranked = rank(count(docs), method="tfidf", idf="corpus", top=10)
    score = {k.keyword: k.score for k in ranked}
    assert score["克拉玛依"] < score["氢能"] * 3  # 3 times as frequent, but in every document


def test_keywords_by_doc_gives_each_document_its_list(seed_paths, seed_texts) -> None:  # type: ignore[no-untyped-def]
    docs = [Document(p.name, t) for p, t in zip(seed_paths, seed_texts, strict=True)]
    rows = list(keywords_by_doc(docs, top=5))
    assert [r.doc for r in rows] == [docs[0].id] * 5 + [docs[1].id] * 5
    corpus_idf = list(keywords_by_doc(docs, top=5, idf="corpus"))
    assert {r.doc for r in corpus_idf} == {d.id for d in docs}


def test_keyword_comparison_tables_are_current() -> None:
    """docs/keywords.md's kmytext-vs-jieba tables are what tools/docs/compare_keywords.py prints."""
    from conftest import SEEDS
    from tools.docs.compare_keywords import DOC, table

    doc = DOC.read_text(encoding="utf-8")
    for page in sorted(SEEDS.glob("*.txt")):
        assert table(page) in doc, "run python -m tools.docs.compare_keywords --write"


# The counters work on integer-coded tokens, as NumPy arrays (Coded) or, for a short
# document, lists (Short); these plain loops say what they compute, and random documents over
# a small vocabulary check that both agree exactly, each document coded both ways (terms in
# the same order, since ranking breaks ties between equal term strings by it).
@pytest.fixture(params=["lists", "arrays"])
def coded_as(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    from kmytext.stats import coded

    monkeypatch.setattr(coded, "SHORT", 10**9 if request.param == "lists" else -1)
    return str(request.param)


VOCAB = [("智能网", "n"), ("联", "v"), ("联", "n"), ("汽车", "n"), ("测试", "vn"), ("氢能", "n"),
         ("援克", "q"), ("前指", "n"), ("上海", "ns"), ("发展", "v"), ("的", "uj"), ("记者", "n"),
         ("，", "x"), ("。", "x"), ("2023年", "m"), ("三", "m"), ("星链鲸", "nz"), ("网", "n")]


PHRASES = [[("智能网", "n"), ("联", "v")], [("上海", "ns"), ("援克", "q"), ("前指", "n")],
           [("星链鲸", "nz"), ("网", "n"), ("联", "n"), ("汽车", "n")], [("氢能", "n"), ("汽车", "n")]]


def _random_pairs(seed: int, size: int) -> list[tuple[str, str]]:
    """Random tokens and recurring phrases (which make terms)."""
    import random

    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    while len(out) < size:
        out.extend(rng.choice(PHRASES) if rng.random() < 0.3 else [rng.choice(VOCAB)])
    return out


def _reference_terms(pairs: list[tuple[str, str]]) -> dict[tuple[str, ...], int]:
    from collections import Counter

    from kmytext.stats.lexicon import content, nominal_head, term_start
    from kmytext.stats.terms import MAX_TERM, TERM_COHESION

    stop = stopwords()
    words = [w for w, _ in pairs]
    ok = [content(w, t, stop) for w, t in pairs]
    tag = {w: t for w, t in reversed(pairs)}
    unigrams = Counter(words)
    found: dict[tuple[str, ...], int] = {}
    for n in range(2, MAX_TERM + 1):
        grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1) if all(ok[i:i + n]))
        for g, c in grams.items():
            if c >= 2 and term_start(g[0], tag[g[0]]) and nominal_head(g[-1], tag[g[-1]]) \
                    and c / min(unigrams[g[0]], unigrams[g[-1]]) >= TERM_COHESION:
                found[g] = c
    return found


@pytest.mark.parametrize("seed", range(30))
def test_find_terms_counts_every_recurring_run(seed: int, coded_as: str) -> None:
    pairs = _random_pairs(seed, 10 + seed * 7)
    assert list(find_terms(pairs).items()) == list(_reference_terms(pairs).items())


@pytest.mark.parametrize("seed", range(20))
def test_glue_and_sentence_counts_follow_their_definitions(seed: int, coded_as: str) -> None:
    _check_glue_and_sentences(_random_pairs(seed, 5 + seed * 11))


@pytest.mark.parametrize("seed", range(40))
def test_a_short_text_is_counted_as_a_long_one(seed: int, coded_as: str) -> None:
    """A headline or a post (one sentence, no pair of words twice) takes shortcuts in the
    counting: the counts are still those of the definitions."""
    from kmytext.stats.coded import SENTENCE_END

    pairs = _random_pairs(seed, 2 + seed % 9)
    if seed % 2:
        pairs = [p for p in pairs if p[0] not in SENTENCE_END] + [("。", "x")] * (seed % 4 == 1)
    assert list(find_terms(pairs).items()) == list(_reference_terms(pairs).items())
    _check_glue_and_sentences(pairs)


def _check_glue_and_sentences(pairs: list[tuple[str, str]]) -> None:
    from collections import Counter

    from kmytext.stats.coded import SENTENCE_END
    from kmytext.stats.lexicon import FUNCTION_POS, HAN, is_word, unknown

    stop = stopwords()
    counts = count([""]).add(pairs)  # one empty document, then this one
    glued: Counter[tuple[str, str]] = Counter()
    for j, (piece, t) in enumerate(pairs):
        if HAN.match(piece) and piece not in stop and t not in FUNCTION_POS and (len(piece) == 1 or unknown(piece)):
            for k, mark in ((j - 1, ">" + piece[0]), (j + 1, "<" + piece[-1])):
                if 0 <= k < len(pairs) and len(w := pairs[k][0]) > 1 and w not in stop and is_word(w):
                    glued[(w, mark)] += 1
    assert counts.glued == glued
    sentences: Counter[str] = Counter()
    sentence: set[str] = set()
    for w, _ in [*pairs, ("。", "x")]:
        if w in SENTENCE_END:
            sentences.update(sentence)
            sentence = set()
        else:
            sentence.add(w)
    assert counts.sentences == sentences
    assert counts.words == Counter(p for p in pairs if is_word(p[0])) and counts.n_docs == 2


def test_a_word_with_several_tags_takes_its_most_frequent_first() -> None:
    from kmytext.stats.counting import Counts, by_word

    counts = Counts()
    counts.words.update({("联", "v"): 2, ("氢能", "n"): 1, ("联", "n"): 3, ("联", "q"): 3})
    per_word, tag = by_word(counts)
    assert per_word == {"联": 8, "氢能": 1} and tag == {"联": "n", "氢能": "n"}


def test_counts_merge_adds_and_extend_unites_documents() -> None:
    a, b = count(["氢能大会。", "氢能"]), count(["氢能产业。"])
    assert a.docs["氢能"] == 2 and a.merge(b).docs["氢能"] == 3 and a.words[("氢能", "n")] == 3
    c = count(["氢能大会。氢能。"]).extend(count(["氢能产业。"]))
    assert c.docs["氢能"] == 1 and c.docs["产业"] == 1 and c.words[("氢能", "n")] == 3 and c.n_docs == 1


def test_tokens_drop_whitespace() -> None:
    assert all(not w.isspace() for w, _ in tokens("氢能 大会\n\n克拉玛依\u3000产业", clean=False))


@pytest.mark.parametrize("seed", range(5))
def test_textrank_sums_like_the_plain_formula(seed: int) -> None:
    import random
    from collections import Counter, defaultdict

    from kmytext.stats.keywords import _textrank

    rng = random.Random(seed)
    names = [f"词{i}" for i in range(40)]
    edges = Counter({tuple(sorted(rng.sample(names, 2))): rng.randint(1, 9) for _ in range(150)})
    keep = set(names[:35])
    graph: dict[str, dict[str, int]] = defaultdict(dict)
    for (a, b), w in edges.items():
        if a in keep and b in keep:
            graph[a][b] = graph[a].get(b, 0) + w
            graph[b][a] = graph[b].get(a, 0) + w
    out = {n: sum(nb.values()) for n, nb in graph.items()}
    score = dict.fromkeys(graph, 1.0)
    for _ in range(30):
        score = {n: 0.15000000000000002 + 0.85 * sum(w / out[m] * score[m] for m, w in graph[n].items())
                 for n in graph}
    assert _textrank(edges, keep) == {n: s / max(score.values()) for n, s in score.items()}  # exactly


@pytest.mark.parametrize("cut", [1, 2, 3, 4, 6])
def test_batches_of_documents_and_pieces_count_as_one_by_one(cut: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker merges the whole documents of its batch and keeps apart the first (it may
    continue the last batch's) and the last (it may go on in the next): wherever the batch
    edges fall, the counts are those of counting each document, its pieces extended, then merging."""
    from kmytext.run import parallel
    from kmytext.run.corpus import Corpus

    docs = [Document("a", "氢能大会。", 40), Document("b", "克拉玛依举办氢能大会。"),
            Document("c", "上海援克前指。"), Document("c", "氢能产业。", 7), Document("d", "上海援克前指。氢能。"),
            Document("e", "克拉玛依。")]
    expected = Counts()
    for doc_id in "abcde":
        pieces = [count([d.text]) for d in docs if d.id == doc_id]
        for p in pieces[1:]:
            pieces[0].extend(p)
        expected.merge(pieces[0])
    monkeypatch.setattr(parallel, "BATCH_ITEMS", cut)  # batches of `cut` documents
    assert Corpus(docs, jobs=1).counts() == expected
