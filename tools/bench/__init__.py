"""Speed and memory: ``python -m tools.bench.run`` (kmytext against jieba, whole processes),
``tools.bench.ner``, ``tools.bench.numbers``, ``tools.bench.memory``."""
