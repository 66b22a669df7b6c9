"""A cache of validated rule sets, keyed by the sha256 of their files.

Validating a rule set means parsing some fifteen YAML files with positions and checking
every model and cross-reference; a cache hit replaces all that with one unpickle. The key
covers every file's path and bytes, the package version and the Python version, so any
edit invalidates it. The cache lives in ``$BELEIDSKOMPAS_CACHE_DIR``, else
``$XDG_CACHE_HOME/beleidskompas``, else ``~/.cache/beleidskompas``; set
``BELEIDSKOMPAS_NO_CACHE=1`` to disable it. It only ever holds what this package wrote
there; a damaged or foreign entry is ignored and rewritten. Failing to read or write the
cache never fails a command.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from beleidskompas._version import __version__

_MAGIC = b"beleidskompas-ruleset-cache-1\n"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is disabled."""
    if os.environ.get("BELEIDSKOMPAS_NO_CACHE"):
        return None
    explicit = os.environ.get("BELEIDSKOMPAS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "beleidskompas"


def key(paths: Iterable[Path], root: Path, extra: str = "") -> str | None:
    """The cache key of a set of files (None when a file cannot be read)."""
    digest = hashlib.sha256(f"{__version__}|{sys.version_info[:3]}|{extra}|".encode())
    try:
        for path in sorted(set(paths), key=str):
            digest.update(str(path.resolve()).encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    except OSError:
        return None
    digest.update(str(root.resolve()).encode())
    return digest.hexdigest()


def get(cache_key: str) -> Any:
    """The stored object for a key, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        raw = (folder / f"{cache_key}.pickle").read_bytes()
    except OSError:
        return None
    if not raw.startswith(_MAGIC):
        return None
    try:
        return pickle.loads(raw[len(_MAGIC) :])
    except Exception:
        return None


def put(cache_key: str, value: Any) -> None:
    """Store an object under a key (atomically; errors are ignored)."""
    folder = cache_dir()
    if folder is None:
        return
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(_MAGIC + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temp, folder / f"{cache_key}.pickle")
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
