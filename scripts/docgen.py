"""Reference documentation generated from the code: the CLI and the proposal file.

Not part of the installed package. ``python scripts/gen_docs.py`` writes ``docs/cli.md`` and
``docs/proposal.md``; a test fails when they are stale.
"""

from __future__ import annotations

from typing import Any, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from beleidskompas.model.introspect import field_type
from beleidskompas.model.proposal import Proposal

WIDTH = 100


def _help(command: Any, path: list[str]) -> str:
    import typer

    ctx = typer.Context(
        command, info_name=" ".join(path), terminal_width=WIDTH, max_content_width=WIDTH
    )
    text: str = command.get_help(ctx)
    return text


def cli_reference() -> str:
    """Markdown: the ``--help`` of every command, generated from the Typer app."""
    import typer

    from beleidskompas.cli.main import app

    root = typer.main.get_command(app)
    lines = [
        "# CLI reference",
        "",
        "Generated from the code by `python scripts/gen_docs.py`; do not edit by hand.",
        "Exit codes: 0 done; 1 a gate you asked for failed (`--fail-on`, `--fail-under`, a",
        "failing `test`), and nothing else; 2 invalid input or usage, or a problem of the",
        "environment (disk full, permission denied, unencodable or closed output; a broken",
        "pipe quietly); 3 a bug in beleidskompas; 130 interrupted.",
        "",
        "## beleidskompas",
        "",
        "```text",
        _help(root, ["beleidskompas"]).rstrip(),
        "```",
        "",
    ]
    stack: list[tuple[list[str], Any]] = []
    commands = getattr(root, "commands", {})
    for name in sorted(commands):
        stack.append((["beleidskompas", name], commands[name]))
    while stack:
        path, command = stack.pop(0)
        lines += [f"## {' '.join(path)}", "", "```text", _help(command, path).rstrip(), "```", ""]
        sub = getattr(command, "commands", None)
        if sub:
            for name in sorted(sub):
                stack.append(([*path, name], sub[name]))
    return "\n".join(lines)


def _type_name(annotation: Any) -> str:
    ft = field_type(annotation)
    if ft.kind == "enum":
        return " \\| ".join(f"`{c}`" for c in ft.choices)
    if ft.kind == "list" and ft.item is not None:
        inner = ft.item
        if inner.kind == "model" and inner.model is not None:
            return f"list of {inner.model.__name__}"
        if inner.kind == "enum":
            return "list of " + " \\| ".join(f"`{c}`" for c in inner.choices)
        return f"list of {inner.kind}"
    if ft.kind == "model" and ft.model is not None:
        return ft.model.__name__
    if ft.kind == "dict":
        return "mapping class id → share"
    if ft.kind == "other" and get_origin(annotation) is tuple:
        return "[low, high]"
    args = [a for a in get_args(annotation) if a is not type(None)]
    if ft.kind == "other" and args and get_origin(args[0]) is tuple:
        return "[low, high]"
    return ft.kind


def _default(info: Any) -> str:
    if info.is_required():
        return "**required**"
    if info.default_factory is not None:
        value = info.default_factory()
        if isinstance(value, BaseModel):
            return "(group)"
        return f"`{value!r}`".replace("'", "")
    if info.default is None or info.default is PydanticUndefined:
        return "absent (unknown)"
    return f"`{info.default}`"


def proposal_reference() -> str:
    """Markdown: every field of the proposal file with type, default and meaning."""
    rows: list[str] = []
    stack: list[tuple[str, type[BaseModel]]] = [("", Proposal)]
    seen: set[str] = set()
    while stack:
        prefix, model = stack.pop(0)
        for name, info in model.model_fields.items():
            path = f"{prefix}{info.alias or name}"
            description = (info.description or "").replace("|", "\\|").replace("\n", " ")
            rows.append(
                f"| `{path}` | {_type_name(info.annotation)} | {_default(info)} | {description} |"
            )
            ft = field_type(info.annotation)
            target = (
                ft.model
                if ft.kind == "model"
                else (
                    ft.item.model
                    if ft.kind == "list" and ft.item and ft.item.kind == "model"
                    else None
                )
            )
            if target is not None and path not in seen:
                seen.add(path)
                suffix = "[]." if ft.kind == "list" else "."
                stack.append((path + suffix, target))
    return "\n".join(
        [
            "# The proposal file (schema_version 1)",
            "",
            "Generated from the data contract (`beleidskompas.model.proposal`) by",
            "`python scripts/gen_docs.py`; do not edit by hand. The same information is in the",
            "JSON Schema (`beleidskompas schema`, `schemas/proposal.schema.json`).",
            "",
            "A field left out is **unknown**: rules that need it report 'cannot judge' (an",
            "`info` finding) instead of passing silently. Unknown keys are errors.",
            "",
            "| field | type | default | meaning |",
            "|---|---|---|---|",
            *rows,
            "",
        ]
    )
