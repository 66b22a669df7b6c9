"""The rule-set cache cannot be turned against its user (io/cache.py).

Every case here is an attack or an accident found by probing the first cache, which
unpickled whatever it found: planted code, a FIFO, a link to /dev/zero, a foreign folder,
a hand-altered entry, a model change without a version bump, an empty HOME.
"""

from __future__ import annotations

import json
import os
import pickle
import stat
import threading
from pathlib import Path

import pytest

from beleidskompas.io import cache
from beleidskompas.rules.loader import load_rules


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder for one test (not yet created)."""
    target = tmp_path / "cache" / "beleidskompas"
    monkeypatch.delenv("BELEIDSKOMPAS_NO_CACHE", raising=False)
    monkeypatch.setenv("BELEIDSKOMPAS_CACHE_DIR", str(target))
    return target


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


def test_a_load_writes_one_private_authenticated_json_entry(folder: Path) -> None:
    first = load_rules()
    (entry,) = entries(folder)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "secret").st_mode) == 0o600
    raw = entry.read_bytes()
    assert raw.startswith(b"beleidskompas-ruleset-cache-3\n")
    signature, _, body = raw.split(b"\n", 1)[1].partition(b"\n")
    assert len(signature) == 64
    assert json.loads(body)["key"] == entry.stem
    again = load_rules()  # from the cache
    assert again.sha256 == first.sha256
    assert again.parameters == first.parameters
    assert [c.id for c in again.rules()] == [c.id for c in first.rules()]


def test_the_folder_is_private_whatever_the_umask(folder: Path) -> None:
    old = os.umask(0)
    try:
        load_rules()
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def _planted(folder: Path, code_ran: Path) -> None:
    """A pickle that would create ``code_ran`` when loaded, under every entry's name."""

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {code_ran}",))

    for entry in entries(folder):
        entry.write_bytes(b"beleidskompas-ruleset-cache-1\n" + pickle.dumps(Exploit()))


def test_a_planted_pickle_never_runs(folder: Path, tmp_path: Path) -> None:
    genuine = load_rules()
    code_ran = tmp_path / "code-ran"
    _planted(folder, code_ran)
    loaded = load_rules()
    assert not code_ran.exists()
    assert loaded.sha256 == genuine.sha256
    assert entries(folder)  # rebuilt


def test_a_hand_altered_entry_is_ignored(folder: Path) -> None:
    genuine = load_rules()
    (entry,) = entries(folder)
    raw = entry.read_bytes()
    # lower the doenbaarheid scale in the stored scoring file, keeping the JSON valid
    altered = raw.replace(b'"scale":{"value":10.0', b'"scale":{"value":99.0', 1)
    assert altered != raw
    entry.write_bytes(altered)
    loaded = load_rules()
    assert loaded.parameter("scoring.doenvermogen.scale").value == 10.0
    assert loaded.sha256 == genuine.sha256


def test_an_entry_signed_with_another_secret_is_ignored(folder: Path) -> None:
    load_rules()
    (folder / "secret").write_bytes(b"x" * 32)  # as if the entry came from elsewhere
    assert cache.get(entries(folder)[0].stem) is None
    assert load_rules().parameter("scoring.doenvermogen.scale").value == 10.0


def test_special_files_as_entries_are_ignored_without_hanging(folder: Path) -> None:
    load_rules()
    (entry,) = entries(folder)
    entry.unlink()
    os.mkfifo(entry)
    done = threading.Event()

    def run() -> None:
        load_rules()
        done.set()

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert done.is_set(), "a FIFO in the cache made the load hang"
    entry.unlink()
    entry.symlink_to("/dev/zero")
    load_rules()  # returns: /dev/zero is not a regular file and is never read


def test_a_foreign_or_open_folder_is_not_used(folder: Path) -> None:
    load_rules()
    os.chmod(folder, 0o777)
    for entry in entries(folder):
        entry.unlink()
    load_rules()
    assert entries(folder) == []  # nothing written into a folder others can write to
    assert cache.safe_dir(create=False) is None
    os.chmod(folder, 0o700)
    if hasattr(os, "chown") and os.geteuid() == 0:
        os.chown(folder, 12345, 12345)  # another user's folder
        load_rules()
        assert entries(folder) == []
        os.chown(folder, 0, 0)


def test_a_folder_others_can_read_but_not_write_is_used(folder: Path) -> None:
    load_rules()
    os.chmod(folder, 0o755)  # e.g. made by an earlier version or by hand
    for entry in entries(folder):
        entry.unlink()
    load_rules()
    assert len(entries(folder)) == 1
    assert cache.safe_dir(create=False) == folder


def test_pickle_entries_of_earlier_versions_are_removed_unread(folder: Path) -> None:
    load_rules()
    legacy = folder / ("ab" * 32 + ".pickle")
    legacy.write_bytes(b"\x80\x04 not read")
    other = folder / "notes.pickle"  # not a name the cache ever wrote: left alone
    other.write_bytes(b"")
    for entry in entries(folder):
        entry.unlink()
    load_rules()  # a write prunes
    assert not legacy.exists()
    assert other.exists()


def test_a_link_as_the_folder_is_not_used(folder: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir(mode=0o700)
    folder.parent.mkdir(parents=True)
    folder.symlink_to(real)
    load_rules()
    assert list(real.iterdir()) == []


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BELEIDSKOMPAS_CACHE_DIR", "XDG_CACHE_HOME", "BELEIDSKOMPAS_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    for home in ("", "/", "relative/home"):
        monkeypatch.setenv("HOME", home)
        assert cache.cache_dir() is None
    monkeypatch.delenv("HOME")
    assert cache.cache_dir() is None


def test_a_failed_write_leaves_no_temporary_file(folder: Path) -> None:
    load_rules()
    (entry,) = entries(folder)
    entry.unlink()
    entry.mkdir()  # the entry's path is a folder: os.replace fails
    load_rules()
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


def test_old_entries_are_pruned(folder: Path) -> None:
    load_rules()
    for i in range(cache.MAX_ENTRIES + 5):
        (folder / f"{i:064x}.json").write_bytes(b"old")
        os.utime(folder / f"{i:064x}.json", (1_000_000 + i, 1_000_000 + i))
    cache.prune(folder)
    assert len(entries(folder)) == cache.MAX_ENTRIES


def test_a_changed_model_is_a_new_key(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_rules()
    before = {p.name for p in entries(folder)}
    monkeypatch.setattr(cache, "model_fingerprint", lambda: "another version of the models")
    load_rules()
    after = {p.name for p in entries(folder)}
    assert len(after - before) == 1


def test_a_stale_entry_that_no_longer_fits_the_models_is_rebuilt(folder: Path) -> None:
    load_rules()
    (entry,) = entries(folder)
    key = entry.stem
    data = cache.get(key)
    assert data is not None
    del data["scoring"]["doenvermogen"]  # the shape of an older model
    cache.put(key, data)
    assert load_rules().parameter("scoring.doenvermogen.scale").value == 10.0


def test_the_key_reads_files_with_the_input_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.seek(3 * 1024**3)  # a 3 GB sparse file
        handle.write(b"\0")
    assert cache.key([big], tmp_path) is None  # not read whole
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    assert cache.key([fifo], tmp_path) is None  # not read at all
