import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text, text
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class JoinRequestStatus(StrEnum):
    pending = "pending"  # there is room; the coordinator decides
    waitlisted = "waitlisted"  # the group was full; waiting in line
    offered = "offered"  # a spot opened for this person; they confirm to join
    accepted = "accepted"
    declined = "declined"
    withdrawn = "withdrawn"


OPEN_STATUSES = (
    JoinRequestStatus.pending,
    JoinRequestStatus.waitlisted,
    JoinRequestStatus.offered,
)
_OPEN_SQL = "status IN ('pending', 'waitlisted', 'offered')"


class JoinRequest(SQLModel, table=True):
    __tablename__ = "join_request"
    __table_args__ = (
        Index("ix_join_request_group_status", "group_id", "status"),
        # One open request per person per group, also under concurrent clicks.
        Index(
            "uq_join_request_open",
            "group_id",
            "member_id",
            unique=True,
            sqlite_where=text(_OPEN_SQL),
            postgresql_where=text(_OPEN_SQL),
        ),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    group_id: uuid.UUID = Field(foreign_key="intervision_group.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    motivation: str = Field(default="", sa_type=Text)
    status: JoinRequestStatus = Field(sa_type=enum_column())
    response_message: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    offered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
