import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class EmailStatus(StrEnum):
    pending = "pending"
    sent = "sent"
    failed = "failed"


class OutboxEmail(SQLModel, table=True):
    """An email waiting to be sent (or sent). Written in the same transaction as the change
    that caused it, so nothing is lost while the mail server is down."""

    __tablename__ = "outbox_email"
    __table_args__ = (Index("ix_outbox_email_status_next_attempt", "status", "next_attempt_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    to_address: str = Field(max_length=254)
    subject: str = Field(max_length=200)
    body: str = Field(sa_type=Text)
    status: EmailStatus = Field(default=EmailStatus.pending, sa_type=enum_column())
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # An error class and code only: never server replies that could echo credentials.
    last_error: str | None = Field(default=None, max_length=300)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
