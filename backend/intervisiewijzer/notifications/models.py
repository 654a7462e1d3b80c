import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class NotificationKind(StrEnum):
    join_request_received = "join_request_received"
    join_request_answered = "join_request_answered"
    waitlist_spot_offered = "waitlist_spot_offered"
    session_planned = "session_planned"
    session_changed = "session_changed"
    session_reminder = "session_reminder"
    evaluation_waiting = "evaluation_waiting"
    contract_published = "contract_published"


class Notification(SQLModel, table=True):
    """A message in a member's in-app inbox."""

    __table_args__ = (Index("ix_notification_member_created", "member_id", "created_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE")
    kind: NotificationKind = Field(sa_type=enum_column(40))
    title: str = Field(max_length=200)
    body: str = Field(sa_type=Text)
    link: str | None = Field(default=None, max_length=300, description="Path in the web app")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class NotificationPreference(SQLModel, table=True):
    """A member's choice for one kind; no row means the default (everything on)."""

    __tablename__ = "notification_preference"

    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", primary_key=True)
    kind: NotificationKind = Field(sa_type=enum_column(40), primary_key=True)
    in_app: bool = True
    email: bool = True


class SessionReminder(SQLModel, table=True):
    """Reminders already queued for a meeting at a given start time. A moved meeting gets a
    new reminder. No foreign key: meetings live in the sessions package."""

    __tablename__ = "session_reminder"

    session_id: uuid.UUID = Field(primary_key=True)
    starts_at: datetime = Field(sa_type=UTCDateTime, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
