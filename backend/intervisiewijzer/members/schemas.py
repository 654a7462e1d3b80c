import uuid
from datetime import datetime
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, model_validator

from intervisiewijzer.members.models import EmploymentForm, MemberKind, RegistrationBody
from intervisiewijzer.provinces import Province


def _lowercase(value: str) -> str:
    return value.strip().lower()


Email = Annotated[EmailStr, AfterValidator(_lowercase)]
FullName = Annotated[str, Field(min_length=2, max_length=120)]
Password = Annotated[str, Field(min_length=10, max_length=128)]
YearsExperience = Annotated[int, Field(ge=0, le=60)]
RegistrationNumber = Annotated[
    str, Field(min_length=3, max_length=40, pattern=r"^[0-9A-Za-z.\-]+$")
]


class _RegistrationCheck(BaseModel):
    registration_body: RegistrationBody | None = None
    registration_number: RegistrationNumber | None = None

    @model_validator(mode="after")
    def number_needs_body(self) -> Self:
        if self.registration_number and not self.registration_body:
            raise ValueError(
                "kies bij een registratienummer ook het register (SKJ of Registerplein)"
            )
        return self


class MemberBase(_RegistrationCheck):
    model_config = ConfigDict(str_strip_whitespace=True)

    full_name: FullName
    kind: MemberKind
    employment_form: EmploymentForm | None = None
    years_experience: YearsExperience | None = None
    province: Province | None = None


class MemberCreate(MemberBase):
    email: Email
    password: Password


class MemberUpdate(_RegistrationCheck):
    model_config = ConfigDict(str_strip_whitespace=True)

    email: Email | None = None
    full_name: FullName | None = None
    kind: MemberKind | None = None
    employment_form: EmploymentForm | None = None
    years_experience: YearsExperience | None = None
    province: Province | None = None


class MemberPublic(MemberBase):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    is_admin: bool
    created_at: datetime


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=128)
    new_password: Password
