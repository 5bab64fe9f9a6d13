from __future__ import annotations

from kmytext.keywords import count, frequencies, keywords, rank, stopwords


def test_keywords_of_the_feature_page(seed_texts: list[str]) -> None:
    top = [k.keyword for k in keywords(seed_texts[1], top=20)]
    assert {"克拉玛依", "援克", "氢能"} <= set(top)
    assert not {"本报讯", "通讯员", "记者", "摄", "2023", "开展"} & set(top)


def test_boilerplate_is_stopped() -> None:
    assert {"本报讯", "通讯员", "记者", "摄", "近日", "此次", "开展", "推动", "进行"} <= stopwords()


def test_frequencies_add_up() -> None:
    counts = count(["氢能大会。氢能产业。", "氢能"])
    rows = {f.word: f for f in frequencies(counts)}
    assert rows["氢能"].count == 3 and rows["氢能"].docs == 2
    assert sum(f.count for f in rows.values()) == counts.total
    assert "。" not in rows


def test_counts_merge_like_one_pass() -> None:
    a, b = count(["氢能大会"]), count(["氢能产业"])
    both = count(["氢能大会", "氢能产业"])
    assert a.merge(b) == both


def test_freq_method_ranks_by_count() -> None:
    ranked = rank(count(["氢能氢能氢能产业"]), method="freq")
    assert ranked[0].keyword == "氢能" and ranked[0].count == 3
