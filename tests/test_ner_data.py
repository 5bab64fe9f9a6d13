"""The entity model's training data (tools/train/ner_data.py): CLUENER repeated for weight
keeps the gazetteer folds of one copy."""

from __future__ import annotations

from tools.train.ner_data import Sentence, folded_gazetteers, repeat_cluener, training_data


def _said(i: int) -> Sentence:
    """A sentence naming a person no other sentence names, and 北京 (untagged)."""
    name = "王" + chr(0x5000 + i)
    return f"{name}在北京说。", [(0, 2, "PER")]


# 北京 tagged LOC twice in MSRA: a silver place for CLUENER. 130 sentences, 60 + 70, so that a
# copy of a CLUENER sentence lands in another fold than its original (4 folds of blocks of 25).
MSRA = [("北京", [(0, 2, "LOC")])] * 2 + [_said(i) for i in range(58)]
CLUENER = [_said(i) for i in range(100, 170)]
SP = {"msra_train": MSRA, "cluener_train": CLUENER}


def test_copies_come_in_training_datas_order_with_their_originals_gazetteer() -> None:
    train = training_data(SP, "silver")
    gaz = folded_gazetteers(train, 1)
    train3, gaz3 = repeat_cluener(SP, 3, train, gaz)
    assert train3 == training_data(SP, "silver", repeat=3)
    assert train3[-1] == (CLUENER[-1][0], [(0, 2, "PER"), (3, 5, "LOC")])  # silver LOC kept
    k, n = len(MSRA), len(CLUENER)
    assert len(gaz3) == k + 3 * n
    assert gaz3[: k + n] == gaz
    for j in range(n):
        assert gaz3[k + n + j] is gaz3[k + 2 * n + j] is gaz[k + j]


def test_a_copy_never_lends_its_names_to_its_original() -> None:
    train = training_data(SP, "silver")
    train3, gaz3 = repeat_cluener(SP, 3, train, folded_gazetteers(train, 1))
    for (text, spans), g in zip(train3, gaz3):
        for s, e, t in spans:
            if t == "PER":
                assert text[s:e] not in g.names, text
    # folds drawn after repeating would: a copy in another fold puts the name in the list
    naive = folded_gazetteers(train3, 1)
    assert any(text[:2] in g.names for (text, _), g in zip(train3[len(MSRA):], naive[len(MSRA):]))


def test_repeat_1_changes_nothing() -> None:
    train = training_data(SP, "silver")
    gaz = folded_gazetteers(train, 2)
    assert repeat_cluener(SP, 1, train, gaz) == (train, gaz)
    assert repeat_cluener({"msra_train": MSRA}, 3, list(MSRA)) == (MSRA,)
