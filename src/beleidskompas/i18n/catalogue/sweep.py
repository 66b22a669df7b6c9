"""Texts of the design sweep (``beleidskompas sweep``): report, chart and errors."""

from beleidskompas.i18n.entry import Entry

TITLE = Entry("Ontwerpverkenning: {title}", "Design sweep: {title}")
LEAD = Entry(
    "{rows} ontwerpen van dit voorstel beoordeeld. Niet gedomineerd (geen ander ontwerp is op "
    "alle doelen minstens zo goed en op één beter): {front}.",
    "{rows} designs of this proposal assessed. Non-dominated (no other design is at least as "
    "good on every objective and better on one): {front}.",
)
DESIGNS = {
    "complete": Entry(
        "Opzet: alle {grid} combinaties van de waarden.",
        "Design: every one of the {grid} combinations of the values.",
    ),
    "samples_cover_grid": Entry(
        "Opzet: alle {grid} combinaties (de gevraagde steekproef is niet kleiner dan het rooster).",
        "Design: every one of the {grid} combinations (the sample asked for is not smaller "
        "than the grid).",
    ),
    "asked": Entry(
        "Opzet: een Latin-hypercube-steekproef van {samples} uit {grid} combinaties (seed {seed}).",
        "Design: a Latin-hypercube sample of {samples} of the {grid} combinations (seed {seed}).",
    ),
    "above_limit": Entry(
        "Opzet: het rooster heeft {grid} combinaties, meer dan de grens van {max_grid}; "
        "daarom een Latin-hypercube-steekproef van {samples} (seed {seed}). Kies de omvang "
        "met --samples of verhoog de grens met --max-grid.",
        "Design: the grid has {grid} combinations, more than the limit of {max_grid}; so a "
        "Latin-hypercube sample of {samples} (seed {seed}). Choose its size with --samples "
        "or raise the limit with --max-grid.",
    ),
}
DUPLICATES = Entry(
    "{count} getrokken combinaties kwamen al eerder voor en zijn één keer opgenomen.",
    "{count} drawn combinations repeated an earlier one and are listed once.",
)
RELATIVE_TO_BASELINE = Entry(
    "Elk ontwerp is beoordeeld als verandering ten opzichte van de huidige regeling "
    "(baseline van het voorstel).",
    "Every design is assessed as the change from today's scheme (the proposal's baseline).",
)
VARIED = Entry("Wat er varieert", "What is varied")
FIELD = Entry("Veld", "Field")
VALUES = Entry("Waarden", "Values")
OBJECTIVES = Entry("Afweging", "Trade-off")
OBJECTIVE = Entry("Doel", "Objective")
DIRECTION = Entry("Richting", "Direction")
DIRECTIONS = {
    "min": Entry("lager is beter", "lower is better"),
    "max": Entry("hoger is beter", "higher is better"),
}
OBJECTIVE_LABELS = {
    "budget_eur_per_year": Entry("Kosten (budget, € per jaar)", "Cost (budget, € a year)"),
    "cost_per_deficit_point": Entry("Kosten per tekortpunt", "Cost per deficit point"),
    "gains_bottom": Entry("Winst laagste klassen", "Gains to the lowest classes"),
    "doenbaarheid": Entry("Doenbaarheid", "Doenbaarheid"),
}
COST_BASIS = {
    "budget_eur_per_year": Entry(
        "Kosten zijn het structurele budget per jaar.",
        "Cost is the structural budget per year.",
    ),
    "cost_per_deficit_point": Entry(
        "Niet elk ontwerp heeft een budget; kosten zijn daarom de kosten per tekortpunt.",
        "Not every design has a budget, so cost is the cost per deficit point.",
    ),
    "none": Entry(
        "Geen ontwerp heeft overal bekende kosten; de afweging laat kosten weg.",
        "Cost is not known for every design; the trade-off leaves cost out.",
    ),
}
LEFT_OUT = Entry(
    "Niet elk ontwerp heeft {what}; de afweging laat dat doel weg.",
    "Not every design has {what}; the trade-off leaves that objective out.",
)
FRONT = Entry("Niet-gedomineerde ontwerpen", "Non-dominated designs")
ALL = Entry("Alle ontwerpen", "All designs")
AS_WRITTEN = Entry("Voorstel zoals geschreven", "Proposal as written")
DOENVERMOGEN = Entry("Doenvermogen", "Doenvermogen")
UITVOERBAARHEID = Entry("Uitv.", "Impl.")
DOENBAARHEID = Entry("Doenb.", "Doenb.")
GAINS = Entry("Winst laag", "Gains low")
COST = Entry("Kosten", "Cost")
COST_MLN = Entry("Kosten mln €", "Cost € mln")
DESIGN = Entry("Ontwerp", "Design")
YES = Entry("ja", "yes")
NO = Entry("nee", "no")
VERDICTS = Entry("Oordelen", "Verdicts")
CHANGED_MARK = Entry("≠", "≠")
LEGEND = Entry(
    "A, B, …: de gevarieerde velden hierboven. *: niet gedomineerd. ≠: het "
    "oordeel verschilt van dat van het voorstel zoals geschreven. Winst laag: winst in de "
    "laagste klassen (kapitaalschaal). Doenb.: doenbaarheid (0–100); Uitv.: "
    "uitvoerbaarheid (0–100).",
    "A, B, …: the varied fields above. *: non-dominated. ≠: the verdict differs "
    "from that of the proposal as written. Gains low: gains to the lowest classes (capital "
    "scale). Doenb.: doenbaarheid (0–100); Impl.: uitvoerbaarheid (0–100).",
)
NO_CHANGE = Entry(
    "Geen ontwerp verandert de oordelen van het voorstel.",
    "No design changes the proposal's verdicts.",
)
CHANGES = Entry(
    "{count} ontwerpen veranderen een oordeel van het voorstel (≠).",
    "{count} designs change a verdict of the proposal (≠).",
)
CHART_HEADING = Entry("Afweging van de ontwerpen", "Trade-off of the designs")
CHART_TITLE = Entry(
    "Afweging van de ontwerpen van {title}: {x} tegen {y}; de grootte van een punt is de "
    "doenbaarheid",
    "Trade-off of the designs of {title}: {x} against {y}; a point's size is its doenbaarheid",
)
AXES = {
    "budget_eur_per_year": Entry("Budget (mln € per jaar)", "Budget (€ million a year)"),
    "cost_per_deficit_point": Entry(
        "Kosten per tekortpunt (€ per jaar per persoon-punt)",
        "Cost per deficit point (€ a year per person-point)",
    ),
    "gains_bottom": Entry(
        "Winst laagste klassen (kapitaalschaal)", "Gains to the lowest classes (capital scale)"
    ),
    "doenbaarheid": Entry("Doenbaarheid (0–100)", "Doenbaarheid (0–100)"),
}
CHART_FRONT = Entry("niet gedomineerd", "non-dominated")
CHART_OTHER = Entry("gedomineerd", "dominated")
CHART_SIZE = Entry("grootte: doenbaarheid", "size: doenbaarheid")

# errors (the command line shows them as "--vary: …" or "--samples: …")
VARIATION = Entry("{path}: {detail}", "{path}: {detail}")
ERRORS = {
    "no_variations": Entry(
        "geef minstens één --vary PAD=WAARDEN", "give at least one --vary PATH=VALUES"
    ),
    "varied_twice": Entry(
        "{path} wordt twee keer gevarieerd; zet alle waarden in één --vary",
        "{path} is varied twice; put all its values in one --vary",
    ),
    "too_many": Entry(
        "{name} is {value}; een verkenning beoordeelt hoogstens {most} ontwerpen",
        "{name} is {value}; a sweep assesses at most {most} designs",
    ),
    "not_positive": Entry(
        "{name} moet een positief geheel getal zijn, niet {value}",
        "{name} must be a positive whole number, not {value}",
    ),
}
