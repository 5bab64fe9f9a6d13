"""The file format the entity taggers share: a zip of ``header.json`` (with a ``format`` key),
NumPy arrays as ``NAME.npy`` and other files, written with fixed dates so a rebuild gives the
same bytes."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import numpy as np

from kmytext.errors import ModelError

REBUILD = "rebuild it with `python -m tools.train.ner`"


def write(path: str | Path | IO[bytes], header: Mapping[str, Any], arrays: Mapping[str, np.ndarray] = {},
          files: Mapping[str, bytes] = {}, *, compress: bool = True) -> None:
    """``header`` as ``header.json``, then ``files`` and ``arrays`` in the order given."""
    kind = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", kind) as zf:
        def put(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = kind
            zf.writestr(info, data)

        put("header.json", json.dumps(dict(header), ensure_ascii=False, sort_keys=True).encode())
        for name, data in files.items():
            put(name, data)
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
            put(name + ".npy", buf.getvalue())


def header(zf: zipfile.ZipFile, fmt: str) -> dict[str, Any]:
    """The header of an open model file, which must be of format ``fmt``."""
    found: dict[str, Any] = json.loads(zf.read("header.json"))
    if found.get("format") != fmt:
        raise ModelError(f"the entity model is {found.get('format')!r}, not {fmt!r}: {REBUILD}")
    return found


def array(zf: zipfile.ZipFile, name: str) -> np.ndarray:
    """The array ``NAME.npy`` of an open model file."""
    return np.lib.format.read_array(io.BytesIO(zf.read(name + ".npy")))
