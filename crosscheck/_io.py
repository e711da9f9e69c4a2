"""Private file output shared by the command line, the snapshot writer and the pictures."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["is_special_file", "write_atomically", "write_bytes_atomically"]


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` as :func:`write_bytes_atomically` does."""
    data = text.encode("utf-8")
    write_bytes_atomically(path, lambda handle: handle.write(data))


def write_bytes_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then rename it over ``path``,
    so that a crash never leaves a half-written file (a pipe, a terminal or a device at
    ``path`` is written into instead: :func:`is_special_file`).

    The file ends up much as an ordinary write would leave it: a link at ``path`` still
    leads to it (the file the link names is replaced, not the link), an existing file
    keeps its permission bits, and a new one gets those the user's umask gives (a
    temporary file alone would be readable by its owner only). Being a new file, it is
    no longer hard-linked to other names, and it belongs to whoever writes it.
    """
    if is_special_file(path):
        # a pipe, a terminal or a device ("-o /dev/stdout", a FIFO): written into, as a
        # shell's ">" would; replaced, it would become a plain file and its reader wait
        with open(path, "wb") as handle:
            write(handle)
        return
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def is_special_file(path: Path) -> bool:
    """Whether ``path`` (through its links) is something other than a file or a folder:
    a pipe, a terminal, a device, a socket."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _umask() -> int:
    """The process's umask (read from the kernel where it says, else set and restored)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
