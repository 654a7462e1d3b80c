import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow

ROOM_SIZE_DEFAULT = 8
ROOM_SIZE_LIMIT = 10
# Fewer years than this counts as a starter when rooms are mixed.
STARTER_BELOW_YEARS = 2


class EventStatus(StrEnum):
    draft = "draft"
    published = "published"
    cancelled = "cancelled"


class RegistrationStatus(StrEnum):
    registered = "registered"
    waitlisted = "waitlisted"
    cancelled = "cancelled"


ACTIVE_REGISTRATION = (RegistrationStatus.registered, RegistrationStatus.waitlisted)


class Event(SQLModel, table=True):
    """A thematic online meeting: a plenary talk by an expert, then coached breakout rooms."""

    __table_args__ = (Index("ix_event_status_starts_at", "status", "starts_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    theme: str = Field(max_length=80)
    title: str = Field(max_length=160)
    description: str = Field(default="", sa_type=Text)
    expert_name: str = Field(max_length=120)
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    plenary_url: str | None = Field(default=None, max_length=500)
    capacity: int
    room_size_max: int = ROOM_SIZE_DEFAULT
    registration_closes_at: datetime = Field(sa_type=UTCDateTime)
    status: EventStatus = Field(default=EventStatus.draft, sa_type=enum_column())
    # Set by the first room assignment; from then on late registrations get a room directly.
    rooms_assigned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EventCoach(SQLModel, table=True):
    __tablename__ = "event_coach"

    event_id: uuid.UUID = Field(foreign_key="event.id", ondelete="CASCADE", primary_key=True)
    member_id: uuid.UUID = Field(
        foreign_key="member.id", ondelete="CASCADE", primary_key=True, index=True
    )
    added_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EventRoom(SQLModel, table=True):
    """A breakout room. Its video link is made once and kept when rooms are reassigned."""

    __tablename__ = "event_room"
    __table_args__ = (UniqueConstraint("event_id", "number"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    event_id: uuid.UUID = Field(foreign_key="event.id", ondelete="CASCADE")
    number: int
    coach_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL", index=True
    )
    video_url: str = Field(max_length=500)


class EventRegistration(SQLModel, table=True):
    __tablename__ = "event_registration"
    # One row per person per event: registering again after cancelling reuses it.
    __table_args__ = (
        UniqueConstraint("event_id", "member_id"),
        Index("ix_event_registration_event_status", "event_id", "status"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    event_id: uuid.UUID = Field(foreign_key="event.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    status: RegistrationStatus = Field(sa_type=enum_column())
    household_code: str | None = Field(default=None, max_length=40)
    room_id: uuid.UUID | None = Field(
        default=None, foreign_key="event_room.id", ondelete="SET NULL", index=True
    )
    registered_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # None until an admin or the coach records attendance after the event.
    attended: bool | None = None
    attendance_recorded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attendance_recorded_by: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
