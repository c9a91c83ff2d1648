"""Run the `stripper` command line in a forked child of the test process: a real process, with its own
file descriptors, that can be killed with SIGKILL or interrupted with SIGINT at any instant, but
that starts warm (stripper imported, the rules compiled), so a test pays for the work it checks
rather than for an interpreter's start-up each time.

What a fork cannot show (the installed entry point, `python -m stripper`, an interpreter started
from nothing) is shown by the tests that still run `sys.executable -m stripper`."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO

from stripper import strip

PIPE = subprocess.PIPE
DEVNULL = subprocess.DEVNULL


_warm: list[bool] = []


def warm() -> None:
    """Before forking, once: compile the default rules and let RE2 build the states its searches meet
    on the samples' scripts (lazily built, per process), and segment.py its character tables."""
    if _warm:
        return
    samples = Path(__file__).resolve().parents[1] / "samples"
    for p in sorted(samples.glob("*.txt")):
        strip(p.read_text(encoding="utf-8"), format="text")
    # ... and what the command line imports on first use (typer's parameter parsing).
    from typer.testing import CliRunner

    from stripper.cli import app

    CliRunner().invoke(app, ["diff", "--plain", str(samples / "categories-en.txt")])
    _warm.append(True)


def run_main(argv: list[str], env: dict[str, str] | None = None) -> int:
    """In a child whose fds 0-2 are set: point sys.std* at them, run `stripper ARGV`, return its exit
    code. Never returns to the caller's test code (see `child`)."""
    if env is not None:
        os.environ.clear()
        os.environ.update(env)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # The test runner replaced sys.std* with its capture objects: speak to the real descriptors.
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
    sys.argv = ["stripper", *argv]
    from stripper import cli, console

    console.err_console.cache_clear()  # made for the parent's stderr, if it ever ran
    try:
        cli.main()
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0


def child(argv: list[str], env: dict[str, str] | None = None) -> None:
    """The body of a forked child: run the CLI, then leave as an interpreter does (never return):
    flush sys.stdout and sys.stderr, and if stdout cannot be flushed (a reader gone, a full disk),
    say so on stderr and exit 120, as CPython's shutdown does. So a broken-pipe or full-disk error
    the CLI failed to handle shows here as it would in a shell."""
    code = 1
    try:
        code = run_main(argv, env)
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
        except Exception:
            code = 120
            try:
                os.write(2, b"Exception ignored on flushing sys.stdout:\n" + traceback.format_exc().encode())
            except OSError:
                pass
        try:
            sys.stderr.flush()
        except Exception:
            pass
        os._exit(code)


def _fd(target: int | IO | None, default: int) -> tuple[int, int | None, bool]:
    """For an output of the child: (its fd in the child, the fd the parent reads, if a pipe, whether
    the parent opened the child's fd and must close it)."""
    if target is None:
        return default, None, False
    if target == DEVNULL:
        return os.open(os.devnull, os.O_WRONLY), None, True
    if target == PIPE:
        r, w = os.pipe()
        return w, r, True
    return target.fileno(), None, False  # type: ignore[union-attr]


class Child:
    """A forked `stripper` run with the Popen methods the tests use."""

    def __init__(self, argv: list[str], *, stdout: int | IO | None = DEVNULL, stderr: int | IO | None = PIPE,
                 env: dict[str, str] | None = None, input: bytes | None = None,
                 preexec: Callable[[], None] | None = None):
        """`preexec`: called in the child before the CLI starts (an rlimit, as Popen's preexec_fn)."""
        warm()
        out_fd, out_r, out_owned = _fd(stdout, 1)
        err_fd, err_r, err_owned = _fd(stderr, 2)
        if input is None:
            null = os.open(os.devnull, os.O_RDONLY)
        else:  # from a file, not a pipe: nothing to feed while the child runs
            with tempfile.TemporaryFile() as f:
                f.write(input)
                f.flush()
                null = os.dup(f.fileno())
            os.lseek(null, 0, os.SEEK_SET)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.dup2(null, 0)
            os.dup2(out_fd, 1)
            os.dup2(err_fd, 2)
            for fd in (out_r, err_r):
                if fd is not None:
                    os.close(fd)
            if preexec is not None:
                preexec()
            child(argv, env)
        self.pid = pid
        os.close(null)
        for fd, owned in {(out_fd, out_owned), (err_fd, err_owned)}:
            if owned:
                os.close(fd)
        self.stdout = os.fdopen(out_r, "rb") if out_r is not None else None
        self.stderr = os.fdopen(err_r, "rb") if err_r is not None else None
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(["stripper"], timeout)
            time.sleep(0.005)
        return self.returncode  # type: ignore[return-value]

    def communicate(self, timeout: float | None = None) -> tuple[bytes | None, bytes | None]:
        # Read stderr to its end before waiting, so a chatty child never blocks on a full pipe (the
        # tests pipe one stream at most).
        out = self.stdout.read() if self.stdout else None
        err = self.stderr.read() if self.stderr else None
        self.wait(timeout)
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        return out, err

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def run(argv: list[str], *, input: bytes | None = None, env: dict[str, str] | None = None,
        timeout: float = 120, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess:
    """`stripper ARGV` run to its end in a forked child, stdout and stderr captured (into files, so
    that neither can fill up and block), as subprocess.run(capture_output=True) gives them."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        c = Child(argv, stdout=out, stderr=err, env=env, input=input, preexec=preexec)
        code = c.wait(timeout)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(["stripper", *argv], code, out.read(), err.read())
