"""Labels of the fixed ids: verdicts, severities, WRR capacities, aspects, levels, capitals."""

from beleidskompas.i18n.entry import Entry

VERDICTS = {
    "doenlijk": Entry("doenlijk", "doable"),
    "doenlijk_mits": Entry("doenlijk, mits", "doable, provided"),
    "niet_doenlijk": Entry("niet doenlijk", "not doable"),
    "uitvoerbaar": Entry("uitvoerbaar", "implementable"),
    "uitvoerbaar_mits": Entry("uitvoerbaar, mits", "implementable, provided"),
    "niet_uitvoerbaar": Entry("niet uitvoerbaar", "not implementable"),
}
SEVERITIES = {
    "blocker": Entry("blokkerend", "blocker"),
    "major": Entry("zwaar", "major"),
    "minor": Entry("licht", "minor"),
    "info": Entry("info", "info"),
}
CAPACITIES = {
    "plan": Entry("doel stellen, plan maken", "set a goal, make a plan"),
    "act": Entry("in actie komen", "get into action"),
    "persist": Entry("volhouden", "persist"),
    "temptation": Entry("omgaan met verleidingen", "resist temptations"),
    "setback": Entry("omgaan met tegenslag", "cope with setbacks"),
}
ASPECTS = {
    "interactie_burgers": Entry(
        "Interactie burgers/bedrijven", "Interaction with citizens/businesses"
    ),
    "maakbaarheid_systemen": Entry("Maakbaarheid systemen", "Feasibility of systems"),
    "handhaafbaarheid": Entry("Handhaafbaarheid", "Enforceability"),
    "fraudebestendigheid": Entry("Fraudebestendigheid", "Fraud resistance"),
    "complexiteitsgevolgen": Entry("Complexiteitsgevolgen", "Complexity"),
    "risico_procesverstoringen": Entry("Risico procesverstoringen", "Risk of process disruption"),
}
LEVELS = {
    "beperkt": Entry("beperkt", "limited"),
    "middelgroot": Entry("middelgroot", "medium"),
    "ingrijpend": Entry("ingrijpend", "far-reaching"),
    "klein": Entry("klein", "small"),
    "gemiddeld": Entry("gemiddeld", "medium"),
    "groot": Entry("groot", "large"),
}
CAPITALS = {
    "economisch": Entry("economisch", "economic"),
    "sociaal": Entry("sociaal", "social"),
    "cultureel": Entry("cultureel", "cultural"),
    "persoons": Entry("persoons", "person"),
}
SECTIONS = {
    "doenvermogen": Entry("Doenvermogen", "Doenvermogen (capacity to act)"),
    "uitvoerbaarheid": Entry("Uitvoerbaarheid", "Uitvoerbaarheid (implementability)"),
    "take_up": Entry("Gebruik", "Take-up"),
    "class_impact": Entry("Effect op de SCP-klassen", "Impact on the SCP classes"),
}
DIRECTIONS = {
    "max": Entry("meer is beter", "more is better"),
    "min": Entry("minder is beter", "less is better"),
}
