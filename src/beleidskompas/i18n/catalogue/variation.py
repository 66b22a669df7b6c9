"""Texts of design variations (``--vary``): what is wrong with a path or a value."""

from beleidskompas.i18n.entry import Entry

NOT_A_NAME = Entry("{part} is geen veldnaam", "{part} is not a field name")
NO_SUCH_FIELD = Entry(
    "het voorstelformaat kent dit veld niet", "the proposal format has no such field"
)
NOT_VARIABLE = Entry(
    "alleen getallen, ja/nee-velden en keuzelijsten kunnen variëren (dit is: {kind})",
    "only numeric, yes/no and enumerated fields can be varied (this is {kind})",
)
NOT_A_NUMBER = Entry("{text} is geen getal", "{text} is not a number")
NOT_FINITE = Entry("{text} is geen eindig getal", "{text} is not a finite number")
RANGE_FORM = Entry(
    "een bereik is begin:eind:stap, niet {spec}", "a range is start:stop:step, not {spec}"
)
STEP_POSITIVE = Entry(
    "de stap van {spec} moet positief zijn", "the step of {spec} must be positive"
)
RANGE_BACKWARDS = Entry(
    "het bereik {spec} eindigt vóór het begint", "the range {spec} ends before it starts"
)
RANGE_TOO_LONG = Entry(
    "het bereik {spec} heeft {count} waarden (hoogstens {limit})",
    "the range {spec} has {count} values (at most {limit})",
)
NOT_A_CHOICE = Entry("{text} is niet een van {choices}", "{text} is not one of {choices}")
NOT_A_BOOL = Entry("{text} is niet true of false", "{text} is not true or false")
NOT_WHOLE = Entry("{text} is geen geheel getal", "{text} is not a whole number")
FORM = Entry(
    "schrijf een variatie als pad=waarde,waarde of pad=begin:eind:stap",
    "write a variation as path=value,value or path=start:stop:step",
)
RANGE_NEEDS_NUMBER = Entry(
    "een bereik {text} vraagt een numeriek veld", "a range {text} needs a numeric field"
)
NO_ITEM = Entry(
    "het voorstel heeft hier geen item {index}", "the proposal has no item {index} here"
)
NO_LIST = Entry("het voorstel heeft geen lijst {key}", "the proposal has no {key} list")
REFUSED = Entry("{message} (met {shown})", "{message} (with {shown})")
NO_VALUES = Entry("geen waarden om te proberen", "no values to try")
