"""The audit log of exports and account deletions: who did what, when, to which ids. Never any
content: no case text, no free text, no names. Case reads and changes have their own trail
(cases.models.CaseAccessLog); the admin view shows both together."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class AuditKind(StrEnum):
    data_export = "data_export"  # a member downloaded all data about them (AVG)
    evidence_pdf = "evidence_pdf"
    evidence_csv = "evidence_csv"
    attendance_pdf = "attendance_pdf"  # target: the session
    research_csv = "research_csv"
    group_export = "group_export"  # target: the API key, when a key exported
    account_deleted = "account_deleted"  # target: the (now anonymised) member


class AuditEvent(SQLModel, table=True):
    """One audited action. No foreign keys besides the actor: the trail outlives groups,
    sessions and keys it mentions; a deleted actor stays as the anonymised member's id."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_kind_created", "kind", "created_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: AuditKind = Field(sa_type=enum_column(40))
    actor_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL", index=True
    )
    group_id: uuid.UUID | None = None
    target_id: uuid.UUID | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
