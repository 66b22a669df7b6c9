"""Labels, headings and sentences of the reports (assessment, compare, portfolio, classes)."""

from beleidskompas.i18n.entry import Entry

REPORT = Entry("Beleidskompas-toets", "Beleidskompas assessment")
SUMMARY = Entry("Samenvatting", "Summary")
DOENVERMOGEN = Entry("Doenvermogen", "Doenvermogen (capacity to act)")
UITVOERBAARHEID = Entry("Uitvoerbaarheid", "Uitvoerbaarheid (implementability)")
CLASS_IMPACT = Entry("Effect op de SCP-klassen", "Impact on the SCP classes")
FINDINGS = Entry("Bevindingen", "Findings")
ADVICE = Entry("Advies", "Advice")
SOURCES = Entry("Bronnen", "Sources")
UNKNOWN = Entry(
    "Niet te beoordelen; vul aan (veld: regels die het nodig hebben)",
    "Cannot judge; supply (field: rules that need it)",
)
COMPLETENESS = Entry("Volledigheid", "Completeness")
COMPLETENESS_VALUE = Entry(
    "{share:pct0} van de vragen beantwoord ({answered} van {rules})",
    "{share:pct0} of the questions answered ({answered} of {rules})",
)
PROVISIONAL = Entry("{verdict} (voorlopig)", "{verdict} (provisional)")
PROVENANCE = Entry("Herkomst", "Provenance")
ASSUMPTIONS = Entry("Aannames", "Assumptions")
INFERRED = Entry("Steunt op geschatte parameters", "Rests on inferred parameters")
EXPLAIN = Entry("Verantwoording van de cijfers", "How the figures were computed")
DISCLAIMER = Entry(
    "De scores zijn indicatief: een hulpmiddel bij een geschreven oordeel, geen vervanging "
    "van de uitvoeringstoets, de doenvermogentoets of het gesprek met de doelgroep.",
    "The scores are indicative: an aid to a written judgement, not a replacement for the "
    "uitvoeringstoets, the doenvermogentoets or talking to the target group.",
)
SCORE = Entry("Score", "Score")
DOENBAARHEID = Entry("Doenbaarheid", "Doenbaarheid")
VERDICT = Entry("Oordeel", "Verdict")
EINDOORDEEL = Entry("Eindoordeel", "Final verdict")
CAPACITY = Entry("Vermogen (WRR)", "Capacity (WRR)")
BURDEN = Entry("Belasting", "Burden")
EARLIEST = Entry("Vroegst haalbare inwerkingtreding", "Earliest feasible entry into force")
PLANNED = Entry("Geplande inwerkingtreding", "Planned entry into force")
ASPECT = Entry("Aspect", "Aspect")
LEVEL = Entry("Gevolgen", "Impact")
CONDITIONS = Entry("Voorwaarden", "Conditions")
COSTS = Entry("Uitvoeringskosten", "Implementation costs")
INCIDENTAL = Entry("incidenteel", "incidental")
STRUCTURAL = Entry("structureel per jaar", "structural per year")
FTE_STRUCTURAL = Entry("fte structureel", "FTE structural")
FTE_INCIDENTAL = Entry("fte incidenteel", "FTE incidental")
CLASS = Entry("Klasse", "Class")
SHARE = Entry("Aandeel", "Share")
REACH = Entry("Bereik", "Reach")
TAKE_UP = Entry("Gebruik", "Take-up")
EFFECT = Entry("Effect", "Effect")
DEFICIT = Entry("Achterstand", "Deficit")
DEFICIT_BEFORE = Entry("Achterstand voor", "Deficit before")
DEFICIT_AFTER = Entry("Achterstand na", "Deficit after")
DEFICIT_BEFORE_SHORT = Entry("Achterst. voor", "Deficit before")
DEFICIT_AFTER_SHORT = Entry("Achterst. na", "Deficit after")
BENEFIT_SHARE = Entry("Deel v. effect", "Impact share")
STAPELING = Entry("Stapeling", "Stacking")
GAP = Entry("Kloof boven–onder", "Top–bottom gap")
ATKINSON = Entry("Atkinson-index", "Atkinson index")
BENEFIT_SHARE_BOTTOM = Entry(
    "Deel van het effect bij de laagste klassen", "Share of the impact reaching the lowest classes"
)
POPULATION_SHARE_BOTTOM = Entry("hun bevolkingsaandeel", "their population share")
DEFICIT_REMOVED = Entry("Weggenomen achterstand", "Deficit removed")
COST_PER_POINT = Entry(
    "Kosten per persoon-punt weggenomen achterstand (€ per jaar)",
    "Cost per person-point of deficit removed (€ per year)",
)
OVERALL_REACH = Entry("Bereik (volwassenen)", "Reach (adults)")
OVERALL_TAKE_UP = Entry("Gebruik onder rechthebbenden", "Take-up among the eligible")
BEFORE = Entry("voor", "before")
AFTER = Entry("na", "after")
RULE = Entry("Regel", "Rule")
SEVERITY = Entry("Ernst", "Severity")
MESSAGE = Entry("Bevinding", "Finding")
FIGURE = Entry("Cijfer", "Figure")
VALUE = Entry("Waarde", "Value")
HOW = Entry("Berekening", "Computation")
RULES_USED = Entry("Regels", "Rules")
PARAMETERS_USED = Entry("Parameters", "Parameters")
TOOL = Entry("Versie beleidskompas", "beleidskompas version")
RULESET = Entry("Regelset", "Rule set")
INPUT_HASH = Entry("sha256 van de invoer", "sha256 of the input")
NONE = Entry("geen", "none")
INTERVAL = Entry("bandbreedte", "interval")
UNKNOWN_FORMAT = Entry(
    "onbekend formaat '{format}' voor dit resultaat (kies uit {known})",
    "unknown format '{format}' for this result (choose from {known})",
)
UNKNOWN_DIALECT = Entry(
    "onbekend CSV-dialect '{dialect}' (kies uit {known})",
    "unknown CSV dialect '{dialect}' (choose from {known})",
)
UNKNOWN_TABLE = Entry(
    "onbekende tabel '{table}' (kies uit {known})", "unknown table '{table}' (choose from {known})"
)

# the summary paragraph of an assessment
SUMMARY_DOENVERMOGEN = Entry(
    "Volgens deze indicatieve toets is ‘{title}’ voor de doelgroep {verdict} (doenbaarheid "
    "{score:num0} van 100{majors}).",
    "By this indicative assessment, ‘{title}’ is {verdict} for its target group (doenbaarheid "
    "{score:num0} out of 100{majors}).",
)
SUMMARY_MAJORS_ONE = Entry(", 1 zware bevinding", ", 1 major finding")
SUMMARY_MAJORS = Entry(", {count} zware bevindingen", ", {count} major findings")
SUMMARY_UITVOERBAARHEID = Entry(
    "Voor de uitvoering is het oordeel {verdict}{date}.",
    "For implementation the verdict is {verdict}{date}.",
)
SUMMARY_EARLIEST = Entry(
    "; vroegst haalbare inwerkingtreding {date:date}",
    "; earliest feasible entry into force {date:date}",
)
SUMMARY_REACH = Entry(
    "De maatregel bereikt naar schatting {reach:pct} van de volwassenen{scope}, van wie "
    "{take_up:pct} hem ook echt krijgt ({persons:num0} mensen).",
    "The measure reaches an estimated {reach:pct} of adults{scope}, of whom {take_up:pct} "
    "actually receive it ({persons:num0} people).",
)
SUMMARY_REACH_APPLIED = Entry(
    "De maatregel geldt voor naar schatting {reach:pct} van de volwassenen{scope} "
    "({persons:num0} mensen); er valt niets aan te vragen.",
    "The measure applies to an estimated {reach:pct} of adults{scope} ({persons:num0} "
    "people); there is nothing to claim.",
)
SUMMARY_IN_SCOPE = Entry(" in {name}", " in {name}")
SUMMARY_BASELINE = Entry(
    "Effecten, kosten en regeldruk zijn de verandering ten opzichte van de huidige regeling.",
    "Effects, cost and regeldruk are the change from today's scheme.",
)
SUMMARY_BOTTOM = Entry(
    "Van de winst landt {share:pct} bij de laagste klassen, die {population:pct} van de "
    "bevolking vormen.",
    "{share:pct} of the gains reach the lowest classes, who make up {population:pct} of the "
    "population.",
)
SUMMARY_LOSSES = Entry(
    "Er is ook verlies: {share:pct} daarvan treft de laagste klassen.",
    "There are losses too: {share:pct} of them fall on the lowest classes.",
)
SUMMARY_LOSSES_ONLY = Entry(
    "De maatregel kost mensen kapitaal: {share:pct} van het verlies treft de laagste klassen, "
    "die {population:pct} van de bevolking vormen.",
    "The measure costs people capital: {share:pct} of the losses fall on the lowest classes, "
    "who make up {population:pct} of the population.",
)
SUMMARY_GAP = Entry(
    "De kloof tussen boven en onder {change} ({before} → {after}).",
    "The gap between top and bottom {change} ({before} → {after}).",
)
NARROWS = Entry("wordt kleiner", "narrows")
WIDENS = Entry("wordt groter", "widens")
ABOUT_THE_SAME = Entry("blijft vrijwel gelijk", "stays about the same")
SUMMARY_UNKNOWN_ONE = Entry(
    "Let op: 1 punt kon niet worden beoordeeld omdat gegevens ontbreken; het oordeel geldt "
    "alleen voor wat bekend is.",
    "Note: 1 point could not be judged because information is missing; the verdict covers "
    "only what is known.",
)
SUMMARY_UNKNOWN = Entry(
    "Let op: {count} punten konden niet worden beoordeeld omdat gegevens ontbreken; het "
    "oordeel geldt alleen voor wat bekend is.",
    "Note: {count} points could not be judged because information is missing; the verdict "
    "covers only what is known.",
)
SUMMARY_INFERRED = Entry(
    "De cijfers steunen op {count} geschatte (inferred) parameters; zie ‘Herkomst’.",
    "The figures rest on {count} inferred parameters; see ‘Provenance’.",
)
TRACE_RULES = Entry("regels", "rules")
TRACE_PARAMETERS = Entry("parameters", "parameters")
TRACE_INPUTS = Entry("invoer", "inputs")
NEEDS_MATPLOTLIB = Entry(
    "grafieken hebben matplotlib nodig: pip install 'beleidskompas[plot]'",
    "charts need matplotlib: pip install 'beleidskompas[plot]'",
)
NEEDS_DOCX = Entry(
    "Word-documenten hebben python-docx nodig: pip install 'beleidskompas[docx]'",
    "Word documents need python-docx: pip install 'beleidskompas[docx]'",
)
PROVENANCE_NOTE = Entry("{count} geschatte parameters", "{count} inferred parameters")

# compare
COMPARISON = Entry("Vergelijking van opties", "Comparison of options")
COMPARISON_LEAD = Entry(
    "Op deze gewichten scoort ‘{winner}’ het best; bij {draws} trekkingen van andere gewichten "
    "rond deze gewichten staat die optie in {share:pct} van de gevallen bovenaan. {stability}",
    "With these weights ‘{winner}’ scores best; in {draws} draws of other weights around these, "
    "it ranks first in {share:pct} of cases. {stability}",
)
STABLE = Entry(
    "De rangorde is stabiel bij verslechteren of weglaten van andere opties.",
    "The ranking is stable when other options are worsened or dropped.",
)
NOT_STABLE = Entry(
    "Let op: de rangorde is niet stabiel (zie hieronder).",
    "Note: the ranking is not stable (see below).",
)
RANKING = Entry("Rangorde", "Ranking")
OPTION = Entry("Optie", "Option")
FIRST_IN = Entry("Eerste in", "First in")
DECISION_MATRIX = Entry("Beslismatrix", "Decision matrix")
CRITERION = Entry("Criterium", "Criterion")
DIRECTION = Entry("Richting", "Direction")
WEIGHT = Entry("Gewicht", "Weight")
STEPS_FIXED = Entry("Stappen, in vaste volgorde:", "Steps, in fixed order:")
NULOPTIE_NOTE = Entry(
    "* nuloptie: huidig beleid, geen effect, niets gevraagd, niets uit te voeren.",
    "* nuloptie: current policy, no effect, nothing asked, nothing to implement.",
)
RANK_REVERSAL = Entry("Rangomkering:", "Rank reversal:")

# portfolio
PORTFOLIO = Entry("Het pakket als geheel", "The portfolio as a whole")
PORTFOLIO_LEAD = Entry(
    "{measures} maatregelen samen. De kloof boven–onder gaat van {gap_before:num4} naar "
    "{gap_after:num4}, de Atkinson-index (ε = 1) van {atk_before:num5} naar {atk_after:num5}. "
    "{untouched} van de {cells} cellen klasse × kapitaal worden door geen maatregel direct "
    "geraakt.",
    "{measures} measures together. The top–bottom gap goes from {gap_before:num4} to "
    "{gap_after:num4}, the Atkinson index (ε = 1) from {atk_before:num5} to {atk_after:num5}. "
    "{untouched} of the {cells} class × capital cells are not touched directly by any measure.",
)
COVERAGE = Entry("Dekking: weggenomen achterstand", "Coverage: deficit removed")
NOT_APPLICABLE = Entry("n.v.t.", "n/a")
COVERAGE_NOTE = Entry(
    "Tussen haakjes: alleen bereikt via doorwerking over de kapitaalgraaf, door geen maatregel "
    "direct; n.v.t.: geen achterstand.",
    "In brackets: reached only through spill-over over the capital graph, by no measure "
    "directly; n/a: no deficit.",
)
BURDEN_STACKING = Entry("Stapeling van wat burgers moeten doen", "Stacking of citizen burdens")
MEASURES = Entry("Maatregelen", "Measures")
ACTIONS_PER_YEAR = Entry("Handelingen/jaar", "Actions/year")
DOCUMENTS_PER_YEAR = Entry("Documenten/jaar", "Documents/year")
DEADLINES_PER_YEAR = Entry("Termijnen/jaar", "Deadlines/year")
COMBINED_DOENBAARHEID = Entry("Doenbaarheid samen", "Combined doenbaarheid")
BURDEN_NOTE = Entry(
    "Per lid van de klasse dat ten minste één maatregel tegenkomt: wat al zijn maatregelen "
    "samen vragen (bereik per maatregel; de kansen om verschillende maatregelen tegen te komen "
    "zijn als onafhankelijk genomen). De gecombineerde doenbaarheid geldt voor zo iemand.",
    "Per member of the class who meets at least one measure: what all their measures ask "
    "together (reach per measure; meeting different measures is taken as independent). The "
    "combined doenbaarheid is that person's.",
)
OVERLAPS = Entry("Overlap", "Overlaps")
MORE = Entry("… (+{count})", "… (+{count})")
PORTFOLIO_TITLE = Entry("Pakket", "Portfolio")
DOENVERMOGEN_SHORT = Entry("Doenvermogen", "Doenvermogen")
UITVOERBAARHEID_SHORT = Entry("Uitvoerbaarheid", "Uitvoerbaarheid")

# class table
CLASS_MODEL = Entry("Klassenmodel {id}", "Class model {id}")
TOTAL = Entry("Totaal", "Total")
DEFICIT_SHORT = Entry("Achterst.", "Deficit")
CLASS_TABLE_NOTE = Entry(
    "Posities op de 0–1-schaal; achterstand = opgestapelde achterstand onder het "
    "bevolkingsgemiddelde ({means}), verspreid over de kapitaalgraaf; stapeling = aantal "
    "kapitalen met een achterstand groter dan {threshold:num2}. Kloof boven–onder "
    "{gap:num3}{published}; Atkinson-index (ε = 1) {atkinson:num4}.",
    "Positions on the 0–1 scale; deficit = accumulated deficit below the population mean "
    "({means}), spread over the capital graph; stacking = capitals with a deficit above "
    "{threshold:num2}. Top–bottom gap {gap:num3}{published}; Atkinson index (ε = 1) "
    "{atkinson:num4}.",
)
PUBLISHED = Entry(" (gepubliceerd: {value:num2})", " (published: {value:num2})")
CLASSES_INFERRED = Entry(
    "{count} cijfers zijn geschat (inferred), o.a. alle posities: het SCP publiceerde alleen "
    "rangordes en niveaus; zie docs/methodology.md.",
    "{count} figures are inferred, among them all positions: the SCP published only ranks and "
    "levels; see docs/methodology.md.",
)
SPILL_OVER = Entry(
    "Grootste doorwerking via de kapitaalgraaf:", "Largest spill-over through the capital graph:"
)

# rules list and rule detail
RULE_FIELDS = {
    "id": Entry("id", "id"),
    "section": Entry("sectie", "section"),
    "severity": Entry("ernst", "severity"),
    "question": Entry("vraag", "question"),
    "finding": Entry("bevinding", "finding"),
    "advice": Entry("advies", "advice"),
    "provenance": Entry("herkomst", "provenance"),
    "weights": Entry("herkomst cijfers", "provenance of the numbers"),
    "note": Entry("toelichting", "note"),
    "file": Entry("bestand", "file"),
    "fields": Entry("velden", "fields"),
    "burden": Entry("belasting", "burden"),
    "take_up": Entry("gebruikslast", "take-up load"),
    "principle": Entry("ontwerpprincipe", "design principle"),
    "aspect": Entry("aspect", "aspect"),
    "level": Entry("niveau", "level"),
}
RULE_PROPERTY = Entry("Kenmerk", "Property")
CONDITION = Entry("conditie:", "condition:")
RULE_SOURCES = Entry("bronnen:", "sources:")
UNKNOWN_RULE = Entry(
    "onbekende regel; zie `beleidskompas rules list`",
    "unknown rule; see `beleidskompas rules list`",
)

# capital graph
GRAPH_TITLE = Entry("Kapitaalgraaf {id}", "Capital graph {id}")
EDGE_FROM = Entry("Van", "From")
EDGE_TO = Entry("Naar", "To")
SPECTRAL_RADIUS = Entry(
    "Spectraalstraal {radius:num3}: een verandering versterkt zich over de graaf hoogstens met "
    "een factor 1/(1 − ρ).",
    "Spectral radius {radius:num3}: a change amplifies over the graph by at most a factor "
    "1/(1 − ρ).",
)

OWN_VERDICT = Entry("Oordeel van de regels", "Verdict of the rules")
AGENCY_VERDICT = Entry("Oordeel uitvoeringstoets", "Verdict of the uitvoeringstoets")
VERDICT_BASIS = {
    "tool": Entry("de regels van dit hulpmiddel", "the rules of this tool"),
    "agency": Entry("de uitvoeringstoets van de uitvoerders", "the implementers' uitvoeringstoets"),
    "agency_and_tool": Entry(
        "het strengste van uitvoeringstoets en regels", "the stricter of toets and rules"
    ),
}
BASIS = Entry("Grondslag eindoordeel", "Basis of the final verdict")
LOWER_BOUND = Entry("{day} (ondergrens)", "{day} (lower bound)")

SCOPE = Entry("Bevolking", "Population")
SCOPE_VALUE = Entry("{name}, {adults:num0} volwassenen", "{name}, {adults:num0} adults")
RELATIVE_TO = Entry("Vergeleken met", "Compared with")
RELATIVE = {
    "nothing": Entry("geen maatregel", "no measure"),
    "baseline": Entry("de huidige regeling (de verandering)", "today's scheme (the change)"),
}
REACHES = {
    "claimed": Entry(
        "{take_up:pct} (wie het aanvraagt of aanneemt)", "{take_up:pct} (who claims it)"
    ),
    "applied": Entry(
        "geldt voor iedereen in de doelgroep", "applies to everyone in the target group"
    ),
}
PERSONS_REACHED = Entry("Bereikte mensen", "People reached")
GAINS = Entry("Winst", "Gains")
LOSSES = Entry("Verlies", "Losses")
FLOW_VALUE = Entry(
    "{points:num0} persoonspunten ({total:num5} per volwassene)",
    "{points:num0} person-points ({total:num5} per adult)",
)
LOSS_SHARE_BOTTOM = Entry(
    "Deel van het verlies bij de laagste klassen", "Share of losses in the lowest classes"
)
MVT_OORDEEL = Entry("MvT-oordeel doenvermogen", "MvT doenvermogen oordeel")
MVT_LEVEL = Entry("niveau {level} van 4", "level {level} of 4")
DOENBAARHEID_MEANING = Entry(
    "Doenbaarheid {score:num0} van 100 zegt hoeveel deze regeling op zichzelf vraagt van het "
    "doenvermogen van de doelgroep (100: niets moeilijks). Het is geen kans dat het mensen "
    "lukt en geen vergelijking met de huidige situatie; die vergelijking is het MvT-oordeel.",
    "Doenbaarheid {score:num0} of 100 says how much this scheme on its own asks of the target "
    "group's doenvermogen (100: nothing hard). It is not the chance that people manage, and "
    "not a comparison with today; that comparison is the MvT oordeel.",
)

MEASURES_PER_PERSON = Entry("Maatregelen p.p.", "Measures p.p.")
BUDGET = Entry("Budget van alle maatregelen", "Budget of all measures")
STRUCTURAL_BUDGET = Entry("Structureel per jaar", "Structural per year")
INCIDENTAL_BUDGET = Entry("Incidenteel", "Incidental")
BUDGET_UNKNOWN = Entry(
    "Niet meegeteld: {structural} maatregel(en) zonder structureel en {incidental} zonder "
    "incidenteel budget.",
    "Not counted: {structural} measure(s) without a structural and {incidental} without an "
    "incidental budget.",
)
