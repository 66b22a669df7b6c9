"""Picture outputs (PNG, SVG) and Word documents need a file (not a terminal)."""

from __future__ import annotations

import sys
from pathlib import Path

from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import cli as C

PICTURES = ("png", "svg")


def picture_format(path: Path) -> str:
    """``png`` or ``svg`` from a file name, or an InputError."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in PICTURES:
        raise InputError.single(path, C.PLOT_SUFFIX)
    return kind


def require_file_for_picture(fmt: str, output: Path | None) -> None:
    """A picture is not written to a terminal."""
    if fmt in PICTURES and output is None and sys.stdout.isatty():
        raise InputError.single("--output", C.PICTURE_NEEDS_OUTPUT)


def require_file_for_binary(fmt: str, output: Path | None) -> None:
    """A picture or a Word document is not written to a terminal."""
    require_file_for_picture(fmt, output)
    if fmt == "docx" and output is None and sys.stdout.isatty():
        raise InputError.single("--output", C.BINARY_NEEDS_OUTPUT)
