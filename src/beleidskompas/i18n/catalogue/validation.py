"""Messages for pydantic's validation errors, by error type (the English of a type not
listed here is pydantic's own)."""

from beleidskompas.i18n.entry import Entry

BY_TYPE: dict[str, Entry] = {
    "missing": Entry("verplicht veld ontbreekt", "required field is missing"),
    "bool_type": Entry("moet true of false zijn", "must be true or false"),
    "bool_parsing": Entry("moet true of false zijn", "must be true or false"),
    "int_type": Entry("moet een geheel getal zijn", "must be a whole number"),
    "int_parsing": Entry("moet een geheel getal zijn", "must be a whole number"),
    "int_from_float": Entry("moet een geheel getal zijn", "must be a whole number"),
    "float_type": Entry("moet een getal zijn", "must be a number"),
    "float_parsing": Entry("moet een getal zijn", "must be a number"),
    "finite_number": Entry(
        "moet een eindig getal zijn (geen NaN of oneindig)",
        "must be a finite number (not NaN or infinite)",
    ),
    "string_type": Entry("moet tekst zijn", "must be text"),
    "list_type": Entry("moet een lijst zijn", "must be a list"),
    "tuple_type": Entry("moet een lijst zijn", "must be a list"),
    "dict_type": Entry("moet een mapping (sleutel: waarde) zijn", "must be a mapping (key: value)"),
    "model_type": Entry(
        "moet een mapping (sleutel: waarde) zijn", "must be a mapping (key: value)"
    ),
    "model_attributes_type": Entry(
        "moet een mapping (sleutel: waarde) zijn", "must be a mapping (key: value)"
    ),
    "date_type": Entry("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_parsing": Entry(
        "moet een geldige datum zijn (JJJJ-MM-DD)", "must be a valid date (YYYY-MM-DD)"
    ),
    "date_from_datetime_parsing": Entry(
        "moet een geldige datum zijn (JJJJ-MM-DD)", "must be a valid date (YYYY-MM-DD)"
    ),
    "date_from_datetime_inexact": Entry(
        "moet een datum zonder tijd zijn", "must be a date without a time"
    ),
    "too_short": Entry("te weinig elementen", "too few items"),
    "too_long": Entry("te veel elementen", "too many items"),
    "string_too_short": Entry("mag niet leeg zijn", "must not be empty"),
    "string_too_long": Entry("tekst is te lang", "text is too long"),
}

UNKNOWN_FIELD = Entry(
    "onbekend veld '{key}'{hint} (toegestaan: {allowed})",
    "unknown field '{key}'{hint} (allowed: {allowed})",
)
UNKNOWN_FIELD_BARE = Entry("onbekend veld '{key}'", "unknown field '{key}'")
DID_YOU_MEAN = Entry("; bedoelt u '{name}'?", "; did you mean '{name}'?")
NOT_A_CHOICE = Entry(
    "'{got}' is geen geldige waarde; kies uit {choices}",
    "'{got}' is not a valid value; choose from {choices}",
)
OR = Entry(" of ", " or ")
BOUND: dict[str, Entry] = {
    "greater_than_equal": Entry(
        "moet minstens {bound} zijn (gekregen: {got})",
        "must be greater than or equal to {bound} (got: {got})",
    ),
    "greater_than": Entry(
        "moet groter dan {bound} zijn (gekregen: {got})",
        "must be greater than {bound} (got: {got})",
    ),
    "less_than_equal": Entry(
        "moet hoogstens {bound} zijn (gekregen: {got})",
        "must be less than or equal to {bound} (got: {got})",
    ),
    "less_than": Entry(
        "moet kleiner dan {bound} zijn (gekregen: {got})", "must be less than {bound} (got: {got})"
    ),
}
BOUND_KEY = {
    "greater_than_equal": "ge",
    "greater_than": "gt",
    "less_than_equal": "le",
    "less_than": "lt",
}
PATTERN = Entry("'{got}' heeft niet de vorm {pattern}", "'{got}' does not match {pattern}")
