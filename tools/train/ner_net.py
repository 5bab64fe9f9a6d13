"""Train the convolutional entity tagger of ``kmytext.ner.net`` with PyTorch (CPU).

    python -m tools.train.ner_net --out /tmp/net.npz          # an experiment
    python -m tools.train.ner                                  # the shipped model (calls this)

Data: ``tools.train.ner_data.training_data`` (MSRA train + CLUENER train with silver
places); the epoch kept is the one with the best F1 on MSRA dev + CLUENER dev (the model
alone). Deterministic for a given machine and thread count: fixed seeds, fixed order.
PyTorch is needed only here; the model is saved as NumPy arrays for ``kmytext.ner.net``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from kmytext.ner.features import Gazetteer, Pair, fold, gazetteer_names, sentence_pairs
from kmytext.ner.combined import Combined
from kmytext.ner.net import COLUMNS, LEXICON_IDS, PAD, UNK, Encoder, Net, _float, quantized
from tools.train.ner_data import (
    SEED, Sentence, default_data_dir, folded_gazetteers, repeat_cluener, spans_to_bio, splits, training_data,
)

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
ADMIN = "省市县区州旗盟镇乡"


def place_list() -> list[str]:
    """Cities, prefectures, counties, districts and towns: jieba's place words (ns) that
    end in an administrative suffix (克拉玛依市, 独山子区), their stems of two or more
    characters (克拉玛依), and ``kmytext/data/places.txt`` (countries, provinces)."""
    from kmytext.ner.lexicon import places
    from kmytext.text.segment import dictionary_tags

    adm = [w for w, p in dictionary_tags().items() if p == "ns" and len(w) >= 3 and w[-1] in ADMIN]
    return sorted(set(adm) | {w[:-1] for w in adm if len(w) >= 3} | {p for p in places() if len(p) >= 2})


def build_encoder(train: Sequence[Sentence], pairs: Sequence[Sequence[Pair]], *, min_char: int = 2,
                  min_bigram: int = 5, min_word: int = 5, gazetteer_min: int = 2, lexicon: bool = True
                  ) -> Encoder:
    """Vocabularies from the training sentences (their words ``pairs``)."""
    chars: Counter[str] = Counter()
    words: Counter[str] = Counter()
    wordpos: Counter[str] = Counter()
    for (text, _), ps in zip(train, pairs):
        chars.update(fold(text))
        for w, p in ps:
            words[fold(w)] += 1
            n = len(w)
            for b in ("S" if n == 1 else "B" + "M" * (n - 2) + "E"):
                wordpos[b + p] += 1
    char_list = sorted(c for c, k in chars.items() if k >= min_char)
    enc = Encoder(char_list, np.zeros(0, dtype=np.int64), sorted(wordpos),
                  sorted(w for w, k in words.items() if k >= min_word), {}, [])
    bigrams: Counter[int] = Counter()
    V = enc.n_chars
    for text, _ in train:
        c = enc.char_ids(text)
        if len(c) > 1:
            bigrams.update((c[:-1] * V + c[1:]).tolist())
    known = sorted(b for b, k in bigrams.items() if k >= min_bigram)
    return Encoder(char_list, np.array(known, dtype=np.int64), enc.wordpos, enc.words,
                   gazetteer_names(train, gazetteer_min), place_list(), lexicon)


def encode_all(enc: Encoder, sents: Sequence[Sentence], pairs: Sequence[Sequence[Pair]],
               gaz: Sequence[Gazetteer] | None = None) -> list[np.ndarray]:
    """Each sentence's ``[chars, 7]`` ids (with its own gazetteer when ``gaz`` is given)."""
    if gaz is None:
        return [enc.encode([t], [p]) for (t, _), p in zip(sents, pairs)]
    return [enc.encode([t], [p], g) for (t, _), p, g in zip(sents, pairs, gaz)]


def gold_ids(sents: Sequence[Sentence]) -> list[np.ndarray]:
    lab = {x: i for i, x in enumerate(LABELS)}
    return [np.array([lab[t] for t in spans_to_bio(len(text), [s for s in spans if s[2] in ("PER", "LOC", "ORG")])],
                     dtype=np.int64) for text, spans in sents]


def make_torch_model(enc: Encoder, dims: dict[str, int], hidden: int, dropout: float):  # type: ignore[no-untyped-def]
    import torch
    from torch import nn

    class TorchNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb_c = nn.Embedding(enc.n_chars, dims["c"])
            self.emb_b = nn.Embedding(len(enc.bigrams) + 2, dims["b"])
            self.emb_wp = nn.Embedding(len(enc.wordpos) + 2, dims["wp"])
            self.emb_w = nn.Embedding(len(enc.words) + 2, dims["w"])
            self.emb_g = nn.Embedding(14, dims["g"])
            self.emb_pl = nn.Embedding(14, dims["pl"])
            self.lexicon = enc.lexicon
            d_in = dims["c"] + 2 * dims["b"] + dims["wp"] + dims["w"] + dims["g"] + dims["pl"]
            if enc.lexicon:
                self.emb_lb = nn.Embedding(LEXICON_IDS, dims["lex"])
                self.emb_le = nn.Embedding(LEXICON_IDS, dims["lex"])
                d_in += 2 * dims["lex"]
            self.conv0 = nn.Conv1d(d_in, hidden, 3, padding=1, dilation=1)
            self.conv1 = nn.Conv1d(hidden, hidden, 3, padding=2, dilation=2)
            self.conv2 = nn.Conv1d(hidden, hidden, 3, padding=3, dilation=3)
            self.out = nn.Linear(hidden, len(LABELS))
            self.transitions = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
            self.drop = nn.Dropout(dropout)

        def emissions(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            parts = [self.emb_c(ids[..., 0]), self.emb_b(ids[..., 1]), self.emb_b(ids[..., 2]),
                     self.emb_wp(ids[..., 3]), self.emb_w(ids[..., 4]), self.emb_g(ids[..., 5]),
                     self.emb_pl(ids[..., 6])]
            if self.lexicon:
                parts += [self.emb_lb(ids[..., 7]), self.emb_le(ids[..., 8])]
            x = torch.cat(parts, dim=-1)
            m = mask.unsqueeze(1).to(x.dtype)  # [B, 1, T]
            h = self.drop(x).transpose(1, 2) * m
            h = torch.relu(self.conv0(h)) * m
            for conv in (self.conv1, self.conv2):
                h = h + torch.relu(conv(self.drop(h))) * m
            return self.out(self.drop(h.transpose(1, 2)))  # [B, T, L]

        def nll(self, E: torch.Tensor, y: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            T = self.transitions
            B, S, _ = E.shape
            mf = mask.to(E.dtype)
            gold = (E.gather(2, y.unsqueeze(2)).squeeze(2) * mf).sum(1)
            gold = gold + (T[y[:, :-1], y[:, 1:]] * mf[:, 1:]).sum(1)
            alpha = E[:, 0]
            for t in range(1, S):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + T.unsqueeze(0), dim=1) + E[:, t]
                alpha = torch.where(mask[:, t].unsqueeze(1), nxt, alpha)
            return (torch.logsumexp(alpha, dim=1) - gold).sum()

    return TorchNet()


def export(model, enc: Encoder) -> Net:  # type: ignore[no-untyped-def]
    """The trained weights as a :class:`kmytext.ner.net.Net` (float32 arrays)."""
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    arrays = {f"emb_{k}": sd[f"emb_{k}.weight"] for k in ("c", "b", "wp", "w", "g", "pl", "lb", "le")
              if f"emb_{k}.weight" in sd}
    for k in range(3):
        arrays[f"conv{k}.weight"] = sd[f"conv{k}.weight"]
        arrays[f"conv{k}.bias"] = sd[f"conv{k}.bias"]
    arrays["out.weight"] = sd["out.weight"]
    arrays["out.bias"] = sd["out.bias"]
    arrays["transitions"] = sd["transitions"].astype(np.float64)
    return Net(LABELS, enc, quantized(arrays))


def load_shipped(model, net: Net) -> None:  # type: ignore[no-untyped-def]
    """Put the weights as shipped (int8 tables multiplied back) into the PyTorch model."""
    import torch

    weights = _float(net.arrays)
    with torch.no_grad():
        for name, p in model.named_parameters():
            key = name.removesuffix(".weight") if name.startswith("emb_") else name
            p.copy_(torch.from_numpy(weights[key].astype(np.float32)).reshape(p.shape))


def f1(net: Net | Combined, sents: Sequence[Sentence], pairs: Sequence[Sequence[Pair]],
       types: tuple[str, ...] = ("PER", "LOC", "ORG")) -> float:
    found = net.spans([t for t, _ in sents], pairs)
    tp = npred = ngold = 0
    for (_, gold), pred in zip(sents, found):
        g = {s for s in gold if s[2] in types}
        p = {s for s in pred if s[2] in types}
        tp += len(g & p)
        npred += len(p)
        ngold += len(g)
    return 2 * tp / (npred + ngold) if npred + ngold else 0.0


def agreement(model, net: Net, sents: Sequence[Sentence], pairs: Sequence[Sequence[Pair]]  # type: ignore[no-untyped-def]
              ) -> tuple[int, int, float]:
    """How many of ``sents`` the NumPy tagger labels exactly as the PyTorch model does
    (its scores decoded by the same Viterbi), of how many, and the largest difference
    between the two models' scores."""
    import torch

    texts = [t for t, _ in sents]
    mine = net.tag_ids(texts, pairs)
    same, worst = 0, 0.0
    model.eval()
    for k in range(0, len(texts), 256):
        part = list(range(k, min(k + 256, len(texts))))
        S = max(len(texts[i]) for i in part)
        ids = np.zeros((len(part), S, len(COLUMNS)), dtype=np.int64)
        mask = np.zeros((len(part), S), dtype=bool)
        for j, i in enumerate(part):
            n = len(texts[i])
            if n:
                ids[j, :n] = net.encoder.encode([texts[i]], [pairs[i]])
                mask[j, :n] = True
        with torch.no_grad():
            E = model.emissions(torch.from_numpy(ids), torch.from_numpy(mask)).double().numpy()
        for j, i in enumerate(part):
            n = len(texts[i])
            if not n:
                same += mine[i] == []
                continue
            theirs = net._viterbi.labels(E[j, :n], [n])
            ours = net.scores(net.encoder.encode([texts[i]], [pairs[i]]), [n])
            worst = max(worst, float(np.abs(ours - E[j, :n]).max()))
            same += theirs == mine[i]
    return same, len(texts), worst


def batches(lengths: Sequence[int], budget: int, rng: random.Random) -> list[list[int]]:
    """Indices grouped by similar length, about ``budget`` padded characters a batch,
    in a shuffled order."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random()))
    out: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        if cur and (len(cur) + 1) * max(lengths[cur[-1]], lengths[i]) > budget:
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    rng.shuffle(out)
    return out


def train(args: argparse.Namespace) -> Net:
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    rng = random.Random(SEED)
    t0 = time.perf_counter()
    sp = splits(args.data)
    tr = training_data(sp, args.cluener)
    pairs = [sentence_pairs(t) for t, _ in tr]
    dev = {k: (sp[k], [sentence_pairs(t) for t, _ in sp[k]]) for k in ("msra_dev", "cluener_dev")}
    enc = build_encoder(tr, pairs, min_bigram=args.min_bigram, min_word=args.min_word, lexicon=args.lexicon)
    gaz = folded_gazetteers(tr, 2) if args.gazetteer else [Gazetteer({})] * len(tr)
    # CLUENER repeated after the folds are drawn: a copy never lends its names to another
    tr, pairs, gaz = repeat_cluener(sp, args.cluener_repeat, tr, pairs, gaz)
    if not args.gazetteer:
        enc = Encoder(enc.chars, enc.bigrams, enc.wordpos, enc.words, {}, enc.places, enc.lexicon)
    if not args.places:
        enc = Encoder(enc.chars, enc.bigrams, enc.wordpos, enc.words, enc.names, [], enc.lexicon)
    X = encode_all(enc, tr, pairs, gaz)
    Y = gold_ids(tr)
    print(f"train: {len(tr)} sentences, {sum(map(len, Y))} chars; vocab chars {enc.n_chars}, "
          f"bigrams {len(enc.bigrams)}, words {len(enc.words)}, wordpos {len(enc.wordpos)}, "
          f"names {len(enc.names)}, places {len(enc.places)}; {time.perf_counter() - t0:.0f}s",
          file=sys.stderr, flush=True)
    dims = {"c": args.dim_char, "b": args.dim_bigram, "wp": 16, "w": args.dim_word, "g": 8, "pl": 4,
            "lex": 8}
    model = make_torch_model(enc, dims, args.hidden, args.dropout)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=args.decay)
    lengths = [len(y) for y in Y]
    best, best_state, best_epoch = -1.0, None, 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        t1 = time.perf_counter()
        total = 0.0
        for batch in batches(lengths, args.batch_chars, rng):
            S = max(lengths[i] for i in batch)
            ids = np.zeros((len(batch), S, len(COLUMNS)), dtype=np.int64)
            y = np.zeros((len(batch), S), dtype=np.int64)
            mask = np.zeros((len(batch), S), dtype=bool)
            for k, i in enumerate(batch):
                n = lengths[i]
                ids[k, :n] = X[i]
                y[k, :n] = Y[i]
                mask[k, :n] = True
            if args.unk > 0:  # word dropout: the model learns what an unknown id means
                drop = np.random.default_rng(rng.randrange(1 << 30)).random((len(batch), S, 4)) < args.unk
                sub = ids[..., [0, 1, 2, 4]]
                sub[drop & (sub != PAD)] = UNK
                ids[..., [0, 1, 2, 4]] = sub
            it, yt, mt = torch.from_numpy(ids), torch.from_numpy(y), torch.from_numpy(mask)
            loss = model.nll(model.emissions(it, mt), yt, mt)
            opt.zero_grad()
            (loss / mt.sum()).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        sched.step()
        model.eval()
        with torch.no_grad():
            net = export(model, enc)
        scores = {k: f1(net, *v, types=("PER", "LOC", "ORG") if k == "msra_dev" else ("PER", "ORG"))
                  for k, v in dev.items()}
        mean = (scores["msra_dev"] + scores["cluener_dev"]) / 2
        print(f"epoch {epoch}: loss {total / sum(lengths):.4f}/char, {time.perf_counter() - t1:.0f}s; "
              f"dev F1 MSRA {scores['msra_dev']:.4f} CLUENER {scores['cluener_dev']:.4f}",
              file=sys.stderr, flush=True)
        if mean > best:
            best, best_epoch = mean, epoch
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
            if args.checkpoint:
                net.save(args.checkpoint)
    assert best_state is not None
    model.load_state_dict(best_state)
    net = export(model, enc)
    print(f"kept epoch {best_epoch} (mean dev F1 {best:.4f}); {time.perf_counter() - t0:.0f}s in all",
          file=sys.stderr, flush=True)
    load_shipped(model, net)
    for k, v in dev.items():
        same, total, worst = agreement(model, net, *v)
        print(f"NumPy tagger against PyTorch on {k}: {same} of {total} sentences labelled the same; "
              f"scores differ by at most {worst:.2g}", file=sys.stderr, flush=True)
    return net


def add_arguments(ap: argparse.ArgumentParser) -> None:
    # both read by the CRF too (tools.train.ner --kind crf)
    ap.add_argument("--cluener", choices=["none", "plain", "silver"], default="silver")
    ap.add_argument("--cluener-repeat", type=int, default=1,
                    help="CLUENER's sentences this many times (the net and the CRF)")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--decay", type=float, default=0.85, help="learning rate factor per epoch")
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dropout", type=float, default=0.25)
    ap.add_argument("--unk", type=float, default=0.03, help="word dropout rate")
    ap.add_argument("--dim-char", type=int, default=64)
    ap.add_argument("--dim-bigram", type=int, default=32)
    ap.add_argument("--dim-word", type=int, default=32)
    ap.add_argument("--min-bigram", type=int, default=5)
    ap.add_argument("--min-word", type=int, default=5)
    ap.add_argument("--no-gazetteer", dest="gazetteer", action="store_false")
    ap.add_argument("--no-places", dest="places", action="store_false")
    ap.add_argument("--no-lexicon", dest="lexicon", action="store_false",
                    help="leave out the columns of jieba's dictionary as a lattice")
    ap.add_argument("--batch-chars", type=int, default=3000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--checkpoint", type=Path, help="write the best model so far here after each epoch")


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.train.ner_net", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, required=True)
    add_arguments(ap)
    args = ap.parse_args()
    net = train(args)
    net.save(args.out)
    print(f"model {args.out} {args.out.stat().st_size / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
