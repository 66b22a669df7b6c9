"""Texts of the memorie-van-toelichting paragraphs (``--format mvt``, the Word document)."""

from beleidskompas.i18n.entry import Entry

TITLE = Entry(
    "Paragrafen voor de memorie van toelichting: {title}",
    "Paragraphs for the explanatory memorandum: {title}",
)
DOENVERMOGEN = Entry("Doenvermogen", "Doenvermogen (capacity to act)")
UITVOERING = Entry("Uitvoering", "Implementation")
REGELDRUK = Entry("Regeldruk", "Regeldruk (administrative burden)")
GEVOLGEN = Entry("Gevolgen voor groepen", "Effects on groups")
TRACE = Entry("Herkomst van de cijfers", "Where the figures come from")
TRACE_NOTE = Entry(
    "Niet voor de toelichting: waar elk cijfer hierboven in het JSON-rapport staat "
    "(beleidskompas assess … --format json).",
    "Not for the memorandum: where each figure above is in the JSON report "
    "(beleidskompas assess … --format json).",
)
TRACE_ITEM = Entry("{shown}: {path}", "{shown}: {path}")

# Doenvermogen
DV_METHOD = Entry(
    "Het beroep dat het voorstel doet op het doenvermogen van burgers is beoordeeld met de "
    "doenvermogentoets in beleidskompas, naar het WRR-rapport ‘Weten is nog geen doen’ (2017).",
    "The demand the proposal makes on citizens' capacity to act was assessed with the "
    "doenvermogen test in beleidskompas, after the WRR report ‘Weten is nog geen doen’ (2017).",
)
DV_VERDICT = Entry(
    "Het oordeel is: {verdict} (doenbaarheid {score} van 100).",
    "The verdict is: {verdict} (doenbaarheid {score} out of 100).",
)
DV_NO_FINDINGS = Entry("De toets vond geen knelpunten.", "The assessment found no bottlenecks.")
DV_FINDINGS = Entry("De belangrijkste bevindingen: {items}.", "The main findings: {items}.")
DV_UNKNOWN = Entry(
    "Niet alles kon worden beoordeeld; gegevens ontbreken over: {fields}.",
    "Not everything could be judged; information is missing on: {fields}.",
)

# Uitvoering
UV_VERDICT = Entry(
    "Het eindoordeel over de uitvoerbaarheid is: {verdict}.",
    "The final verdict on implementability is: {verdict}.",
)
UV_ASPECTS = Entry(
    "De gevolgen per aspect van het uitvoeringstoetskader: {items}.",
    "The impact per aspect of the uitvoeringstoets box: {items}.",
)
UV_ASPECT = Entry("{aspect} {level}", "{aspect} {level}")
UV_EARLIEST = Entry(
    "De vroegst haalbare datum van inwerkingtreding is {date}.",
    "The earliest feasible date of entry into force is {date}.",
)
UV_NO_EARLIEST = Entry(
    "Een vroegst haalbare datum van inwerkingtreding is niet te bepalen, omdat het "
    "wetgevingsinstrument of de datum van publicatie ontbreekt.",
    "An earliest feasible date of entry into force cannot be set, because the legal "
    "instrument or the publication date is missing.",
)
UV_GROUNDS = Entry(
    "Die datum volgt uit de vaste verandermomenten en de minimale invoeringstermijn van "
    "Aanwijzing 4.17 en uit de tijd die de uitvoerders nodig hebben om hun systemen aan te "
    "passen.",
    "That date follows from the fixed change dates and the minimum lead time of Aanwijzing "
    "4.17 and from the time the implementers need to adapt their systems.",
)
UV_GROUNDS_TRACED = Entry(
    "Die datum is het eerste vaste verandermoment (Aanwijzing 4.17) na de publicatie op "
    "{publication} plus de minimale invoeringstermijn van {minimum} maanden{lead}.",
    "That date is the first fixed change date (Aanwijzing 4.17) after publication on "
    "{publication} plus the minimum lead time of {minimum} months{lead}.",
)
UV_LEAD = Entry(
    ", en na het besluit op {decision} plus {months} maanden die de uitvoerders nodig "
    "hebben voor ICT-aanpassingen",
    ", and after the decision on {decision} plus the {months} months the implementers need "
    "for IT changes",
)
UV_PLANNED_EARLY = Entry(
    "De beoogde inwerkingtreding op {planned} ligt vóór die datum.",
    "The planned entry into force on {planned} lies before that date.",
)
UV_PLANNED_OK = Entry(
    "De beoogde inwerkingtreding op {planned} is haalbaar.",
    "The planned entry into force on {planned} is feasible.",
)
UV_CONDITIONS = Entry("Voorwaarden: {items}", "Conditions: {items}")
UV_COSTS = Entry(
    "De uitvoeringskosten zijn {incidental} incidenteel en {structural} structureel per jaar.",
    "Implementation costs are {incidental} one-off and {structural} structural per year.",
)

# Regeldruk
RG_METHOD = Entry(
    "De regeldrukkosten zijn berekend met het Standaardkostenmodel van het Handboek meting "
    "regeldrukkosten: aantal × frequentie × (tijd × uurtarief + out-of-pocketkosten).",
    "The regeldruk costs were computed with the Standaardkostenmodel of the Handboek meting "
    "regeldrukkosten: number × frequency × (time × hourly tariff + out-of-pocket costs).",
)
RG_NO_ACTIONS = Entry(
    "De regeldruk voor burgers is niet berekend: het voorstel beschrijft niet welke "
    "handelingen burgers moeten verrichten.",
    "Citizens' regeldruk was not computed: the proposal does not describe what citizens must do.",
)
RG_NOTHING = Entry(
    "Het voorstel vraagt geen handelingen van burgers; er zijn voor hen geen regeldrukkosten.",
    "The proposal asks no actions of citizens; there are no regeldruk costs for them.",
)
RG_ACTIONS_ONE = Entry(
    "Burgers moeten {count} handeling verrichten: {items}.",
    "Citizens must perform {count} action: {items}.",
)
RG_ACTIONS = Entry(
    "Burgers moeten {count} handelingen verrichten: {items}.",
    "Citizens must perform {count} actions: {items}.",
)
RG_ACTION = Entry(
    "{description} ({repeats}, {minutes} minuten)", "{description} ({repeats}, {minutes} minutes)"
)
RG_PER_PERSON = Entry(
    "Per persoon kost dat {hours} uur per jaar en eenmalig {once} uur, waarvan {onboarding} "
    "minuten om op gang te komen (informatie lezen en zo nodig DigiD aanvragen).",
    "Per person that takes {hours} hours a year and {once} hours once, of which {onboarding} "
    "minutes to get started (reading information and, where needed, requesting DigiD).",
)
RG_TOTALS = Entry(
    "Uitgaande van {persons} burgers die de maatregel naar verwachting gebruiken (volwassenen "
    "× bereik × gebruik per SCP-klasse), komen de structurele kosten op {hours} uur en "
    "{eur} per jaar en de eenmalige kosten op {once} uur en {once_eur}.",
    "Assuming {persons} citizens take the measure up (adults × reach × take-up per SCP "
    "class), the structural costs come to {hours} hours and {eur} a year and the one-off "
    "costs to {once} hours and {once_eur}.",
)
RG_NO_TOTALS = Entry(
    "Totalen zijn niet berekend, omdat het klassenmodel geen aantallen personen geeft.",
    "Totals were not computed, because the class model gives no head counts.",
)
RG_TARIFF = Entry(
    "De tijd van burgers is gewaardeerd tegen {tariff} per uur; de tijd per handeling is "
    "geschat met tijdnormen, tenzij het voorstel die zelf geeft.",
    "Citizens' time is valued at {tariff} per hour; the time per action is estimated with "
    "time norms unless the proposal gives it.",
)
RG_AVOIDABLE = Entry(
    "Daarvan gaan {hours} uur per jaar en eenmalig {once} uur op aan het aanleveren van "
    "gegevens die de overheid al heeft; die last is te vermijden.",
    "Of this, {hours} hours a year and {once} hours once go to supplying data the government "
    "already holds; that burden can be avoided.",
)
RG_NO_OUT_OF_POCKET = Entry(
    "Out-of-pocketkosten (zoals leges, porto en reiskosten) zijn niet gekwantificeerd.",
    "Out-of-pocket costs (such as fees, postage and travel) are not quantified.",
)
RG_BUSINESSES = Entry(
    "Voor bedrijven bedragen de regeldrukkosten {eur} per jaar ({hours} uur) en eenmalig "
    "{once_eur} ({once} uur), tegen {tariff} per uur.",
    "For businesses the regeldruk costs are {eur} a year ({hours} hours) and {once_eur} once "
    "({once} hours), at {tariff} per hour.",
)
RG_NO_BUSINESSES = Entry(
    "Het voorstel vraagt niets van bedrijven.", "The proposal asks nothing of businesses."
)
RG_BUSINESSES_UNKNOWN = Entry(
    "Of het voorstel handelingen van bedrijven vraagt, is niet opgegeven.",
    "Whether the proposal asks anything of businesses is not stated.",
)
RG_CHANGE = Entry(
    "Ten opzichte van de huidige situatie verandert de regeldruk voor burgers met {hours} uur "
    "en {eur} per jaar en eenmalig {once} uur.",
    "Against the current situation citizens' regeldruk changes by {hours} hours and {eur} a "
    "year and {once} hours once.",
)

# Gevolgen voor groepen
GV_REACH = Entry(
    "De maatregel bereikt naar schatting {reach} van de volwassenen, van wie {take_up} hem "
    "ook daadwerkelijk gebruikt.",
    "The measure reaches an estimated {reach} of adults, of whom {take_up} actually take it up.",
)
GV_LARGEST = Entry(
    "Het grootst is het effect voor de klasse {label}: de opgetelde achterstand neemt daar af "
    "met {points} punt.",
    "The effect is largest for the class {label}: its accumulated deficit falls by {points} "
    "points.",
)
GV_LOSS = Entry(
    "Voor de klasse {label} neemt de achterstand toe met {points} punt.",
    "For the class {label} the deficit grows by {points} points.",
)
GV_GAP = Entry(
    "De kloof tussen de hoogste en de laagste klasse {change} ({before} → {after}).",
    "The gap between the highest and the lowest class {change} ({before} → {after}).",
)
GV_NONE = Entry(
    "Het effect op de klassen is niet berekend.", "The effect on the classes was not computed."
)
CLOSING = Entry(
    "Bron: beleidskompas {tool}, regelset {ruleset} {version}. De cijfers zijn indicatief.",
    "Source: beleidskompas {tool}, rule set {ruleset} {version}. The figures are indicative.",
)

GV_GAINS = Entry(
    "Samen winnen de mensen {points} persoonspunten kapitaal; {bottom} daarvan landt bij de "
    "laagste klassen van het SCP, die {population} van de bevolking vormen.",
    "Together people gain {points} person-points of capital; {bottom} of it reaches the "
    "lowest SCP classes, who make up {population} of the population.",
)
GV_REACH_APPLIED = Entry(
    "De maatregel geldt voor naar schatting {reach} van de volwassenen; er valt niets aan te "
    "vragen.",
    "The measure applies to an estimated {reach} of adults; there is nothing to claim.",
)
GV_BASELINE = Entry(
    "De cijfers hieronder zijn de verandering ten opzichte van de huidige regeling.",
    "The figures below are the change from today's scheme.",
)
GV_LOSSES = Entry(
    "Er gaat ook {points} persoonspunten verloren, voor {bottom} bij de laagste klassen.",
    "{points} person-points are lost as well, {bottom} of them in the lowest classes.",
)
