"""Numbers, shares, amounts and dates written the way each language writes them."""

from __future__ import annotations

import datetime as dt
import math

from beleidskompas.i18n.text import Lang

MONTHS = {
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split(),
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
}


def num(value: float | None, lang: Lang, digits: int = 3) -> str:
    """A number with the language's separators (1.234,5 / 1,234.5); ``—`` for None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{digits}f}"
    if text.startswith("-") and set(text[1:]) <= set("0.,"):
        text = text[1:]  # no "-0,000"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def pct(value: float | None, lang: Lang, digits: int = 1) -> str:
    """A share as a percentage (0.123 → 12,3 %), with no line break before the sign."""
    if value is None:
        return "—"
    return num(100.0 * value, lang, digits) + "\u00a0%"


def day(value: dt.date | None, lang: Lang) -> str:
    """A date written out: 1 januari 2026 / 1 January 2026."""
    if value is None:
        return "—"
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def euro(value: float | None, lang: Lang, digits: int | None = None) -> str:
    """An amount in euros. Without ``digits``: whole euros from € 100 up, else enough
    decimals (up to four significant) that a non-zero amount never reads € 0."""
    if value is None:
        return "—"
    if digits is None:
        digits = _money_digits(value)
    return "€\u00a0" + num(value, lang, digits)


def _money_digits(value: float) -> int:
    size = abs(value)
    if size == 0 or size >= 100:
        return 0
    if size >= 1:
        return 2
    # enough decimals for two significant digits, at most eight
    return min(8, 1 - math.floor(math.log10(size)))
