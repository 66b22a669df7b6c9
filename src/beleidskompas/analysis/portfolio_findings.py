"""Findings about a portfolio as a whole: economic lean, untouched cells, stapeling."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import analysis as A
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.model.base import Frozen
from beleidskompas.rules.ruleset import RuleSet

if TYPE_CHECKING:  # pragma: no cover
    from beleidskompas.analysis.portfolio import Cell, ClassBurden

FindingKind = Literal["economic_lean", "untouched", "stapeling", "overlap", "negative"]


class PortfolioFinding(Frozen):
    """A finding about the portfolio as a whole (``kind`` says which; ``message`` in words)."""

    kind: FindingKind
    severity: Literal["info", "minor", "major"]
    message: Text
    classes: list[str] = Field(default_factory=list)
    cells: list[tuple[str, str]] = Field(default_factory=list)
    measures: list[str] = Field(default_factory=list)
    value: float | None = None


def portfolio_findings(
    rules: RuleSet,
    coverage: Mapping[str, Mapping[str, Cell]],
    untouched: Sequence[tuple[str, str]],
    burdens: Sequence[ClassBurden],
    economic_share: float | None,
    negative: Sequence[str],
) -> list[PortfolioFinding]:
    """The portfolio's findings, most telling first."""
    labels = {c.id: c.label for c in rules.classes.classes}
    out: list[PortfolioFinding] = []
    if economic_share is not None:
        leans = economic_share > rules.parameter("scoring.portfolio.economic_lean").value
        entry = A.ECONOMIC_LEAN if leans else A.NOT_ECONOMIC
        out.append(
            PortfolioFinding(
                kind="economic_lean",
                severity="minor" if leans else "info",
                message=entry.text(share=economic_share),
                value=economic_share,
            )
        )
    lagging = [(c, k) for c, k in untouched if coverage[c][k].deficit_before > 0]
    if lagging:
        cells = [A.CELL.text(cls=labels[c], capital=L.CAPITALS[k]) for c, k in lagging]
        out.append(
            PortfolioFinding(
                kind="untouched",
                severity="minor",
                message=A.UNTOUCHED.text(cells=_join(cells)),
                cells=list(lagging),
            )
        )
    else:
        out.append(
            PortfolioFinding(kind="untouched", severity="info", message=A.ALL_TOUCHED.text())
        )
    low = rules.parameter("scoring.doenvermogen.niet_doenlijk_below").value
    for b in burdens:
        if b.measures > 1 and b.combined_doenbaarheid < low:
            out.append(
                PortfolioFinding(
                    kind="stapeling",
                    severity="major",
                    message=A.STAPELING.text(
                        cls=b.label,
                        actions=b.actions_per_year,
                        documents=b.documents_per_year,
                        score=b.combined_doenbaarheid,
                    ),
                    classes=[b.id],
                    value=b.combined_doenbaarheid,
                )
            )
    if negative:
        out.append(
            PortfolioFinding(
                kind="negative",
                severity="info",
                message=A.NEGATIVE.text(ids=", ".join(negative)),
                measures=list(negative),
            )
        )
    return out


def _join(texts: Sequence[Text]) -> Text:
    return Text(nl=", ".join(t.nl for t in texts), en=", ".join(t.en for t in texts))
