"""Train the PER/LOC/ORG entity model shipped in ``kmytext/data``.

    python -m tools.train.ner                           # rebuilds the shipped model (the CRF)
    python -m tools.train.ner --kind crf --out /tmp/x.crf --features v4 --no-with-dev   # an experiment
    python -m tools.train.ner --kind net --out /tmp/net.zip --no-lexicon --threads 1
    python -m tools.train.ner --kind combined --out /tmp/both.zip --net /tmp/net.zip --crf /tmp/x.crf
    python -m tools.train.ner --kind combined --out kmytext/data/ner_accurate.zip \
        --net /tmp/net.zip --crf kmytext/data/ner.crf --weight 0.5   # the shipped network + the shipped CRF

``--kind crf`` (the default, what ships): the character CRF of ``kmytext.ner.crf``,
trained with python-crfsuite; unless ``--out`` ends in ``.crfsuite`` it is converted to
the compact file the NumPy tagger reads. ``--kind net``: the convolutional tagger of
``kmytext.ner.net``, trained with PyTorch on the CPU by ``tools.train.ner_net`` (the
``train-net`` extra; its options are listed below). ``--kind combined``
(``kmytext.ner.combined``, measured and not shipped: more accurate, three to four times
slower, see ``kmytext/data/ner.md``): the network and the CRF, their scores added with
the weight on the CRF's that gives the best mean F1 on MSRA dev and CLUENER dev;
``--net`` / ``--crf`` take parts already trained. A net or combined model is used with
``kmytext.ner.tagger.use_model(path)``.

Both train on the ``msra_train`` split of ``tools.train.ner_data.splits`` (80% of MSRA)
and, unless ``--cluener none``, the ``cluener_train`` split (80% of CLUENER, PER and ORG,
with the place names MSRA tags LOC tagged LOC: ``--cluener silver``). The CRF also trains on
the dev splits by default (``--with-dev``): the shipped model was chosen on dev, then
retrained on train + dev; experiments scored on dev need ``--no-with-dev``. The final
splits are never trained on (``python -m tools.eval ner``). Same data, same machine, same
threads: same model.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from kmytext.ner.tagger import MODEL_RESOURCE
from tools.train.ner_data import (
    SEED,
    default_data_dir,
    folded_gazetteers,
    repeat_cluener,
    spans_to_bio,
    splits,
    training_data,
)

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "kmytext" / "data" / MODEL_RESOURCE


def train_crf(args: argparse.Namespace) -> None:
    import pycrfsuite

    from kmytext.ner.crf import Model
    from kmytext.ner.features import FEATURE_SETS, gazetteer_names, sent2features

    class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc]
        """Reports every 25th iteration on stderr instead of crfsuite's full log."""

        def _quiet(self, *a):  # type: ignore[no-untyped-def]
            pass

        on_start = on_featgen_progress = on_featgen_end = on_prepared = _quiet
        on_optimization_end = on_end = on_prepare_error = _quiet

        def on_iteration(self, log, info):  # type: ignore[no-untyped-def]
            if info["num"] % 25 == 0:
                print(f"  iteration {info['num']}: loss {info['loss']:.0f}, "
                      f"{info['active_features']} active features, {info['time']:.1f}s/it",
                      file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    sp = splits(args.data)
    if args.with_dev:
        sp = dict(sp, msra_train=sp["msra_train"] + sp["msra_dev"],
                  cluener_train=sp["cluener_train"] + sp["cluener_dev"])
    train = training_data(sp, args.cluener)
    templates = FEATURE_SETS[args.features]
    uses_g = any(c == "g" for _, parts in templates for c, _ in parts)
    names = gazetteer_names(train, args.gazetteer_min) if uses_g else {}
    gaz = folded_gazetteers(train, args.gazetteer_min) if uses_g else [None] * len(train)
    # the names and folds drawn first: a copy adds weight, not names
    train, gaz = repeat_cluener(sp, args.cluener_repeat, train, gaz)
    types = Counter(t for _, spans in train for *_, t in spans)
    print(f"data: {args.data} (seed {SEED}); features {args.features}; CLUENER {args.cluener}"
          f"{f' x{args.cluener_repeat}' if args.cluener_repeat != 1 else ''}"
          f"{'; with the dev parts' if args.with_dev else ''}",
          file=sys.stderr)
    print(f"train: {len(train)} sentences, {sum(len(t) for t, _ in train)} chars, entities {dict(types)}",
          file=sys.stderr)
    trainer = _Trainer(verbose=True)
    for (text, spans), g in zip(train, gaz):
        trainer.append(sent2features(text, templates=templates, gazetteer=g), spans_to_bio(len(text), spans))
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.max_iter,
        "feature.minfreq": args.minfreq, "feature.possible_transitions": True,
    })
    t1 = time.perf_counter()
    print(f"features built in {t1 - t0:.0f}s; training {trainer.params()} ...", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = args.out if args.out.suffix == ".crfsuite" else Path(tmp) / "ner.crfsuite"
        trainer.train(str(raw))
        if args.keep_raw:
            shutil.copy(raw, args.out.with_suffix(".crfsuite"))
        if raw != args.out:
            Model.from_crfsuite(raw, templates, names).save(args.out)
    print(f"trained in {time.perf_counter() - t1:.0f}s; model {args.out} "
          f"{args.out.stat().st_size / 1e6:.1f} MB", file=sys.stderr)


WEIGHTS = (0.25, 0.5, 0.75, 1.0)  # weights on the CRF's scores tried on dev


def combine(net_path: Path, crf_path: Path, args: argparse.Namespace) -> None:
    """The two parts with the CRF weight of :data:`WEIGHTS` that gives the best mean F1
    on the dev splits (MSRA on PER/LOC/ORG, CLUENER on PER/ORG), or ``--weight``: the weight
    chosen before, for a CRF that has seen the dev parts (which would flatter it there)."""
    from kmytext.ner.combined import Combined
    from kmytext.ner.crf import Model
    from kmytext.ner.features import sentence_pairs
    from kmytext.ner.net import Net
    from tools.train.ner_net import f1

    net, crf = Net.load(net_path), Model.load(crf_path)
    if args.weight is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        Combined(net, crf, args.weight).save(args.out)
        print(f"CRF weight {args.weight} as given; model {args.out} {args.out.stat().st_size / 1e6:.1f} MB",
              file=sys.stderr)
        return
    sp = splits(args.data)
    dev = {k: (sp[k], [sentence_pairs(t) for t, _ in sp[k]]) for k in ("msra_dev", "cluener_dev")}
    best: tuple[float, float] = (-1.0, 0.0)
    for w in WEIGHTS:
        both = Combined(net, crf, w)
        msra = f1(both, *dev["msra_dev"])
        cluener = f1(both, *dev["cluener_dev"], types=("PER", "ORG"))
        print(f"CRF weight {w}: dev F1 MSRA {msra:.4f} CLUENER {cluener:.4f}", file=sys.stderr, flush=True)
        best = max(best, ((msra + cluener) / 2, w))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    Combined(net, crf, best[1]).save(args.out)
    print(f"kept CRF weight {best[1]}; model {args.out} {args.out.stat().st_size / 1e6:.1f} MB",
          file=sys.stderr)


def main() -> None:
    from kmytext.ner.features import DEFAULT_FEATURES, FEATURE_SETS
    from tools.train import ner_net

    ap = argparse.ArgumentParser(prog="python -m tools.train.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=["crf", "net", "combined"], default="crf")
    ap.add_argument("--net", type=Path, help="--kind combined: a network already trained")
    ap.add_argument("--crf", type=Path, help="--kind combined: a CRF already trained")
    ap.add_argument("--weight", type=float, help="--kind combined: the CRF's weight, instead of choosing it on dev")
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    crf = ap.add_argument_group("--kind crf")
    crf.add_argument("--features", choices=sorted(FEATURE_SETS), default=DEFAULT_FEATURES,
                     help="feature templates (kmytext.ner.features.FEATURE_SETS)")
    crf.add_argument("--c1", type=float, default=0.1, help="L1 penalty (prunes features)")
    crf.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    crf.add_argument("--max-iter", type=int, default=150)
    crf.add_argument("--minfreq", type=float, default=1)
    crf.add_argument("--with-dev", action=argparse.BooleanOptionalAction, default=True,
                     help="train on the dev parts too, as the shipped model is (every choice made on dev "
                          "first); --no-with-dev for experiments scored on dev")
    crf.add_argument("--keep-raw", action="store_true", help="keep crfsuite's own model file beside --out")
    crf.add_argument("--gazetteer-min", type=int, default=2,
                     help="a name joins the gazetteer (g column) once tagged this many times")
    ner_net.add_arguments(ap.add_argument_group("--kind net"))
    args = ap.parse_args()
    if args.kind != "crf" and args.out == DEFAULT_OUT:
        ap.error(f"--kind {args.kind} needs --out: {DEFAULT_OUT.name} is the shipped CRF")
    if args.weight is not None and (args.kind != "combined" or not math.isfinite(args.weight) or args.weight < 0):
        ap.error("--weight is the CRF's weight in a --kind combined model: a number, 0 or more")
    if args.cluener_repeat < 1:
        ap.error("--cluener-repeat is how many times CLUENER's sentences come: 1 or more")
    t0 = time.perf_counter()
    if args.kind == "crf":
        train_crf(args)
    elif args.kind == "net":
        net = ner_net.train(args)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        net.save(args.out)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = args.out
            net_path, crf_path = args.net, args.crf
            if net_path is None:
                net_path = Path(tmp) / "net.zip"
                ner_net.train(args).save(net_path)
            if crf_path is None:
                crf_path = args.out = Path(tmp) / "ner.crf"
                train_crf(args)
            args.out = out
            combine(net_path, crf_path, args)
    print(f"model {args.out} {args.out.stat().st_size / 1e6:.1f} MB; {time.perf_counter() - t0:.0f}s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
