"""`strip_many`: strip an iterable of documents on several cores, results in input order, streaming.

    >>> from stripper.parallel import strip_many
    >>> [r.text for r in strip_many(["Story.\\n\\nAdvertisement\\n\\nMore."], workers=1, format="text")]
    ['Story.\\n\\nMore.']
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .errors import EngineError
from .extract import ENGINES
from .model import Result
from .pipeline import strip
from .settings import DEFAULT, Settings

T = TypeVar("T")
R = TypeVar("R")

# Chunks in flight per worker: keeps every worker busy while bounding memory.
INFLIGHT_PER_WORKER = 4


def default_start_method() -> str:
    """fork where the platform has it, else spawn: chosen here, never by the state of the process.

    Only fork leaves the caller's script alone: spawn and forkserver start each worker by importing
    the main module again, which re-runs a script that has no `if __name__ == "__main__":` guard.
    stripper's own pools leave no thread behind when they end (Pool.terminate joins them), so a
    second pool forks as the first did."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def make_pool(workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...],
              start_method: str | None = None) -> Pool:
    """A process pool whose workers get `initargs` once (not once per task)."""
    method = start_method or default_start_method()
    if method not in multiprocessing.get_all_start_methods():
        raise ValueError(f"start_method must be one of {', '.join(multiprocessing.get_all_start_methods())}, not {method!r}")
    return Pool(workers, initializer, initargs, multiprocessing.get_context(method))


def die_with_parent() -> None:
    """In a worker process: be killed (SIGKILL) when the parent dies, on Linux."""
    import os
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        parent = os.getppid()
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) != 0:  # PR_SET_PDEATHSIG
            return
        if os.getppid() != parent or parent == 1:  # the parent died before the call took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass


class WorkerDied(RuntimeError):
    """A worker process ended in the middle of a run: killed (the OOM killer, a signal) or crashed
    (in native code)."""

    def __init__(self, how: str, pending: list[Any]):
        self.how = how
        self.pending = pending  # the items taken from the input and not yielded, in order
        super().__init__(f"a worker process died ({how})")


def describe_exit(exitcode: int | None) -> str:
    import signal

    if exitcode is None:
        return "ended abruptly"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


class Pool:
    """Worker processes on concurrent.futures: a worker that dies breaks the pool with an error
    at once. (multiprocessing.Pool replaces a dead worker and waits forever for the task it held,
    and its terminate() can hang on a lock the dead worker held.)"""

    def __init__(self, workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...], context: Any):
        from concurrent.futures import ProcessPoolExecutor

        self.executor = ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=initargs)
        # The worker processes, kept here: a broken executor lets go of its own list.
        self.processes: dict[int, Any] = {}

    def submit(self, func: Callable[[T], R], item: T) -> Any:
        future = self.executor.submit(func, item)
        started = getattr(self.executor, "_processes", None)  # (private; without it, less is said)
        if started and len(started) != len(self.processes):
            self.processes.update(started)
        return future

    def died(self) -> str:
        """How a worker of a broken pool ended, as far as can be told. The executor's own thread
        may be reaping the processes at this moment, and an exit code shows once it has: a
        second is allowed for that."""
        import time

        deadline = time.monotonic() + 1.0
        while True:
            codes = [p.exitcode for p in self.processes.values()]
            # The others are ended by the executor itself once it sees the pool broken (SIGTERM).
            own = [c for c in codes if c not in (None, 0, -15)]
            if own or None not in codes or time.monotonic() > deadline:
                return describe_exit(own[0] if own else None)
            time.sleep(0.01)

    def close(self) -> None:
        """Let the workers finish what they were given, then end them."""
        self.executor.shutdown(wait=True)

    def terminate(self) -> None:
        """End the workers now, without waiting for their work, and the executor's own threads
        with them: a thread left behind would make the next fork unsafe."""
        processes = list(self.processes.values())
        thread = getattr(self.executor, "_executor_manager_thread", None)  # (private; joined if there)
        self.executor.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            if p.is_alive():
                p.kill()
        for p in processes:
            p.join(5)
        if thread is not None and thread is not threading.current_thread():
            thread.join(5)


def bounded_imap(pool: Pool, func: Callable[[T], R], items: Iterable[T], inflight: int) -> Iterator[tuple[T, R]]:
    """Like `multiprocessing.Pool.imap(func, items)`, yielding (item, result) in order, with at most
    `inflight` items taken from `items` and not yet yielded, so that memory stays flat however long
    the input.

    If a worker dies, WorkerDied is raised with the items taken and not yet yielded, in order; the
    items not taken are still in `items`. An exception raised by `func` is raised here. An exception
    raised by `items` itself is raised after the results of every item taken before it, as a loop
    over `items` would have given them."""
    from concurrent.futures.process import BrokenProcessPool

    waiting: deque[tuple[T, Any]] = deque()
    source = iter(items)
    failed: BaseException | None = None
    try:
        while True:
            while len(waiting) < inflight and failed is None:
                try:
                    item = next(source, _END)
                except Exception as e:
                    failed = e
                    break
                if item is _END:
                    break
                waiting.append((item, pool.submit(func, item)))  # type: ignore[arg-type]
            if not waiting:
                if failed is not None:
                    raise failed
                return
            item, future = waiting[0]
            try:
                result = future.result()
            except BrokenProcessPool:
                raise WorkerDied(pool.died(), [it for it, _ in waiting]) from None
            waiting.popleft()
            yield item, result
    finally:
        for _, future in waiting:
            future.cancel()


_END = object()


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items; the items taken before `items` raises come out before the error."""
    chunk: list[T] = []
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


_format = "auto"
_settings: Settings = DEFAULT
_engine = "trafilatura"


def _init(fmt: str, settings: Settings, engine: str = "trafilatura") -> None:
    global _format, _settings, _engine
    _format, _settings, _engine = fmt, settings, engine


def _strip_chunk(chunk: list[str]) -> list[Result | BaseException]:
    out: list[Result | BaseException] = []
    for doc in chunk:
        try:
            out.append(strip(doc, format=_format, settings=_settings, engine=_engine))  # type: ignore[arg-type]
        except Exception as e:  # re-raised in the caller at this document's place
            out.append(e)
    return out


def strip_many(
    items: Iterable[str],
    *,
    workers: int | None = None,
    format: str = "auto",
    settings: Settings | None = None,
    engine: str = "trafilatura",
    chunk_size: int = 32,
    start_method: str | None = None,
) -> Iterator[Result]:
    """Yield `strip(item, format=format, settings=settings, engine=engine)` for every item, in order.

    `workers` processes (default: all cores; 1 runs in this process) take `chunk_size` documents at
    a time; only a few chunks per worker are in flight, so a generator of any length streams in
    constant memory. An exception from a document (e.g. a TypeError for a non-str item) is raised
    at that document's place in the output, as a loop over `strip` would; one raised by `items`
    itself comes after the results of every item before it. Workers start by `start_method`
    (default: fork where the platform has it, see `default_start_method`).
    """
    settings = settings or DEFAULT
    if format not in ("auto", "html", "text"):
        raise ValueError(f"format must be 'auto', 'html' or 'text', not {format!r}")
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if workers <= 1:
        for doc in items:
            yield strip(doc, format=format, settings=settings, engine=engine)  # type: ignore[arg-type]
        return
    pool = make_pool(workers, _init, (format, settings, engine), start_method)
    try:
        for _, results in bounded_imap(pool, _strip_chunk, _chunked(items, chunk_size), workers * INFLIGHT_PER_WORKER):
            for r in results:
                if isinstance(r, BaseException):
                    raise r
                yield r
        pool.close()
    finally:
        pool.terminate()
