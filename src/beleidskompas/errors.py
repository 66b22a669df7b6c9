"""Errors the user can fix: each names the file, the field path and the line:column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from beleidskompas.model.base import Lang

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Message:
    """A message in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        """The message in ``lang``."""
        return self.nl if lang == "nl" else self.en


def format_loc(loc: Sequence[str | int]) -> str:
    """A field path as users write it: ``delivery.citizen_actions[0].documents``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


class BilingualError(ValueError):
    """A ValueError with a Dutch and an English message (raised in model validators)."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(en)
        self.nl = nl
        self.en = en


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file."""

    message: Message
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
        return f"{where}: {path + ': ' if path else ''}{self.message.get(lang)}"


@dataclass
class InputError(Exception):
    """Invalid user input (a proposal, a rule file, an argument): exit code 2."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.render("en"))

    def render(self, lang: Lang = "nl", limit: int = 10) -> str:
        """All problems, one per line (at most ``limit``)."""
        lines = [p.render(self.file, lang) for p in self.problems[:limit]]
        hidden = len(self.problems) - limit
        if hidden > 0:
            lines.append(
                f"... en nog {hidden} fout(en)" if lang == "nl" else f"... and {hidden} more"
            )
        return "\n".join(lines)

    @classmethod
    def single(
        cls,
        file: str | Path,
        nl: str,
        en: str,
        loc: Loc = (),
        line: int | None = None,
        column: int | None = None,
    ) -> InputError:
        """An error with one problem."""
        return cls(str(file), [Problem(Message(nl, en), loc, line, column)])


class RuleSetError(InputError):
    """An invalid rule set (file, field path, line:column): exit code 2."""
