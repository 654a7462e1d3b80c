"""The group contract: the group's written agreements on attendance, confidentiality, how
feedback is given and which cases are brought in. Coordinators draft a version and publish
it; every member agrees to the current version, and a new version asks for agreement anew."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Text
from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class ContractStatus(StrEnum):
    draft = "draft"  # being written by a coordinator; members do not see it yet
    published = "published"  # a version the members agree to; never changed afterwards


class GroupContract(SQLModel, table=True):
    __tablename__ = "group_contract"
    __table_args__ = (UniqueConstraint("group_id", "version"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    group_id: uuid.UUID = Field(foreign_key="intervision_group.id", ondelete="CASCADE")
    version: int
    status: ContractStatus = Field(default=ContractStatus.draft, sa_type=enum_column())
    attendance: str = Field(sa_type=Text)
    confidentiality: str = Field(sa_type=Text)
    feedback: str = Field(sa_type=Text)
    which_cases: str = Field(sa_type=Text)
    created_by_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ContractAgreement(SQLModel, table=True):
    """A member agreed to one version of their group's contract."""

    __tablename__ = "contract_agreement"

    contract_id: uuid.UUID = Field(
        foreign_key="group_contract.id", ondelete="CASCADE", primary_key=True
    )
    member_id: uuid.UUID = Field(
        foreign_key="member.id", ondelete="CASCADE", primary_key=True, index=True
    )
    agreed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
