import uuid
from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from intervisiewijzer.common import UTCDateTime, enum_column, new_id, utcnow


class MemberKind(StrEnum):
    gezinshuisouder = "gezinshuisouder"
    jeugdzorgwerker = "jeugdzorgwerker"
    intervisor = "intervisor"
    other = "other"


class EmploymentForm(StrEnum):
    loondienst = "loondienst"
    franchise_met_zorgaanbieder = "franchise_met_zorgaanbieder"
    franchise_zonder_zorgaanbieder = "franchise_zonder_zorgaanbieder"
    onderaannemer = "onderaannemer"
    onder_zorgaanbieder = "onder_zorgaanbieder"
    vrijgevestigd = "vrijgevestigd"


class RegistrationBody(StrEnum):
    skj = "skj"
    registerplein = "registerplein"


class Member(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    hashed_password: str = Field(max_length=255)
    full_name: str = Field(max_length=120)
    kind: MemberKind = Field(sa_type=enum_column())
    employment_form: EmploymentForm | None = Field(default=None, sa_type=enum_column())
    years_experience: int | None = None
    registration_body: RegistrationBody | None = Field(default=None, sa_type=enum_column())
    registration_number: str | None = Field(default=None, max_length=40)
    province: str | None = Field(default=None, max_length=20)
    is_admin: bool = False
    is_active: bool = True
    # Bumped on password change: every token issued before stops working.
    token_version: int = 0
    # Set when the member deleted their account: the row stays, anonymised (privacy package).
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
