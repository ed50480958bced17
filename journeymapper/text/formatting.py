"""Language-correct numbers, units, percentages, quotes, dates and times."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Union

from journeymapper.model import Language

LanguageLike = Union[Language, str]

_SEPARATORS = {Language.EN: (",", "."), Language.DA: (".", ",")}  # (thousands, decimal)
#: Danish puts a (no-break) space before %; English writes "58%". Degrees never take a space.
_NBSP = "\u00a0"
_QUOTES = {Language.EN: ("“", "”"), Language.DA: ("»", "«")}
_MONTHS = {
    Language.EN: ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    Language.DA: ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                  "oktober", "november", "december"),
}


def _lang(language: LanguageLike) -> Language:
    return Language(language)


def number(value: float, language: LanguageLike, decimals: int = 2) -> str:
    """Up to ``decimals`` decimals, trailing zeros dropped, thousands grouped: 8,600.5 / 8.600,5."""
    thousands, decimal = _SEPARATORS[_lang(language)]
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def with_unit(value: float, unit: str, language: LanguageLike) -> str:
    """A value with its unit: "8.600 kr.", "2,2 %", "4,4/5" (da); "8,600 kr.", "2.2%", "4.4/5" (en).

    The space before a unit is a no-break space, so "120 sek." is never split over two lines."""
    text = number(value, language)
    unit = unit.strip()
    if not unit:
        return text
    if unit == "%" or unit == "‰":
        return text + (_NBSP + unit if _lang(language) is Language.DA else unit)
    if unit.startswith(("/", "°")):  # "4,4/5", "21°"
        return text + unit
    return f"{text}{_NBSP}{unit}"  # a line never breaks between a number and its unit


def percent(share: float, language: LanguageLike, decimals: int = 0) -> str:
    """A share (0.58) as a percentage: "58%" (en), "58 %" (da)."""
    return with_unit(round(share * 100, decimals) if decimals else round(share * 100), "%", language)


def quoted(text: str, language: LanguageLike) -> str:
    """``text`` in the language's quotation marks: “…” (en), »…« (da)."""
    start, end = _QUOTES[_lang(language)]
    return f"{start}{text}{end}"


def quoted_list(texts: Iterable[str], language: LanguageLike, separator: str = ", ") -> str:
    return separator.join(quoted(t, language) for t in texts)


def date_text(day: Union[date, datetime], language: LanguageLike) -> str:
    """"Dec 7, 2026" (en), "7. december 2026" (da)."""
    lang = _lang(language)
    month = _MONTHS[lang][day.month - 1]
    if lang is Language.DA:
        return f"{day.day}. {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


def time_text(moment: Union[time, datetime], language: LanguageLike) -> str:
    """"2:33 AM" (en), "kl. 02.33" (da)."""
    if _lang(language) is Language.DA:
        return f"kl. {moment.hour:02d}.{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def moment_text(moment: datetime, language: LanguageLike) -> str:
    """A point in time in the reader's local time: "Dec 7, 2026, 2:33 AM" / "7. december 2026 kl. 02.33"."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # local time, not the stored UTC
    separator = " " if _lang(language) is Language.DA else ", "
    return f"{date_text(moment, language)}{separator}{time_text(moment, language)}"
