"""The sensitivity report (``beleidskompas sensitivity``) and its JSON Schema."""

from __future__ import annotations

import math
from typing import Any

from beleidskompas.i18n import Lang, num, pct
from beleidskompas.i18n.catalogue import sensitivity as S
from beleidskompas.i18n.entry import pick
from beleidskompas.model.sensitivity import FigureSensitivity, Sensitivity
from beleidskompas.report.document import Block, Bullets, Document, Heading, Para, Table

SHOWN = 8
"""Parameters shown per figure in the text, Markdown and HTML reports (all are in the JSON)."""
SIGNIFICANT = 3
PARAMETER_WIDTH = 62
"""Parameter column widths that keep the text tables within 100 columns (a longer id wraps)."""
RANGE_WIDTH = 60


def sig(value: float, lang: Lang) -> str:
    """A number with three significant digits (indices span many orders of magnitude)."""
    if value == 0 or not math.isfinite(value):
        return num(value, lang, 0) if value == 0 else "—"
    digits = max(0, SIGNIFICANT - 1 - math.floor(math.log10(abs(value))))
    return num(value, lang, digits)


def _names(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(names)


def matter_most_line(count: int, names: tuple[str, ...] | list[str], lang: Lang) -> str:
    """'Leans on N inferred parameters, of which these five matter most …'."""
    if not names:
        return S.MATTER_NONE.get(lang, count=count)
    return S.MATTER_MOST.get(lang, count=count, shown=len(names), names=_names(names))


def _method(result: Sensitivity, lang: Lang) -> str:
    e = result.evaluations
    screened = len(result.ranges) - len(result.fixed)
    if not result.samples or not result.sobol_parameters:
        return S.METHOD_MORRIS_ONLY.get(
            lang,
            screened=screened,
            trajectories=result.trajectories,
            levels=result.levels,
            morris=e.morris,
            total=e.total,
            seed=result.seed,
        )
    return S.METHOD.get(
        lang,
        screened=screened,
        trajectories=result.trajectories,
        levels=result.levels,
        morris=e.morris,
        sobol_parameters=len(result.sobol_parameters),
        top=result.top,
        samples=result.samples,
        sobol=e.sobol,
        total=e.total,
        seed=result.seed,
    )


def _shown(figure: FigureSensitivity) -> list[str]:
    """The leading parameters that move the figure at all."""
    moving = {m.parameter for m in figure.morris if m.mu_star > 0}
    return [p for p in figure.ranking if p in moving][:SHOWN]


def _interval(value: float, half: float, lang: Lang) -> str:
    return f"{num(value, lang, 2)}±{num(half, lang, 2)}"


def _figure_table(figure: FigureSensitivity, lang: Lang) -> Table:
    morris = {m.parameter: m for m in figure.morris}
    sobol = {x.parameter: x for x in figure.sobol}
    rows = []
    for parameter in _shown(figure):
        m = morris[parameter]
        x = sobol.get(parameter)
        rows.append(
            [
                parameter,
                sig(m.mu_star, lang),
                _interval(x.s1, x.s1_conf, lang) if x else "",
                _interval(x.st, x.st_conf, lang) if x else "",
            ]
        )
    return Table(
        headers=[S.PARAMETER.get(lang), S.MU_STAR.get(lang), S.S1.get(lang), S.ST.get(lang)],
        rows=rows,
        wrap=[PARAMETER_WIDTH, None, None, None],
        numeric=[False, True, True, True],
    )


def _figure_blocks(figure: FigureSensitivity, lang: Lang) -> list[Block]:
    out: list[Block] = [
        Heading(2, pick(S.FIGURES, figure.figure, lang)),
        Para(S.VALUE_LINE.get(lang, value=sig(figure.value, lang))),
    ]
    if figure.constant:
        out.append(Para(S.CONSTANT.get(lang)))
    else:
        out.append(_figure_table(figure, lang))
    return out


def _range_blocks(result: Sensitivity, lang: Lang) -> list[Block]:
    shown = {p for f in result.figures if not f.constant for p in _shown(f)}
    widths = {name: num(h, lang, 2) for name, h in result.half_widths.items()}
    rows = [
        [
            r.parameter,
            num(r.half_width, lang, 2),
            sig(r.value, lang),
            sig(r.low, lang),
            sig(r.high, lang),
        ]
        for r in result.ranges
        if r.parameter in shown
    ]
    out: list[Block] = [Heading(2, S.RANGES.get(lang)), Para(S.RANGES_NOTE.get(lang, **widths))]
    if rows:
        out.append(
            Table(
                headers=[
                    S.PARAMETER.get(lang),
                    S.HALF_WIDTH.get(lang),
                    S.VALUE.get(lang),
                    S.LOW.get(lang),
                    S.HIGH.get(lang),
                ],
                rows=rows,
                wrap=[RANGE_WIDTH, None, None, None, None],
                numeric=[False, True, True, True, True],
            )
        )
    if result.fixed:
        out.append(Para(S.FIXED.get(lang, names=_names(result.fixed))))
    if result.not_numeric:
        out.append(Para(S.NOT_NUMERIC.get(lang, count=len(result.not_numeric))))
    return out


def sensitivity_blocks(result: Sensitivity, lang: Lang) -> list[Block]:
    """The report's blocks, in reading order."""
    out: list[Block] = [
        Heading(1, f"{S.REPORT.get(lang)}: {result.proposal.title}"),
        Para(_method(result, lang), emphasis=True),
        Para(matter_most_line(result.inferred_read, result.matter_most, lang), lead=True),
    ]
    for figure in result.figures:
        out += _figure_blocks(figure, lang)
    if result.left_out:
        out += [
            Heading(2, S.LEFT_OUT.get(lang)),
            Bullets(
                [
                    f"{pick(S.FIGURES, x.figure, lang)}: {x.reason.get(lang)}"
                    for x in result.left_out
                ]
            ),
        ]
    out += _range_blocks(result, lang)
    out.append(Para(S.READING.get(lang, confidence=pct(result.confidence, lang, 0))))
    return out


def index_rows(result: Sensitivity) -> list[dict[str, Any]]:
    """One row per figure and parameter (CSV ``indices``): rank, μ*, μ, σ, S1, ST."""
    rows: list[dict[str, Any]] = []
    for figure in result.figures:
        sobol = {x.parameter: x for x in figure.sobol}
        morris = {m.parameter: m for m in figure.morris}
        for rank, parameter in enumerate(figure.ranking, start=1):
            m, x = morris[parameter], sobol.get(parameter)
            rows.append(
                {
                    "figure": figure.figure,
                    "rank": rank,
                    "parameter": parameter,
                    "mu_star": m.mu_star,
                    "mu_star_conf": m.mu_star_conf,
                    "mu": m.mu,
                    "sigma": m.sigma,
                    "s1": x.s1 if x else None,
                    "s1_conf": x.s1_conf if x else None,
                    "st": x.st if x else None,
                    "st_conf": x.st_conf if x else None,
                }
            )
    return rows


def range_rows(result: Sensitivity) -> list[dict[str, Any]]:
    """One row per parameter varied (CSV ``ranges``)."""
    return [r.model_dump(mode="json") for r in result.ranges]


def sensitivity_data(result: Sensitivity, lang: Lang) -> dict[str, Any]:
    """The JSON report: the result with every text in ``lang``."""
    data: dict[str, Any] = {"schema_version": 1, "lang": lang, "kind": "sensitivity"}
    data.update(result.model_dump(mode="json", context={"lang": lang}))
    return data


def build_sensitivity(result: Sensitivity, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of a sensitivity run."""
    return Document(
        title=f"{S.REPORT.get(lang)}: {result.proposal.title}",
        lang=lang,
        blocks=sensitivity_blocks(result, lang),
        data=sensitivity_data(result, lang),
        tables={"indices": index_rows(result), "ranges": range_rows(result)},
    )


def sensitivity_schema() -> dict[str, Any]:
    """The JSON Schema of the sensitivity report (a ``$defs`` entry of the report schema)."""
    schema = Sensitivity.model_json_schema(mode="validation", ref_template="#/$defs/{model}")
    properties = {
        "schema_version": {"const": 1, "type": "integer"},
        "lang": {"enum": ["nl", "en"], "type": "string"},
        "kind": {"const": "sensitivity", "type": "string"},
        **schema["properties"],
    }
    schema["properties"] = properties
    schema["required"] = ["schema_version", "lang", "kind", *schema.get("required", [])]
    return schema
