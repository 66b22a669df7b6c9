"""Every message is one line ``FILE[:LINE[:COL]]: [FIELD: ]message``, whatever the input holds.

Echoed input (keys, values, titles) must not break the line or drive the terminal; titles are
escaped in Markdown as in HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"
ONE_LINE = re.compile(r"^(?P<file>[^:\n]+)(?::(?P<line>\d+)(?::(?P<col>\d+))?)?: [^\n]+\n$")


def _base() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    return data


def _one_line(stderr: str, path: Path) -> re.Match[str]:
    match = ONE_LINE.match(stderr)
    assert match is not None, repr(stderr)
    assert match["file"] == str(path)
    assert "\x1b" not in stderr and "\r" not in stderr
    return match


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, default=str, indent=1)


def _with_key(key: str) -> str:
    """The example as JSON with one extra top-level key (on line 2)."""
    return _json({key: 1, **_base()})


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("newline-in-key.json", _with_key("bad\nkey\x1b[2J"), 2),
        ("tab-and-bell-in-key.json", _with_key("a\tb\x07"), 2),
        ("bidi-in-key.json", _with_key("abc\u202edef"), 2),
        ("merge-key.yaml", "base: &b {id: a}\n<<: *b\n", 2),
        ("huge-int.json", '{"schema_version": ' + "9" * 5000 + "}", 1),
        ("huge-int.yaml", "schema_version: " + "9" * 5000 + "\n", 1),
    ],
)
@pytest.mark.parametrize("command", ["validate", "assess"])
def test_hostile_keys_and_numbers_give_one_positioned_line(
    tmp_path: Path, cli: Callable[..., Any], command: str, name: str, text: str, line: int
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = cli(command, path)
    assert result.code == 2
    assert result.stdout == ""
    match = _one_line(result.stderr, path)
    assert match["line"] == str(line), result.stderr
    assert "9" * 200 not in result.stderr  # the number is not echoed in full


def test_a_control_character_in_a_value_is_escaped_in_the_message(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    data = _base()
    data["delivery"]["granting"] = "auto\nmatic\x1b[31m"
    path = tmp_path / "p.json"
    path.write_text(_json(data), encoding="utf-8")
    result = cli("validate", path)
    assert result.code == 2
    _one_line(result.stderr, path)
    assert "auto\\nmatic\\x1b[31m" in result.stderr


def test_a_title_with_control_characters_is_printed_escaped(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    data = _base()
    data["title"] = "Kindbudget\x1b]0;owned\x07 \u202eevil"
    path = tmp_path / "p.json"
    path.write_text(_json(data), encoding="utf-8")
    result = cli("assess", path)
    if result.code == 2:  # refusing such a title outright is as good as escaping it
        _one_line(result.stderr, path)
        return
    assert result.code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\u202e" not in result.stdout
    assert "Kindbudget\\x1b]0;owned\\x07" in result.stdout


def test_a_title_with_html_is_escaped_in_markdown_as_in_html(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    data = _base()
    data["title"] = 'Kindbudget <img src=x onerror="alert(1)"> & *meer*'
    path = tmp_path / "p.json"
    path.write_text(_json(data), encoding="utf-8")
    for fmt in ("markdown", "html"):
        result = cli("assess", path, "--format", fmt)
        assert result.code == 0, result.stderr
        assert "<img" not in result.stdout, fmt
        assert "&lt;img" in result.stdout, fmt
