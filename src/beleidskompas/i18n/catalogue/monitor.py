"""Texts of the monitor (trends and gaps per indicator) and of the monitoring plan."""

from beleidskompas.i18n.entry import Entry

# --------------------------------------------------------------------------- labels
UNITS = {
    "percent": Entry("%", "%"),
    "score_0_10": Entry("cijfer 0–10", "score 0–10"),
    "years": Entry("jaren", "years"),
    "count": Entry("aantal", "count"),
    "eur": Entry("euro", "euro"),
}
CHANGE_UNITS = {
    "percent": Entry("{x} %-punt", "{x} pp"),
    "score_0_10": Entry("{x}", "{x}"),
    "years": Entry("{x} jaar", "{x} years"),
    "count": Entry("{x}", "{x}"),
    "eur": Entry("€ {x}", "€ {x}"),
}
BETTER = {
    "higher": Entry("Hoger is beter", "Higher is better"),
    "lower": Entry("Lager is beter", "Lower is better"),
    "none": Entry("Geen richting is beter", "No direction is better"),
}
BETTER_SHORT = {
    "higher": Entry("hoger", "higher"),
    "lower": Entry("lager", "lower"),
    "none": Entry("—", "—"),
}
VERDICTS = {
    "better": Entry("beter", "better"),
    "worse": Entry("slechter", "worse"),
    "same": Entry("gelijk", "same"),
}
MOVEMENTS = {
    "up": Entry("omhoog", "up"),
    "down": Entry("omlaag", "down"),
    "flat": Entry("gelijk", "flat"),
}
GAP_VERDICTS = {
    "narrows": Entry("wordt kleiner", "narrows"),
    "widens": Entry("wordt groter", "widens"),
    "unchanged": Entry("blijft gelijk", "unchanged"),
}
GAP_REASONS = {
    "one_period": Entry("één periode, nog geen verloop", "one period, no trend yet"),
    "not_comparable": Entry(
        "niet te vergelijken: geen twee groepen met een waarde in de eerste én de laatste periode",
        "not comparable: no two groups with a value in both the first and the last period",
    ),
}

# --------------------------------------------------------------------------- the monitor report
MONITOR = Entry("Monitor kansengelijkheid", "Equal-opportunity monitor")
MONITOR_LEAD = Entry(
    "{indicators} indicatoren uit {dataset}, versie {version}: {values} waarden, "
    "{first}–{last}. Kapitalen die geen indicator van de monitor volgt: {missing}.",
    "{indicators} indicators from {dataset}, version {version}: {values} values, "
    "{first}–{last}. Capitals no indicator of the monitor follows: {missing}.",
)
MONITOR_LEAD_ONE = Entry(
    "Eén indicator uit {dataset}, versie {version}: {values} waarden, {first}–{last}. "
    "Kapitalen die geen indicator van de monitor volgt: {missing}.",
    "One indicator from {dataset}, version {version}: {values} values, {first}–{last}. "
    "Capitals no indicator of the monitor follows: {missing}.",
)
MONITOR_NOTE = Entry(
    "Een indicator beschrijft hoe het gaat, niet waarom: een verandering is geen effect van "
    "beleid. Ontbrekende jaren zijn niet ingevuld; waarden uit verschillende bronnen of "
    "jaargangen zijn niet altijd vergelijkbaar (de noten per waarde staan in de CSV- en "
    "JSON-uitvoer).",
    "An indicator describes how things go, not why: a change is not an effect of policy. "
    "Missing years are not filled in; values from different sources or vintages are not "
    "always comparable (the notes per value are in the CSV and JSON output).",
)
OVERVIEW = Entry("Overzicht", "Overview")
INDICATOR = Entry("Indicator", "Indicator")
UNIT = Entry("Eenheid", "Unit")
BETTER_HEADER = Entry("Beter", "Better")
GROUPS = Entry("Groepen", "Groups")
PERIODS = Entry("Perioden", "Periods")
VALUES = Entry("Waarden", "Values")
FOLLOWS = Entry("Volgt kapitaal", "Follows capital")
NO_CAPITAL = Entry("geen (uitkomst)", "none (an outcome)")
NOTHING = Entry("geen", "none")
DEFINITION_LINE = Entry(
    "{better}; eenheid {unit}; volgt: {capitals}.", "{better}; unit {unit}; follows: {capitals}."
)
GROUP = Entry("Groep", "Group")
FIRST = Entry("Eerste", "First")
LAST = Entry("Laatste", "Last")
CHANGE = Entry("Verandering", "Change")
PER_YEAR = Entry("Per jaar", "Per year")
DIRECTION = Entry("Richting", "Direction")
POINT = Entry("{period}: {value}", "{period}: {value}")
PROVISIONAL = Entry("voorlopig", "provisional")
GAPS = Entry("Kloof tussen best en slechtst af", "Gap between best- and worst-off")
GAP_KIND = Entry("Indeling", "Breakdown")
PERIOD = Entry("Periode", "Period")
BEST = Entry("Best af", "Best off")
WORST = Entry("Slechtst af", "Worst off")
GAP = Entry("Kloof", "Gap")
GAP_SUMMARY = Entry(
    "{kind}: de kloof {verdict}, van {first} ({first_period}) naar {last} ({last_period}), "
    "over {groups}.",
    "{kind}: the gap {verdict}, from {first} ({first_period}) to {last} ({last_period}), "
    "over {groups}.",
)
GAP_NO_VERDICT = Entry("{kind}: {reason}.", "{kind}: {reason}.")
NO_GAP = Entry(
    "Geen richting is beter: er is geen best of slechtst af, en dus geen kloof.",
    "No direction is better: there is no best or worst off, and so no gap.",
)
YEARS_MISSING = Entry(
    "{group}: geen waarde voor {years} (niet ingevuld).",
    "{group}: no value for {years} (not filled in).",
)
MIXED_SOURCES = Entry(
    "{group}: de waarden komen uit meer dan één bron; methode of jaargang kan verschillen.",
    "{group}: the values come from more than one source; method or vintage may differ.",
)
BOUNDS_ONLY = Entry(
    "{group} ({period}): de bron geeft alleen grenzen, {low}–{high}, geen waarde.",
    "{group} ({period}): the source gives only bounds, {low}–{high}, no value.",
)
INFERRED_POINT = Entry(
    "{group} ({period}): herkomst {provenance}.", "{group} ({period}): provenance {provenance}."
)
PROVISIONAL_POINT = Entry(
    "{group} ({period}): voorlopig cijfer.", "{group} ({period}): provisional figure."
)
NOTES = Entry("Let op", "Note")
CHART_CAPTION = Entry(
    "Doorgetrokken lijn: waarden van opeenvolgende jaren. Stippellijn: verbindt waarden over "
    "jaren zonder waarde heen (die jaren zijn niet gemeten of niet gevonden). Verticale streep: "
    "interval; gestippeld als de bron alleen grenzen geeft. Een meerjarige periode staat in "
    "het midden van haar jaren.",
    "Solid line: values of consecutive years. Dotted line: joins values across years without "
    "a value (those years were not measured or not found). Vertical bar: interval; dotted when "
    "the source gives only bounds. A period of several years sits at the middle of its years.",
)

# --------------------------------------------------------------------------- the plan report
PLAN = Entry("Monitoringsplan", "Monitoring plan")
PLAN_LEAD = Entry(
    "{measures} maatregelen, waarvan {with_targets} samen {targets} doelen noemen: een "
    "indicator die ze moeten bewegen ({indicators} verschillende). Kapitalen waar maatregelen "
    "op inwerken maar die geen genoemde indicator volgt: {gaps}.",
    "{measures} measures, of which {with_targets} name {targets} targets together: an "
    "indicator they should move ({indicators} different ones). Capitals measures act on that "
    "no named indicator follows: {gaps}.",
)
PLAN_CAVEAT = Entry(
    "Beweegt een indicator in de verwachte richting, dan bewijst dat niet dat de maatregel "
    "werkt: veel dingen bewegen een indicator. Vóór is de laatste waarde van een periode die "
    "eindigt vóór het startjaar, na de laatste waarde van een periode die in of na het "
    "startjaar begint.",
    "An indicator moving the expected way does not prove that the measure works: many things "
    "move an indicator. Before is the last value of a period that ends before the start year, "
    "after the last value of a period that begins in or after it.",
)
CAPITALS_HEADING = Entry(
    "Kapitalen: wie werkt erop in, wat volgt het", "Capitals: who acts on them, what follows them"
)
CAPITAL = Entry("Kapitaal", "Capital")
MEASURES = Entry("Maatregelen", "Measures")
PLANNED = Entry("Genoemd", "Named")
AVAILABLE = Entry("Beschikbaar", "Available")
ONE_PERIOD = Entry("Eén periode", "One period")
STATUS = Entry("Status", "Status")
COVERAGE = {
    "followed": Entry("gevolgd", "followed"),
    "plan_gap": Entry("gat in het plan", "gap in the plan"),
    "data_gap": Entry("geen indicator", "no indicator"),
    "not_acted_on": Entry("geen maatregel", "no measure"),
}
CAPITAL_ITEM = Entry(
    "{capital}: genoemd {planned}; in de monitor {available}.",
    "{capital}: named {planned}; in the monitor {available}.",
)
CLASS_ITEM = Entry(
    "{cls}: over de tijd {available}; één periode {one_period}.",
    "{cls}: over time {available}; one period {one_period}.",
)
CLASSES_HEADING = Entry(
    "SCP-klassen: bereikt en over de tijd gevolgd?", "SCP classes: reached and followed over time?"
)
CLASS = Entry("Klasse", "Class")
KINDS_HEADING = Entry(
    "Uitsplitsingen van de genoemde indicatoren", "Breakdowns of the named indicators"
)
TARGETS_HEADING = Entry("Doelen per maatregel", "Targets per measure")
MEASURE = Entry("Maatregel", "Measure")
EXPECTED = Entry("Verwacht", "Expected")
SINCE = Entry("Start", "Start")
BEFORE = Entry("Vóór", "Before")
AFTER = Entry("Na", "After")
OUTCOME = Entry("Uitkomst", "Outcome")
STATUSES = {
    "matches": Entry("zoals verwacht", "as expected"),
    "differs": Entry("anders dan verwacht", "not as expected"),
    "flat": Entry("gelijk gebleven", "unchanged"),
    "no_data": Entry("geen gegevens", "no data"),
    "no_start": Entry("geen startjaar", "no start year"),
    "no_data_before": Entry("geen waarde vóór de start", "no value before the start"),
    "no_data_after": Entry("nog geen waarde na de start", "no value after the start yet"),
}
WITHOUT_HEADING = Entry("Maatregelen zonder indicator", "Measures without an indicator")
UNUSED_HEADING = Entry(
    "Indicatoren met gegevens die geen maatregel noemt", "Indicators with data no measure names"
)
FINDINGS = Entry("Bevindingen", "Findings")

INDICATOR_WITH_PLAN = Entry(
    "geldt voor het verloop, niet voor --plan: het plan volgt de indicatoren die de "
    "maatregelen noemen",
    "applies to the trends, not to --plan: the plan follows the indicators the measures name",
)

# --------------------------------------------------------------------------- plan findings
F_DATA_GAP = Entry(
    "{count} maatregelen werken in op {capital} kapitaal, maar geen indicator van de monitor "
    "volgt het: hier is de samenhang niet te volgen.",
    "{count} measures act on {capital} capital, but no indicator of the monitor follows it: "
    "here the coherence cannot be followed.",
)
F_PLAN_GAP = Entry(
    "{count} maatregelen werken in op {capital} kapitaal, maar geen indicator die ze noemen "
    "volgt het (de monitor heeft {available}).",
    "{count} measures act on {capital} capital, but none of the indicators they name follows "
    "it (the monitor has {available}).",
)
F_CLASSES = Entry(
    "{count} van de {total} klassen die de maatregelen bereiken volgt geen genoemde indicator "
    "over de tijd: {classes:list}.",
    "{count} of the {total} classes the measures reach are followed over time by no named "
    "indicator: {classes:list}.",
)
F_CLASSES_NO_DATA = Entry(
    "Geen indicator van de monitor heeft voor een SCP-klasse waarden uit twee perioden: "
    "{classes:list} zijn over de tijd niet te volgen.",
    "No indicator of the monitor has values from two periods for an SCP class: {classes:list} "
    "cannot be followed over time.",
)
F_WITHOUT = Entry(
    "{count} van de {total} maatregelen noemen geen indicator: {measures}.",
    "{count} of the {total} measures name no indicator: {measures}.",
)
F_DIFFERS = Entry(
    "{measure}: {indicator} ({group}) zou {expected} moeten gaan, maar ging {realised} "
    "({before_period}: {before:num1} → {after_period}: {after:num1}).",
    "{measure}: {indicator} ({group}) should go {expected}, but went {realised} "
    "({before_period}: {before:num1} → {after_period}: {after:num1}).",
)
F_MATCHES = Entry(
    "{count} doelen bewegen in de verwachte richting; dat bewijst niet dat de maatregelen werken.",
    "{count} targets move the expected way; that does not prove the measures work.",
)
F_UNJUDGED = Entry(
    "{count} doelen zijn (nog) niet te beoordelen: {reasons:list}.",
    "{count} targets cannot be judged (yet): {reasons:list}.",
)
F_REASON = Entry("{count}× {reason}", "{count}× {reason}")
F_KINDS = Entry(
    "Geen genoemde indicator is uitgesplitst naar {kinds:list}.",
    "No named indicator is broken down by {kinds:list}.",
)
F_WORSE = Entry(
    "{measure} verwacht dat {indicator} verslechtert ({expected}).",
    "{measure} expects {indicator} to get worse ({expected}).",
)
