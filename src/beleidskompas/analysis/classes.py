"""The class table of a rule set: the society layer's table plus what it rests on."""

from __future__ import annotations

from beleidskompas.model.society import ClassModel
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.society.classes import ClassTable, class_table


def ruleset_class_table(rules: RuleSet) -> ClassTable:
    """Positions, deficits, accumulated deficits and stapeling of the rule set's classes."""
    inferred = [
        name
        for name, param in rules.parameters.items()
        if param.provenance == "inferred" and name.startswith(("classes.", "graph."))
    ]
    threshold = rules.parameter("scoring.society.stapeling_threshold").value
    return class_table(rules.classes, rules.graph, threshold, inferred)


def class_table_of_model(model: ClassModel) -> ClassTable:
    """The class table of a class model over the default rule set's graph and threshold."""
    from beleidskompas.rules.default import default_ruleset

    rules = default_ruleset()
    threshold = rules.parameter("scoring.society.stapeling_threshold").value
    return class_table(model, rules.graph, threshold)
