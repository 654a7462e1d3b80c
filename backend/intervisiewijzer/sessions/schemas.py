import re
import uuid
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from intervisiewijzer.common import Page
from intervisiewijzer.groups.schemas import MethodRef
from intervisiewijzer.sessions.models import AttendanceAction, RsvpAnswer, SessionStatus
from intervisiewijzer.sessions.series import MAX_SERIES_LENGTH, series_length

MAX_SESSION_LENGTH = timedelta(hours=12)


def _aware_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("geef een tijdzone mee, bijvoorbeeld 2026-12-01T19:30:00+01:00")
    return value.astimezone(UTC)


def _wall_clock(value: time) -> time:
    if value.tzinfo is not None:
        raise ValueError("geef de tijd zonder tijdzone: het is altijd Nederlandse tijd")
    return value.replace(second=0, microsecond=0)


def _web_link(value: str) -> str:
    if not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", value):
        raise ValueError("gebruik een volledige link die begint met https://")
    return value


Moment = Annotated[
    datetime,
    AfterValidator(_aware_utc),
    Field(description="ISO 8601 met tijdzone; antwoorden zijn altijd in UTC"),
]
WallClock = Annotated[
    time, AfterValidator(_wall_clock), Field(description="Nederlandse tijd, bijvoorbeeld 19:30")
]
LocationText = Annotated[
    str,
    Field(
        max_length=300,
        description="Waar de groep samenkomt, bijvoorbeeld 'bij Ans thuis'. Alleen zichtbaar "
        "voor leden van de groep.",
    ),
]
OnlineUrl = Annotated[
    str, AfterValidator(_web_link), Field(max_length=500, description="Link naar de videocall")
]
MethodSlug = Annotated[str, Field(max_length=60, description="Slug van een methode")]
Notes = Annotated[str, Field(max_length=4000, description="Toelichting voor de groep")]
Reason = Annotated[str, Field(max_length=500)]


class SessionWhen(StrEnum):
    upcoming = "upcoming"  # not yet ended, soonest first
    past = "past"  # ended, most recent first
    all = "all"


class PersonRef(BaseModel):
    id: uuid.UUID
    full_name: str


class SessionGroup(BaseModel):
    id: uuid.UUID
    slug: str
    name: str


class ResponseCounts(BaseModel):
    present: int
    absent: int
    unanswered: int


class MyResponse(BaseModel):
    answer: RsvpAnswer
    reason: str | None
    responded_at: datetime


class MyAttendance(BaseModel):
    present: bool = Field(description="Staat de beller op de presentielijst?")
    confirmed_at: datetime | None = Field(description="Wanneer de beller zelf heeft afgetekend")


class SessionPublic(BaseModel):
    """A session as members of its group (and platform admins) see it."""

    id: uuid.UUID
    group: SessionGroup
    starts_at: datetime
    ends_at: datetime
    duration_minutes: int
    location_text: str | None
    online_url: str | None
    method: MethodRef | None
    facilitator: PersonRef | None
    case_bringer: PersonRef | None
    series_id: uuid.UUID | None
    status: SessionStatus
    cancel_reason: str | None
    notes: str
    attendance_recorded: bool
    response_counts: ResponseCounts
    my_response: MyResponse | None
    my_attendance: MyAttendance | None = Field(
        description="Leeg zolang de presentie niet is vastgelegd"
    )
    version: int
    created_at: datetime
    updated_at: datetime


class SessionPage(Page[SessionPublic]):
    pass


class _SessionDetails(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    location_text: LocationText | None = None
    online_url: OnlineUrl | None = None
    method: MethodSlug | None = None
    facilitator_id: uuid.UUID | None = Field(
        default=None, description="Leidt de bijeenkomst; moet lid van de groep zijn"
    )
    notes: Notes = ""


class SessionCreate(_SessionDetails):
    starts_at: Moment
    ends_at: Moment
    case_bringer_id: uuid.UUID | None = Field(
        default=None, description="Brengt de casus in; moet lid van de groep zijn"
    )

    @model_validator(mode="after")
    def sensible_times(self) -> Self:
        problem = time_problem(self.starts_at, self.ends_at)
        if problem:
            raise ValueError(problem)
        return self


class SeriesCreate(_SessionDetails):
    first_date: date = Field(description="Datum van de eerste bijeenkomst")
    start_time: WallClock
    end_time: WallClock
    interval_weeks: int = Field(ge=1, le=26, description="Om de hoeveel weken")
    count: int | None = Field(default=None, ge=1, le=MAX_SERIES_LENGTH)
    until: date | None = Field(default=None, description="Laatste mogelijke datum (inclusief)")

    @model_validator(mode="after")
    def count_or_until(self) -> Self:
        if self.end_time <= self.start_time:
            raise ValueError("de eindtijd ligt niet na de begintijd")
        if (self.count is None) == (self.until is None):
            raise ValueError("vul een aantal bijeenkomsten of een einddatum in (niet allebei)")
        if self.until is not None:
            length = series_length(self.first_date, self.interval_weeks, self.until)
            if length == 0:
                raise ValueError("de einddatum ligt voor de eerste datum")
            if length > MAX_SERIES_LENGTH:
                raise ValueError(f"een reeks heeft hoogstens {MAX_SERIES_LENGTH} bijeenkomsten")
        return self


class SeriesPublic(BaseModel):
    series_id: uuid.UUID
    sessions: list[SessionPublic]


class SessionUpdate(BaseModel):
    """Only the fields sent change; send null to clear an optional field."""

    model_config = ConfigDict(str_strip_whitespace=True)

    starts_at: Moment | None = None
    ends_at: Moment | None = None
    location_text: LocationText | None = None
    online_url: OnlineUrl | None = None
    method: MethodSlug | None = None
    facilitator_id: uuid.UUID | None = None
    case_bringer_id: uuid.UUID | None = None
    notes: Notes | None = None


class Cancellation(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    reason: Reason | None = Field(default=None, description="Zichtbaar voor de groep")


class RsvpUpdate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    answer: RsvpAnswer
    reason: Reason | None = Field(
        default=None,
        description="Bij afmelden: de reden. Alleen de coördinatoren en de facilitator zien die.",
    )


class RsvpPublic(BaseModel):
    member: PersonRef
    answer: RsvpAnswer
    reason: str | None = Field(description="Alleen voor coördinatoren, facilitator en jezelf")
    responded_at: datetime


class SessionResponses(BaseModel):
    """Who comes: current members of the group by their answer."""

    present: list[RsvpPublic]
    absent: list[RsvpPublic]
    unanswered: list[PersonRef]


class AttendanceUpdate(BaseModel):
    present_member_ids: list[uuid.UUID] = Field(
        max_length=100, description="Iedereen die aanwezig was; wie ontbreekt, telt als afwezig"
    )


class AttendanceEntry(BaseModel):
    member: PersonRef
    present: bool
    confirmed_at: datetime | None = Field(description="Wanneer dit lid zelf heeft afgetekend")
    rsvp: RsvpAnswer | None = Field(description="Wat dit lid vooraf had laten weten")


class AttendanceList(BaseModel):
    """The presentielijst: everyone marked present, then the other members of the group."""

    session_id: uuid.UUID
    recorded: bool
    recorded_at: datetime | None
    recorded_by: PersonRef | None
    present_count: int
    confirmed_count: int
    entries: list[AttendanceEntry]


class AttendanceAuditEntry(BaseModel):
    at: datetime
    action: AttendanceAction
    member: PersonRef
    actor: PersonRef | None = Field(
        description="Wie de wijziging deed; leeg als het account weg is"
    )


class AttendanceAuditPage(Page[AttendanceAuditEntry]):
    pass


class CalendarFeedCreated(BaseModel):
    url: str = Field(description="Geheime link; wordt maar één keer getoond")
    webcal_url: str = Field(description="Dezelfde link voor agenda-apps (webcal://)")
    created_at: datetime


class CalendarFeedStatus(BaseModel):
    active: bool
    created_at: datetime | None


def time_problem(starts_at: datetime, ends_at: datetime) -> str | None:
    """What is wrong with these times, in Dutch, or None."""
    if ends_at <= starts_at:
        return "het einde ligt niet na het begin"
    if ends_at - starts_at > MAX_SESSION_LENGTH:
        return "een bijeenkomst duurt hoogstens 12 uur"
    return None
