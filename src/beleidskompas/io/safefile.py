"""Reading input files safely: regular files only, never blocking, never beyond a limit.

A FIFO, a device (``/dev/zero``), a socket or a folder given where a file is expected is
refused at once with its kind named, instead of blocking forever or reading without end.
Symbolic links to regular files are followed (people link their inputs).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from beleidskompas.i18n import Entry
from beleidskompas.i18n.catalogue import errors as E


class NotRegularError(OSError):
    """The path exists but is not a regular file; ``kind`` names what it is."""

    def __init__(self, path: Path, kind: Entry) -> None:
        super().__init__(f"{path} is not a regular file")
        self.path = path
        self.kind = kind


def kind_of(mode: int) -> Entry:
    """What a non-regular file is, as a catalogue entry."""
    if stat.S_ISDIR(mode):
        return E.KIND_FOLDER
    if stat.S_ISFIFO(mode):
        return E.KIND_FIFO
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return E.KIND_DEVICE
    if stat.S_ISSOCK(mode):
        return E.KIND_SOCKET
    if stat.S_ISLNK(mode):
        return E.KIND_SYMLINK
    return E.KIND_OTHER


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_CHUNK = 1 << 16


def read_bounded(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file (one more than allowed tells the
    caller it is too large). Raises NotRegularError or OSError."""
    fd = os.open(path, _FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularError(path, kind_of(mode))
        parts: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(_CHUNK, remaining))
            if not chunk:
                break
            parts.append(chunk)
            remaining -= len(chunk)
        return b"".join(parts)
    finally:
        os.close(fd)
