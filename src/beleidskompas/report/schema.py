"""The JSON Schema of the JSON assessment report (``--format json``)."""

from __future__ import annotations

from typing import Any

from beleidskompas.model.results import Assessment
from beleidskompas.model.schema import DIALECT


def _strings_for_texts(node: Any) -> Any:
    """In the report every Text is a string in the chosen language."""
    if isinstance(node, dict):
        if node.get("$ref") == "#/$defs/Text":
            return {"type": "string"}
        return {k: _strings_for_texts(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_strings_for_texts(v) for v in node]
    return node


def _sweep_schema(defs: dict[str, Any]) -> dict[str, Any]:
    """The design sweep's report (``beleidskompas sweep``): the assessment report's header
    keys, the sweep under ``sweep``."""
    from beleidskompas.model.sweep import Sweep

    sub = Sweep.model_json_schema(mode="validation", ref_template="#/$defs/{model}")
    for name, definition in sub.pop("$defs", {}).items():
        defs.setdefault(name, definition)  # shared models (ProvenanceInfo) stay as above
    for header in ("proposal", "provenance"):
        sub["properties"].pop(header)
        sub["required"].remove(header)
    defs["Sweep"] = sub
    return {"$ref": "#/$defs/Sweep"}


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the assessment report, sections at the top level."""
    from beleidskompas.model.results import SectionResult
    from beleidskompas.rules.sections import rule_kinds
    from beleidskompas.scoring.sections import result_models

    # the validation schema lists the fields; the serialised report flattens the sections
    schema = Assessment.model_json_schema(mode="validation")
    defs = schema.setdefault("$defs", {})
    props = schema["properties"]
    for excluded in ("sections", "trace"):
        props.pop(excluded, None)
    defs.get("ProvenanceInfo", {}).get("properties", {}).pop("parameters_read", None)
    ordered: dict[str, Any] = {"schema_version": props.pop("schema_version")}
    ordered["lang"] = {"enum": ["nl", "en"], "type": "string"}
    ordered["proposal"] = props.pop("proposal")
    ordered["provenance"] = props.pop("provenance")
    models = result_models()
    for kind in rule_kinds():
        model = models.get(kind.name, SectionResult)
        sub = model.model_json_schema(mode="validation", ref_template="#/$defs/{model}")
        defs.update(sub.pop("$defs", {}))
        defs[model.__name__] = sub
        ordered[kind.name] = {"$ref": f"#/$defs/{model.__name__}"}
    ordered.update(props)
    ordered["sweep"] = _sweep_schema(defs)
    schema["properties"] = ordered
    schema["required"] = ["schema_version", "lang", "proposal", "provenance"]
    _add_advice(defs)
    from beleidskompas.report.views.sensitivity import sensitivity_schema

    sensitivity = sensitivity_schema()  # `beleidskompas sensitivity --format json`
    defs.update(sensitivity.pop("$defs", {}))
    defs["SensitivityReport"] = sensitivity
    defs.pop("Text", None)
    return {"$schema": DIALECT, **_strings_for_texts(schema)}


def _add_advice(defs: dict[str, Any]) -> None:
    """``$defs.Advice``: the JSON report of ``beleidskompas advise`` (validate it against
    ``{"$ref": "#/$defs/Advice"}`` with these ``$defs``)."""
    from beleidskompas.model.advice import Advice

    sub = Advice.model_json_schema(mode="validation", ref_template="#/$defs/{model}")
    defs.update(sub.pop("$defs", {}))
    sub["properties"] = {"lang": {"enum": ["nl", "en"], "type": "string"}, **sub["properties"]}
    sub["required"] = ["lang", *sub.get("required", [])]
    defs["Advice"] = sub
