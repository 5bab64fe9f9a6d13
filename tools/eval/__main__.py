"""python -m tools.eval <task> [args]: run one evaluation script."""

from __future__ import annotations

import importlib
import sys

# One line per task; each module has ``main(argv: list[str]) -> int | None``.
TASKS = {
    "ner": "tools.eval.ner",
    "ner_rules": "tools.eval.ner_rules",
    "numbers": "tools.eval.numbers",
    "cleanup": "tools.eval.cleanup",
    "encoding": "tools.eval.encoding",
    "quotes": "tools.eval.quotes",
    "posts": "tools.eval.posts",
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in TASKS:
        print(f"usage: python -m tools.eval {{{','.join(sorted(TASKS))}}} [args]", file=sys.stderr)
        return 2
    return int(importlib.import_module(TASKS[args[0]]).main(args[1:]) or 0)


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # `| head` ends quietly
        sys.stderr.close()
        raise SystemExit(0) from None
