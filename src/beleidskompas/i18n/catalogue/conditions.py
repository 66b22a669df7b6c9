"""Messages of the rule-condition compiler (shown with the rule file's line and column)."""

from beleidskompas.i18n.entry import Entry

INSIDE_NON_GROUP = Entry(
    "'{path}': '{part}' zit in een {kind}, niet in een groep",
    "'{path}': '{part}' is inside a {kind}, not a group",
)
UNKNOWN_FIELD = Entry(
    "onbekend veld '{part}' in '{path}' (velden hier: {choices})",
    "unknown field '{part}' in '{path}' (fields here: {choices})",
)
SINGLE_VALUE = Entry(
    "'{op}' op '{path}' vraagt één waarde, geen lijst",
    "'{op}' on '{path}' takes a single value, not a list",
)
NOT_A_CHOICE = Entry(
    "'{value}' is geen waarde van '{path}' (kies uit {choices})",
    "'{value}' is not a value of '{path}' (one of {choices})",
)
CHOICES_NOT_ORDERED = Entry(
    "'{op}' kan de keuzes van '{path}' niet vergelijken",
    "'{op}' cannot compare the choices of '{path}'",
)
NOT_BOOL = Entry("'{path}' is true/false, niet {value}", "'{path}' is true/false, got {value}")
BOOL_NOT_ORDERED = Entry(
    "'{op}' kan true/false niet vergelijken ('{path}')",
    "'{op}' cannot compare true/false ('{path}')",
)
NOT_NUMBER = Entry("'{path}' is een getal, niet {value}", "'{path}' is a number, got {value}")
NOT_DATE = Entry("'{path}' is een datum, niet {value}", "'{path}' is a date, got {value}")
NOT_COMPARABLE = Entry(
    "'{path}' ({kind}) kan niet met een waarde worden vergeleken",
    "'{path}' ({kind}) cannot be compared with a value",
)
ONE_OPERATOR = Entry(
    "een {what} op '{path}' vraagt precies één van {ops} ({found} gevonden)",
    "a {what} on '{path}' needs exactly one of {ops} (found {found})",
)
NOT_A_LIST = Entry("'{path}' is geen lijst ({kind})", "'{path}' is not a list ({kind})")
SUM_PATH = Entry("'sum' vraagt LIJST.VELD, niet '{path}'", "'sum' needs LIST.FIELD, got '{path}'")
SUM_NOT_NUMERIC = Entry("'{path}' is geen getal ({kind})", "'{path}' is not numeric ({kind})")
NOT_A_CONDITION = Entry(
    "een conditie vraagt één van: all, any, not, field, exists, count, sum",
    "a condition needs one of: all, any, not, field, exists, count, sum",
)

WHAT = {
    "comparison": Entry("vergelijking", "comparison"),
    "count": Entry("count", "count"),
    "sum": Entry("sum", "sum"),
}
KINDS = {
    "bool": Entry("ja/nee-veld", "true/false"),
    "int": Entry("geheel getal", "whole number"),
    "float": Entry("getal", "number"),
    "str": Entry("tekst", "text"),
    "date": Entry("datum", "date"),
    "enum": Entry("keuze uit {choices}", "one of {choices}"),
    "model": Entry("groep", "group"),
    "list": Entry("lijst van {item}", "list of {item}"),
    "dict": Entry("mapping", "mapping"),
    "other": Entry("samengesteld veld", "compound field"),
}
