import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from intervisiewijzer.members.models import RegistrationBody


class ActivitySource(StrEnum):
    session = "session"  # a meeting of the member's intervision group
    event = "event"  # a thematic meeting (added by the events domain)


class EvidenceActivity(BaseModel):
    """One confirmed reflection activity."""

    source: ActivitySource
    source_id: uuid.UUID
    title: str = Field(description="Naam van de groep, of het thema van een bijeenkomst")
    starts_at: datetime
    ends_at: datetime
    minutes: int
    method: str | None
    facilitator: str | None
    confirmed_at: datetime


class PendingConfirmation(BaseModel):
    """A session where the member is marked present but has not confirmed yet."""

    session_id: uuid.UUID
    group_name: str
    starts_at: datetime


class EvidenceOverview(BaseModel):
    """A member's proof of reflection for re-registration (SKJ or Registerplein)."""

    member_name: str
    registration_body: RegistrationBody | None
    registration_number: str | None
    norm_meetings: int = Field(description="Vereist aantal bijeenkomsten in de periode")
    window_years: int
    window_start: date = Field(description="Eerste dag van de periode (Nederlandse datum)")
    window_end: date = Field(description="Vandaag, de laatste dag van de periode")
    confirmed_count: int
    total_minutes: int
    total_hours: float
    progress_percent: int = Field(ge=0, le=100)
    norm_met: bool
    remaining_meetings: int
    activities: list[EvidenceActivity] = Field(description="Oudste eerst")
    awaiting_confirmation: list[PendingConfirmation]
