"""Development tools, not shipped in the kmytext package: evaluations, training, builds
of the bundled data, benchmarks. Run each as a module from the repository root
(``python -m tools.eval ner``); ``tools/README.md`` lists them with the data they need."""

from __future__ import annotations

import sys
from types import TracebackType


def _missing_data(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A tool run without its data (``../shared/data`` is only beside a development checkout)
    or without an optional module says so in one line, not a traceback."""
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    tool = f"python -m {spec.name.removesuffix('.__main__')}" if spec is not None else sys.argv[0]
    if isinstance(exc, FileNotFoundError) and exc.filename:
        sys.stderr.write(f"{tool}: needs {exc.filename}, which is not there; the development corpora "
                         "(../shared/data) are beside the repository only in a development checkout; "
                         "tools/README.md says what each tool needs\n")
        raise SystemExit(2)
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        sys.stderr.write(f"{tool}: needs the Python module {exc.name!r}, which is not installed; "
                         "tools/README.md says what each tool needs\n")
        raise SystemExit(2)
    sys.__excepthook__(kind, exc, tb)


if __name__ != "__main__" and sys.excepthook is sys.__excepthook__ and "pytest" not in sys.modules:
    sys.excepthook = _missing_data
