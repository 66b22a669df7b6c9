"""Errors the user can fix: each names the file, the field path and the line:column.

Exit codes of the command line follow the kind of error: :class:`InputError` (and
:class:`RuleSetError`) → 2, :class:`GateFailedError` → 1; anything else is a bug → 3.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from beleidskompas.i18n import Entry, Lang, Text, printable
from beleidskompas.i18n.catalogue import errors as E

Loc = tuple[str | int, ...]


def format_loc(loc: Sequence[str | int]) -> str:
    """A field path as users write it: ``delivery.citizen_actions[0].documents``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file."""

    message: Text
    loc: Loc = ()
    line: int | None = None
    column: int | None = None

    def render(self, file: str, lang: Lang) -> str:
        """``file:line:col: field: message``."""
        where = file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        path = format_loc(self.loc)
        return printable(f"{where}: {path + ': ' if path else ''}{self.message.get(lang)}")


@dataclass
class InputError(Exception):
    """Invalid user input (a proposal, a rule file, an argument, the environment): exit 2."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.render("en"))

    def render(self, lang: Lang = "nl", limit: int = 10) -> str:
        """All problems, one per line (at most ``limit``)."""
        lines = [p.render(self.file, lang) for p in self.problems[:limit]]
        hidden = len(self.problems) - limit
        if hidden > 0:
            lines.append(E.MORE_PROBLEMS.get(lang, count=hidden))
        return "\n".join(lines)

    @classmethod
    def single(
        cls,
        file: str | Path,
        message: Text | Entry,
        loc: Loc = (),
        line: int | None = None,
        column: int | None = None,
    ) -> InputError:
        """An error with one problem."""
        text = message.text() if isinstance(message, Entry) else message
        return cls(str(file), [Problem(text, loc, line, column)])


class RuleSetError(InputError):
    """An invalid rule set (file, field path, line:column): exit code 2."""


class GateFailedError(Exception):
    """A gate the user asked for failed (``--fail-on``, ``--fail-under``): exit code 1."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text

    def render(self, lang: Lang) -> str:
        """The message in ``lang``."""
        return self.text.get(lang)
