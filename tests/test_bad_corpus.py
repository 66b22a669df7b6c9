"""Every file of the bad-input corpus (tests/data/bad) through the CLI: exit 2, one clear line.

The expectations (path substring, hand-counted line) are in tests/data/bad/expected.yaml.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

BAD = Path(__file__).resolve().parent / "data" / "bad"
REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"
EXPECTED: dict[str, Any] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def _marks(entry: dict[str, Any]) -> list[pytest.MarkDecorator]:
    if "xfail" in entry:
        return [pytest.mark.xfail(strict=True, reason=entry["xfail"])]
    return []


def _file_params() -> list[Any]:
    params = []
    for name, entry in EXPECTED["files"].items():
        for command in ("validate", "assess"):
            params.append(
                pytest.param(name, entry, command, id=f"{command}-{name}", marks=_marks(entry))
            )
    return params


def _ruleset_params() -> list[Any]:
    params = []
    for name, entry in EXPECTED["rulesets"].items():
        for command in ("classes", "validate"):
            params.append(
                pytest.param(name, entry, command, id=f"{command}-{name}", marks=_marks(entry))
            )
    return params


def _check_message(stderr: str, file: Path, entry: dict[str, Any]) -> None:
    """One line: ``FILE[:LINE[:COL]]: [PATH: ]message`` with the expected parts."""
    lines = stderr.strip("\n").splitlines()
    assert len(lines) == 1, f"expected one error line, got:\n{stderr}"
    line = lines[0]
    prefix = str(file)
    assert line.startswith(prefix + ":"), f"{line!r} does not start with {prefix!r}"
    rest = line[len(prefix) :]
    where = re.match(r"^(?::(\d+)(?::(\d+))?)?: ", rest)
    assert where is not None, f"no 'FILE:LINE:COL: ' prefix in {line!r}"
    if entry["line"] is not None:
        assert where.group(1) == str(entry["line"]), f"expected :{entry['line']}: in {line!r}"
        assert f":{entry['line']}:" in line
    message = rest[where.end() :]
    if entry["path"] is not None:
        field_path = message.split(": ", 1)[0]
        assert entry["path"] in field_path, f"field path {entry['path']!r} not in {line!r}"
    if "message" in entry:
        assert str(entry["message"]) in message, f"{entry['message']!r} not in {line!r}"


def test_corpus_is_large_and_complete() -> None:
    on_disk = {p.name for p in BAD.iterdir() if p.is_file() and p.name != "expected.yaml"}
    listed = set(EXPECTED["files"])
    generated = {n for n, e in EXPECTED["files"].items() if "generated" in e}
    assert on_disk == listed - generated, "expected.yaml and the files on disk differ"
    assert len(listed) >= 45
    dirs = {p.name for p in (BAD / "rulesets").iterdir() if p.is_dir()}
    assert dirs == set(EXPECTED["rulesets"])
    for entry in [*EXPECTED["files"].values(), *EXPECTED["rulesets"].values()]:
        assert entry["exit"] == 2


def _generate(path: Path, kind: str) -> Path:
    """Make a file of the corpus that cannot be committed (too large, or not a file)."""
    if kind == "oversize":
        with path.open("wb") as handle:
            handle.write(b"# te groot\n" * (4 * 1024 * 1024 // 11 + 1))
        assert path.stat().st_size > 4 * 1024 * 1024
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "device-link":
        path.symlink_to("/dev/zero")
    else:
        raise AssertionError(f"unknown generated kind {kind!r}")
    return path


@pytest.mark.parametrize(("name", "entry", "command"), _file_params())
def test_bad_file(
    name: str,
    entry: dict[str, Any],
    command: str,
    cli: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("BELEIDSKOMPAS_MAX_BYTES", raising=False)
    path = _generate(tmp_path / name, entry["generated"]) if "generated" in entry else BAD / name
    result = cli(command, path)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.code == entry["exit"], result.stderr
    assert result.stdout == ""
    _check_message(result.stderr, path, entry)


@pytest.mark.parametrize(("name", "entry", "command"), _ruleset_params())
def test_bad_ruleset(
    name: str, entry: dict[str, Any], command: str, cli: Callable[..., Any]
) -> None:
    folder = BAD / "rulesets" / name
    if command == "classes":
        result = cli("classes", "--rules", folder)
    else:
        result = cli("validate", EXAMPLE, "--rules", folder)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.code == entry["exit"], result.stderr
    assert result.stdout == ""
    _check_message(result.stderr, folder / entry["file"], entry)
