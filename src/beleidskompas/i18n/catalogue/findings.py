"""Texts of the findings and conditions the scorers write (rule texts are data)."""

from beleidskompas.i18n.entry import Entry

CANNOT_JUDGE = Entry(
    "Kan niet beoordelen: {question} (onbekend: {fields})",
    "Cannot judge: {question} (unknown: {fields})",
)
FILL_IN = Entry("Vul in: {fields}.", "Fill in: {fields}.")
SUPPLY_MISSING = Entry(
    "Vul de ontbrekende gegevens aan en beoordeel opnieuw: {fields}.",
    "Supply the missing information and assess again: {fields}.",
)
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
