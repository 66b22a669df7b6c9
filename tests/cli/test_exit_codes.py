"""Exit codes tell the truth: 2 for input and environment problems, 1 only for gates, 3 only
for bugs; and never a traceback for a closed pipe, a full disk or an unencodable terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"
BAD = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"


def run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    """The console script in a subprocess (what a user runs)."""
    env = {**os.environ, **kwargs.pop("env", {})}
    return subprocess.run(
        [sys.executable, "-m", "beleidskompas", *args],
        capture_output=kwargs.pop("capture_output", True),
        env=env,
        cwd=REPO,
        check=False,
        **kwargs,
    )


def test_year_9999_is_refused_by_validate_so_assess_never_fails_on_it(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    path = tmp_path / "ver.yaml"
    path.write_text(
        "id: ver\ntitle: Ver weg\neffects: []\ntarget_group: {}\n"
        "implementation: {legislation: wet, publication_date: 9999-06-01, "
        "entry_into_force: 9999-12-01}\n",
        encoding="utf-8",
    )
    for command in ("validate", "assess"):
        result = cli(command, path)
        assert result.code == 2, result.stderr
        assert "implementation.publication_date" in result.stderr
        assert "31 december 2200" in result.stderr


def test_a_full_disk_on_stdout_is_exit_2_with_a_message() -> None:
    with open("/dev/full", "wb") as full:
        proc = run(
            "assess", str(EXAMPLE), stdout=full, stderr=subprocess.PIPE, capture_output=False
        )
    assert proc.returncode == 2, proc.stderr
    assert b"Traceback" not in proc.stderr
    assert b"No space left on device" in proc.stderr or b"ruimte" in proc.stderr


def test_a_closed_stdout_is_exit_2_without_a_traceback() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m beleidskompas assess {EXAMPLE} >&-",
        shell=True,
        capture_output=False,
        stderr=subprocess.PIPE,
        cwd=REPO,
        check=False,
    )
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.count(b"\n") <= 2


def test_a_reader_closing_the_pipe_early_is_quiet_and_not_a_gate() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written
    try:
        proc = run(
            "assess", str(EXAMPLE), stdout=write_end, capture_output=False, stderr=subprocess.PIPE
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 2  # not 1 (a failed gate), not 3 (a bug)
    assert proc.stderr == b""  # quietly, as command-line tools do


def test_an_unencodable_terminal_is_exit_2_with_a_message() -> None:
    proc = run("assess", str(EXAMPLE), "--lang", "nl", env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert b"PYTHONIOENCODING" in proc.stderr


def test_an_unwritable_output_folder_is_exit_2(
    tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # root ignores folder permissions
    result = cli("assess", EXAMPLE, "-o", tmp_path / "r.txt")
    assert result.code == 2
    assert "Permission denied" in result.stderr and "Traceback" not in result.stderr


def test_gates_are_the_only_exit_1(cli: Callable[..., Any]) -> None:
    assert cli("assess", BAD, "--fail-on", "major").code == 1
    assert cli("assess", EXAMPLE, "--fail-on", "major").code == 0
