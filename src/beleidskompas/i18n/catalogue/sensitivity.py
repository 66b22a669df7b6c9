"""Texts of the global sensitivity run (``beleidskompas sensitivity``, ``assess --sensitivity``)."""

from beleidskompas.i18n.entry import Entry

# rule file checks
WIDTH_RANGE = Entry(
    "halve breedte {name} moet tussen 0 en 1 liggen (0 ≤ h < 1), niet {value}",
    "half-width {name} must lie in 0 ≤ h < 1, not {value}",
)
LEVELS_EVEN = Entry(
    "levels moet even zijn (Morris), niet {levels}", "levels must be even (Morris), not {levels}"
)
SAMPLES_POWER = Entry(
    "samples moet een macht van twee zijn (Sobol), niet {samples}",
    "samples must be a power of two (Sobol), not {samples}",
)

# the run
NEEDS_SALIB = Entry(
    "de gevoeligheidsanalyse heeft SALib nodig: pip install 'beleidskompas[analysis]'",
    "the sensitivity analysis needs SALib: pip install 'beleidskompas[analysis]'",
)
FIGURE_NONE = Entry(
    "niet berekend voor dit voorstel (geen klasse-effect)",
    "not computed for this proposal (no class impact)",
)
FIGURE_SOMETIMES_NONE = Entry(
    "niet bij elke parameterkeuze berekend", "not computed for every choice of parameters"
)
