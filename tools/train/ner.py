"""Train the PER/LOC/ORG character CRF shipped as ``kmytext/data/ner.crf``.

    python -m tools.train.ner                      # rebuilds the shipped model
    python -m tools.train.ner --out /tmp/x.crfsuite --address loc   # an experiment

crfsuite trains the model; unless ``--out`` ends in ``.crfsuite`` it is then converted
to the compact file ``kmytext.ner.crf`` tags with (crfsuite is not needed to tag).

Trains on People's Daily dev + 80% of test and 90% of CLUENER train (labels mapped
by ``tools.train.ner_data``); the rest is held back for ``python -m tools.eval ner``.
The split and crfsuite's L-BFGS are deterministic, so the same data gives the same model.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from kmytext.ner.crf import Model
from kmytext.ner.features import sent2features
from tools.train.ner_data import SEED, default_data_dir, spans_to_bio, splits

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "kmytext" / "data" / "ner.crf"


class _Trainer(pycrfsuite.Trainer):
    """Reports every 25th iteration on stderr instead of crfsuite's full log
    (the handlers only run with ``verbose=True``)."""

    def _quiet(self, *args):  # type: ignore[no-untyped-def]
        pass

    on_start = on_featgen_progress = on_featgen_end = on_prepared = _quiet
    on_optimization_end = on_end = on_prepare_error = _quiet

    def on_iteration(self, log, info):  # type: ignore[no-untyped-def]
        if info["num"] % 25 == 0:
            print(f"  iteration {info['num']}: loss {info['loss']:.0f}, "
                  f"{info['active_features']} active features, {info['time']:.1f}s/it",
                  file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.train.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--address", choices=["place", "cut", "loc", "drop"], default="place",
                    help="CLUENER address mapping for training (see ner_data.read_cluener)")
    ap.add_argument("--no-silver", action="store_true",
                    help="don't tag People's Daily place names LOC in CLUENER sentences")
    ap.add_argument("--no-cluener", action="store_true", help="train on People's Daily only")
    ap.add_argument("--pd-weight", type=int, default=1,
                    help="repeat the People's Daily sentences this many times (weights the corpora)")
    ap.add_argument("--c1", type=float, default=0.1, help="L1 penalty (prunes features)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--minfreq", type=float, default=1)
    args = ap.parse_args()

    t0 = time.perf_counter()
    sp = splits(args.data, address=args.address, silver=not args.no_silver)
    train = sp["pd_train"] * args.pd_weight + ([] if args.no_cluener else sp["cluener_train"])
    types = Counter(t for _, spans in train for *_, t in spans)
    print(f"data: {args.data} (seed {SEED})", file=sys.stderr)
    print(f"train: People's Daily dev + 80% test: {len(sp['pd_train'])} sentences; "
          f"CLUENER train 90% (address={args.address}, silver={not args.no_silver}): "
          f"{0 if args.no_cluener else len(sp['cluener_train'])} sentences", file=sys.stderr)
    print(f"train: {sum(len(t) for t, _ in train)} chars, entities {dict(types)}", file=sys.stderr)
    print(f"held out: {len(sp['pd_heldout'])} PD, {len(sp['cluener_heldout'])} CLUENER sentences",
          file=sys.stderr)

    trainer = _Trainer(verbose=True)
    for text, spans in train:
        trainer.append(sent2features(text), spans_to_bio(len(text), spans))
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
        if raw != args.out:
            Model.from_crfsuite(raw).save(args.out)
    t2 = time.perf_counter()
    info = trainer.logparser.last_iteration
    print(f"trained in {t2 - t1:.0f}s ({info.get('num') if info else '?'} iterations); "
          f"model {args.out} {args.out.stat().st_size / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
