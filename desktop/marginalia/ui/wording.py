"""Filling translated sentences: %1 %2 placeholders; numbers, shares, sizes and dates in the locale's way.

Plurals are Qt's: `self.tr("%Ln claim(s)", "", n)` in a QObject subclass gives each
language its forms (Polish three, Vietnamese one) from the catalogues, and %Ln writes n
with the locale's digit grouping. Always self.tr for them: lupdate takes
QCoreApplication.translate(..., n) for a plain string unless n is a literal number.
Everything here reads QLocale(), which i18n.install() sets.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

_PLACEHOLDER = re.compile(r"%(\d)")


def arg(text: str, *values) -> str:
    """`text` with %1, %2… replaced by `values`, in one pass: a value holding "%2" (a file
    name, a topic) stays as it is, which chained str.replace would not do."""
    def fill(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group()
    return _PLACEHOLDER.sub(fill, text)


def number(value: int | float, decimals: int = -1) -> str:
    """An integer with the locale's grouping ("12 345" in Polish); a float with `decimals`."""
    if decimals < 0:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def plural(n: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with {n} as the locale writes n: for sentences built
    outside a QObject (team_notice.py); a QObject's plurals are self.tr's %Ln."""
    return one if n == 1 else many.replace("{n}", number(n))


def percent(share: float) -> str:
    """A share as a whole percentage a reader can compare, as the language writes one
    ("12 %" in Spanish): never a covered text rounded to 0 % nor a partial one to 100 %."""
    value = share * 100
    if 0 < value < 1:
        return QCoreApplication.translate("Wording", "<%1%").replace("%1", number(1))
    if 99 < value < 100:
        return QCoreApplication.translate("Wording", ">%1%").replace("%1", number(99))
    return QCoreApplication.translate("Wording", "%1%").replace("%1", number(round(value)))


def file_size(size: int) -> str:
    """B, KB or MB with the locale's decimal separator."""
    if size < 1024:
        return QCoreApplication.translate("Wording", "%1 B").replace("%1", number(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("Wording", "%1 KB").replace("%1", number(size / 1024, 1))
    return QCoreApplication.translate("Wording", "%1 MB").replace("%1", number(size / 1024 / 1024, 1))


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year: "6/5/24" reads badly in notes kept for years."""
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return date_format if "yyyy" in date_format else date_format.replace("yy", "yyyy")


def date_time(moment: datetime) -> str:
    """A moment in the user's time zone: the locale's short date and time."""
    locale = QLocale()
    local = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))  # local time
    return locale.toString(local, _date_format(locale) + " " + locale.timeFormat(QLocale.FormatType.ShortFormat))


def date(iso: str) -> str:
    """An ISO date ("2024-05-06", or the date part of a date-time) as the locale writes it;
    a year or a month alone, or anything else, as it is."""
    found = QDate.fromString(iso[:10], "yyyy-MM-dd") if len(iso) >= 10 else QDate()
    if not found.isValid():
        return iso
    locale = QLocale()
    return locale.toString(found, _date_format(locale))
