"""The examples in the docstrings are true: every module's doctests run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kmytext

MODULES = sorted(m.name for m in pkgutil.walk_packages(kmytext.__path__, "kmytext.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
