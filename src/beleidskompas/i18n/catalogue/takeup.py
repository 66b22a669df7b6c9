"""Texts of the take-up model: assumptions, extrapolation warnings, how intervals are made."""

from beleidskompas.i18n.entry import Entry

ASSUMED = Entry(
    "Gebruik: voor onbekende velden is aangenomen: {fields}. Vul ze in voor een betere schatting.",
    "Take-up: for unknown fields it assumes {fields}. Fill them in for a better estimate.",
)
NO_ATTRIBUTE = Entry(
    "Gebruik: het klassenmodel heeft geen kenmerk {attributes}; het effect daarvan op het "
    "gebruik is weggelaten.",
    "Take-up: the class model has no attribute {attributes}; its effect on take-up is left out.",
)
OUTSIDE = {
    "load": Entry(
        "Gebruik buiten de ijkset: de complexiteitslast ({load:num1}) is groter dan in elke "
        "regeling waarop het model is geijkt ({cap:num1}). Het model laat het niet-gebruik "
        "daarboven niet verder stijgen; het werkelijke gebruik kan lager zijn. De bandbreedte "
        "is verbreed.",
        "Take-up outside the calibration set: the complexity load ({load:num1}) is larger "
        "than in any scheme the model was calibrated on ({cap:num1}). The model does not let "
        "non-take-up rise further beyond it; real take-up may be lower. The interval is "
        "widened.",
    ),
    "digital_load": Entry(
        "Gebruik buiten de ijkset: de digitale drempels ({load:num1}) zijn hoger dan in elke "
        "regeling waarop het model is geijkt ({cap:num1}); het model laat het niet-gebruik "
        "daarboven niet verder stijgen. De bandbreedte is verbreed.",
        "Take-up outside the calibration set: the digital barriers ({load:num1}) are higher "
        "than in any scheme the model was calibrated on ({cap:num1}); the model does not let "
        "non-take-up rise further beyond it. The interval is widened.",
    ),
    "route": Entry(
        "Gebruik buiten de ijkset: geen Nederlandse regeling in de ijkset gebruikte de route "
        "'{route}'. Het effect daarvan rust op buitenlandse cijfers en de aannames van het "
        "model; de bandbreedte is verbreed.",
        "Take-up outside the calibration set: no Dutch scheme in the calibration set used the "
        "route '{route}'. Its effect rests on foreign figures and the model's assumptions; "
        "the interval is widened.",
    ),
    "amount": Entry(
        "Gebruik buiten de ijkset: het bedrag ({amount:eur} per maand) ligt buiten wat de "
        "ijkset dekt ({low:eur}–{high:eur}); het model rekent met de dichtstbijzijnde grens. "
        "De bandbreedte is verbreed.",
        "Take-up outside the calibration set: the amount ({amount:eur} a month) lies outside "
        "what the calibration set covers ({low:eur}–{high:eur}); the model uses the nearest "
        "bound. The interval is widened.",
    ),
    "life_event": Entry(
        "Gebruik buiten de ijkset: geen Nederlandse regeling in de ijkset hoorde bij de "
        "levensgebeurtenis "
        "'{event}'. Het model rekent met het gemiddelde effect van levensgebeurtenissen; de "
        "bandbreedte is verbreed.",
        "Take-up outside the calibration set: no Dutch scheme in the calibration set was tied to "
        "the life event '{event}'. The model uses the average effect of life events; the "
        "interval is widened.",
    ),
}
INTERVAL = Entry(
    "Bandbreedte van het gebruik: {coverage:pct0} van de onzekerheid in de geschatte "
    "parameters ({draws} trekkingen uit de ijking), doorgerekend naar alle effecten; per "
    "kenmerk buiten de ijkset wordt de spreiding {widening:num1} keer zo groot.",
    "Take-up interval: {coverage:pct0} of the uncertainty of the fitted parameters "
    "({draws} draws from the calibration), carried through to every impact figure; per "
    "feature outside the calibration set the spread grows {widening:num1} times.",
)
NO_INTERVAL = Entry(
    "Gebruik zonder bandbreedte: de regelset heeft geen trekkingen van de take-up-parameters.",
    "Take-up has no interval: the rule set has no draws of the take-up parameters.",
)
