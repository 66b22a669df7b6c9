"""Texts of the regeldruk figures: assumptions, labels, report headings and sentences."""

from beleidskompas.i18n.entry import Entry

# assumptions (results carry them as Text)
NO_ACTIONS = Entry(
    "De regeldruk voor burgers is niet te berekenen: het voorstel zegt niet wat mensen moeten "
    "doen (delivery.citizen_actions ontbreekt).",
    "Citizens' regeldruk cannot be computed: the proposal does not say what people must do "
    "(delivery.citizen_actions is missing).",
)
WHO_ACTS = Entry(
    "Aantal burgers = volwassenen × bereik × gebruik per klasse: alleen wie de maatregel "
    "gebruikt, doet de handelingen (het Handboek rekent met volledige naleving).",
    "Number of citizens = adults × reach × take-up per class: only those who take the measure "
    "up do the actions (the Handboek assumes full compliance).",
)
CHANNEL_UNKNOWN = Entry(
    "Het voorstel noemt geen kanalen; de tijden zijn die van het digitale kanaal.",
    "The proposal names no channels; the times are those of the digital channel.",
)
SEVERAL_CHANNELS = Entry(
    "Er zijn meerdere kanalen; de tijden zijn die van {channel}. Wie een ander kanaal "
    "gebruikt, kan meer tijd kwijt zijn.",
    "Several channels are offered; the times are those of {channel}. People who use another "
    "channel may spend more time.",
)
NORMS = Entry(
    "Tijden per handeling zijn schattingen (tijdnormen van de regelset, ‘inferred’), tenzij "
    "het voorstel ze zelf geeft.",
    "Times per action are estimates (the rule set's time norms, 'inferred') unless the "
    "proposal gives them.",
)
NO_OUT_OF_POCKET = Entry(
    "Out-of-pocketkosten (leges, porto, reiskosten) zijn niet gekwantificeerd waar het "
    "voorstel ze niet noemt; ze tellen daar als 0.",
    "Out-of-pocket costs (fees, postage, travel) are not quantified where the proposal does "
    "not give them; they count as 0 there.",
)
NO_PERSONS = Entry(
    "Het klassenmodel geeft geen aantallen personen; alleen de cijfers per persoon zijn berekend.",
    "The class model gives no head counts; only the figures per person are computed.",
)
CHANNELS = {
    "digital": Entry("het digitale kanaal", "the digital channel"),
    "paper": Entry("de papieren weg", "the paper route"),
    "phone": Entry("de telefoon", "the phone"),
    "desk": Entry("het loket", "the desk"),
}

# report
HEADING = Entry("Regeldruk", "Regeldruk (administrative burden)")
CITIZENS = Entry("Burgers", "Citizens")
BUSINESSES = Entry("Bedrijven", "Businesses")
STRUCTURAL = Entry("Structureel per jaar", "Structural per year")
ONCE = Entry("Eenmalig", "One-off")
HOURS = Entry("Uren", "Hours")
EUROS = Entry("Euro", "Euros")
PER_PERSON = Entry("per persoon", "per person")
TOTAL = Entry("totaal", "total")
PERSONS_ACTING = Entry("Burgers die handelen", "Citizens who act")
AVOIDABLE_PER_YEAR = Entry(
    "Vermijdbaar per jaar: gegevens aanleveren die de overheid al heeft",
    "Avoidable per year: supplying data the government already holds",
)
AVOIDABLE_ONCE = Entry(
    "Vermijdbaar eenmalig: gegevens aanleveren die de overheid al heeft",
    "Avoidable once: supplying data the government already holds",
)
HOURS_UNIT = Entry("uur", "hours")
ACTION = Entry("Handeling", "Action")
REPEATS = Entry("Hoe vaak", "How often")
MINUTES = Entry("Minuten", "Minutes")
HOURS_PER_PERSON = Entry("Uren p.p.", "Hours p.p.")
COMPOSED = Entry("Opbouw", "Made up of")
OWN_MINUTES = Entry("opgegeven in het voorstel", "given in the proposal")
COUNT = Entry("Aantal", "Number")
ONBOARDING = Entry("Op gang komen (eenmalig)", "Getting started (one-off)")
NOT_COMPUTED = Entry("niet berekend", "not computed")
NOT_GIVEN = Entry(
    "Het voorstel zegt niet wat bedrijven moeten doen (delivery.business_actions ontbreekt).",
    "The proposal does not say what businesses must do (delivery.business_actions is missing).",
)
NO_BUSINESS_ACTIONS = Entry(
    "Het voorstel vraagt niets van bedrijven.", "The proposal asks nothing of businesses."
)
TARIFFS = Entry(
    "Tarieven: burgers {citizen:eur} per uur, bedrijven {business:eur} per uur (regelset, "
    "‘inferred’).",
    "Tariffs: citizens {citizen:eur} per hour, businesses {business:eur} per hour (rule set, "
    "'inferred').",
)
METHOD = Entry(
    "Berekend met het Standaardkostenmodel: aantal × keer per jaar × (tijd × uurtarief + "
    "out-of-pocketkosten); eenmalige en structurele kosten apart.",
    "Computed with the Standaardkostenmodel: number × times per year × (time × hourly tariff "
    "+ out-of-pocket costs); one-off and structural costs apart.",
)
CHANGE = Entry("Verandering t.o.v. de basis", "Change against the baseline")
SUMMARY = Entry(
    "Regeldruk voor burgers: {hours:num0} uur en {eur:eur} per jaar, eenmalig {once:num0} uur.",
    "Regeldruk for citizens: {hours:num0} hours and {eur:eur} a year, {once:num0} hours once.",
)
SUMMARY_PER_PERSON = Entry(
    "Regeldruk voor burgers: {hours:num1} uur per persoon per jaar, eenmalig {once:num1} uur.",
    "Regeldruk for citizens: {hours:num1} hours per person a year, {once:num1} hours once.",
)
REPEATS_LABELS = {
    "once": Entry("eenmalig", "once"),
    "yearly": Entry("jaarlijks", "yearly"),
    "monthly": Entry("maandelijks", "monthly"),
    "on_change": Entry("bij wijziging", "on change"),
}
NORM_LABELS = {
    "read_information": Entry("informatie lezen", "reading information"),
    "digid_login": Entry("inloggen met DigiD", "DigiD login"),
    "digid_setup": Entry("DigiD aanvragen", "requesting DigiD"),
    "apply": Entry("formulier invullen", "filling in the form"),
    "apply_paper": Entry("papieren formulier", "paper form"),
    "apply_prefilled": Entry("vooringevuld formulier controleren", "checking a pre-filled form"),
    "phone_call": Entry("telefoongesprek", "phone call"),
    "appointment": Entry("afspraak maken", "making an appointment"),
    "desk_visit": Entry("bezoek aan het loket", "desk visit"),
    "supply_document": Entry("document aanleveren", "supplying a document"),
    "report_change": Entry("wijziging doorgeven", "reporting a change"),
}
YEAR = Entry("jaar", "year")
NOT_WEIGHED = Entry(
    "Regeldruk staat naast de beslismatrix en weegt niet mee: de handelingen die hij telt, "
    "wegen al mee in de doenbaarheid.",
    "Regeldruk is shown beside the decision matrix and not weighed: the actions it counts "
    "already weigh in doenbaarheid.",
)
HEADING_SHORT = Entry("Regeldruk", "Regeldruk")
PORTFOLIO_NOTE = Entry(
    "De som over de maatregelen die zeggen wat ze vragen. Niet meegeteld: {citizens} "
    "maatregel(en) zonder handelingen van burgers, {businesses} zonder handelingen van "
    "bedrijven (onbekend, niet nul).",
    "The sum over the measures that say what they ask. Not counted: {citizens} measure(s) "
    "without citizen actions, {businesses} without business actions (unknown, not zero).",
)
