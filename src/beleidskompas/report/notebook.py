"""How results show themselves in a notebook (``_repr_html_``, ``to_frame``).

Importing this module registers the display hooks of the model layer. The language of
notebook output is Dutch unless :func:`set_language` says otherwise.
"""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang
from beleidskompas.model import display
from beleidskompas.model.results import Assessment
from beleidskompas.model.society import ClassModel
from beleidskompas.report.formats.html import fragment
from beleidskompas.report.registry import view_for
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.society.classes import ClassTable
from beleidskompas.society.graph import CapitalGraph

_LANG: list[Lang] = ["nl"]


def set_language(lang: Lang) -> None:
    """The language of notebook output."""
    _LANG[0] = lang


def _html(obj: Any) -> str:
    document = view_for(type(obj)).builder()(obj, _LANG[0])
    return fragment(document)


def _class_model_html(model: ClassModel) -> str:
    from beleidskompas.analysis.classes import class_table_of_model

    return _html(class_table_of_model(model))


def _frame(assessment: Assessment) -> Any:
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_frame() needs pandas: pip install 'beleidskompas[frame]'") from exc
    from beleidskompas.report.views.impact import class_rows

    return pd.DataFrame(class_rows(assessment, _LANG[0]))


display.register(Assessment, html=_html, frame=_frame)
display.register(ClassTable, html=_html)
display.register(RuleSet, html=_html)
display.register(CapitalGraph, html=_html)
display.register(ClassModel, html=_class_model_html)
