"""The documentation stays honest.

(a) the generated references are current; (b) every ``$ beleidskompas ...`` command in the
docs runs with the documented exit code and prints the documented (abridged) output;
(c) the complete test file in docs/testing.md passes; (d) every Python block in
docs/api.md runs; (e) every relative link (and anchor) points to something that exists.

Conventions the docs follow (so that this file can check them):

- In a ```console block, ``$ beleidskompas ARGS`` is a command; the lines after it, up to
  the next ``$``, are its output. Each output line must occur in a line of the real output
  (whitespace collapsed); ``…`` inside a line stands for any text, and a line that is only
  ``…`` or ``...`` stands for omitted lines. Commands other than ``beleidskompas`` (mkdir,
  pytest) are not run.
- ``# exits N`` after a command: it must exit with N; ``# may fail``: not run (a known
  bug); a command containing ``<`` has placeholders and is not run.
- ``/tmp/beleidskompas-tutorial/`` becomes a fresh temporary folder per page.
- ``<!-- file: PATH -->`` right before a fenced block: the block is written to PATH before
  the commands that follow it run (so the docs can show a rule set and then use it).
- ``<!-- test-file -->`` right before a ```python block in docs/testing.md: a complete test
  file, run with pytest in a subprocess.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
TUTORIAL_DIR = "/tmp/beleidskompas-tutorial/"
COMMAND_DOCS = (
    "docs/index.md",
    "docs/concepts.md",
    "docs/tutorial.md",
    "docs/rules.md",
    "docs/api.md",
    "docs/testing.md",
    "README.md",
)
PLANNED: frozenset[str] = frozenset()
"""Pages that other pages already link to but that are still being written (none now)."""

_FENCE = re.compile(r"^(\s*)(```+|~~~+)\s*([\w+-]*)")
_MARKER = re.compile(r"^\s*<!--\s*(file:\s*(?P<path>\S+)|(?P<testfile>test-file))\s*-->\s*$")
_COMMENT = re.compile(r"\s#\s*(?P<note>.*)$")


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class Block:
    """A fenced code block: its info string, first content line, text and marker."""

    lang: str
    line: int
    text: str
    marker: dict[str, str] = field(default_factory=dict)


def blocks(path: Path) -> list[Block]:
    """Every fenced block of a Markdown file, with the marker comment right before it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    marker: dict[str, str] = {}
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if match is None:
            found = _MARKER.match(lines[i])
            if found:
                marker = {k: v for k, v in found.groupdict().items() if v}
            elif lines[i].strip():
                marker = {}
            i += 1
            continue
        indent, fence, lang = match.groups()
        body: list[str] = []
        i += 1
        start = i + 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            line = lines[i]
            body.append(line[len(indent) :] if line.startswith(indent) else line)
            i += 1
        out.append(Block(lang, start, "\n".join(body) + "\n", marker))
        marker = {}
        i += 1
    return out


@dataclass(frozen=True)
class Command:
    """A documented command, the exit code it must give (None: do not run) and its output."""

    line: int
    text: str
    code: int | None
    output: tuple[str, ...]


@dataclass(frozen=True)
class WriteFile:
    """A documented file to write before the next commands run."""

    line: int
    path: str
    text: str


def _command(line: int, text: str, output: list[str]) -> Command:
    note_match = _COMMENT.search(text)
    note = note_match.group("note").strip() if note_match else ""
    command = text[: note_match.start()].strip() if note_match else text.strip()
    code: int | None = 0
    exits = re.fullmatch(r"exits (\d+)", note)
    if exits:
        code = int(exits.group(1))
    elif note == "may fail" or "<" in command:
        code = None
    return Command(line, command, code, tuple(output))


def steps(path: Path) -> list[Command | WriteFile]:
    """Files to write and ``beleidskompas`` commands to run, in document order."""
    out: list[Command | WriteFile] = []
    for block in blocks(path):
        if "path" in block.marker:
            out.append(WriteFile(block.line, block.marker["path"], block.text))
            continue
        if block.lang != "console":
            continue
        current: tuple[int, str] | None = None
        output: list[str] = []
        for offset, raw in enumerate(block.text.splitlines()):
            if raw.startswith("$ "):
                if current is not None and current[1].startswith("beleidskompas "):
                    out.append(_command(*current, output))
                current, output = (block.line + offset, raw[2:]), []
            else:
                output.append(raw)
        if current is not None and current[1].startswith("beleidskompas "):
            out.append(_command(*current, output))
    return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def missing_output(expected: tuple[str, ...], actual: str) -> list[str]:
    """Documented output lines that do not occur in the actual output."""
    lines = [_norm(line) for line in actual.splitlines()]
    missing: list[str] = []
    for raw in expected:
        want = _norm(raw)
        if not want or want in ("…", "..."):
            continue
        parts = [re.escape(part) for part in want.split("…")]
        pattern = re.compile(".*".join(parts))
        if not any(pattern.search(line) for line in lines):
            missing.append(raw)
    return missing


def _args(command: str, tmp: Path) -> list[str]:
    words = shlex.split(command)
    assert words[0] == "beleidskompas"
    out: list[str] = []
    for word in words[1:]:
        assert word not in ("|", ">", ">>", "<", "&&", ";"), (
            f"shell syntax {word!r} in a documented command: use --output instead"
        )
        word = word.replace(TUTORIAL_DIR, f"{tmp}/").replace(TUTORIAL_DIR.rstrip("/"), str(tmp))
        if not word.startswith("-") and any(ch in word for ch in "*?["):
            out += sorted(glob.glob(word)) or [word]
        else:
            out.append(word)
    return out


# --------------------------------------------------------------------------- (a)


@pytest.mark.parametrize("page", ["cli", "proposal"])
def test_generated_reference_is_current(page: str) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("docgen", REPO / "scripts" / "docgen.py")
    assert spec is not None and spec.loader is not None
    docgen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(docgen)

    generate: Callable[[], str] = getattr(docgen, f"{page}_reference")
    current = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    assert current == generate(), f"docs/{page}.md is stale: run `python scripts/gen_docs.py`"


# --------------------------------------------------------------------------- (b)


def test_command_docs_have_commands() -> None:
    """The pages that teach commands still contain them (the parser still finds them)."""
    for page in ("docs/tutorial.md", "docs/rules.md"):
        commands = [s for s in steps(REPO / page) if isinstance(s, Command)]
        assert len(commands) >= 5, f"{page}: found only {len(commands)} commands"


@pytest.mark.parametrize("page", COMMAND_DOCS)
def test_documented_commands_run(
    page: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli: Callable[..., Any],
) -> None:
    path = REPO / page
    if not path.is_file():
        pytest.fail(f"{page} does not exist")
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("BELEIDSKOMPAS_LANG", raising=False)
    failures: list[str] = []
    for step in steps(path):
        where = f"{page}:{step.line}"
        if isinstance(step, WriteFile):
            target = Path(step.path.replace(TUTORIAL_DIR, f"{tmp_path}/"))
            assert tmp_path in target.parents, f"{where}: files go under {TUTORIAL_DIR}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.text, encoding="utf-8")
            continue
        if step.code is None:
            continue
        result = cli(*_args(step.text, tmp_path))
        actual = result.stdout + result.stderr
        if result.code != step.code:
            failures.append(
                f"{where}: `{step.text}` exited {result.code}, documented {step.code}\n"
                + textwrap_indent(actual[-2000:])
            )
            continue
        expected = tuple(line.replace(TUTORIAL_DIR, f"{tmp_path}/") for line in step.output)
        missing = missing_output(expected, actual)
        if missing:
            failures.append(
                f"{where}: `{step.text}` no longer prints these documented lines "
                "(update the page):\n" + textwrap_indent("\n".join(missing))
            )
    assert not failures, "\n\n".join(failures)


def textwrap_indent(text: str) -> str:
    """Indent text for a failure message."""
    return "\n".join("    " + line for line in text.splitlines())


# --------------------------------------------------------------------------- (c)


def test_testing_guide_file_passes(tmp_path: Path) -> None:
    found = [b for b in blocks(DOCS / "testing.md") if "testfile" in b.marker]
    assert len(found) == 1, "docs/testing.md needs exactly one <!-- test-file --> block"
    assert found[0].lang == "python"
    test_file = tmp_path / "test_my_rules.py"
    test_file.write_text(found[0].text, encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


# --------------------------------------------------------------------------- (d)


_RUN_BLOCKS = """
import json, sys, traceback
failed = 0
for line, text in json.load(open(sys.argv[1], encoding="utf-8")):
    try:
        exec(compile(text, f"docs/api.md:{line}", "exec"), {"__name__": "__docs__"})
    except BaseException:
        failed += 1
        print(f"--- docs/api.md:{line} failed:", file=sys.stderr)
        traceback.print_exc()
sys.exit(1 if failed else 0)
"""


def test_api_examples_run(tmp_path: Path) -> None:
    """Every Python block of docs/api.md, in document order, each in a fresh namespace.

    They run in a fresh interpreter, as a reader running the page would: in this process
    the other tests have already imported half of the package.
    """
    found = [(b.line, b.text) for b in blocks(DOCS / "api.md") if b.lang == "python"]
    assert len(found) >= 5, "docs/api.md lost its examples"
    data = tmp_path / "blocks.json"
    data.write_text(json.dumps(found), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _RUN_BLOCKS, str(data)],
        cwd=REPO,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-6000:]


def test_public_assess_is_the_function_after_submodule_import() -> None:
    # the pipeline module is not called ``assess``, so it cannot shadow the function
    code = (
        "import importlib, beleidskompas\n"
        "importlib.import_module('beleidskompas.scoring.pipeline')\n"
        "assert callable(beleidskompas.assess), beleidskompas.assess\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


# --------------------------------------------------------------------------- (e)

_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`", re.S)


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """The anchors GitHub makes for the headings of a Markdown file."""
    text = _CODE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    out: set[str] = set()
    for match in re.finditer(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.M):
        slug = _slug(match.group(1))
        count = seen.get(slug, 0)
        out.add(slug if count == 0 else f"{slug}-{count}")
        seen[slug] = count + 1
    return out


def _pages() -> list[Path]:
    return [REPO / "README.md", *sorted(DOCS.glob("*.md"))]


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.relative_to(REPO).as_posix())
def test_relative_links_resolve(page: Path) -> None:
    text = _CODE.sub("", page.read_text(encoding="utf-8"))
    broken: list[str] = []
    for target in _LINK.findall(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        resolved = (page.parent / file_part).resolve() if file_part else page
        relative = resolved.relative_to(REPO).as_posix() if REPO in resolved.parents else None
        if not resolved.exists():
            if relative not in PLANNED:
                broken.append(f"{target}: no such file")
            continue
        if anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
            broken.append(f"{target}: no heading with anchor #{anchor}")
    assert not broken, f"{page.relative_to(REPO)}: broken links:\n" + "\n".join(broken)
