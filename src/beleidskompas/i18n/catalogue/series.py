"""Messages about the monitor's input files: series (CSV), CBS exports, indicators, groups."""

from beleidskompas.i18n.entry import Entry

# the models
PERIOD_ORDER = Entry(
    "periode moet tussen {low} en {high} liggen, met het eerste jaar niet na het laatste",
    "period must lie between {low} and {high}, its first year not after its last",
)
GROUP_IN_TWO_KINDS = Entry(
    "groep '{group}' staat bij {first} en bij {second}; een groep-id hoort bij één soort",
    "group '{group}' is listed under {first} and under {second}; a group id belongs to one kind",
)
BOUNDS_PAIR = Entry(
    "low en high horen bij elkaar: geef ze allebei of geen van beide",
    "low and high go together: give both or neither",
)
VALUE_OR_BOUNDS = Entry(
    "geen waarde: geef value, of low en high als de bron alleen grenzen noemt",
    "no value: give value, or low and high when the source gives only bounds",
)
BOUNDS_ORDER = Entry(
    "low ({low}) is groter dan high ({high})", "low ({low}) is above high ({high})"
)
VALUE_OUTSIDE = Entry(
    "value {value} ligt niet tussen low {low} en high {high}",
    "value {value} is not between low {low} and high {high}",
)

# CSV
CSV_UNTERMINATED = Entry("aanhalingsteken wordt niet gesloten", "opening quote is never closed")
CSV_STRAY_QUOTE = Entry(
    "aanhalingsteken midden in een veld: zet het hele veld tussen aanhalingstekens en "
    'schrijf een aanhalingsteken erin dubbel ("")',
    'quote inside a field: quote the whole field and double each quote inside it ("")',
)
CSV_AFTER_QUOTE = Entry(
    "onverwacht teken na het sluitende aanhalingsteken (verwacht een komma of het einde "
    "van de regel)",
    "unexpected character after the closing quote (expected a comma or the end of the line)",
)
CSV_TOO_MANY_CELLS = Entry(
    "meer dan {limit} velden op één regel (is het scheidingsteken een komma?)",
    "more than {limit} fields on one line (is the separator a comma?)",
)
CSV_NO_ROWS = Entry(
    "alleen een kopregel, geen rijen met waarden", "only a header line, no rows with values"
)
CSV_UNKNOWN_COLUMN = Entry(
    "onbekende kolom '{column}'{hint} (toegestaan: {allowed})",
    "unknown column '{column}'{hint} (allowed: {allowed})",
)
CSV_SEPARATOR = Entry(
    "scheid de kolommen met komma's, niet met puntkomma's of tabs (sla op als CSV, "
    "kommagescheiden)",
    "separate the columns with commas, not semicolons or tabs (save as CSV, comma-separated)",
)
CSV_DUPLICATE_COLUMN = Entry(
    "kolom '{column}' staat twee keer in de kopregel",
    "column '{column}' appears twice in the header",
)
CSV_MISSING_COLUMN = Entry(
    "de kopregel mist de kolom '{column}' (verplicht: {required})",
    "the header lacks the column '{column}' (required: {required})",
)
CSV_CELL_COUNT = Entry(
    "{count} velden, maar de kopregel heeft er {expected}",
    "{count} fields, but the header has {expected}",
)
REQUIRED = Entry("leeg, maar verplicht", "empty, but required")
NOT_A_NUMBER = Entry("'{got}' is geen getal", "'{got}' is not a number")
DECIMAL_COMMA = Entry(
    "'{got}': schrijf een punt als decimaalteken ({fixed})",
    "'{got}': write a point as the decimal separator ({fixed})",
)
NOT_A_BOOL = Entry(
    "'{got}': schrijf true of false (of laat het leeg)",
    "'{got}': write true or false (or leave it empty)",
)
EMPTY_SOURCE_ID = Entry(
    "lege bron-id (scheid bron-ids met ';')", "empty source id (separate source ids with ';')"
)

# cross-references
UNKNOWN_INDICATOR = Entry(
    "onbekende indicator '{name}'{hint} (bekend: {known})",
    "unknown indicator '{name}'{hint} (known: {known})",
)
UNKNOWN_GROUP = Entry(
    "onbekende groep '{name}'{hint} (groepen staan in {file})",
    "unknown group '{name}'{hint} (groups are listed in {file})",
)
GROUP_OTHER_KIND = Entry(
    "groep '{group}' hoort bij {kind}, niet bij {given}",
    "group '{group}' belongs to {kind}, not to {given}",
)
UNKNOWN_SOURCE = Entry(
    "onbekende bron '{ref}' (niet in de bronnenregisters van de monitor)",
    "unknown source '{ref}' (not in the monitor's source registries)",
)
DID_YOU_MEAN = Entry("; bedoelt u '{name}'?", "; did you mean '{name}'?")
DUPLICATE_OBSERVATION = Entry(
    "dubbele waarde: {indicator}, {group}, {period} staat ook op {other}",
    "duplicate value: {indicator}, {group}, {period} is also at {other}",
)
DUPLICATE_INDICATOR = Entry(
    "indicator '{id}' staat ook in {other}", "indicator '{id}' is also defined in {other}"
)
DUPLICATE_SOURCE = Entry("bron '{id}' staat ook in {other}", "source '{id}' is also in {other}")

# files of a data set
SERIES_KIND = Entry(
    "onbekend soort reeksbestand: geef een .csv-bestand, een CBS-import (.yaml met kind: "
    "cbs_import) of een map met monitor.yaml",
    "unknown kind of series file: give a .csv file, a CBS import (.yaml with kind: "
    "cbs_import) or a folder with monitor.yaml",
)
NOT_A_MONITOR_FOLDER = Entry(
    "geen monitor.yaml in deze map (zie docs/monitor.md)",
    "no monitor.yaml in this folder (see docs/monitor.md)",
)
NO_GROUPS_FILE = Entry(
    "de data set noemt geen groepenbestand (files.groups)",
    "the data set names no group registry (files.groups)",
)
DEFAULT_MONITOR_MISSING = Entry(
    "de meegeleverde monitorgegevens ontbreken (installatie onvolledig)",
    "the bundled monitor data is missing (incomplete installation)",
)

# CBS exports
CBS_LAYOUT = Entry(
    "geen CBS-export: verwacht {expected}",
    "not a CBS export: expected {expected}",
)
CBS_LAYOUT_FILE = Entry(
    "een object met DataProperties en data (rijen van cbsodata.get_data), TypedDataSet of "
    "UntypedDataSet",
    "an object with DataProperties and data (rows of cbsodata.get_data), TypedDataSet or "
    "UntypedDataSet",
)
CBS_LAYOUT_FOLDER = Entry(
    "DataProperties.json en TypedDataSet.json of UntypedDataSet.json in de map (zoals "
    "cbsodata.get_data(tabel, dir=...) ze schrijft)",
    "DataProperties.json and TypedDataSet.json or UntypedDataSet.json in the folder (as "
    "cbsodata.get_data(table, dir=...) writes them)",
)
CBS_NOT_A_LIST = Entry("verwacht een lijst van records", "expected a list of records")
CBS_NOT_A_RECORD = Entry("verwacht een record (object)", "expected a record (an object)")
CBS_MISSING_FIELD = Entry("veld '{field}' ontbreekt", "field '{field}' is missing")
CBS_TABLE = Entry(
    "de export is van tabel {found}, het importbestand noemt {table}",
    "the export is of table {found}, the import file names {table}",
)
CBS_NO_TIME = Entry(
    "DataProperties noemt geen tijddimensie (Type TimeDimension)",
    "DataProperties names no time dimension (Type TimeDimension)",
)
CBS_UNKNOWN_MEASURE = Entry(
    "maat '{key}' staat niet in de DataProperties van de export (wel: {known})",
    "measure '{key}' is not in the export's DataProperties (it has: {known})",
)
CBS_UNMAPPED = Entry(
    "'{title}' ({dimension}) staat niet in groups of totals van {spec} (of zet unmapped: skip)",
    "'{title}' ({dimension}) is in neither groups nor totals of {spec} (or set unmapped: skip)",
)
CBS_CROSS = Entry(
    "rij valt in twee groepen ({first} en {second}); een reeks heeft één indeling (of zet "
    "unmapped: skip)",
    "row falls in two groups ({first} and {second}); a series has one breakdown (or set "
    "unmapped: skip)",
)
CBS_MARGIN = Entry(
    "onbekende marge '{title}' (verwacht {value}, {low} of {high})",
    "unknown margin '{title}' (expected {value}, {low} or {high})",
)
CBS_PERIOD = Entry(
    "periode '{title}' wordt niet herkend (verwacht bijvoorbeeld 2021, 2021*, 2015/2018, "
    "2010/'11 of 2021JJ00)",
    "period '{title}' is not recognised (expected e.g. 2021, 2021*, 2015/2018, 2010/'11 or "
    "2021JJ00)",
)
CBS_SUBYEAR = Entry(
    "periode '{title}' is een kwartaal of maand; de monitor volgt jaren (filter de export "
    "op jaren)",
    "period '{title}' is a quarter or a month; the monitor follows years (filter the export "
    "to years)",
)
CBS_UNIT = Entry(
    "eenheid '{unit}' van maat {key} past niet bij indicator {indicator} ({expected})",
    "unit '{unit}' of measure {key} does not fit indicator {indicator} ({expected})",
)
CBS_DUPLICATE = Entry(
    "tweede rij voor {indicator}, {group}, {period} ({part}); de eerste staat op regel {other}",
    "second row for {indicator}, {group}, {period} ({part}); the first is on line {other}",
)
