import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from intervisiewijzer.groups.models import (
    Daypart,
    FacilitatorType,
    GroupLifecycle,
    GroupMode,
    Weekday,
)
from intervisiewijzer.groups.schemas import Audience, GroupIdentity
from intervisiewijzer.provinces import Province


class GroupRecord(BaseModel):
    """One group as exported, and as imported (a CSV row or a JSON object).

    On import `slug` and `external_id` say which group a row is; the other fields are
    checked exactly like when creating a group."""

    external_id: str | None = Field(
        default=None, max_length=80, description="Eigen id van de groep in uw systeem"
    )
    slug: str | None = Field(default=None, max_length=120)
    name: str
    description: str = ""
    mode: GroupMode
    location: str | None = Field(default=None, description="Plaats (of bij import: postcode)")
    province: Province | None = None
    meetings_per_year: int = 6
    weekday: Weekday | None = None
    daypart: Daypart | None = None
    session_minutes: int = 120
    size_min: int = 5
    size_max: int = 8
    facilitator_type: FacilitatorType
    methods: list[str] = Field(default=[], description="Slugs van methoden")
    audience: list[Audience] = []
    identity: GroupIdentity | None = None
    language: str = "nl"
    accepts_skj: bool = True
    accepts_registerplein: bool = False
    lifecycle: GroupLifecycle = GroupLifecycle.open
    organisation_id: uuid.UUID | None = None


class GroupRecords(BaseModel):
    """The JSON export; the import takes the same document (`generated_at` and `total` may
    be left out)."""

    generated_at: datetime | None = None
    total: int | None = None
    items: list[GroupRecord]


class ImportRowStatus(StrEnum):
    created = "created"
    updated = "updated"
    unchanged = "unchanged"
    error = "error"


class ImportProblem(BaseModel):
    field: str | None = Field(description="Kolom of veld, als de fout daarbij hoort")
    message: str


class ImportRowResult(BaseModel):
    row: int = Field(description="1 is de eerste groep (in CSV: de regel na de kop)")
    status: ImportRowStatus
    slug: str | None = None
    external_id: str | None = None
    group_id: uuid.UUID | None = Field(
        default=None, description="Leeg bij een proefimport van een nieuwe groep"
    )
    errors: list[ImportProblem] = []


class ImportReport(BaseModel):
    dry_run: bool
    applied: bool = Field(description="Of de wijzigingen zijn opgeslagen")
    total: int
    created: int
    updated: int
    unchanged: int
    errors: int
    rows: list[ImportRowResult]
