"""Messages of the data contract's own checks (model validators)."""

from beleidskompas.i18n.entry import Entry

# proposal
RANGE_ORDER = Entry(
    "range moet voldoen aan -1 <= laag <= hoog <= 1", "range must satisfy -1 <= low <= high <= 1"
)
RANGE_CONTAINS_SIZE = Entry(
    "range moet de waarde (size of het bedrag) bevatten",
    "range must contain the value (size or the amount)",
)
EFFECT_ONE_VALUE = Entry(
    "geef precies één van size, amount_eur_per_month, amount_eur_once en per_class",
    "give exactly one of size, amount_eur_per_month, amount_eur_once and per_class",
)
EFFECT_MONEY_ECONOMIC = Entry(
    "een bedrag werkt op economisch kapitaal: capital moet economisch zijn",
    "an amount acts on economic capital: capital must be economisch",
)
EFFECT_RANGE_PER_CLASS = Entry(
    "range kan niet samen met per_class", "range cannot be combined with per_class"
)
SCOPE_SHARES_SUM = Entry("class_shares moeten samen 1 zijn", "class_shares must sum to 1")
KNOWN_ROUTE_PAIR = Entry(
    "known_share en known_route horen bij elkaar: geef ze allebei of geen van beide",
    "known_share and known_route go together: give both or neither",
)
ROUTE_GRANTING = Entry(
    "route {route} hoort bij granting {implied}, niet bij {granting}",
    "route {route} implies granting {implied}, not {granting}",
)
DATE_RANGE = Entry(
    "datum moet tussen {low:date} en {high:date} liggen",
    "date must lie between {low:date} and {high:date}",
)

# rule files
ASPECT_LEVEL_PAIR = Entry("aspect en level horen bij elkaar", "aspect and level go together")
RISK_LEVELS = Entry(
    "risico_procesverstoringen kent klein | gemiddeld | groot",
    "risico_procesverstoringen takes klein | gemiddeld | groot",
)
IMPACT_LEVELS = Entry(
    "{aspect} kent beperkt | middelgroot | ingrijpend",
    "{aspect} takes beperkt | middelgroot | ingrijpend",
)
MISSING_KEYS = Entry("{what} ontbreekt voor {keys}", "{what} missing for {keys}")
SHARE_OPEN = Entry("{what} moet tussen 0 en 1 liggen", "{what} must be in (0, 1)")
SHARE_CLOSED = Entry("{what} moet tussen 0 en 1 liggen", "{what} must be in [0, 1]")
NOT_NEGATIVE = Entry("{what} moet >= 0 zijn", "{what} must be >= 0")
ORDER_NON_DECREASING = Entry(
    "{what} mag niet dalen in de volgorde {order} (meer vragen van mensen verhoogt het "
    "gebruik nooit)",
    "{what} must not fall in the order {order} (asking more of people never raises take-up)",
)
AT_LEAST_ONE = Entry("{what} moet >= 1 zijn", "{what} must be >= 1")
POSITIVE = Entry("{what} moet > 0 zijn", "{what} must be > 0")
AMOUNT_SUPPORT = Entry(
    "amount: er moet gelden 0 < lowest_eur_per_month <= reference_eur_per_month <= "
    "highest_eur_per_month",
    "amount: needs 0 < lowest_eur_per_month <= reference_eur_per_month <= highest_eur_per_month",
)
DRAWS_WIDTH = Entry(
    "uncertainty.draws: elke rij moet {width} waarden hebben, één per parameter",
    "uncertainty.draws: every row needs {width} values, one per parameter",
)
UNKNOWN_PARAMETER = Entry("{what}: onbekende parameter {id}", "{what}: unknown parameter {id}")
NEEDS_EXACTLY = Entry("{what} heeft precies {keys} nodig", "{what} needs exactly {keys}")
SUM_TO_ONE = Entry(
    "{what} moeten samen 1 zijn (ze zijn samen {total})",
    "{what} must sum to 1 (they sum to {total})",
)
WHOLE_MONTHS = Entry(
    "doorlooptijd voor {change} moet een geheel aantal maanden zijn",
    "lead time for {change} must be a whole number of months",
)
LOW_ABOVE_HIGH = Entry(
    "{what}: laag ({low}) ligt boven hoog ({high})", "{what}: low ({low}) lies above high ({high})"
)

# class model and capital graph
CLASS_SHARE = Entry("aandeel van {id} moet tussen 0 en 1 liggen", "share of {id} must be in [0, 1]")
CLASS_POSITIONS_MISSING = Entry(
    "{id}: posities ontbreken voor {capitals}", "{id}: positions missing for {capitals}"
)
CLASS_POSITION_RANGE = Entry(
    "{id}: positie op {capital} moet tussen 0 en 1 liggen",
    "{id}: position on {capital} must be in [0, 1]",
)
CLASS_ATTRIBUTE_SHARE = Entry(
    "{id}: kenmerk {name} moet een aandeel tussen 0 en 1 zijn",
    "{id}: attribute {name} must be a share in [0, 1]",
)
CLASS_DEMOGRAPHIC_SHARE = Entry(
    "{id}: {name} moet een aandeel tussen 0 en 1 zijn", "{id}: {name} must be a share in [0, 1]"
)
DUPLICATE_CLASS_IDS = Entry("dubbele klasse-ids: {ids}", "duplicate class ids: {ids}")
SHARES_SUM = Entry(
    "de aandelen van de klassen zijn samen {total}, niet 1", "class shares sum to {total}, not 1"
)
UNKNOWN_CLASS = Entry(
    "onbekende klasse-id '{name}' (bekend: {known})", "unknown class id '{name}' (known: {known})"
)
ATTRIBUTE_SHARES_MISSING = Entry(
    "{id}: aandelen ontbreken voor {names}", "{id}: attribute shares missing for {names}"
)
UNDECLARED_ATTRIBUTES = Entry(
    "{id}: niet-gedeclareerde kenmerken {names}", "{id}: undeclared attributes {names}"
)
EDGE_WEIGHT = Entry(
    "verbinding {source} → {target}: gewicht moet in [0, 1) liggen",
    "edge {source} → {target}: weight must be in [0, 1)",
)
EDGE_SELF_LOOP = Entry(
    "verbinding {source} → {target}: een lus naar zichzelf mag niet",
    "edge {source} → {target}: self-loops are not allowed",
)
GRAPH_CAPITALS = Entry(
    "de kapitalen moeten precies {capitals} zijn", "capitals must be exactly {capitals}"
)
DUPLICATE_EDGES = Entry("dubbele verbindingen: {edges}", "duplicate edges: {edges}")

WARN_PUBLICATION_BEFORE_DECISION = Entry(
    "waarschuwing: de publicatie ({later:date}) ligt vóór het besluit ({earlier:date})",
    "warning: publication ({later:date}) lies before the decision ({earlier:date})",
)
WARN_ENTRY_BEFORE_PUBLICATION = Entry(
    "waarschuwing: de inwerkingtreding ({later:date}) ligt vóór de publicatie ({earlier:date}); "
    "een regeling bindt pas na bekendmaking",
    "warning: entry into force ({later:date}) lies before publication ({earlier:date}); a "
    "regulation binds only after publication",
)
WARN_ENTRY_BEFORE_DECISION = Entry(
    "waarschuwing: de inwerkingtreding ({later:date}) ligt vóór het besluit ({earlier:date})",
    "warning: entry into force ({later:date}) lies before the decision ({earlier:date})",
)
WARN_IN_THE_PAST = Entry(
    "waarschuwing: {day:date} ligt in het verleden (vandaag is {today:date})",
    "warning: {day:date} lies in the past (today is {today:date})",
)
