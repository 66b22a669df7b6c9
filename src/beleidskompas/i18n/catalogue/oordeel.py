"""Texts of the MvT's four-level doenvermogen oordeel (scoring/mvt.py)."""

from beleidskompas.i18n.entry import Entry

LEVEL = {
    1: Entry(
        "Niveau 1: de doenlijkheid is onveranderd of niet relevant.",
        "Level 1: doenlijkheid is unchanged or not relevant.",
    ),
    2: Entry(
        "Niveau 2: een kleiner beroep op het doenvermogen dan nu.",
        "Level 2: a smaller call on doenvermogen than now.",
    ),
    3: Entry(
        "Niveau 3: een groter beroep op het doenvermogen, geen aandachtspunt.",
        "Level 3: a larger call on doenvermogen, no point of concern.",
    ),
    4: Entry(
        "Niveau 4: een groter beroep op het doenvermogen, wel een aandachtspunt.",
        "Level 4: a larger call on doenvermogen, with a point of concern.",
    ),
}
AGAINST_BASELINE = Entry(
    "Ten opzichte van de huidige regeling gaat de belasting van {before:num1} naar "
    "{after:num1} ({delta:num1}).",
    "Compared with today's scheme the burden goes from {before:num1} to {after:num1} "
    "({delta:num1}).",
)
AGAINST_NOTHING = Entry(
    "Er is geen huidige regeling opgegeven; vergeleken met niets vragen is de belasting "
    "{after:num1}.",
    "No current scheme is given; compared with asking nothing the burden is {after:num1}.",
)
RULES_CHANGED = Entry(
    "Nieuwe bevindingen: {added}; vervallen: {removed}.",
    "New findings: {added}; no longer: {removed}.",
)
CONCERNS = Entry("Aandachtspunt: {points}.", "Point of concern: {points}.")
CONCERN_HEAVY = Entry(
    "zware bevindingen die nu niet spelen ({rules})",
    "major findings that do not apply today ({rules})",
)
CONCERN_LIFE_EVENT = Entry(
    "mensen moeten handelen tijdens een ingrijpende gebeurtenis in hun leven",
    "people must act during a major event in their life",
)
CONCERN_STRESS = Entry(
    "de maatregel brengt financiële stress mee (voorschot met verrekening, terugvordering, "
    "boetes of verlies van de uitkering)",
    "the measure brings financial stress (an advance settled later, recovery, fines or loss "
    "of benefit)",
)
CONCERN_VULNERABLE = Entry(
    "{share:pct0} van wie de maatregel bereikt hoort bij de laagste klassen",
    "{share:pct0} of the people reached belong to the lowest classes",
)
FULLER_SCAN = Entry(
    "Bij niveau 4 hoort een uitgebreidere doenvermogenscan.",
    "Level 4 calls for a fuller doenvermogen scan.",
)
