import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervisiewijzer.groups.schemas import MethodRef
from intervisiewijzer.methods.schemas import MethodPhasePublic, ReflectionCardPublic
from intervisiewijzer.sessions.schemas import PersonRef

MAX_NOTES_LENGTH = 20_000


class RunStatus(StrEnum):
    not_started = "not_started"
    running = "running"
    finished = "finished"


class RunStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: Annotated[str, Field(max_length=60)] | None = Field(
        default=None, description="Slug van de methode; leeg: de methode van de bijeenkomst"
    )


class RunMove(BaseModel):
    model_config = ConfigDict(extra="forbid")

    from_phase: int | None = Field(
        default=None,
        ge=0,
        description="De fase die de beller nu ziet. Is de bijeenkomst intussen al verder "
        "gezet, dan volgt 409 in plaats van een fase over te slaan.",
    )


class CardDraw(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: Annotated[str, Field(max_length=40)] | None = Field(
        default=None, description="Alleen uit deze categorie trekken"
    )


class NotesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=MAX_NOTES_LENGTH)
    version: int = Field(ge=0, description="De versie van de aantekeningen die je bewerkte")


class PhaseTimer(BaseModel):
    started_at: datetime
    planned_seconds: int
    elapsed_seconds: int
    remaining_seconds: int = Field(description="Negatief als de fase uitloopt")
    overtime: bool


class RunNotes(BaseModel):
    text: str
    version: int = Field(description="Stuur deze mee bij het opslaan")
    updated_at: datetime | None
    updated_by: PersonRef | None


class RunCase(BaseModel):
    """A case of this session, in short."""

    id: uuid.UUID
    title: str
    core_question: str
    case_bringer: PersonRef | None


class RunFollowUp(BaseModel):
    """An open action item from a case of an earlier session of the group."""

    id: uuid.UUID
    case_id: uuid.UUID
    case_title: str
    case_bringer: PersonRef | None
    session_starts_at: datetime
    text: str
    can_mark_done: bool


class RunState(BaseModel):
    """Everything the screen shows; poll it every few seconds. Open follow-ups of earlier
    cases come first on the screen, before the first phase."""

    session_id: uuid.UUID
    status: RunStatus
    method: MethodRef | None
    phases: list[MethodPhasePublic]
    planned_minutes: int | None
    phase_index: int | None
    current_phase: MethodPhasePublic | None
    timer: PhaseTimer | None
    started_at: datetime | None
    finished_at: datetime | None
    drawn_cards: list[ReflectionCardPublic] = Field(description="Oudste eerst")
    cards_left: int
    notes: RunNotes
    open_follow_ups: list[RunFollowUp]
    cases: list[RunCase]
    can_lead: bool = Field(description="Mag de beller de fasen en kaarten bedienen?")
    server_time: datetime = Field(description="Voor een timer die gelijk loopt met de server")
