import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervisiewijzer.groups.models import GroupRole
from intervisiewijzer.groups.schemas import GroupPublic
from intervisiewijzer.members.models import EmploymentForm, MemberKind
from intervisiewijzer.memberships.models import JoinRequestStatus

Message = Annotated[str, Field(max_length=1000)]


class JoinRequestCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    motivation: Annotated[
        str,
        Field(
            min_length=10,
            max_length=1000,
            description="Korte motivatie: wie je bent en waarom je wilt aansluiten",
        ),
    ]


class Decision(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    message: Message | None = None


class JoinRequestPublic(BaseModel):
    """A request as its requester sees it."""

    id: uuid.UUID
    group_id: uuid.UUID
    group_slug: str
    group_name: str
    status: JoinRequestStatus
    motivation: str
    response_message: str | None
    waitlist_position: int | None
    created_at: datetime
    offered_at: datetime | None
    decided_at: datetime | None


class Requester(BaseModel):
    id: uuid.UUID
    full_name: str
    kind: MemberKind
    employment_form: EmploymentForm | None
    years_experience: int | None
    province: str | None


class JoinRequestForCoordinator(BaseModel):
    """A request as the group's coordinator sees it."""

    id: uuid.UUID
    status: JoinRequestStatus
    motivation: str
    response_message: str | None
    waitlist_position: int | None
    created_at: datetime
    offered_at: datetime | None
    decided_at: datetime | None
    requester: Requester


class MyGroup(BaseModel):
    group: GroupPublic
    role: GroupRole
    joined_at: datetime
