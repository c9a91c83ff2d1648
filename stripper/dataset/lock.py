"""One writer per output: a run holds an exclusive lock on each file it writes for its whole length.

Two runs into the same output would otherwise remove each other's temporary files, and each would
report a balanced run over a file holding the other's rows. The lock is `flock` on a file next to
the output (`OUTPUT.tmp-stripper.lock`), taken without waiting: a second run is refused at once with
a message naming the first. The kernel drops the lock when its process ends, so a run killed with
-9 leaves nothing that blocks `--resume`. The lock file is removed when the run ends."""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError

LOCK_SUFFIX = ".tmp-stripper.lock"

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock, as before
    fcntl = None  # type: ignore[assignment]


# The lock files' descriptors this process holds. A forked worker closes its copies at once (the
# lock stays with this process): a lock shared with the workers would outlive a kill -9 of the run
# for as long as they take to die, and refuse the --resume that follows.
_HELD: set[int] = set()


def _close_in_child() -> None:
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


def lock_path(target: Path) -> Path:
    target = Path(os.path.abspath(target))
    return target.with_name(target.name + LOCK_SUFFIX)


class OutputLock:
    """Exclusive locks on the lock files of `targets` (an output file or directory, a rejects file)."""

    def __init__(self, targets: list[Path]) -> None:
        self.paths: list[Path] = []
        seen: set[str] = set()
        for t in targets:
            key = os.path.realpath(lock_path(t))
            if key not in seen:
                seen.add(key)
                self.paths.append(lock_path(t))
        self._fds: list[tuple[Path, int]] = []

    def __enter__(self) -> OutputLock:
        try:
            for p in self.paths:
                self._fds.append((p, self._take(p)))
        except BaseException:
            self.release()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    @staticmethod
    def _take(path: Path) -> int:
        if fcntl is None:  # pragma: no cover
            return -1
        while True:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), 0o666)
            except OSError as e:
                target = path.with_name(path.name[: -len(LOCK_SUFFIX)])
                if not path.parent.is_dir():
                    raise InputError(f"{target}: cannot write: {path.parent} is not a directory") from None
                raise InputError(f"{target}: cannot write (its lock file {path.name}): {e.strerror or e}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                try:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                finally:
                    os.close(fd)
                who = f" (pid {holder})" if holder.isdigit() else ""
                target = path.name[: -len(LOCK_SUFFIX)]
                raise InputError(
                    f"{path.with_name(target)}: another stripper run{who} is writing this output; wait for it to "
                    f"finish or choose another output"
                ) from None
            except OSError as e:
                os.close(fd)
                raise InputError(f"{path}: cannot lock: {e.strerror or e}") from None
            # The holder before us may have removed the file between our open and our lock: then we
            # hold a lock on a file no one else will ever see, and must lock the one at the path.
            try:
                same = os.fstat(fd).st_ino == os.stat(path, follow_symlinks=False).st_ino
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
                _HELD.add(fd)
                return fd
            os.close(fd)

    def release(self) -> None:
        """Remove the lock files (while still holding them, so no waiter locks a removed file
        unnoticed), then let go."""
        while self._fds:
            path, fd = self._fds.pop()
            if fd < 0:  # pragma: no cover
                continue
            try:
                path.unlink()
            except OSError:
                pass
            _HELD.discard(fd)
            os.close(fd)
