"""Dutch local time: the database and API speak UTC, people plan and read Europe/Amsterdam."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


class NonexistentLocalTimeError(ValueError):
    """The clock skips this time when summer time starts (e.g. 02:30 on the last Sunday of
    March)."""


def local_to_utc(day: date, at: time) -> datetime:
    """A wall-clock time in the Netherlands on `day`, as an aware UTC datetime."""
    wall_clock = datetime.combine(day, at.replace(tzinfo=None))
    moment = wall_clock.replace(tzinfo=AMSTERDAM).astimezone(UTC)
    if to_local(moment).replace(tzinfo=None) != wall_clock:
        raise NonexistentLocalTimeError(
            f"{format_time(wall_clock)} bestaat niet op {format_date(day)}: de klok gaat dan "
            "een uur vooruit"
        )
    return moment


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(AMSTERDAM)


def local_today(now: datetime | None = None) -> date:
    return to_local(now or datetime.now(UTC)).date()


def start_of_local_day(day: date) -> datetime:
    """Midnight at the start of `day` in the Netherlands, in UTC."""
    return datetime.combine(day, time(0), tzinfo=AMSTERDAM).astimezone(UTC)


def years_before(day: date, years: int) -> date:
    """The same calendar date `years` earlier; 29 February falls back to the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def minutes_between(start: datetime, end: datetime) -> int:
    return int((end - start) / timedelta(minutes=1))


def format_date(day: date | datetime) -> str:
    """'1 december 2026'; datetimes are shown on their Dutch local date."""
    day = _local_date(day)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_long_date(day: date | datetime) -> str:
    """'dinsdag 1 december 2026'."""
    day = _local_date(day)
    return f"{_WEEKDAYS[day.weekday()]} {format_date(day)}"


def format_short_date(day: date | datetime) -> str:
    """'01-12-2026', the usual Dutch numeric date."""
    return _local_date(day).strftime("%d-%m-%Y")


def format_time(moment: datetime) -> str:
    """'19:30' in Dutch local time."""
    return (to_local(moment) if moment.tzinfo else moment).strftime("%H:%M")


def format_timestamp(moment: datetime) -> str:
    """'01-12-2026 21:45' in Dutch local time."""
    return f"{format_short_date(moment)} {format_time(moment)}"


def _local_date(day: date | datetime) -> date:
    if isinstance(day, datetime):
        return to_local(day).date() if day.tzinfo else day.date()
    return day
