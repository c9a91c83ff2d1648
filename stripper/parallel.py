"""`strip_many`: strip an iterable of documents on several cores, results in input order, streaming.

    >>> from stripper.parallel import strip_many
    >>> [r.text for r in strip_many(["Story.\\n\\nAdvertisement\\n\\nMore."], workers=1, format="text")]
    ['Story.\\n\\nMore.']
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from .model import Result
from .settings import DEFAULT, Settings

T = TypeVar("T")
R = TypeVar("R")

# Chunks in flight per worker: keeps every worker busy while bounding memory.
INFLIGHT_PER_WORKER = 4


def make_pool(workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> Any:
    """A process pool whose workers get `initargs` once (not once per task).

    fork is cheapest (workers inherit imported modules) but unsafe once other threads run, so it
    is used only while this is the only thread."""
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods and threading.active_count() == 1 else "spawn"
    return _Pool(workers, initializer=initializer, initargs=initargs, context=multiprocessing.get_context(method))


class _Pool(multiprocessing.pool.Pool):
    """multiprocessing's Pool, without a busy loop.

    Its worker-maintenance thread also wakes whenever a result waits in the result pipe, and while
    a big result is being read (a chunk's output rows are up to a megabyte) it wakes again and
    again: 0.1 s of the parent's CPU per 50 MB, taken from the workers on a 2-core machine. It
    needs no such wake-up: worker deaths wake it through the workers' sentinels, and an emptied
    task cache or a change of state through the change notifier, which stays."""

    def _get_sentinels(self) -> list[Any]:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


def bounded_imap(pool: Any, func: Callable[[T], R], items: Iterable[T], inflight: int) -> Iterator[tuple[T, R]]:
    """Like `pool.imap(func, items)`, yielding (item, result) in order, with at most `inflight`
    items taken from `items` and not yet yielded.

    Pool.imap alone reads its whole input as fast as it can (its feeder thread knows no limit), so
    memory would grow with the input whenever workers are slower than reading."""
    slots = threading.BoundedSemaphore(inflight)
    stop = threading.Event()
    taken: deque[T] = deque()

    def feed() -> Iterator[T]:
        for item in items:
            while not slots.acquire(timeout=0.2):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            taken.append(item)
            yield item

    try:
        for result in pool.imap(func, feed()):
            slots.release()
            yield taken.popleft(), result
    finally:
        stop.set()


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


_format = "auto"
_settings: Settings = DEFAULT


def _init(fmt: str, settings: Settings) -> None:
    global _format, _settings
    _format, _settings = fmt, settings


def _strip_chunk(chunk: list[str]) -> list[Result | BaseException]:
    from . import strip

    out: list[Result | BaseException] = []
    for doc in chunk:
        try:
            out.append(strip(doc, format=_format, settings=_settings))  # type: ignore[arg-type]
        except Exception as e:  # re-raised in the caller at this document's place
            out.append(e)
    return out


def strip_many(
    items: Iterable[str],
    *,
    workers: int | None = None,
    format: str = "auto",
    settings: Settings | None = None,
    chunk_size: int = 32,
) -> Iterator[Result]:
    """Yield `strip(item, format=format, settings=settings)` for every item, in order.

    `workers` processes (default: all cores; 1 runs in this process) take `chunk_size` documents at
    a time; only a few chunks per worker are in flight, so a generator of any length streams in
    constant memory. An exception from a document (e.g. a TypeError for a non-str item) is raised
    at that document's place in the output, as a loop over `strip` would.
    """
    from . import strip

    settings = settings or DEFAULT
    if format not in ("auto", "html", "text"):
        raise ValueError(f"format must be 'auto', 'html' or 'text', not {format!r}")
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if workers <= 1:
        for doc in items:
            yield strip(doc, format=format, settings=settings)  # type: ignore[arg-type]
        return
    pool = make_pool(workers, _init, (format, settings))
    try:
        for _, results in bounded_imap(pool, _strip_chunk, _chunked(items, chunk_size), workers * INFLIGHT_PER_WORKER):
            for r in results:
                if isinstance(r, BaseException):
                    raise r
                yield r
        pool.close()
        pool.join()
    finally:
        pool.terminate()
