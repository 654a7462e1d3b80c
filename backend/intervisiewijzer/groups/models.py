import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text, func, literal_column
from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class GroupMode(StrEnum):
    in_person = "in_person"
    online = "online"
    hybrid = "hybrid"


class FacilitatorType(StrEnum):
    trained = "trained"
    peer = "peer"
    none = "none"


class GroupLifecycle(StrEnum):
    """What a coordinator sets; 'full' is derived from the member count."""

    forming = "forming"
    open = "open"
    closed = "closed"


class Weekday(StrEnum):
    monday = "monday"
    tuesday = "tuesday"
    wednesday = "wednesday"
    thursday = "thursday"
    friday = "friday"
    saturday = "saturday"
    sunday = "sunday"


class Daypart(StrEnum):
    morning = "morning"
    afternoon = "afternoon"
    evening = "evening"


class GroupRole(StrEnum):
    coordinator = "coordinator"
    facilitator = "facilitator"
    member = "member"


class Group(SQLModel, table=True):
    __tablename__ = "intervision_group"
    __table_args__ = (
        Index("ix_intervision_group_lat_lon", "lat", "lon"),
        # A unique index, not a constraint: SQLite adds it without rebuilding the table.
        Index(
            "uq_intervision_group_organisation_external_id",
            "organisation_id",
            "external_id",
            unique=True,
        ),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(max_length=120, unique=True)
    name: str = Field(max_length=120)
    description: str = Field(default="", sa_type=Text)
    mode: GroupMode = Field(sa_type=enum_column(), index=True)
    province: str | None = Field(default=None, max_length=20, index=True)
    # Place-level only: the centre of the place, never a home address.
    place: str | None = Field(default=None, max_length=80)
    lat: float | None = None
    lon: float | None = None
    meetings_per_year: int = 6
    weekday: Weekday | None = Field(default=None, sa_type=enum_column())
    daypart: Daypart | None = Field(default=None, sa_type=enum_column())
    session_minutes: int = 120
    size_min: int = 5
    size_max: int = 8
    facilitator_type: FacilitatorType = Field(sa_type=enum_column(), index=True)
    identity: str | None = Field(default=None, max_length=40, index=True)
    language: str = Field(default="nl", max_length=8)
    accepts_skj: bool = True
    accepts_registerplein: bool = False
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", ondelete="SET NULL", index=True
    )
    lifecycle: GroupLifecycle = Field(
        default=GroupLifecycle.open, sa_type=enum_column(), index=True
    )
    # The group's id in an organisation's own system, for imports; not shown publicly.
    external_id: str | None = Field(default=None, max_length=80)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# The finder's text search (`q`) matches lower(...) LIKE '%word%' on these three. On
# PostgreSQL, trigram indexes (pg_trgm) answer that without reading every group; migration
# 0011 creates them there only. SQLite has no such index type and scans the table.
TEXT_SEARCH_INDEXES = tuple(
    Index(
        f"ix_intervision_group_{label}_trgm",
        func.lower(expression).label(label),
        postgresql_using="gin",
        postgresql_ops={label: "gin_trgm_ops"},
    )
    for label, expression in (
        ("name", Group.__table__.c.name),  # type: ignore[attr-defined]
        ("description", Group.__table__.c.description),  # type: ignore[attr-defined]
        ("place", func.coalesce(Group.__table__.c.place, literal_column("''"))),  # type: ignore[attr-defined]
    )
)


class Membership(SQLModel, table=True):
    """A member's place in a group; the group role lives here, not on the member."""

    __table_args__ = (UniqueConstraint("group_id", "member_id"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    group_id: uuid.UUID = Field(foreign_key="intervision_group.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    role: GroupRole = Field(default=GroupRole.member, sa_type=enum_column())
    joined_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class GroupMethod(SQLModel, table=True):
    __tablename__ = "group_method"

    group_id: uuid.UUID = Field(
        foreign_key="intervision_group.id", ondelete="CASCADE", primary_key=True
    )
    method_id: uuid.UUID = Field(
        foreign_key="method.id", ondelete="CASCADE", primary_key=True, index=True
    )


class GroupAudience(SQLModel, table=True):
    """Who a group is for: an employment form, or 'jeugdzorgwerker'."""

    __tablename__ = "group_audience"

    group_id: uuid.UUID = Field(
        foreign_key="intervision_group.id", ondelete="CASCADE", primary_key=True
    )
    audience: str = Field(max_length=40, primary_key=True, index=True)
