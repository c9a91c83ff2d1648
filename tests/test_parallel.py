"""strip_many: same results as strip, in order, streaming, errors at their place."""
from __future__ import annotations

import itertools

import pytest
from test_dataset_support import sample_rows

from stripper import strip
from stripper.parallel import strip_many


@pytest.mark.parametrize("workers", [1, 2])
def test_same_results_in_order(workers: int) -> None:
    docs = [r["text"] for r in sample_rows(101)]
    got = list(strip_many(docs, workers=workers, format="text", chunk_size=4))
    assert got == [strip(d, format="text") for d in docs]


def test_streams_an_endless_generator() -> None:
    # Only a few chunks are ever taken ahead: an infinite input does not hang or exhaust memory.
    docs = (r["text"] for r in itertools.cycle(sample_rows(10)))
    first = list(itertools.islice(strip_many(docs, workers=2, format="text", chunk_size=2), 25))
    assert len(first) == 25 and all(r.text for r in first)


def test_an_error_is_raised_at_its_place() -> None:
    docs = [r["text"] for r in sample_rows(6)]
    docs[3] = 42  # type: ignore[call-overload]
    out = strip_many(docs, workers=2, format="text", chunk_size=4)
    got = [next(out) for _ in range(3)]
    assert [r.text for r in got] == [strip(d, format="text").text for d in docs[:3]]
    with pytest.raises(TypeError):
        next(out)


def test_bad_format() -> None:
    with pytest.raises(ValueError):
        list(strip_many(["x"], format="pdf"))
