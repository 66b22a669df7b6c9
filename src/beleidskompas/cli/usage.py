"""Typer/Click usage errors, written in the language of the command (exit code 2)."""

from __future__ import annotations

import re
from typing import Any

from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import cli as C

_PATTERNS = [
    (
        re.compile(r"^(Value error, )?'(?P<value>.*)' is not one of (?P<choices>.*?)\.?$"),
        C.NOT_A_CHOICE,
    ),
    (re.compile(r"^Input should be a valid (number|integer).*$"), C.NOT_A_NUMBER_PLAIN),
    (
        re.compile(
            r"^Input should be (?P<bound>(less|greater) than( or equal to)?) (?P<limit>.*)$"
        ),
        C.BOUND,
    ),
    (re.compile(r"^'(?P<value>.*)' is not one of (?P<choices>.*)\.$"), C.NOT_A_CHOICE),
    (re.compile(r"^'(?P<value>.*)' is not (?P<choices>'[^']*')\.$"), C.NOT_A_CHOICE),
    (re.compile(r"^(?P<value>.*) is not in the range (?P<range>.*)\.$"), C.OUT_OF_RANGE),
    (re.compile(r"^'(?P<value>.*)' is not a valid (float|integer)( range)?\.$"), C.NOT_A_NUMBER),
]


def _hint(param: Any) -> str:
    """How Click names a parameter in an error ('--epsilon', 'FILE')."""
    if param is None:
        return "?"
    opts = getattr(param, "opts", None)
    if getattr(param, "param_type_name", "") == "option" and opts:
        return " / ".join(opts)
    return str(getattr(param, "name", "?")).upper()


def _message(exc: Any, lang: Lang) -> str:
    kind = type(exc).__name__
    text = str(exc.format_message() if hasattr(exc, "format_message") else exc)
    if kind == "NoSuchOption":
        possibilities = getattr(exc, "possibilities", None) or []
        if possibilities:
            shown = ", ".join(sorted(possibilities))
            return C.NO_SUCH_OPTION_HINT.get(lang, option=exc.option_name, possibilities=shown)
        return C.NO_SUCH_OPTION.get(lang, option=exc.option_name)
    if kind == "MissingParameter":
        param = exc.param
        name = exc.param_hint or _hint(param)
        entry = (
            C.MISSING_OPTION
            if getattr(param, "param_type_name", "") == "option"
            else C.MISSING_ARGUMENT
        )
        return entry.get(lang, name=name)
    if kind == "BadParameter":
        param = exc.param
        name = exc.param_hint or _hint(param)
        inner = str(exc.message)
        for pattern, entry in _PATTERNS:
            match = pattern.match(inner)
            if match:
                found: dict[str, Any] = {k: v for k, v in match.groupdict().items() if v}
                if "bound" in found:
                    found["bound"] = C.BOUND_WORDS.get(found["bound"], found["bound"])
                inner = entry.get(lang, **found)
                break
        return C.BAD_VALUE.get(lang, name=name, message=inner)
    command = re.match(
        r"^No such command '(?P<command>[^']*)'\.(?: Did you mean (?P<hint>.*)\?)?$", text
    )
    if command:
        if command["hint"]:
            return C.NO_SUCH_COMMAND_HINT.get(
                lang, command=command["command"], hint=command["hint"]
            )
        return C.NO_SUCH_COMMAND.get(lang, command=command["command"])
    needs = re.match(r"^Option '(?P<option>.*)' requires an argument\.$", text)
    if needs:
        return C.OPTION_NEEDS_VALUE.get(lang, option=needs["option"])
    extra = re.match(r"^Got unexpected extra arguments? \((?P<value>.*)\)$", text)
    if extra:
        return C.EXTRA_ARGUMENT.get(lang, value=extra["value"])
    return text


def render_usage_error(exc: Any, lang: Lang) -> str:
    """The usage line, a help hint and the error, like Click but in ``lang``."""
    lines: list[str] = []
    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
        return str(ctx.get_help())
    if ctx is not None:
        usage = ctx.get_usage().removeprefix("Usage: ").strip()
        if lang == "nl":
            usage = usage.replace("[OPTIONS]", "[OPTIES]")
        lines.append(C.USAGE.get(lang, usage=usage))
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(C.TRY_HELP.get(lang, command=ctx.command_path))
        lines.append("")
    lines.append(C.ERROR.get(lang, message=_message(exc, lang)))
    return "\n".join(lines)
