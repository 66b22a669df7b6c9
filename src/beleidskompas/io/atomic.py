"""Writing output files atomically, never over an input and never over a file without force.

* Only a regular file is ever replaced, and only with ``force``. A symbolic link (also a
  dangling one), a folder, a FIFO or a device at the target is refused with its kind.
* Every input of the run (the caller passes them all: proposal, rule files, class file,
  baseline, the other output) is protected, also through a hard link or another path.
* Without ``force`` the file is created exclusively: the finished temporary file is
  hard-linked into place, which fails if anything appeared there meanwhile, so two runs
  racing for the same name cannot both succeed.
* The target is never left half-written; no temporary file is left behind; a full disk or
  a read-only folder is an input error (exit 2) naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io.safefile import kind_of


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _default_mode() -> int:
    """0666 minus the process umask: the mode ``open()`` would give a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _check_target(target: Path, force: bool, inputs: Iterable[Path | str]) -> os.stat_result | None:
    name = str(target)
    for source in inputs:
        source_path = Path(source)
        if target.absolute() == source_path.absolute() or _same(target, source_path):
            raise InputError.single(name, E.OUTPUT_IS_INPUT)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError.single(
            name, E.CANNOT_WRITE.text(reason=exc.strerror or str(exc))
        ) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise InputError.single(name, E.IS_A_FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise InputError.single(name, E.OUTPUT_NOT_REGULAR.text(kind=kind_of(info.st_mode)))
        if not force:
            raise InputError.single(name, E.OUTPUT_EXISTS)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError.single(name, E.FOLDER_MISSING)
    return info


def write_atomic(
    path: Path | str,
    data: str | bytes,
    *,
    force: bool = False,
    inputs: Iterable[Path | str] = (),
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Raises InputError (exit code 2) when the target is an input, exists and ``force`` is
    false, is not a regular file, or cannot be written (the reason is named).
    """
    target = Path(path)
    info = _check_target(target, force, inputs)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.chmod(temp, stat.S_IMODE(info.st_mode) if info is not None else _default_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if info is None:
            _link_exclusive(temp, target)
        else:
            os.replace(temp, target)
            temp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError.single(str(target), E.CANNOT_WRITE.text(reason=reason)) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return target


def _link_exclusive(temp: str, target: Path) -> None:
    """Put the finished ``temp`` at ``target`` only if nothing is there (no race)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise InputError.single(str(target), E.OUTPUT_EXISTS) from None
    except OSError:  # a file system without hard links: exclusive create, then copy
        with open(temp, "rb") as source:
            content = source.read()
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _default_mode())
        except FileExistsError:
            raise InputError.single(str(target), E.OUTPUT_EXISTS) from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
