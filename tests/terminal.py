"""Run the CLI under a real pseudo-terminal and read the screen a person would see (pyte emulates
the terminal: wrapping, colours, cursor moves and all)."""
from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time
from dataclasses import dataclass

import forkrun
import pytest

pyte = pytest.importorskip("pyte")

COLS, ROWS = 120, 40


@dataclass
class Screen:
    raw: bytes  # what the program wrote to the terminal
    lines: list[str]  # the screen, scrollback included, right-stripped
    cells: list[list]  # pyte characters: .data, .fg, .strikethrough ...
    code: int

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def find(self, needle: str) -> int:
        """The first screen row holding `needle`."""
        for i, line in enumerate(self.lines):
            if needle in line:
                return i
        raise AssertionError(f"{needle!r} is not on the screen:\n{self.text}")

    def fg(self, row: int, col: int) -> str:
        return self.cells[row][col].fg


def run_tty(*args: str, env: dict[str, str] | None = None, cols: int = COLS, rows: int = ROWS,
            timeout: float = 60, fresh: bool = False) -> Screen:
    """`stripper ARGS` with stdin, stdout and stderr on a cols×rows pseudo-terminal: in a forked child
    of the test process (tests/forkrun.py: warm, no interpreter start-up), or with `fresh` as
    `python -m stripper` in a new interpreter."""
    if not fresh:
        forkrun.warm()
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        e = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PAGER", "STRIPPER_PAGER", "COLUMNS", "LINES")}
        e.update({"TERM": "xterm-256color", **(env or {})})
        try:
            if fresh:
                os.execve(sys.executable, [sys.executable, "-m", "stripper", *args], e)
            else:
                forkrun.child(list(args), e)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    out = b""
    status: int | None = None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = st
                break
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    if status is None:
        if time.monotonic() >= deadline:
            os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    os.close(fd)
    # Tall enough for the whole output (each row is a newline or `cols` bytes at least): the
    # scrollback stays readable, and pyte (pure Python) draws no more rows than that.
    screen = pyte.Screen(cols, min(5000, max(rows, out.count(b"\n") + len(out) // cols + 2)))
    stream = pyte.ByteStream(screen)
    stream.feed(out)
    lines = [line.rstrip() for line in screen.display]
    while lines and not lines[-1]:
        lines.pop()
    cells = [[screen.buffer[y][x] for x in range(cols)] for y in range(len(lines))]
    return Screen(out, lines, cells, os.waitstatus_to_exitcode(status))
