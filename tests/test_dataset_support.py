"""Shared helpers for the dataset tests: a Typer app around the dataset command, and sample rows."""
from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import Any

import orjson
import typer

from stripper.dataset.cli import bench, dataset

app = typer.Typer()
app.command("dataset")(dataset)
app.command("bench")(bench)

STORY = (
    "The city council voted on Tuesday to expand the riverside park by twelve acres, ending a debate "
    "that had run for most of the decade."
)
BOILER = "Sign up for our newsletter to get the latest news delivered to your inbox!"


def sample_rows(n: int, *, boiler_every: int = 2) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        lines = [f"{STORY} Report number {i}.", f"{STORY} Second paragraph {i}."]
        if i % boiler_every == 0:
            lines.insert(1, BOILER)
        rows.append({"id": f"doc-{i}", "text": "\n\n".join(lines), "n": i, "meta": {"lang": "en", "score": 0.5}})
    return rows


def write_jsonl(path: Path, rows: list[Any], *, raw_lines: dict[int, bytes] | None = None) -> None:
    lines = [orjson.dumps(r) for r in rows]
    for i, raw in (raw_lines or {}).items():
        lines[i] = raw
    data = b"".join(x + b"\n" for x in lines)
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def read_rows(path: Path) -> list[dict[str, Any]]:
    if path.name.endswith(".parquet"):
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    elif path.name.endswith(".zst"):
        import zstandard

        data = io.BufferedReader(
            zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
        ).read()
    return [orjson.loads(x) for x in data.splitlines() if x.strip()]
