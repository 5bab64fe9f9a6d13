"""Speed and memory: ``python -m tools.bench.run`` (kmytext against jieba, whole processes),
``tools.bench.ner``, ``tools.bench.numbers``, ``tools.bench.memory``."""

from kmytext.run.parallel import one_blas_thread

one_blas_thread()  # as the command line does, before NumPy loads: figures as users get them
