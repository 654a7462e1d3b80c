"""A series of sessions, e.g. every 8 weeks for a year, planned in Dutch wall-clock time so
19:30 stays 19:30 on both sides of a change to or from summer time."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from intervisiewijzer.sessions.localtime import local_to_utc

MAX_SERIES_LENGTH = 52


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime


def series_dates(
    first: date, interval_weeks: int, *, count: int | None = None, until: date | None = None
) -> list[date]:
    """The dates of a series: `count` of them, or every date up to and including `until`."""
    step = timedelta(weeks=interval_weeks)
    if count is not None:
        return [first + step * number for number in range(count)]
    if until is None:
        raise ValueError("give either count or until")
    dates: list[date] = []
    day = first
    while day <= until:
        dates.append(day)
        day += step
    return dates


def series_length(first: date, interval_weeks: int, until: date) -> int:
    if until < first:
        return 0
    return (until - first).days // (7 * interval_weeks) + 1


def series_slots(dates: list[date], start: time, end: time) -> list[Slot]:
    """UTC start and end of each date's session; raises NonexistentLocalTimeError when a
    time falls in the hour skipped at the start of summer time."""
    return [Slot(local_to_utc(day, start), local_to_utc(day, end)) for day in dates]
