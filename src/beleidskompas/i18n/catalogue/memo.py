"""Texts of the report as a memo attachment: the first-page line, sources, the chart."""

from beleidskompas.i18n.entry import Entry

PRODUCED = Entry(
    "Gemaakt op {date:date} met beleidskompas {tool}, regelset {ruleset} {version} ({sha}).",
    "Produced on {date:date} with beleidskompas {tool}, rule set {ruleset} {version} ({sha}).",
)
SECONDARY = Entry("secundaire bron", "secondary source")
REPORTS_ON = Entry("bericht over {primary}", "reports on {primary}")
READ_VIA = Entry("gelezen via {via}", "read via {via}")
SOURCES_NOTE = Entry(
    "Een secundaire bron is een bericht over andermans publicatie (nieuws, blog, kopie); waar "
    "de oorspronkelijke publicatie bekend is, staat die erbij.",
    "A secondary source reports on someone else's publication (news, a blog, a copy); where "
    "the original publication is known, it is named.",
)

# the class chart
CHART_TITLE = Entry(
    "Weggenomen achterstand per klasse: {title}", "Deficit removed per class: {title}"
)
CHART_HEADING = Entry("Weggenomen achterstand per klasse", "Deficit removed per class")
CHART_AXIS = Entry(
    "Weggenomen achterstand (punten; 1 punt = 0,01 op de kapitaalschaal 0–1)",
    "Deficit removed (points; 1 point = 0.01 on the 0–1 capital scale)",
)
CHART_NOTE = Entry(
    "Opgetelde achterstand vóór min na de maatregel, over de vier kapitalen; negatief: de "
    "achterstand groeit.",
    "Accumulated deficit before minus after the measure, over the four capitals; negative: "
    "the deficit grows.",
)
CHART_BAR = Entry("weggenomen achterstand", "deficit removed")
CHART_RANGE = Entry("bandbreedte", "interval")
POINTS = Entry("punten", "points")
