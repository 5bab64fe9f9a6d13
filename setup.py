"""The one thing pyproject.toml cannot say yet without a warning: the entity tagger's inner
loops in C (kmytext/ner/_kernel.c), built where a C compiler is at hand. Optional: without
a compiler the install goes on and the tagger runs in NumPy, with the same labels."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("kmytext.ner._kernel", ["kmytext/ner/_kernel.c"], optional=True)])
