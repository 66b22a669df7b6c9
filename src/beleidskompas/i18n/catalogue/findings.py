"""Texts of the findings and conditions the scorers write (rule texts are data)."""

from beleidskompas.i18n.entry import Entry

CANNOT_JUDGE = Entry(
    "Kan niet beoordelen: {question} (onbekend: {fields})",
    "Cannot judge: {question} (unknown: {fields})",
)
FILL_IN = Entry("Vul in: {fields}.", "Fill in: {fields}.")
ASSUME_INDEPENDENT = Entry(
    "Bereik per klasse = product van de aandelen voor de criteria ({criteria}): aangenomen "
    "is dat die kenmerken binnen een klasse onafhankelijk voorkomen.",
    "Reach per class = product of the shares for the criteria ({criteria}): the attributes "
    "are assumed to occur independently within a class.",
)
ASSUME_DEFICITS = Entry(
    "Achterstanden zijn gemeten ten opzichte van het bevolkingsgemiddelde vóór de maatregel "
    "en opgeteld over de kapitaalgraaf.",
    "Deficits are measured against the population mean before the measure and accumulated "
    "over the capital graph.",
)
ASSUME_INTERVALS = Entry(
    "Bandbreedtes: voor effecten en achterstanden uit de uitersten van de effectmarges en van "
    "het gebruik (exact bij effecten van één teken); kloof, Atkinson-index en aandelen met een "
    "vaste-seed Monte-Carlo-trekking.",
    "Intervals: for effects and deficits from the ends of the effect ranges and of the take-up "
    "interval (exact for effects of one sign); gap, Atkinson index and shares from a fixed-seed "
    "Monte Carlo draw.",
)

TOOL_HARSHER = Entry(
    "De uitvoeringstoets ({organisations}) oordeelt '{agency}', de regels van dit hulpmiddel "
    "komen tot '{own}' door {reasons}. Het oordeel van de uitvoerder weegt het zwaarst.",
    "The uitvoeringstoets ({organisations}) judges '{agency}'; the rules of this tool come to "
    "'{own}' because of {reasons}. The implementer's verdict weighs most.",
)
AGENCY_HARSHER = Entry(
    "De uitvoeringstoets ({organisations}) oordeelt '{agency}', strenger dan de regels van dit "
    "hulpmiddel ('{own}'; zware bevindingen: {reasons}). Het oordeel van de uitvoerder weegt "
    "het zwaarst.",
    "The uitvoeringstoets ({organisations}) judges '{agency}', stricter than the rules of this "
    "tool ('{own}'; major findings: {reasons}). The implementer's verdict weighs most.",
)
NO_MAJOR_FINDINGS = Entry("geen", "none")
DISCUSS_TOETS = Entry(
    "Bespreek het verschil met {organisations}: ga na welke punten de toets anders weegt of "
    "niet kende, en neem de uitkomst op in de toelichting.",
    "Discuss the difference with {organisations}: find out which points the toets weighs "
    "differently or did not know, and report the outcome in the explanatory note.",
)

ASSUME_SANCTIONS = Entry(
    "Verplichting met sancties: de verwachte schade van sancties is meegeteld (kans op een "
    "sanctie per jaar hoger bij meer verplichtingen en minder doenvermogen, maal wat een "
    "sanctie kost); schade aan persoonskapitaal (stress, schulden) is niet meegeteld.",
    "Obligation with sanctions: the expected harm of sanctions is included (chance of a "
    "sanction a year higher with more obligations and less doenvermogen, times what a "
    "sanction costs); harm to person capital (stress, debts) is not included.",
)
NO_SANCTION_HARM = Entry(
    "Verplichting met sancties, maar het klassenmodel heeft geen referentie-inkomens: de "
    "schade van sancties is niet meegeteld.",
    "Obligation with sanctions, but the class model has no reference incomes: the harm of "
    "sanctions is not included.",
)
ASSUME_APPLIED = Entry(
    "De maatregel geldt voor iedereen in de doelgroep (geen aanvraag): gebruik is 100 %.",
    "The measure applies to everyone in the target group (nothing to claim): take-up is 100 %.",
)
ASSUME_SCOPE = Entry(
    "Bevolking: {name}, {adults:num0} volwassenen; bereik, kosten en aantallen gelden daarvoor.",
    "Population: {name}, {adults:num0} adults; reach, cost and head counts refer to it.",
)
