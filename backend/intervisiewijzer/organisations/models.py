import uuid
from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class OrganisationKind(StrEnum):
    zorgaanbieder = "zorgaanbieder"
    franchiseorganisatie = "franchiseorganisatie"


class OrganisationRole(StrEnum):
    admin = "admin"
    employee = "employee"


class Organisation(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    name: str = Field(max_length=160, unique=True)
    kind: OrganisationKind = Field(sa_type=enum_column())
    website: str | None = Field(default=None, max_length=255)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OrganisationMember(SQLModel, table=True):
    """Links a member to a care provider or franchise organisation, as admin or employee."""

    __tablename__ = "organisation_member"
    __table_args__ = (UniqueConstraint("organisation_id", "member_id"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    role: OrganisationRole = Field(sa_type=enum_column())
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
