"""Report labels in Dutch and English, and number formatting per language."""

from __future__ import annotations

import datetime as dt

from beleidskompas.model.base import Lang

_LABELS: dict[str, tuple[str, str]] = {
    # sections
    "report": ("Beleidskompas-toets", "Beleidskompas assessment"),
    "summary": ("Samenvatting", "Summary"),
    "doenvermogen": ("Doenvermogen", "Doenvermogen (capacity to act)"),
    "uitvoerbaarheid": ("Uitvoerbaarheid", "Uitvoerbaarheid (implementability)"),
    "class_impact": ("Effect op de SCP-klassen", "Impact on the SCP classes"),
    "findings": ("Bevindingen", "Findings"),
    "advice": ("Advies", "Advice"),
    "sources": ("Bronnen", "Sources"),
    "unknown": ("Niet te beoordelen (gegevens ontbreken)", "Cannot judge (information missing)"),
    "provenance": ("Herkomst", "Provenance"),
    "assumptions": ("Aannames", "Assumptions"),
    "inferred": ("Steunt op geschatte parameters", "Rests on inferred parameters"),
    "explain": ("Verantwoording van de cijfers", "How the figures were computed"),
    "disclaimer": (
        "De scores zijn indicatief: een hulpmiddel bij een geschreven oordeel, geen vervanging "
        "van de uitvoeringstoets, de doenvermogentoets of het gesprek met de doelgroep.",
        "The scores are indicative: an aid to a written judgement, not a replacement for the "
        "uitvoeringstoets, the doenvermogentoets or talking to the target group.",
    ),
    # figures
    "score": ("Score", "Score"),
    "doenbaarheid": ("Doenbaarheid", "Doenbaarheid"),
    "verdict": ("Oordeel", "Verdict"),
    "eindoordeel": ("Eindoordeel", "Final verdict"),
    "capacity": ("Vermogen (WRR)", "Capacity (WRR)"),
    "burden": ("Belasting", "Burden"),
    "earliest": ("Vroegst haalbare inwerkingtreding", "Earliest feasible entry into force"),
    "planned": ("Geplande inwerkingtreding", "Planned entry into force"),
    "aspect": ("Aspect", "Aspect"),
    "level": ("Gevolgen", "Impact"),
    "conditions": ("Voorwaarden", "Conditions"),
    "costs": ("Uitvoeringskosten", "Implementation costs"),
    "incidental": ("incidenteel", "incidental"),
    "structural": ("structureel per jaar", "structural per year"),
    "fte_structural": ("fte structureel", "FTE structural"),
    "fte_incidental": ("fte incidenteel", "FTE incidental"),
    "class": ("Klasse", "Class"),
    "share": ("Aandeel", "Share"),
    "reach": ("Bereik", "Reach"),
    "take_up": ("Gebruik", "Take-up"),
    "effect": ("Effect", "Effect"),
    "deficit": ("Achterstand", "Deficit"),
    "deficit_before": ("Achterstand voor", "Deficit before"),
    "deficit_after": ("Achterstand na", "Deficit after"),
    "deficit_before_short": ("Achterst. voor", "Deficit before"),
    "deficit_after_short": ("Achterst. na", "Deficit after"),
    "benefit_share": ("Deel v. effect", "Impact share"),
    "stapeling": ("Stapeling", "Stacking"),
    "gap": ("Kloof boven–onder", "Top–bottom gap"),
    "atkinson": ("Atkinson-index", "Atkinson index"),
    "benefit_share_bottom": (
        "Deel van het effect bij de laagste klassen",
        "Share of the impact reaching the lowest classes",
    ),
    "population_share_bottom": ("hun bevolkingsaandeel", "their population share"),
    "deficit_removed": ("Weggenomen achterstand", "Deficit removed"),
    "cost_per_point": (
        "Kosten per persoon-punt achterstand",
        "Cost per person-point of deficit",
    ),
    "overall_reach": ("Bereik (volwassenen)", "Reach (adults)"),
    "overall_take_up": ("Gebruik onder rechthebbenden", "Take-up among the eligible"),
    "before": ("voor", "before"),
    "after": ("na", "after"),
    "rule": ("Regel", "Rule"),
    "severity": ("Ernst", "Severity"),
    "message": ("Bevinding", "Finding"),
    "figure": ("Cijfer", "Figure"),
    "value": ("Waarde", "Value"),
    "how": ("Berekening", "Computation"),
    "rules_used": ("Regels", "Rules"),
    "parameters_used": ("Parameters", "Parameters"),
    "tool": ("Versie beleidskompas", "beleidskompas version"),
    "ruleset": ("Regelset", "Rule set"),
    "input_hash": ("sha256 van de invoer", "sha256 of the input"),
    "none": ("geen", "none"),
    "interval": ("bandbreedte", "interval"),
}

VERDICTS: dict[str, tuple[str, str]] = {
    "doenlijk": ("doenlijk", "doable"),
    "doenlijk_mits": ("doenlijk, mits", "doable, provided"),
    "niet_doenlijk": ("niet doenlijk", "not doable"),
    "uitvoerbaar": ("uitvoerbaar", "implementable"),
    "uitvoerbaar_mits": ("uitvoerbaar, mits", "implementable, provided"),
    "niet_uitvoerbaar": ("niet uitvoerbaar", "not implementable"),
}

SEVERITIES: dict[str, tuple[str, str]] = {
    "blocker": ("blokkerend", "blocker"),
    "major": ("zwaar", "major"),
    "minor": ("licht", "minor"),
    "info": ("info", "info"),
}

CAPACITIES: dict[str, tuple[str, str]] = {
    "plan": ("doel stellen, plan maken", "set a goal, make a plan"),
    "act": ("in actie komen", "get into action"),
    "persist": ("volhouden", "persist"),
    "temptation": ("omgaan met verleidingen", "resist temptations"),
    "setback": ("omgaan met tegenslag", "cope with setbacks"),
}

ASPECTS: dict[str, tuple[str, str]] = {
    "interactie_burgers": ("Interactie burgers/bedrijven", "Interaction with citizens/businesses"),
    "maakbaarheid_systemen": ("Maakbaarheid systemen", "Feasibility of systems"),
    "handhaafbaarheid": ("Handhaafbaarheid", "Enforceability"),
    "fraudebestendigheid": ("Fraudebestendigheid", "Fraud resistance"),
    "complexiteitsgevolgen": ("Complexiteitsgevolgen", "Complexity"),
    "risico_procesverstoringen": ("Risico procesverstoringen", "Risk of process disruption"),
}

LEVELS: dict[str, tuple[str, str]] = {
    "beperkt": ("beperkt", "limited"),
    "middelgroot": ("middelgroot", "medium"),
    "ingrijpend": ("ingrijpend", "far-reaching"),
    "klein": ("klein", "small"),
    "gemiddeld": ("gemiddeld", "medium"),
    "groot": ("groot", "large"),
}

CAPITALS: dict[str, tuple[str, str]] = {
    "economisch": ("economisch", "economic"),
    "sociaal": ("sociaal", "social"),
    "cultureel": ("cultureel", "cultural"),
    "persoons": ("persoons", "person"),
}

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def t(key: str, lang: Lang) -> str:
    """The label ``key`` in ``lang``."""
    nl, en = _LABELS[key]
    return nl if lang == "nl" else en


def pick(table: dict[str, tuple[str, str]], key: str, lang: Lang) -> str:
    """A value from one of the label tables (the key itself when unknown)."""
    if key not in table:
        return key
    nl, en = table[key]
    return nl if lang == "nl" else en


def num(value: float | None, lang: Lang, digits: int = 3) -> str:
    """A number with the language's decimal separator; — for None."""
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def pct(value: float | None, lang: Lang, digits: int = 1) -> str:
    """A share as a percentage."""
    if value is None:
        return "—"
    return num(100.0 * value, lang, digits) + "\u00a0%"  # no line break before %


def day(value: dt.date | None, lang: Lang) -> str:
    """A date written out: 1 januari 2026 / 1 January 2026."""
    if value is None:
        return "—"
    months = MONTHS_NL if lang == "nl" else MONTHS_EN
    return f"{value.day} {months[value.month - 1]} {value.year}"


def euro(value: float | None, lang: Lang) -> str:
    """An amount in euros without cents."""
    if value is None:
        return "—"
    return "€ " + num(value, lang, 0)
