"""Languages and texts: the bottom layer every other layer may use.

Results carry bilingual :class:`Text` values (Dutch and English); only the report and
command-line layers choose one language. Every user-facing text the code writes lives in
the typed catalogue (:mod:`beleidskompas.i18n.catalogue`) as an :class:`Entry`.
"""

from beleidskompas.i18n.entry import Entry
from beleidskompas.i18n.numbers import day, euro, num, pct
from beleidskompas.i18n.text import LANGS, Lang, Text, TextError, localise, printable, shorten

__all__ = [
    "LANGS",
    "Entry",
    "Lang",
    "Text",
    "TextError",
    "day",
    "euro",
    "localise",
    "num",
    "pct",
    "printable",
    "shorten",
]
