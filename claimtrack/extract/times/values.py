"""TimeValue constructors and calendar arithmetic. `iso` is always ISO 8601: a day, a
month, a year, a day with a time ("2025-06-05T19:30"), or an interval A/B."""
from __future__ import annotations

import calendar
import datetime as dt

from claimtrack.models import TimeValue


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def shift_month(y: int, m: int, months: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + months
    return k // 12, k % 12 + 1


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def day_value(d: dt.date, text: str, part: str | None = None) -> TimeValue:
    return TimeValue(iso=d.isoformat(), precision="day", start=d, end=d, text=text, part=part)


def clock_value(d: dt.date, hour: int, minute: int, text: str) -> TimeValue:
    return TimeValue(iso=f"{d.isoformat()}T{hour:02d}:{minute:02d}", precision="time", start=d, end=d, text=text)


def days_value(a: dt.date, b: dt.date, text: str, precision: str = "interval") -> TimeValue:
    return TimeValue(iso=f"{a.isoformat()}/{b.isoformat()}", precision=precision, start=a, end=b, text=text)


def week_value(any_day: dt.date, text: str) -> TimeValue:
    """The Monday-to-Sunday week holding `any_day`, as an interval of days."""
    monday = any_day - dt.timedelta(days=any_day.weekday())
    return days_value(monday, monday + dt.timedelta(days=6), text, "week")


def month_value(y: int, m: int, text: str) -> TimeValue:
    return TimeValue(iso=f"{y:04d}-{m:02d}", precision="month", start=dt.date(y, m, 1), end=month_end(y, m), text=text)


def year_value(y: int, text: str) -> TimeValue:
    return TimeValue(iso=f"{y:04d}", precision="year", start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), text=text)


def span_value(y1: int, m1: int, y2: int, m2: int, text: str, precision: str = "interval") -> TimeValue:
    """Months m1 of y1 to m2 of y2."""
    return TimeValue(iso=f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", precision=precision,
                     start=dt.date(y1, m1, 1), end=month_end(y2, m2), text=text)


def years_value(y1: int, y2: int, text: str, precision: str = "interval") -> TimeValue:
    return TimeValue(iso=f"{y1:04d}/{y2:04d}", precision=precision,
                     start=dt.date(y1, 1, 1), end=dt.date(y2, 12, 31), text=text)


def season_value(a: int, b: int, year: int, text: str) -> TimeValue:
    """The season running from month a of `year` to month b (of the next year if b < a)."""
    return span_value(year, a, year + 1 if b < a else year, b, text, "season")


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = shift_month(d.year, d.month, n)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def with_text(tv: TimeValue, text: str) -> TimeValue:
    return tv.model_copy(update={"text": text})
