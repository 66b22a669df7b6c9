"""``--explain``: the recorded trace as a table, one entry per figure."""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang, Text, localise
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.model.results import TraceStep
from beleidskompas.report.document import Table

SIGNIFICANT = 6
"""Significant digits of numbers shown in the trace."""


def _show(value: Any, lang: Lang) -> str:
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, bool) or value is None:
        return "—" if value is None else str(value).lower()
    if isinstance(value, float):
        return f"{value:.{SIGNIFICANT}g}"
    return str(value)


def _detail(step: TraceStep, lang: Lang) -> str:
    parts = [step.formula]
    if step.inputs:
        shown = ", ".join(f"{k} = {_show(v, lang)}" for k, v in step.inputs.items())
        parts.append(f"{R.TRACE_INPUTS.get(lang)}: {shown}")
    if step.rules:
        parts.append(f"{R.TRACE_RULES.get(lang)}: {', '.join(step.rules)}")
    if step.parameters:
        shown = ", ".join(
            f"{p.id} = {_show(p.value, lang)} ({p.provenance})"
            if p.value is not None
            else f"{p.id} ({p.provenance})"
            for p in step.parameters
        )
        parts.append(f"{R.TRACE_PARAMETERS.get(lang)}: {shown}")
    if step.note is not None:
        parts.append(step.note.get(lang))
    return " | ".join(parts)


def explain_table(trace: list[TraceStep], lang: Lang) -> Table:
    """The trace: section.figure, value, and how it was computed."""
    rows = [
        [f"{step.section}.{step.figure}", _show(step.value, lang), _detail(step, lang)]
        for step in trace
    ]
    return Table(
        headers=[R.FIGURE.get(lang), R.VALUE.get(lang), R.HOW.get(lang)],
        rows=rows,
        wrap=[30, 14, 50],
        as_list=True,
    )


def trace_data(trace: list[TraceStep], lang: Lang) -> list[Any]:
    """The trace as JSON data in one language."""
    return [localise(step.model_dump(mode="json", context={"lang": lang}), lang) for step in trace]
