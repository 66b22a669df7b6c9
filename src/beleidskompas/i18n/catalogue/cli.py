"""Texts of the command line: gates, confirmations, progress, usage errors."""

from beleidskompas.i18n.entry import Entry

GATE_FAIL_ON = Entry(
    "--fail-on {severity}: er zijn bevindingen van deze ernst of erger",
    "--fail-on {severity}: findings of that severity or worse",
)
GATE_FAIL_UNDER = Entry(
    "--fail-under {threshold}: score {section} is {score:num1}",
    "--fail-under {threshold}: {section} score {score:num1}",
)
RULE_TESTS_FAILED = Entry("{count} regeltest(en) mislukt", "{count} rule test case(s) failed")
VALID = Entry("{file}: OK", "{file}: OK")
CREATED = Entry(
    "{file}: aangemaakt; pas het aan en draai `beleidskompas validate {file}`",
    "{file}: created; edit it, then run `beleidskompas validate {file}`",
)
ASSESSING = Entry("beoordelen", "assessing")
ABORTED = Entry("afgebroken", "aborted")
INTERNAL_ERROR = Entry(
    "interne fout: {error}\nDit is een fout in beleidskompas; meld hem graag met het commando "
    "en het invoerbestand (draai opnieuw met --debug voor de details).",
    "internal error: {error}\nThis is a bug in beleidskompas; please report it with the command "
    "and the input file (run again with --debug for details).",
)
PICTURE_NEEDS_OUTPUT = Entry(
    "geef een bestand met --output voor een afbeelding", "give a file with --output for a picture"
)
BINARY_NEEDS_OUTPUT = Entry(
    "geef een bestand met --output voor een Word-document",
    "give a file with --output for a Word document",
)
PLOT_SUFFIX = Entry("gebruik .png of .svg", "use .png or .svg")
WEIGHTS = {
    "unknown": Entry(
        "ongeldig: '{part}': gebruik naam=getal met als naam een van {known}",
        "invalid: '{part}': use name=number with name one of {known}",
    ),
    "not_a_number": Entry(
        "ongeldig: '{part}': '{value}' is geen getal",
        "invalid: '{part}': '{value}' is not a number",
    ),
    "not_finite": Entry(
        "ongeldig: '{part}': gewichten moeten eindig zijn en >= 0",
        "invalid: '{part}': weights must be finite and >= 0",
    ),
    "twice": Entry("ongeldig: '{name}' staat er twee keer", "invalid: '{name}' is given twice"),
    "all_zero": Entry(
        "ongeldig: minstens één gewicht moet positief zijn",
        "invalid: at least one weight must be positive",
    ),
}
OPTIONS_SAME_IDS = Entry(
    "opties moeten verschillende ids hebben: {ids}", "options must have different ids: {ids}"
)

# usage errors (Typer/Click), in the language of the command
USAGE = Entry("Gebruik: {usage}", "Usage: {usage}")
TRY_HELP = Entry("Probeer '{command} --help' voor hulp.", "Try '{command} --help' for help.")
ERROR = Entry("Fout: {message}", "Error: {message}")
NO_SUCH_OPTION = Entry("onbekende optie '{option}'", "no such option: {option}")
NO_SUCH_OPTION_HINT = Entry(
    "onbekende optie '{option}'; bedoelt u {possibilities}?",
    "no such option: {option}; did you mean {possibilities}?",
)
NO_SUCH_COMMAND = Entry("onbekend commando '{command}'", "no such command '{command}'")
NO_SUCH_COMMAND_HINT = Entry(
    "onbekend commando '{command}'; bedoelt u {hint}?",
    "no such command '{command}'; did you mean {hint}?",
)
NOT_A_NUMBER_PLAIN = Entry("moet een getal zijn", "must be a number")
BOUND = Entry("moet {bound} {limit} zijn", "must be {bound} {limit}")
BOUND_WORDS = {
    "less than or equal to": Entry("hoogstens", "at most"),
    "greater than or equal to": Entry("minstens", "at least"),
    "less than": Entry("kleiner dan", "less than"),
    "greater than": Entry("groter dan", "greater than"),
}
MISSING_ARGUMENT = Entry("argument {name} ontbreekt", "missing argument {name}")
MISSING_OPTION = Entry("optie {name} ontbreekt", "missing option {name}")
BAD_VALUE = Entry("ongeldige waarde voor {name}: {message}", "invalid value for {name}: {message}")
NOT_A_CHOICE = Entry(
    "'{value}' is geen keuze; kies uit {choices}", "'{value}' is not one of {choices}"
)
OUT_OF_RANGE = Entry("{value} ligt buiten {range}", "{value} is not in the range {range}")
NOT_A_NUMBER = Entry("'{value}' is geen getal", "'{value}' is not a number")
OPTION_NEEDS_VALUE = Entry(
    "optie '{option}' vraagt een waarde", "option '{option}' requires an argument"
)
EXTRA_ARGUMENT = Entry("onverwacht argument '{value}'", "got unexpected extra argument ({value})")
