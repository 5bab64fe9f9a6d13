"""Evaluation scripts: ``python -m tools.eval <task> [args]`` (ner, numbers, cleanup, encoding, quotes, posts)."""

from kmytext.run.parallel import one_blas_thread

one_blas_thread()  # as the command line does, before NumPy loads: figures as users get them
