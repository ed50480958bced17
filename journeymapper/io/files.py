"""Reading untrusted files: regular files only, and never more than a cap, whatever ``stat`` says.

A device (``/dev/zero``), a pipe or a socket is refused before anything is read (reading one may
never end or never start), and a file that grows while it is read, or lies about its size (``/proc``,
some network drives), is still cut at the cap: the caller sees ``cap + 1`` bytes and refuses.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Union

_STEP = 1 << 20


class NotRegularFileError(OSError):
    """A device, a pipe, a socket: not a file that can be read as a document."""

    def __init__(self, path: str) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a device, a pipe or a socket)", path)


def read_capped(path: Union[str, Path], cap: int) -> bytes:
    """At most ``cap + 1`` bytes of the regular file ``path`` (more than ``cap`` means: too large).

    Raises :class:`NotRegularFileError` for anything but a regular file (checked before opening,
    and again on the opened file), IsADirectoryError for a folder, and the usual OSErrors.
    """
    name = str(path)
    _check_mode(os.stat(name).st_mode, name)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(name, flags)
    try:
        _check_mode(os.fstat(fd).st_mode, name)  # swapped for something else since the check
        chunks: list[bytes] = []
        total = 0
        while total <= cap:
            block = os.read(fd, min(_STEP, cap + 1 - total))
            if not block:
                break
            chunks.append(block)
            total += len(block)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _check_mode(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", name)
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(name)
