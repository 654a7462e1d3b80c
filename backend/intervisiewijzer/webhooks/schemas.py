import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from intervisiewijzer.webhooks.models import DeliveryStatus, WebhookEvent


def _unique(events: list[WebhookEvent]) -> list[WebhookEvent]:
    return list(dict.fromkeys(events))


WebhookUrl = Annotated[
    str,
    Field(
        min_length=9,
        max_length=2000,
        description="Openbaar https-adres; interne en lokale adressen worden geweigerd",
    ),
]
Events = Annotated[
    list[WebhookEvent],
    Field(min_length=1, max_length=len(WebhookEvent)),
    AfterValidator(_unique),
]
Description = Annotated[str, Field(max_length=200, description="Waarvoor dit abonnement is")]


class WebhookCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    url: WebhookUrl
    events: Events
    description: Description = ""
    active: bool = True


class WebhookUpdate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    url: WebhookUrl | None = None
    events: Events | None = None
    description: Description | None = None
    active: bool | None = None


class WebhookPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    url: str
    description: str
    events: list[WebhookEvent]
    active: bool
    created_at: datetime
    updated_at: datetime


class WebhookCreated(WebhookPublic):
    secret: str = Field(
        description="Geheim om handtekeningen te controleren. Alleen nu zichtbaar: bewaar het goed."
    )


class DeliveryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    event: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = Field(description="Alleen bij een wachtende levering")
    response_status: int | None
    last_error: str | None
    payload: dict[str, Any]
    created_at: datetime
    delivered_at: datetime | None
