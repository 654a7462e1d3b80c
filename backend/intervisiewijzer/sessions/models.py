import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class SessionStatus(StrEnum):
    planned = "planned"
    cancelled = "cancelled"
    held = "held"  # the attendance list has been recorded


class RsvpAnswer(StrEnum):
    present = "present"
    absent = "absent"


class AttendanceAction(StrEnum):
    marked_present = "marked_present"
    marked_absent = "marked_absent"  # taken off the list; an earlier confirmation lapses
    confirmed = "confirmed"


class GroupSession(SQLModel, table=True):
    """One meeting of a group. Named so it never shadows sqlmodel's Session."""

    __tablename__ = "group_session"
    __table_args__ = (Index("ix_group_session_group_starts", "group_id", "starts_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    group_id: uuid.UUID = Field(foreign_key="intervision_group.id", ondelete="CASCADE")
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    # Often someone's home ("bij Ans thuis"): for members of the group only, never public.
    location_text: str | None = Field(default=None, max_length=300)
    online_url: str | None = Field(default=None, max_length=500)
    method_id: uuid.UUID | None = Field(default=None, foreign_key="method.id", ondelete="SET NULL")
    facilitator_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
    case_bringer_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
    series_id: uuid.UUID | None = Field(default=None, index=True)
    status: SessionStatus = Field(default=SessionStatus.planned, sa_type=enum_column())
    cancel_reason: str | None = Field(default=None, max_length=500)
    notes: str = Field(default="", sa_type=Text)
    attendance_recorded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attendance_recorded_by_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SessionRsvp(SQLModel, table=True):
    """A member's answer to 'are you coming?'."""

    __tablename__ = "session_rsvp"

    session_id: uuid.UUID = Field(
        foreign_key="group_session.id", ondelete="CASCADE", primary_key=True
    )
    member_id: uuid.UUID = Field(
        foreign_key="member.id", ondelete="CASCADE", primary_key=True, index=True
    )
    answer: RsvpAnswer = Field(sa_type=enum_column())
    reason: str | None = Field(default=None, max_length=500)
    responded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Attendance(SQLModel, table=True):
    """A member on the attendance list (presentielijst) of a session: only those present
    have a row. The member confirms it themselves ('aftekenen')."""

    __table_args__ = (
        UniqueConstraint("session_id", "member_id"),
        # The evidence overview: a member's confirmed attendance, newest first.
        Index("ix_attendance_member_confirmed", "member_id", "confirmed_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="group_session.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE")
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AttendanceAudit(SQLModel, table=True):
    """Every change to an attendance list: who changed what for whom, and when."""

    __tablename__ = "attendance_audit"
    __table_args__ = (Index("ix_attendance_audit_session_at", "session_id", "at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="group_session.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE")
    actor_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    action: AttendanceAction = Field(sa_type=enum_column())
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CalendarFeed(SQLModel, table=True):
    """A member's personal iCalendar feed. Only a hash of the secret token is stored."""

    __tablename__ = "calendar_feed"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", unique=True)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
