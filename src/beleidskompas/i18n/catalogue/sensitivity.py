"""Texts of the global sensitivity run (``beleidskompas sensitivity``, ``assess --sensitivity``)."""

from beleidskompas.i18n.entry import Entry

# rule file checks
WIDTH_RANGE = Entry(
    "halve breedte {name} moet tussen 0 en 1 liggen (0 ≤ h < 1), niet {value}",
    "half-width {name} must lie in 0 ≤ h < 1, not {value}",
)
LEVELS_EVEN = Entry(
    "levels moet even zijn (Morris), niet {levels}", "levels must be even (Morris), not {levels}"
)
SAMPLES_POWER = Entry(
    "samples moet een macht van twee zijn (Sobol), niet {samples}",
    "samples must be a power of two (Sobol), not {samples}",
)

# the run
NEEDS_SALIB = Entry(
    "de gevoeligheidsanalyse heeft SALib nodig: pip install 'beleidskompas[analysis]'",
    "the sensitivity analysis needs SALib: pip install 'beleidskompas[analysis]'",
)
FIGURE_NONE = Entry(
    "niet berekend voor dit voorstel (geen klasse-effect)",
    "not computed for this proposal (no class impact)",
)
FIGURE_SOMETIMES_NONE = Entry(
    "niet bij elke parameterkeuze berekend", "not computed for every choice of parameters"
)

# the report
FIGURES = {
    "doenbaarheid": Entry("Doenbaarheid (score 0–100)", "Doenbaarheid (score 0–100)"),
    "take_up": Entry("Gebruik (aandeel)", "Take-up (share)"),
    "gains_bottom": Entry("Winst voor de onderste klassen", "Gains to the bottom classes"),
    "gap_change": Entry("Verandering van de kloof", "Change of the gap"),
    "uitvoerbaarheid": Entry("Uitvoerbaarheid (score 0–100)", "Uitvoerbaarheid (score 0–100)"),
}
REPORT = Entry("Gevoeligheid", "Sensitivity")
METHOD = Entry(
    "Morris-screening van {screened} parameters ({trajectories} trajecten, {levels} niveaus: "
    "{morris} evaluaties), daarna Sobol-indices voor de {sobol_parameters} parameters die bij "
    "een cijfer vooraan staan (de eerste {top} per cijfer; N = {samples}: {sobol} evaluaties). "
    "Samen {total} evaluaties van het model; zaad {seed}.",
    "Morris screening of {screened} parameters ({trajectories} trajectories, {levels} levels: "
    "{morris} evaluations), then Sobol indices for the {sobol_parameters} parameters that lead "
    "a figure (the first {top} per figure; N = {samples}: {sobol} evaluations). In all "
    "{total} evaluations of the model; seed {seed}.",
)
METHOD_MORRIS_ONLY = Entry(
    "Morris-screening van {screened} parameters ({trajectories} trajecten, {levels} niveaus: "
    "{morris} evaluaties), zonder Sobol-stap. Samen {total} evaluaties van het model; "
    "zaad {seed}.",
    "Morris screening of {screened} parameters ({trajectories} trajectories, {levels} levels: "
    "{morris} evaluations), without a Sobol stage. In all {total} evaluations of the model; "
    "seed {seed}.",
)
MATTER_MOST = Entry(
    "Steunt op {count} geschatte parameters, waarvan deze {shown} het meest uitmaken voor dit "
    "voorstel: {names}.",
    "Leans on {count} inferred parameters, of which these {shown} matter most for this "
    "proposal: {names}.",
)
MATTER_NONE = Entry(
    "Steunt op {count} geschatte parameters; geen ervan verandert een kerncijfer binnen de "
    "bereiken.",
    "Leans on {count} inferred parameters; none of them moves a headline figure within the ranges.",
)
VALUE_LINE = Entry(
    "Waarde met de eigen parameters van de regelset: {value}.",
    "Value with the rule set's own parameters: {value}.",
)
CONSTANT = Entry(
    "Dit cijfer verandert in geen enkele evaluatie: alle indices zijn 0.",
    "This figure does not change in any evaluation: every index is 0.",
)
PARAMETER = Entry("Parameter", "Parameter")
MU_STAR = Entry("μ*", "μ*")
S1 = Entry("S1", "S1")
ST = Entry("ST", "ST")
LEFT_OUT = Entry("Niet gerangschikt", "Not ranked")
RANGES = Entry("Bereiken", "Ranges")
RANGES_NOTE = Entry(
    "Elke parameter varieert gelijkmatig over waarde × (1 ± h): h = {found} voor gevonden, "
    "{computed} voor berekende en {inferred} voor geschatte waarden (regelset, "
    "scoring.sensitivity); aandelen blijven in [0, 1], scoregrenzen in [0, 100], gehele "
    "getallen geheel. Hieronder de bereiken van de getoonde parameters; alle bereiken staan in "
    "de JSON en de CSV (--table ranges).",
    "Every parameter varies uniformly over value × (1 ± h): h = {found} for found, {computed} "
    "for computed and {inferred} for inferred values (rule set, scoring.sensitivity); shares "
    "stay in [0, 1], score thresholds in [0, 100], whole numbers whole. Below the ranges of "
    "the parameters shown; every range is in the JSON and the CSV (--table ranges).",
)
HALF_WIDTH = Entry("h", "h")
VALUE = Entry("Waarde", "Value")
LOW = Entry("Laag", "Low")
HIGH = Entry("Hoog", "High")
NOT_NUMERIC = Entry(
    "Niet gevarieerd: {count} geschatte ‘parameters’ die geen enkel getal zijn (de gewichten "
    "van een regel, wisseldata, de trekkingen van het gebruik).",
    "Not varied: {count} inferred ‘parameters’ that are no single number (a rule's weights, "
    "change dates, the take-up draws).",
)
FIXED = Entry(
    "Vast (bereik nul, bijvoorbeeld waarde 0): {names}.",
    "Fixed (zero-width range, e.g. value 0): {names}.",
)
READING = Entry(
    "Lezen: μ* is het gemiddelde absolute elementaire effect: hoeveel het cijfer verandert als "
    "de parameter zijn hele bereik doorloopt (in de eenheid van het cijfer); σ (in de JSON en "
    "de CSV) groot naast μ* wijst op wisselwerking of een knik. S1 is het "
    "deel van de variantie dat de parameter alleen verklaart, ST het deel met alle "
    "wisselwerkingen (± het {confidence}-betrouwbaarheidsinterval van de bootstrap). De "
    "bereiken zijn afspraken, geen geschatte onzekerheid: de indices zeggen waar het oordeel "
    "op leunt, niet hoe zeker het is.",
    "Reading: μ* is the mean absolute elementary effect: how much the figure changes when the "
    "parameter runs through its whole range (in the figure's unit); σ (in the JSON and the "
    "CSV) large next to μ* points to interaction or a kink. S1 is the share of the "
    "variance the parameter explains alone, ST the share with every interaction (± the "
    "bootstrap's {confidence} confidence interval). The ranges are conventions, not estimated "
    "uncertainty: the indices say what the judgement leans on, not how sure it is.",
)
SCREENING = Entry("Gevoeligheid (Morris-screening)", "Sensitivity (Morris screening)")

# the command line
STAGES = {
    "morris": Entry("Morris-screening", "Morris screening"),
    "sobol": Entry("Sobol-indices", "Sobol indices"),
}
JOBS_ZERO = Entry(
    "--jobs moet een positief aantal processen zijn of -1 (alle kernen)",
    "--jobs must be a positive number of processes or -1 (every core)",
)
SUMMARY_MATTER_MOST = Entry(
    "Daarvan maken deze {shown} het meest uit voor dit voorstel (Morris-screening): {names}.",
    "The {shown} of them that matter most for this proposal (Morris screening): {names}.",
)
