"""Dataset file formats, told from the file name: JSONL (plain, gzip, zstd) and Parquet."""
from __future__ import annotations

import glob
import os
from pathlib import Path

from ..errors import InputError, UsageError

FORMATS = ("jsonl", "jsonl.gz", "jsonl.zst", "parquet")
EXTENSIONS = {"jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "jsonl.zst": ".jsonl.zst", "parquet": ".parquet"}
# Inputs of fewer bytes than this are stripped in the main process whatever -j says (`--small-input`,
# runner._input_bytes): starting workers (the rules compiled before the fork, the processes, their
# first rows) costs more than a second core saves on a few MB.
SMALL_INPUT = 4 << 20


def format_of(path: str | Path, override: str | None = None) -> str:
    """The dataset format of `path`, from `override` or the file name."""
    if override:
        if override not in FORMATS:
            raise UsageError(f"unknown format {override!r}; use one of {', '.join(FORMATS)}")
        return override
    name = str(path).lower()
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith((".zst", ".zstd")):
        return "jsonl.zst"
    if name.endswith(".gz"):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".json", ".ndjson")):
        return "jsonl"
    raise UsageError(f"cannot tell the format of {path} from its name; pass --input-format/--output-format")


def expand_inputs(patterns: list[str]) -> list[Path]:
    """Files named or matched by `patterns`, in the order given (a glob's matches sorted), each once.

    A pattern that names nothing is an error: silently processing fewer files than asked loses data."""
    out: list[Path] = []
    seen: set[str] = set()
    for pat in patterns:
        if any(c in pat for c in "*?["):
            matches = sorted(glob.glob(pat, recursive=True))
            matches = [m for m in matches if os.path.isfile(m)]
            if not matches:
                raise InputError(f"{pat}: no files match")
        else:
            if not os.path.exists(pat):
                raise InputError(f"{pat}: no such file")
            if os.path.isdir(pat):
                raise InputError(f"{pat}: is a directory; name its files or use a glob such as '{pat}/*.jsonl.gz'")
            matches = [pat]
        for m in matches:
            key = os.path.realpath(m)
            if key not in seen:
                seen.add(key)
                out.append(Path(m))
    return out


def need(module: str, extra: str) -> None:
    """Import `module` or raise a UsageError naming the extra that provides it."""
    try:
        __import__(module)
    except ImportError:
        raise UsageError(f"this needs {module}; install it with: pip install 'stripper[{extra}]'") from None
