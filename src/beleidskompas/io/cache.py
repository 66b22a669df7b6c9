"""A cache of validated rule sets that cannot be turned against its user.

Validating a rule set means parsing some fifteen YAML files with positions and checking
every model and cross-reference; a cache hit replaces the parsing with a JSON read and a
model validation. The security model (docs/rules.md, "The cache"):

* **Nothing read back can execute code.** An entry is JSON, validated again by the
  rule-set models when it is loaded; no pickle, no eval.
* **Only the user's own, private folder.** The folder (``$BELEIDSKOMPAS_CACHE_DIR``, else
  ``$XDG_CACHE_HOME/beleidskompas``, else ``~/.cache/beleidskompas``) is created 0700
  whatever the umask, and used only when it is a real folder (not a link) owned by the
  user and not writable by group or others. Otherwise there is no cache: nothing is read
  or written. Without a usable home folder there is no cache either.
* **Every entry is authenticated.** An HMAC-SHA256 with a per-user secret (a 0600 file in
  the folder) covers the entry's bytes, and the key it was stored under is inside them,
  so a planted, copied, renamed or hand-altered entry is ignored and rebuilt.
* **Only regular files, of bounded size, are read**, without blocking: a FIFO, a device
  or a link to one is ignored.
* **The key is a digest of everything the entry depends on**: every file's path and bytes
  (read with the input size limit), the package version, the Python version, the
  registered rule sections and the source of the models that validate rule files.
* A failed write leaves no temporary file behind; old entries are pruned. Failing to read
  or write the cache never fails a command. ``BELEIDSKOMPAS_NO_CACHE=1`` switches it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from beleidskompas._version import __version__
from beleidskompas.io.safefile import read_bounded

_MAGIC = b"beleidskompas-ruleset-cache-3\n"
_SECRET_NAME = "secret"
_SECRET_BYTES = 32
MAX_ENTRY_BYTES = 32 * 1024 * 1024
"""Largest cache entry read (a rule set of the default size is about 0.4 MiB)."""
MAX_ENTRIES = 32
"""Entries kept; older ones are removed when a new one is written."""
_PRIVATE = 0o700
_LEGACY = re.compile(r"[0-9a-f]{64}")
"""The name of a pickle entry written by an earlier version (removed, never read)."""
STALE_SECONDS = 600
"""A temporary file this old is debris of a failed write (a write takes milliseconds)."""


def _home() -> Path | None:
    home = os.environ.get("HOME", "")
    if not home or not os.path.isabs(home) or home == "/":
        return None
    return Path(home)


def cache_dir() -> Path | None:
    """Where the cache would be, or None when caching is off or there is no home folder."""
    if os.environ.get("BELEIDSKOMPAS_NO_CACHE"):
        return None
    explicit = os.environ.get("BELEIDSKOMPAS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME", "")
    if base and os.path.isabs(base):
        return Path(base) / "beleidskompas"
    home = _home()
    return home / ".cache" / "beleidskompas" if home else None


def _is_private(path: Path) -> bool:
    """A real folder, owned by this user, that group and others cannot write to."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    owner_ok = getuid is None or info.st_uid == getuid()
    return stat.S_ISDIR(info.st_mode) and owner_ok and not info.st_mode & 0o022


def safe_dir(create: bool) -> Path | None:
    """The cache folder when it is safe to use (created 0700 when ``create``), else None."""
    folder = cache_dir()
    if folder is None:
        return None
    if create and not os.path.lexists(folder):
        with contextlib.suppress(OSError):
            folder.parent.mkdir(mode=_PRIVATE, parents=True, exist_ok=True)
            os.mkdir(folder, _PRIVATE)
            os.chmod(folder, _PRIVATE)  # the umask may have taken bits away, never added
    return folder if _is_private(folder) else None


def _secret(folder: Path, create: bool) -> bytes | None:
    path = folder / _SECRET_NAME
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        if not create:
            return None
        return _new_secret(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077:
        return None
    try:
        data = read_bounded(path, _SECRET_BYTES)
    except OSError:
        return None
    return data if len(data) == _SECRET_BYTES else None


def _new_secret(path: Path) -> bytes | None:
    value = secrets.token_bytes(_SECRET_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _secret(path.parent, create=False)  # another process made it first
    except OSError:
        return None
    try:
        os.write(fd, value)
    finally:
        os.close(fd)
    return value


def model_fingerprint() -> str:
    """A digest of the source of the data-contract models (a changed model, a new key)."""
    folder = Path(__file__).resolve().parent.parent / "model"
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        with contextlib.suppress(OSError):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def key(paths: Iterable[Path], root: Path, extra: str = "", limit: int | None = None) -> str | None:
    """The cache key of a set of files, or None when a file cannot be read safely (then the
    loader reads it and reports the problem)."""
    from beleidskompas.io.document import max_bytes

    limit = max_bytes() if limit is None else limit
    digest = hashlib.sha256(
        f"{__version__}|{sys.version_info[:3]}|{model_fingerprint()}|{extra}|".encode()
    )
    try:
        for path in sorted(set(paths), key=str):
            data = read_bounded(path, limit)
            if len(data) > limit:
                return None
            digest.update(str(path.resolve()).encode() + b"\0" + data + b"\0")
    except OSError:
        return None
    digest.update(str(root.resolve()).encode())
    return digest.hexdigest()


def _signature(secret: bytes, body: bytes) -> bytes:
    return hmac.new(secret, body, hashlib.sha256).hexdigest().encode()


def get(cache_key: str) -> dict[str, Any] | None:
    """The stored entry for a key, or None (no cache, no entry, or one not to be trusted)."""
    folder = safe_dir(create=False)
    if folder is None:
        return None
    secret = _secret(folder, create=False)
    if secret is None:
        return None
    try:
        raw = read_bounded(folder / f"{cache_key}.json", MAX_ENTRY_BYTES)
    except OSError:
        return None
    if len(raw) > MAX_ENTRY_BYTES or not raw.startswith(_MAGIC):
        return None
    signature, _, body = raw[len(_MAGIC) :].partition(b"\n")
    if not hmac.compare_digest(signature, _signature(secret, body)):
        return None
    try:
        entry = json.loads(body)
    except ValueError:
        return None
    if not isinstance(entry, dict) or entry.get("key") != cache_key:
        return None
    data = entry.get("data")
    return data if isinstance(data, dict) else None


def put(cache_key: str, data: dict[str, Any]) -> None:
    """Store an entry under a key (atomically; never fails a command)."""
    folder = safe_dir(create=True)
    if folder is None:
        return
    secret = _secret(folder, create=True)
    if secret is None:
        return
    try:
        body = json.dumps({"key": cache_key, "data": data}, separators=(",", ":")).encode()
    except (TypeError, ValueError):
        return
    payload = _MAGIC + _signature(secret, body) + b"\n" + body
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".entry-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(temp, folder / f"{cache_key}.json")
        temp = None
    except OSError:
        return
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    prune(folder)


def prune(folder: Path, keep: int = MAX_ENTRIES) -> None:
    """Remove all but the ``keep`` newest entries, leftover temporary files, and the pickle
    entries of versions before 2026.12 (never read: they could execute code)."""
    entries: list[tuple[float, Path]] = []
    stale = time.time() - STALE_SECONDS
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            info = os.lstat(path)
            temporary = path.name.endswith(".tmp") and path.name.startswith(".entry-")
            legacy = path.suffix == ".pickle" and _LEGACY.fullmatch(path.stem) is not None
            if (temporary and info.st_mtime < stale) or legacy:
                with contextlib.suppress(OSError):
                    path.unlink()
            elif path.suffix == ".json" and stat.S_ISREG(info.st_mode):
                entries.append((info.st_mtime, path))
    for _, path in sorted(entries, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
