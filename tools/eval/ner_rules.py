"""What each news rule of ``kmytext.entities`` is worth on a held-back split.

    python -m tools.eval ner_rules [--split dev] [--corpus msra|cluener] [--model PATH]

Scores ``kmytext.entities()`` (exact spans; MSRA on PER/LOC/ORG, CLUENER on PER/ORG) with
every rule, then with each rule turned off in turn, and prints each rule's F1 delta:
positive means the rule helps. The rules are ``kmytext.ner.rules.RULES`` (whatever it
lists when this runs), document consistency, bylines, aliases and newspaper cleanup.
Sentence-level gold data cannot show what the document-level steps (consistency,
bylines, aliases) do on whole articles.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kmytext.text.document import Document
from tools.eval.ner import TYPES, model_tagger, score
from tools.train.ner_data import Sentence, Span, splits


def _name(rule: Callable[..., object]) -> str:
    inner = getattr(rule, "__wrapped__", None)
    return _name(inner) if inner is not None else getattr(rule, "__name__", repr(rule))


@contextmanager
def _without(step: str) -> Iterator[None]:
    """``kmytext.entities`` with one step turned off: a rule of ``RULES`` by name, or
    ``consistency``, ``credits``, ``aliases``."""
    import kmytext.ner.pipeline as pipeline
    import kmytext.ner.rules as rules

    saved_rules = rules.RULES
    saved = {k: getattr(pipeline, k) for k in ("consistent", "credited", "aliases")}
    try:
        if step == "consistency":
            pipeline.consistent = lambda text, spans: spans  # type: ignore[assignment]
        elif step == "credits":
            pipeline.credited = lambda doc: []  # type: ignore[assignment]
        elif step == "aliases":
            pipeline.aliases = lambda doc, found: []  # type: ignore[assignment]
        else:
            rules.RULES = tuple(r for r in saved_rules if _name(r) != step)
        yield
    finally:
        rules.RULES = saved_rules
        for k, v in saved.items():
            setattr(pipeline, k, v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.eval ner_rules", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="fast (the default), accurate, or a model file")
    ap.add_argument("--split", choices=["dev", "final"], default="dev")
    ap.add_argument("--corpus", choices=["msra", "cluener"], default="msra")
    ap.add_argument("--data", type=Path, help="the ner data folder (default ../shared/data/ner)")
    args = ap.parse_args(argv)
    import kmytext
    import kmytext.ner.rules as rules
    import kmytext.ner.tagger as ner

    if args.model:
        ner.use_model(args.model)
    # the model's spans do not depend on the rules: tag each text once
    tag_spans_many = ner.tag_spans_many
    memo: dict[str, list[Span]] = {}

    def remembered(docs: list[Document]) -> list[list[Span]]:
        todo = [d for d in docs if d.clean_text not in memo]
        for d, found in zip(todo, tag_spans_many(todo)):
            memo[d.clean_text] = found
        return [memo[d.clean_text] for d in docs]

    ner.tag_spans_many = remembered  # type: ignore[assignment]
    gold: list[Sentence] = splits(args.data)[f"{args.corpus}_{args.split}"]
    types = TYPES if args.corpus == "msra" else ("PER", "ORG")
    clean = [True]

    def pipeline(texts: list[str]) -> list[list[Span]]:
        return [[(e.start, e.end, e.type) for e in found if e.type in types]
                for found in kmytext.entities_many(texts, clean=clean[0])]

    base = score(gold, model_tagger, types)[0]
    full = score(gold, pipeline, types)[0]
    print(f"{args.corpus} {args.split}: model alone F1 {base['ALL'][2]:.4f}; "
          f"kmytext.entities() {full['ALL'][2]:.4f}")
    print(f"{'step':<18} {'F1 without':>10} {'delta':>8}  (delta > 0: the step helps)   per type without it")
    steps = [_name(r) for r in rules.RULES] + ["consistency", "credits", "aliases"]
    for step in [*steps, "cleanup"]:
        if step == "cleanup":
            clean[0] = False
            res = score(gold, pipeline, types)[0]
            clean[0] = True
        else:
            with _without(step):
                res = score(gold, pipeline, types)[0]
        per = "  ".join(f"{t} {res[t][2]:.3f}" for t in types)
        print(f"{step:<18} {res['ALL'][2]:10.4f} {full['ALL'][2] - res['ALL'][2]:+8.4f}  {per}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head` ends quietly
        sys.stderr.close()
        sys.exit(0)
