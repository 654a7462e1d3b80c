"""Evaluations: a member's short evaluation after each session, and a yearly group and
process evaluation. Each row belongs to its respondent only; others see aggregates of at least
`research_min_cell_size` answers.

The group's set-up at the time of answering (facilitator type, mode, planned frequency) is
copied onto the row, so research compares groups as they were, not as they are now."""

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, SmallInteger, Text
from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow
from intervisiewijzer.groups.models import FacilitatorType, GroupMode


def _scale(name: str, top: int = 5) -> CheckConstraint:
    return CheckConstraint(f"{name} BETWEEN 1 AND {top}", name=f"{name}_scale")


class SessionEvaluation(SQLModel, table=True):
    """One member's evaluation of one session they attended."""

    __tablename__ = "session_evaluation"
    __table_args__ = (
        UniqueConstraint("session_id", "member_id"),
        # Research reads final evaluations by the date of their session.
        Index("ix_session_evaluation_held_on", "held_on"),
        _scale("safety"),
        _scale("structure"),
        _scale("preparation"),
        _scale("facilitator"),
        _scale("everyone_heard"),
        _scale("depth_level", 3),
        _scale("learned"),
        _scale("will_do_differently"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="group_session.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    safety: int = Field(sa_type=SmallInteger)
    structure: int = Field(sa_type=SmallInteger)
    preparation: int = Field(sa_type=SmallInteger)
    facilitator: int | None = Field(default=None, sa_type=SmallInteger)
    everyone_heard: int = Field(sa_type=SmallInteger)
    depth_level: int = Field(sa_type=SmallInteger)
    learned: int = Field(sa_type=SmallInteger)
    will_do_differently: int = Field(sa_type=SmallInteger)
    free_text: str | None = Field(default=None, sa_type=Text)
    share_free_text_with_facilitator: bool = False
    # The group and session as they were when this was answered (see the module docstring).
    facilitator_type: FacilitatorType = Field(sa_type=enum_column())
    mode: GroupMode = Field(sa_type=enum_column())
    meetings_per_year: int
    held_on: date = Field(description="Dutch local date of the session")
    submitted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class GroupEvaluation(SQLModel, table=True):
    """One member's yearly evaluation of the group (functioning, balance, agreements) and of
    the process (methods, frequency, organisation)."""

    __tablename__ = "group_evaluation"
    __table_args__ = (
        UniqueConstraint("group_id", "year", "member_id"),
        Index("ix_group_evaluation_year", "year"),
        _scale("functioning"),
        _scale("balance"),
        _scale("methods"),
        _scale("agreements_kept"),
        _scale("frequency"),
        _scale("organisation"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    group_id: uuid.UUID = Field(foreign_key="intervision_group.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    year: int
    functioning: int = Field(sa_type=SmallInteger)
    balance: int = Field(sa_type=SmallInteger)
    methods: int = Field(sa_type=SmallInteger)
    agreements_kept: int = Field(sa_type=SmallInteger)
    frequency: int = Field(sa_type=SmallInteger)
    organisation: int = Field(sa_type=SmallInteger)
    free_text: str | None = Field(default=None, sa_type=Text)
    share_free_text_with_facilitator: bool = False
    facilitator_type: FacilitatorType = Field(sa_type=enum_column())
    mode: GroupMode = Field(sa_type=enum_column())
    meetings_per_year: int
    submitted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
