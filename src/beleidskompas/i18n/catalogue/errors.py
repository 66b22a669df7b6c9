"""Messages about input files and the user's environment (exit code 2)."""

from beleidskompas.i18n.entry import Entry

# reading files
FILE_NOT_FOUND = Entry("bestand niet gevonden", "file not found")
IS_A_FOLDER = Entry("is een map, geen bestand", "is a folder, not a file")
NOT_A_REGULAR_FILE = Entry(
    "is geen gewoon bestand (maar een {kind}); geef een gewoon bestand",
    "is not a regular file (but a {kind}); give a regular file",
)
CANNOT_READ = Entry("kan niet lezen: {reason}", "cannot read: {reason}")
TOO_LARGE = Entry(
    "bestand is groter dan de limiet van {limit} bytes",
    "file is larger than the limit of {limit} bytes",
)
UTF16 = Entry("bestand is UTF-16; sla het op als UTF-8", "file is UTF-16; save it as UTF-8")
NOT_UTF8 = Entry(
    "geen geldige UTF-8 (byte 0x{byte}); sla het bestand op als UTF-8",
    "not valid UTF-8 (byte 0x{byte}); save the file as UTF-8",
)
NUL_CHARACTER = Entry(
    "bestand bevat een NUL-teken (is het wel een tekstbestand?)",
    "file contains a NUL character (is it a text file?)",
)
EMPTY = Entry("bestand is leeg", "file is empty")

# YAML
TAB = Entry(
    "tab gevonden; YAML staat geen tabs toe voor inspringen, gebruik spaties",
    "tab found; YAML does not allow tabs for indentation, use spaces",
)
TOO_DEEP = Entry(
    "te diep genest (meer dan {depth} niveaus)", "nested too deeply (more than {depth} levels)"
)
INVALID_YAML = Entry("ongeldige YAML ({detail})", "invalid YAML ({detail})")
SEVERAL_DOCUMENTS = Entry(
    "meer dan één YAML-document in het bestand", "more than one YAML document in the file"
)
ALIAS_BOMB = Entry(
    "document te groot na het uitvouwen van aliassen (meer dan {nodes} knopen)",
    "document too large after expanding aliases (more than {nodes} nodes)",
)
TOO_MANY_NODES = Entry(
    "document te groot (meer dan {nodes} knopen)", "document too large (more than {nodes} nodes)"
)
TAG_NOT_ALLOWED = Entry(
    "tag {tag} is niet toegestaan (alleen gewone YAML-waarden)",
    "tag {tag} is not allowed (plain YAML values only)",
)
MERGE_KEY = Entry(
    "de YAML-samenvoegsleutel '<<' wordt niet ondersteund; schrijf de velden uit",
    "the YAML merge key '<<' is not supported; write the fields out",
)
KEY_NOT_TEXT = Entry(
    "een sleutel moet tekst zijn, niet {shown} (zet hem tussen aanhalingstekens)",
    "a key must be text, not {shown} (put it in quotes)",
)
KEY_IS_CONTAINER = Entry("een lijst of mapping", "a list or mapping")
DUPLICATE_KEY = Entry("dubbele sleutel '{key}'", "duplicate key '{key}'")
INVALID_VALUE = Entry(
    "ongeldige waarde '{value}' ({kind}: {reason})", "invalid value '{value}' ({kind}: {reason})"
)
UNKNOWN_ANCHOR = Entry("onbekend anker '*{anchor}'", "unknown anchor '*{anchor}'")

# JSON
INVALID_JSON = Entry("ongeldige JSON: {reason}", "invalid JSON: {reason}")
JSON_CONSTANT = Entry(
    "ongeldige JSON: {reason} (NaN en Infinity bestaan niet in JSON)",
    "invalid JSON: {reason} (NaN and Infinity do not exist in JSON)",
)
NUMBER_TOO_LONG = Entry(
    "getal met te veel cijfers ({digits}; hoogstens {limit})",
    "number with too many digits ({digits}; at most {limit})",
)

# validation against a model
TOP_NOT_MAPPING = Entry(
    "verwacht een mapping (sleutel: waarde) bovenaan, maar vond {found}",
    "expected a mapping (key: value) at the top level, found {found}",
)
FOUND_LIST = Entry("een lijst", "a list")
FOUND_SCALAR = Entry("een enkele waarde", "a single value")

# writing files
OUTPUT_IS_INPUT = Entry(
    "uitvoer zou een invoerbestand overschrijven; kies een ander --output",
    "output would overwrite an input file; choose another --output",
)
OUTPUT_EXISTS = Entry(
    "bestand bestaat al; gebruik --force om het te overschrijven",
    "file already exists; use --force to overwrite it",
)
OUTPUT_NOT_REGULAR = Entry(
    "bestaat al en is geen gewoon bestand ({kind}); beleidskompas vervangt alleen gewone bestanden",
    "exists and is not a regular file ({kind}); beleidskompas only replaces regular files",
)
FOLDER_MISSING = Entry("map bestaat niet", "folder does not exist")
CANNOT_WRITE = Entry("kan niet schrijven: {reason}", "cannot write: {reason}")
UNENCODABLE = Entry(
    "de uitvoer bevat tekens die deze terminal niet kan tonen ({encoding}); zet "
    "PYTHONIOENCODING=utf-8 of schrijf naar een bestand met --output",
    "the output holds characters this terminal cannot show ({encoding}); set "
    "PYTHONIOENCODING=utf-8 or write to a file with --output",
)
STDOUT_CLOSED = Entry("standaarduitvoer is gesloten", "standard output is closed")

# file kinds (for the messages above)
KIND_FOLDER = Entry("map", "folder")
KIND_FIFO = Entry("named pipe (FIFO)", "named pipe (FIFO)")
KIND_DEVICE = Entry("apparaatbestand", "device file")
KIND_SOCKET = Entry("socket", "socket")
KIND_SYMLINK = Entry("symbolische koppeling", "symbolic link")
KIND_OTHER = Entry("speciaal bestand", "special file")

# rule sets
NO_FILE_FOR_PATTERN = Entry(
    "geen bestand gevonden voor '{pattern}'", "no file found for '{pattern}'"
)
NO_FILE_FOR_ROLE = Entry(
    "de regelset noemt geen bestand voor '{role}'", "the rule set names no file for '{role}'"
)
FILE_DOES_NOT_EXIST = Entry("bestand '{pattern}' bestaat niet", "file '{pattern}' does not exist")
DUPLICATE_SOURCE_ID = Entry(
    "bron-id '{id}' komt ook voor in {other}", "source id '{id}' is also defined in {other}"
)
GRAPH_DIVERGES = Entry(
    "kapitaalgraaf convergeert niet: spectraalstraal {radius:num} >= 1; de cyclus met de "
    "grootste versterking is {cycle} (versterking {gain:num}); verlaag de gewichten op deze "
    "cyclus",
    "capital graph does not converge: spectral radius {radius:num} >= 1; the cycle with the "
    "largest gain is {cycle} (gain {gain:num}); lower the weights on this cycle",
)
GRAPH_NEAR_ONE = Entry(
    "waarschuwing: de kapitaalgraaf heeft spectraalstraal {radius:num4}; een verandering kan "
    "zich over de graaf tot {gain:num0} keer versterken, dus de effecten steunen vooral op de "
    "gewichten van de verbindingen",
    "warning: the capital graph has spectral radius {radius:num4}; a change can amplify up to "
    "{gain:num0} times over the graph, so the effects rest mostly on the edge weights",
)
DUPLICATE_RULE_ID = Entry(
    "regel-id {id} komt ook voor in {other}", "rule id {id} is also used in {other}"
)
INVALID_CONDITION = Entry("ongeldige conditie: {reason}", "invalid condition: {reason}")
UNKNOWN_SECTION = Entry(
    "onbekende sectie '{section}' (bekend: {known})", "unknown section '{section}' (known: {known})"
)
RULE_PREFIX = Entry(
    "regels in sectie {section} hebben ids {prefix}-nn (of een eigen voorvoegsel dat met X begint)",
    "rules in section {section} have ids {prefix}-nn (or a prefix of your own starting with X)",
)
UNKNOWN_SOURCE = Entry(
    "onbekende bron '{ref}' (niet in de bronnenregisters van de regelset)",
    "unknown source '{ref}' (not in the rule set's source registries)",
)
DEFAULT_RULES_MISSING = Entry(
    "de standaardregelset ontbreekt in deze installatie",
    "the default rule set is missing from this installation",
)

# proposals against a rule set
UNKNOWN_CLASS_ID = Entry(
    "onbekende klasse '{name}' in klassenmodel {model}{hint} (bekend: {known})",
    "unknown class '{name}' in class model {model}{hint} (known: {known})",
)
NO_REFERENCE_INCOMES = Entry(
    "klassenmodel {model} heeft geen referentie-inkomens (reference_income_eur), dus een bedrag "
    "in euro kan niet worden omgerekend; geef size of per_class",
    "class model {model} has no reference incomes (reference_income_eur), so an amount in euro "
    "cannot be converted; give size or per_class",
)
UNKNOWN_ATTRIBUTE = Entry(
    "onbekend kenmerk '{name}' in klassenmodel {model}{hint} (bekend: {known})",
    "unknown attribute '{name}' in class model {model}{hint} (known: {known})",
)
DID_YOU_MEAN = Entry("; bedoelt u '{name}'?", "; did you mean '{name}'?")
DUPLICATE_PROPOSAL_IDS = Entry("dubbele ids: {ids}", "duplicate ids: {ids}")
FOLDER_WITHOUT_PROPOSALS = Entry("map bevat geen voorstellen", "folder holds no proposals")
MORE_PROBLEMS = Entry("... en nog {count} fout(en)", "... and {count} more")

# rule tests
UNKNOWN_BASE = Entry(
    "onbekende basis '{base}' (bekend: {known})", "unknown base '{base}' (known: {known})"
)
NO_RULESET_ABOVE = Entry(
    "geen ruleset.yaml gevonden boven dit testbestand; gebruik --rules",
    "no ruleset.yaml found above this test file; use --rules",
)

BASELINE_MISSING = Entry(
    "het basisbestand {path} bestaat niet (een pad ten opzichte van dit voorstel)",
    "the baseline file {path} does not exist (a path relative to this proposal)",
)
BASELINE_IS_ITSELF = Entry(
    "een voorstel kan niet zijn eigen basis zijn", "a proposal cannot be its own baseline"
)
BASELINE_CHAIN = Entry(
    "een basis (de huidige regeling) noemt zelf geen basis",
    "a baseline (today's scheme) names no baseline itself",
)
