"""Train the PER/LOC/ORG entity model shipped in ``kmytext/data``.

    python -m tools.train.ner                                 # rebuilds the shipped model
    python -m tools.train.ner --out /tmp/x.crf --features v2  # an experiment

The character CRF of ``kmytext.ner.crf``, trained with python-crfsuite; unless ``--out``
ends in ``.crfsuite`` it is converted to the compact file the NumPy tagger reads.

Both train on the ``msra_train`` split of ``tools.train.ner_data.splits`` (80% of MSRA)
and, unless ``--cluener none``, the ``cluener_train`` split (80% of CLUENER, PER and ORG,
with the place names MSRA tags LOC tagged LOC: ``--cluener silver``); the dev and final
splits are never trained on (``python -m tools.eval ner``). Same data, same machine, same
threads: same model.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from kmytext.ner.tagger import MODEL_RESOURCE
from tools.train.ner_data import SEED, default_data_dir, folded_gazetteers, spans_to_bio, splits, training_data

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
    train = training_data(sp, args.cluener)
    types = Counter(t for _, spans in train for *_, t in spans)
    print(f"data: {args.data} (seed {SEED}); features {args.features}; CLUENER {args.cluener}",
          file=sys.stderr)
    print(f"train: {len(train)} sentences, {sum(len(t) for t, _ in train)} chars, entities {dict(types)}",
          file=sys.stderr)
    templates = FEATURE_SETS[args.features]
    uses_g = any(c == "g" for _, parts in templates for c, _ in parts)
    names = gazetteer_names(train, args.gazetteer_min) if uses_g else {}
    gaz = folded_gazetteers(train, args.gazetteer_min) if uses_g else [None] * len(train)
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


def main() -> None:
    from kmytext.ner.features import DEFAULT_FEATURES, FEATURE_SETS

    ap = argparse.ArgumentParser(prog="python -m tools.train.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cluener", choices=["none", "plain", "silver"], default="silver")
    ap.add_argument("--features", choices=sorted(FEATURE_SETS), default=DEFAULT_FEATURES,
                    help="feature templates (kmytext.ner.features.FEATURE_SETS)")
    ap.add_argument("--c1", type=float, default=0.1, help="L1 penalty (prunes features)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--minfreq", type=float, default=1)
    ap.add_argument("--keep-raw", action="store_true", help="keep crfsuite's own model file beside --out")
    ap.add_argument("--gazetteer-min", type=int, default=2,
                    help="a name joins the gazetteer (g column) once tagged this many times")
    train_crf(ap.parse_args())


if __name__ == "__main__":
    main()
