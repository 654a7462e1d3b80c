import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class FollowUpStatus(StrEnum):
    open = "open"
    done = "done"


class CaseAccessAction(StrEnum):
    read = "read"
    create = "create"
    update = "update"
    delete = "delete"
    purge = "purge"  # deleted by the retention job, not by a person


class Topic(SQLModel, table=True):
    """A topic from the curated list (afstand en nabijheid, rouw, ...); admins extend it and
    switch topics off, never delete them."""

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(max_length=60, unique=True)
    name: str = Field(max_length=80)
    active: bool = True
    position: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Case(SQLModel, table=True):
    """A case brought to a session (casusinbrengformulier). Every free-text field, the case
    bringer's insights included, is in `content_encrypted`: one Fernet token of a JSON object.
    Only ids, tags and timestamps are plain."""

    __tablename__ = "intervision_case"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="group_session.id", ondelete="CASCADE", index=True)
    group_id: uuid.UUID = Field(foreign_key="intervision_group.id", ondelete="CASCADE", index=True)
    case_bringer_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    content_encrypted: str = Field(sa_type=Text)
    anonymised_confirmed_at: datetime = Field(sa_type=UTCDateTime)
    outcome_recorded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CaseTopic(SQLModel, table=True):
    __tablename__ = "case_topic"

    case_id: uuid.UUID = Field(
        foreign_key="intervision_case.id", ondelete="CASCADE", primary_key=True
    )
    topic_id: uuid.UUID = Field(foreign_key="topic.id", primary_key=True, index=True)


class CaseFollowUp(SQLModel, table=True):
    """One item of the case bringer's action plan; its text is encrypted, its status plain so
    the next session can list what is still open."""

    __tablename__ = "case_follow_up"
    __table_args__ = (Index("ix_case_follow_up_case_position", "case_id", "position"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    case_id: uuid.UUID = Field(foreign_key="intervision_case.id", ondelete="CASCADE")
    position: int = 0
    text_encrypted: str = Field(sa_type=Text)
    status: FollowUpStatus = Field(default=FollowUpStatus.open, sa_type=enum_column())
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CaseAccessLog(SQLModel, table=True):
    """Who read or changed which case, and when; never any text. No foreign key to the case:
    the trail outlives the case it describes."""

    __tablename__ = "case_access_log"
    __table_args__ = (
        Index("ix_case_access_log_at", "at"),
        Index("ix_case_access_log_case_member_at", "case_id", "member_id", "at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    case_id: uuid.UUID
    member_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL", index=True
    )
    action: CaseAccessAction = Field(sa_type=enum_column())
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class TopicUsage(SQLModel, table=True):
    """A topic tag of a case that no longer exists (purged or deleted after its session), kept
    for the national topic overview. One row per case and topic; no case, no person."""

    __tablename__ = "topic_usage"
    __table_args__ = (Index("ix_topic_usage_topic_year", "topic_id", "year"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    topic_id: uuid.UUID = Field(foreign_key="topic.id")
    group_id: uuid.UUID | None = Field(
        default=None, foreign_key="intervision_group.id", ondelete="SET NULL", index=True
    )
    year: int = Field(description="Year of the session (Dutch time)")
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
