"""Every pre-parse check is linear in the file size: no input of the allowed size is slow.

The first JSON depth scan used a regular expression that took time quadratic in the size
of strings full of escaped quotes (a 200 KB file took minutes). These worst cases are
generated at 1 and 4 MiB; a linear scan takes about four times as long for the larger one,
a quadratic one sixteen times. The absolute bound (5 s) only catches hangs; the budget of
one second per case is checked by benchmarks/run.py.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from beleidskompas.errors import InputError
from beleidskompas.io.document import load_document

MIB = 1024 * 1024


def escaped_quotes(size: int) -> str:
    return '{"id": "' + '\\"' * (size // 2) + '"}'


def unterminated_escapes(size: int) -> str:
    return '{"id": "' + '\\"' * (size // 2)


def deep_nesting(size: int) -> str:
    return "[" * (size // 2) + "]" * (size // 2)


def many_numbers(size: int) -> str:
    return "[" + ",".join(["1"] * (size // 2)) + "]"


def long_string(size: int) -> str:
    return '{"id": "' + "a" * size + '"}'


def yaml_many_keys(size: int) -> str:
    return "\n".join(f"k{i}: {i}" for i in range(size // 12))


def yaml_long_line(size: int) -> str:
    return "title: " + "x" * size + "\n"


CASES: list[tuple[str, Callable[[int], str]]] = [
    ("json", escaped_quotes),
    ("json", unterminated_escapes),
    ("json", deep_nesting),
    ("json", many_numbers),
    ("json", long_string),
    ("yaml", yaml_many_keys),
    ("yaml", yaml_long_line),
]


def _time(path: Path) -> float:
    start = time.perf_counter()
    with contextlib.suppress(InputError):
        load_document(path, limit=8 * MIB)
    return time.perf_counter() - start


@pytest.mark.parametrize(("suffix", "make"), CASES, ids=[m.__name__ for _, m in CASES])
def test_worst_cases_scale_linearly(
    tmp_path: Path, suffix: str, make: Callable[[int], str]
) -> None:
    small = tmp_path / f"small.{suffix}"
    large = tmp_path / f"large.{suffix}"
    small.write_text(make(MIB), encoding="utf-8")
    large.write_text(make(4 * MIB), encoding="utf-8")
    _time(small)  # warm up
    t_small = min(_time(small) for _ in range(3))
    t_large = min(_time(large) for _ in range(2))
    assert t_large < 5.0, f"{make.__name__}: {t_large:.1f} s for 4 MiB"
    # linear: about 4x; quadratic: about 16x (the minimum of repeats damps a busy machine)
    assert t_large < 10 * max(t_small, 0.01), (make.__name__, t_small, t_large)
