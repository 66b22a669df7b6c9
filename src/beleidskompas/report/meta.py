"""What a report needs to be attached to a memo: when it was made, by what, from which
sources (each once, secondary ones marked)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import memo as MM
from beleidskompas.io import clock
from beleidskompas.model.results import ProvenanceInfo
from beleidskompas.model.sources import SourceOut

HASH_SHOWN = 16


def produced_on(today: dt.date | None = None) -> dt.date:
    """The date a report is produced: ``today``, else ``SOURCE_DATE_EPOCH`` (the
    reproducible-builds convention, so that a rebuilt report is identical), else today."""
    return today if today is not None else clock.today()


def produced_line(provenance: ProvenanceInfo, lang: Lang, produced: dt.date | None) -> str:
    """'Produced on … with beleidskompas …, rule set … (sha)' for the first page."""
    return MM.PRODUCED.get(
        lang,
        date=produced_on(produced),
        tool=provenance.tool_version,
        ruleset=provenance.ruleset.id,
        version=provenance.ruleset.version,
        sha=provenance.ruleset.sha256[:HASH_SHOWN],
    )


def unique_sources(sources: Iterable[SourceOut]) -> list[SourceOut]:
    """Each source once (the same URL, or the same title without one, is one source),
    sorted by title."""
    seen: dict[str, SourceOut] = {}
    for source in sources:
        key = source.url or source.via or source.title.casefold()
        seen.setdefault(key, source)
    return sorted(seen.values(), key=lambda s: s.title.casefold())


def shown_source(source: SourceOut, lang: Lang) -> SourceOut:
    """A source as a reader sees it: secondary ones marked, with what they report on, and
    the copy a publication was read in."""
    notes: list[str] = []
    if source.secondary:
        notes.append(MM.SECONDARY.get(lang))
        if source.primary:
            notes.append(MM.REPORTS_ON.get(lang, primary=source.primary))
    if source.via:
        notes.append(MM.READ_VIA.get(lang, via=source.via))
    if not notes:
        return source
    return source.model_copy(update={"title": f"{source.title} ({'; '.join(notes)})"})
