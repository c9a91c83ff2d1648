"""A cache of derived data in the user's cache directory, for what start-up would otherwise
recompute every time (the stoplists' tokens, the phrase files parsed).

An entry is named by a digest of everything it is derived from, so what is read back is what
deriving it again gives; there is nothing to invalidate. The directory is $XDG_CACHE_HOME/stripper
(default ~/.cache/stripper); STRIPPER_NO_CACHE=1 turns the cache off. A cache that cannot be read
or written is no error: the data is derived again."""
from __future__ import annotations

import os
from pathlib import Path


def key(*parts: bytes | str) -> str:
    """A digest of `parts` for an entry's name."""
    import hashlib

    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        b = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def built(module_file: str) -> str:
    """What identifies a build of a compiled module (its path, size and time), for a key."""
    st = os.stat(module_file)
    return f"{module_file}:{st.st_size}:{st.st_mtime_ns}"


def _path(name: str) -> Path | None:
    if os.environ.get("STRIPPER_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "stripper" / name


def read(name: str) -> bytes | None:
    path = _path(name)
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes) -> None:
    """Store an entry, whole or not at all (written under a temporary name, then renamed)."""
    path = _path(name)
    if path is None:
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
