import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intervisiewijzer.groups.models import (
    Daypart,
    FacilitatorType,
    GroupLifecycle,
    GroupMode,
    GroupRole,
    Weekday,
)
from intervisiewijzer.members.models import EmploymentForm
from intervisiewijzer.provinces import Province


class Audience(StrEnum):
    """Who a group welcomes: gezinshuisouders by employment form, or jeugdzorgwerkers."""

    loondienst = EmploymentForm.loondienst.value
    franchise_met_zorgaanbieder = EmploymentForm.franchise_met_zorgaanbieder.value
    franchise_zonder_zorgaanbieder = EmploymentForm.franchise_zonder_zorgaanbieder.value
    onderaannemer = EmploymentForm.onderaannemer.value
    onder_zorgaanbieder = EmploymentForm.onder_zorgaanbieder.value
    vrijgevestigd = EmploymentForm.vrijgevestigd.value
    jeugdzorgwerker = "jeugdzorgwerker"


class GroupIdentity(StrEnum):
    christelijk = "christelijk"
    reformatorisch = "reformatorisch"
    islamitisch = "islamitisch"
    humanistisch = "humanistisch"


class GroupStatus(StrEnum):
    forming = "forming"
    open = "open"
    full = "full"
    closed = "closed"


RegistrationBodyName = Literal["skj", "registerplein"]
GroupName = Annotated[str, Field(min_length=3, max_length=120)]
Description = Annotated[str, Field(max_length=4000)]
MeetingsPerYear = Annotated[int, Field(ge=1, le=24)]
SessionMinutes = Annotated[int, Field(ge=30, le=300)]
GroupSize = Annotated[int, Field(ge=2, le=15)]
MethodSlugs = Annotated[list[str], Field(max_length=10)]
Location = Annotated[
    str,
    Field(
        min_length=2,
        max_length=80,
        description="Postcode (1234 of 1234 AB) of plaatsnaam; opgeslagen wordt alleen de plaats",
    ),
]


class _SizeCheck(BaseModel):
    size_min: GroupSize | None = None
    size_max: GroupSize | None = None

    @model_validator(mode="after")
    def min_not_above_max(self) -> Self:
        if self.size_min and self.size_max and self.size_min > self.size_max:
            raise ValueError("de minimale groepsgrootte is groter dan de maximale")
        return self


class GroupCreate(_SizeCheck):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: GroupName
    description: Description = ""
    mode: GroupMode
    location: Location | None = None
    province: Province | None = None
    meetings_per_year: MeetingsPerYear = 6
    weekday: Weekday | None = None
    daypart: Daypart | None = None
    session_minutes: SessionMinutes = 120
    size_min: GroupSize = 5
    size_max: GroupSize = 8
    facilitator_type: FacilitatorType
    methods: MethodSlugs = []
    audience: Annotated[list[Audience], Field(max_length=7)] = []
    identity: GroupIdentity | None = None
    language: Literal["nl", "en"] = "nl"
    accepts_skj: bool = True
    accepts_registerplein: bool = False
    organisation_id: uuid.UUID | None = None
    lifecycle: GroupLifecycle = GroupLifecycle.open


class GroupUpdate(_SizeCheck):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: GroupName | None = None
    description: Description | None = None
    mode: GroupMode | None = None
    location: Location | None = None
    province: Province | None = None
    meetings_per_year: MeetingsPerYear | None = None
    weekday: Weekday | None = None
    daypart: Daypart | None = None
    session_minutes: SessionMinutes | None = None
    facilitator_type: FacilitatorType | None = None
    methods: MethodSlugs | None = None
    audience: Annotated[list[Audience], Field(max_length=7)] | None = None
    identity: GroupIdentity | None = None
    language: Literal["nl", "en"] | None = None
    accepts_skj: bool | None = None
    accepts_registerplein: bool | None = None
    organisation_id: uuid.UUID | None = None
    lifecycle: GroupLifecycle | None = None


class MethodRef(BaseModel):
    slug: str
    name: str


class OrganisationRef(BaseModel):
    id: uuid.UUID
    name: str


class GroupPublic(BaseModel):
    """What anyone may see of a group: no member names, no addresses."""

    id: uuid.UUID
    slug: str
    name: str
    description: str
    mode: GroupMode
    province: Province | None
    place: str | None = Field(description="Plaatsnaam; nooit een adres")
    lat: float | None = Field(description="Midden van de plaats, niet van een adres")
    lon: float | None
    meetings_per_year: int
    weekday: Weekday | None
    daypart: Daypart | None
    session_minutes: int
    size_min: int
    size_max: int
    member_count: int
    open_spots: int
    waitlist_count: int
    facilitator_type: FacilitatorType
    methods: list[MethodRef]
    audience: list[Audience]
    identity: GroupIdentity | None
    language: str
    registration_bodies: list[RegistrationBodyName]
    organisation: OrganisationRef | None
    status: GroupStatus
    lifecycle: GroupLifecycle = Field(
        description="Wat de coördinator instelde; `status` leidt daaruit ook 'vol' af"
    )
    updated_at: datetime
    distance_km: float | None = None


class ResolvedPlace(BaseModel):
    label: str
    place: str
    province: Province
    lat: float
    lon: float


class GroupSearchPage(BaseModel):
    items: list[GroupPublic]
    total: int
    limit: int
    offset: int
    near: ResolvedPlace | None = None


class GroupMemberPublic(BaseModel):
    """Visible to fellow members of the group only."""

    member_id: uuid.UUID
    full_name: str
    role: GroupRole
    joined_at: datetime


class RoleChange(BaseModel):
    role: GroupRole


class PlaceSuggestion(BaseModel):
    name: str
    province: Province
    label: str
