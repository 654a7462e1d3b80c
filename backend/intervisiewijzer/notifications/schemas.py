import uuid
from datetime import datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intervisiewijzer.common import Page
from intervisiewijzer.notifications.models import NotificationKind


class NotificationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: NotificationKind
    title: str
    body: str
    link: str | None = Field(description="Pad in de webapp, bijvoorbeeld /groepen/slug")
    created_at: datetime
    read_at: datetime | None


class NotificationPage(Page[NotificationPublic]):
    unread_count: int = Field(
        description="Ongelezen meldingen in totaal, niet alleen op deze pagina"
    )


class KindPreference(BaseModel):
    kind: NotificationKind
    in_app: bool = Field(description="Tonen in de meldingen in de app")
    email: bool = Field(description="Ook per e-mail sturen")


class NotificationPreferences(BaseModel):
    """One entry per kind. On PUT, a kind left out goes back to the default (both on)."""

    items: Annotated[list[KindPreference], Field(max_length=len(NotificationKind))]

    @model_validator(mode="after")
    def kinds_once(self) -> Self:
        kinds = [item.kind for item in self.items]
        if len(kinds) != len(set(kinds)):
            raise ValueError("noem elk soort melding maar één keer")
        return self


class ReadAllResult(BaseModel):
    marked_read: int
