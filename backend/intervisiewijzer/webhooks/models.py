import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Index
from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class WebhookEvent(StrEnum):
    group_changed = "group.changed"
    join_request_created = "join_request.created"
    join_request_decided = "join_request.decided"
    session_planned = "session.planned"
    attendance_confirmed = "attendance.confirmed"


PING_EVENT = "ping"  # a test delivery, sent whatever events a subscription chose


class DeliveryStatus(StrEnum):
    pending = "pending"
    delivered = "delivered"
    failed = "failed"


class WebhookSubscription(SQLModel, table=True):
    __tablename__ = "webhook_subscription"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    url: str = Field(max_length=2000)
    description: str = Field(default="", max_length=200)
    events: list[str] = Field(default_factory=list, sa_type=JSON)
    # Fernet-encrypted with a key derived from IW_CASE_ENCRYPTION_KEY; shown once on creation.
    secret_encrypted: str = Field(max_length=500)
    active: bool = True
    created_by_id: uuid.UUID | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class WebhookDelivery(SQLModel, table=True):
    """One event for one subscription: the queue of the worker and the delivery log."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        Index("ix_webhook_delivery_status_next_attempt", "status", "next_attempt_at"),
        Index("ix_webhook_delivery_subscription_created", "subscription_id", "created_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    subscription_id: uuid.UUID = Field(foreign_key="webhook_subscription.id", ondelete="CASCADE")
    event: str = Field(max_length=40)
    # The whole body as sent: {id, type, created_at, data}; ids and public fields only.
    payload: dict[str, Any] = Field(sa_type=JSON)
    status: DeliveryStatus = Field(default=DeliveryStatus.pending, sa_type=enum_column())
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    response_status: int | None = None
    last_error: str | None = Field(default=None, max_length=300)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
