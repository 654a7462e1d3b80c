import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, HttpUrl, model_validator

from intervisiewijzer.events.models import (
    ROOM_SIZE_DEFAULT,
    ROOM_SIZE_LIMIT,
    EventStatus,
    RegistrationStatus,
)
from intervisiewijzer.events.rooms import Constraint
from intervisiewijzer.members.models import MemberKind

Theme = Annotated[
    str,
    Field(min_length=2, max_length=80, description="Thema, bijv. 'Traumasensitief werken'"),
]
Title = Annotated[str, Field(min_length=3, max_length=160)]
Description = Annotated[str, Field(max_length=8000)]
ExpertName = Annotated[
    str, Field(min_length=2, max_length=120, description="Wie het plenaire deel verzorgt")
]
Capacity = Annotated[
    int, Field(ge=1, le=5000, description="Zoveel plaatsen; daarna komt men op de wachtlijst")
]
RoomSizeMax = Annotated[
    int,
    Field(
        ge=2,
        le=ROOM_SIZE_LIMIT,
        description="Hoogstens zoveel deelnemers per breakoutkamer (de coach niet meegeteld)",
    ),
]
PlenaryUrl = Annotated[
    HttpUrl, Field(description="Videolink van het plenaire deel; alleen aangemelden zien hem")
]
HouseholdCode = Annotated[
    str,
    Field(
        min_length=2,
        max_length=40,
        pattern=r"^[\w\- ]+$",
        description=(
            "Optioneel. Melden jij en je partner of huisgenoot uit hetzelfde gezinshuis zich "
            "allebei aan? Spreek samen een korte code af (bijv. 'gezinshuis-de-linde') en vul "
            "die allebei in: wie dezelfde code heeft, komt zo mogelijk in verschillende "
            "breakoutkamers. Hoofdletters en spaties aan het begin of eind tellen niet."
        ),
    ),
]


class _TimesCheck(BaseModel):
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    registration_closes_at: AwareDatetime | None = None

    @model_validator(mode="after")
    def times_in_order(self) -> Self:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValueError("de bijeenkomst moet eindigen na het begin")
        if (
            self.starts_at
            and self.registration_closes_at
            and self.registration_closes_at > self.starts_at
        ):
            raise ValueError("de aanmelding moet uiterlijk bij het begin sluiten")
        return self


class EventCreate(_TimesCheck):
    model_config = ConfigDict(str_strip_whitespace=True)

    theme: Theme
    title: Title
    description: Description = ""
    expert_name: ExpertName
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    plenary_url: PlenaryUrl | None = None
    capacity: Capacity
    room_size_max: RoomSizeMax = ROOM_SIZE_DEFAULT
    registration_closes_at: Annotated[
        AwareDatetime | None,
        Field(description="Tot wanneer men zich kan aanmelden; leeg = tot het begin"),
    ] = None
    status: EventStatus = EventStatus.draft
    coach_ids: Annotated[
        list[uuid.UUID], Field(max_length=500, description="Leden die als coach meedoen")
    ] = []


class EventUpdate(_TimesCheck):
    """Only the fields sent are changed. `status` publishes or cancels the event."""

    model_config = ConfigDict(str_strip_whitespace=True)

    theme: Theme | None = None
    title: Title | None = None
    description: Description | None = None
    expert_name: ExpertName | None = None
    plenary_url: PlenaryUrl | None = None
    capacity: Capacity | None = None
    room_size_max: RoomSizeMax | None = None
    status: EventStatus | None = None


class EventPublic(BaseModel):
    """What anyone may see of an event: no video links, no names of participants."""

    id: uuid.UUID
    theme: str
    title: str
    description: str
    expert_name: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    room_size_max: int
    registration_closes_at: datetime
    registration_open: bool
    status: EventStatus
    registered_count: int
    waitlist_count: int
    spots_left: int
    rooms_assigned: bool


class CoachRef(BaseModel):
    member_id: uuid.UUID
    full_name: str
    kind: MemberKind
    room_number: int | None = Field(description="De kamer die deze coach leidt; leeg = reserve")


class EventAdmin(EventPublic):
    """An event as platform admins see it."""

    plenary_url: str | None
    coaches: list[CoachRef]
    attended_count: int
    rooms_assigned_at: datetime | None
    created_at: datetime
    updated_at: datetime


class CoachAdd(BaseModel):
    member_id: uuid.UUID


class CoachCandidate(BaseModel):
    id: uuid.UUID
    full_name: str
    email: str
    kind: MemberKind


class RegistrationCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    household_code: HouseholdCode | None = None


class RoomCoach(BaseModel):
    member_id: uuid.UUID
    full_name: str


class MyRoom(BaseModel):
    number: int
    video_url: str
    coach: RoomCoach | None


class MyRegistration(BaseModel):
    """One's own registration. Video links only while one is registered (not waitlisted)."""

    id: uuid.UUID
    event_id: uuid.UUID
    status: RegistrationStatus
    waitlist_position: int | None = Field(description="Plaats op de wachtlijst (1 = eerste)")
    household_code: str | None
    registered_at: datetime
    plenary_url: str | None
    room: MyRoom | None = Field(description="Leeg zolang de kamers niet zijn ingedeeld")
    attended: bool | None


class EventRole(StrEnum):
    participant = "participant"
    coach = "coach"


class MyEvent(BaseModel):
    event: EventPublic
    role: EventRole
    registration: MyRegistration | None = Field(description="Alleen als deelnemer")
    coached_rooms: list[MyRoom] = Field(description="Alleen als coach: de kamers die je leidt")


class RegistrationForAdmin(BaseModel):
    id: uuid.UUID
    member_id: uuid.UUID
    full_name: str
    email: str
    kind: MemberKind
    years_experience: int | None
    experienced: bool
    status: RegistrationStatus
    waitlist_position: int | None
    household_code: str | None
    room_number: int | None
    attended: bool | None
    registered_at: datetime
    cancelled_at: datetime | None


class RoomParticipant(BaseModel):
    registration_id: uuid.UUID
    member_id: uuid.UUID
    full_name: str
    kind: MemberKind
    experienced: bool = Field(
        description="Ervaren (2 jaar of langer, of onbekend) of starter (korter dan 2 jaar)"
    )
    attended: bool | None


class RoomView(BaseModel):
    number: int
    video_url: str
    coach: RoomCoach | None
    size: int
    participants: list[RoomParticipant]


class ConstraintScore(BaseModel):
    constraint: Constraint
    label: str = Field(description="Nederlandse omschrijving van de eis")
    hard: bool = Field(description="Harde eis (moet) of wens (zo goed als het kan)")
    value: int = Field(
        description="Bereikt: een verschil tussen kamers, of een aantal paren in één kamer"
    )
    best_possible: int = Field(
        description="Het beste dat de aantallen toelaten (voor paren: een ondergrens)"
    )
    met: bool


class AssignmentReportPublic(BaseModel):
    participants: int
    rooms: int
    unplaced: int = Field(description="Aangemelden zonder kamer (bijv. alle kamers vol)")
    spare_coaches: int
    hard_constraints_met: bool
    scores: list[ConstraintScore]


class RoomOverview(BaseModel):
    """Rooms of an event. Admins see all rooms, the report and who is not placed; a coach sees
    only the rooms they lead."""

    event_id: uuid.UUID
    room_size_max: int
    rooms_assigned_at: datetime | None
    rooms: list[RoomView]
    unplaced: list[RoomParticipant]
    spare_coaches: list[RoomCoach]
    report: AssignmentReportPublic | None


class RoomMove(BaseModel):
    registration_id: uuid.UUID
    room_number: Annotated[int, Field(ge=1, le=1000)]


class AttendanceEntry(BaseModel):
    registration_id: uuid.UUID
    attended: bool


class AttendanceUpdate(BaseModel):
    records: Annotated[list[AttendanceEntry], Field(min_length=1, max_length=5000)]


class AttendanceRecord(BaseModel):
    registration_id: uuid.UUID
    member_id: uuid.UUID
    full_name: str
    attended: bool | None
    recorded_at: datetime | None
