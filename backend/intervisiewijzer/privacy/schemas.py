import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from intervisiewijzer.common import Page


class AccountDeletion(BaseModel):
    password: str = Field(min_length=1, max_length=128, description="Het huidige wachtwoord")


class AuditLogKind(StrEnum):
    """Audit events and case access (from the case access log) in one list."""

    data_export = "data_export"
    evidence_pdf = "evidence_pdf"
    evidence_csv = "evidence_csv"
    attendance_pdf = "attendance_pdf"
    research_csv = "research_csv"
    group_export = "group_export"
    account_deleted = "account_deleted"
    case_read = "case_read"
    case_create = "case_create"
    case_update = "case_update"
    case_delete = "case_delete"
    case_purge = "case_purge"


class AuditLogEntry(BaseModel):
    """Who did what and when, by ids; the actor's and group's current names for reading.
    Never any case text or free text."""

    id: uuid.UUID
    kind: AuditLogKind
    at: datetime
    actor_id: uuid.UUID | None
    actor_name: str | None
    group_id: uuid.UUID | None
    group_name: str | None
    target_id: uuid.UUID | None = Field(
        description="The case (case_*), session (attendance_pdf), API key (group_export) or "
        "member (data_export, account_deleted) concerned"
    )


AuditLogPage = Page[AuditLogEntry]
