"""Sources and provenance: where every number in a rule set comes from."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from beleidskompas.model.base import Frozen

Provenance = Literal["found", "computed", "inferred"]
"""``found``: stated in the cited source; ``computed``: derived by us from found numbers
(method stated); ``inferred``: our own estimate or design choice, not a published figure."""

SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$")]


class Source(Frozen):
    """A publication, page or dataset a parameter or rule rests on."""

    title: str = Field(description="Title of the publication or page.")
    url: str | None = Field(default=None, description="Where to read it (may be absent).")
    publisher: str | None = Field(default=None, description="Who published it.")
    year: int | None = Field(default=None, ge=1800, le=2100, description="Year of publication.")
    note: str | None = Field(default=None, description="What in it supports the parameter.")
    secondary: bool = Field(
        default=False,
        description="A report of someone else's publication (news, a blog, a mirror, a "
        "commercial page) rather than the publication itself; reports mark it.",
    )
    primary: str | None = Field(
        default=None,
        description="For a secondary source: the primary publication it reports on, when "
        "identified but not (yet) cited itself (e.g. 'SCP (2014), Verschil in Nederland').",
    )
    via: str | None = Field(
        default=None,
        description="Where the publication was read when not at its publisher (the URL of a "
        "copy); the citation is the publication itself.",
    )


class SourceOut(Frozen):
    """A source as shown in a report."""

    title: str
    url: str | None = None
    secondary: bool = Field(
        default=False, description="A report of another publication (news, blog, mirror)."
    )
    primary: str | None = Field(
        default=None, description="For a secondary source: the publication it reports on."
    )
    via: str | None = Field(default=None, description="Where the publication was read.")

    @classmethod
    def of(cls, source: Source) -> SourceOut:
        """How a registered source shows in a report."""
        return cls(
            title=source.title,
            url=source.url,
            secondary=source.secondary,
            primary=source.primary,
            via=source.via,
        )


SourceRef = SourceId | Source
"""A source cited by its id in the rule set's source registry, or written out inline."""


class Param(Frozen):
    """A numeric parameter with its source and provenance tag."""

    value: float = Field(description="The value.")
    provenance: Provenance = Field(description="found | computed | inferred")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Where the value comes from.")
    note: str | None = Field(
        default=None, description="Method (computed), reasoning (inferred), or a caveat."
    )
