"""Writing output files atomically, never over an input and never over a file without force."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import errors as E


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:  # pragma: no cover - defensive
        return False


def _default_mode() -> int:
    """0666 minus the process umask: the mode ``open()`` would give a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(
    path: Path | str,
    data: str | bytes,
    *,
    force: bool = False,
    inputs: Iterable[Path | str] = (),
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Refuses (InputError, exit code 2) when ``path`` exists and ``force`` is false, when it
    is one of ``inputs``, or when its folder does not exist. The original file is never
    left half-written.
    """
    target = Path(path)
    name = str(target)
    for source in inputs:
        if _same(target, Path(source)) or target.resolve() == Path(source).resolve():
            raise InputError.single(name, E.OUTPUT_IS_INPUT)
    if target.is_dir():
        raise InputError.single(name, E.IS_A_FOLDER)
    if target.exists() and not force:
        raise InputError.single(name, E.OUTPUT_EXISTS)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError.single(name, E.FOLDER_MISSING)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(temp, target.stat().st_mode & 0o7777 if target.exists() else _default_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
