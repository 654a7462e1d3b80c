import uuid
from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisiewijzer.common import UTCDateTime, new_id, utcnow


class IdempotencyRecord(SQLModel, table=True):
    """The answer to a write sent with an Idempotency-Key, so a repeat gets the same answer
    instead of a second write. Kept for a day (settings.idempotency_hours)."""

    __tablename__ = "idempotency_record"
    __table_args__ = (UniqueConstraint("caller", "key"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    caller: str = Field(max_length=80, description="member:<id> or api_key:<id>")
    key: str = Field(max_length=255)
    request_hash: str = Field(max_length=64)
    status_code: int
    response_body: str = Field(sa_type=Text)
    response_headers: str = Field(default="{}", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)
