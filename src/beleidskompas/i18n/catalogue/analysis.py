"""Texts of compare and portfolio: criteria, steps, robustness notes, portfolio findings."""

from beleidskompas.i18n.entry import Entry

# compare
CRITERIA = {
    "doenbaarheid": Entry("Doenbaarheid", "Doenbaarheid"),
    "take_up": Entry("Gebruik", "Take-up"),
    "uitvoerbaarheid": Entry("Uitvoerbaarheid", "Uitvoerbaarheid"),
    "benefit_share_bottom": Entry("Deel winst laagste klassen", "Gain share lowest classes"),
    "losses_bottom": Entry("Verlies laagste klassen", "Losses of the lowest classes"),
    "gap_change": Entry("Verandering kloof", "Change in gap"),
    "atkinson_change": Entry("Verandering Atkinson", "Change in Atkinson"),
    "cost_per_deficit_point": Entry(
        "Kosten per punt (€ per jaar per persoon-punt)",
        "Cost per point (€ a year per person-point)",
    ),
}
NULOPTIE = Entry("Nuloptie (huidig beleid)", "Nuloptie (current policy)")
NULOPTIE_SCHEME = Entry("Nuloptie: {title}", "Nuloptie: {title}")
STEPS = {
    "invert": Entry(
        "kosten omkeren (criteria die omlaag moeten worden negatief gemaakt)",
        "invert costs (negate criteria to minimise)",
    ),
    "normalise": Entry("normaliseren (min–max per criterium)", "normalise (min–max per criterion)"),
    "weight": Entry("wegen (gewichten tellen op tot 1)", "weight (weights sum to 1)"),
    "weighted_sum": Entry("samenvoegen (gewogen som)", "aggregate (weighted sum)"),
    "topsis": Entry(
        "samenvoegen (TOPSIS: nabijheid tot het ideaal)",
        "aggregate (TOPSIS: closeness to the ideal)",
    ),
}
REVERSAL_WORSEN = Entry(
    "als {option} iets slechter wordt, wint {winner}",
    "worsening {option} makes {winner} the winner",
)
REVERSAL_DROP = Entry(
    "zonder {option} verandert de volgorde van de andere: {order}",
    "dropping {option} reorders the others: {order}",
)

# portfolio findings
ECONOMIC_LEAN = Entry(
    "{share:pct0} van het directe effect ligt op economisch kapitaal; het pakket leunt op "
    "economisch kapitaal, terwijl het SCP vraagt ook sociaal, cultureel en persoonskapitaal "
    "gericht aan te vullen.",
    "{share:pct0} of the direct effect is on economic capital; the portfolio leans on "
    "economic capital, while the SCP asks to supplement social, cultural and person capital "
    "too.",
)
NOT_ECONOMIC = Entry(
    "{share:pct0} van het directe effect ligt op economisch kapitaal; het pakket is niet "
    "overwegend economisch.",
    "{share:pct0} of the direct effect is on economic capital; the portfolio is not mainly "
    "economic.",
)
UNTOUCHED = Entry(
    "Geen maatregel werkt direct op deze cellen met een achterstand: {cells}.",
    "No measure acts directly on these cells with a deficit: {cells}.",
)
ALL_TOUCHED = Entry(
    "Elke cel klasse × kapitaal met een achterstand wordt door minstens één maatregel direct "
    "geraakt (zie de dekking voor hoeveel).",
    "Every class × capital cell with a deficit is touched directly by at least one measure "
    "(see the coverage for how much).",
)
CELL = Entry("{cls} × {capital}", "{cls} × {capital}")
STAPELING = Entry(
    "Stapeling bij {cls}: samen vragen de maatregelen per jaar {actions:num1} handelingen en "
    "{documents:num1} documenten; gecombineerde doenbaarheid {score:num0}.",
    "Stacking for {cls}: together the measures ask {actions:num1} actions and "
    "{documents:num1} documents a year; combined doenbaarheid {score:num0}.",
)
NEGATIVE = Entry(
    "Maatregelen die ook iets afnemen: {ids}.", "Measures that also take something away: {ids}."
)
