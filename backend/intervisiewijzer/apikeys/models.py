import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Index
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class ApiKeyKind(StrEnum):
    partner = "partner"  # a site that embeds the public group finder
    organisation = "organisation"  # a care provider's own system


class ApiKeyScope(StrEnum):
    finder_read = "finder:read"
    organisation_groups = "organisation:groups"  # the organisation's groups and memberships
    # Attendance of the organisation's own employees who consented; enforced once sessions
    # offer an endpoint for it.
    organisation_attendance = "organisation:attendance"


ALLOWED_SCOPES = {
    ApiKeyKind.partner: {ApiKeyScope.finder_read},
    ApiKeyKind.organisation: set(ApiKeyScope),
}
DEFAULT_SCOPES = {
    ApiKeyKind.partner: [ApiKeyScope.finder_read],
    ApiKeyKind.organisation: [ApiKeyScope.finder_read, ApiKeyScope.organisation_groups],
}


class ApiKeyStatus(StrEnum):
    active = "active"
    expired = "expired"
    revoked = "revoked"


class ApiKey(SQLModel, table=True):
    """A key for a partner site or an organisation's system. Only its sha256 hash is stored;
    the prefix (also part of the key) lets people tell keys apart."""

    __tablename__ = "api_key"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    name: str = Field(max_length=120)
    kind: ApiKeyKind = Field(sa_type=enum_column())
    prefix: str = Field(max_length=16, unique=True)
    key_hash: str = Field(max_length=64, unique=True)
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", ondelete="CASCADE", index=True
    )
    scopes: list[str] = Field(default_factory=list, sa_type=JSON)
    allowed_origins: list[str] = Field(default_factory=list, sa_type=JSON)
    rate_limit_per_minute: int = 120
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    @property
    def status(self) -> ApiKeyStatus:
        return self.status_at(utcnow())

    def status_at(self, moment: datetime) -> ApiKeyStatus:
        if self.revoked_at is not None:
            return ApiKeyStatus.revoked
        if self.expires_at is not None and self.expires_at <= moment:
            return ApiKeyStatus.expired
        return ApiKeyStatus.active

    def allows(self, scope: ApiKeyScope) -> bool:
        return scope in self.scopes


class ApiKeyUse(SQLModel, table=True):
    """One request made with a key: what was asked and how it ended. Never the key itself."""

    __tablename__ = "api_key_use"
    __table_args__ = (Index("ix_api_key_use_key_used_at", "api_key_id", "used_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    api_key_id: uuid.UUID = Field(foreign_key="api_key.id", ondelete="CASCADE")
    used_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    method: str = Field(max_length=10)
    path: str = Field(max_length=300)
    status_code: int
    origin: str | None = Field(default=None, max_length=255)
