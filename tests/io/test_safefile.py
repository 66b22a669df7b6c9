"""Inputs are read as regular files only, never blocking, never beyond the limit."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from beleidskompas.errors import InputError
from beleidskompas.io.document import load_document, read_text
from beleidskompas.io.safefile import NotRegularError, read_bounded

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"


def _within(seconds: float, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` in a thread; fail when it does not return in time (it would hang)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "blocked"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "voorstel.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as info:
        _within(5, lambda: load_document(fifo))
    assert "FIFO" in info.value.render()


def test_a_device_is_refused_and_never_read(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        _within(5, lambda: read_text(Path("/dev/zero")))
    assert "apparaatbestand" in info.value.render("nl")
    assert "device file" in info.value.render("en")
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError):
        _within(5, lambda: read_text(link))


def test_a_link_to_a_regular_file_is_followed(tmp_path: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(EXAMPLE)
    assert load_document(link).data["id"] == load_document(EXAMPLE).data["id"]


def test_read_bounded_reads_one_byte_more_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_bounded(path, 10) == b"x" * 11
    assert read_bounded(path, 1000) == b"x" * 100
    with pytest.raises(NotRegularError):
        read_bounded(tmp_path, 10)


def test_cli_refuses_special_files_for_every_input(tmp_path: Path, cli: Callable[..., Any]) -> None:
    fifo = tmp_path / "klassen.yaml"
    os.mkfifo(fifo)
    result = _within(20, lambda: cli("assess", EXAMPLE, "--classes", fifo))
    assert result.code == 2 and "FIFO" in result.stderr
    result = _within(20, lambda: cli("assess", EXAMPLE, "--classes", "/dev/zero"))
    assert result.code == 2
    result = _within(20, lambda: cli("validate", fifo))
    assert result.code == 2 and "FIFO" in result.stderr
